"""How conflict detection scales: candidate pairs per claim and conflict-stage time, before
blocking (every rule on every pair of claims sharing a topic or an event) and after (only the
pairs some rule's needs allow, rules/blocking.py).

    python benchmarks/conflict_scale.py [--n 500 1000 2000 4000] [--ans ../shared/data/ans] [--no-before]

Uses ANS headlines (claim_train.csv + claim_dev.csv) as bare statements, so no parsing is
timed: topics by lexicon and similarity, then the rules. Each variant runs with a fresh rule
context (frames are read inside the timed stage both times); the conflicts must be identical.
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
from iraqclaims.rules import RuleContext, find_conflicts, registered_rules  # noqa: E402
from iraqclaims.rules.compare import statement  # noqa: E402
from iraqclaims.rules.engine import blocked_pairs, candidate_pairs  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ans", type=Path, default=ROOT.parent / "shared" / "data" / "ans")
    ap.add_argument("--n", type=int, nargs="+", default=[500, 1000, 2000, 4000])
    ap.add_argument("--no-before", action="store_true", help="skip the unblocked run (slow: minutes at 4000)")
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
    print(f"{'claims':>7} {'topic pairs':>11} {'per claim':>9} {'blocked':>8} {'per claim':>9} "
          f"{'before s':>9} {'after s':>8} {'conflicts':>9} {'same':>5}")
    for n in args.n:
        claims = [statement(t, f"c{i}", speaker=f"s{i % 50}") for i, t in enumerate(texts[:n])]
        topics = assign_topics({c.id: t for c, t in zip(claims, (RuleContext().terms(c) for c in claims))})
        ctx = RuleContext.with_background(claims)
        before_pairs = candidate_pairs(claims, topics, ctx)
        after_pairs = blocked_pairs(claims, topics, ctx, registered_rules())
        ctx = RuleContext.with_background(claims)
        start = time.perf_counter()
        after = find_conflicts(claims, topics, ctx=ctx, progress=False)
        t_after = time.perf_counter() - start
        t_before, same = float("nan"), "-"
        if not args.no_before:
            ctx = RuleContext.with_background(claims)
            start = time.perf_counter()
            before = find_conflicts(claims, topics, ctx=ctx, progress=False, blocking=False)
            t_before = time.perf_counter() - start
            same = "yes" if before.conflicts == after.conflicts else "NO"
        k = len(claims)
        print(f"{k:>7} {len(before_pairs):>11} {len(before_pairs) / k:>9.2f} {len(after_pairs):>8} "
              f"{len(after_pairs) / k:>9.2f} {t_before:>9.2f} {t_after:>8.2f} {len(after):>9} {same:>5}", flush=True)
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
