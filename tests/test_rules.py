"""The rule registry, the engine's guards, compare() and the rule-testing kit."""
import csv
import dataclasses
import datetime as dt
import subprocess
import sys

import pytest

from iraqclaims import plugins
from iraqclaims import Corpus, compare
from iraqclaims.graph import TopicMatch
from iraqclaims.rules import RuleContext, RuleError, find_conflicts, get_rule, rule, unregister
from iraqclaims.rules import registry as registry_module
from iraqclaims.testing import assert_conflict, assert_no_conflict, check_examples, claim_from_text, make_claim

TROOPS = (TopicMatch("foreign_troops", "troops", ("القوات",)),)


# ---------------------------------------------------------------- registry
def test_rule_needs_three_parameters():
    with pytest.raises(RuleError, match=r"takes \(a, b, ctx\)"):
        @rule(kind="x", examples=[("a", "b", True), ("a", "c", False)])
        def two(a, b):
            """Doc."""


def test_rule_needs_a_docstring():
    with pytest.raises(RuleError, match="docstring"):
        @rule(kind="x", examples=[("a", "b", True), ("a", "c", False)])
        def nodoc(a, b, ctx):
            return None


def test_rule_needs_examples_that_fire_and_that_do_not():
    with pytest.raises(RuleError, match="examples"):
        @rule(kind="x", examples=[("a", "b", True)])
        def only_positive(a, b, ctx):
            """Doc."""


def test_duplicate_name_is_refused_and_lists_known_rules():
    with pytest.raises(RuleError, match="already registered.*scope"):
        @rule("scope", kind="scope", examples=[("a", "b", True), ("a", "c", False)])
        def another_scope(a, b, ctx):
            """Doc."""


def test_unknown_rule_error_names_the_known_ones():
    with pytest.raises(RuleError, match="known rules: .*need"):
        get_rule("no-such-rule")


def test_a_rule_returning_something_else_is_a_clear_error():
    @rule("returns_string", kind="x", examples=[("أ ب", "ج د", True), ("أ", "ه", False)])
    def returns_string(a, b, ctx):
        """Broken on purpose."""
        return "yes"

    try:
        with pytest.raises(RuleError, match="return ctx.conflict"):
            assert_conflict("returns_string", "أ ب", "ج د")
    finally:
        unregister("returns_string")


@pytest.mark.parametrize("body, message", [
    (lambda a, b, ctx: {}["boom"], r"rule 'broken' failed on claims .*KeyError"),
    (lambda a, b, ctx: ctx.conflict(a, b, score=7, explanation="x"), r"score must be between 0 and 1"),
    (lambda a, b, ctx: ctx.conflict(a, b, score=0.5, explanation="x", triggers_a=("غائب",)),
     r"trigger 'غائب' is not in claim"),
])
def test_a_broken_rule_is_named_in_the_error(body, message):
    def broken(a, b, ctx):
        """Broken on purpose."""
        return body(a, b, ctx)

    rule("broken", kind="x", examples=[("أ ب", "ج د", True), ("أ", "ه", False)])(broken)
    try:
        with pytest.raises(RuleError, match=message):
            compare("أ ب", "ج د", rules=["broken"])
    finally:
        unregister("broken")


def test_decorating_something_else_than_a_function_is_a_clear_error():
    with pytest.raises(RuleError, match="decorates a function, got int"):
        rule(kind="x", examples=[("أ", "ب", True), ("أ", "ج", False)])(42)


def test_running_a_notebook_cell_with_a_rule_twice_replaces_it():
    def make():
        def cell_rule(a, b, ctx):
            """A rule defined in a notebook cell."""
            return None
        cell_rule.__module__ = "__main__"
        cell_rule.__qualname__ = "cell_rule"
        return cell_rule

    try:
        rule(kind="x", examples=[("أ", "ب", True), ("أ", "ج", False)])(make())
        second = rule(kind="x", examples=[("أ", "ب", True), ("أ", "ج", False)])(make())
        assert get_rule("cell_rule").func is second
    finally:
        unregister("cell_rule")


# ---------------------------------------------------------------- a user's rule end to end
def test_user_rule_registers_runs_in_find_conflicts_and_its_examples_check():
    @rule("sanctions", kind="antonym", examples=[("فرض عقوبات على إيران", "رفع العقوبات عن إيران", True),
                                               ("فرض عقوبات على إيران", "ارتفاع أسعار النفط", False)])
    def sanctions(a, b, ctx):
        """Imposing vs lifting sanctions (فرض/رفع العقوبات)."""
        if ctx.terms(a).find("فرض") is not None and ctx.terms(b).find("رفع") is not None \
                and ctx.terms(b).find("عقوبات") is not None:
            return ctx.conflict(a, b, score=0.8, triggers_a=("فرض",), triggers_b=("رفع",),
                                explanation="فرض مقابل رفع")
        return None

    try:
        assert check_examples("sanctions") == 2
        a = claim_from_text("فرض عقوبات جديدة على إيران", speaker="x")
        b = claim_from_text("رفع العقوبات عن إيران", speaker="y")
        topic = (TopicMatch("sanctions", "عقوبات", ("عقوبات",)),)
        found = find_conflicts([a, b], {a.id: topic, b.id: topic}, rules=["sanctions"])
        assert [(c.rule, c.kind, c.topic) for c in found] == [("sanctions", "antonym", "sanctions")]
    finally:
        unregister("sanctions")


def test_entry_point_rules_are_loaded(monkeypatch):
    loaded = []

    class FakeEntryPoint:
        name, value = "plugin", "plugin_module:rules"

        def load(self):
            loaded.append(True)

    monkeypatch.setattr(plugins, "_loaded_groups", set())
    monkeypatch.setattr("importlib.metadata.entry_points",
                        lambda group: [FakeEntryPoint()] if group == "iraqclaims.rules" else [])
    registry_module.registered_rules()
    assert loaded == [True]


# ---------------------------------------------------------------- engine guards
def _pair(text_a, text_b, *, speaker_a="a", speaker_b="b", date_a=None, date_b=None, article_b=None):
    a = make_claim(content=text_a, speaker_id=speaker_a, article_date=date_a)
    b = make_claim(content=text_b, speaker_id=speaker_b, article_date=date_b,
                   **({"article_id": article_b} if article_b else {}))
    return a, b


def test_pairs_without_a_shared_topic_or_event_are_never_compared():
    a, b = _pair("ارتفاع أسعار النفط في الأسواق العالمية", "انخفاض أسعار النفط في الأسواق العالمية")
    antonym = [get_rule("antonym")]     # no event frame links these two; only a topic can
    assert len(find_conflicts([a, b], {a.id: TROOPS, b.id: TROOPS}, rules=antonym)) == 1
    assert len(find_conflicts([a, b], {a.id: TROOPS, b.id: ()}, rules=antonym)) == 0


def test_claims_of_one_event_meet_without_a_topic():
    # a story no topic lexicon lists: the event class (control) brings the two claims together
    a, b = _pair("سيطرت المقاومة على معظم المواقع داخل قاعدة العند", "المقاومة فرضت سيطرتها الكاملة على قاعدة العند")
    [found] = find_conflicts([a, b], {a.id: (), b.id: ()})
    assert (found.kind, found.topic) == ("scope", "event:control")


def test_same_speaker_saying_the_same_thing_is_agreement():
    a, b = _pair("يجب إبقاء القوات الأميركية في العراق لمحاربة داعش",
                 "يجب إبقاء القوات الأميركية في العراق", speaker_a="s", speaker_b="s")
    assert len(find_conflicts([a, b], {a.id: TROOPS, b.id: TROOPS})) == 0


def test_one_speaker_months_apart_is_a_change_of_position():
    text_a, text_b = "العراق لا يزال بحاجة إلى القوات الأجنبية", "العراق لم يعد بحاجة الى القوات الاجنبية"
    a, b = _pair(text_a, text_b, speaker_a="s", speaker_b="s",
                 date_a=dt.date(2021, 1, 5), date_b=dt.date(2021, 7, 24))
    # almost the same words, so the reversal must not pass for the speaker repeating themself
    [found] = find_conflicts([a, b], {a.id: TROOPS, b.id: TROOPS})
    assert (found.kind, found.relation) == ("need", "change_of_position")
    a, b = _pair(text_a, text_b, speaker_a="s", speaker_b="s",
                 date_a=dt.date(2021, 7, 20), date_b=dt.date(2021, 7, 24))
    [found] = find_conflicts([a, b], {a.id: TROOPS, b.id: TROOPS})
    assert found.relation == "contradiction"


def test_two_speakers_months_apart_still_contradict_each_other():
    a, b = _pair("العراق لا يزال بحاجة إلى القوات الأجنبية", "العراق لم يعد بحاجة الى القوات الاجنبية",
                 date_a=dt.date(2021, 1, 5), date_b=dt.date(2021, 7, 24))
    [found] = find_conflicts([a, b], {a.id: TROOPS, b.id: TROOPS})
    assert found.relation == "contradiction"


def test_combat_forces_leaving_by_end_of_2021_said_twice_agree():
    a, b = _pair("القوات القتالية الأميركية ستعود إلى بلادها نهاية العام الحالي",
                 "عدم وجود القوات القتالية في العراق نهائيا في 31 ديسمبر المقبل",
                 date_a=dt.date(2021, 7, 27), date_b=dt.date(2021, 8, 1))
    assert len(find_conflicts([a, b], {a.id: TROOPS, b.id: TROOPS})) == 0


def test_no_combat_forces_is_compatible_with_training_going_on():
    for rule_name in ("need", "happened", "timing", "antonym", "scope"):
        assert_no_conflict(rule_name, "لا حاجة لوجود القوات القتالية الأجنبية",
                           "استمرار مهمة التدريب والمشورة للقوات العراقية بحاجة إلى الدعم")


def test_conditions_are_not_assertions():
    assert_no_conflict("timing", "يجب إبقاء القوات الأميركية في العراق",
                       "لو طلبت الحكومة انسحاب القوات الأميركية فسنضع آلية")


def test_explanations_name_the_trigger_words():
    found = assert_conflict("scope", "ستقلص الولايات المتحدة عدد قواتها في العراق",
                            "جرى تأكيد انسحاب جميع القوات الأميركية من العراق", kind="scope")
    assert any("ستقلص" in t for t in found.triggers_a)
    assert any("جميع" in t for t in found.triggers_b)
    assert "جميع" in found.explanation and "ستقلص" in found.explanation


def test_date_rule_resolves_relative_deadlines_against_the_article_date():
    a = claim_from_text("انسحاب القوات نهاية العام الحالي", date="2021-07-27")
    b = claim_from_text("انسحاب القوات في 31 ديسمبر 2022", date="2021-07-27")
    found = assert_conflict("date", a, b)
    assert "2021-12-31" in found.explanation and "2022-12-31" in found.explanation
    assert_no_conflict("date", claim_from_text("انسحاب القوات نهاية العام الحالي", date="2022-03-01"), b)


# ---------------------------------------------------------------- compare()
@pytest.mark.parametrize("a, b, relation", [
    ("ستقلص الولايات المتحدة عدد قواتها في العراق", "انسحاب جميع القوات الأميركية من العراق", "contradicts"),
    ("ارتفاع أسعار النفط في الأسواق العالمية", "أسعار النفط ترتفع في الأسواق العالمية", "agrees"),
    ("ارتفاع أسعار النفط في الأسواق العالمية", "افتتاح معرض الكتاب في القاهرة", "unrelated"),
    # issue 10: a partial plan against a full one; no rule firing is never agreement
    ("ستنسحب القوات الأميركية بالكامل", "ستقلص الولايات المتحدة قواتها ولن تنسحب بالكامل", "contradicts"),
])
def test_compare(a, b, relation):
    result = compare(a, b)
    assert result.relation == relation
    assert (result.rule != "") == (relation == "contradicts")


def test_compare_cli_adds_columns_and_writes_utf8_with_bom(tmp_path):
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("s1,s2\nستقلص الولايات المتحدة عدد قواتها,انسحاب جميع القوات الأميركية\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    done = subprocess.run([sys.executable, "-m", "iraqclaims.cli", "compare", str(pairs), "-o", str(out), "-q"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    [row] = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert (row["relation"], row["rule"]) == ("contradicts", "scope")
    assert row["explanation"]


def test_compare_cli_rejects_a_csv_without_s1_s2(tmp_path):
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("a,b\nx,y\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "iraqclaims.cli", "compare", str(pairs), "-o", str(tmp_path / "o.csv")],
                          capture_output=True, text=True)
    assert done.returncode == 2
    assert "s1 and s2" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "o.csv").exists()


@pytest.mark.parametrize("content, message", [
    ("s1,s2\nستقلص القوات,انسحاب جميع القوات,زائد\n", r":2: 3 cells but the header has 2"),
    ('s1,s2\n"ستقلص القوات,انسحاب\n', r"check the quoting"),
    ("s1,s2\nThe US will reduce troops,All troops will withdraw\n", r":2: s1 has no Arabic text"),
    ("s1,s2\nستقلص القوات,\n", r":2: s2 has no Arabic text"),
])
def test_compare_csv_names_the_bad_line(tmp_path, content, message):
    from iraqclaims import InputError
    from iraqclaims.rules.compare import compare_csv

    pairs = tmp_path / "pairs.csv"
    pairs.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        compare_csv(pairs, tmp_path / "out.csv")
    assert not (tmp_path / "out.csv").exists()


def test_compare_csv_defuses_cells_a_spreadsheet_would_run(tmp_path):
    from iraqclaims.rules.compare import compare_csv

    pairs = tmp_path / "pairs.csv"
    pairs.write_text('s1,s2,note\nستقلص القوات,انسحاب جميع القوات,"=HYPERLINK(""http://x"")"\n', encoding="utf-8")
    compare_csv(pairs, tmp_path / "out.csv")
    [row] = list(csv.DictReader((tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert row["note"] == "'=HYPERLINK(\"http://x\")"


# ---------------------------------------------------------------- the pytest plugin
def test_plugin_fixtures_are_available(make_claim, rule_context):
    claim = make_claim("انسحاب جميع القوات")
    assert claim.content == "انسحاب جميع القوات"
    assert isinstance(rule_context, RuleContext)


@pytest.mark.parametrize("text_a, text_b", [
    ("السلطات الإيرانية تعتقل الفتاة صاحبة المقاطع", "السلطات الإيرانية تفرج عن الفتاة صاحبة المقاطع"),
    ("العملة التركية تتدهور إلى مستوى جديد", "صعود العملة التركية إلى مستوى جديد"),
    ("أقارب الزوج يرفضون الصفح", "أقارب الزوج يقبلون الصفح"),
])
def test_antonyms_in_the_verb_forms_news_uses(text_a, text_b):
    assert_conflict("antonym", text_a, text_b, kind="antonym")


def test_a_denied_claim_affirms_none_of_its_opposite_words():
    # "نفى الوزير توقف العمليات": he says they go on, as the other side does
    going_on = claim_from_text("واصلت القوات عملياتها العسكرية ضد التنظيم في المحافظة")
    stopped = claim_from_text("توقف العمليات العسكرية ضد التنظيم في المحافظة")
    assert_conflict("antonym", going_on, stopped)
    assert_no_conflict("antonym", going_on, dataclasses.replace(stopped, cue_text="نفى"))


def test_one_statement_attributed_two_ways_is_flagged_once():
    statement = make_claim(content="ستقلص الولايات المتحدة عدد قواتها في العراق", speaker_text="البيان",
                           speaker_id="البيان", article_id="x")
    countries = make_claim(content="ستواصل الولايات المتحدة تقليص عدد قواتها في العراق", speaker_text="البلدين",
                           speaker_id="البلدين", article_id="x")
    pm = make_claim(content="انسحاب جميع القوات الأميركية", speaker_id="pm", article_id="x")
    found = find_conflicts([statement, countries, pm], {c.id: TROOPS for c in (statement, countries, pm)})
    assert [k.kind for k in found] == ["scope"]


def test_terms_find_inflected_forms():
    from iraqclaims.graph import Terms

    terms = Terms.of("وقد فرضت السلطات حظر التجول وسيطروا على المدينة")
    assert terms.find("فرض") == 1 and terms.find("سيطر") == 5


def test_a_verb_does_not_match_the_function_word_its_bare_form_spells():
    from iraqclaims.graph import Terms

    # "يقبل" (accepts) without its prefix is "قبل", the word for "before" and "by"
    assert Terms.of("دعمت إيران سوريا قبل الاتفاق النووي").find("يقبل") is None
    assert Terms.of("هجوم واسع من قبل قوات النظام").find("يقبل") is None
    assert Terms.of("كما كان قبله").find("يقبل") is None                 # "before it"
    assert Terms.of("وقالت إنها لا تقبل الاتفاق").find("يقبل") == 3
    assert Terms.of("الحكومة ليست طرفا").find("ليس") == 1      # a function word keeps its own forms


def test_a_trigger_written_with_underscores_is_the_words_it_joins():
    """Scraped headlines join words with underscores ("الكويت_تمنع_صحيفة"); a rule that quotes
    such a word as its trigger names words the claim has (a SaudiNewsNet run failed on this)."""
    from iraqclaims.rules import RuleContext
    from iraqclaims.rules.compare import statement

    a, b = statement("الكويت_تمنع_صحيفة الحياة من الصدور", "a"), statement("الصحيفة تصدر غدا", "b")
    ctx = RuleContext().with_rule("probe", "x")
    found = ctx.conflict(a, b, score=0.5, explanation="x", triggers_a=("الكويت_تمنع_صحيفة",))
    assert found.triggers_a == ("الكويت_تمنع_صحيفة",)
    with pytest.raises(RuleError, match="is not in claim"):
        ctx.conflict(a, b, score=0.5, explanation="x", triggers_a=("الكويت_تسمح",))


def test_a_trigger_with_a_year_and_its_letter_is_found():
    """"1973م" (the year with م for ميلادي) is two tokens in the claim's terms; the trigger check
    splits it the same way (the date rule failed on it in a SaudiNewsNet run)."""
    from iraqclaims.rules import RuleContext
    from iraqclaims.rules.compare import statement

    a, b = statement("اندلعت الحرب في أكتوبر 1973م", "a"), statement("اندلعت الحرب في 1967", "b")
    ctx = RuleContext().with_rule("probe", "date")
    assert ctx.conflict(a, b, score=0.5, explanation="x", triggers_a=("أكتوبر 1973م",)).triggers_a == ("أكتوبر 1973م",)


def test_a_denial_of_any_such_act_meets_its_assertion_in_a_place_the_corpus_names_often():
    # in a month of Yemen news "عدن" is common: one shared common word is no shared event, unless
    # one claim denies any landing at all
    landed = claim_from_text("نزل مئات الجنود الخليجيين صباح الأحد في عدن مع الدبابات", speaker="مصدر", id="l")
    any_landing = claim_from_text("الأنباء عن أي عملية إنزال بري في عدن عارية من الصحة", speaker="المتحدث", id="a")
    a_landing = claim_from_text("الأنباء عن عملية إنزال بري في عدن عارية من الصحة", speaker="المتحدث", id="o")
    dispute = get_rule("dispute")
    ctx = RuleContext(common=frozenset({"عدن"}))
    found = dispute(any_landing, landed, ctx.with_rule("dispute", "dispute"))
    assert found is not None and "عملية إنزال" in found.explanation
    assert dispute(a_landing, landed, RuleContext(common=frozenset({"عدن"})).with_rule("dispute", "dispute")) is None


def test_two_sources_set_side_by_side_in_one_sentence_speak_of_one_event():
    # a pronoun ("أنه") and a possessive ("وفاته") are all the theme either claim has
    text = ("تضاربت الروايات حول زعيم الحركة.\n\nوتتباين الروايات حول ظروف وفاته، إذ تؤكد كابول أنه توفي في نيسان 2013 "
            "في أحد مستشفيات كراتشي، بينما تشير الحركة إلى أن مرضا غامضا أدى إلى وفاته مؤخرا في معقله.")
    corpus = Corpus.from_texts({"2015-07-31-omar": text}, progress=False)
    assert [(k.kind, corpus.claim(k.claim_a).speaker_text, corpus.claim(k.claim_b).speaker_text)
            for k in corpus.conflicts] == [("date", "كابول", "الحركة")]
    assert "«نيسان 2013»" in corpus.conflicts[0].explanation and "«مؤخرا»" in corpus.conflicts[0].explanation
