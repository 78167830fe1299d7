"""Which topics a claim is about: a topic lexicon first, content similarity for the rest.

Every assignment says why (the words that matched), so a reader can check it. Claims that no
lexicon topic covers still link when their content words overlap enough: they share a
"similar:" topic whose words are the overlap.
"""
from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Iterable, Mapping

from ..lexicon import _lines, _table_from_lines, user_lines
from .terms import Terms

SIMILARITY_THRESHOLD = 0.25   # Jaccard of content keys; below it two texts rarely share a topic
_MAX_POSTINGS = 50            # keys shared by more claims than this say nothing about topic
_MAX_GROUP = 12               # claims in one similarity group


@dataclass(frozen=True)
class TopicMatch:
    topic: str
    label: str
    words: tuple[str, ...]     # the normalised words of the claim that matched


@dataclass(frozen=True)
class TopicLexicon:
    labels: dict[str, str]
    terms: dict[str, tuple[str, ...]]

    @classmethod
    def load(cls, extra: Iterable[str | os.PathLike] = ()) -> "TopicLexicon":
        """The shipped topics plus users' files in the same ``topic<TAB>label<TAB>terms`` format."""
        sources = [("iraqclaims/lexicons/topics.txt", _lines("topics.txt"))]
        sources += [(str(path), user_lines(path)) for path in extra]
        labels: dict[str, str] = {}
        rows: list[str] = []
        for name, lines in sources:
            for n, line in enumerate(lines, 1):
                parts = line.split("\t")
                if len(parts) != 3 or not parts[0].strip() or not any(t.strip() for t in parts[2].split("|")):
                    from ..errors import InputError
                    raise InputError(f"{name}: line {n} should be topic<TAB>label<TAB>term|term|…, got {line[:60]!r}")
                topic, label, terms = (p.strip() for p in parts)
                labels.setdefault(topic, label)
                rows.append(f"{topic}\t{terms}")
        return cls(labels, _table_from_lines(rows))

    def match(self, terms: Terms) -> tuple[TopicMatch, ...]:
        out = []
        for topic, phrases in self.terms.items():
            found = terms.find_any(phrases)
            if found:
                words = tuple(dict.fromkeys(terms.surface(i, len(p.split())) or p for i, p in found))
                out.append(TopicMatch(topic, self.labels[topic], words))
        return tuple(out)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def assign_topics(terms: Mapping[str, Terms], lexicon: TopicLexicon | None = None) -> dict[str, tuple[TopicMatch, ...]]:
    """claim id -> topics. Claims without a lexicon topic are grouped by content similarity,
    found through an inverted index so the cost follows shared words, not all pairs."""
    lexicon = lexicon or TopicLexicon.load()
    topics = {cid: lexicon.match(t) for cid, t in terms.items()}
    loose = {cid: terms[cid].content_keys() for cid, matched in topics.items() if not matched}
    postings: dict[str, list[str]] = defaultdict(list)
    for cid, keys in loose.items():
        for key in keys:
            postings[key].append(cid)
    parent = {cid: cid for cid in loose}
    size = {cid: 1 for cid in loose}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    seen = set()
    shared: dict[str, set[str]] = defaultdict(set)
    for key, ids in postings.items():
        if len(ids) > _MAX_POSTINGS:
            continue
        for a, b in combinations(sorted(ids), 2):
            if (a, b) in seen:
                continue
            seen.add((a, b))
            ra, rb = root(a), root(b)
            # no chaining into one giant "similar" topic: a group stays small, so the pairs
            # compared within it stay few
            if jaccard(loose[a], loose[b]) >= SIMILARITY_THRESHOLD and ra != rb and size[ra] + size[rb] <= _MAX_GROUP:
                parent[ra] = rb
                size[rb] += size[ra]
                overlap = loose[a] & loose[b]
                shared[a] |= overlap
                shared[b] |= overlap
    groups: dict[str, list[str]] = defaultdict(list)
    for cid in loose:
        groups[root(cid)].append(cid)
    for members in groups.values():
        if len(members) < 2:
            continue
        name = "similar:" + min(members)
        for cid in members:
            topics[cid] = (TopicMatch(name, "محتوى متشابه", tuple(sorted(shared[cid]))),)
    return topics
