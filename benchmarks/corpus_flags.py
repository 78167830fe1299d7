#!/usr/bin/env python3
"""What a corpus run flags on news nobody annotated: the conflicts of N random politics and
conflict articles of SaudiNewsNet, counted per rule and listed for reading.

    python benchmarks/corpus_flags.py --articles 800 --seed 2303

The pair benchmark (conflicts_quality.py) scores annotated pairs only, so its precision says
nothing of the pairs a corpus run joins that nobody annotated. Read the list and count the
contradictions an analyst would keep. Pick a seed you have not read to measure; a seed whose
flags shaped a rule flatters it. Articles are those whose title names the region's conflicts
(Iraq, Syria, Yemen, Iran, ISIS, Turkey, the Kurds, a strike or a toll), shuffled by the seed.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import _snn  # noqa: E402
from iraqclaims import Corpus  # noqa: E402

POLITICS = re.compile("اليمن|سوري|العراق|داعش|الحوثي|إيران|ايران|عدن|طالبان|تركي|الأكراد|الاكراد|غارة|قتلى|مقتل|هجوم")
SHOWN = 160     # characters of each claim's content in the listing


def politics_articles(n: int, seed: int) -> dict[str, str]:
    records = sorted((r for r in _snn.all_records() if POLITICS.search(r.get("title") or "")), key=lambda r: r["url"])
    random.Random(seed).shuffle(records)
    return {r["url"]: _snn.article_text(r) for r in records[:n]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=800)
    parser.add_argument("--seed", type=int, default=2303)
    parser.add_argument("-q", "--quiet", action="store_true", help="counts only, no listing")
    args = parser.parse_args()
    if not _snn.available():
        print(f"SaudiNewsNet not found at {_snn.SNN_DIR}; nothing to measure")
        return 0
    corpus = Corpus.from_texts(politics_articles(args.articles, args.seed), progress=False)
    conflicts = list(corpus.conflicts)
    kinds = Counter(k.kind for k in conflicts).most_common()
    print(f"{args.articles} articles (seed {args.seed}), {len(corpus.claims)} claims, {len(conflicts)} conflicts: {kinds}")
    # a claim no event frame reads (events.txt lists none of its predicates) can meet no frame rule
    ctx = corpus._rule_context
    framed = sum(any(f.asserts for f in ctx.frames(c)) for c in corpus.claims)
    print(f"claims with an asserted event frame: {framed} of {len(corpus.claims)} "
          f"({framed / max(1, len(corpus.claims)):.0%})")
    if not args.quiet:
        for k in conflicts:
            a, b = corpus.claim(k.claim_a), corpus.claim(k.claim_b)
            print(f"[{k.kind}] {k.explanation}")
            print(f"   A {a.speaker_text[:40]}: {a.content[:SHOWN]}")
            print(f"   B {b.speaker_text[:40]}: {b.content[:SHOWN]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
