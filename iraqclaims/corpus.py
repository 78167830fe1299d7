"""The Corpus: articles, their parses, and everything derived from them."""
from __future__ import annotations

import os
from concurrent.futures import Executor
from functools import cached_property
from typing import Iterable, Mapping

from .article import Article
from .claims import CLAIM_COLUMNS, Claim, ClaimList, Speaker, SpeakerRegistry, extract_claims
from .ingest import article_from_text, load_articles
from .parse import ParsedDocument, parse_articles


class Corpus:
    """Articles with their parses. Claims and speakers are computed on first use.

    >>> corpus = Corpus.from_paths(["fixtures"])          # doctest: +SKIP
    >>> corpus.claims_frame().head()                       # doctest: +SKIP
    """

    def __init__(self, articles: list[Article], parses: list[ParsedDocument], *,
                 aliases: Iterable[str | os.PathLike] = ()):
        if len(articles) != len(parses):
            raise ValueError("one parse per article")
        self.articles = list(articles)
        self.parses = list(parses)
        self._alias_files = list(aliases)

    @classmethod
    def from_paths(cls, paths: Iterable[str | os.PathLike], *, manifest: str | os.PathLike | None = None,
                   model_dir=None, cache_dir=None, executor: Executor | None = None,
                   aliases: Iterable[str | os.PathLike] = (), progress: bool | None = None) -> "Corpus":
        articles = load_articles(paths, manifest=manifest)
        parses = parse_articles(articles, model_dir=model_dir, cache_dir=cache_dir, executor=executor,
                                progress=progress)
        return cls(articles, parses, aliases=aliases)

    @classmethod
    def from_texts(cls, texts: Iterable[str] | Mapping[str, str], *, model_dir=None, cache_dir=None,
                   executor: Executor | None = None, aliases: Iterable[str | os.PathLike] = (),
                   progress: bool | None = None) -> "Corpus":
        """Texts as a list (ids "0", "1", ...) or a mapping id -> text."""
        items = texts.items() if isinstance(texts, Mapping) else ((str(i), t) for i, t in enumerate(texts))
        articles = [article_from_text(text, id=article_id) for article_id, text in items]
        parses = parse_articles(articles, model_dir=model_dir, cache_dir=cache_dir, executor=executor,
                                progress=progress)
        return cls(articles, parses, aliases=aliases)

    @cached_property
    def _extraction(self) -> tuple[ClaimList, tuple[Speaker, ...]]:
        registry = SpeakerRegistry(self._alias_files)
        claims: list[Claim] = []
        for article, parsed in zip(self.articles, self.parses):
            claims.extend(extract_claims(article, parsed, registry))
        return ClaimList(tuple(claims)), registry.speakers({c.speaker_id for c in claims})

    @property
    def claims(self) -> ClaimList:
        return self._extraction[0]

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        return self._extraction[1]

    def article(self, article_id: str) -> Article:
        return next(a for a in self.articles if a.id == article_id)

    def claims_frame(self):
        """One row per claim; columns are :data:`iraqclaims.claims.CLAIM_COLUMNS`, plus outlet."""
        frame = self.claims.to_frame()
        outlets = {a.id: a.outlet for a in self.articles}
        frame.insert(2, "outlet", frame["article_id"].map(outlets))
        return frame

    def speakers_frame(self):
        import pandas as pd

        counts = {}
        for c in self.claims:
            counts[c.speaker_id] = counts.get(c.speaker_id, 0) + 1
        return pd.DataFrame([{"speaker_id": s.id, "name": s.name, "kind": s.kind, "claims": counts.get(s.id, 0),
                              "aliases": " | ".join(s.aliases)} for s in self.speakers])

    def _repr_html_(self) -> str:
        return (f"<p><b>Corpus</b>: {len(self.articles)} articles, {len(self.claims)} claims, "
                f"{len(self.speakers)} speakers</p>" + self.claims._repr_html_())

    def __repr__(self) -> str:
        return f"Corpus({len(self.articles)} articles, ids {[a.id for a in self.articles][:5]})"


__all__ = ["Corpus", "CLAIM_COLUMNS"]
