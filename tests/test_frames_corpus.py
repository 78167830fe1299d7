"""Frame rules across a corpus: words every claim uses ("المدينة"، "المقاومة") do not make two
claims about different places one event (143 SaudiNewsNet articles gave 868 conflicts, most of
them such pairs; see benchmarks/conflicts_quality.py for the gold pairs)."""
from iraqclaims.graph.topics import TopicMatch
from iraqclaims.rules import find_conflicts
from iraqclaims.rules.context import RuleContext
from iraqclaims.testing import claim_from_text

FILLER = [f"المقاومة تواصل عملياتها في المدينة والمناطق المحيطة بها يوم {n}" for n in range(12)]


def _run(text_a, text_b):
    claims = [claim_from_text(t, speaker=f"s{n}") for n, t in enumerate([text_a, text_b, *FILLER])]
    topic = (TopicMatch("war", "الحرب", ("المدينة",)),)
    ctx = RuleContext.with_background(claims)
    return claims, find_conflicts(claims, {c.id: topic for c in claims}, ctx=ctx)


def test_taking_one_city_and_besieging_another_are_two_events():
    claims, found = _run("المقاومة سيطرت على المدينة بالكامل بعد معارك عنيفة في تعز",
                         "الحوثيون يواصلون حصار المدينة ويمنعون دخول المساعدات إلى عدن")
    assert not [k for k in found if {k.claim_a, k.claim_b} == {claims[0].id, claims[1].id}]


def test_the_same_city_taken_and_still_held_is_one_event():
    claims, found = _run("القوات الحكومية سيطرت بالكامل على جامعة الأنبار",
                         "جامعة الأنبار لا تزال تحت سيطرة التنظيم ولم تتمكن القوات من دخولها")
    assert [k for k in found if {k.claim_a, k.claim_b} == {claims[0].id, claims[1].id}]
