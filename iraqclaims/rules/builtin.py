"""The conflict rules iraqclaims ships. Each docstring says what it detects; each rule's
examples run as tests (tests/test_rule_examples.py) through :mod:`iraqclaims.testing`."""
from __future__ import annotations

import datetime as dt
import re

from ..claims import Claim
from ..graph.topics import jaccard
from ..lexicon import month_numbers
from .context import RuleContext
from .registry import Example, rule

NEAR = 5   # tokens between a quantifier or modal and the word it bears on ("ستقلص الولايات المتحدة عدد قواتها")


def _near(hits, anchors, reach: int = NEAR):
    """Hits that lie within ``reach`` tokens of an anchor (lemma-only hits, index -1, count)."""
    return [(i, p) for i, p in hits if i < 0 or any(j < 0 or abs(i - j) <= reach for j, _ in anchors)]


def _affirmed(ctx: RuleContext, claim: Claim, hits):
    """Hits that are asserted: neither negated nor inside a condition ("لو طلبت الانسحاب")."""
    return [(i, p) for i, p in hits if not ctx.negated(claim, i) and not ctx.conditional(claim, i)]


def _part_of_whole(ctx: RuleContext, a: Claim, b: Claim) -> bool:
    """Guard: a part is not the whole. "No combat forces" does not deny "training continues", and
    "all combat forces leave" does not deny "forces will be reduced": when only one side narrows
    the forces to a subset (القتالية، المقاتلة), the two can both be true."""
    return bool(ctx.find(a, "subset")) != bool(ctx.find(b, "subset"))


# ------------------------------------------------------------------------------------ scope
def _quantifier_with_pronoun(ctx: RuleContext, claim: Claim, i: int, phrase: str) -> bool:
    """"بعضها بخصوص …" is "some of them", not "some of the forces" that follow."""
    if i < 0 or " " in phrase or phrase != "بعض":
        return False
    return ctx.terms(claim).tokens[i].text != phrase
@rule(kind="scope", score=0.9, examples=[
    ("ستقلص الولايات المتحدة عدد قواتها في العراق", "الكاظمي: جرى تأكيد انسحاب جميع القوات الأميركية من العراق", True),
    ("خفض عدد القوات الأجنبية إلى النصف", "خروج كل القوات الأجنبية من البلاد", True),
    ("ستقلص الولايات المتحدة عدد قواتها في العراق", "انسحاب جميع القوات القتالية بنهاية العام", False),
    ("ستقلص الولايات المتحدة عدد قواتها", "سيتم تقليص عدد القوات تدريجيا", False),
    ("ستقلص الولايات المتحدة عدد قواتها", "جميع الأطراف ملتزمة بالاتفاق", False),
])
def scope(a: Claim, b: Claim, ctx: RuleContext):
    """Scope: one claim says forces are reduced or partly withdrawn (تقليص، خفض، سحب جزء من)
    while the other says all of them leave (انسحاب جميع/كل القوات). Fires only when the
    quantifier bears on the forces or their withdrawal, and not when the "all" side narrows
    the forces to a subset (combat forces only)."""
    forces_a = ctx.find(a, "forces") + ctx.find(a, "withdraw")
    forces_b = ctx.find(b, "forces") + ctx.find(b, "withdraw")
    # the partial word governs the forces that follow it: "تقليص عدد قواتها"، "بعض القوات"
    partial = [(i, p) for i, p in _affirmed(ctx, a, ctx.find(a, "partial"))
               if any(j < 0 or i < 0 or 0 < j - i <= NEAR for j, _ in forces_a)
               and not _quantifier_with_pronoun(ctx, a, i, p)]
    total = _near(ctx.find(b, "total"), ctx.find(b, "withdraw"), reach=2)
    total = _near(total, ctx.find(b, "forces"), reach=2)
    if not partial or not total or ctx.find(b, "partial") or _part_of_whole(ctx, a, b):
        return None
    ta = ctx.terms(a).surface(partial[0][0], 3) or partial[0][1]
    tb = ctx.terms(b).surface(total[0][0] - 1, 3) or total[0][1]
    return ctx.conflict(a, b, score=0.9, triggers_a=(ta,), triggers_b=(tb,),
                        explanation=f"الأول يتحدث عن خفض جزئي «{ta}» والثاني عن الكل «{tb}»")


# ------------------------------------------------------------------------------------ polarity
def _need_state(ctx: RuleContext, claim: Claim):
    need = ctx.find(claim, "need")
    if not need:
        return None
    no_longer = _near(ctx.find(claim, "no_longer"), need, reach=3)
    if no_longer:
        return "negative", ctx.terms(claim).surface(no_longer[0][0], 3) or no_longer[0][1]
    if ctx.negated(claim, need[0][0]):
        return "negative", ctx.terms(claim).surface(need[0][0] - 1, 2)
    still = ctx.find(claim, "still")
    phrase = ctx.terms(claim).surface(still[0][0], 3) if still else ctx.terms(claim).surface(need[0][0], 2)
    return "positive", phrase or need[0][1]


@rule(kind="polarity", score=0.8, examples=[
    ("القوات الأمنية العراقية لا تزال بحاجة إلى البرامج التي تقدمها الولايات المتحدة",
     "العراق لم يعد بحاجة الى القوات الاجنبية", True),
    ("يجب إبقاء القوات الأميركية في العراق", "انسحاب القوات الأميركية من العراق", True),
    ("تم تحرير مدينة الموصل من داعش", "لم يتم تحرير مدينة الموصل من داعش", True),
    ("العراق لا يزال بحاجة إلى التدريب", "العراق بحاجة إلى دعم التحالف", False),
    ("يجب إبقاء القوات الأميركية في العراق", "القوات القتالية ستغادر العراق نهاية العام", False),
    ("لا حاجة للوحدات المقاتلة الأجنبية", "العراق لا يزال بحاجة إلى التدريب والتسليح", False),
])
def polarity(a: Claim, b: Claim, ctx: RuleContext):
    """Polarity: the same predicate affirmed in one claim and negated in the other — still needs
    vs no longer needs (لا تزال بحاجة / لم يعد بحاجة), must keep the forces vs withdraw them
    (يجب إبقاء القوات / انسحاب القوات), or a shared verb or noun with a negator on one side
    only. Guarded against part-vs-whole (combat units vs the whole mission)."""
    if _part_of_whole(ctx, a, b):
        return None
    sa, sb = _need_state(ctx, a), _need_state(ctx, b)
    if sa and sb and sa[0] != sb[0]:
        return ctx.conflict(a, b, score=0.8, triggers_a=(sa[1],), triggers_b=(sb[1],),
                            explanation=f"الحاجة مثبتة في أحدهما ومنفية في الآخر: «{sa[1]}» مقابل «{sb[1]}»")
    keep = _affirmed(ctx, a, ctx.find(a, "keep"))
    # "للخروج بموقف موحد" is coming out with a position: a withdrawal needs forces near it
    withdraw = _near(_affirmed(ctx, b, ctx.find(b, "withdraw")), ctx.find(b, "forces"), reach=3)
    if keep and withdraw and ctx.find(a, "forces") and ctx.find(b, "forces"):
        must = _near(ctx.find(a, "must"), keep, reach=2)
        ta = ctx.terms(a).surface(must[0][0] if must else keep[0][0], 3) or keep[0][1]
        tb = ctx.terms(b).surface(withdraw[0][0], 2) or withdraw[0][1]
        return ctx.conflict(a, b, score=0.85 if must else 0.75, triggers_a=(ta,), triggers_b=(tb,),
                            explanation=f"الأول يريد بقاء القوات «{ta}» والثاني يتحدث عن انسحابها «{tb}»")
    return _negated_predicate(a, b, ctx)


def _negated_predicate(a: Claim, b: Claim, ctx: RuleContext):
    """A negator in ``a`` ("لم يتم تحرير") whose next content word ``b`` affirms, in two claims
    that otherwise say much the same."""
    ta, tb = ctx.terms(a), ctx.terms(b)
    if jaccard(ta.content_keys(), tb.content_keys()) < 0.3:
        return None
    negators, light = set(ctx.words("negation")), set(ctx.words("light_verb"))
    b_keys: dict[str, int] = {}
    for j, tok in enumerate(tb.tokens):
        if len(tok.text) >= 3 and tok.text not in light and not ctx.negated(b, j):
            for key in tok.keys:
                if len(key) >= 3:
                    b_keys.setdefault(key, j)
    for n, neg in enumerate(ta.tokens):
        if neg.text not in negators or n in {i for i, _ in ctx.find(a, "still")}:
            continue
        for tok in ta.tokens[n + 1:n + 3]:
            if tok.text in light or tok.text in negators:
                continue
            shared = next((k for k in sorted(tok.keys, key=len, reverse=True) if k in b_keys), None)
            if shared:
                wa = ta.surface(n, ta.tokens.index(tok) - n + 1)
                wb = tb.tokens[b_keys[shared]].written
                return ctx.conflict(a, b, score=0.6, triggers_a=(wa,), triggers_b=(wb,),
                                    explanation=f"«{wb}» مثبت في الثاني ومنفي في الأول «{wa}»")
            break
    return None


# ------------------------------------------------------------------------------------ antonyms
@rule(kind="antonym", score=0.65, examples=[
    ("ارتفاع أسعار النفط في الأسواق العالمية", "انخفاض أسعار النفط في الأسواق العالمية", True),
    ("الولايات المتحدة ستزيد عدد قواتها في العراق", "الولايات المتحدة ستقلص عدد قواتها في العراق", True),
    ("ارتفاع أسعار النفط", "انخفاض عدد الإصابات بكورونا", False),
    ("لم ترتفع أسعار النفط", "انخفاض أسعار النفط", False),
])
def antonym(a: Claim, b: Claim, ctx: RuleContext):
    """Antonyms: the two claims use opposite words from the antonym lexicon (بقاء/انسحاب،
    زيادة/تقليص، استمرار/توقف، ارتفاع/انخفاض …) about the same thing — they must share a content
    word outside the pair — and neither word is negated."""
    if _part_of_whole(ctx, a, b):
        return None
    ta, tb = ctx.terms(a), ctx.terms(b)
    for left, right in ctx.antonyms():
        for one, other in ((left, right), (right, left)):
            ha = _affirmed(ctx, a, ctx.find_phrases(a, one))
            hb = _affirmed(ctx, b, ctx.find_phrases(b, other)) if ha else []
            if not ha or not hb or ctx.find_phrases(b, one) or ctx.find_phrases(a, other):
                continue
            shared = ctx.shared_words(a, b, exclude=set(one) | set(other), near=(ha[0][0], hb[0][0]))
            if not shared:
                continue
            wa = ta.surface(ha[0][0]) or ha[0][1]
            wb = tb.surface(hb[0][0]) or hb[0][1]
            thing = " ".join(shared[:3])
            score = min(0.9, 0.55 + 0.05 * len(shared))
            return ctx.conflict(a, b, score=score, triggers_a=(wa,), triggers_b=(wb,),
                                explanation=f"كلمتان متضادتان «{wa}» و«{wb}» عن الشيء نفسه («{thing}»)")
    return None


# ------------------------------------------------------------------------------------ numbers
_NUMBER = re.compile(r"^[0-9]+(?:[.,][0-9]+)?$")


def _quantities(ctx: RuleContext, claim: Claim) -> list[tuple[float, str, bool, str]]:
    """(value, what is counted, approximate?, words) for numbers followed by a counted thing."""
    terms = ctx.terms(claim)
    classes = {"percent": ctx.words("percent"), "troops": ctx.words("troops")}
    approx = {i for i, _ in ctx.find(claim, "approx")}
    out = []
    for i, tok in enumerate(terms.tokens):
        if not _NUMBER.match(tok.text):
            continue
        for name, words in classes.items():
            window = terms.tokens[i + 1:i + 3]
            if any(w in t.keys for t in window for w in words) or (name == "percent" and tok.text.endswith("%")):
                is_approx = any(i - k in (1, 2, 3) for k in approx)
                value = float(tok.text.replace(",", "."))
                out.append((value, name, is_approx, terms.surface(max(0, i - 1), 3)))
    return out


@rule(kind="number", score=0.7, examples=[
    ("يبلغ عدد القوات الأميركية في العراق 2500 جندي", "عدد القوات الأميركية في العراق 3500 جندي", True),
    ("غادر 60 بالمائة من قوات التحالف", "غادر 30 بالمائة من قوات التحالف", True),
    ("عدد القوات الأميركية حوالي 2500 جندي", "عدد القوات الأجنبية لا يتجاوز 2500 عنصر", False),
    ("غادر 60 بالمائة من قوات التحالف", "عدد القوات 2500 جندي", False),
])
def number(a: Claim, b: Claim, ctx: RuleContext):
    """Numbers: different quantities of the same counted thing — troops (جندي، عنصر) or a
    percentage (بالمائة، ٪) — in two claims about the same subject. "About/nearly/no more
    than" (حوالي، نحو، لا يتجاوز) allow 15 % either way."""
    qa, qb = _quantities(ctx, a), _quantities(ctx, b)
    if not qa or not qb:
        return None
    if jaccard(ctx.terms(a).content_keys(), ctx.terms(b).content_keys()) < 0.1 and not (
            ctx.find(a, "forces") and ctx.find(b, "forces")):
        return None
    for va, wa_kind, approx_a, wa in qa:
        for vb, wb_kind, approx_b, wb in qb:
            if wa_kind != wb_kind:
                continue
            tolerance = 0.15 if (approx_a or approx_b) else 0.0
            if abs(va - vb) > tolerance * max(va, vb):
                return ctx.conflict(a, b, score=0.7, triggers_a=(wa,), triggers_b=(wb,),
                                    explanation=f"رقمان مختلفان للشيء نفسه: «{wa}» مقابل «{wb}»")
    return None


# ------------------------------------------------------------------------------------ dates
_YEAR = re.compile(r"^(19|20)[0-9]{2}$")


def _deadline(ctx: RuleContext, claim: Claim) -> tuple[dt.date, str] | None:
    """The first date the claim sets, resolved against its article date where relative."""
    terms = ctx.terms(claim)
    toks = terms.tokens
    today = claim.article_date
    months = month_numbers()
    for i, tok in enumerate(toks):
        # months by whole word (or after one clitic): "بالمائة" must not read as مايو/ماي
        bare = tok.text[1:] if tok.text[:1] in ("ب", "و", "ل", "ف") and tok.text[1:] in months else tok.text
        month = months.get(bare)
        if month is None:
            continue
        day = int(toks[i - 1].text) if i > 0 and toks[i - 1].text.isdigit() and int(toks[i - 1].text) <= 31 else None
        year = None
        if i + 1 < len(toks) and _YEAR.match(toks[i + 1].text):
            year = int(toks[i + 1].text)
        elif today is not None:
            year = today.year if month >= today.month else today.year + 1
        if year is None:
            continue
        day = day or (31 if month == 12 else 28)
        return dt.date(year, month, min(day, 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)), \
            terms.surface(max(0, i - 1), 3)
    end = next((i for i, t in enumerate(toks) if "نهايه" in t.keys or "نهاية" in t.keys), None)
    if end is not None:
        for k in range(end + 1, min(end + 4, len(toks))):
            if _YEAR.match(toks[k].text):
                return dt.date(int(toks[k].text), 12, 31), terms.surface(end, k - end + 1)
    nxt = ctx.find(claim, "end_of_next_year")
    if nxt and today is not None:
        return dt.date(today.year + 1, 12, 31), terms.surface(nxt[0][0], 3) or nxt[0][1]
    this = ctx.find(claim, "end_of_this_year")
    if this and today is not None:
        return dt.date(today.year, 12, 31), terms.surface(this[0][0], 3) or this[0][1]
    return None


@rule(kind="date", score=0.75, examples=[
    Example("انسحاب القوات القتالية نهاية العام الحالي", "انسحاب القوات القتالية بحلول نهاية 2022", True,
            "2021-07-27", "2021-07-27"),
    Example("انسحاب القوات القتالية نهاية العام الحالي", "ستغادر القوات القتالية في 31 ديسمبر 2021", False,
            "2021-07-27", "2021-08-01"),
    Example("انسحاب القوات القتالية نهاية العام الحالي", "افتتاح المطار نهاية العام المقبل", False,
            "2021-07-27", "2021-07-27"),
])
def date(a: Claim, b: Claim, ctx: RuleContext):
    """Dates: two different deadlines for the same event (a withdrawal, a departure). Relative
    expressions are resolved against the article date: "نهاية العام الحالي" in a 2021 article is
    31 December 2021, so it agrees with "31 ديسمبر 2021"; deadlines within a month agree."""
    if not (ctx.find(a, "withdraw") and ctx.find(b, "withdraw")) and \
            jaccard(ctx.terms(a).content_keys(), ctx.terms(b).content_keys()) < 0.3:
        return None
    da, db = _deadline(ctx, a), _deadline(ctx, b)
    if not da or not db or abs((da[0] - db[0]).days) <= 31:
        return None
    return ctx.conflict(a, b, score=0.75, triggers_a=(da[1],), triggers_b=(db[1],),
                        explanation=f"موعدان مختلفان: «{da[1]}» ({da[0].isoformat()}) مقابل «{db[1]}» ({db[0].isoformat()})")


# ------------------------------------------------------------------------------------ dispute
@rule(kind="dispute", score=0.7, examples=[
    ("الكلام عن أن الوفد العراقي سيطلب الانسحاب هو كلام غير صحيح", "الوفد العراقي سيطلب انسحاب القوات الأميركية", True),
    ("هذه التصريحات مغالطات بخصوص إخراج القوات الأجنبية", "الحكومة اتفقت على إخراج القوات الأجنبية", True),
    ("الكلام عن زيارة الوزير غير صحيح", "ارتفاع أسعار النفط في الأسواق", False),
    ("الوفد العراقي سيطلب انسحاب القوات", "الوفد العراقي سيطلب انسحاب القوات الأميركية", False),
])
def dispute(a: Claim, b: Claim, ctx: RuleContext):
    """Explicit dispute: the first claim calls something false (كلام غير صحيح، مغالطات، نفى،
    تناقضت، عار عن الصحة) — or is itself a denial (cue نفى) — and what it disputes is what the
    second claim says: they share content words beyond the dispute words."""
    markers = ctx.find(a, "dispute")
    denial = a.cue_lemma in ("نفى", "نفي")
    if not markers and not denial:
        return None
    if ctx.find(b, "dispute"):
        return None
    # what is disputed lies around the marker ("الكلام عن أن الوفد سيطلب الانسحاب كلام غير
    # صحيح"، "المغالطات ... بخصوص إخراج القوات"), not anywhere in a long claim
    around = markers[0][0] if markers and markers[0][0] >= 0 else None
    shared = ctx.shared_words(a, b, exclude=ctx.words("dispute"),
                              near=(around, None) if around is not None else None, reach=10)
    if len(shared) < 2:
        return None      # one common word does not show that the dispute is about this claim
    marker = (ctx.terms(a).surface(markers[0][0], 3) or markers[0][1]) if markers else a.cue_text
    thing = " ".join(shared[:3])
    score = min(0.9, 0.5 + 0.1 * len(shared))
    return ctx.conflict(a, b, score=score, triggers_a=(marker,), triggers_b=(thing,),
                        explanation=f"الأول يصف ما يقوله الثاني بأنه غير صحيح («{marker}») بشأن «{thing}»")


# ------------------------------------------------------------------------------------ substitution
def _content_tokens(ctx: RuleContext, claim: Claim):
    stop = set(ctx.words("negation")) | set(ctx.words("light_verb"))
    from ..graph.terms import stopwords

    stop |= stopwords()
    return [t for t in ctx.terms(claim).tokens if t.text not in stop and len(t.text) >= 2 and not t.text.isdigit()]


def _same_word(x, y) -> bool:
    """Two forms of one word (verb and verbal noun, a misspelling): their letters mostly align."""
    from difflib import SequenceMatcher

    stem_x, stem_y = min(x.keys, key=len), min(y.keys, key=len)
    return SequenceMatcher(None, stem_x, stem_y).ratio() >= 0.7


def _matches(token, others) -> bool:
    return any(token.keys & o.keys for o in others)


@rule(kind="substitution", score=0.5, examples=[
    ("تكليف عمر الرزاز برئاسة الحكومة الأردنية", "تكليف عمر الرزاز برئاسة الحكومة اللبنانية", True),
    ("وزير الخارجية الإيراني يحذر من التصعيد في الخليج", "وزير الخارجية العراقي يحذر من التصعيد في الخليج", True),
    ("تكليف عمر الرزاز برئاسة الحكومة الأردنية", "عمر الرزاز يكلف برئاسة الحكومة الأردنية الجديدة", False),
    ("ارتفاع أسعار النفط في الأسواق", "افتتاح معرض الكتاب في القاهرة", False),
])
def substitution(a: Claim, b: Claim, ctx: RuleContext):
    """Substitution: the same statement with one actor, place or object swapped — everything
    else matches, word for word, and exactly one content word on each side differs ("الحكومة
    الأردنية" vs "الحكومة اللبنانية"). Catches a report that moves an event to another
    country or person. Numbers are left to the number rule."""
    ca, cb = _content_tokens(ctx, a), _content_tokens(ctx, b)
    if len(ca) < 4 or len(cb) < 4:
        return None
    only_a = [t for t in ca if not _matches(t, cb)]
    only_b = [t for t in cb if not _matches(t, ca)]
    if len(only_a) != 1 or len(only_b) != 1:
        return None
    wa, wb = only_a[0].written, only_b[0].written
    if _same_word(only_a[0], only_b[0]):
        return None      # "تغلق" / "إغلاق"، "خاشقجي" / "خاشقي": one word in two forms
    # the swapped words must sit in the same place: the same neighbour on one side
    ia, ib = ca.index(only_a[0]), cb.index(only_b[0])
    before = ia > 0 and ib > 0 and ca[ia - 1].keys & cb[ib - 1].keys
    after = ia + 1 < len(ca) and ib + 1 < len(cb) and ca[ia + 1].keys & cb[ib + 1].keys
    if not (before or after):
        return None
    return ctx.conflict(a, b, score=0.5, triggers_a=(wa,), triggers_b=(wb,),
                        explanation=f"الخبر نفسه مع تبديل كلمة واحدة: «{wa}» مقابل «{wb}»")
