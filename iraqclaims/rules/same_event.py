"""When two claims' frames are about the same event: the same class family and the same thing
(a shared object, a word specific to both, a place taken or besieged), or two sources the writer
sets side by side in one sentence. For the frame rules (:mod:`.frame_rules`, :mod:`.timing`,
:mod:`.cause`)."""
from __future__ import annotations

from functools import cache
from typing import Iterator

from ..claims import Claim
from ..frames import EventFrame
from ..frames.numbers import victim_words
from ..graph.terms import Terms
from .context import RuleContext
from .join_keys import NEAR, same_sentence

PLACE_BEFORE = 6    # tokens before "تحت سيطرة/حصار" in which the place held may stand
GENERIC_PLACES = ("قاعدة", "محافظة", "مدينة", "منطقة", "مديرية", "بلدة", "قرية", "مطار", "ميناء", "جبهة", "مواقع",
                  "موقع", "مدن", "مديريات", "مناطق", "قرى", "جبل")   # kinds of place: they name none

# events that happen somewhere: the same one needs two specific words in common (a place and what
# was taken: "قاعدة العند"), where the corpus has common words
PLACE_BOUND = frozenset({"control", "besiege", "attack", "land", "shoot_down", "kidnap", "death", "deploy"})


def same_theme(ctx: RuleContext, a: Claim, b: Claim, fa: EventFrame, fb: EventFrame) -> bool:
    """The two frames bear on the same thing: the same object of both predicates, a shared theme
    word specific to the two claims (a word common in the corpus, "القوات"، "المدينة", does not
    tell events apart), or two content words shared near both predicates, one of them specific."""
    if _side_by_side(ctx, a, b):
        return True
    shared = fa.theme & fb.theme - victim_words()     # "بينهم نساء وأطفال" is in every toll
    if fa.denies_any or fb.denies_any:
        # "نفى أي عملية إنزال في عدن" denies every landing there (an act happens somewhere): a word
        # near the other claim's predicate that the denial names anywhere (the place) is enough,
        # however common it is in the corpus ("عدن" in a month of Yemen news)
        near = (None, fb.index) if fa.denies_any else (fa.index, None)
        # (a kind of place, "ميناء"، "مدينة", names none: "ميناء عدن" is not "ميناء المكلا")
        if set(ctx.shared_words(a, b, exclude=(fa.trigger, fb.trigger), near=near, reach=NEAR)) - _generic_places():
            return True
        # or where the asserted act took place, however far its predicate ("نزل المئات من الجنود
        # ... في ميناء عدن": events.txt object:land), named anywhere in the denial
        asserted, denial = (fb, a) if fa.denies_any else (fa, b)
        return bool(asserted.head & ctx.terms(denial).content_keys() - ctx.background - _generic_places()
                    - Terms.of(asserted.trigger).content_keys())
    if fa.family in PLACE_BOUND and ctx.common and len(shared - ctx.background - ctx.common) < 2:
        return False   # taking, besieging or attacking "the city" is one event only in the same place
    if shared & fa.head & fb.head:
        return True
    # across a corpus, "the city", "the resistance" or "Aden" name no one event: a theme word the
    # claims share must be specific to them (see RuleContext.common)
    specific = shared - ctx.background - ctx.common
    if len(specific) >= 2 or (specific and not ctx.common):
        return True
    # near both predicates: two long claims share words anywhere ("القوات الموجودة" vs "المقارنة
    # غير موجودة ... القوات" in one paragraph)
    near = [w for w in ctx.shared_words(a, b, exclude=(fa.trigger, fb.trigger), near=(fa.index, fb.index), reach=8)
            if w not in victim_words()]
    return len(near) >= 2 and any(w not in ctx.common for w in near)


def _side_by_side(ctx: RuleContext, a: Claim, b: Claim) -> bool:
    """Two sources the writer sets against each other in one sentence (join_keys.same_sentence)."""
    return same_sentence(a, b) and ctx.source(a) != ctx.source(b)


def same_place(ctx: RuleContext, a: Claim, b: Claim, fa: EventFrame, fb: EventFrame) -> bool:
    """Taking, liberating or besieging bears on a place: both frames name the same one, after
    the predicate or before "تحت" ("سيطرت على قاعدة العند" / "التحرير الكامل لقاعدة العند").
    Shared actors ("المقاومة الشعبية") do not make a base's siege and Aden's liberation one event."""
    if fa.family not in ("control", "besiege") and fb.family not in ("control", "besiege"):
        return True
    # a kind of place ("قاعدة"، "محافظة") names none: "قاعدة الوطية" is not "قاعدة ناصر"
    shared = (_place_words(ctx, a, fa) & _place_words(ctx, b, fb)) - ctx.background - ctx.common - _generic_places()
    return bool(shared)


@cache
def _generic_places() -> frozenset[str]:
    return frozenset(k for w in GENERIC_PLACES for k in Terms.of(w).keys())


def _place_words(ctx: RuleContext, claim: Claim, frame: EventFrame) -> set[str]:
    """The words naming what is taken or besieged: the predicate's object, or, when the place is
    "under" it, the words before تحت ("مدينة الزبداني لا تزال تحت حصار قوات النظام"، "جامعة
    الأنبار لا تزال تحت سيطرة التنظيم")."""
    words = set(frame.head)
    tokens = ctx.terms(claim).tokens
    under = next((k for k in range(frame.index - 1, max(-1, frame.index - 3), -1)
                  if k >= 0 and tokens[k].text == "تحت"), None) if frame.index >= 0 else None
    if under is not None:
        for tok in tokens[max(0, under - PLACE_BEFORE):under]:
            words |= tok.keys
    return words


def event_pairs(ctx: RuleContext, a: Claim, b: Claim, *, asserted: bool = True) -> Iterator[tuple[EventFrame, EventFrame]]:
    """Frames of a and b about the same event (same class family, same theme)."""
    for fa in ctx.frames(a):
        for fb in ctx.frames(b):
            if asserted and not (fa.asserts and fb.asserts):
                continue
            if fa.family == fb.family and same_theme(ctx, a, b, fa, fb):
                yield fa, fb
