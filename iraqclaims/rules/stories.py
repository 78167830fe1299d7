"""Which articles tell the same story: a guard for conflicts across a corpus of many stories.

In a month of national news, two claims that share a word or two ("الاتفاق", "المشاركة") are
often from different worlds: a football club's signing and the Iran deal, film festivals and a
war. Topic detection and tracking tells stories apart by their characteristic words, so each
article gets its ``STORY_WORDS`` most characteristic words (term frequency × smoothed inverse
document frequency over the corpus), and claims of two articles are compared only when those
lists share at least ``SHARED`` words. Claims of one article always are. A corpus about one
story (the fixtures, a user's collection on one event) shares its story words everywhere, so
the guard only separates what a mixed corpus mixes.
"""
from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from typing import Mapping

from ..graph.terms import _TOKEN, stem, stopwords, token_keys
from ..normalize import normalize

STORY_WORDS = 20
SHARED = 2


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


def story_words(texts: Mapping[str, str], top: int = STORY_WORDS) -> dict[str, frozenset[str]]:
    """Article id -> its ``top`` most characteristic words in this corpus."""
    counts = {aid: article_words(text) for aid, text in texts.items()}
    df = Counter(w for words in counts.values() for w in words)
    n = len(counts)

    def weight(item):
        word, tf = item
        return -tf * (math.log((1 + n) / (1 + df[word])) + 1), word

    return {aid: frozenset(w for w, _ in sorted(words.items(), key=weight)[:top]) for aid, words in counts.items()}


def same_story(a: str, b: str, stories: Mapping[str, frozenset[str]]) -> bool:
    """Whether claims of articles ``a`` and ``b`` may be compared (unknown articles: yes)."""
    if a == b or a not in stories or b not in stories:
        return True
    return len(stories[a] & stories[b]) >= SHARED
