"""Running the rules over a corpus: candidate pairs by shared topic, guards, best finding per pair."""
from __future__ import annotations

import dataclasses
import logging
from collections import defaultdict
from itertools import combinations
from typing import Iterable, Mapping

from ..claims import Claim
from ..graph.topics import TopicMatch, jaccard
from .context import RuleContext
from .model import Conflict, ConflictList, RuleFailure
from .registry import Rule, RuleError, get_rule, registered_rules

LOG = logging.getLogger(__name__)

CHANGE_OF_POSITION_DAYS = 60   # one speaker's claims further apart than this record a change, not a clash
SAME_SPEAKER_AGREEMENT = 0.5   # content overlap above which one speaker is repeating themself


def candidate_pairs(claims: Iterable[Claim], topics: Mapping[str, tuple[TopicMatch, ...]],
                    ctx: RuleContext | None = None) -> dict[tuple[str, str], str]:
    """(claim id, claim id) -> the first topic they share, or the event class both speak of
    ("event:control"), so claims on a story no topic lexicon lists still meet. Blocking keeps the
    cost at the claims per topic squared, not all claims squared."""
    by_topic: dict[str, list[str]] = defaultdict(list)
    for claim in claims:
        for match in topics.get(claim.id, ()):
            by_topic[match.topic].append(claim.id)
        for family in dict.fromkeys(f.family for f in (ctx.frames(claim) if ctx else ())
                                    if not f.event.startswith("word:")):
            by_topic[f"event:{family}"].append(claim.id)
    pairs: dict[tuple[str, str], str] = {}
    for topic, ids in by_topic.items():
        for a, b in combinations(sorted(set(ids)), 2):
            pairs.setdefault((a, b), topic)
    return pairs


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
          failures: list[RuleFailure] | None = None) -> Conflict | None:
    """The strongest finding of any rule on the pair, in either order. A rule that fails raises
    :class:`RuleError`, or, when a ``failures`` list is given, is recorded there and the other
    rules still judge the pair."""
    best: Conflict | None = None
    for r in rules:
        for x, y in ((a, b), (b, a)):
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
                   ctx: RuleContext | None = None, rules=None, progress: bool | None = None) -> ConflictList:
    from tqdm.auto import tqdm

    claims = list(claims)
    by_id = {c.id: c for c in claims}
    ctx = ctx or RuleContext()
    active = [get_rule(r) for r in rules] if rules is not None else list(registered_rules())
    pairs = candidate_pairs(claims, topics, ctx)
    LOG.info("conflicts: %d claims, %d candidate pairs, %d rules", len(claims), len(pairs), len(active))
    found: list[Conflict] = []
    failures: list[RuleFailure] = []
    show = progress if progress is not None else len(pairs) > 5000
    for (ia, ib), topic in tqdm(pairs.items(), desc="comparing", unit="pair", disable=not show):
        a, b = by_id[ia], by_id[ib]
        if _guarded(a, b, ctx):
            continue
        conflict = judge(a, b, ctx, active, failures)
        if conflict is not None:
            found.append(dataclasses.replace(conflict, topic=topic))
    _log_failures(failures)
    found.sort(key=lambda c: (-c.score, c.claim_a, c.claim_b))
    return ConflictList(tuple(_once_per_source(found, by_id, ctx)), tuple(failures))


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
