"""Frame rules about why an event happened: by someone's hand or not."""
from __future__ import annotations

from ..claims import Claim
from .blocking import Needs
from .context import RuleContext
from .frame_rules import NOT_FACT
from .same_event import same_theme
from .registry import rule

CAUSE_AR = {"hostile": "بفعل فاعل", "natural": "دون فاعل"}
OBJECT_REACH = 8   # "هبوطاً اضطرارياً في منفذ الطوال ولم تتعرض الطائرة": the aircraft may trail its landing


def _caused(frame, cause: str) -> bool:
    return frame.asserts and frame.polarity and frame.cause == cause and frame.status not in NOT_FACT


def _same_object(ctx: RuleContext, a: Claim, b: Claim, fa, fb) -> bool:
    """The same thing suffered it: the event's theme, or the object right after one predicate
    ("إسقاط الطائرة") standing near the other ("هبوطاً اضطرارياً ... الطائرة"), when it is not a
    word the whole corpus uses."""
    if same_theme(ctx, a, b, fa, fb):
        return True
    near = ctx.shared_words(a, b, exclude=(fa.trigger, fb.trigger), near=(fa.index, fb.index), reach=OBJECT_REACH)
    return any(w in (fa.head | fb.head) and w not in ctx.common for w in near)


@rule(kind="cause", score=0.75, needs=Needs(a="asserted positive cause:hostile", b="asserted positive cause:natural",
                                           same="event"), examples=[
    ("الملا عمر قتل على يد رفاقه عبر تقديم أدوية مسمومة له", "وفاة الملا عمر قبل مدة جراء المرض", True),
    ("المسلحون تمكنوا من إسقاط الطائرة المروحية", "الطائرة المروحية هبطت هبوطا اضطراريا ولم تتعرض لأي أضرار", True),
    ("تحطمت الطائرة الحربية بنيران المسلحين قرب الحدود", "تحطمت الطائرة الحربية قرب الحدود بسبب عطل فني", True),
    ("مقتل قائد الكتيبة في غارة جوية", "توفي وزير الدفاع السابق بعد صراع مع المرض", False),
    ("لم يقتل الملا عمر على يد رفاقه", "وفاة الملا عمر جراء المرض", False),
    ("إذا تم إسقاط الطائرة فسنرد", "الطائرة هبطت هبوطا اضطراريا", False),
])
def cause(a: Claim, b: Claim, ctx: RuleContext):
    """Cause: one claim says the event was by someone's hand (قتل، مسموم، إسقاط، بنيران) and the
    other that it was not (جراء المرض، عطل فني، هبوط اضطراري) — a death or the loss of an aircraft,
    of the same person or thing. A negated killing or a condition gives no cause."""
    for fa in ctx.frames(a):
        if not _caused(fa, "hostile"):
            continue
        for fb in ctx.frames(b):
            if _caused(fb, "natural") and fa.family == fb.family and _same_object(ctx, a, b, fa, fb):
                return ctx.conflict(a, b, score=0.75, triggers_a=(fa.cause_text,), triggers_b=(fb.cause_text,),
                                    explanation=f"سبب {fa.trigger}: الأول «{fa.cause_text}» ({CAUSE_AR['hostile']}) "
                                                f"والثاني «{fb.cause_text}» ({CAUSE_AR['natural']})")
    return None
