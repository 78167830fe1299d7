"""Ingest: files or strings -> :class:`~iraqclaims.article.Article` with body and metadata."""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Iterable

from ..article import Article
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
    if not body:
        raise InputError(f"{path or id}: nothing left after removing page furniture: "
                         f"is this a news article?")
    return Article(id=id, text=text, path=path, outlet=outlet, date=date, title=title,
                   encoding=encoding, body=body, dropped=dropped)


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


def load_articles(paths: Iterable[str | Path], *, manifest: str | Path | None = None) -> list[Article]:
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
    articles = [load_article(f, meta.get(f.resolve())) for f in files]
    ids = [a.id for a in articles]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise InputError(f"article ids {', '.join(duplicates)} occur more than once: give each file "
                         f"a unique id in the manifest")
    return articles


__all__ = ["article_from_text", "load_article", "load_articles", "expand_paths", "load_manifest",
           "decode", "read_text", "split_body"]
