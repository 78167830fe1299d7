#!/usr/bin/env python3
"""Every built-in rule over the claims of all of SaudiNewsNet: how many times a rule (or the
claim reader) raised.

    python benchmarks/rule_run.py                     # the whole month (31k articles)
    python benchmarks/rule_run.py --articles 3000 --random-pairs 20000

Two passes, both with every registered rule, the ones kept out of corpus runs (stance) included:

1. the corpus run a user gets (blocking, story guard, closest partners), failures recorded per
   pair as ``report.json`` lists them;
2. a stress pass: each rule called directly, in both orders, on random pairs of claims that
   blocking would never put together, so a rule that only survives because its needs keep odd
   inputs away still shows up.

Articles are scale.py's fixed shuffle and share its parse and claims cache. Parses are read in
chunks and dropped once their claims and lemmas are taken, so the month fits in memory. Prints
numbers and every failure (the first 20 of each kind); exits 1 when anything raised.
"""
from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import random
import resource
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import _snn  # noqa: E402
from scale import snn_articles  # noqa: E402

CHUNK = 1000


def claims_and_lemmas(articles, cache_dir: Path, executor):
    """All claims (merged as a corpus merges them) and each claim's content lemmas."""
    from iraqclaims.claims.collect import collect_claims
    from iraqclaims.claims.per_article import merge
    from iraqclaims.parse import parse_articles

    per_article, lemmas, failures = [], {}, []
    for start in range(0, len(articles), CHUNK):
        chunk = articles[start:start + CHUNK]
        parses = parse_articles(chunk, cache_dir=cache_dir, executor=executor, progress=False)
        found = collect_claims(chunk, parses, cache_dir=cache_dir, executor=executor, progress=False)
        for result, parsed in zip(found, parses):
            for c in result.claims:
                if c.sentence_index < len(parsed.sentences):
                    a, b = c.content_span
                    lemmas[c.id] = tuple(w.lemma for w in parsed.sentences[c.sentence_index].words
                                         if w.lemma and a <= w.start and w.end <= b)
        per_article += found
        failures += [(r.article_id, r.failure) for r in found if r.failure]
        logging.getLogger(__name__).warning("claims of %d/%d articles", start + len(chunk), len(articles))
    claims, _ = merge(per_article)
    return list(claims), lemmas, failures


def stress(claims, ctx, rules, n: int, seed: int = 0) -> tuple[int, list]:
    """Each rule on ``n`` random pairs, both orders, needs ignored: (calls, failures)."""
    from iraqclaims.rules.engine import _apply

    rng = random.Random(seed)
    calls, failures = 0, []
    for _ in range(n):
        a, b = rng.sample(claims, 2)
        for r in rules:
            for x, y in ((a, b), (b, a)):
                calls += 1
                try:
                    _apply(r, x, y, ctx)
                except Exception as exc:   # RuleError wraps the rule's own exception
                    failures.append((r.name, x.id, y.id, str(exc)[:200]))
    return calls, failures


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=40000, help="first N of the shuffle (default: all)")
    ap.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--cache-dir", type=Path, help="parse and claims cache (default: the library's)")
    ap.add_argument("--random-pairs", type=int, default=50000, help="pairs of the stress pass")
    args = ap.parse_args()
    if not _snn.available():
        print(f"SaudiNewsNet is not at {_snn.SNN_DIR}: nothing to run", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(message)s")
    from iraqclaims.graph import TopicLexicon, assign_topics
    from iraqclaims.parse.cache import default_cache_dir
    from iraqclaims.rules import RuleContext, find_conflicts
    from iraqclaims.rules.registry import registered_rules
    from iraqclaims.claims.syndication import cluster_claims
    from iraqclaims.rules.stories import story_words

    cache = args.cache_dir or default_cache_dir()
    articles = snn_articles(args.articles)
    rules = registered_rules()
    print(f"{len(articles):,} articles, rules: {', '.join(r.name for r in rules)}")
    pool = ProcessPoolExecutor(max_workers=args.workers, mp_context=multiprocessing.get_context("spawn")) \
        if args.workers > 1 else None
    try:
        start = time.perf_counter()
        claims, lemmas, claim_failures = claims_and_lemmas(articles, cache, pool)
        print(f"claims: {len(claims):,} ({time.perf_counter() - start:.0f} s, parses from the cache where present); "
              f"articles whose claims could not be read: {len(claim_failures)}")
        for article_id, failure in claim_failures[:20]:
            print(f"  {article_id}: {failure[:200]}")
        ctx = RuleContext.with_background(claims, lemmas)
        topics = assign_topics({c.id: ctx.terms(c) for c in claims}, TopicLexicon.load([]))
        keep = set(cluster_claims(claims, {a.id: a.outlet for a in articles}).representatives)
        stories = story_words({a.id: a.body_text for a in articles})
        start = time.perf_counter()
        found = find_conflicts([c for c in claims if c.id in keep], topics, ctx=ctx, rules=rules,
                               progress=True, executor=pool, stories=stories)
        seconds = time.perf_counter() - start
    finally:
        if pool is not None:
            pool.shutdown()
    print(f"corpus run: {len(keep):,} claims compared, {found.examined:,} pairs, {len(found):,} conflicts "
          f"({Counter(k.rule for k in found).most_common()}), {seconds:.0f} s; "
          f"rule failures: {len(found.errors)}")
    for f in found.errors[:20]:
        print(f"  {f.rule} {f.claim_a} {f.claim_b}: {f.error}")
    start = time.perf_counter()
    calls, failures = stress(claims, ctx, rules, args.random_pairs)
    print(f"stress: {args.random_pairs:,} random pairs, {calls:,} rule calls, {time.perf_counter() - start:.0f} s; "
          f"rule failures: {len(failures)} {dict(Counter(f[0] for f in failures))}")
    for f in failures[:20]:
        print("  ", *f)
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")
    return 1 if found.errors or failures or claim_failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
