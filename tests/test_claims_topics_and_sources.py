"""Speakers a verb has no subject for after it (stop 32): the topic of أما right before the verb,
and the source of an according-to phrase a participle continues. Sentences written for these tests."""
import pytest

from iraqclaims.testing import assert_claim, read_claims

pytestmark = pytest.mark.model


def test_the_topic_of_amma_before_the_verb_is_its_subject():
    text = ("أما المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد أدان التفجير الذي استهدف المسجد. "
            "وقال إن الهجوم جبان.")
    assert_claim(text, speaker="إسماعيل ولد الشيخ أحمد", cue="أدان", content="التفجير الذي استهدف المسجد")
    assert_claim(text, speaker="إسماعيل ولد الشيخ أحمد", cue="قال", content="الهجوم جبان")


def test_a_foreign_surname_in_waw_keeps_the_speaker_a_person():
    text = ("أما السفير البريطاني لدى العراق جون ويلكس أدان الحادث الإرهابي الذي استهدف المصلين في المسجد. "
            "وقال في بيان إن بلاده تقف مع العراق.")
    assert_claim(text, speaker="جون ويلكس", cue="أدان")
    claim = assert_claim(text, cue="قال", content="بلاده تقف مع العراق")
    assert "ويلكس" in claim.speaker_text


def test_a_participle_continues_the_source_its_sentence_names():
    text = ("وقال المتحدث باسم الحكومة إن الوزير سيزور المنطقة. ويتوقع، بحسب مختصين في الشأن العسكري، "
            "أن الهجوم سيبدأ قريبا، موضحين أن القوات جاهزة.")
    claim = assert_claim(text, cue="موضحين", content="القوات جاهزة")
    assert claim.speaker_text == "مختصين في الشأن العسكري"
    assert claim.speaker_id != "ابو_علي_العسكري"


def test_a_participle_after_a_reporting_verb_still_continues_its_speaker():
    found = read_claims("وقال الوزير، بحسب وكالة الأنباء، إن القوات انسحبت، مضيفا أن الوضع مستقر.")
    added = [c for _, c in found if c.cue_text == "مضيفا"]
    assert added and added[0].speaker_text == "الوزير"
