"""Event frames read from our own sentences (iraqclaims/frames)."""
import datetime as dt

import pytest

from iraqclaims.frames import event_key, read_frames
from iraqclaims.graph import Terms


def frames(text, **kw):
    return read_frames(Terms.of(text), **kw)


def main(text, **kw):
    return next(f for f in frames(text, **kw) if not f.event.startswith("word:"))


def test_reduction_is_a_planned_partial_withdrawal():
    f = main("ستقلص الولايات المتحدة عدد قواتها في العراق")
    assert (f.event, f.family, f.status, f.scope, f.polarity, f.asserts) == ("reduce", "withdraw", "planned", "part", True, True)


def test_all_forces_and_combat_forces():
    assert main("انسحاب جميع القوات الأميركية من العراق").scope == "all"
    assert main("انسحاب القوات القتالية الأجنبية").scope == "combat"


def test_a_status_word_before_since_is_another_nouns():
    # what goes on is the crime; the taking of the city is what it dates from
    assert main("إجرام التنظيم مستمر منذ أن سيطر على المدينة").status != "ongoing"
    assert main("التنظيم مستمر في السيطرة على المدينة").status == "ongoing"


@pytest.mark.parametrize("text, event, scope", [
    # a quantifier before the predicate, as its genitive, or opening its object; an adjective after it
    ("جميع القوات ستنسحب من البلاد", "withdraw", "all"),
    ("انسحاب القوات الأجنبية بالكامل من البلاد", "withdraw", "all"),
    ("سيطر الجيش على معظم أحياء المدينة", "control", "part"),
    # a quantifier further on is another noun's, an adjective before the predicate too
    ("الاتفاق سيسهم في تحقيق بعض الاستقرار في المنطقة", "agree", ""),
    ("التطبيق الكامل للاتفاق سيسهم في أمن المنطقة", "agree", ""),
    ("أسهم الدعم في تحرير المدينة وعدد من القرى", "control", ""),
])
def test_a_scope_word_scopes_the_predicate_it_stands_by(text, event, scope):
    assert next(f for f in frames(text) if f.event == event).scope == scope


@pytest.mark.parametrize("text", ["اجتماع بشأن انسحاب القوات الأجنبية", "وجود تباين بخصوص ضمانات انسحاب القوات",
                                  "لو طلبت الحكومة انسحاب القوات فسنضع آلية"])
def test_a_mention_or_a_condition_asserts_nothing(text):
    assert not main(text).asserts


def test_need_no_longer_and_still():
    no = main("العراق لم يعد بحاجة الى القوات الاجنبية")
    still = main("القوات العراقية لا تزال بحاجة إلى الدعم")
    assert (no.event, no.polarity, no.status_text) == ("need", False, "لم يعد")
    assert (still.polarity, still.status) == (True, "ongoing")


def test_demand_done_and_denial():
    assert main("يجب إبقاء القوات الأميركية في العراق").status == "demanded"
    assert main("قوات الجيش سيطرت على قاعدة العند").status == "done"
    denied = main("الأنباء عن عملية إنزال بري في عدن عارية من الصحة")
    assert (denied.event, denied.polarity, denied.status) == ("land", False, "denied")
    by_cue = main("إرسال قوات برية إلى العراق", cue="ونفى")
    assert by_cue.status == "denied" and by_cue.status_text == "ونفى"


def test_a_correction_is_not_denied():
    fs = frames("لا صحة لمقتل مواطن سعودي، بل الحادثة أدت إلى وفاة شخص أردني")
    deaths = [f for f in fs if f.event == "death"]
    assert [f.polarity for f in deaths] == [False, True]


def test_a_negated_predicate_no_class_lists():
    f = frames("الطالبة لم تسجل التخصص كرغبة أولى")[0]
    assert f.event.startswith("word:") and not f.polarity


def test_a_negation_stops_at_the_verb_it_negates():
    # the decisions exist; what is denied is implementing them
    implement, decide = frames("دول الجوار لم تنفذ قرارات مجلس الأمن")
    assert (implement.event, implement.polarity) == ("word:نفذ", False)
    assert (decide.event, decide.polarity) == ("decide", True)
    # a support verb carries the negation on to the event noun
    (participate,) = [f for f in frames("المعركة لن تشهد مشاركة القوات") if f.event == "participate"]
    assert not participate.polarity
    assert not frames("الجيش لم يقصف مواقع الوحدات")[0].polarity


def test_a_denial_word_denies_what_it_names():
    # "X غير صحيح" denies what precedes it, "مزاعم X" and "لا صحة لـX" what follows
    assert frames("ما يتداول بشأن منع المواطنين غير صحيح")[0].status == "denied"
    assert frames("لا صحة لمقتل مواطن على الحدود")[0].status == "denied"
    assert frames("الشائعات المتعلقة بوفاة الزعيم لا أساس لها")[0].status == "denied"
    # the attack happened; what it refutes are the attackers' claims
    attack = frames("الهجوم الذي استهدف المسجد يدحض مزاعم المتطرفين")[0]
    assert attack.event == "attack" and attack.status != "denied" and attack.polarity


def test_a_question_asserts_nothing_and_every_person_of_a_verb_is_found():
    asked = frames("هل انسحبت القوات الأميركية من العراق")[0]
    assert asked.event == "withdraw" and not asked.asserts
    # the lexicon lists "ينسحب"; "تنسحب" and "ننسحب" are the same verb
    for text in ("لم تنسحب القوات من القاعدة", "لن ننسحب من القاعدة"):
        (f,) = frames(text)
        assert (f.event, f.polarity) == ("withdraw", False), text


def test_a_thing_denied_is_no_act_denied():
    # "ليس"، "غير"، "ولا" before a noun deny a thing or a quality; only verbs make an open predicate
    assert not [f for f in frames("سيدربونهم لمواجهة التنظيم وليس لإسقاط الرئيس ولا نظامه") if f.event.startswith("word:")]
    assert not [f for f in frames("لم يتبق غير إجراء الكشف الطبي") if f.event == "word:اجراء"]
    (act,) = frames("الوزارة لا تتدخل في شؤون الجامعات")
    assert act.event.startswith("word:") and not act.polarity


def test_quantities_and_dates():
    f = main("خطف المسلحون قائد الفرقة مع سبعة عناصر", today=dt.date(2015, 7, 31))
    assert [(q.value, q.unit) for q in f.quantities] == [(7.0, "troops")]
    tolls = main("ارتفعت حصيلة التفجير إلى 66 قتيلا وجريحا").quantities
    assert tolls[0].combined
    dated = main("توفي الملا عمر في نيسان 2013", today=dt.date(2015, 7, 31))
    assert dated.time == dt.date(2013, 4, 30)
    deadline = main("انسحاب القوات نهاية العام الحالي", today=dt.date(2021, 7, 27))
    assert deadline.time == dt.date(2021, 12, 31)


def test_event_key_names_class_and_object():
    assert event_key(main("انسحاب جميع القوات الأميركية")).startswith("withdraw:")


def test_claims_link_to_the_events_they_assert():
    from iraqclaims.graph import build_graph
    from iraqclaims.rules import RuleContext
    from iraqclaims.testing import claim_from_text

    a = claim_from_text("سيطرت المقاومة على قاعدة العند", speaker="x")
    b = claim_from_text("اجتماع بشأن السيطرة على قاعدة العند", speaker="y")
    ctx = RuleContext()
    g = build_graph([], [a, b], [], {}, [], {c.id: ctx.frames(c) for c in (a, b)})
    events = [n for n, d in g.nodes(data=True) if d["type"] == "event"]
    assert len(events) == 1 and events[0].startswith("event:control")
    assert g.has_edge(f"claim:{a.id}", events[0]) and not g.has_edge(f"claim:{b.id}", events[0])


@pytest.mark.parametrize("text, scope", [
    ("انسحاب كل القوات الأجنبية من البلاد", "all"),
    ("انسحاب كافة القوات من المدينة", "all"),
    # "all of that", "every citizen": the quantifier scopes no event
    ("وتقلص الإنفاق الحكومي وكل ذلك سيتسبب في عجز", "part"),
    ("تحتاج كل أسرة إلى دعم الحكومة", ""),
])
def test_all_needs_a_definite_noun_after_the_quantifier(text, scope):
    assert main(text).scope == scope


def test_a_claim_opening_with_its_subject_gives_it_to_a_far_death():
    # the subject stands behind a relative clause, outside the words around the predicate
    f = main("القائد سالم العمري الذي قاد الكتيبة الثالثة طوال سنوات الحرب الماضية توفي أمس")
    assert f.event == "death" and any("عمري" in k for k in f.theme)


def test_who_takes_a_place_is_not_the_place():
    # for control the subject is the actor: two sides' claims about different places stay apart
    f = main("المقاومة الشعبية في المحافظة الجنوبية بعد معارك عنيفة سيطرت على جبل صبر")
    assert f.event == "control" and not any("مقاوم" in k for k in f.theme)


def test_the_object_preposition_names_what_the_event_happens_to():
    # "سيطرة <a long subject> على <the place>": the place is the object, and "معظم" scopes it
    f = main("سيطرة الجيش والمتطوعين الموالين للحكومة في المحافظة الشمالية على معظم المباني داخل مطار الريان")
    assert f.event == "control" and f.scope == "part" and f.scope_text == "معظم"
    assert {"مطار", "الريان"} <= f.theme and "مطار" in f.head
    # who takes the place is not its object; another predicate before a preposition takes it
    g = main("سيطرة الجيش على التلال بعد قصف على القرية")
    assert "تلال" in g.head and "جيش" not in g.head and "قريه" not in g.head


def test_a_negation_reaches_an_act_through_the_verb_that_carries_it_out():
    (land,) = [f for f in frames("القوات الإماراتية لم تنفذ أية عملية إنزال بري في عدن") if f.event == "land"]
    assert not land.polarity and land.universal
    (land,) = [f for f in frames("لم تنفذ قوات التحالف عملية إنزال بري في عدن") if f.event == "land"]
    assert not land.polarity and not land.universal
    # an act only: implementing decisions is denied, the decisions are not
    (decide,) = [f for f in frames("دول الجوار لم تنفذ قرارات مجلس الأمن") if f.event == "decide"]
    assert decide.polarity


def test_martyrdom_is_a_death():
    # partisan outlets count the dead as martyrs: "استشهاد 50 شهيدا"
    (f,) = [f for f in frames("أدى القصف إلى استشهاد 50 شهيدا من المدنيين في الحي") if f.event == "death"]
    assert f.trigger == "استشهاد" and f.quantities[0].value == 50 and f.quantities[0].unit == "killed"


@pytest.mark.parametrize("text", ["ساندت المقاومة في الضالع وفي بقية المحافظات الأخرى",
                                  "تحويل الرحلات لما تبقى من المعتمرين إلى الصالة الشمالية",
                                  "وسيصرف ما يتبقى من الميزانية على الطرق"])
def test_the_rest_of_something_is_no_staying(text):
    # "بقية" and "ما تبقى" share the root of "يبقى" but name a remainder: nothing stays anywhere
    assert not [f for f in frames(text) if f.event == "stay"]


def test_staying_is_still_read_beside_a_remainder():
    (f,) = [f for f in frames("ستبقى القوات الأميركية في العراق بينما تنسحب بقية القوات") if f.event == "stay"]
    assert f.trigger == "ستبقى"


@pytest.mark.parametrize("text", ["وقع اللاعب عقدا جديدا بعدما قرر البقاء في الأرجنتين",
                                  "وصلت القوات إلى مشارف البلدة (40 كلم غرب المدينة)",
                                  "الجيوب التي يجري التعامل معها ولا يمكن الحديث عن خطر"])
def test_words_that_only_look_like_a_negation_negate_nothing(text):
    # "بعدما" holds the letters of "عدم", "كلم" (kilometres) those of "لم"; "لا يمكن" (one
    # cannot) says nothing happened
    assert all(f.polarity for f in frames(text))


def test_a_negation_after_and_or_so_still_negates():
    assert not main("ولم تنسحب القوات من القاعدة").polarity
    assert not main("فلا انسحاب للقوات من القاعدة").polarity
    (f,) = [f for f in frames("لم تتمكن القوات من دخول المدينة") if f.event.startswith("word:")]
    assert not f.polarity


@pytest.mark.parametrize("text", ["ما تردد عن منع الصحيفة من دخول البلاد مجرد أكاذيب",
                                  "الأنباء عن منع الصحيفة من دخول البلاد مفبركة",
                                  "الحديث عن منع الصحيفة من دخول البلاد افتراء"])
def test_lies_and_fabrications_deny_what_they_follow(text):
    (f,) = [f for f in frames(text) if f.event == "ban"]
    assert f.status == "denied" and not f.polarity


def test_a_negation_known_only_from_the_lemmas_negates_nothing():
    # the parser's lemmas are matched without a position; a negator among them stands nowhere
    terms = Terms.of("استهداف المصلين في المسجد عمل إجرامي", lemmas=("لم", "استهداف"))
    (f,) = [f for f in read_frames(terms) if f.event == "attack"]
    assert f.polarity
    (g,) = [f for f in read_frames(Terms.of("لم يتم استهداف المصلين في المسجد")) if f.event == "attack"]
    assert not g.polarity


def test_a_status_word_known_only_from_the_lemmas_sets_no_status():
    # the parser's lemma of "لطالبان" is طالب ("demanded"); it stands nowhere, so near no predicate
    terms = Terms.of("القائد قتل على يد الزعيم الجديد لطالبان", lemmas=("طالب", "قتل"))
    assert main_of(terms).status != "demanded"


def main_of(terms):
    return next(f for f in read_frames(terms) if not f.event.startswith("word:"))


@pytest.mark.parametrize("text, event, cause, words", [
    ("اغتيل القائد برصاص مسلحين مجهولين", "death", "hostile", "اغتيل"),
    ("وفاة القائد قبل أشهر جراء المرض", "death", "natural", "المرض"),
    ("تحطمت الطائرة الحربية بسبب عطل فني", "crash", "natural", "عطل فني"),
    ("أعلن الجيش إسقاط الطائرة المسيرة", "shoot_down", "hostile", "إسقاط"),
    ("وفاة القائد في منزله", "death", "", ""),
])
def test_the_cause_of_a_death_or_a_crash(text, event, cause, words):
    f = main(text)
    assert (f.event, f.cause, f.cause_text) == (event, cause, words)


def test_a_crash_is_compared_with_a_shooting_down_and_no_partial_scope():
    f = main("تحطمت طائرة مروحية قرب الحدود")
    assert (f.family, f.scope) == ("shoot_down", "")


@pytest.mark.parametrize("text", ["تكتم القيادة على وفاة أو مقتل زعيمها", "وفاة الزعيم في المستشفى بين المرضى"])
def test_two_causes_offered_or_the_sick_give_no_cause(text):
    assert main(text).cause == ""
