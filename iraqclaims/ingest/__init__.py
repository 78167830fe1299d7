"""Ingest: files or strings -> :class:`~iraqclaims.article.Article` with body and metadata."""
from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from functools import partial
from typing import Callable, Iterable

from ..article import Article, Skipped
from ..errors import InputError
from ..normalize import has_arabic
from .boilerplate import split_body
from .manifest import MANIFEST_NAME, ArticleMeta, load_manifest
from .reading import decode, read_text

LOG = logging.getLogger(__name__)


def article_from_text(text: str, *, id: str, path: Path | None = None, outlet: str | None = None,
                      date: dt.date | None = None, title: str | None = None,
                      encoding: str = "utf-8") -> Article:
    source = str(path or id)
    if isinstance(text, (bytes, bytearray)):
        text, encoding = decode(bytes(text), source)
    elif not isinstance(text, str):
        raise InputError(f"{source}: expected the article text as a string, got {type(text).__name__}")
    if not text.strip():
        raise InputError(f"{source}: text is empty: give an article with Arabic text")
    if not has_arabic(text):   # files need more (see reading.decode); a headline may be short
        raise InputError(f"{source}: no Arabic text found: iraqclaims reads Arabic news")
    body, dropped = split_body(text)
    _log_dropped(source, text, dropped)
    if not body:
        raise InputError(f"{path or id}: nothing left after removing page furniture: "
                         f"is this a news article?")
    return Article(id=id, text=text, path=path, outlet=outlet, date=date, title=title,
                   encoding=encoding, body=body, dropped=dropped)


LOGGED_DROPPED_LINES = 20


def _log_dropped(source: str, text: str, dropped) -> None:
    """With -v, say what page-furniture removal took out: a long file can lose most of its
    lines as repeats, and the user must be able to see that."""
    if not dropped or not LOG.isEnabledFor(logging.INFO):
        return
    reasons = Counter(d.reason for d in dropped)
    LOG.info("%s: dropped %d lines as page furniture (%s)", source, len(dropped),
             ", ".join(f"{reason} {n}" for reason, n in reasons.most_common()))
    for d in dropped[:LOGGED_DROPPED_LINES]:
        line = text[d.start:d.end]
        LOG.info("%s: dropped (%s): %s", source, d.reason, line if len(line) <= 80 else line[:80] + "…")
    if len(dropped) > LOGGED_DROPPED_LINES:
        LOG.info("%s: ... and %d more dropped lines", source, len(dropped) - LOGGED_DROPPED_LINES)


def load_article(path: str | Path, meta: ArticleMeta | None = None) -> Article:
    path = Path(path)
    text, encoding = read_text(path)
    if meta is None:
        return article_from_text(text, id=path.stem, path=path, encoding=encoding)
    return article_from_text(text, id=meta.id, path=path, outlet=meta.outlet, date=meta.date,
                             title=meta.title, encoding=encoding)


def expand_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[Path]]:
    """Article files and manifests named by ``paths``: a folder contributes its ``*.txt`` files
    (recursively) and its ``manifest.csv``; a ``.csv`` file is taken as a manifest."""
    files, manifests = [], []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(p.rglob("*.txt"))
            if not found:
                raise InputError(f"{p}: folder has no .txt article files")
            files.extend(found)
            manifests.extend(sorted(p.rglob(MANIFEST_NAME)))
        elif p.suffix.lower() == ".csv":
            manifests.append(p)
        elif p.exists():
            files.append(p)
        else:
            raise InputError(f"{p}: no such file or folder")
    return files, manifests


@dataclass(frozen=True)
class Batch:
    """The articles of a run, and the ones left out because they could not be read."""

    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...] = ()


def load_batch(paths: Iterable[str | Path], *, manifest: str | Path | None = None,
               strict: bool = False) -> Batch:
    """Read every article named by ``paths``. In a run over several files, one that cannot be
    read (empty, binary, undecodable, no Arabic, nothing left after page furniture) is skipped
    with a warning and listed in :attr:`Batch.skipped`: scraped folders always hold a few, and
    they must not sink the rest. ``strict=True`` makes any such file an error, as does a file
    given alone, or a run where nothing readable is left."""
    paths = list(paths)
    files, manifests = expand_paths(paths)
    if manifest is not None:
        manifests.append(Path(manifest))
    meta: dict[Path, ArticleMeta] = {}
    given = {f.resolve() for f in files}
    for m in manifests:
        rows = load_manifest(m)
        meta.update(rows)
        if str(m) in {str(Path(p)) for p in paths if Path(p).suffix.lower() == ".csv"}:
            # a manifest given as a path brings the files it lists; --manifest only describes them
            files.extend(p for p in rows if p not in given)
            given.update(rows)
    if not files:
        raise InputError("no article files given: pass .txt files, folders of them, or a manifest listing them")
    articles, skipped = read_each([(str(f), partial(load_article, f, meta.get(f.resolve()))) for f in files],
                                  strict=strict)
    ids = [a.id for a in articles]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise InputError(f"article ids {', '.join(duplicates)} occur more than once: give each file "
                         f"a unique id in the manifest")
    return Batch(tuple(articles), tuple(skipped))


def read_each(sources: list[tuple[str, Callable[[], Article]]], *,
              strict: bool = False) -> tuple[list[Article], list[Skipped]]:
    """Call each ``(name, read)``; an :class:`InputError` skips that source with a warning
    unless ``strict`` or it is the only one. Nothing readable at all is an error."""
    articles, skipped = [], []
    for name, read in sources:
        try:
            articles.append(read())
        except InputError as exc:
            if strict or len(sources) == 1:
                raise
            LOG.warning("skipped %s", exc)
            # the message starts with the name, which has its own column
            skipped.append(Skipped(name, str(exc).removeprefix(f"{name}: ")))
    if not articles:
        shown = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:3])
        raise InputError(f"none of the {len(sources)} articles could be read ({shown}"
                         f"{' ...' if len(skipped) > 3 else ''}): give texts with Arabic news")
    return articles, skipped


def load_articles(paths: Iterable[str | Path], *, manifest: str | Path | None = None,
                  strict: bool = False) -> list[Article]:
    """The readable articles named by ``paths`` (see :func:`load_batch`, which also says which
    files were skipped)."""
    return list(load_batch(paths, manifest=manifest, strict=strict).articles)


__all__ = ["Batch", "article_from_text", "load_article", "load_articles", "load_batch", "read_each", "expand_paths", "load_manifest",
           "decode", "read_text", "split_body"]
