"""A source named with "بحسب"، "وفقا لـ" in a sentence that also has a reporting verb (stop 30):
its own clause gives its own claim and ends the reported content before it; a source set off
inside the reported clause, or the maker of statements only mentioned, gives none. Sentences
written for these tests."""
import pytest

from iraqclaims.testing import assert_claim, assert_no_claim, read_claims

pytestmark = pytest.mark.model


def test_a_source_opening_its_own_clause_after_a_report_gives_a_second_claim():
    sentence = "وقال مسؤول محلي إن المسلحين غادروا القرية، وبحسب سكان فإن القصف توقف مساء الخميس."
    assert_claim(sentence, speaker="مسؤول محلي", cue="قال", content="المسلحين غادروا القرية")
    assert_claim(sentence, speaker="سكان", cue="وبحسب", content="القصف توقف مساء الخميس")


def test_a_source_set_off_inside_the_reported_clause_does_not_end_it():
    claims = read_claims("وقال مسؤول محلي إن المسلحين غادروا، ووفقا لشهود، القرية كلها.")
    assert [(c.cue_text, c.content) for _, c in claims] == [("قال", "المسلحين غادروا، ووفقا لشهود، القرية كلها")]


def test_witnesses_are_a_source():
    assert_claim("وانقطعت الكهرباء عن الحي، وبحسب شهود فإن المولدات توقفت عن العمل.", speaker="شهود",
                 content="المولدات توقفت عن العمل")


def test_a_fronted_place_before_the_source_is_not_the_statement():
    assert_claim("وفي المدينة القديمة، بحسب مصادر أمنية، انتشرت دوريات الشرطة منذ الصباح.",
                 speaker="مصادر أمنية", content="انتشرت دوريات الشرطة منذ الصباح")


def test_whom_statements_came_from_is_no_claim_of_the_sentence():
    assert_no_claim("ورفضت الوزارة التصريحات التي صدرت أمس على لسان السفير.", pattern="according_to")
