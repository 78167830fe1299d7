"""Blocking by what can fire: which pairs of claims a rule needs to see.

A rule may declare, in its registration, what each side of a pair must have for it to fire::

    @rule(kind="scope", needs=Needs(a="asserted positive scope:part | asserted positive scope:combat",
                                    b="asserted positive scope:all", same="event"))

Each side is a list of alternatives (``|``-separated, or a tuple); an alternative is
space-separated features that must all hold — of one event frame of the claim when it names a
frame feature, of the claim otherwise.

Frame features (:class:`~iraqclaims.frames.EventFrame`): ``frame`` (any frame), ``asserted``,
``positive``, ``negated``, ``event:<class or family>``, ``status:<status>``, ``scope:<scope>``, ``cause:<cause>``,
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

from dataclasses import dataclass
from typing import Mapping

from ..claims import Claim
from ..frames import EventFrame
from .context import RuleContext
from .join_keys import (antonym_keys, antonym_sides, content_joined, content_join_keys, event_joined, event_keys,
                        word_keys, content_tokens, specific_keys)

FRAME_FEATURES = ("frame", "asserted", "positive", "negated", "quantity", "date", "recent")
FRAME_PREFIXES = ("event:", "status:", "scope:", "cause:")
CLAIM_FEATURES = ("words", "antonym")
CLAIM_PREFIXES = ("class:", "content:", "short:")
JOINS = ("event", "antonym", "content", "specific")


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
    if kind == "cause":
        return frame.cause == value
    return True    # a claim feature, checked on the claim


def _claim_has(ctx: RuleContext, claim: Claim, feature: str) -> bool:
    if feature == "words":
        return True
    if feature == "antonym":
        return bool(antonym_sides(ctx, claim))
    if feature.startswith("class:"):
        return bool(ctx.find(claim, feature[6:]))
    if feature.startswith("content:"):
        return len(content_tokens(ctx, claim)) >= int(feature[8:])
    if feature.startswith("short:"):
        return len(ctx.terms(claim).tokens) <= int(feature[6:])
    return True    # a frame feature, checked on a frame


def _is_frame_feature(feature: str) -> bool:
    return feature in FRAME_FEATURES or feature.startswith(FRAME_PREFIXES)


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
                    keys |= event_keys(ctx, claim, fr)
                continue
        elif needs.same == "event":
            keys |= word_keys(ctx, claim)
            continue
        if needs.same == "antonym":
            keys |= antonym_keys(ctx, claim, side)
        elif needs.same == "content":
            keys |= content_join_keys(ctx, claim, side, rarity)
        elif needs.same == "specific":
            keys |= specific_keys(ctx, claim)
        elif needs.same is None:
            keys.add("*")
    out = frozenset(keys)
    if rarity is None or needs.same != "content":
        ctx._found[cache_key] = out
    return out


def joined(needs: Needs, ctx: RuleContext, a: Claim, b: Claim, rarity: Mapping[str, int] | None) -> bool:
    """What the keys cannot say alone: a "content" pair differs by one word on each side; an
    "event" pair shares a word specific to it or the object of its predicates."""
    if needs.same == "content" and rarity is not None:
        return content_joined(ctx, a, b, rarity)
    if needs.same == "event":
        return event_joined(ctx, a, b)
    return True


def can_fire(needs: Needs | None, a: Claim, b: Claim, ctx: RuleContext) -> bool:
    """Whether a rule with these needs could fire on (a, b) in this order."""
    if needs is None:
        return True
    return bool(side_keys(needs, "a", ctx, a) & side_keys(needs, "b", ctx, b))
