#!/usr/bin/env python3
"""Parse speed: cold vs warm cache on the fixtures, a larger PUD run, and 1 vs 2 worker processes.

    python benchmarks/parse_speed.py [--pud ../shared/data/ud/ar_pud-ud-test.conllu] [--pud-docs 40]

Prints numbers; asserts nothing (targets live here, not in unit tests).
"""
from __future__ import annotations

import argparse
import tempfile
import time
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _counts(docs):
    sentences = sum(len(d.sentences) for d in docs)
    words = sum(len(s.words) for d in docs for s in d.sentences)
    return sentences, words


def _line(label, seconds, docs):
    sentences, words = _counts(docs)
    print(f"{label:<38} {seconds:7.2f} s  {sentences / seconds:8.1f} sent/s  {words / seconds:9.1f} words/s"
          f"  ({sentences} sentences, {words} words)")


def pud_documents(path: Path, n_docs: int, per_doc: int = 5) -> list[str]:
    texts = [line[len("# text = "):] for line in path.read_text(encoding="utf-8").splitlines()
             if line.startswith("# text = ")]
    return [" ".join(texts[i:i + per_doc]) for i in range(0, min(len(texts), n_docs * per_doc), per_doc)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pud", type=Path, default=ROOT.parent / "shared" / "data" / "ud" / "ar_pud-ud-test.conllu")
    ap.add_argument("--pud-docs", type=int, default=40, help="documents of 5 PUD sentences each")
    args = ap.parse_args()

    from iraqclaims import load_articles, parse_articles, parse_corpus
    from iraqclaims.parse import get_pipeline, resolve_models

    spec = resolve_models()
    print(f"models: {spec.kind} {spec.identity} ({spec.directory})")
    start = time.perf_counter()
    get_pipeline(spec)
    print(f"{'pipeline load':<38} {time.perf_counter() - start:7.2f} s")

    articles = load_articles([ROOT / "fixtures"])
    with tempfile.TemporaryDirectory() as cache:
        start = time.perf_counter()
        cold = parse_articles(articles, cache_dir=cache, progress=False)
        cold_s = time.perf_counter() - start
        _line("fixtures, cold cache (model loaded)", cold_s, cold)
        start = time.perf_counter()
        warm = parse_articles(articles, cache_dir=cache, progress=False)
        warm_s = time.perf_counter() - start
        _line("fixtures, warm cache", warm_s, warm)
        print(f"{'warm-cache speed-up':<38} {cold_s / warm_s:7.1f} x")

    if args.pud.is_file():
        texts = pud_documents(args.pud, args.pud_docs)
        start = time.perf_counter()
        docs = parse_corpus(texts, cache_dir=False, progress=False)
        _line(f"PUD {len(texts)} docs, in process", time.perf_counter() - start, docs)
        for workers in (1, 2):
            with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
                start = time.perf_counter()
                docs = parse_corpus(texts, executor=pool, cache_dir=False, progress=False)
                _line(f"PUD {len(texts)} docs, {workers} worker process(es)*", time.perf_counter() - start, docs)
        print("* includes each worker loading its own pipeline")
    else:
        print(f"(no PUD file at {args.pud}: skipped the larger run)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
