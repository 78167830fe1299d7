"""Scoring extracted claims against the SaudiNewsNet gold (see ``_snn.py`` for the files).

A gold claim and an extracted claim match when they are in the same article and
* speaker: every word of the gold ``speaker_key`` is in the claim's speaker, as written or as
  the speaker's canonical name or one of its aliases (after :func:`iraqclaims.normalize`, clitic
  letters tolerated at the start of a word); a gold UNRESOLVED speaker matches a claim whose
  speaker is unresolved;
* content: the two content spans overlap on at least half of each (characters, whitespace
  excluded), so a content cut short or run on into the next clause does not count.
Each gold claim matches at most one extracted claim and vice versa (maximum bipartite matching).
Unmatched gold claims are sorted into error types: right content but wrong speaker, right
speaker but content off, or missed altogether.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from iraqclaims import normalize

from _snn import ERROR_CLASSES, UNRESOLVED, GoldClaim
from _tsv import bipartite

MIN_CONTENT_OVERLAP = 0.5


def _words(text: str) -> list[str]:
    return re.sub(r"[^\w\s]", " ", normalize(text)).split()


def _has_word(word: str, names: list[list[str]]) -> bool:
    return any(w == word or (len(w) > len(word) and w.endswith(word) and len(w) - len(word) <= 2)
               for name in names for w in name)


def speaker_matches(gold: GoldClaim, claim, names: dict[str, tuple[str, ...]]) -> bool:
    if gold.speaker_key == UNRESOLVED:
        return not claim.speaker_id or claim.speaker_id.startswith("unresolved")
    forms = [_words(claim.speaker_text)] + [_words(n) for n in names.get(claim.speaker_id, ())]
    return all(_has_word(w, forms) for w in _words(gold.speaker_key))


def content_overlap(gold: GoldClaim, claim, text: str) -> tuple[float, float]:
    (g0, g1), (c0, c1) = gold.content, claim.content_span
    def solid(a: int, b: int) -> int:
        return sum(1 for ch in text[a:b] if not ch.isspace())
    both = solid(max(g0, c0), min(g1, c1)) if min(g1, c1) > max(g0, c0) else 0
    return both / max(solid(g0, g1), 1), both / max(solid(c0, c1), 1)


def content_matches(gold: GoldClaim, claim, text: str) -> bool:
    of_gold, of_claim = content_overlap(gold, claim, text)
    return of_gold >= MIN_CONTENT_OVERLAP and of_claim >= MIN_CONTENT_OVERLAP


@dataclass
class Scores:
    gold: int
    extracted: int
    matched: int

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, label: str) -> str:
        return (f"{label:<22} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}"
                f"   ({self.matched} matched, {self.extracted} extracted, {self.gold} gold)")


@dataclass
class Result:
    gold: list[GoldClaim]
    claims: list
    pairs: list[tuple[GoldClaim, object]]
    errors: dict[str, str]                  # gold line -> error type for unmatched gold

    def scores(self, article_ids: set[str] | None = None) -> Scores:
        keep = (lambda a: True) if article_ids is None else (lambda a: a in article_ids)
        return Scores(sum(keep(g.article_id) for g in self.gold), sum(keep(c.article_id) for c in self.claims),
                      sum(keep(g.article_id) for g, _ in self.pairs))

    def class_recall(self, article_ids: set[str] | None = None) -> dict[str, tuple[int, int]]:
        """error class -> (matched, gold) over the gold claims that show it."""
        matched = {g.line for g, _ in self.pairs}
        out = {}
        for name in ERROR_CLASSES:
            rows = [g for g in self.gold if name in g.classes and (article_ids is None or g.article_id in article_ids)]
            out[name] = (sum(g.line in matched for g in rows), len(rows))
        return out

    def error_types(self, article_ids: set[str] | None = None) -> Counter:
        return Counter(kind for line, kind in self.errors.items()
                       if article_ids is None or next(g.article_id for g in self.gold if g.line == line) in article_ids)

    @property
    def spurious(self) -> list:
        used = {id(c) for _, c in self.pairs}
        return [c for c in self.claims if id(c) not in used]

    @property
    def missed(self) -> list[GoldClaim]:
        found = {g.line for g, _ in self.pairs}
        return [g for g in self.gold if g.line not in found]


def evaluate(gold: list[GoldClaim], claims, texts: dict[str, str], names: dict[str, tuple[str, ...]]) -> Result:
    claims = [c for c in claims if c.article_id in texts]
    by_article = defaultdict(list)
    for k, c in enumerate(claims):
        by_article[c.article_id].append(k)

    def fits(g: GoldClaim, k: int) -> bool:
        c = claims[k]
        return speaker_matches(g, c, names) and content_matches(g, c, texts[g.article_id])

    owner = bipartite(gold, lambda g: by_article[g.article_id], fits)
    pairs = [(g, claims[k]) for k, g in owner.items()]
    matched = {g.line for g, _ in pairs}
    errors = {}
    for g in gold:
        if g.line in matched:
            continue
        nearby = [claims[k] for k in by_article[g.article_id]]
        if any(content_matches(g, c, texts[g.article_id]) for c in nearby):
            errors[g.line] = "wrong speaker"
        elif any(speaker_matches(g, c, names) and max(content_overlap(g, c, texts[g.article_id])) > 0 for c in nearby):
            errors[g.line] = "content off"
        else:
            errors[g.line] = "missed"
    return Result(gold, claims, pairs, errors)
