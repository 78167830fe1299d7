"""Each claim's closest partners: the pairs blocking found, pruned so that no claim is compared
with more than a few others.

Blocking (rules/blocking.py) keeps only the pairs some rule could fire on, but in a month of news
a claim such as "the minister denied the raid on the city" still meets every claim that names the
city: its candidates grow with the coverage, and so do the pairs per claim. Meta-blocking's
reciprocal cardinality node pruning (Papadakis et al., 2016) bounds that: where a claim has more
than ``max_partners`` candidates, it keeps its ``max_partners`` most similar, and a pair is kept
only when each of its claims that has to choose ranks the other that high. Similarity is the
rarity of the specific words the two claims share (the sum of their inverse document
frequencies), so the pairs dropped are the weakest candidates of crowded claims.

Only pairs a rule with declared ``needs`` would see are pruned; a rule without needs is still
tried on every candidate pair. A claim with ``max_partners`` candidates or fewer keeps them all
unless its partner has to choose.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Iterable, Mapping

from ..claims import Claim
from .context import RuleContext
from .join_keys import specific_keys

MAX_PARTNERS = 5   # per claim; a pair is kept when each crowded claim of it ranks it this high


def checked_max_partners(value: int | None) -> int | None:
    """The setting itself, or a ValueError that says what it takes."""
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise ValueError(f"max_partners must be a whole number, 1 or more (or None: compare every candidate), "
                         f"got {value!r}")
    return value


def similarity(ctx: RuleContext, a: Claim, b: Claim, idf: Mapping[str, float]) -> float:
    """How much two claims share that is specific to them: the inverse document frequency of
    every word of one found in the other that is neither background nor common in the corpus."""
    shared = (specific_keys(ctx, a) & ctx.terms(b).keys()) | (specific_keys(ctx, b) & ctx.terms(a).keys())
    return sum(idf.get(w, 0.0) for w in shared)


def document_frequencies(ctx: RuleContext, claims: Iterable[Claim]) -> dict[str, float]:
    """Inverse document frequency of each content word over the claims."""
    claims = list(claims)
    df = Counter(w for c in claims for w in ctx.terms(c).content_keys())
    n = max(len(claims), 1)
    return {w: math.log(n / k) for w, k in df.items()}


def prune_partners(pairs: dict, by_id: Mapping[str, Claim], ctx: RuleContext, max_partners: int,
                   declared: set[str]) -> dict:
    """The pairs (as :func:`~iraqclaims.rules.engine.blocked_pairs` gives them) in which each
    claim with more than ``max_partners`` candidates for the rules named in ``declared`` keeps its
    most similar ones; a pair that such a claim does not rank that high loses those rules, and is
    dropped when no rule is left."""
    checked_max_partners(max_partners)
    candidates: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for pair, (_, allowed) in pairs.items():
        if any(name in declared for name, _ in allowed):
            candidates[pair[0]].append(pair)
            candidates[pair[1]].append(pair)
    crowded = {cid for cid, ps in candidates.items() if len(ps) > max_partners}
    if not crowded:
        return pairs
    idf = document_frequencies(ctx, by_id.values())
    weight: dict[tuple[str, str], float] = {}
    ranked: dict[str, set[tuple[str, str]]] = {}
    for cid in crowded:
        ps = candidates[cid]
        for p in ps:
            if p not in weight:
                weight[p] = similarity(ctx, by_id[p[0]], by_id[p[1]], idf)
        ranked[cid] = set(sorted(ps, key=lambda p: (-weight[p], p))[:max_partners])

    def kept(pair) -> bool:
        # reciprocal: each crowded claim of the pair ranks the other among its closest
        return all(pair in ranked[c] for c in pair if c in ranked)

    out = {}
    for pair, (topic, allowed) in pairs.items():
        if pair in weight and not kept(pair):
            allowed = {(name, flipped) for name, flipped in allowed if name not in declared}
            if not allowed:
                continue
        out[pair] = (topic, allowed)
    return out
