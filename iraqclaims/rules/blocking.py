"""Blocking by what can fire: which pairs of claims a rule needs to see.

A rule may declare, in its registration, what each side of a pair must have for it to fire::

    @rule(kind="scope", needs=Needs(a="asserted positive scope:part | asserted positive scope:combat",
                                    b="asserted positive scope:all", same="event"))

Each side is a list of alternatives (``|``-separated, or a tuple); an alternative is
space-separated features that must all hold — of one event frame of the claim when it names a
frame feature, of the claim otherwise.

Frame features (:class:`~iraqclaims.frames.EventFrame`): ``frame`` (any frame), ``asserted``,
``positive``, ``negated``, ``event:<class or family>``, ``status:<status>``, ``scope:<scope>``,
``quantity``, ``date``, ``recent``.
Claim features: ``words`` (any claim: its words), ``antonym`` (a word of the antonym lexicon),
``class:<name>`` (a word class of ``lexicons/rule_words.txt``), ``content:<n>`` (at least n
content words, as :func:`content_tokens` counts them), ``short:<n>`` (at most n words).

``same`` says what both sides must share, besides their features:

- ``"event"``: the same event — frames of one class family (``besiege`` counts with
  ``control``, ``stay`` with ``withdraw``) that share a word near the predicate; a negated
  predicate no class lists (``word:…``) meets a claim that has that word (a ``words`` side).
  Either way the two claims share the object of their predicates or a word that is neither
  background nor common in the corpus (:meth:`RuleContext.with_background`).
- ``"antonym"``: side a has one side of an antonym pair, side b the other side of that pair.
- ``"content"``: all but one of side a's content words are in side b.
- ``"specific"``: a content word of both that is neither background nor common in the corpus.
- None: nothing; any claim meeting side a meets any claim meeting side b.

Needs must be *necessary*: a pair the needs exclude is one the rule can never fire on, so
blocking never changes what is found, only how many pairs are tried. A rule without ``needs``
is tried on every candidate pair (claims sharing a topic or an event), as before.
"""
from __future__ import annotations

from collections import defaultdict
from functools import cache
from dataclasses import dataclass
from typing import Iterable, Mapping

from ..claims import Claim
from ..frames import FAMILY, EventFrame
from ..graph.terms import _forms, stopwords
from ..normalize import normalize
from .context import RuleContext

FRAME_FEATURES = ("frame", "asserted", "positive", "negated", "quantity", "date", "recent")
FRAME_PREFIXES = ("event:", "status:", "scope:")
CLAIM_FEATURES = ("words", "antonym")
CLAIM_PREFIXES = ("class:", "content:", "short:")
JOINS = ("event", "antonym", "content", "specific")
# families compared by one rule although they differ: a place taken vs still besieged (status),
# staying vs leaving (timing)
BLOCK_FAMILY = {**FAMILY, "besiege": "control", "stay": "withdraw"}
NEAR = 8          # _same_theme: shared words within this many tokens of both predicates
_INFLECTIONS = ("ت", "تا", "ا", "وا", "ن", "نا", "تم", "ون", "ين", "ات")   # graph/terms.py


def _alternatives(side) -> tuple[tuple[str, ...], ...]:
    if isinstance(side, str):
        side = side.split("|")
    out = []
    for alt in side:
        features = tuple(alt.split()) if isinstance(alt, str) else tuple(alt)
        if not features:
            raise ValueError("an empty alternative: name at least one feature (e.g. 'frame' or 'words')")
        for f in features:
            if not (f in FRAME_FEATURES or f in CLAIM_FEATURES or f.startswith(FRAME_PREFIXES + CLAIM_PREFIXES)):
                raise ValueError(f"unknown feature {f!r}; features: {', '.join(FRAME_FEATURES + CLAIM_FEATURES)}, "
                                 f"{', '.join(p + '…' for p in FRAME_PREFIXES + CLAIM_PREFIXES)}")
            if f.startswith(("content:", "short:")) and not f.partition(":")[2].isdigit():
                raise ValueError(f"{f!r}: {f.partition(':')[0]}:<n> takes a number")
        out.append(features)
    return tuple(out)


@dataclass(frozen=True)
class Needs:
    """What each side of a pair must have for a rule to fire (see the module docstring)."""

    a: tuple[tuple[str, ...], ...]
    b: tuple[tuple[str, ...], ...]
    same: str | None = None

    def __init__(self, a, b, same: str | None = None):
        object.__setattr__(self, "a", _alternatives(a))
        object.__setattr__(self, "b", _alternatives(b))
        if same is not None and same not in JOINS:
            raise ValueError(f"same={same!r}: one of {', '.join(JOINS)} or None")
        object.__setattr__(self, "same", same)

    @classmethod
    def of(cls, value) -> "Needs | None":
        if value is None or isinstance(value, Needs):
            return value
        if isinstance(value, Mapping):
            unknown = set(value) - {"a", "b", "same"}
            if unknown or not {"a", "b"} <= set(value):
                raise ValueError("needs: a mapping with keys a, b and optionally same")
            return cls(value["a"], value["b"], value.get("same"))
        raise ValueError(f"needs: Needs(a=..., b=..., same=...) or a dict of those, got {type(value).__name__}")

    def features(self) -> set[str]:
        return {f for side in (self.a, self.b) for alt in side for f in alt}


# ------------------------------------------------------------------------------------ features
def content_tokens(ctx: RuleContext, claim: Claim):
    """The claim's content words: no negators, light verbs, stopwords, one-letter forms or numbers."""
    from ..graph.terms import stopwords

    stop = set(ctx.words("negation")) | set(ctx.words("light_verb")) | stopwords()
    return [t for t in ctx.terms(claim).tokens if t.text not in stop and len(t.text) >= 2 and not t.text.isdigit()]


def _frame_has(frame: EventFrame, feature: str) -> bool:
    if feature == "frame":
        return True
    if feature == "asserted":
        return frame.asserts
    if feature == "positive":
        return frame.polarity
    if feature == "negated":
        return not frame.polarity
    if feature == "quantity":
        return bool(frame.quantities)
    if feature == "date":
        return frame.time is not None
    if feature == "recent":
        return frame.recent
    kind, _, value = feature.partition(":")
    if kind == "event":
        return value in (frame.event, frame.family)
    if kind == "status":
        return frame.status == value
    if kind == "scope":
        return frame.scope == value
    return True    # a claim feature, checked on the claim


def _claim_has(ctx: RuleContext, claim: Claim, feature: str) -> bool:
    if feature == "words":
        return True
    if feature == "antonym":
        return bool(_antonym_sides(ctx, claim))
    if feature.startswith("class:"):
        return bool(ctx.find(claim, feature[6:]))
    if feature.startswith("content:"):
        return len(content_tokens(ctx, claim)) >= int(feature[8:])
    if feature.startswith("short:"):
        return len(ctx.terms(claim).tokens) <= int(feature[6:])
    return True    # a frame feature, checked on a frame


def _is_frame_feature(feature: str) -> bool:
    return feature in FRAME_FEATURES or feature.startswith(FRAME_PREFIXES)


@cache
def _first_forms(phrases: tuple[str, ...]) -> frozenset[str]:
    """The keys a token must have for one of the phrases to start there (Terms.find)."""
    return frozenset(form for p in phrases for w in normalize(p).split()[:1] for form in _forms(w))


def _antonym_sides(ctx: RuleContext, claim: Claim) -> frozenset[tuple[int, int]]:
    """(antonym pair, side) for each side of a pair the claim has a word of."""
    key = ("antonym-sides", claim.id)
    if key not in ctx._found:
        keys = ctx.terms(claim).keys()
        # a quick look at the first words before the exact search (most claims have none)
        ctx._found[key] = frozenset((i, s) for i, pair in enumerate(ctx.antonyms()) for s in (0, 1)
                                    if _first_forms(pair[s]) & keys and ctx.find_phrases(claim, pair[s]))
    return ctx._found[key]


ANTONYM_NEAR = 4    # builtin.antonym: a shared word within this many tokens of both opposite words


def _antonym_keys(ctx: RuleContext, claim: Claim, side: str) -> set:
    """(pair, side of a, word) for each antonym side the claim has, with the words near it: the
    antonym rule needs the opposite side of the same pair in the other claim and a word shared
    near both."""
    keys = set()
    tokens = ctx.terms(claim).tokens
    # the shared word is a content word of one claim (RuleContext.shared_words): never a stopword
    stop = stopwords()
    for i, s in _antonym_sides(ctx, claim):
        own = set(ctx.antonyms()[i][0]) | set(ctx.antonyms()[i][1])
        near = set()
        for at, phrase in ctx.find_phrases(claim, ctx.antonyms()[i][s]):
            lo, hi = (0, len(tokens)) if at < 0 else (at - ANTONYM_NEAR, at + ANTONYM_NEAR + 1)
            for k, tok in enumerate(tokens):
                if lo <= k < hi:
                    near |= {w for w in tok.keys if len(w) >= 3 and w not in ctx.background and w not in stop}
        # the pair's own words are no shared thing ("ارتفاع" near "ارتفاع")
        keys |= {(i, s if side == "a" else 1 - s, w) for w in near if not any(w in e or e in w for e in own)}
    return keys


def _event_keys(ctx: RuleContext, claim: Claim, frame: EventFrame) -> set:
    """What two frames of one event share (frame_rules._same_theme): a theme word of both heads
    (the same object), or else a theme word or a word near both predicates that is neither
    background nor common in the corpus (every other path of _same_theme needs one)."""
    family = BLOCK_FAMILY.get(frame.event, frame.family)
    ordinary = ctx.background | ctx.common
    words = frame.theme - ordinary
    tokens = ctx.terms(claim).tokens
    lo, hi = (0, len(tokens)) if frame.index < 0 else (frame.index - NEAR, frame.index + NEAR + 1)
    # near words count as content words (RuleContext.shared_words), theme words exclude function
    # words: a stopword ("على"، "التي") is never what two claims share
    stop = stopwords()
    for k, tok in enumerate(tokens):
        if lo <= k < hi:
            words |= {w for w in tok.keys if len(w) >= 3 and w not in ordinary and w not in stop}
    keys = {("e", family, w) for w in words} | {("eh", family, w) for w in frame.theme & frame.head}
    if frame.event.startswith("word:") and 0 <= frame.index < len(tokens):
        keys |= {("w", w) for w in predicate_keys(tokens[frame.index])}
    return keys


def predicate_keys(token) -> list[str]:
    """The forms of an open predicate ("لم تسجل") another claim may affirm it with: not a
    stopword a clitic left behind ("علي" of "عليها")."""
    stop = stopwords()
    return [k for k in token.keys if len(k) >= 3 and k not in stop]


def _word_keys(ctx: RuleContext, claim: Claim) -> set:
    """The forms a word of another claim may take to be found in this one (Terms.find)."""
    keys = set()
    stop = stopwords()
    for tok in ctx.terms(claim).tokens:
        for k in tok.keys:
            # a stopword is never an open predicate's form (predicate_keys); a stem of one may be
            forms = [k] + [k[: -len(e)] for e in _INFLECTIONS if k.endswith(e) and len(k) - len(e) >= 3]
            keys.update(("w", f) for f in forms if f not in stop)
    return keys


def side_keys(needs: Needs, side: str, ctx: RuleContext, claim: Claim,
              rarity: Mapping[str, int] | None = None) -> frozenset:
    """The keys a claim offers as side ``side`` ("a" or "b") of a rule with these needs; a pair
    can reach the rule only when side a's keys meet side b's. ``rarity`` (how many claims have
    each word) lets the ``content`` join keep side a's keys few."""
    cache_key = ("side-keys", needs, side, claim.id)
    if rarity is None and cache_key in ctx._found:
        return ctx._found[cache_key]
    keys: set = set()
    for alt in (needs.a if side == "a" else needs.b):
        if not all(_claim_has(ctx, claim, f) for f in alt):
            continue
        frame_features = [f for f in alt if _is_frame_feature(f)]
        if frame_features:
            frames = [fr for fr in ctx.frames(claim) if all(_frame_has(fr, f) for f in frame_features)]
            if not frames:
                continue
            if needs.same == "event":
                for fr in frames:
                    keys |= _event_keys(ctx, claim, fr)
                continue
        elif needs.same == "event":
            keys |= _word_keys(ctx, claim)
            continue
        if needs.same == "antonym":
            keys |= _antonym_keys(ctx, claim, side)
        elif needs.same == "content":
            keys |= _content_keys(ctx, claim, side, rarity)
        elif needs.same == "specific":
            keys |= specific_keys(ctx, claim)
        elif needs.same is None:
            keys.add("*")
        else:   # "event" with frames handled above
            pass
    out = frozenset(keys)
    if rarity is None or needs.same != "content":
        ctx._found[cache_key] = out
    return out


def _content_keys(ctx: RuleContext, claim: Claim, side: str, rarity: Mapping[str, int] | None) -> set:
    tokens = content_tokens(ctx, claim)
    if side == "b" or rarity is None or len(tokens) < 2:
        return {k for t in tokens for k in t.keys} if (side == "b" or len(tokens) >= 2) else set()
    cache_key = ("rarest", claim.id, id(rarity))
    if cache_key not in ctx._found:
        # all but one of a's words are in b: of any two of them, one is; take the two rarest
        rarest = sorted(tokens, key=lambda t: sum(rarity.get(k, 0) for k in t.keys))[:2]
        ctx._found[cache_key] = (rarity, {k for t in rarest for k in t.keys})
    return ctx._found[cache_key][1]


def _content_joined(ctx: RuleContext, a: Claim, b: Claim, rarity: Mapping[str, int]) -> bool:
    """The "content" join both ways: all but one of b's content words are in a as well."""
    return bool(_content_keys(ctx, b, "a", rarity) & _content_keys(ctx, a, "b", rarity))


def joined(needs: Needs, ctx: RuleContext, a: Claim, b: Claim, rarity: Mapping[str, int] | None) -> bool:
    """What the keys cannot say alone: a "content" pair differs by one word on each side; an
    "event" pair shares a word specific to it or the object of its predicates."""
    if needs.same == "content" and rarity is not None:
        return _content_joined(ctx, a, b, rarity)
    if needs.same == "event":
        return _event_joined(ctx, a, b)
    return True


def specific_keys(ctx: RuleContext, claim: Claim) -> frozenset[str]:
    """The claim's content words that are neither background nor common in the corpus."""
    key = ("specific-words", claim.id)
    if key not in ctx._found:
        ctx._found[key] = ctx.terms(claim).content_keys() - ctx.background - ctx.common
    return ctx._found[key]


def _heads(ctx: RuleContext, claim: Claim) -> frozenset[str]:
    key = ("frame-heads", claim.id)
    if key not in ctx._found:
        ctx._found[key] = frozenset().union(*(f.head for f in ctx.frames(claim)))
    return ctx._found[key]


def _event_joined(ctx: RuleContext, a: Claim, b: Claim) -> bool:
    """One event, as frame_rules._same_theme and the open-predicate test see it, is either the
    same object of both predicates or a shared word outside the corpus's background and common
    words (a word in 2 % of a month's claims, "القوات", names no one event). A word key alone
    cannot say "specific": at 3,000 articles, claims sharing only common words were most of the
    pairs, and their number grows with the square of the corpus."""
    return bool(specific_keys(ctx, a) & ctx.terms(b).keys() or specific_keys(ctx, b) & ctx.terms(a).keys()
                or _heads(ctx, a) & _heads(ctx, b))


def content_rarity(ctx: RuleContext, claims: Iterable[Claim]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for c in claims:
        for k in {k for t in content_tokens(ctx, c) for k in t.keys}:
            counts[k] += 1
    return counts


def can_fire(needs: Needs | None, a: Claim, b: Claim, ctx: RuleContext) -> bool:
    """Whether a rule with these needs could fire on (a, b) in this order."""
    if needs is None:
        return True
    return bool(side_keys(needs, "a", ctx, a) & side_keys(needs, "b", ctx, b))
