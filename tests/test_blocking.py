"""Blocking by what can fire (issue 11): a rule's needs decide which pairs reach it, an
undeclared rule still sees every candidate pair, window_days leaves far-apart claims out, and
the conflicts found are the same with and without blocking."""
import dataclasses
import datetime as dt

import pytest

from iraqclaims import rule
from iraqclaims.cli import build_parser
from iraqclaims.graph import TopicMatch, assign_topics
from iraqclaims.rules import RuleContext, RuleError, find_conflicts, get_rule, registered_rules, unregister
from iraqclaims.rules.blocking import Needs, can_fire
from iraqclaims.rules.engine import blocked_pairs, candidate_pairs
from iraqclaims.rules.registry import corpus_rules
from iraqclaims.rules.stories import same_story, story_words
from iraqclaims.testing import claim_from_text

TROOPS = (TopicMatch("foreign_troops", "troops", ("القوات",)),)
TEXTS = [
    "ستقلص الولايات المتحدة عدد قواتها في العراق",
    "انسحاب جميع القوات الأميركية من العراق",
    "يجب إبقاء القوات الأميركية في العراق",
    "العراق لم يعد بحاجة الى القوات الاجنبية",
    "قادة القوات العراقية بحاجة إلى دعم القوات المتحالفة",
    "ارتفاع أسعار النفط في الأسواق العالمية",
    "انخفاض أسعار النفط في الأسواق العالمية",
    "وزير الخارجية الإيراني يحذر من التصعيد في الخليج",
    "وزير الخارجية العراقي يحذر من التصعيد في الخليج",
    "الجيش التركي قصف مواقع الوحدات الكردية في قرية قرب جرابلس",
    "الجيش التركي لم يقصف مواقع الوحدات الكردية",
    "القوات العراقية تسيطر على مدينة الرمادي",
    "افتتاح معرض الكتاب في القاهرة",
]


def _claims(texts=TEXTS, dates=None):
    dates = dates or [None] * len(texts)
    return [claim_from_text(t, speaker=f"s{i}", id=f"c{i:02d}", date=d) for i, (t, d) in enumerate(zip(texts, dates))]


@pytest.fixture
def counting():
    """Two throw-away rules that never fire and record the (a, b) they are called on."""
    seen = {"withdraw": [], "every": []}

    @rule("counts_withdraw", kind="x", needs=Needs(a="event:withdraw", b="frame"),
          examples=[("انسحاب القوات", "بقاء القوات", True), ("أ", "ب", False)])
    def counts_withdraw(a, b, ctx):
        """Counts the pairs it sees; needs a withdrawal on side a."""
        seen["withdraw"].append((a.id, b.id))

    @rule("counts_every", kind="x", examples=[("أ", "ب", True), ("أ", "ه", False)])
    def counts_every(a, b, ctx):
        """Counts the pairs it sees; declares no needs."""
        seen["every"].append((a.id, b.id))

    yield seen
    unregister("counts_withdraw")
    unregister("counts_every")


def test_a_rule_sees_only_the_pairs_its_needs_allow(counting):
    claims = _claims()
    ctx = RuleContext()
    find_conflicts(claims, {c.id: TROOPS for c in claims}, ctx=ctx, rules=["counts_withdraw"])
    by_id = {c.id: c for c in claims}
    withdraws = {c.id for c in claims if any(f.family == "withdraw" for f in ctx.frames(c))}
    assert counting["withdraw"], "the rule saw no pair at all"
    assert {a for a, _ in counting["withdraw"]} <= withdraws      # side a always has a withdrawal
    assert all(ctx.frames(by_id[b]) for _, b in counting["withdraw"])   # side b always has a frame
    # a pair without a withdrawal on either side never reaches it
    assert not any(a not in withdraws and b not in withdraws for a, b in counting["withdraw"])
    assert "c05" not in {x for pair in counting["withdraw"] for x in pair}   # oil prices: no frame at all


def test_an_undeclared_rule_sees_every_candidate_pair(counting):
    claims = _claims()
    topics = {c.id: TROOPS for c in claims}
    find_conflicts(claims, topics, rules=["counts_every"])
    pairs = candidate_pairs(claims, topics, RuleContext())
    assert len(pairs) == len(claims) * (len(claims) - 1) // 2
    # tried both ways, since it never fires
    assert sorted(counting["every"]) == sorted([p for p in pairs] + [(b, a) for a, b in pairs])


def test_built_in_rules_all_declare_needs():
    assert all(r.needs is not None for r in registered_rules() if r.func.__module__.startswith("iraqclaims."))


@pytest.mark.parametrize("name", [r.name for r in registered_rules() if r.func.__module__.startswith("iraqclaims.")])
def test_needs_hold_on_every_example_that_fires(name):
    r = get_rule(name)
    for ex in r.examples:
        if ex.fires:
            a = claim_from_text(ex.a, speaker="x", date=ex.date_a)
            b = claim_from_text(ex.b, speaker="y", date=ex.date_b)
            ctx = RuleContext()      # the engine tries both orders
            assert can_fire(r.needs, a, b, ctx) or can_fire(r.needs, b, a, ctx), (name, ex.a, ex.b)


def test_blocking_finds_the_same_conflicts_and_tries_fewer_pairs():
    claims = _claims()
    ctx = RuleContext.with_background(claims)
    topics = assign_topics({c.id: ctx.terms(c) for c in claims})
    topics = {c.id: topics.get(c.id, ()) + TROOPS for c in claims}     # every pair a candidate
    rules = corpus_rules() + (get_rule("antonym"),)     # which corpus runs leave out unless named
    blocked = find_conflicts(claims, topics, ctx=ctx, rules=rules)
    every = find_conflicts(claims, topics, ctx=ctx, rules=rules, blocking=False)
    assert blocked.conflicts == every.conflicts and len(blocked) >= 5
    assert {k.kind for k in blocked} >= {"timing", "need", "antonym", "substitution", "happened"}
    assert len(blocked_pairs(claims, topics, ctx, registered_rules())) < len(candidate_pairs(claims, topics, ctx)) / 3


def test_stories_leave_out_exactly_the_pairs_of_different_stories():
    # the story guard runs inside blocking (before each rule's own join), and must drop what the
    # guard drops afterwards, nothing more
    claims = [dataclasses.replace(c, article_id=f"art{i % 4}") for i, c in enumerate(_claims())]
    ctx = RuleContext.with_background(claims)
    topics = {c.id: TROOPS for c in claims}
    troops = "انسحاب القوات الأميركية من العراق وبقاء القوات في قواعد العراق "
    oil = "أسعار النفط في الأسواق وصادرات النفط إلى الأسواق "
    stories = story_words({"art0": troops * 2, "art1": troops, "art2": oil, "art3": troops + oil})
    by_id = {c.id: c for c in claims}
    every = blocked_pairs(claims, topics, ctx, registered_rules())
    guarded = blocked_pairs(claims, topics, ctx, registered_rules(), stories=stories)
    assert guarded == {p: v for p, v in every.items()
                       if same_story(by_id[p[0]].article_id, by_id[p[1]].article_id, stories)}
    assert 0 < len(guarded) < len(every)


def test_window_days_leaves_far_apart_claims_out_and_keeps_undated_ones():
    texts = ["ستقلص الولايات المتحدة عدد قواتها في العراق", "انسحاب جميع القوات الأميركية من العراق",
             "انسحاب جميع القوات الأجنبية من العراق"]
    a, b, c = _claims(texts, [dt.date(2020, 6, 11), dt.date(2020, 9, 1), None])
    topics = {x.id: TROOPS for x in (a, b, c)}

    def with_a(**kw):
        return {k.claims for k in find_conflicts([a, b, c], topics, **kw) if a.id in k.claims}

    both = with_a()
    assert both == {(a.id, b.id), (a.id, c.id)}
    assert with_a(window_days=30) == {(a.id, c.id)}      # 82 days apart: not compared; undated: compared
    assert with_a(window_days=82) == both
    assert (a.id, b.id) not in candidate_pairs([a, b, c], topics, window_days=30)
    with pytest.raises(ValueError, match="window_days"):
        find_conflicts([a, b], topics, window_days=-1)


def test_window_days_on_the_command_line():
    args = build_parser().parse_args(["report", "fixtures", "-o", "out", "--window-days", "30"])
    assert args.window_days == 30
    with pytest.raises(SystemExit):
        build_parser().parse_args(["report", "fixtures", "-o", "out", "--window-days", "-3"])


def test_bad_needs_are_refused_at_registration():
    with pytest.raises(RuleError, match="unknown feature 'withdrawn'"):
        @rule("bad_needs", kind="x", needs={"a": "withdrawn", "b": "frame"},
              examples=[("أ", "ب", True), ("أ", "ه", False)])
        def bad_needs(a, b, ctx):
            """Doc."""
    with pytest.raises(RuleError, match="same="):
        @rule("bad_join", kind="x", needs={"a": "frame", "b": "frame", "same": "topic"},
              examples=[("أ", "ب", True), ("أ", "ه", False)])
        def bad_join(a, b, ctx):
            """Doc."""


@pytest.mark.model
def test_fixtures_identical_with_and_without_blocking():
    from iraqclaims import Corpus

    corpus = Corpus.from_paths(["fixtures"], progress=False)
    every = find_conflicts(corpus.claims, corpus.topics, ctx=corpus._rule_context, blocking=False)
    assert corpus.conflicts.conflicts == every.conflicts
    assert sorted(k.kind for k in corpus.conflicts) == ["need", "scope", "timing"]
    windowed = Corpus(corpus.articles, corpus.parses, window_days=0, progress=False)
    dates = {c.id: c.article_date for c in windowed.claims}
    assert all(dates[k.claim_a] == dates[k.claim_b] or None in (dates[k.claim_a], dates[k.claim_b])
               for k in windowed.conflicts)
