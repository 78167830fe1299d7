#!/usr/bin/env python3
"""A month of national news: every stage's time, size and memory on SaudiNewsNet articles, and
the parse layer's throughput against plain Stanza.

    python benchmarks/scale.py                       # 1,000 and 3,000 articles, and throughput
    python benchmarks/scale.py --articles 31030      # the whole month (resumes through the cache)
    python benchmarks/scale.py --throughput-only --sample 80

Articles are a fixed shuffle of the corpus (seed 0), so a larger size contains the smaller and
reuses its cached parses and claims: each size's table shows the parse seconds of this run
(``parse s``, only the articles not cached) and the cold parse time of all its articles (``cold
parse s``: the smaller runs' measured times added). Run it on an idle machine: with 2 cores,
PyTorch threads collapse under contention. Prints numbers; asserts nothing.
"""
from __future__ import annotations

import argparse
import hashlib
import logging
import multiprocessing
import os
import random
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import _snn  # noqa: E402


def _rss_mb() -> tuple[float, float]:
    """Peak resident memory so far (MB) of this process and of its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def snn_articles(n: int):
    from iraqclaims import article_from_text

    records = sorted(_snn.all_records(), key=lambda r: r["url"])
    random.Random(0).shuffle(records)
    out = []
    for rec in records:
        if len(out) == n:
            break
        try:
            out.append(article_from_text(_snn.article_text(rec), outlet=rec["source"], date=_snn.record_date(rec),
                                         id=f"{rec['source']}-{hashlib.sha1(rec['url'].encode()).hexdigest()[:10]}"))
        except Exception as exc:   # an empty or non-Arabic record: the batch path would skip it too
            logging.getLogger(__name__).debug("skipped %s: %s", rec["url"], exc)
    return out


def _pool(workers: int):
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


def _words(docs) -> int:
    return sum(len(s.words) for d in docs for s in d.sentences)


def throughput(sample: int) -> None:
    """Words per second on the same texts: plain Stanza bulk_process, our parse layer in process,
    and with 1 and 2 worker processes (models loaded before timing)."""
    import torch

    from iraqclaims.parse import get_pipeline, parse_corpus, resolve_models
    from iraqclaims.parse.threads import available_cores, torch_threads

    texts = [a.body_text for a in snn_articles(sample)]
    cores = available_cores()
    print(f"\nparse throughput on {len(texts)} articles ({sum(map(len, texts)):,} characters), {cores} cores")
    torch.set_num_threads(torch_threads(1) or cores)
    pipeline = get_pipeline(resolve_models())
    pipeline.bulk_process(texts[:2])        # warm-up
    start = time.perf_counter()
    plain = pipeline.bulk_process(texts)
    plain_s = time.perf_counter() - start
    plain_wps = _words(plain) / plain_s
    print(f"{'plain Stanza bulk_process':<34} {plain_s:7.1f} s {plain_wps:7.0f} words/s  "
          f"({torch.get_num_threads()} threads)")
    start = time.perf_counter()
    ours = parse_corpus(texts, cache_dir=False, progress=False)
    ours_s = time.perf_counter() - start
    ours_wps = _words(ours) / ours_s
    print(f"{'iraqclaims, in process':<34} {ours_s:7.1f} s {ours_wps:7.0f} words/s  ratio {ours_wps / plain_wps:.2f}x")
    by_workers = {}
    for workers in (1, 2):
        with _pool(workers) as pool:
            parse_corpus(texts[:workers * 2], executor=pool, cache_dir=False, progress=False)   # load models
            start = time.perf_counter()
            docs = parse_corpus(texts, executor=pool, cache_dir=False, progress=False)
            seconds = time.perf_counter() - start
        by_workers[workers] = _words(docs) / seconds
        print(f"{f'iraqclaims, {workers} worker process(es)':<34} {seconds:7.1f} s {by_workers[workers]:7.0f} words/s  "
              f"ratio {by_workers[workers] / plain_wps:.2f}x  ({torch_threads(workers) or os.environ.get('OMP_NUM_THREADS')} threads each)")
    print(f"2 workers vs 1 worker: {by_workers[2] / by_workers[1]:.2f}x; vs in process: {by_workers[2] / ours_wps:.2f}x")


def run_size(n: int, cache_dir: Path, workers: int, cold_before: dict[str, float], keep: Path | None = None,
             max_partners: int | None = None) -> dict:
    from iraqclaims import Corpus, write_report
    from iraqclaims.parse import parse_articles

    articles = snn_articles(n)
    row = {"articles": len(articles)}
    pool = _pool(workers) if workers > 1 else None
    try:
        start = time.perf_counter()
        parses = parse_articles(articles, cache_dir=cache_dir, executor=pool, progress=True)
        row["parse s"] = time.perf_counter() - start
        new = [a for a in articles if a.id not in cold_before]
        new_chars = max(1, sum(len(a.text) for a in new))
        for a in new:       # this run's parse time, shared out by size, for the larger runs' totals
            cold_before[a.id] = row["parse s"] * len(a.text) / new_chars
        row["cold parse s"] = sum(cold_before[a.id] for a in articles)
        row["words"] = _words(parses)
        corpus = Corpus(articles, parses, cache_dir=cache_dir, executor=pool, progress=True, max_partners=max_partners)
        for stage, compute in (("claims", lambda: corpus.claims), ("topics", lambda: corpus.topics),
                               ("conflicts", lambda: corpus.conflicts)):
            start = time.perf_counter()
            compute()
            row[f"{stage} s"] = time.perf_counter() - start
        with tempfile.TemporaryDirectory() as out:
            start = time.perf_counter()
            paths = write_report(corpus, keep / str(n) if keep else out)
            row["report s"] = time.perf_counter() - start
            row["html MB"] = paths["report.html"].stat().st_size / 1e6
            row["json MB"] = paths["report.json"].stat().st_size / 1e6
    finally:
        if pool is not None:
            pool.shutdown()
    row["claims"] = len(corpus.claims)
    row["compared"] = len(corpus.syndication.representatives)
    row["pairs"] = corpus.conflicts.examined
    row["pairs/claim"] = row["pairs"] / max(1, row["compared"])
    row["conflicts"] = len(corpus.conflicts)
    row["conflicts % of parse"] = 100 * row["conflicts s"] / max(1e-9, row["cold parse s"])
    row["peak MB"], row["workers peak MB"] = _rss_mb()
    return row


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000])
    ap.add_argument("--articles", type=int, help="one size only (31030: the whole month)")
    ap.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1), help="parsing/claims/conflict processes")
    ap.add_argument("--cache-dir", type=Path, help="parse and claims cache (default: the library's)")
    ap.add_argument("--sample", type=int, default=80, help="articles for the throughput comparison")
    ap.add_argument("--throughput-only", action="store_true")
    ap.add_argument("--no-throughput", action="store_true")
    ap.add_argument("--report-dir", type=Path, help="keep each size's report in DIR/<articles>/")
    ap.add_argument("--max-partners", type=int, help="candidates compared per claim (default: the library's; "
                                                     "0: every candidate)")
    args = ap.parse_args()
    if not _snn.available():
        print(f"SaudiNewsNet is not at {_snn.SNN_DIR}: nothing to measure", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING)
    if not args.throughput_only:
        from iraqclaims.parse.cache import default_cache_dir

        from iraqclaims.rules.partners import MAX_PARTNERS

        cache = args.cache_dir or default_cache_dir()
        partners = MAX_PARTNERS if args.max_partners is None else (args.max_partners or None)
        print(f"each claim compared with at most {partners or 'all'} of its closest candidates")
        sizes = [args.articles] if args.articles else sorted(args.sizes)
        cold: dict[str, float] = {}
        rows = []
        for n in sizes:
            rows.append(run_size(n, cache, args.workers, cold, args.report_dir, partners))
            print({k: round(v, 2) if isinstance(v, float) else v for k, v in rows[-1].items()}, flush=True)
        columns = list(rows[0])
        print("\n| " + " | ".join(columns) + " |\n|" + "---|" * len(columns))
        for row in rows:
            print("| " + " | ".join(f"{row[c]:,.1f}" if isinstance(row[c], float) else f"{row[c]:,}" for c in columns) + " |")
        if len(rows) > 1:
            print(f"\npairs per claim, largest vs smallest: {rows[-1]['pairs/claim'] / max(1e-9, rows[0]['pairs/claim']):.2f}x")
    if not args.no_throughput:
        throughput(args.sample)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
