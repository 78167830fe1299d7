"""Comparing any two statements: contradicts, agrees, or unrelated."""
from __future__ import annotations

from dataclasses import dataclass

from ..claims import Claim
from ..graph.topics import jaccard
from .context import RuleContext
from .engine import judge
from .registry import registered_rules

AGREE_SIMILARITY = 0.2     # content-word Jaccard above which two non-conflicting texts agree
RELATIONS = ("contradicts", "agrees", "unrelated")


@dataclass(frozen=True)
class Comparison:
    relation: str               # one of RELATIONS
    rule: str = ""
    kind: str = ""
    score: float = 0.0
    explanation: str = ""


def statement(text: str, id: str, *, speaker: str = "", date=None) -> Claim:
    """A bare statement as a claim: the whole text is the content."""
    return Claim(id=id, article_id=id, sentence_index=0, speaker_text=speaker, speaker_id=speaker or id,
                 cue_lemma="", cue_text="", content=text, kind="statement", anonymous=False,
                 speaker_span=None, cue_span=None, content_span=(0, len(text)), sentence_span=(0, len(text)),
                 article_date=date)


def compare(text_a: str, text_b: str, *, rules=None) -> Comparison:
    """Whether two statements contradict each other (and by which rule), agree, or are unrelated.

    >>> compare("ستقلص الولايات المتحدة عدد قواتها", "انسحاب جميع القوات الأميركية").relation
    'contradicts'
    """
    from .registry import get_rule

    a, b = statement(str(text_a), "s1"), statement(str(text_b), "s2")
    ctx = RuleContext()
    active = [get_rule(r) for r in rules] if rules is not None else registered_rules()
    conflict = judge(a, b, ctx, active)
    if conflict is not None:
        return Comparison("contradicts", conflict.rule, conflict.kind, conflict.score, conflict.explanation)
    similarity = jaccard(ctx.terms(a).content_keys(), ctx.terms(b).content_keys())
    if similarity >= AGREE_SIMILARITY:
        return Comparison("agrees", score=round(similarity, 3),
                          explanation=f"no rule fired; content words overlap {similarity:.0%}")
    return Comparison("unrelated", score=round(similarity, 3),
                      explanation=f"no rule fired; content words overlap {similarity:.0%}")
