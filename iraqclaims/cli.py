"""The ``iraqclaims`` command line."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .atomic import replace_folder
from .errors import IraqclaimsError

LOG = logging.getLogger("iraqclaims")


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {value!r}")
    return number


def _whole_number(value: str) -> int:
    if not value.strip().isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number of days, 0 or more, not {value!r}")
    return int(value)


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="article files (.txt) or folders of them; a manifest.csv in a folder (or "
                        "given as a PATH) supplies id, outlet, date and title")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="DIR", help="output folder")
    p.add_argument("--manifest", type=Path, help="CSV with columns id,file,outlet,date,title")
    p.add_argument("--model-dir", help="Stanza Arabic model directory (default: the bundled models "
                                       "or $IRAQCLAIMS_MODEL_DIR)")
    p.add_argument("--cache-dir", help="parse and claims cache (default: $IRAQCLAIMS_CACHE_DIR or "
                                       "~/.cache/iraqclaims/parses)")
    p.add_argument("--no-cache", action="store_true", help="parse and read everything again")
    p.add_argument("--workers", type=int, default=1,
                   help="parse, read claims and compare them in this many processes")
    p.add_argument("--threads", type=_positive_int, metavar="N",
                   help="PyTorch threads per parsing process (default: cores / workers, or "
                        "$OMP_NUM_THREADS when set)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--strict", action="store_true",
                   help="fail on an article that cannot be read instead of skipping it")


def build_parser() -> argparse.ArgumentParser:
    from .rules.partners import MAX_PARTNERS

    parser = argparse.ArgumentParser(
        prog="iraqclaims",
        description="Who said what in Arabic news, and where the claims contradict each other.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    sub = parser.add_subparsers(dest="command", required=True)
    parse = sub.add_parser("parse", help="parse articles into CoNLL-U (one file per article)")
    _add_common(parse)
    report = sub.add_parser("report", help="write report.html, report.json, claims.csv, conflicts.csv and "
                                           "graph.graphml (plus the parses) into the output folder")
    _add_common(report)
    report.add_argument("--aliases", action="append", metavar="FILE",
                        help="extra speaker alias file (canonical<TAB>kind<TAB>alias|alias); repeatable")
    report.add_argument("--topics", action="append", metavar="FILE",
                        help="extra topic lexicon (topic<TAB>label<TAB>term|term); repeatable")
    report.add_argument("--window-days", type=_whole_number, metavar="N",
                        help="compare only claims whose article dates are at most N days apart "
                             "(undated claims are compared with all)")
    report.add_argument("--max-partners", type=_whole_number, metavar="N", default=MAX_PARTNERS,
                        help="compare each claim with at most its N most similar candidates "
                             f"(default {MAX_PARTNERS}; 0: every candidate, slower on large corpora)")
    compare = sub.add_parser("compare", help="say whether statement pairs contradict, agree or are unrelated")
    compare.add_argument("pairs", type=Path, metavar="PAIRS.csv", help="CSV with columns s1,s2")
    compare.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.csv",
                         help="the same rows with relation, rule, kind, score and explanation added")
    compare.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    return parser


def _pool(args):
    """The worker processes --workers asks for (spawned: forking after PyTorch has started hangs),
    or no pool."""
    import contextlib
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if args.workers > 1:
        return ProcessPoolExecutor(max_workers=args.workers, mp_context=multiprocessing.get_context("spawn"))
    return contextlib.nullcontext()


def _cache_dir(args):
    return False if args.no_cache else args.cache_dir


def _parse_articles(args, pool=None):
    from .ingest import load_batch
    from .parse import parse_articles

    batch = load_batch(args.paths, manifest=args.manifest, strict=args.strict)
    articles = list(batch.articles)
    parsed = parse_articles(articles, model_dir=args.model_dir, cache_dir=_cache_dir(args), progress=not args.quiet,
                            threads=args.threads, executor=pool)
    return articles, parsed, batch.skipped


def _parses(articles, parsed) -> dict[str, bytes]:
    return {f"{article.id}.conllu": doc.to_conllu().encode("utf-8") for article, doc in zip(articles, parsed)}


def cmd_parse(args) -> int:
    with _pool(args) as pool:
        articles, parsed, _ = _parse_articles(args, pool)
    replace_folder(args.output / "parses", _parses(articles, parsed))
    print(args.output / "parses")
    return 0


def cmd_report(args) -> int:
    from .corpus import Corpus
    from .report import write_report

    from .claims.speakers import load_alias_file
    from .graph import TopicLexicon

    # users' lexicons are checked before the slow parse
    TopicLexicon.load(args.topics or ())
    for path in args.aliases or ():
        load_alias_file(path)
    # the workers parse, read claims and compare them; claims are cached beside the parses
    with _pool(args) as pool:
        articles, parsed, skipped = _parse_articles(args, pool)
        corpus = Corpus(articles, parsed, aliases=args.aliases or (), topics=args.topics or (),
                        progress=False if args.quiet else None, skipped=skipped, window_days=args.window_days,
                        max_partners=args.max_partners or None, cache_dir=_cache_dir(args), executor=pool,
                        model_dir=args.model_dir, threads=args.threads)
        # rendering first, writing last: bad input or a failing rule leaves no half-written folder
        # the parses go in the same staged write: a failure leaves the previous report and parses
        paths = write_report(corpus, args.output, progress=not args.quiet,
                             folders={"parses": _parses(articles, parsed)})
    print(paths["report.html"])
    return 0


def cmd_compare(args) -> int:
    from .rules.compare import compare_csv

    compare_csv(args.pairs, args.output, progress=not args.quiet)
    print(args.output)
    return 0


class _LevelFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        # "iraqclaims: warning: skipped x.txt: ...", the shape of the error lines
        return f"iraqclaims: {record.levelname.lower()}: {record.getMessage()}"


def _log_to_stderr(*, verbose: bool) -> None:
    """The library's log lines on stderr, one per line; set on the package logger (not the
    root, which a host program may own) and replaced, not stacked, when main() runs again."""
    for handler in [h for h in LOG.handlers if getattr(h, "_iraqclaims_cli", False)]:
        LOG.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler._iraqclaims_cli = True
    handler.setFormatter(_LevelFormatter())
    LOG.addHandler(handler)
    LOG.setLevel(logging.INFO if verbose else logging.WARNING)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _log_to_stderr(verbose=args.verbose)
    handlers = {"parse": cmd_parse, "report": cmd_report, "compare": cmd_compare}
    try:
        return handlers[args.command](args)
    except IraqclaimsError as exc:
        print(f"iraqclaims: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except OSError as exc:  # the output folder, typically: unwritable or full
        # name what the user gave, not a staging file inside it
        print(f"iraqclaims: error: cannot write {args.output}: {exc.strerror or exc}: "
              f"choose another -o/--output", file=sys.stderr)
        return 5
    except KeyboardInterrupt:
        print("iraqclaims: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
