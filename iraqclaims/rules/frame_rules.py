"""Conflict rules over event frames (:mod:`iraqclaims.frames`): two claims give incompatible
values to one slot of the same event. Each rule's examples run as tests
(tests/test_rule_examples.py); each explanation names the two values."""
from __future__ import annotations

from functools import cache

from ..claims import Claim
from ..frames import EventFrame, doer
from ..frames.numbers import quantities
from ..frames.reader import event_forms, lexicon
from ..graph.terms import by_length
from ..normalize import normalize
from .context import RuleContext, rule_words
from .blocking import Needs
from .join_keys import predicate_keys
from .same_event import event_pairs, same_place, same_theme
from .registry import rule

AFFIRM_REACH = 3    # tokens before a word in which a question or an opposing word takes away its assertion
RESTRICT_REACH = 3  # tokens after a negated event in which a limit on it comes ("التفجير مقصورة")
OBJECT_WORDS = 6    # words after a denied predicate where its object stands ("لم يقصف مواقع المسلحين في القرية")
UNSETTLED = ("planned", "ongoing", "undecided")   # statuses that say the event is not done yet
NOT_FACT = ("demanded", "planned", "conditional", "undecided")
SCOPE_AR = {"all": "الكل", "part": "جزء", "combat": "القتالية فقط"}
STATUS_AR = {"done": "تم", "ongoing": "جارٍ", "planned": "مخطط", "undecided": "لم يحسم", "": "مثبت"}
INCOMPATIBLE_EVENTS = {("control", "besiege")}   # one side holds the place, the other says it is still besieged
def _one_is_combat(fa: EventFrame, fb: EventFrame) -> bool:
    """Guard: a part is not the whole. Combat forces leaving says nothing of the trainers."""
    return (fa.scope == "combat") != (fb.scope == "combat")


def _words(frame: EventFrame, *slots: str) -> str:
    return " ".join(dict.fromkeys(w for w in (getattr(frame, s) for s in slots) if w))


def _triggers(frame: EventFrame, *slots: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w for w in (getattr(frame, s) for s in slots) if w))


# ------------------------------------------------------------------------------------ scope
@rule(kind="scope", score=0.9, needs=Needs(
    a="asserted positive scope:part | asserted positive scope:combat", b="asserted positive scope:all",
    same="event"), examples=[
    ("ستقلص الولايات المتحدة عدد قواتها في العراق", "الكاظمي: جرى تأكيد انسحاب جميع القوات الأميركية من العراق", True),
    ("سيطرت المقاومة على معظم المواقع داخل قاعدة العند", "المقاومة فرضت سيطرتها الكاملة على قاعدة العند", True),
    ("انسحاب القوات القتالية الأجنبية من البلاد", "انسحاب جميع القوات الأجنبية من البلاد", True),
    ("سيطرة الجيش والمتطوعين الموالين للحكومة على معظم المباني داخل مطار الريان",
     "الجيش فرض سيطرته الكاملة على مطار الريان", True),
    ("ستقلص الولايات المتحدة عدد قواتها في العراق", "انسحاب جميع القوات القتالية بنهاية العام", False),
    ("ستقلص الولايات المتحدة عدد قواتها", "سيتم تقليص عدد القوات تدريجيا", False),
    ("ستقلص الولايات المتحدة عدد قواتها", "اجتماع بشأن انسحاب جميع القوات", False),
    # "some" and "full" of other nouns: the stability the deal brings, the deal's implementation
    ("الاتفاق سيسهم في تحقيق بعض الاستقرار في المنطقة", "التطبيق الكامل للاتفاق سيسهم في أمن المنطقة", False),
])
def scope(a: Claim, b: Claim, ctx: RuleContext):
    """Scope: one claim says part of the event happens (تقليص، معظم المواقع، القوات القتالية
    فقط) and the other says all of it (انسحاب جميع القوات، السيطرة الكاملة). Combat forces
    against a reduction are a part against a part; a meeting about a withdrawal asserts none."""
    for fa, fb in event_pairs(ctx, a, b):
        if not (fa.polarity and fb.polarity) or fb.scope != "all":
            continue
        if fa.scope == "part" or (fa.scope == "combat" and fa.family == "withdraw"):
            ta, tb = _words(fa, "scope_text", "trigger"), _words(fb, "trigger", "scope_text")
            return ctx.conflict(a, b, score=0.9, triggers_a=_triggers(fa, "scope_text", "trigger"),
                                triggers_b=_triggers(fb, "trigger", "scope_text"),
                                explanation=f"نطاق الحدث: الأول «{ta}» ({SCOPE_AR[fa.scope]}) والثاني «{tb}» (الكل)")
    return None


# ------------------------------------------------------------------------------------ status
@rule(kind="status", score=0.75, needs=Needs(
    a="asserted positive status:done | asserted positive event:control",
    b="asserted positive status:planned | asserted positive status:ongoing | asserted positive status:undecided"
      " | asserted positive event:besiege", same="event"), examples=[
    ("الهدف المقبل هو التحرير الكامل لقاعدة العند", "قوات الجيش سيطرت على قاعدة العند", True),
    ("قوات النظام سيطرت على مدينة الزبداني", "مدينة الزبداني لا تزال تحت حصار قوات النظام", True),
    ("البلدان اتفقا على موعد الانسحاب", "موعد الانسحاب سيحدد لاحقا في اتفاق", True),
    ("قوات الجيش سيطرت على قاعدة العند", "قوات الجيش تمكنت من السيطرة على قاعدة العند", False),
    ("الهدف المقبل هو التحرير الكامل لقاعدة العند", "قوات الجيش سيطرت على مدينة عدن", False),
    ("القائمة شملت خمسة لاعبين مبعدين من المعسكر", "أسماء اللاعبين الذين ستشملهم قائمة المعسكر", False),
    ("المقاومة سيطرت على جبل منيف القريب من قاعدة العند", "قاعدة العند لا تزال تحت حصار المقاومة", False),
    ("قاعدة الوطية أصبحت تحت السيطرة بالكامل", "بدأت عملية عسكرية تستهدف السيطرة على قاعدة ناصر الجوية", False),
    ("طائرات حربية هاجمت معسكرات الحزب في شمال العراق", "الطائرات تواصل استهداف معسكرات الحزب في شمال العراق", False),
    ("عملية تحرير مدينة الفلوجة ما زالت قائمة", "التنظيم يستخدم العوائل المحاصرة داخل مدينة الفلوجة دروعا بشرية", False),
    ("عمليات التفتيش ستجري وفقا للاتفاق النووي", "سيتم الاتفاق على آلية التفتيش لاحقا", False),
])
def status(a: Claim, b: Claim, ctx: RuleContext):
    """Status: one claim says the event is done (سيطرت، تم، اتفقا) and the other that it is
    still planned, under way or to be set later (الهدف المقبل، لاستكمال، سيحدد لاحقا); or one
    says a place is taken and the other that it is still besieged — the same place: a hill taken
    near a base says nothing of the siege of the base. Only events that end once (events.txt
    once_events: taking, agreeing, deciding, leaving): an attack made and attacks that go on are
    both true."""
    once = lexicon()["once_events"]
    for fa in ctx.frames(a):
        if _referenced(ctx, a, fa):
            continue            # "وفقا للاتفاق الذي تم التوصل إليه"، "عملية تحرير": the event as a thing
        for fb in ctx.frames(b):
            if not (fa.asserts or fb.asserts) or not (fa.polarity and fb.polarity) or fa.family not in once \
                    or not same_theme(ctx, a, b, fa, fb) or not same_place(ctx, a, b, fa, fb):
                continue
            if fa.family == fb.family and fa.status == "done" and fb.status in UNSETTLED and fa.asserts and fb.asserts \
                    or (fa.event, fb.event) in INCOMPATIBLE_EVENTS and fa.asserts and fb.asserts \
                    and not _referenced(ctx, b, fb):     # "العوائل المحاصرة": besieged as a description
                ta, tb = _words(fa, "status_text", "trigger"), _words(fb, "status_text", "trigger")
                return ctx.conflict(a, b, score=0.75, triggers_a=_triggers(fa, "status_text", "trigger"),
                                    triggers_b=_triggers(fb, "status_text", "trigger"),
                                    explanation=f"حالة الحدث: الأول «{ta}» ({STATUS_AR.get(fa.status, fa.status)}) "
                                                f"والثاني «{tb}» ({STATUS_AR.get(fb.status, fb.status)})")
    return None


# ------------------------------------------------------------------------------------ happened
def _affirmed_word(ctx: RuleContext, a: Claim, b: Claim, fb: EventFrame) -> tuple[int, str] | None:
    """For a negated predicate no class lists ("لم تسجل" in b), the same word affirmed in a."""
    ta = ctx.terms(a)
    negated = {f.index for f in ctx.frames(a) if not f.polarity}
    if any(f.status == "denied" for f in ctx.frames(a)):
        return None
    # a question ("كيف يؤثر") or a word opposing it ("رفض محاولات التدخل") does not affirm it
    unasserted = [i for name in ("question", "opposing") for i, _ in ta.find_any(lexicon()[name]) if i >= 0]
    for key in sorted(predicate_keys(ctx.terms(b).tokens[fb.index]), key=by_length, reverse=True):
        j = ta.find(key)
        if j is not None and j >= 0 and j not in negated and not ctx.negated(a, j, window=4) \
                and not any(j - AFFIRM_REACH <= k < j for k in unasserted):
            return j, ta.surface(j)
    return None


def _referenced(ctx: RuleContext, claim: Claim, frame: EventFrame) -> bool:
    """Is the event named as a thing rather than said to happen: a definite noun ("الانسحاب من
    الاتفاق"، "رفضوا المشاركة"), or a noun after a preposition ("في قدرة"، "عن مشاركة"، "إلى
    اتفاق"), with one glued to it ("بالمشاركة"، "لمنع") or after an operation ("عملية تحرير"،
    "معارك تحرير": under way, not done)? After a light verb it is what was done ("تم التطهير").
    A report that it did not happen answers a claim that it did ("قصف" / "لم يقصف"), not one
    that speaks of it."""
    tokens = ctx.terms(claim).tokens
    if not 0 <= frame.index < len(tokens):
        return False
    word = tokens[frame.index].text
    before = tokens[frame.index - 1].text if frame.index > 0 else ""
    if before in _normalised(rule_words()["light_verb"]):
        return False    # "تم التطهير"، "جرى الانسحاب": the noun is what was done
    forms = event_forms()
    clitic = word[:1] in ("ب", "ل") and word not in forms and (
        word[1:] in forms or word[1:].removeprefix("ال") in forms or (word.startswith("لل") and word[2:] in forms))
    return (word.startswith(("ال", "وال")) or before in _normalised(lexicon()["governing_preposition"]) or clitic
            or before.removeprefix("ال") in _normalised(lexicon()["operation_noun"]))


@cache
def _normalised(words: tuple[str, ...]) -> frozenset[str]:
    """A lexicon class's words normalised as token texts are."""
    return frozenset(normalize(w) for w in words)


def _shares_of_a_whole(ctx: RuleContext, a: Claim, b: Claim) -> bool:
    """Both claims give a different percentage: the part that does and the part that does not."""
    shares = [{q.value for _, q in quantities(ctx.terms(c)) if q.unit == "percent"} for c in (a, b)]
    return bool(shares[0] and shares[1] and not shares[0] & shares[1])


def _restricted(ctx: RuleContext, claim: Claim, frame: EventFrame) -> bool:
    """The negation denies a limit on the event, not the event: "لم تعد عمليات التفجير مقصورة على
    الانتحاريين" (events.txt restricting, within :data:`RESTRICT_REACH` words after the trigger)."""
    return any(frame.index < k <= frame.index + RESTRICT_REACH
               for k, _ in ctx.find_phrases(claim, lexicon()["restricting"]))


def _different_doers(ctx: RuleContext, a: Claim, at: int, b: Claim, fb: EventFrame) -> bool:
    """Each claim names who does the event, and not the same one: what one asserts of its doer
    is not what the other denies of another ("تدخل الأتراك" / "وحدات حماية الشعب لن تتدخل").
    The words next to a's predicate must not stand after b's: they may be its object ("قصف
    المدينة" / "الجيش لم يقصف المدينة")."""
    def keys(tokens) -> set[str]:
        return {k for t in tokens for k in t.keys if len(k) >= 3} - ctx.background - ctx.common
    denier = keys(doer(ctx.terms(b), fb.index, negated=True))
    done = keys(doer(ctx.terms(a), at, negated=False))
    denied_object = keys(ctx.terms(b).tokens[fb.index + 1:fb.index + 1 + OBJECT_WORDS])
    return bool(denier and done) and not denier & done and not done & denied_object


def _opposed(ctx: RuleContext, a: Claim, b: Claim, denied: bool):
    """(trigger of a, frame of b): an event a asserts as fact and b negates (``denied``: b calls
    it false, "غير صحيح"، "نفى") — the same class and theme, or the same word for open predicates."""
    for fb in ctx.frames(b):
        # "يجب عدم التدخل"، "مبدأ عدم التدخل": what must not happen is no report that it did not
        if fb.polarity or not fb.asserts or (fb.status == "denied") != denied or fb.status in ("demanded", "conditional") \
                or _restricted(ctx, b, fb):
            continue
        if fb.event.startswith("word:"):
            hit = _affirmed_word(ctx, a, b, fb)
            # the same object next to both: "سجلتها في بوابة القبول" / "لم تسجل ... في بوابة الجامعة";
            # a word the whole corpus uses ("العراق") does not make two predicates one
            near = ctx.shared_words(a, b, exclude=(hit[1], fb.trigger), near=(hit[0], fb.index), reach=5) if hit else ()
            own = {normalize(t).removeprefix("ال") for t in ((hit[1], fb.trigger) if hit else ())}
            specific = [w for w in near if w not in ctx.background and w not in ctx.common
                        and w.removeprefix("ال") not in own]
            if hit and (len(specific) >= 2 or (specific and not ctx.common)) and not _different_doers(ctx, a, hit[0], b, fb):
                return (hit[1],), fb
            continue
        for fa in ctx.frames(a):
            if fa.asserts and fa.polarity and fa.status not in NOT_FACT and fa.family == fb.family \
                    and fa.event not in ("need",) and not _one_is_combat(fa, fb) and same_theme(ctx, a, b, fa, fb) \
                    and (denied or not _referenced(ctx, a, fa)) and not _different_doers(ctx, a, fa.index, b, fb):
                return _triggers(fa, "status_text", "trigger"), fb
    return None


@rule(kind="happened", score=0.8, needs=Needs(a="asserted positive | words", b="asserted negated", same="event"),
      examples=[
    ("الجيش التركي قصف مواقع الوحدات الكردية في قرية قرب جرابلس", "الجيش التركي لم يقصف مواقع الوحدات الكردية", True),
    ("تعرض مقرات قوات الطوارئ لمحاولات تفجير", "عدم تعرض أي مقر آخر لقوات الطوارئ لمحاولة تفجير", True),
    ("لو قصف الجيش مواقع الوحدات", "الجيش لم يقصف مواقع الوحدات", False),
    ("القوات الإماراتية لم تنفذ أية عملية إنزال بري في عدن", "لم تنفذ قوات التحالف عملية إنزال بري في عدن", False),
    ("نزل مئات الجنود من القوات الخاصة الخليجية مع عشرات الدبابات صباح الأحد في ميناء المكلا",
     "لم تنفذ أية عملية إنزال بري في ميناء المكلا", True),
    ("نزل مئات الجنود صباح الأحد في ميناء المكلا", "لم تنفذ قوات التحالف أية عملية إنزال بري في ميناء عدن", False),
    ("كيف يؤثر الاتفاق على الدور الإيراني في المنطقة", "الاتفاق لن يؤثر على الدور الإيراني في المنطقة", False),
    ("رفض محاولات التدخل في الشؤون الداخلية للدول", "عدم التدخل في الشؤون الداخلية للدول", False),
    ("انسحبت القوات الأميركية من قاعدة عين الأسد", "لم تنسحب القوات الأميركية من قاعدة عين الأسد", True),
    ("الاتفاق يتضمن إقامة منطقة حظر طيران شمال سوريا", "الجهود المشتركة لن تشمل فرض منطقة حظر طيران", True),
    ("يصدق 34% من الكوريين حكومتهم", "66% من الكوريين لا يصدقون حكومتهم", False),
    ("الإخفاق في انتخاب رئيس للجمهورية سببه عوامل خارجية", "عوامل خارجية وراء عدم انتخاب رئيس للجمهورية", False),
    ("إيران تواصل التدخل في الشؤون الداخلية لدول الخليج", "يجب عدم التدخل في الشؤون الداخلية لدول الخليج", False),
    ("إيران تواصل التدخل في الشؤون الداخلية لدول الخليج", "التعاون على أساس مبدأ عدم التدخل في الشؤون الداخلية لدول الخليج", False),
    ("رفع الفيتو عن مشاركة فصائل الحشد في معركة الرمادي", "فصائل الحشد لم تشارك في معركة الرمادي", False),
    ("الأسر اتهمت المسلحين بالمشاركة في عمليات النهب في المدينة", "المسلحون لم يشاركوا في عمليات النهب في المدينة", False),
    ("الانسحاب من الاتفاق النووي سيعزل الولايات المتحدة", "عدم التوصل إلى اتفاق نووي سيعزل الولايات المتحدة", False),
    ("تم الانسحاب من قاعدة عين الأسد", "القوات لم تنسحب من قاعدة عين الأسد", True),
    # one doer's act and another's denial
    ("تدخل الجيش التركي في شمال سوريا سيمنع تقدم المسلحين", "وحدات الحماية الكردية لن تتدخل في شمال سوريا", False),
    ("مشاركة قوات العشائر في معارك الرمادي", "فصائل الحشد المدعومة من طهران لم تشارك في معارك الرمادي", False),
    ("الجيش قصف مواقع المسلحين في قرية قرب المدينة", "الجيش لم يقصف مواقع المسلحين في القرية", True),
    ("انتحاري يقود سيارة مفخخة استهدف مركز تدريب في البلدة",
     "لم تعد عمليات التفجير مقصورة على الانتحاريين والسيارات المفخخة في البلدة", False),
])
def happened(a: Claim, b: Claim, ctx: RuleContext):
    """Happened vs did not happen: one claim asserts an event as fact (قصف، تعرض، يشاركون) and the
    other negates the same predicate about the same thing (لم يقصف، عدم تعرض، لن تشهد مشاركة).
    Conditions, demands, plans and questions ("كيف يؤثر") are not facts, and what must not happen
    ("يجب عدم التدخل"، "مبدأ عدم التدخل") is no report that it did not; nor is a word another
    opposes ("رفض محاولات التدخل"); two negations agree, and so do two shares of one whole ("يصدق
    34% ..." and "66% ... لا يصدقون")."""
    found = _opposed(ctx, a, b, denied=False)
    if found is None or _shares_of_a_whole(ctx, a, b):
        return None
    ta, fb = found
    tb = _words(fb, "status_text", "trigger")
    return ctx.conflict(a, b, score=0.8, triggers_a=ta, triggers_b=_triggers(fb, "status_text", "trigger"),
                        explanation=f"الأول يثبت «{' '.join(ta)}» والثاني ينفيه «{tb}»")


@rule(kind="dispute", score=0.75, needs=Needs(a="asserted status:denied", b="asserted positive | words",
                                              same="event"), examples=[
    ("الأنباء عن عملية إنزال بري لقوات التحالف في عدن عارية من الصحة", "إنزال قوات التحالف لقوات برية في مدينة عدن", True),
    ("لا صحة لمقتل مواطن سعودي على الأراضي الأردنية، بل الحادثة وقعت لشخص أردني", "المقتول أردني الجنسية ويعمل في السعودية", False),
    ("الكلام عن زيارة الوزير غير صحيح", "ارتفاع أسعار النفط في الأسواق", False),
])
def dispute(a: Claim, b: Claim, ctx: RuleContext):
    """Denial: one claim calls an event or a statement false (غير صحيح، عار عن الصحة، لا أساس
    له، or its cue is نفى/كذّب: "نفى ما نقل عن زعيمهم بشأن رفضه الهدنة") and the other asserts
    that event about the same thing. What a correction puts in its place ("بل ...") is not denied."""
    found = _opposed(ctx, b, a, denied=True)
    if found is None:
        return None
    tb, fa = found
    ta = fa.status_text
    return ctx.conflict(a, b, score=0.75, triggers_a=(ta,), triggers_b=tb,
                        explanation=f"الأول ينفي «{fa.trigger}» («{ta}») والثاني يثبته «{' '.join(tb)}»")


# ------------------------------------------------------------------------------------ need
@rule(kind="need", score=0.8, needs=Needs(a="asserted positive event:need", b="asserted negated event:need",
                                         same="event"), examples=[
    ("قادة القوات العراقية بحاجة إلى دعم القوات المتحالفة", "العراق لم يعد بحاجة الى القوات الاجنبية", True),
    ("العراق لا يزال بحاجة إلى القوات الأجنبية", "العراق لا يحتاج القوات الأجنبية", True),
    ("لا حاجة للقوات القتالية الأجنبية", "العراق لا يزال بحاجة إلى القوات الأجنبية للتدريب", False),
])
def need(a: Claim, b: Claim, ctx: RuleContext):
    """Need vs no longer need: one claim says something is still needed (بحاجة، لا تزال بحاجة)
    and the other that it is not (لم يعد بحاجة، لا حاجة) — the same thing needed (a shared word
    next to the need: "القوات"), and not combat forces against the whole."""
    for fa in ctx.frames(a):
        for fb in ctx.frames(b):
            if fa.event == fb.event == "need" and fa.asserts and fb.asserts and fa.polarity and not fb.polarity \
                    and same_theme(ctx, a, b, fa, fb) and not _one_is_combat(fa, fb):
                ta, tb = _words(fa, "status_text", "trigger"), _words(fb, "status_text", "trigger")
                return ctx.conflict(a, b, score=0.8, triggers_a=_triggers(fa, "status_text", "trigger"),
                                    triggers_b=_triggers(fb, "status_text", "trigger"),
                                    explanation=f"الحاجة: الأول «{ta}» (قائمة) والثاني «{tb}» (منتفية)")
    return None
