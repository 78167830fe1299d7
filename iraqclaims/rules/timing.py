"""Frame rules about when and how much: staying vs leaving, deadlines, and counts of one event."""
from __future__ import annotations

import datetime as dt

from ..claims import Claim
from ..frames.numbers import conflicting
from ..lexicon import table
from .context import RuleContext
from .frame_rules import _one_is_combat, _triggers, _words
from .same_event import event_pairs, same_theme
from .blocking import Needs
from .registry import Example, rule

DEADLINE_SLACK_DAYS = 31     # two deadlines within a month are the same deadline
RECENT_DAYS = 365            # "مؤخرا" against a date more than a year before the article


def _leaving(frame) -> bool:
    """A withdrawal asserted as fact or plan, of all of the forces or by a date."""
    return (frame.family == "withdraw" and frame.event == "withdraw" and frame.asserts and frame.polarity
            and frame.scope not in ("part", "combat") and frame.status not in ("conditional", "demanded")
            and not any(q.unit == "percent" and q.value < 100 for q in frame.quantities))   # "60 % left"


@rule(kind="timing", score=0.8, needs=Needs(
    a="asserted positive event:stay | asserted negated event:withdraw", b="asserted positive event:withdraw",
    same="event"), examples=[
    ("يجب إبقاء القوات الأميركية في العراق", "الكاظمي: انسحاب جميع القوات الأميركية من العراق", True),
    ("يجب إبقاء القوات الأميركية في العراق", "وجود تباين بخصوص ضمانات انسحاب القوات الأجنبية", False),
    ("يجب إبقاء القوات الأميركية في العراق", "القوات القتالية ستغادر العراق نهاية العام", False),
    ("يجب إبقاء القوات الأميركية في العراق", "لو طلبت الحكومة انسحاب القوات الأميركية فسنضع آلية", False),
])
def timing(a: Claim, b: Claim, ctx: RuleContext):
    """Staying vs leaving: one claim keeps the forces (يجب إبقاء القوات، ستبقى، لن ننسحب) and the
    other has them leave, all of them or soon (انسحاب جميع القوات، ستنسحب قريبا). A meeting or
    dispute about a withdrawal, a condition, or only the combat forces leaving is no clash."""
    for fa in ctx.frames(a):
        stays = fa.asserts and fa.status != "conditional" and (
            (fa.event == "stay" and fa.polarity) or (fa.event == "withdraw" and not fa.polarity and fa.status != "denied"))
        if not stays:
            continue
        for fb in ctx.frames(b):
            if _leaving(fb) and not _one_is_combat(fa, fb) and same_theme(ctx, a, b, fa, fb):
                ta, tb = _words(fa, "status_text", "trigger"), _words(fb, "trigger", "scope_text", "status_text")
                return ctx.conflict(a, b, score=0.85 if fa.status == "demanded" else 0.8,
                                    triggers_a=_triggers(fa, "status_text", "trigger"),
                                    triggers_b=_triggers(fb, "trigger", "scope_text"),
                                    explanation=f"البقاء مقابل الرحيل: الأول «{ta}» والثاني «{tb}»")
    return None


def _running(ctx: RuleContext, claim: Claim) -> bool:
    """A running total since a date or over a period ("قتل أكثر من 800 شخص منذ تولي الرئيس الحكم"،
    "خلال أسبوعين") counts many events; set against one event's toll it contradicts nothing (two
    running totals still may)."""
    return bool(ctx.find_phrases(claim, table("quantities.txt")["running"]))


def _updates(ctx: RuleContext, claim: Claim) -> bool:
    """A revised toll ("ارتفعت الحصيلة إلى") updates an earlier figure, it does not deny it."""
    return bool(ctx.find_phrases(claim, table("quantities.txt")["update"]))


@rule(kind="number", score=0.7, needs=Needs(a="asserted quantity", b="asserted quantity", same="event"),
      examples=[
    ("الملثمون خطفوا قائد الفرقة مع سبعة عناصر من الفرقة", "مسلحون اختطفوا قائد الفرقة مع 16 مقاتلا", True),
    ("القصف على دار سعد أدى إلى إصابة أكثر من 100 شخص", "القصف على دار سعد أدى إلى إصابة 120 شخصا", False),
    ("التفجير أوقع 30 قتيلا", "حصيلة ضحايا التفجير ارتفعت الى 32 قتيلا", False),
    ("ارتفاع أسعار النفط 5 بالمائة في التعاملات", "انخفاض صادرات الحديد 8 بالمائة خلال العام", False),
    ("القصف الجوي على بلدة الشامية أسفر عن مقتل 40 مدنيا بينهم نساء وأطفال",
     "الهجوم على قرية الوادي أدى إلى مقتل 12 شخصا معظمهم من النساء والأطفال", False),
    ("مقتل 46 مدنيا بينهم نساء وأطفال في قصف جوي طال مدينة الرطبة",
     "57 مدنيا بينهم 12 طفلا قتلوا بقصف المتمردين على حي دار سعد", False),
    # the same figures in both (one report carried twice)
    ("قوة من 4 آلاف مقاتل هاجمت القاعدة وأسفر الهجوم عن مقتل 50 من عناصرها",
     "قوة من 4 آلاف مقاتل هاجمت القاعدة وأسفر الهجوم عن مقتل 50 من عناصرها", False),
    # one attack's toll and a running total since a date, or over a period
    ("قتل 37 شخصا الجمعة في تفجيرين بمدينة غومبي", "قتل أكثر من 800 شخص في مدينة غومبي منذ تولي الرئيس الحكم", False),
    ("3 جنود قتلوا في هجوم على قاعدة عسكرية أمس", "نحو 390 مقاتلا قتلوا خلال أسبوعين من الهجوم على قواعد المتمردين", False),
    # fighters and their vehicles are two counts ("آلية عسكرية" is no soldier)
    ("هجوم قوة من نحو 4 آلاف مقاتل على القاعدة الجوية", "هجوم قوة من نحو 400 آلية عسكرية على القاعدة الجوية", False),
    # the attack of the day before dates the claim; its toll is not what the claim reports
    ("20 قتيلا بهجوم انتحاري نفذته فتاة في سوق المدينة",
     "قررت السلطات منع النقاب غداة هجوم انتحاري أسفر عن 13 قتيلا في سوق المدينة", False),
])
def number(a: Claim, b: Claim, ctx: RuleContext):
    """Numbers: two counts of the same thing (killed, troops, money, a share) of the same event
    that cannot both hold. "More than 100" holds 120; "about" allows 15 %; a toll that "rose to"
    updates; one source's figures are its own updates; counts of different things never clash, nor
    does a running total "since" a date with one event's count."""
    if ctx.source(a) == ctx.source(b) or _updates(ctx, a) or _updates(ctx, b) or _running(ctx, a) != _running(ctx, b):
        return None
    # a figure both claims give is one they agree on: "قوة من 4 آلاف مقاتل ... ومقتل 50 من عناصرها"
    # twice is no clash of 4,000 with 50
    given = [{(q.value, q.unit) for f in ctx.frames(c) for q in f.quantities} for c in (a, b)]
    for fa, fb in event_pairs(ctx, a, b):
        for qa in fa.quantities:
            for qb in fb.quantities:
                if conflicting(qa, qb) and (qa.value, qa.unit) not in given[1] and (qb.value, qb.unit) not in given[0]:
                    return ctx.conflict(a, b, score=0.7, triggers_a=(qa.words,), triggers_b=(qb.words,),
                                        explanation=f"عددان مختلفان لـ{fa.trigger}: «{qa.words}» مقابل «{qb.words}»")
    return None


@rule(kind="date", score=0.75, needs=Needs(a="asserted date", b="asserted date | asserted recent", same="event"),
      examples=[
    Example("الملا عمر توفي في نيسان 2013 في كراتشي", "مرض غامض أدى إلى وفاة الملا عمر مؤخرا", True,
            "2015-07-30", "2015-07-30"),
    Example("انسحاب القوات القتالية نهاية العام الحالي", "ستغادر القوات القتالية في 31 ديسمبر 2021", False,
            "2021-07-27", "2021-08-01"),
    Example("انسحاب القوات القتالية نهاية العام الحالي", "افتتاح المطار نهاية العام المقبل", False,
            "2021-07-27", "2021-07-27"),
    Example("تأتي مشاركة الوزير اليوم امتدادا لمشاركة بلاده في حرب أكتوبر 1973", "وصل الوزير أمس للمشاركة في الافتتاح",
            False, "2015-08-06", "2015-08-06"),
])
def date(a: Claim, b: Claim, ctx: RuleContext):
    """Dates: two different dates for the same event — deadlines a month or more apart (relative
    ones, "نهاية العام الحالي", resolved against the article date), or an event dated more than a
    year back against "recently" (مؤخرا), unless the dated claim says "today" too."""
    for fa, fb in event_pairs(ctx, a, b):
        if fa.time and fb.time and abs((fa.time - fb.time).days) > DEADLINE_SLACK_DAYS:
            return ctx.conflict(a, b, score=0.75, triggers_a=(fa.time_text,), triggers_b=(fb.time_text,),
                                explanation=f"موعدان مختلفان لـ{fa.trigger}: «{fa.time_text}» ({fa.time.isoformat()}) "
                                            f"مقابل «{fb.time_text}» ({fb.time.isoformat()})")
        today = b.article_date or dt.date.today()
        # a claim that also says "today" ("تأتي مشاركته اليوم امتدادا لمواقفها منذ 1973") dates
        # its event by that, not by the year it recalls
        if fa.time and not fa.recent and fb.recent and not fb.time and (today - fa.time).days > RECENT_DAYS:
            at, phrase = next(iter(ctx.find_phrases(b, table("events.txt")["time:recent"])))
            recent = ctx.terms(b).surface(at) or phrase     # as written: "مؤخرا", not "موخرا"
            return ctx.conflict(a, b, score=0.7, triggers_a=(fa.time_text,), triggers_b=(recent,),
                                explanation=f"زمن {fa.trigger}: «{fa.time_text}» ({fa.time.isoformat()}) مقابل «{recent}»")
    return None
