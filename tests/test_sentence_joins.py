"""Sentence breaks after an abbreviated title are undone, and the stops the tokenizer missed
end their sentence (parse/sentences.py)."""
import pytest

from iraqclaims.parse.clitics import Piece
from iraqclaims.parse.sentences import join_title_breaks, split_missed_stops


def pieces(text: str, words: list[str]) -> list[Piece]:
    out, at = [], 0
    for w in words:
        at = text.index(w, at)
        out.append(Piece(w, at, at + len(w)))
        at += len(w)
    return out


def test_a_sentence_ending_in_a_title_is_joined_to_the_next():
    text = "وأكد د. منصور الطبيقي أن الوضع صعب."
    words = pieces(text, ["و", "أكد", "د", ".", "منصور", "الطبيقي", "أن", "الوضع", "صعب", "."])
    joined = join_title_breaks([words[:4], words[4:]], text)
    assert [[p.text for p in s] for s in joined] == [[p.text for p in words]]


def test_letter_and_period_in_one_token_and_a_double_title():
    text = "وأوضح أ.د. محمد العلي أن الدراسة شملت ألف طالب."
    words = pieces(text, ["و", "أوضح", "أ.", "د", ".", "محمد", "العلي", "أن", "الدراسة", "شملت", "ألف", "طالب", "."])
    assert len(join_title_breaks([words[:5], words[5:]], text)) == 1


@pytest.mark.parametrize("text, words, cut", [
    ("وصل العدد إلى 30 مقرا عام 2014م. وقال الوزير إن العدد سيرتفع.",       # a year, not a title
     ["وصل", "العدد", "إلى", "30", "مقرا", "عام", "2014", "م", ".", "وقال", "الوزير"], 9),
    ("قال المدير إن الطلاب درسوا الفصل د.\nوقال الوزير إن العدد سيرتفع.",   # the line ends there
     ["قال", "المدير", "إن", "الطلاب", "درسوا", "الفصل", "د", ".", "وقال", "الوزير"], 8),
])
def test_a_year_or_a_line_break_still_ends_the_sentence(text, words, cut):
    tokens = pieces(text, words)
    assert len(join_title_breaks([tokens[:cut], tokens[cut:]], text)) == 2


@pytest.mark.parametrize("text, words, cuts", [
    # a stop inside a closing quote, the next word after a space
    ("وقال «المعبر مغلق.» وأضاف أن الحل قريب.", ["و", "قال", "«", "المعبر", "مغلق", ".", "»", "و", "أضاف", "أن"], [7]),
    ("قال \"المعبر مغلق.\" وأضاف أن الحل قريب.", ["قال", '"', "المعبر", "مغلق", ".", '"', "و", "أضاف", "أن"], [6]),
    # a stop glued to the next word, after a word and after a year
    ("أغلق المعبر.وفي اليوم التالي فتح.", ["أغلق", "المعبر", ".", "و", "في", "اليوم", "التالي", "فتح", "."], [3]),
    ("أغلق عام 2014.وقال الوزير إنه فتح.", ["أغلق", "عام", "2014", ".", "و", "قال", "الوزير"], [4]),
    # an agency's initials, a list number and a straight quote that opens stay inside
    ("ذكرت (د.ب.أ) أن المعبر أغلق.", ["ذكرت", "(", "د", ".", "ب", ".أ", ")", "أن", "المعبر"], []),
    ("قال لقناة (سي.بي.سي) إن المعبر أغلق.", ["قال", "لقناة", "(", "سي", ".", "بي", ".", "سي", ")", "إن"], []),
    ("البنود هي: 1.فتح المعبر", ["البنود", "هي", ":", "1", ".", "فتح", "المعبر"], []),
])
def test_a_stop_the_tokenizer_missed_ends_the_sentence(text, words, cuts):
    tokens = pieces(text, words)
    sentences = split_missed_stops([tokens])
    assert [len(s) for s in sentences][:-1] == [b - a for a, b in zip([0] + cuts, cuts)]


def test_a_closing_quote_the_tokenizer_put_in_the_next_sentence_goes_back():
    text = "وقال «المعبر مغلق.» وأضاف أن الحل قريب."
    tokens = pieces(text, ["و", "قال", "«", "المعبر", "مغلق", ".", "»", "و", "أضاف", "أن"])
    assert [[p.text for p in s] for s in split_missed_stops([tokens[:6], tokens[6:]])] == \
        [[p.text for p in tokens[:7]], [p.text for p in tokens[7:]]]
    # the mark alone, before a line break: no sentence is left of it
    assert [len(s) for s in split_missed_stops([tokens[:6], tokens[6:7], tokens[7:]])] == [7, 3]


@pytest.mark.model
def test_the_bundled_parser_ends_a_sentence_at_a_glued_stop():
    from iraqclaims.testing import read_claims

    claim, = [c for _, c in read_claims("قال المتحدث إن المعبر أغلق أمس.وفي اليوم التالي فتحت السلطات الحدود.")]
    assert claim.content == "المعبر أغلق أمس"
    claim, = [c for _, c in read_claims("وقال الوزير «المعبر مغلق حتى إشعار آخر.» وخلال زيارته أمس تفقد الوزير المعبر.")]
    assert claim.content == "المعبر مغلق حتى إشعار آخر."


@pytest.mark.model
def test_the_bundled_parser_keeps_a_title_and_its_name_in_one_sentence():
    from iraqclaims.testing import read_claims

    claim, = [c for _, c in read_claims("الطب المنزلي وأكد د. منصور الطبيقي -أحد منسوبي وزارة الصحة- على أن "
                                        "كثيرا من المستشفيات تعاني.")]
    assert (claim.speaker_text, claim.content) == ("د. منصور الطبيقي", "كثيرا من المستشفيات تعاني")
    claim, = [c for _, c in read_claims("وأوضح أ.د. محمد العلي أن الدراسة شملت ألف طالب.")]
    assert (claim.speaker_text, claim.content) == ("أ.د. محمد العلي", "الدراسة شملت ألف طالب")
