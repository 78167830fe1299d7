"""How conflict detection scales: candidate pairs and time with topic blocking vs all pairs.

    python benchmarks/conflict_scale.py [--n 4000] [--ans ../shared/data/ans]

Uses ANS headlines (claim_train.csv + claim_dev.csv) as bare statements, so no parsing is
timed: topics by lexicon and similarity, then every rule on the candidate pairs.
"""
from __future__ import annotations

import argparse
import csv
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from iraqclaims.graph import assign_topics  # noqa: E402
from iraqclaims.rules import RuleContext, find_conflicts  # noqa: E402
from iraqclaims.rules.compare import statement  # noqa: E402
from iraqclaims.rules.engine import candidate_pairs  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ans", type=Path, default=ROOT.parent / "shared" / "data" / "ans")
    ap.add_argument("--n", type=int, nargs="+", default=[500, 1000, 2000, 4000])
    args = ap.parse_args()
    texts = []
    for name in ("claim_train.csv", "claim_dev.csv"):
        path = args.ans / name
        if path.is_file():
            with path.open(encoding="utf-8") as f:
                texts += [row["claim_s"] for row in csv.DictReader(f)]
    if not texts:
        print(f"no ANS claim files in {args.ans}: pass --ans", file=sys.stderr)
        return 2
    print(f"{'claims':>7} {'all pairs':>10} {'candidates':>11} {'topics s':>9} {'rules s':>8} {'conflicts':>10}")
    for n in args.n:
        claims = [statement(t, f"c{i}", speaker=f"s{i % 50}") for i, t in enumerate(texts[:n])]
        ctx = RuleContext.with_background(claims)
        start = time.perf_counter()
        topics = assign_topics({c.id: ctx.terms(c) for c in claims})
        t_topics = time.perf_counter() - start
        pairs = candidate_pairs(claims, topics)
        start = time.perf_counter()
        found = find_conflicts(claims, topics, ctx=ctx, progress=False)
        t_rules = time.perf_counter() - start
        print(f"{len(claims):>7} {len(claims) * (len(claims) - 1) // 2:>10} {len(pairs):>11} "
              f"{t_topics:>9.2f} {t_rules:>8.2f} {len(found):>10}")
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
