"""Quotation marks at the edges of a claim's content (stop 31): a quoted word or name that
closes or opens the content keeps both its marks, a quotation of names after a noun is not
what is said, and the content stays the text of its span. Sentences written for these tests."""
import pytest

from iraqclaims.testing import assert_claim, read_claims

pytestmark = pytest.mark.model


@pytest.mark.parametrize("sentence, content", [
    ("وقال الوزير إن الاتفاق «ضروري».", "الاتفاق «ضروري»"),
    ('وقال الوزير إن الاتفاق "ضروري".', 'الاتفاق "ضروري"'),
    ("وقال الوزير إن «الجيش والمقاومة» سيطروا على المطار.", "«الجيش والمقاومة» سيطروا على المطار"),
    ("وقال الوزير: «الوضع خطير».", "الوضع خطير"),
])
def test_a_quoted_word_at_the_edge_of_the_content_keeps_both_marks(sentence, content):
    claim = assert_claim(sentence, speaker="الوزير", content=content)
    assert claim.content == content


def test_content_is_the_text_of_its_span():
    text = "وقال الوزير إن «الجيش والمقاومة» سيطروا على المطار، مؤكدا أن الوضع «مستقر»."
    for _, claim in read_claims(text):
        start, end = claim.content_span
        assert text[start:end].split() == claim.content.split()


def test_a_quoted_name_after_a_noun_is_not_what_is_said():
    claim = assert_claim('وأضاف الوزير أن الحل سياسي، مشيدا في الوقت ذاته بالنتائج التي حققها سلفه "خالد بن سالم"، '
                         "ومؤكدا أن الحوار مستمر.", cue="مشيدا")
    assert claim.content == 'بالنتائج التي حققها سلفه "خالد بن سالم"'
