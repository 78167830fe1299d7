"""The statistical rule: a stance scorer trained on ANS (rules/stance_model.py) as one more
conflict rule, for short statements the lexicons miss ("مفتشو الأسلحة يباشرون عملهم" against
"تأجيل مهمة المفتشين")."""
from __future__ import annotations

from ..claims import Claim
from ..graph.topics import jaccard
from .blocking import Needs
from .join_keys import specific_keys
from .context import RuleContext
from .registry import rule
from .stance_model import differing, probabilities, settings

# the scorer learnt from headlines (ANS: 19 words at most): longer claims are outside what it knows
MAX_WORDS = 20


# over a corpus's claims it raised false alarms (4 on the fixtures, 2 on the SaudiNewsNet dev pairs):
# it judges statements compared on their own, the ANS setting, unless a corpus names it in its rules
@rule(kind="stance", score=0.55, needs=Needs(a=f"short:{MAX_WORDS}", b=f"short:{MAX_WORDS}", same="specific"),
      corpus=False, examples=[
    ("وزارة الصحة تعلن ارتفاع عدد الإصابات في جدة", "وزارة الصحة تنفي ارتفاع عدد الإصابات في جدة", True),
    ("السعودية تستأنف رحلات الطيران إلى القاهرة", "السعودية توقف رحلات الطيران إلى القاهرة", True),
    ("ارتفاع أسعار الذهب في الأسواق المحلية", "أسعار الذهب ترتفع في السوق المحلية", False),
    ("افتتاح معرض الكتاب في الرياض", "وزارة الصحة تعلن ارتفاع عدد الإصابات في جدة", False),
])
def stance(a: Claim, b: Claim, ctx: RuleContext):
    """Learnt disagreement: two short statements (headlines, at most 20 words) about the same
    thing — a content word in common that the corpus does not use everywhere — that the ANS
    stance scorer judges to disagree: one says what the other's changed words deny (another
    verb, actor, number, or a negation). The explanation names the words that differ."""
    if len(ctx.terms(a).tokens) > MAX_WORDS or len(ctx.terms(b).tokens) > MAX_WORDS:
        return None
    if not specific_keys(ctx, a) & specific_keys(ctx, b):
        return None
    config = settings()
    if jaccard(ctx.terms(a).content_keys(), ctx.terms(b).content_keys()) < config["min_overlap"]:
        return None
    p = probabilities(ctx, a, b)["disagree"]
    if p < config["threshold"]:
        return None
    only_a, only_b, _ = differing(ctx, a, b)
    wa, wb = " ".join(only_a[:4]) or "—", " ".join(only_b[:4]) or "—"
    return ctx.conflict(a, b, score=round(0.4 + 0.2 * p, 3), triggers_a=tuple(only_a[:4]), triggers_b=tuple(only_b[:4]),
                        explanation=f"مصنف الموقف (ANS): الأول «{wa}» والثاني «{wb}» (احتمال التعارض {p:.0%})")
