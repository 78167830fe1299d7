#!/usr/bin/env python3
"""Claims quality: precision, recall and F1 of claim extraction against the golden fixture claims.

    python benchmarks/claims_quality.py [--golden tests/data/golden_claims.tsv] [fixtures]

Prints the scores overall and per article, then the golden rows that were missed and the
extracted claims that match no golden row. Asserts nothing (tests/test_golden_claims.py holds
the thresholds). Parses go through the usual cache ($IRAQCLAIMS_CACHE_DIR).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _golden import GOLDEN, ROOT, evaluate, load_golden  # noqa: E402

from iraqclaims import Corpus  # noqa: E402


def _line(label: str, s: dict) -> str:
    return (f"{label:<8} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
            f"   ({s['matched']} matched, {s['extracted']} extracted, {s['golden']} golden)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "fixtures")])
    ap.add_argument("--golden", type=Path, default=GOLDEN)
    args = ap.parse_args(argv)

    corpus = Corpus.from_paths(args.paths, progress=False)
    result = evaluate(corpus.claims, load_golden(args.golden))

    print(_line("overall", result.scores()))
    for article_id in sorted({r.article_id for r in result.golden} | {c.article_id for c in result.claims}):
        print(_line(article_id, result.scores(article_id)))
    musts = [r for r in result.golden if r.must]
    print(f"must rows found: {sum(result.claim_for(r) is not None for r in musts)}/{len(musts)}")

    print(f"\nmissed golden rows ({len(result.missed)}):")
    for row in result.missed:
        print(f"  line {row.line}: {row}")
    print(f"\nspurious claims ({len(result.spurious)}):")
    for c in result.spurious:
        print(f"  {c.id} [{c.speaker_id}] {c.cue_text}: {c.content[:90]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
