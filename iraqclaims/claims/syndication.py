"""Syndicated copies of one claim collapse into one cluster.

An agency story is carried by many outlets, and each copy yields the same claim: same speaker,
same or nearly the same words. Counting each copy as a separate claim inflates how often
something was said and fills the conflict list with pairs that are one story twice. A cluster
keeps every copy (as a :class:`Source`) under one representative, the earliest.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..normalize import normalize
from .model import Claim

# Ids scoped to one article: "anonymous:a1:1" and "anonymous:a2:1" can be the same
# "مصدر أمني" of one agency story, so their text, not their id, is what copies share.
_SCOPED_KINDS = ("anonymous", "unresolved", "joint")
# Under 4 words a single shared phrase ("لا صحة لذلك") is most of the content: exact match only.
_MIN_FUZZY_WORDS = 4
_NUM_PERM = 64
_SEED = 1
# LSH only proposes pairs, and tuned to the real threshold it misses about one pair in ten at
# it. Asked for pairs from 0.15 below, weighted against misses, it finds 999 in 1000 at 0.8
# (64 permutations: 13 bands of 4); the extra candidates only cost an exact Jaccard each.
_LSH_SLACK = 0.15
_LSH_WEIGHTS = (0.1, 0.9)  # (false positives, false negatives)
_PUNCT = re.compile(r"[^\w\s]")
# below this many same-speaker pairs of wordings, every pair is compared exactly (no LSH)
_EXACT_PAIRS = 20_000


def _text_key(text: str) -> str:
    """What copies of one sentence share: normalised, punctuation gone, spaces collapsed."""
    return " ".join(_PUNCT.sub(" ", normalize(text)).replace("_", " ").split())


def _speaker_key(claim: Claim) -> str:
    kind = claim.speaker_id.split(":", 1)[0]
    if kind in _SCOPED_KINDS and ":" in claim.speaker_id:
        return f"{kind}:{_text_key(claim.speaker_text)}"
    return claim.speaker_id


def _shingles(words: list[str]) -> frozenset[str]:
    # Word 2-grams keep word order (single words would not) while one changed word, common in
    # Arabic copies since clitics glue to words (وقال، بالعراق), costs two shingles, not three:
    # a 20-word sentence with one word changed keeps 0.81 with 2-grams, 0.71 with 3-grams.
    return frozenset(f"{a} {b}" for a, b in zip(words, words[1:]))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b)


@dataclass(frozen=True)
class Source:
    """One copy of a claim: which outlet carried it, and where in which article it stands."""

    outlet: str | None
    article_id: str
    claim_id: str
    content_span: tuple[int, int]


@dataclass(frozen=True)
class ClaimCluster:
    """Every copy of one claim; ``representative`` is the earliest, so the cluster reads as it was first said."""

    id: str
    representative: str
    members: tuple[Source, ...]

    @property
    def outlets(self) -> tuple[str, ...]:
        """Distinct outlets in member order; an article without a known outlet adds none."""
        return tuple(dict.fromkeys(s.outlet for s in self.members if s.outlet is not None))

    @property
    def size(self) -> int:
        return len(self.members)


@dataclass(frozen=True)
class Syndication:
    """All claims of a corpus grouped into clusters, every claim in exactly one."""

    clusters: tuple[ClaimCluster, ...]
    # representative id -> (speaker, content), only to show the clusters in a notebook
    texts: Mapping[str, tuple[str, str]] = field(default_factory=dict, repr=False, compare=False)
    _by_claim: dict[str, ClaimCluster] = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "_by_claim", {s.claim_id: c for c in self.clusters for s in c.members})

    def of(self, claim_id: str) -> ClaimCluster:
        """The cluster a claim belongs to; KeyError for a claim that was not clustered."""
        return self._by_claim[claim_id]

    @property
    def representatives(self) -> tuple[str, ...]:
        return tuple(c.representative for c in self.clusters)

    def __len__(self) -> int:
        return len(self.clusters)

    def to_frame(self):
        import pandas as pd

        rows = [{"claim_id": s.claim_id, "cluster_id": c.id, "representative": c.representative,
                 "outlets_in_cluster": " | ".join(c.outlets), "size": c.size}
                for c in self.clusters for s in c.members]
        return pd.DataFrame(rows, columns=["claim_id", "cluster_id", "representative", "outlets_in_cluster", "size"])

    def _repr_html_(self, limit: int = 50) -> str:
        # a corpus has hundreds of thousands of singletons; the copies are what is worth a look
        shared = [c for c in self.clusters if c.size > 1]
        rows = []
        for c in shared[:limit]:
            speaker, content = self.texts.get(c.representative, ("", ""))
            rows.append(f'<tr><td>{c.size}</td><td><bdi>{html.escape(speaker)}</bdi></td><td>{html.escape(content)}</td>'
                        f'<td>{html.escape("، ".join(c.outlets))}</td><td dir="ltr">{html.escape(c.representative)}</td></tr>')
        more = f'<p dir="rtl" lang="ar">… و{len(shared) - limit} مجموعة أخرى</p>' if len(shared) > limit else ""
        return (f"<p>{sum(c.size for c in self.clusters)} claims in {len(self.clusters)} clusters, "
                f'{len(shared)} with copies</p><table dir="rtl" lang="ar" style="text-align: right"><thead><tr>'
                "<th>النسخ</th><th>المتحدث</th><th>المضمون</th><th>الوسائل</th><th>الأصل</th></tr></thead>"
                f"<tbody>{''.join(rows)}</tbody></table>{more}")


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union_all(self, items: Iterable[int]) -> None:
        items = iter(items)
        root = self.find(next(items))
        for i in items:
            self.parent[self.find(i)] = root


def _near_copies_by_lsh(fuzzy: list[int], keys: list[tuple[str, str]], shingles: dict[int, frozenset[str]],
                        threshold: float, join) -> None:
    from datasketch import MinHash, MinHashLSH  # half a second to import: only for many claims

    lsh = MinHashLSH(threshold=max(threshold - _LSH_SLACK, 0.05), num_perm=_NUM_PERM, weights=_LSH_WEIGHTS)
    hashes = MinHash.bulk(([s.encode("utf-8") for s in shingles[g]] for g in fuzzy), num_perm=_NUM_PERM, seed=_SEED)
    for g, minhash in zip(fuzzy, hashes):
        for other in lsh.query(minhash):
            if keys[other][0] == keys[g][0] and _jaccard(shingles[g], shingles[other]) >= threshold:
                join(g, other)
        lsh.insert(g, minhash)


def cluster_claims(claims: Iterable[Claim], outlet_of: Mapping[str, str | None], *,
                   threshold: float = 0.8) -> Syndication:
    """Group copies of one claim: same speaker, and the same content once normalised or word-2-gram
    Jaccard >= ``threshold``. ``outlet_of`` maps article id -> outlet. Claims of one article are
    never joined to each other directly (a headline repeating the body is not syndication), but
    both join a copy in another article."""
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    claims = list(claims)
    if len({c.id for c in claims}) != len(claims):
        raise ValueError("claim ids must be unique: a cluster is looked up by claim id")
    # exact copies first: one group per (speaker, normalised content), LSH then runs per group
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        groups[(_speaker_key(claim), _text_key(claim.content))].append(i)
    keys = list(groups)
    articles = [{claims[i].article_id for i in groups[k]} for k in keys]
    uf = _UnionFind(len(claims))

    def join(a: int, b: int) -> None:
        # claims of one article and only that one article stay apart; any second article links
        # every copy to a copy elsewhere, so then the whole of both groups is one cluster. A group
        # from two articles is already one piece: its first claim stands for it (a big agency
        # story joined to each of its near copies would otherwise be walked once per copy).
        if len(articles[a] | articles[b]) > 1:
            uf.union_all(x for g in (a, b) for x in (groups[keys[g]][:1] if a != b and len(articles[g]) > 1
                                                      else groups[keys[g]]))

    for g in range(len(keys)):
        join(g, g)
    # a near copy needs the same speaker with another wording: most speakers never have one
    fuzzy = [g for g, (_, text) in enumerate(keys) if len(text.split()) >= _MIN_FUZZY_WORDS]
    wordings = Counter(keys[g][0] for g in fuzzy)
    fuzzy = [g for g in fuzzy if wordings[keys[g][0]] > 1]
    shingles = {g: _shingles(keys[g][1].split()) for g in fuzzy}
    by_speaker: dict[str, list[int]] = defaultdict(list)
    for g in fuzzy:
        by_speaker[keys[g][0]].append(g)
    if sum(len(gs) * (len(gs) - 1) // 2 for gs in by_speaker.values()) <= _EXACT_PAIRS:
        # few enough pairs to compare them all, exactly, without loading datasketch (and scipy:
        # more than half a second, most of a warm report of a few articles)
        for gs in by_speaker.values():
            for n, g in enumerate(gs):
                for other in gs[:n]:
                    if _jaccard(shingles[g], shingles[other]) >= threshold:
                        join(g, other)
    else:
        _near_copies_by_lsh(fuzzy, keys, shingles, threshold, join)

    members: dict[int, list[int]] = defaultdict(list)  # root -> claim indices in input order
    for i in range(len(claims)):
        members[uf.find(i)].append(i)

    def first_said(i: int) -> tuple:
        date = claims[i].article_date
        return (date is None, date or dt.date.min, i)

    clusters, texts = [], {}
    for rep_index, indices in sorted((min(ix, key=first_said), ix) for ix in members.values()):
        rep = claims[rep_index]
        sources = tuple(Source(outlet_of.get(claims[i].article_id), claims[i].article_id, claims[i].id,
                               claims[i].content_span) for i in indices)
        clusters.append(ClaimCluster(f"cluster:{rep.id}", rep.id, sources))
        texts[rep.id] = (rep.speaker_text, rep.content)
    return Syndication(tuple(clusters), texts)
