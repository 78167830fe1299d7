"""What each ``same=`` join of :class:`~iraqclaims.rules.blocking.Needs` indexes a claim by, and
what its keys cannot say alone: the event a frame is about (its family and the words near its
predicate), the antonym pairs a claim holds a side of, its content words and their rarity, and
its words that are specific to it in the corpus. rules/blocking.py builds the pairs from these."""
from __future__ import annotations

from collections import defaultdict
from functools import cache
from typing import Iterable, Mapping

from ..claims import Claim
from ..frames import FAMILY, EventFrame
from ..graph.terms import _forms, stopwords
from ..normalize import normalize
from .context import RuleContext

# families compared by one rule although they differ: a place taken vs still besieged (status),
# staying vs leaving (timing)
BLOCK_FAMILY = {**FAMILY, "besiege": "control", "stay": "withdraw"}
NEAR = 8          # same_theme: shared words within this many tokens of both predicates
_INFLECTIONS = ("ت", "تا", "ا", "وا", "ن", "نا", "تم", "ون", "ين", "ات")   # graph/terms.py


def content_tokens(ctx: RuleContext, claim: Claim):
    """The claim's content words: no negators, light verbs, stopwords, one-letter forms or numbers."""
    key = ("content-tokens", claim.id)
    if key not in ctx._found:
        stop = set(ctx.words("negation")) | set(ctx.words("light_verb")) | stopwords()
        ctx._found[key] = [t for t in ctx.terms(claim).tokens
                           if t.text not in stop and len(t.text) >= 2 and not t.text.isdigit()]
    return ctx._found[key]


@cache
def _first_forms(phrases: tuple[str, ...]) -> frozenset[str]:
    """The keys a token must have for one of the phrases to start there (Terms.find)."""
    return frozenset(form for p in phrases for w in normalize(p).split()[:1] for form in _forms(w))


def antonym_sides(ctx: RuleContext, claim: Claim) -> frozenset[tuple[int, int]]:
    """(antonym pair, side) for each side of a pair the claim has a word of."""
    key = ("antonym-sides", claim.id)
    if key not in ctx._found:
        keys = ctx.terms(claim).keys()
        # a quick look at the first words before the exact search (most claims have none)
        ctx._found[key] = frozenset((i, s) for i, pair in enumerate(ctx.antonyms()) for s in (0, 1)
                                    if _first_forms(pair[s]) & keys and ctx.find_phrases(claim, pair[s]))
    return ctx._found[key]


ANTONYM_NEAR = 4    # builtin.antonym: a shared word within this many tokens of both opposite words


def antonym_keys(ctx: RuleContext, claim: Claim, side: str) -> set:
    """(pair, side of a, word) for each antonym side the claim has, with the words near it: the
    antonym rule needs the opposite side of the same pair in the other claim and a word shared
    near both."""
    keys = set()
    tokens = ctx.terms(claim).tokens
    # the shared word is a content word of one claim (RuleContext.shared_words): never a stopword
    stop = stopwords()
    for i, s in antonym_sides(ctx, claim):
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


def event_keys(ctx: RuleContext, claim: Claim, frame: EventFrame) -> set:
    """What two frames of one event share (same_event.same_theme): a theme word of both heads
    (the same object), or else a theme word or a word near both predicates that is neither
    background nor common in the corpus (every other path of same_theme needs one)."""
    family = BLOCK_FAMILY.get(frame.event, frame.family)
    ordinary = ctx.background | ctx.common
    words = frame.theme - ordinary
    tokens = ctx.terms(claim).tokens
    # a denial of any such event ("نفى أي عملية إنزال") meets a word anywhere in it (see
    # same_event.same_theme)
    anywhere = frame.index < 0 or frame.denies_any
    lo, hi = (0, len(tokens)) if anywhere else (frame.index - NEAR, frame.index + NEAR + 1)
    # near words count as content words (RuleContext.shared_words), theme words exclude function
    # words: a stopword ("على"، "التي") is never what two claims share
    stop = stopwords()
    for k, tok in enumerate(tokens):
        if lo <= k < hi:
            words |= {w for w in tok.keys if len(w) >= 3 and w not in ordinary and w not in stop}
    keys = {("e", family, w) for w in words} | {("eh", family, w) for w in frame.theme & frame.head}
    keys.add(("s", family, claim.article_id, claim.sentence_index))    # see same_sentence
    if frame.event.startswith("word:") and 0 <= frame.index < len(tokens):
        keys |= {("w", w) for w in predicate_keys(tokens[frame.index])}
    return keys


def predicate_keys(token) -> list[str]:
    """The forms of an open predicate ("لم تسجل") another claim may affirm it with: not a
    stopword a clitic left behind ("علي" of "عليها")."""
    stop = stopwords()
    return [k for k in token.keys if len(k) >= 3 and k not in stop]


def word_keys(ctx: RuleContext, claim: Claim) -> set:
    """The forms a word of another claim may take to be found in this one (Terms.find)."""
    keys = set()
    stop = stopwords()
    for tok in ctx.terms(claim).tokens:
        for k in tok.keys:
            # a stopword is never an open predicate's form (predicate_keys); a stem of one may be
            forms = [k] + [k[: -len(e)] for e in _INFLECTIONS if k.endswith(e) and len(k) - len(e) >= 3]
            keys.update(("w", f) for f in forms if f not in stop)
    return keys


def content_join_keys(ctx: RuleContext, claim: Claim, side: str, rarity: Mapping[str, int] | None) -> frozenset:
    tokens = content_tokens(ctx, claim)
    if side == "b" or rarity is None or len(tokens) < 2:
        if side != "b" and len(tokens) < 2:
            return frozenset()
        # asked again for every pair the claim is in: built once
        every = ("content-keys", claim.id)
        if every not in ctx._found:
            ctx._found[every] = frozenset(k for t in tokens for k in t.keys)
        return ctx._found[every]
    cache_key = ("rarest", claim.id, id(rarity))
    if cache_key not in ctx._found:
        # all but one of a's words are in b: of any two of them, one is; take the two rarest
        rarest = sorted(tokens, key=lambda t: sum(rarity.get(k, 0) for k in t.keys))[:2]
        ctx._found[cache_key] = (rarity, frozenset(k for t in rarest for k in t.keys))
    return ctx._found[cache_key][1]


def content_joined(ctx: RuleContext, a: Claim, b: Claim, rarity: Mapping[str, int]) -> bool:
    """The "content" join both ways: all but one of b's content words are in a as well."""
    return bool(content_join_keys(ctx, b, "a", rarity) & content_join_keys(ctx, a, "b", rarity))


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


def event_joined(ctx: RuleContext, a: Claim, b: Claim) -> bool:
    """One event, as same_event.same_theme and the open-predicate test see it, is either the
    same object of both predicates or a shared word outside the corpus's background and common
    words (a word in 2 % of a month's claims, "القوات", names no one event). A word key alone
    cannot say "specific": at 3,000 articles, claims sharing only common words were most of the
    pairs, and their number grows with the square of the corpus."""
    return bool(same_sentence(a, b) or specific_keys(ctx, a) & ctx.terms(b).keys()
                or specific_keys(ctx, b) & ctx.terms(a).keys() or _heads(ctx, a) & _heads(ctx, b))


def same_sentence(a: Claim, b: Claim) -> bool:
    """Two claims of one sentence: the writer sets them side by side ("إذ تؤكد كابول أنه توفي في
    نيسان 2013، بينما تشير طالبان إلى وفاته مؤخرا"), so they speak of one event however each
    names it (a pronoun and a possessive are all the theme either has here). Not two readings of
    the same words (one content attributed to two sources, "استنادا إلى المادة ... والفقرة ...")."""
    if a.article_id != b.article_id or a.sentence_index != b.sentence_index:
        return False
    (a0, a1), (b0, b1) = a.content_span or (0, 0), b.content_span or (0, 0)
    return a1 <= b0 or b1 <= a0


def content_rarity(ctx: RuleContext, claims: Iterable[Claim]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for c in claims:
        for k in {k for t in content_tokens(ctx, c) for k in t.keys}:
            counts[k] += 1
    return counts
