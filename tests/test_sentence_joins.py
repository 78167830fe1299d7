"""Sentence breaks after an abbreviated title are undone (parse/sentences.py)."""
import pytest

from iraqclaims.parse.clitics import Piece
from iraqclaims.parse.sentences import join_title_breaks


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


@pytest.mark.model
def test_the_bundled_parser_keeps_a_title_and_its_name_in_one_sentence():
    from iraqclaims.testing import read_claims

    claim, = [c for _, c in read_claims("الطب المنزلي وأكد د. منصور الطبيقي -أحد منسوبي وزارة الصحة- على أن "
                                        "كثيرا من المستشفيات تعاني.")]
    assert (claim.speaker_text, claim.content) == ("د. منصور الطبيقي", "كثيرا من المستشفيات تعاني")
    claim, = [c for _, c in read_claims("وأوضح أ.د. محمد العلي أن الدراسة شملت ألف طالب.")]
    assert (claim.speaker_text, claim.content) == ("أ.د. محمد العلي", "الدراسة شملت ألف طالب")
