"""On-disk claims cache: one JSON file per article, so a warm run or a daily re-run reads the
claims of the articles it has seen instead of extracting them again.

The key covers everything the claims depend on: the article (text and metadata), its parse,
the extractor (the package's code and lexicon files), the alias files' contents and the
registered claim patterns, users' included. A change to any of them is a
cache miss, never a stale claim. JSON rather than pickles: safe to share, readable.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
from dataclasses import asdict
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..article import Article
from ..atomic import atomic_write_text
from ..parse.document import ParsedDocument
from .model import Claim, Speaker
from .per_article import ArticleClaims
from .registry import registered_patterns

LOG = logging.getLogger(__name__)
CLAIMS_FOLDER = "claims"      # beside the parse cache's entries, in the same cache directory
# what the claims are computed from: the claims layer imports from all over the package (terms,
# normalisation, lexicons), so the whole package's code and data count; an upgrade re-reads
_EXTRACTOR_SUFFIXES = (".py", ".txt")
_TUPLE_FIELDS = ("speaker_span", "cue_span", "content_span", "sentence_span", "via")


@lru_cache(maxsize=1)
def _code_identity() -> str:
    root = Path(str(resources.files("iraqclaims")))
    digest = hashlib.sha256()
    for path in sorted((p for p in root.rglob("*") if p.suffix in _EXTRACTOR_SUFFIXES and "__pycache__" not in p.parts),
                       key=lambda p: p.relative_to(root).as_posix()):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _pattern_identity() -> str:
    """Registered patterns by name and compiled code: a user's pattern edited in a notebook
    changes the key."""
    digest = hashlib.sha256()
    for pattern in registered_patterns():
        code = getattr(pattern.func, "__code__", None)
        digest.update(f"{pattern.name}|{pattern.fallback}|{pattern.func.__module__}".encode())
        if code is not None:
            digest.update(code.co_code)
            digest.update(repr(code.co_consts).encode())
    return digest.hexdigest()


def extractor_identity(alias_files=()) -> str:
    digest = hashlib.sha256(_code_identity().encode())
    digest.update(_pattern_identity().encode())
    for path in alias_files:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()


def claims_key(article: Article, parsed: ParsedDocument, extractor: str) -> str:
    digest = hashlib.sha256()
    meta = [article.id, article.outlet, article.date.isoformat() if article.date else None, article.title,
            [(s.start, s.end) for s in article.body]]
    for part in (extractor, json.dumps(meta, ensure_ascii=False), article.text, parsed.to_conllu()):
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


def _claim_json(claim: Claim) -> dict:
    row = asdict(claim)
    row["article_date"] = claim.article_date.isoformat() if claim.article_date else None
    return row


def _claim_from(row: dict) -> Claim:
    for name in _TUPLE_FIELDS:
        if row[name] is not None:
            row[name] = tuple(row[name])
    row["article_date"] = dt.date.fromisoformat(row["article_date"]) if row["article_date"] else None
    return Claim(**row)


def to_json(result: ArticleClaims) -> str:
    return json.dumps({"article_id": result.article_id, "claims": [_claim_json(c) for c in result.claims],
                       "speakers": [asdict(s) for s in result.speakers]}, ensure_ascii=False)


def from_json(text: str) -> ArticleClaims:
    data = json.loads(text)
    return ArticleClaims(data["article_id"], tuple(_claim_from(r) for r in data["claims"]),
                         tuple(Speaker(s["id"], s["name"], s["kind"], tuple(s["aliases"])) for s in data["speakers"]))


class ClaimsCache:
    """``directory/claims/<key[:2]>/<key>.json``; ``directory`` is the parse cache's."""

    def __init__(self, directory: str | os.PathLike):
        self.directory = Path(directory) / CLAIMS_FOLDER

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> ArticleClaims | None:
        path = self._path(key)
        try:
            return from_json(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            LOG.warning("claims cache entry %s is unreadable (%s): extracting that article again", path, exc)
            return None

    def put(self, key: str, result: ArticleClaims) -> None:
        try:
            atomic_write_text(self._path(key), to_json(result))
        except OSError as exc:     # a cache that cannot be written only costs time
            LOG.warning("cannot write the claims cache in %s (%s); claims are not cached", self.directory, exc)


__all__ = ["ClaimsCache", "claims_key", "extractor_identity"]
