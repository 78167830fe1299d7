#!/usr/bin/env python3
"""Claims quality: precision, recall and F1 of claim extraction (speaker + content).

    python benchmarks/claims_quality.py [--show dev] [--no-snn] [--shares ABCDE]

1. The five fixtures against ``tests/data/golden_claims.tsv`` (speaker id + content fragment).
2. SaudiNewsNet (``../shared/data/saudinewsnet``, outlets the code was not written on) against
   the gold in ``tests/data/saudinewsnet/`` (offsets + URLs; see benchmarks/_snn.py), for the
   dev split and the held-back test split, overall, per error class (recall of the gold claims
   that show it) and by error type. Only dev errors are ever listed (``--show dev``): the test
   split is scored, never studied.

Asserts nothing (tests/test_golden_claims.py and tests/test_snn_claims.py hold thresholds).
Parses go through the usual cache ($IRAQCLAIMS_CACHE_DIR).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _snn  # noqa: E402
from _golden import GOLDEN, ROOT, evaluate, load_golden  # noqa: E402
from _snn_match import Scores, evaluate as evaluate_snn  # noqa: E402

from iraqclaims import Corpus  # noqa: E402


def fixtures(golden: Path, show: bool) -> None:
    corpus = Corpus.from_paths([ROOT / "fixtures"], progress=False)
    result = evaluate(corpus.claims, load_golden(golden))
    s = result.scores()
    print(Scores(s["golden"], s["extracted"], s["matched"]).line("fixtures"))
    if show:
        for row in result.missed:
            print(f"  missed line {row.line}: {row}")
        for c in result.spurious:
            print(f"  spurious {c.id} [{c.speaker_id}] {c.cue_text}: {c.content[:90]}")


def saudinewsnet(show: str | None, shares: str | None = None) -> None:
    if not _snn.available():
        print("saudinewsnet: ../shared/data/saudinewsnet not found, skipped")
        return
    articles, gold = _snn.load_articles(shares=shares), _snn.load_claims(shares=shares)
    problems = _snn.validate(articles, gold)
    if problems:
        raise SystemExit("gold files are inconsistent:\n  " + "\n  ".join(problems))
    corpus = _snn.build_corpus(articles)
    texts = {a.id: a.text for a in corpus.articles}
    names = {s.id: (s.name, *s.aliases) for s in corpus.speakers}
    result = evaluate_snn(gold, corpus.claims, texts, names)
    splits = {name: {a.id for a in articles if a.split == name} for name in ("dev", "test")}
    outlets = {name: len({a.source for a in articles if a.split == name}) for name in splits}
    for name, ids in splits.items():
        print(result.scores(ids).line(f"saudinewsnet {name}") + f"  [{len(ids)} articles, {outlets[name]} outlets]")
    print("\nrecall per error class (matched/gold)      dev            test")
    dev, test = result.class_recall(splits["dev"]), result.class_recall(splits["test"])
    for name in _snn.ERROR_CLASSES:
        cells = [f"{m:>3}/{g:<3} {m / g if g else 0:>5.2f}" for m, g in (dev[name], test[name])]
        print(f"  {name:<40} {cells[0]}   {cells[1]}")
    print("\nunmatched gold by type    dev:", dict(result.error_types(splits["dev"])),
          "  test:", dict(result.error_types(splits["test"])))
    if show == "dev":
        print("\ndev errors:")
        for g in result.missed:
            if g.article_id in splits["dev"]:
                text = texts[g.article_id]
                print(f"  {result.errors[g.line]:<13} {g.line} [{g.speaker_key}] {','.join(g.classes)}: "
                      f"{text[g.content[0]:g.content[1]][:80]}")
        for c in result.spurious:
            if c.article_id in splits["dev"]:
                print(f"  spurious      {c.id} [{c.speaker_text}] {c.cue_text}: {c.content[:80]}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--golden", type=Path, default=GOLDEN, help="fixture golden claims")
    ap.add_argument("--show", choices=["dev"], help="list the dev split's errors (never the test split's)")
    ap.add_argument("--no-snn", action="store_true", help="fixtures only")
    ap.add_argument("--shares", help="score only these gold shares, e.g. ABCDE (default: all), "
                    "to read a new share as it came in apart from the ones tuned on")
    args = ap.parse_args(argv)
    fixtures(args.golden, show=args.show == "dev")
    if not args.no_snn:
        saudinewsnet(args.show, args.shares)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
