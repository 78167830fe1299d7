"""Who does an event (frames/agent.py): the doer next to a predicate, read from the claim's words."""
import pytest

from iraqclaims.frames.agent import doer
from iraqclaims.graph.terms import Terms


def doer_of(text: str, word: str, negated: bool) -> list[str]:
    terms = Terms.of(text)
    at = next(i for i, t in enumerate(terms.tokens) if t.text == word)
    return sorted(t.text for t in doer(terms, at, negated))


@pytest.mark.parametrize("text, word, negated, expected", [
    # the subject before a negated verb, past a relative clause and a preposition inside the phrase
    ("قال إن وحدات الحماية الكردية لن تتدخل في المنطقة", "تتدخل", True, ["الحمايه", "الكرديه", "وحدات"]),
    ("فصائل الحشد المدعومة من طهران والتي ترفض واشنطن التنسيق معها لم تشارك في المعركة", "تشارك", True,
     ["الحشد", "المدعومه", "طهران", "فصايل"]),
    # a pronoun names no one, and neither does a negation that is no particle before a verb
    ("أفضت الطلقات الى موته وأنه لم يسقط من أعلى المبنى", "يسقط", True, []),
    ("عدم مشاركة الفصائل في المعركة", "مشاركه", True, []),
    # an asserted predicate: its genitive or subject after it, up to a verb, or its subject before it
    ("تدخل الجيش التركي سيمنع تقدم المسلحين", "تدخل", False, ["التركي", "الجيش"]),
    ("المتهمون شاركوا في أنشطة إرهابية", "شاركوا", False, ["المتهمون"]),
])
def test_the_doer_next_to_a_predicate(text, word, negated, expected):
    assert doer_of(text, word, negated) == expected
