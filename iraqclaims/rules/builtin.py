"""The lexical conflict rules iraqclaims ships besides the event-frame rules (frame_rules.py,
timing.py): opposite words and swapped actors. Each docstring says what it detects; each rule's
examples run as tests (tests/test_rule_examples.py) through :mod:`iraqclaims.testing`."""
from __future__ import annotations

from ..claims import Claim
from ..claims.tokens import TIME_QUALIFIERS
from ..frames.numbers import measure_words
from ..frames.reader import denies, lexicon
from ..graph.terms import by_length
from ..graph.topics import jaccard
from .context import RuleContext
from .blocking import Needs
from .join_keys import content_tokens
from .registry import rule

ANTONYM_OVERLAP = 0.2   # content overlap below which two antonyms speak of different things (ANS dev)
BACKGROUND_REACH = 2    # "نتيجة الانخفاض في": words between a circumstance word and the one it takes as given
OPPOSED_REACH = 3       # "يستهدف أمنها واستقرارها": words between an opposing word and what it opposes
OBJECT_REACH = 3        # words after an antonym in which what it bears on comes ("بإنهاء الهدنة")


def _names_a_group(ctx: RuleContext, claim: Claim, index: int) -> bool:
    """The word at ``index`` is a group's name, not an act (rule_words group_name): definite and
    with no ل object after it ("تسيطر عليها المعارضة السورية" is the opposition)."""
    tokens = ctx.terms(claim).tokens
    bare = tokens[index].text.lstrip("وف")
    definite = bare.startswith(("ال", "بال", "كال", "لل"))
    return definite and not (index + 1 < len(tokens) and tokens[index + 1].text.startswith("ل"))


def _affirmed(ctx: RuleContext, claim: Claim, hits):
    """Hits that are asserted: neither negated, nor inside a condition ("لو طلبت الانسحاب"), nor
    a circumstance the claim takes as given ("في ظل تراجع أسعار النفط"، "إبان ارتفاع الأسعار":
    rule_words background, up to :data:`BACKGROUND_REACH` words before), nor what an opposing
    word aims at ("عمل إرهابي يستهدف أمنها واستقرارها"، "رفض الموافقة": events.txt opposing),
    nor a group's name ("المعارضة السورية"). A claim whose cue denies it ("نفى الوزير توقف الحملة")
    affirms none of its words."""
    if denies(claim.cue_text or ""):
        return []
    groups = {i for i, _ in ctx.find(claim, "group_name") if i >= 0 and _names_a_group(ctx, claim, i)}
    conditions = [i for i, _ in ctx.find_phrases(claim, lexicon()["status:conditional"]) if i >= 0]
    given = [i + len(p.split()) for i, p in ctx.find(claim, "background") if i >= 0]
    opposed = [i for i, _ in ctx.find_phrases(claim, lexicon()["opposing"]) if i >= 0]
    return [(i, p) for i, p in hits if not ctx.negated(claim, i) and not any(0 <= k < i for k in conditions)
            and not any(i - BACKGROUND_REACH <= k <= i for k in given)
            and not any(i - OPPOSED_REACH <= k < i for k in opposed) and i not in groups]


def _part_of_whole(ctx: RuleContext, a: Claim, b: Claim) -> bool:
    """Guard: a part is not the whole ("no combat forces" vs "training continues")."""
    return bool(ctx.find(a, "subset")) != bool(ctx.find(b, "subset"))


# ------------------------------------------------------------------------------------ antonyms
# Over a corpus's claims two opposite words about one thing are mostly about two things or a
# hypothesis ("رفض الكونجرس للاتفاق سيؤدي إلى حرب" / "واثق من الفوز بموافقة الكونجرس"): on 800
# unseen SaudiNewsNet articles it raised 10 of 41 flags, none a contradiction, and it finds none
# of the 50 gold contradictions the frame rules are measured on. It judges two statements compared
# on their own (compare(), the ANS setting), and a corpus run that names it in its rules.
@rule(kind="antonym", score=0.65, needs=Needs(a="antonym", b="antonym", same="antonym"), corpus=False, examples=[
    ("ارتفاع أسعار النفط في الأسواق العالمية", "انخفاض أسعار النفط في الأسواق العالمية", True),
    ("الولايات المتحدة ستزيد عدد قواتها في العراق", "الولايات المتحدة ستقلص عدد قواتها في العراق", True),
    ("ارتفاع أسعار النفط", "انخفاض عدد الإصابات بكورونا", False),
    ("لم ترتفع أسعار النفط", "انخفاض أسعار النفط", False),
    ("الحالة الصحية للرئيس المعزول مستقرة", "الحالة الصحية للرئيس المعزول حرجة", True),
    ("بلغت القروض 454 مليارا بارتفاع 21 بالمائة", "بلغ السداد 18 مليارا بانخفاض 29 بالمائة", False),
    ("دعمت إيران الحكومة السورية قبل الاتفاق النووي وبعده", "الكونجرس يرفض الاتفاق النووي مع إيران", False),
    ("توسعت الشركات في الإنتاج إبان ارتفاع أسعار النفط", "الإنتاج لن يستمر في ظل انخفاض أسعار النفط", False),
    ("الشركات خسرت بسبب انخفاض أسعار النفط", "ارتفاع أسعار النفط في الأسواق العالمية", False),
    ("عمل إرهابي جبان يستهدف أمن المملكة واستقرارها", "اشتباكات عنيفة تهدد أمن المملكة", False),
    ("أعلنت الجبهة موافقتها على تسليم المواقع الحدودية", "تسيطر المعارضة السورية على المواقع الحدودية", False),
    ("أعلنت الجبهة موافقتها على تسليم المواقع الحدودية", "أعلنت الجبهة المعارضة لتسليم المواقع الحدودية", True),
    # what ends and what goes on are two things
    ("قرار الحزب المسلح بإنهاء الهدنة مع الحكومة التركية", "الحزب المسلح واصل شن هجمات على الحكومة التركية", False),
    ("الحزب المسلح واصل الهدنة مع الحكومة التركية", "قرار الحزب المسلح بإنهاء الهدنة مع الحكومة التركية", True),
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
            # "مليار" and "بالمائة" in two economic figures say how much, not of what
            shared = [w for w in ctx.shared_words(a, b, exclude=set(one) | set(other), near=(ha[0][0], hb[0][0]))
                      if w not in measure_words()]
            # one shared word next to "ارتفاع"/"انخفاض" is often chance ("أسعار"): two, or claims
            # that overlap as a whole
            if not shared or (len(shared) < 2 and jaccard(ta.content_keys(), tb.content_keys()) < ANTONYM_OVERLAP):
                continue
            if _different_objects(ctx, a, b, ha[0], hb[0]):
                continue
            wa = ta.surface(ha[0][0]) or ha[0][1]
            wb = tb.surface(hb[0][0]) or hb[0][1]
            thing = " ".join(shared[:3])
            score = min(0.9, 0.55 + 0.05 * len(shared))
            return ctx.conflict(a, b, score=score, triggers_a=(wa,), triggers_b=(wb,),
                                explanation=f"كلمتان متضادتان «{wa}» و«{wb}» عن الشيء نفسه («{thing}»)")
    return None


def _object_keys(ctx: RuleContext, claim: Claim, hit: tuple[int, str]) -> frozenset[str]:
    """Keys of the first content word after an antonym (what rises, stops or goes on; "شن" is too
    short to count), within :data:`OBJECT_REACH` words; empty when none follows."""
    terms = ctx.terms(claim)
    content = terms.content_keys()
    start = hit[0] + len(hit[1].split())
    for k in range(start, min(len(terms.tokens), start + OBJECT_REACH)):
        keys = terms.tokens[k].keys & content
        if keys:
            return keys
    return frozenset()


def _different_objects(ctx: RuleContext, a: Claim, b: Claim, hit_a, hit_b) -> bool:
    """Guard: what one claim says ends and what the other says goes on are two things ("إنهاء
    الهدنة" / "واصل شن هجمات"): the words after the two antonyms differ and neither stands in the
    other claim at all."""
    oa, ob = _object_keys(ctx, a, hit_a), _object_keys(ctx, b, hit_b)
    return bool(oa and ob and not oa & ob and not oa & ctx.terms(b).content_keys()
                and not ob & ctx.terms(a).content_keys())


# ------------------------------------------------------------------------------------ substitution
_content_tokens = content_tokens    # one definition, shared with blocking's "content" join


def _same_word(x, y) -> bool:
    """Two forms of one word (verb and verbal noun, a misspelling): their letters mostly align."""
    from difflib import SequenceMatcher

    stem_x, stem_y = min(x.keys, key=by_length), min(y.keys, key=by_length)
    return SequenceMatcher(None, stem_x, stem_y).ratio() >= 0.7


def _nisba(word: str) -> bool:
    """A relative adjective of a place or people, normalised: "الاردنيه"، "العراقي"، "لبنانيين";
    not one of time ("الحالي" / "الجاري")."""
    bare = word.removeprefix("ال")
    return len(bare) >= 4 and bare.endswith(("ي", "يه", "يين", "يون")) and "ال" + bare not in TIME_QUALIFIERS


def _matches(token, others) -> bool:
    return any(token.keys & o.keys for o in others)


@rule(kind="substitution", score=0.5, needs=Needs(a="content:4", b="content:4", same="content"), examples=[
    ("تكليف عمر الرزاز برئاسة الحكومة الأردنية", "تكليف عمر الرزاز برئاسة الحكومة اللبنانية", True),
    ("وزير الخارجية الإيراني يحذر من التصعيد في الخليج", "وزير الخارجية العراقي يحذر من التصعيد في الخليج", True),
    ("تكليف عمر الرزاز برئاسة الحكومة الأردنية", "عمر الرزاز يكلف برئاسة الحكومة الأردنية الجديدة", False),
    ("ارتفاع أسعار النفط في الأسواق", "افتتاح معرض الكتاب في القاهرة", False),
    ("السعودية لها الحق في الدفاع عن نفسها ضد الحوثيين", "المملكة لها الحق في الدفاع عن نفسها ضد الحوثيين", False),
    ("التوقيفات جرت عقب هجمات استهدفت عناصر الأمن أخيرا", "التوقيفات جرت عقب هجمات استهدفت عناصر الأمن مؤخرا", False),
    ("الإنتاج سيرتفع خلال الشهر الحالي في حقول الجنوب", "الإنتاج سيرتفع خلال الشهر الجاري في حقول الجنوب", False),
])
def substitution(a: Claim, b: Claim, ctx: RuleContext):
    """Substitution: the same statement with its country or people swapped — everything else
    matches, word for word, and exactly one content word on each side differs, a nisba on both
    ("الحكومة الأردنية" vs "الحكومة اللبنانية"). Catches a report that moves an event to another
    country. Other one-word swaps are wordings of one statement ("السعودية" / "المملكة"، "أخيرا" /
    "مؤخرا"); numbers are left to the number rule."""
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
    if not (_nisba(only_a[0].text) and _nisba(only_b[0].text)):
        # what the rule is for is a country or people swapped ("الأردنية" / "اللبنانية"); read on
        # unseen news, other one-word swaps were wordings of one statement ("السعودية" /
        # "المملكة"، "أخيرا" / "مؤخرا"، "روابطه" / "صلاته"), 20 of 21 flags on 1,600 articles
        return None
    # the swapped words must sit in the same place: the same neighbour on one side
    ia, ib = ca.index(only_a[0]), cb.index(only_b[0])
    before = ia > 0 and ib > 0 and ca[ia - 1].keys & cb[ib - 1].keys
    after = ia + 1 < len(ca) and ib + 1 < len(cb) and ca[ia + 1].keys & cb[ib + 1].keys
    if not (before or after):
        return None
    return ctx.conflict(a, b, score=0.5, triggers_a=(wa,), triggers_b=(wb,),
                        explanation=f"الخبر نفسه مع تبديل كلمة واحدة: «{wa}» مقابل «{wb}»")
