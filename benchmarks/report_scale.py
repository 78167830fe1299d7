"""The report at scale: how large each file of the report folder gets, how long the page takes to
render and write, and how long Chromium takes to draw it.

    python benchmarks/report_scale.py [--articles 300 1000 3000] [--conflicts-per-article 1.67]
                                      [--out DIR] [--screenshot /tmp/report_scale.png]

Builds the synthetic corpus of tests/scale_corpus.py (real claims and conflicts, no parser; 10
claims an article), renders report.html alone, then writes the whole folder with write_report,
and prints the sizes and seconds for each size asked. For the largest, if a Chromium binary is
on PATH, it times a headless screenshot of the page (1280x2000) and of an empty page (Chromium's
own start-up, to subtract) and prints where the screenshot is; without one it says it skipped.

'write s' is mostly graph.graphml: the graph reads each claim's frames, which a real run has
mostly computed while finding conflicts; here the conflicts are given, so the graph pays for them.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from iraqclaims.report import render_html, write_report  # noqa: E402
from scale_corpus import scale_corpus  # noqa: E402

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def _mb(n: int) -> str:
    return f"{n / 1e6:8.2f} MB"


def _screenshot(browser: str, page: Path, shot: Path) -> float:
    start = time.perf_counter()
    subprocess.run([browser, "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars",
                    f"--screenshot={shot}", "--window-size=1280,2000", page.resolve().as_uri()],
                   check=True, capture_output=True, timeout=180)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, nargs="+", default=[300, 1000, 3000])
    ap.add_argument("--conflicts-per-article", type=float, default=5 / 3, help="5,000 conflicts at 3,000 articles")
    ap.add_argument("--out", type=Path, help="keep the largest report folder here (default: a temporary folder)")
    ap.add_argument("--screenshot", type=Path, default=Path("/tmp/report_scale.png"))
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="report-scale-"))
    out = None
    print(f"{'articles':>8} {'claims':>7} {'conflicts':>9} {'build s':>7} {'html s':>6} {'write s':>7}  files")
    for n in sorted(args.articles):
        start = time.perf_counter()
        corpus = scale_corpus(n, n_conflicts=round(n * args.conflicts_per_article))
        built = time.perf_counter() - start
        start = time.perf_counter()
        render_html(corpus)
        html_s = time.perf_counter() - start
        out = (args.out if args.out and n == max(args.articles) else tmp / str(n))
        start = time.perf_counter()
        paths = write_report(corpus, out)
        write_s = time.perf_counter() - start
        sizes = "  ".join(f"{name} {_mb(p.stat().st_size).strip()}" for name, p in paths.items())
        print(f"{n:>8} {len(corpus.claims):>7} {len(corpus.conflicts):>9} {built:>7.1f} {html_s:>6.2f} {write_s:>7.1f}  {sizes}",
              flush=True)

    page = out / "report.html"
    browser = next((b for b in BROWSERS if shutil.which(b)), None)
    if browser is None:
        print("no chromium on PATH: skipped the browser render (apt-get install chromium fonts-noto-core)")
    else:
        blank = tmp / "blank.html"
        blank.write_text('<!DOCTYPE html><html lang="ar" dir="rtl"><meta charset="utf-8"><p>صفحة</p></html>',
                         encoding="utf-8")
        empty_s = _screenshot(browser, blank, tmp / "blank.png")
        page_s = _screenshot(browser, page, args.screenshot)
        print(f"{browser} headless screenshot of report.html ({_mb(page.stat().st_size).strip()}): {page_s:.2f} s "
              f"(an empty page: {empty_s:.2f} s) -> {args.screenshot}")
    if args.out is None:
        shutil.rmtree(tmp, ignore_errors=True)
    else:
        print(f"report folder: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
