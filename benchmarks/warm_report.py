#!/usr/bin/env python3
"""Cold vs warm `iraqclaims report`, and what importing iraqclaims costs.

    python benchmarks/warm_report.py [PATH ...] [--runs 3] [--threads N]

Each report runs as a fresh process, as a user runs it: first with an empty parse cache (cold:
the models are loaded and every article parsed), then again with the cache filled (warm: no
parsing; Stanza and PyTorch must not even be imported). Prints wall times; asserts nothing.
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("stanza", "torch", "pandas", "networkx")


def _command() -> list[str]:
    script = Path(sys.executable).with_name("iraqclaims")
    return [str(script)] if script.exists() else [sys.executable, "-m", "iraqclaims.cli"]


def _timed(argv: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    run = subprocess.run(argv, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if run.returncode != 0:
        sys.exit(f"failed ({run.returncode}): {' '.join(argv)}\n{run.stderr}")
    return seconds, run


def _times(argv: list[str], env: dict[str, str], runs: int) -> list[float]:
    return [_timed(argv, env)[0] for _ in range(runs)]


def _line(label: str, seconds: list[float]) -> None:
    detail = f"  (min {min(seconds):.2f}, {len(seconds)} runs)" if len(seconds) > 1 else ""
    print(f"{label:<34} {statistics.median(seconds):6.2f} s{detail}")


def _imported(importtime_log: str) -> list[str]:
    """The top-level packages among ``HEAVY`` that a ``-X importtime`` log shows being imported."""
    found = set(re.findall(r"\|\s*(\w+)\s*$", importtime_log, flags=re.MULTILINE))
    return [name for name in HEAVY if name in found]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "fixtures")], help="articles (default: fixtures/)")
    ap.add_argument("--runs", type=int, default=3, help="warm runs and import timings (median shown)")
    ap.add_argument("--threads", help="passed on to the report (on a busy machine the cold run "
                                      "needs --threads 1, see README)")
    args = ap.parse_args()

    env = dict(os.environ)
    _line("python -c pass", _times([sys.executable, "-c", "pass"], env, args.runs))
    _line("python -c 'import iraqclaims'", _times([sys.executable, "-c", "import iraqclaims"], env, args.runs))

    with tempfile.TemporaryDirectory() as tmp:
        env["IRAQCLAIMS_CACHE_DIR"] = str(Path(tmp) / "cache")
        report = [*_command(), "report", *args.paths, "-o", str(Path(tmp) / "out"), "-q",
                  *(["--threads", args.threads] if args.threads else [])]
        _line("report, cold cache", [_timed(report, env)[0]])
        _line("report, warm cache", _times(report, env, args.runs))
        _, traced = _timed([sys.executable, "-X", "importtime", "-m", "iraqclaims.cli", *report[len(_command()):]], env)
    heavy = _imported(traced.stderr)
    print(f"imported by a warm report: {', '.join(heavy) or 'none of'} ({', '.join(HEAVY)} checked)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
