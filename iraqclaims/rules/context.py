"""What a rule may look at besides the two claims: their words, dates and the lexicons."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from typing import Callable

from ..claims import Claim
from ..frames import EventFrame, read_frames
from ..graph.terms import _TOKEN, Terms, by_length
from ..lexicon import _lines, table
from ..normalize import normalize
from .model import Conflict


# words as Terms splits them: "الكويت_تمنع" (a hashtag as scraped) is two words, "1973م" two
_WORD = _TOKEN


@cache
def rule_words() -> dict[str, tuple[str, ...]]:
    return table("rule_words.txt")


@cache
def antonym_pairs() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    pairs = []
    for line in _lines("antonyms.txt"):
        left, _, right = line.partition("\t")
        pairs.append((tuple(normalize(w).strip() for w in left.split("|") if w.strip()),
                      tuple(normalize(w).strip() for w in right.split("|") if w.strip())))
    return tuple(pairs)


COMMON_SHARE = 0.02


@dataclass
class RuleContext:
    """Shared by all rule calls of one run. ``lemmas`` maps a claim id to the parser's lemmas of
    its content (empty for claims built from bare text); ``dates`` overrides article dates."""

    lemmas: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # words too common in this collection to show that two claims are about the same thing
    # ("العراق" in a corpus about Iraq); see :meth:`with_background`
    background: frozenset[str] = frozenset()
    common: frozenset[str] = frozenset()
    rule_name: str = ""
    rule_kind: str = ""
    _terms: dict[str, Terms] = field(default_factory=dict)
    _frames: dict[str, tuple[EventFrame, ...]] = field(default_factory=dict)
    _found: dict = field(default_factory=dict)

    # ---------------------------------------------------------------- reading claims
    def terms(self, claim: Claim) -> Terms:
        if claim.id not in self._terms:
            self._terms[claim.id] = Terms.of(claim.content, self.lemmas.get(claim.id, ()))
        return self._terms[claim.id]

    def frames(self, claim: Claim) -> tuple[EventFrame, ...]:
        """Every event the claim speaks of (see :mod:`iraqclaims.frames`), read once per claim."""
        if claim.id not in self._frames:
            self._frames[claim.id] = read_frames(self.terms(claim), cue=claim.cue_text or "",
                                                 today=claim.article_date)
        return self._frames[claim.id]

    def frame(self, claim: Claim) -> EventFrame | None:
        """The claim's main event: the first it asserts (not one it only mentions), else None."""
        return next((f for f in self.frames(claim) if f.asserts), None)

    def source(self, claim: Claim) -> str:
        """Who stands behind the claim. One statement the text attributes two ways ("البيان"،
        "البلدين"، "حكومتا البلدين") is one source: the joint statement of that article."""
        speaker = Terms.of(claim.speaker_text or "")
        if speaker.tokens and speaker.find_any(self.words("joint_source")) and \
                len(speaker.tokens) <= 3:
            return f"joint:{claim.article_id}"
        return claim.speaker_id

    def date(self, claim: Claim) -> dt.date | None:
        return claim.article_date

    def words(self, name: str) -> tuple[str, ...]:
        """A word class of the rule lexicon (``iraqclaims/lexicons/rule_words.txt``)."""
        return rule_words().get(name, ())

    def antonyms(self):
        return antonym_pairs()

    def find(self, claim: Claim, name: str) -> list[tuple[int, str]]:
        """Where the words of a lexicon class occur in the claim: [(token index, phrase)]."""
        return self.find_phrases(claim, self.words(name))

    def find_phrases(self, claim: Claim, phrases: tuple[str, ...]) -> list[tuple[int, str]]:
        """Like :meth:`find` for any phrases; cached, since every pair asks again."""
        key = (claim.id, phrases)
        if key not in self._found:
            self._found[key] = self.terms(claim).find_any(phrases)
        return self._found[key]

    def negated(self, claim: Claim, index: int, window: int = 2) -> str | None:
        """The negator governing the token at ``index`` ("لم يعد"، "عدم"، "لا"), if any. "لا يزال"
        (still) is not a negation."""
        if index < 0:
            return None
        terms = self.terms(claim)
        still = {i for i, _ in self.find(claim, "still")}
        negators = set(self.words("negation"))
        for k in range(max(0, index - window), index):
            if k in still or (k - 1) in still:
                continue
            if terms.tokens[k].text in negators:
                return terms.tokens[k].text
        return None

    def shared_words(self, a: Claim, b: Claim, exclude=(), near: tuple[int | None, int | None] | None = None,
                     reach: int = 4) -> list[str]:
        """Content words the two claims share, one per token of ``b``, leaving out the
        background and ``exclude`` (a rule's trigger words). With ``near=(i, j)`` only words
        within ``reach`` tokens of token i of ``a`` / token j of ``b`` count (None: anywhere)."""
        ta, tb = self.terms(a), self.terms(b)
        i, j = near if near else (None, None)
        excluded = set(exclude)

        def usable(tokens, centre):
            lo, hi = (0, len(tokens)) if centre is None or centre < 0 else (max(0, centre - reach), centre + reach + 1)
            return [(k, t) for k, t in enumerate(tokens) if lo <= k < hi]

        stop_a = self.background
        keys_a = set()
        for _, tok in usable(ta.tokens, i):
            keys_a |= tok.keys
        keys_a &= ta.content_keys() - stop_a
        out = []
        for _, tok in usable(tb.tokens, j):
            hit = sorted((k for k in tok.keys & keys_a if k not in excluded and len(k) >= 3
                          and not any(k in e or e in k for e in excluded)), key=by_length, reverse=True)
            if hit and hit[0] not in out:
                out.append(hit[0])
        return out

    @classmethod
    def with_background(cls, claims, lemmas=None, share: float = 0.2) -> "RuleContext":
        """A context whose background words are those in more than ``share`` of the claims."""
        ctx = cls(lemmas=dict(lemmas or {}))
        claims = list(claims)
        counts: dict[str, int] = {}
        for c in claims:
            for key in ctx.terms(c).content_keys():
                counts[key] = counts.get(key, 0) + 1
        if len(claims) >= 10:
            ctx.background = frozenset(k for k, n in counts.items() if n > share * len(claims))
            # words too common to tell one event from another in this corpus ("عدن" in a month of
            # Yemen news): in more than 2% of the claims, and more than 3 of them
            ctx.common = frozenset(k for k, n in counts.items() if n > max(3, COMMON_SHARE * len(claims)))
        return ctx

    # ---------------------------------------------------------------- reporting
    def conflict(self, a: Claim, b: Claim, *, score: float, explanation: str,
                 triggers_a=(), triggers_b=()) -> Conflict:
        from .registry import RuleError

        if not 0.0 <= float(score) <= 1.0:
            raise RuleError(f"rule {self.rule_name!r}: score must be between 0 and 1, got {score}")
        for claim, triggers in ((a, triggers_a), (b, triggers_b)):
            # as written or as a word form of the claim (clitics peeled: "اعتقال" in "باعتقال");
            # the cue counts too: a denial fires on its verb ("نفى"), which is not in its content
            keys = self.terms(claim).keys() | set(_WORD.findall(normalize(claim.cue_text or "")))
            # a word as written may carry the conjunction the terms peel off ("و3" in "22 يونيو و3 يوليو")
            missing = [t for t in triggers if t and not all(w in keys or (w[:1] in "وف" and w[1:] in keys)
                                                            for w in _WORD.findall(normalize(t)))]
            if missing:
                raise RuleError(f"rule {self.rule_name!r}: trigger {missing[0]!r} is not in claim {claim.id} "
                                f"({claim.content[:60]!r}); triggers are words of the claim that fired the rule")
        return Conflict(a.id, b.id, self.rule_name, self.rule_kind, round(float(score), 3), explanation,
                        tuple(t for t in triggers_a if t), tuple(t for t in triggers_b if t))

    def with_rule(self, name: str, kind: str) -> "RuleContext":
        self.rule_name, self.rule_kind = name, kind
        return self


ClaimPairRule = Callable[[Claim, Claim, RuleContext], Conflict | None]
