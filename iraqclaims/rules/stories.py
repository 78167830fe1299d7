"""Which articles tell the same story: a guard for conflicts across a corpus of many stories.

In a month of national news, two claims that share a word or two ("الاتفاق", "المشاركة") are
often from different worlds: a football club's signing and the Iran deal, film festivals and a
war. Topic detection and tracking tells stories apart by their words, each weighted by its
frequency in the article and its rarity in the corpus (smoothed inverse document frequency).
Claims of two articles are compared only when the articles share at least ``SHARED`` of their
``STORY_WORDS`` heaviest words (what each is about) and the cosine of their whole word vectors
reaches ``MIN_SIMILARITY`` (how much of the rest they share: two football stories share "لاعب"
and "تدريب" and little else with a story on one player's injury). Claims of one article always
are compared; an article of fewer than ``MIN_WORDS`` content words (a headline, a sentence) is
judged by its characteristic words alone. Smoothing keeps the words every article shares in the
vectors, so a corpus about one story (the fixtures, a user's collection on one event) stays
linked everywhere and the guard only separates what a mixed corpus mixes.

The threshold was read off the SaudiNewsNet pair gold (dev split) in a corpus of 3,000 general
articles: the articles of every dev pair have a cosine of 0.19 or more, while a third of the
conflicts flagged there across articles fell below 0.18 (read by hand, none was a contradiction).
benchmarks/conflicts_quality.py prints how many gold pairs the guard keeps.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

import numpy as np

from ..graph.terms import _TOKEN, stem, stopwords, token_keys
from ..normalize import normalize

STORY_WORDS = 20
SHARED = 2
MIN_SIMILARITY = 0.18
MIN_WORDS = 40          # content words an article needs for its cosine to count


@lru_cache(maxsize=200_000)
def _stem(token: str) -> str:
    """A word's stem, once per distinct word of the corpus."""
    return stem(token_keys(token))


def article_words(text: str) -> Counter:
    """How often each content word (a stem, no stopwords or numbers) occurs in the text."""
    stop = stopwords()
    words: Counter = Counter()
    for match in _TOKEN.finditer(normalize(text)):
        token = match.group()
        if token in stop or token.isdigit():
            continue
        word = _stem(token)
        if word and word not in stop:
            words[word] += 1
    return words


@dataclass(frozen=True, eq=False)
class Story:
    """An article's word vector: the ids of its words in the corpus vocabulary (sorted) and their
    weights, scaled to unit length. Stories of one :func:`story_words` call share a vocabulary and
    compare with each other only. Arrays, not a dict: a month of news holds millions of weights."""

    ids: np.ndarray
    weights: np.ndarray
    heaviest: frozenset[int]      # the ids of its STORY_WORDS heaviest words: what it is about
    size: int                     # how many content words the article has

    def similarity(self, other: "Story") -> float:
        """The cosine of the two articles' word vectors (0 to 1)."""
        _, mine, theirs = np.intersect1d(self.ids, other.ids, assume_unique=True, return_indices=True)
        return float(np.dot(self.weights[mine], other.weights[theirs]))


def story_words(texts: Mapping[str, str]) -> dict[str, Story]:
    """Article id -> its story (word vector) in this corpus."""
    counts = {aid: article_words(text) for aid, text in texts.items()}
    df = Counter(w for words in counts.values() for w in words)
    vocabulary = {w: i for i, w in enumerate(sorted(df))}
    n = len(counts)
    stories = {}
    for aid, words in counts.items():
        ordered = sorted(words)         # the vocabulary numbers words in sorted order: ids ascend
        ids = np.array([vocabulary[w] for w in ordered], dtype=np.int32)
        weights = np.array([words[w] * (math.log((1 + n) / (1 + df[w])) + 1) for w in ordered], dtype=np.float32)
        norm = float(np.linalg.norm(weights)) or 1.0
        heaviest = frozenset(int(ids[k]) for k in np.argsort(-weights, kind="stable")[:STORY_WORDS])
        stories[aid] = Story(ids, weights / norm, heaviest, sum(words.values()))
    return stories


def same_story(a: str, b: str, stories: Mapping[str, Story]) -> bool:
    """Whether claims of articles ``a`` and ``b`` may be compared (unknown articles: yes)."""
    if a == b or a not in stories or b not in stories:
        return True
    first, second = stories[a], stories[b]
    if len(first.heaviest & second.heaviest) < SHARED:
        return False
    # the cosine of two short texts swings with every word: a sentence or a headline is judged
    # by its characteristic words alone
    return min(first.size, second.size) < MIN_WORDS or first.similarity(second) >= MIN_SIMILARITY
