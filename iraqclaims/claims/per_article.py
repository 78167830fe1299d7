"""Claims one article at a time: the unit that is cached, sent to a worker, or added later.

An article's claims depend only on that article, its parse, the alias files and the registered
claim patterns: speaker ids are names or article-scoped ids, and every link between mentions is
kept per article (see :mod:`.speakers`). So each article is read with a registry of its own and
the speakers are merged afterwards, in article order, which gives exactly what one registry
reading the articles in turn gives: the first article to name a speaker fixes its name and kind,
and the aliases are the union of every article's.
"""
from __future__ import annotations

import copy
import hashlib
import logging
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from ..article import Article
from ..parse.document import ParsedDocument
from .article_claims import extract_claims
from .model import Claim, ClaimList, Speaker
from .registry import ClaimPattern, adopt_patterns
from .speakers import SpeakerRegistry

LOG = logging.getLogger(__name__)


@dataclass(frozen=True)
class ArticleClaims:
    """The claims found in one article and the speakers they name, with the aliases seen there."""

    article_id: str
    claims: tuple[Claim, ...]
    speakers: tuple[Speaker, ...]
    failure: str = ""     # why reading the article's claims failed (then it has none); never cached


AliasKey = tuple[tuple[str, str], ...]


@lru_cache(maxsize=8)
def _base_registry(key: AliasKey) -> SpeakerRegistry:
    return SpeakerRegistry([path for path, _ in key])


def alias_key(alias_files: Iterable[str | os.PathLike]) -> AliasKey:
    """The alias files by path and contents: an edited file is read again, in a notebook or on a
    long-lived worker, instead of the registry built from its old contents."""
    key = []
    for path in alias_files:
        try:
            digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        except OSError:
            digest = "unreadable"      # SpeakerRegistry says what is wrong with it
        key.append((str(path), digest))
    return tuple(key)


def claims_of_article(article: Article, parsed: ParsedDocument, key: AliasKey = ()) -> ArticleClaims:
    """One article's claims, with a registry of its own built from the alias files of ``key``.
    An error while reading them (a bug, or a user's claim pattern that raises) costs this article
    its claims, not the run: it is logged and kept in :attr:`ArticleClaims.failure`."""
    registry = copy.deepcopy(_base_registry(key))
    try:
        claims = tuple(extract_claims(article, parsed, registry))
    except Exception as exc:   # noqa: BLE001 -- one article must not sink a corpus of thousands
        LOG.warning("article %s: reading its claims failed (%s: %s); it is reported without claims",
                    article.id, type(exc).__name__, exc)
        return ArticleClaims(article.id, (), (), failure=f"{type(exc).__name__}: {exc}")
    return ArticleClaims(article.id, claims, registry.speakers({c.speaker_id for c in claims}))


def extract_articles(pairs: list[tuple[Article, ParsedDocument]], key: AliasKey = (),
                     patterns: tuple[ClaimPattern, ...] | None = None) -> list[ArticleClaims]:
    """Several articles in one call: what an executor's worker runs, with the claim patterns of
    the process that sent the work."""
    if patterns is not None:
        adopt_patterns(patterns)
    return [claims_of_article(article, parsed, key) for article, parsed in pairs]


def merge(results: Iterable[ArticleClaims],
          alias_files: Iterable[str | os.PathLike] = ()) -> tuple[ClaimList, tuple[Speaker, ...]]:
    """All claims in article order, and each speaker once: the name and kind of its first
    article, the aliases of all; the alias files' speakers first, in their order, as one
    registry lists them."""
    claims: list[Claim] = []
    # the alias files' entries, in file order, are placeholders filled only if a claim names them
    speakers: dict[str, Speaker | None] = dict.fromkeys(_base_registry(alias_key(alias_files)).entries)
    aliases: dict[str, set[str]] = {}
    for result in results:
        claims.extend(result.claims)
        for speaker in result.speakers:
            if speakers.get(speaker.id) is None:
                speakers[speaker.id] = speaker
            aliases.setdefault(speaker.id, set()).update(speaker.aliases)
    merged = tuple(Speaker(s.id, s.name, s.kind, tuple(sorted(aliases[s.id]))) for s in speakers.values()
                   if s is not None)
    return ClaimList(tuple(claims)), merged


__all__ = ["ArticleClaims", "alias_key", "claims_of_article", "extract_articles", "merge"]
