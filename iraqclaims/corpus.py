"""The Corpus: articles, their parses, and everything derived from them."""
from __future__ import annotations

import os
from concurrent.futures import Executor
from functools import cached_property
from typing import Iterable, Mapping

from .article import Article
from .errors import InputError
from .claims import CLAIM_COLUMNS, Claim, ClaimList, Speaker, SpeakerRegistry, extract_claims
from .ingest import article_from_text, load_articles
from .graph import TopicLexicon, TopicMatch, assign_topics, build_graph, write_graphml
from .parse import ParsedDocument, parse_articles
from .rules import ConflictList, RuleContext, find_conflicts


class Corpus:
    """Articles with their parses. Claims and speakers are computed on first use.

    >>> corpus = Corpus.from_paths(["fixtures"])          # doctest: +SKIP
    >>> corpus.claims_frame().head()                       # doctest: +SKIP
    """

    def __init__(self, articles: list[Article], parses: list[ParsedDocument], *,
                 aliases: Iterable[str | os.PathLike] = (), topics: Iterable[str | os.PathLike] = (),
                 rules=None, progress: bool | None = None):
        if len(articles) != len(parses):
            raise ValueError("one parse per article")
        self.articles = list(articles)
        self.parses = list(parses)
        self._alias_files = list(aliases)
        self._topic_files = list(topics)
        self._rules = rules
        self._progress = progress   # None: a bar only for long work; False: never
        # read the user's lexicons now, so a bad file fails at construction with its name
        self._topic_lexicon = TopicLexicon.load(self._topic_files)

    @classmethod
    def from_paths(cls, paths: Iterable[str | os.PathLike], *, manifest: str | os.PathLike | None = None,
                   model_dir=None, cache_dir=None, executor: Executor | None = None,
                   aliases: Iterable[str | os.PathLike] = (), topics: Iterable[str | os.PathLike] = (),
                   rules=None, progress: bool | None = None) -> "Corpus":
        """Articles from files and folders (with an optional manifest of outlet/date/title).
        ``aliases`` and ``topics`` add users' speaker-alias and topic lexicon files; ``rules``
        limits conflict detection to the named rules (default: every registered rule)."""
        articles = load_articles(paths, manifest=manifest)
        TopicLexicon.load(topics)
        parses = parse_articles(articles, model_dir=model_dir, cache_dir=cache_dir, executor=executor,
                                progress=progress)
        return cls(articles, parses, aliases=aliases, topics=topics, rules=rules, progress=progress)

    @classmethod
    def from_texts(cls, texts: Iterable[str] | Mapping[str, str], *, model_dir=None, cache_dir=None,
                   executor: Executor | None = None, aliases: Iterable[str | os.PathLike] = (),
                   topics: Iterable[str | os.PathLike] = (), rules=None,
                   progress: bool | None = None) -> "Corpus":
        """Texts as a list (ids "0", "1", ...) or a mapping id -> text."""
        items = texts.items() if isinstance(texts, Mapping) else ((str(i), t) for i, t in enumerate(texts))
        articles = [article_from_text(text, id=article_id) for article_id, text in items]
        if not articles:
            raise InputError("Corpus.from_texts: no texts given; pass a list of texts or a mapping id -> text")
        parses = parse_articles(articles, model_dir=model_dir, cache_dir=cache_dir, executor=executor,
                                progress=progress)
        return cls(articles, parses, aliases=aliases, topics=topics, rules=rules, progress=progress)

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
        found = next((a for a in self.articles if a.id == article_id), None)
        if found is None:
            raise KeyError(f"no article {article_id!r}; ids: {', '.join(a.id for a in self.articles)}")
        return found

    def claim(self, claim_id: str) -> Claim:
        found = next((c for c in self.claims if c.id == claim_id), None)
        if found is None:
            raise KeyError(f"no claim {claim_id!r}")
        return found

    # ---------------------------------------------------------------- topics, conflicts, graph
    @cached_property
    def _rule_context(self) -> RuleContext:
        """Rules see the parser's lemmas of each claim's content besides its words."""
        lemmas: dict[str, tuple[str, ...]] = {}
        parses = {a.id: p for a, p in zip(self.articles, self.parses)}
        for c in self.claims:
            parsed = parses.get(c.article_id)
            if parsed is None or c.sentence_index >= len(parsed.sentences):
                continue
            start, end = c.content_span
            lemmas[c.id] = tuple(w.lemma for w in parsed.sentences[c.sentence_index].words
                                 if w.lemma and start <= w.start and w.end <= end)
        return RuleContext.with_background(self.claims, lemmas)

    @cached_property
    def topics(self) -> dict[str, tuple[TopicMatch, ...]]:
        """claim id -> the topics it is about, each with the words that matched."""
        ctx = self._rule_context
        return assign_topics({c.id: ctx.terms(c) for c in self.claims}, self._topic_lexicon)

    @cached_property
    def conflicts(self) -> ConflictList:
        """Conflicts between claims that share a topic, strongest first."""
        return find_conflicts(self.claims, self.topics, ctx=self._rule_context, rules=self._rules,
                              progress=self._progress)

    def conflicts_frame(self):
        """One row per conflict with both claims' speakers, outlets, dates and contents."""
        frame = self.conflicts.to_frame()
        outlets = {a.id: a.outlet for a in self.articles}
        by_id = {c.id: c for c in self.claims}
        for side in ("a", "b"):
            ids = frame[f"claim_{side}"]
            frame[f"speaker_{side}"] = ids.map(lambda i: by_id[i].speaker_text)
            frame[f"outlet_{side}"] = ids.map(lambda i: outlets.get(by_id[i].article_id))
            frame[f"date_{side}"] = ids.map(lambda i: by_id[i].article_date)
            frame[f"content_{side}"] = ids.map(lambda i: by_id[i].content)
        return frame

    @property
    def graph(self):
        """networkx MultiDiGraph of articles, speakers, claims and topics (see graph/build.py)."""
        return build_graph(self.articles, self.claims, self.speakers, self.topics, self.conflicts)

    def to_graphml(self, path: str | os.PathLike) -> None:
        write_graphml(self.graph, path)

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
                f"{len(self.speakers)} speakers, {len(self.conflicts)} conflicts</p>" + self.claims._repr_html_())

    def __repr__(self) -> str:
        return f"Corpus({len(self.articles)} articles, ids {[a.id for a in self.articles][:5]})"


__all__ = ["Corpus", "CLAIM_COLUMNS"]
