"""Running the rules over a corpus: candidate pairs by shared topic or event, blocked by what each
rule needs (rules/blocking.py), guards, best finding per pair."""
from __future__ import annotations

import dataclasses
import logging
from collections import defaultdict
from concurrent.futures import Executor
from itertools import combinations
from typing import Iterable, Mapping

from ..claims import Claim
from ..graph.topics import TopicMatch, jaccard
from .context import RuleContext
from .model import Conflict, ConflictList, RuleFailure
from .blocking import can_fire, joined, side_keys
from .join_keys import content_rarity
from .partners import MAX_PARTNERS, checked_max_partners, prune_partners
from .stories import Story, same_story
from .registry import Rule, RuleError, corpus_rules, get_rule

LOG = logging.getLogger(__name__)

CHANGE_OF_POSITION_DAYS = 60   # one speaker's claims further apart than this record a change, not a clash
SAME_SPEAKER_AGREEMENT = 0.5   # content overlap above which one speaker is repeating themself


def _blocks(claims: Iterable[Claim], topics: Mapping[str, tuple[TopicMatch, ...]],
            ctx: RuleContext | None) -> dict[str, list[str]]:
    """Topic or event ("event:control") -> ids of the claims in it, in the order first seen."""
    by_topic: dict[str, list[str]] = defaultdict(list)
    for claim in claims:
        for match in topics.get(claim.id, ()):
            by_topic[match.topic].append(claim.id)
        for family in dict.fromkeys(f.family for f in (ctx.frames(claim) if ctx else ())
                                    if not f.event.startswith("word:")):
            by_topic[f"event:{family}"].append(claim.id)
    return by_topic


def _too_far(a: Claim, b: Claim, window_days: int | None) -> bool:
    da, db = a.article_date, b.article_date
    return window_days is not None and da is not None and db is not None and abs((da - db).days) > window_days


def candidate_pairs(claims: Iterable[Claim], topics: Mapping[str, tuple[TopicMatch, ...]],
                    ctx: RuleContext | None = None, *, window_days: int | None = None) -> dict[tuple[str, str], str]:
    """(claim id, claim id) -> the first topic they share, or the event class both speak of
    ("event:control"), so claims on a story no topic lexicon lists still meet: every pair a rule
    without declared needs is tried on (the cost is the claims per topic squared). With
    ``window_days``, claims whose article dates are further apart are left out."""
    claims = list(claims)
    by_id = {c.id: c for c in claims}
    pairs: dict[tuple[str, str], str] = {}
    for topic, ids in _blocks(claims, topics, ctx).items():
        for a, b in combinations(sorted(set(ids)), 2):
            if (a, b) not in pairs and not _too_far(by_id[a], by_id[b], window_days):
                pairs[(a, b)] = topic
    return pairs


def blocked_pairs(claims: Iterable[Claim], topics: Mapping[str, tuple[TopicMatch, ...]], ctx: RuleContext,
                  rules: Iterable[Rule], *, window_days: int | None = None, only_with: set[str] | None = None,
                  stories: Mapping[str, Story] | None = None
                  ) -> dict[tuple[str, str], tuple[str, set[tuple[str, bool]]]]:
    """The pairs some rule could fire on: (claim id, claim id) -> (the first topic or event they
    share, {(rule name, ids in reverse order)}). For a rule with needs, the claims meeting its side
    a × those meeting its side b that share a key (rules/blocking.py), kept when they share a
    topic or an event (as :func:`candidate_pairs`) and, with ``window_days``, are close enough in
    time. A rule without needs gets every candidate pair, both ways. ``only_with``: only pairs
    with at least one of these claims (the new ones, when a corpus is extended). ``stories``:
    only pairs of articles that tell the same story (rules/stories.py)."""
    claims = list(claims)
    by_id = {c.id: c for c in claims}
    rules = list(rules)
    blocks = _blocks(claims, topics, ctx)
    names = list(blocks)
    member: dict[str, set[int]] = defaultdict(set)
    for n, ids in enumerate(blocks.values()):
        for cid in ids:
            member[cid].add(n)
    out: dict[tuple[str, str], tuple[str, set[tuple[str, bool]]]] = {}

    def topic_of(x: str, y: str) -> str | None:
        """The pair's shared topic, or None when it may not be compared at all. The cheap tests
        come before a rule's own join, which is the costly one."""
        if only_with is not None and x not in only_with and y not in only_with:
            return None
        shared = member[x] & member[y]
        if not shared or _too_far(by_id[x], by_id[y], window_days):
            return None
        if stories and not same_story(by_id[x].article_id, by_id[y].article_id, stories):
            return None
        return names[min(shared)]

    def add(x: str, y: str, name: str, flipped: bool) -> None:
        entry = out.get((x, y))
        if entry is None:
            topic = topic_of(x, y)
            if topic is None:
                return
            entry = out[(x, y)] = (topic, set())
        entry[1].add((name, flipped))

    undeclared = [r for r in rules if r.needs is None]
    if undeclared:
        for (x, y) in candidate_pairs(claims, topics, ctx, window_days=window_days):
            for r in undeclared:
                add(x, y, r.name, False)
                add(x, y, r.name, True)
    rarity = None
    for r in rules:
        if r.needs is None:
            continue
        if r.needs.same == "content" and rarity is None:
            rarity = content_rarity(ctx, claims)
        right: dict = defaultdict(list)
        for c in claims:
            for key in side_keys(r.needs, "b", ctx, c, rarity):
                right[key].append(c.id)
        # each claim of side a meets the union of its keys' claims: no set of every pair tried,
        # which held tens of millions of pairs on a month of news
        for c in claims:
            partners: set[str] = set()
            for key in side_keys(r.needs, "a", ctx, c, rarity):
                partners.update(right.get(key, ()))
            partners.discard(c.id)
            for y in partners:
                pair = (c.id, y) if c.id < y else (y, c.id)
                if pair not in out and topic_of(*pair) is None:
                    continue
                if joined(r.needs, ctx, c, by_id[y], rarity):
                    # side a is c: the pair is stored in id order, "flipped" when c is the second
                    add(*pair, r.name, c.id > y)
    return out


def _guarded(a: Claim, b: Claim, ctx: RuleContext) -> str | None:
    """Why a pair is not compared at all, or None."""
    if ctx.source(a) != ctx.source(b):
        return None
    if a.article_id == b.article_id:
        # one speaker's claims in one article are one line of argument ("must keep the forces",
        # "unlike the withdrawal from Afghanistan"), not a contradiction
        return "same speaker in the same article"
    if (jaccard(ctx.terms(a).content_keys(), ctx.terms(b).content_keys()) >= SAME_SPEAKER_AGREEMENT
            and _polarity_markers(a, ctx) == _polarity_markers(b, ctx)):
        return "same speaker saying the same thing (agreement)"
    return None


def _polarity_markers(claim: Claim, ctx: RuleContext) -> frozenset[str]:
    # the same words with "لم يعد" in one and "لا يزال" in the other are a reversal, not a repeat
    return frozenset(phrase for name in ("negation", "no_longer", "still") for _, phrase in ctx.find(claim, name))


def _apply(r: Rule, x: Claim, y: Claim, ctx: RuleContext) -> Conflict | None:
    try:
        found = r(x, y, ctx.with_rule(r.name, r.kind))
    except RuleError:
        raise
    except Exception as exc:
        raise RuleError(f"rule {r.name!r} failed on claims {x.id} and {y.id}: "
                        f"{type(exc).__name__}: {exc}") from exc
    if found is not None and not isinstance(found, Conflict):
        raise RuleError(f"rule {r.name!r} returned {type(found).__name__}; return ctx.conflict(...) or None")
    return found


def judge(a: Claim, b: Claim, ctx: RuleContext, rules: Iterable[Rule],
          failures: list[RuleFailure] | None = None, allowed: set[tuple[str, bool]] | None = None) -> Conflict | None:
    """The strongest finding of any rule on the pair, in either order. A rule that fails raises
    :class:`RuleError`, or, when a ``failures`` list is given, is recorded there and the other
    rules still judge the pair. A rule is tried in an order only where its needs allow it:
    ``allowed`` lists (rule name, reversed) as :func:`blocked_pairs` found them; without it the
    needs are checked here."""
    best: Conflict | None = None
    for r in rules:
        for x, y in ((a, b), (b, a)):
            if allowed is not None:
                if (r.name, x is b) not in allowed:
                    continue
            elif not can_fire(r.needs, x, y, ctx):
                continue
            try:
                found = _apply(r, x, y, ctx)
            except RuleError as exc:
                if failures is None:
                    raise
                failures.append(RuleFailure(r.name, x.id, y.id, str(exc)))
                break
            if found is not None:
                if best is None or found.score > best.score:
                    best = found
                break
    if best is None:
        return None
    da, db = a.article_date, b.article_date
    # two speakers opposing each other months apart still disagree; only one speaker can change position
    if a.speaker_id == b.speaker_id and da and db and abs((da - db).days) >= CHANGE_OF_POSITION_DAYS:
        best = dataclasses.replace(best, relation="change_of_position")
    return best


def find_conflicts(claims: Iterable[Claim], topics: Mapping[str, tuple[TopicMatch, ...]], *,
                   ctx: RuleContext | None = None, rules=None, progress: bool | None = None,
                   window_days: int | None = None, blocking: bool = True, only_with: set[str] | None = None,
                   executor: Executor | None = None, max_partners: int | None = MAX_PARTNERS,
                   stories: Mapping[str, Story] | None = None) -> ConflictList:
    """Conflicts among the claims, strongest first. Only pairs that share a topic or an event and
    that some rule could fire on are tried (``blocking=False``: every rule on every pair that
    shares a topic or event, as before blocking; the result is the same). ``window_days``: claims
    whose article dates are further apart are not compared (undated claims are compared with all).
    ``only_with``: only pairs with at least one of these claim ids. ``executor``: the pairs are
    judged in chunks on its workers (rules/distributed.py); the result is the same.
    ``max_partners``: for rules with declared needs, each claim is compared with at most this
    many of its most similar candidates (rules/partners.py), so the pairs per claim stay flat as
    the corpus grows; None compares every blocked pair. ``stories``: each article's story words
    (rules/stories.py); claims of articles that tell different stories are not compared."""
    claims = list(claims)
    by_id = {c.id: c for c in claims}
    ctx = ctx or RuleContext()
    active = [get_rule(r) for r in rules] if rules is not None else list(corpus_rules())
    if window_days is not None and (isinstance(window_days, bool) or not isinstance(window_days, int) or window_days < 0):
        raise ValueError(f"window_days must be a whole number of days, 0 or more, got {window_days!r}")
    checked_max_partners(max_partners)
    if blocking:
        pairs = blocked_pairs(claims, topics, ctx, active, window_days=window_days, only_with=only_with,
                              stories=stories)
        if max_partners is not None:
            pairs = prune_partners(pairs, by_id, ctx, max_partners, {r.name for r in active if r.needs is not None})
    else:
        pairs = {pair: (topic, None) for pair, topic in candidate_pairs(claims, topics, ctx, window_days=window_days).items()
                 if only_with is None or pair[0] in only_with or pair[1] in only_with}
    LOG.info("conflicts: %d claims, %d candidate pairs, %d rules", len(claims), len(pairs), len(active))
    show = progress if progress is not None else len(pairs) > 5000
    if executor is None:
        found, failures = judge_pairs(pairs, by_id, ctx, active, progress=show)
    else:
        from .distributed import judge_on_workers

        found, failures = judge_on_workers(pairs, by_id, ctx, active, executor, progress=show)
    _log_failures(failures)
    return ConflictList(tuple(strongest_once(found, by_id, ctx)), tuple(failures), len(pairs))


def judge_pairs(pairs: Mapping[tuple[str, str], tuple[str, set | None]], by_id: Mapping[str, Claim],
                ctx: RuleContext, rules: list[Rule], *, progress: bool = False
                ) -> tuple[list[Conflict], list[RuleFailure]]:
    """The finding on each unguarded pair (as :func:`blocked_pairs` gives them), and the rules'
    failures."""
    from tqdm.auto import tqdm

    found: list[Conflict] = []
    failures: list[RuleFailure] = []
    every = _everything(rules)
    for (ia, ib), (topic, allowed) in tqdm(pairs.items(), desc="comparing", unit="pair", disable=not progress):
        a, b = by_id[ia], by_id[ib]
        if _guarded(a, b, ctx):
            continue
        conflict = judge(a, b, ctx, rules, failures, allowed if allowed is not None else every)
        if conflict is not None:
            found.append(dataclasses.replace(conflict, topic=topic))
    return found, failures


def strongest_once(found: Iterable[Conflict], by_id: Mapping[str, Claim], ctx: RuleContext) -> list[Conflict]:
    """Conflicts strongest first, one per kind between two sources' articles (see
    :func:`_once_per_source`)."""
    ordered = sorted(found, key=lambda c: (-c.score, c.claim_a, c.claim_b))
    return _once_per_source(ordered, by_id, ctx)


def _everything(rules: Iterable[Rule]) -> set[tuple[str, bool]]:
    return {(r.name, flipped) for r in rules for flipped in (False, True)}


def _once_per_source(found: list[Conflict], by_id: Mapping[str, Claim], ctx: RuleContext) -> list[Conflict]:
    """One conflict per kind between two sources' articles: a statement the text attributes two
    ways (البيان، البلدين), or a speaker saying one thing twice in one article (headline and
    body), is flagged once, by its strongest pair."""
    seen, out = set(), []
    for k in found:      # strongest first
        a, b = by_id[k.claim_a], by_id[k.claim_b]
        sides = sorted([(ctx.source(a), a.article_id), (ctx.source(b), b.article_id)])
        key = (k.kind, *sides[0], *sides[1])
        if key not in seen:
            seen.add(key)
            out.append(k)
    return out


def _log_failures(failures: list[RuleFailure]) -> None:
    """One warning per failing rule, with its first error and how often it failed."""
    by_rule: dict[str, list[RuleFailure]] = defaultdict(list)
    for f in failures:
        by_rule[f.rule].append(f)
    for name, fs in by_rule.items():
        LOG.warning("rule %r failed on %d pair%s and was skipped there (listed under errors in "
                    "report.json); first: %s", name, len(fs), "" if len(fs) == 1 else "s", fs[0].error)
