"""The Corpus: articles, their parses, and everything derived from them."""
from __future__ import annotations

import os
from concurrent.futures import Executor
from functools import cached_property, partial
from typing import Iterable, Mapping

from .article import Article, Skipped
from .errors import InputError
from .claims import CLAIM_COLUMNS, Claim, ClaimList, Speaker
from .claims.collect import collect_claims
from .claims.per_article import ArticleClaims, merge
from .claims.syndication import Syndication, cluster_claims
from .ingest import article_from_text, load_batch, read_each
from .graph import TopicLexicon, assign_topics, build_graph, write_graphml
from .parse import ParsedDocument, parse_articles
from .rules import ConflictList, RuleContext, find_conflicts
from .rules.engine import strongest_once
from .rules.partners import MAX_PARTNERS, checked_max_partners
from .rules.stories import Story, story_words


class ClaimTopics(dict):
    """``corpus.topics``: a dict by claim id whose KeyError says what a claim id looks like."""

    def __missing__(self, key):
        sample = next(iter(self), None)
        raise KeyError(f"no claim {key!r}" + (f"; claim ids look like {sample!r} (article-sentence-n), "
                                             f"see corpus.claims_frame().claim_id" if sample else ""))


class Corpus:
    """Articles with their parses. Claims and speakers are computed on first use.

    >>> corpus = Corpus.from_paths(["fixtures"])          # doctest: +SKIP
    >>> corpus.claims_frame().head()                       # doctest: +SKIP
    """

    def __init__(self, articles: list[Article], parses: list[ParsedDocument], *,
                 aliases: Iterable[str | os.PathLike] = (), topics: Iterable[str | os.PathLike] = (),
                 rules=None, progress: bool | None = None, skipped: Iterable[Skipped] = (),
                 window_days: int | None = None, cache_dir=None, executor: Executor | None = None,
                 model_dir=None, threads: int | None = None, max_partners: int | None = MAX_PARTNERS,
                 story_guard: bool = True):
        if len(articles) != len(parses):
            raise ValueError("one parse per article")
        self.articles = list(articles)
        self.parses = list(parses)
        self.skipped = tuple(skipped)   # articles the run left out, with the reason
        self._alias_files = list(aliases)
        self._topic_files = list(topics)
        self._rules = rules
        # claims whose article dates are further apart than this are not compared (None: no limit)
        self._window_days = window_days
        # each claim is compared with at most this many of its closest candidates (rules/partners.py)
        self._max_partners = checked_max_partners(max_partners)
        # claims of articles telling different stories are not compared (rules/stories.py)
        self._story_guard = story_guard
        self._progress = progress   # None: a bar only for long work; False: never
        # claims are cached beside the parses, and extracted (and compared) on the executor's
        # workers; extend() parses new articles with the same settings
        self._cache_dir = cache_dir
        self._executor = executor
        self._model_dir = model_dir
        self._threads = threads
        # read the user's lexicons now, so a bad file fails at construction with its name
        self._topic_lexicon = TopicLexicon.load(self._topic_files)

    @classmethod
    def from_paths(cls, paths: Iterable[str | os.PathLike], *, manifest: str | os.PathLike | None = None,
                   model_dir=None, cache_dir=None, executor: Executor | None = None, threads: int | None = None,
                   aliases: Iterable[str | os.PathLike] = (), topics: Iterable[str | os.PathLike] = (),
                   rules=None, progress: bool | None = None, strict: bool = False,
                   window_days: int | None = None, max_partners: int | None = MAX_PARTNERS,
                   story_guard: bool = True) -> "Corpus":
        """Articles from files and folders (with an optional manifest of outlet/date/title).
        ``aliases`` and ``topics`` add users' speaker-alias and topic lexicon files; ``rules``
        limits conflict detection to the named rules (default: every registered rule).
        Files that cannot be read are skipped with a warning and listed in :attr:`skipped`;
        ``strict=True`` makes them an error instead. ``threads``: PyTorch threads per parsing
        process (see :func:`~iraqclaims.parse.parse_corpus`). ``window_days``: claims whose
        article dates are further apart are not compared (undated claims are compared with all).
        ``max_partners``: each claim is compared with at most this many of its most similar
        candidates (None: every candidate; see :mod:`iraqclaims.rules.partners`). ``story_guard``:
        claims of articles that tell different stories are not compared (see
        :mod:`iraqclaims.rules.stories`; False compares them too)."""
        batch = load_batch(paths, manifest=manifest, strict=strict)
        TopicLexicon.load(topics)
        parses = parse_articles(batch.articles, model_dir=model_dir, cache_dir=cache_dir, executor=executor,
                                progress=progress, threads=threads)
        return cls(list(batch.articles), parses, aliases=aliases, topics=topics, rules=rules, progress=progress,
                   skipped=batch.skipped, window_days=window_days, cache_dir=cache_dir, executor=executor,
                   model_dir=model_dir, threads=threads, max_partners=max_partners,
                   story_guard=story_guard)

    @classmethod
    def from_texts(cls, texts: Iterable[str] | Mapping[str, str], *, model_dir=None, cache_dir=None,
                   executor: Executor | None = None, threads: int | None = None, aliases: Iterable[str | os.PathLike] = (),
                   topics: Iterable[str | os.PathLike] = (), rules=None,
                   progress: bool | None = None, strict: bool = False, window_days: int | None = None,
                   max_partners: int | None = MAX_PARTNERS, story_guard: bool = True) -> "Corpus":
        """Texts as a list (ids "0", "1", ...) or a mapping id -> text. Among several texts, one
        that is empty or not Arabic is skipped and listed in :attr:`skipped` (``strict=True``:
        an error), as files are."""
        items = list(texts.items() if isinstance(texts, Mapping) else ((str(i), t) for i, t in enumerate(texts)))
        if not items:
            raise InputError("Corpus.from_texts: no texts given; pass a list of texts or a mapping id -> text")
        articles, skipped = read_each([(aid, partial(article_from_text, text, id=aid)) for aid, text in items],
                                      strict=strict)
        parses = parse_articles(articles, model_dir=model_dir, cache_dir=cache_dir, executor=executor,
                                progress=progress, threads=threads)
        return cls(articles, parses, aliases=aliases, topics=topics, rules=rules, progress=progress,
                   skipped=skipped, window_days=window_days, cache_dir=cache_dir, executor=executor,
                   model_dir=model_dir, threads=threads, max_partners=max_partners,
                   story_guard=story_guard)

    @cached_property
    def _article_claims(self) -> list[ArticleClaims]:
        return collect_claims(self.articles, self.parses, alias_files=self._alias_files, cache_dir=self._cache_dir,
                              executor=self._executor, progress=self._progress)

    @cached_property
    def _extraction(self) -> tuple[ClaimList, tuple[Speaker, ...]]:
        return merge(self._article_claims, self._alias_files)

    @property
    def claims(self) -> ClaimList:
        return self._extraction[0]

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        return self._extraction[1]

    @property
    def claim_failures(self) -> tuple[Skipped, ...]:
        """Articles whose claims could not be read, with the error: they stay in the corpus
        without claims (logged as they happen, listed under ``skipped`` in report.json)."""
        self.claims        # read them first; claims given ready-made (no per-article results) have no failures
        by_id = {a.id: a for a in self.articles}
        return tuple(Skipped(str(by_id[r.article_id].path or r.article_id), f"claims could not be read: {r.failure}")
                     for r in self.__dict__.get("_article_claims", ()) if r.failure)

    @property
    def left_out(self) -> tuple[Skipped, ...]:
        """What a report lists as skipped: the files not read, then the articles read without claims."""
        return (*self.skipped, *self.claim_failures)

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
    def topics(self) -> "ClaimTopics":
        """claim id -> the topics it is about, each with the words that matched; every claim
        has an entry (an empty tuple when no topic applies)."""
        ctx = self._rule_context
        found = assign_topics({c.id: ctx.terms(c) for c in self.claims}, self._topic_lexicon)
        return ClaimTopics({c.id: found.get(c.id, ()) for c in self.claims})

    @cached_property
    def syndication(self) -> Syndication:
        """Claims that are copies of one another (one agency story carried by several outlets:
        the same speaker, the same or nearly the same content) as clusters; see
        :mod:`iraqclaims.claims.syndication`."""
        return cluster_claims(self.claims, {a.id: a.outlet for a in self.articles})

    def reported_by(self, claim_id: str) -> int:
        """How many outlets carry the claim: its cluster's outlets, an article whose outlet is
        not known counting as one of its own."""
        return len({m.outlet or f"article:{m.article_id}" for m in self.syndication.of(claim_id).members})

    def _representatives(self) -> list[Claim]:
        keep = set(self.syndication.representatives)
        return [c for c in self.claims if c.id in keep]

    def _find_conflicts(self, only_with: set[str] | None = None) -> ConflictList:
        return find_conflicts(self._representatives(), self.topics, ctx=self._rule_context, rules=self._rules,
                              progress=self._progress, window_days=self._window_days, only_with=only_with,
                              executor=self._executor, max_partners=self._max_partners,
                              stories=self._stories if self._story_guard else None)

    @cached_property
    def _stories(self) -> dict[str, Story]:
        return story_words({a.id: a.body_text for a in self.articles})

    @cached_property
    def conflicts(self) -> ConflictList:
        """Conflicts between claims that share a topic or an event, strongest first (within
        ``window_days`` of each other when the corpus was given one). A syndicated claim is
        compared once, through its cluster's representative."""
        return self._find_conflicts()

    def extend(self, new: Iterable[Article | str | os.PathLike], *, manifest: str | os.PathLike | None = None,
               strict: bool = False) -> "Corpus":
        """Add articles (Article objects, or files and folders as :meth:`from_paths` takes them)
        and compare only their claims: with the corpus's own claims and with each other. The
        daily tracker: yesterday's corpus, today's articles. Parses and claims come from the
        caches where they are there. Conflicts already found are kept as they were; a new claim
        that copies one already in the corpus joins its cluster and is not compared again.
        Returns the corpus itself."""
        items = list(new)
        articles = [x for x in items if isinstance(x, Article)]
        paths = [x for x in items if not isinstance(x, Article)]
        skipped: tuple[Skipped, ...] = ()
        if paths:
            batch = load_batch(paths, manifest=manifest, strict=strict)
            articles += batch.articles
            skipped = tuple(batch.skipped)
        known = {a.id for a in self.articles}
        clash = sorted({a.id for a in articles if a.id in known})
        if clash:
            raise InputError(f"Corpus.extend: the corpus already has article(s) {', '.join(clash[:5])}; "
                             f"new articles need new ids (file names)")
        parses = parse_articles(articles, model_dir=self._model_dir, cache_dir=self._cache_dir,
                                executor=self._executor, progress=self._progress, threads=self._threads)
        old = self.conflicts
        old_ids = {c.id for c in self.claims}
        added = collect_claims(articles, parses, alias_files=self._alias_files, cache_dir=self._cache_dir,
                               executor=self._executor, progress=self._progress)
        self.articles += articles
        self.parses += parses
        self.skipped += skipped
        self.__dict__["_article_claims"] = [*self._article_claims, *added]
        for derived in ("_extraction", "_rule_context", "_stories", "topics", "syndication", "conflicts", "graph"):
            self.__dict__.pop(derived, None)
        fresh = self._find_conflicts(only_with={i for i in self.syndication.representatives if i not in old_ids})
        by_id = {c.id: c for c in self.claims}
        self.__dict__["conflicts"] = ConflictList(tuple(strongest_once([*old, *fresh], by_id, self._rule_context)),
                                                  old.errors + fresh.errors, old.examined + fresh.examined)
        return self

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
            frame[f"reported_by_{side}"] = ids.map(self.reported_by)
        return frame

    @cached_property
    def graph(self):
        """networkx MultiDiGraph of articles, speakers, claims, topics and events (see graph/build.py)."""
        ctx = self._rule_context
        return build_graph(self.articles, self.claims, self.speakers, self.topics, self.conflicts,
                           {c.id: ctx.frames(c) for c in self.claims})

    def to_graphml(self, path: str | os.PathLike) -> None:
        write_graphml(self.graph, path)

    def claims_frame(self):
        """One row per claim; columns are :data:`iraqclaims.claims.CLAIM_COLUMNS`, plus outlet
        and topics (topic ids, " | "-separated), as in claims.csv."""
        frame = self.claims.to_frame()
        outlets = {a.id: a.outlet for a in self.articles}
        frame.insert(2, "outlet", frame["article_id"].map(outlets))
        frame["topics"] = frame["claim_id"].map(lambda i: " | ".join(m.topic for m in self.topics.get(i, ())))
        frame["cluster"] = frame["claim_id"].map(lambda i: self.syndication.of(i).id)
        frame["reported_by"] = frame["claim_id"].map(self.reported_by)
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
