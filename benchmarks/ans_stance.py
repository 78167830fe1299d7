"""How iraqclaims.compare() does on the ANS Arabic News Stance corpus (agree / disagree / other).

    python benchmarks/ans_stance.py [--split dev|train] [--ans ../shared/data/ans]

Maps compare()'s relations to ANS labels (contradicts → disagree, agrees → agree, unrelated →
other) and prints per-class precision, recall and F1, the confusion matrix, and the rules that
fired. The data is the ANS corpus (Khouja 2020, Apache-2.0); it is not shipped with the package.
"""
from __future__ import annotations

import argparse
import collections
import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from iraqclaims import compare  # noqa: E402

LABEL = {"contradicts": "disagree", "agrees": "agree", "unrelated": "other"}
CLASSES = ("agree", "disagree", "other")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ans", type=Path, default=ROOT.parent / "shared" / "data" / "ans")
    ap.add_argument("--split", choices=("dev", "train"), default="dev")
    args = ap.parse_args()
    path = args.ans / f"stance_{args.split}.csv"
    if not path.is_file():
        print(f"{path} not found: pass --ans with the folder holding stance_dev.csv", file=sys.stderr)
        return 2
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    start = time.perf_counter()
    confusion = collections.Counter()
    fired = collections.Counter()
    for row in rows:
        result = compare(row["s1"], row["s2"])
        confusion[(row["stance"], LABEL[result.relation])] += 1
        if result.rule:
            fired[(result.rule, row["stance"])] += 1
    elapsed = time.perf_counter() - start
    print(f"ANS stance {args.split}: {len(rows)} pairs in {elapsed:.1f} s ({len(rows) / elapsed:.0f} pairs/s)")
    print(f"{'class':<10}{'precision':>10}{'recall':>10}{'F1':>10}{'support':>10}")
    f1s = []
    for cls in CLASSES:
        tp = confusion[(cls, cls)]
        predicted = sum(n for (gold, pred), n in confusion.items() if pred == cls)
        support = sum(n for (gold, pred), n in confusion.items() if gold == cls)
        p = tp / predicted if predicted else 0.0
        r = tp / support if support else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        f1s.append(f1)
        print(f"{cls:<10}{p:>10.3f}{r:>10.3f}{f1:>10.3f}{support:>10}")
    accuracy = sum(confusion[(c, c)] for c in CLASSES) / len(rows)
    print(f"macro F1 {sum(f1s) / len(f1s):.3f}, accuracy {accuracy:.3f}")
    print("confusion (gold → predicted):")
    for gold in CLASSES:
        print(f"  {gold:<10}" + "".join(f"{pred}={confusion[(gold, pred)]:<6}" for pred in CLASSES))
    print("rules that fired (rule, gold label):", dict(fired.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
