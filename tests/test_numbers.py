"""Quantities in frames (iraqclaims/frames/numbers.py): number words read together, scale words
with the number, decimals as written, currencies kept apart. Sentences written for these tests."""
import pytest

from iraqclaims.frames.numbers import conflicting, quantities
from iraqclaims.graph import Terms


def counts(text):
    return [(q.value, q.unit) for _, q in quantities(Terms.of(text))]


@pytest.mark.parametrize("text, expected", [
    ("قتل ثلاثة وعشرون شخصا في القصف", [(23, "people")]),
    ("قتل اثنا عشر جنديا في الهجوم", [(12, "troops")]),
    ("أصيب خمسة عشر مدنيا في الانفجار", [(15, "people")]),
    ("نزح ثلاثة آلاف وخمسمائة مدني من المدينة", [(3500, "people")]),
    ("نزح ألفين مدني من المدينة", [(2000, "people")]),
    ("بلغت الخسائر مائة وخمسين مليار دولار", [(150e9, "dollars")]),
    ("بلغت الخسائر 150 مليار دولار", [(150e9, "dollars")]),
    ("نزح 1.5 مليون مدني", [(1.5e6, "people")]),
    ("نزح ١٫٥ مليون مدني", [(1.5e6, "people")]),
    ("نزح 1,000 مدني", [(1000, "people")]),
    ("في 2013 قتل 3 أشخاص", [(3, "people")]),
    ("أسفر الهجوم عن مقتل جنديين وإصابة 31 آخرين", [(2, "troops")]),
    # what a conjunction joins counts the next figure: "ثلاثة" of "استشهاد ثلاثة" are no wounded
    ("أعلنت الوزارة استشهاد ثلاثة وإصابة سبعة من الحرس", []),
    ("قتل خمسة مسلحين وإصابة عشرة آخرين", []),
    ("قتيلان في اشتباكات بنغازي", [(2, "killed")]),
    ("قتل 30 مقاتلين في المعارك", [(30, "troops")]),
    # a figure after a definite noun names it: the 30th division, not 30 troops
    ("استنكرت قيادة الفرقة 30 قيام عناصر مسلحة بخطف قائدها", []),
    ("صدر القرار 2216 بإرسال 500 جندي", [(500, "troops")]),
])
def test_numbers_with_what_they_count(text, expected):
    assert counts(text) == expected


def test_sums_in_different_currencies_or_scales_are_different_figures():
    (_, dollars), = quantities(Terms.of("رصدت الحكومة 100 مليون دولار"))
    (_, riyals), = quantities(Terms.of("رصدت الحكومة 100 مليون ريال"))
    (_, billion), = quantities(Terms.of("رصدت الحكومة مائة مليار دولار"))
    assert dollars.unit != riyals.unit and not conflicting(dollars, riyals)
    assert conflicting(dollars, billion)


def test_a_dual_counts_two():
    (_, two), = quantities(Terms.of("أسفر الهجوم عن مقتل جنديين"))
    (_, five), = quantities(Terms.of("أسفر الهجوم عن مقتل خمسة جنود"))
    assert two.value == 2 and conflicting(two, five)
