"""Comparing any two statements: contradicts, agrees, or unrelated."""
from __future__ import annotations

from dataclasses import dataclass

from ..claims import Claim
from ..graph.topics import jaccard
from ..normalize import has_arabic
from .context import RuleContext
from .engine import judge
from .registry import registered_rules

AGREE_SIMILARITY = 0.1      # content-word Jaccard that, with a shared event, shows agreement (set on ANS train)
# compare()'s relations. A corpus conflict is a "contradicts" that Conflict.relation qualifies as
# a contradiction between sources or one speaker's change_of_position (rules/model.py).
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
    same = _same_event(a, b, ctx)
    if same and similarity >= AGREE_SIMILARITY:
        return Comparison("agrees", score=round(similarity, 3),
                          explanation=f"the same event, compatible: {same}; content words overlap {similarity:.0%}")
    return Comparison("unrelated", score=round(similarity, 3),
                      explanation=f"no rule fired and no shared event; content words overlap {similarity:.0%}")


def _same_event(a: Claim, b: Claim, ctx: RuleContext) -> str:
    """Evidence of agreement: both frame one event alike (its class, or the same predicate word
    for events no class lists), with the same polarity. Returns the event's words, or ""."""
    from .same_event import event_pairs

    for fa, fb in event_pairs(ctx, a, b):
        if fa.polarity == fb.polarity:
            return f"«{fa.trigger}» / «{fb.trigger}»"
    shared = ctx.shared_words(a, b)
    # no class lists it: the same content words on both sides are the event ("ارتفاع أسعار النفط")
    return " ".join(shared[:3]) if len(shared) >= 2 else ""


def compare_csv(pairs_path, out_path, *, progress: bool = False) -> int:
    """Compare each row's s1 and s2 of a CSV; write it back with relation, rule, kind, score and
    explanation columns added (UTF-8 with BOM, atomically). Returns the number of rows."""
    import csv
    import io
    from pathlib import Path

    from tqdm.auto import tqdm

    from ..atomic import atomic_write_text
    from ..errors import InputError
    from ..spreadsheet import BOM, defuse

    path = Path(pairs_path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; give a CSV with columns s1,s2") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text; save the CSV as UTF-8") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read it ({exc.strerror}); check the path") from None
    reader = csv.reader(io.StringIO(text), strict=True)
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise InputError(f"{path}:{reader.line_num}: {exc}: check the quoting on that line") from None
    fields = rows[0] if rows else []
    if "s1" not in fields or "s2" not in fields:
        raise InputError(f"{path}: needs columns s1 and s2 (found: {', '.join(fields) or 'no header'})")
    pairs = []
    for line_no, cells in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(fields):
            raise InputError(f"{path}:{line_no}: {len(cells)} cells but the header has {len(fields)}; "
                             f"quote cells that contain commas")
        row = dict(zip(fields, cells))
        for column in ("s1", "s2"):
            if not has_arabic(row[column]):
                raise InputError(f"{path}:{line_no}: {column} has no Arabic text "
                                 f"({row[column][:40]!r}); fix or remove the row")
        pairs.append(row)
    added = ["relation", "rule", "kind", "score", "explanation"]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields + [f for f in added if f not in fields], lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in tqdm(pairs, desc="comparing", unit="pair", disable=not progress):
        result = compare(row["s1"], row["s2"])
        row.update(relation=result.relation, rule=result.rule, kind=result.kind, score=result.score,
                   explanation=result.explanation)
        writer.writerow({k: defuse(v) for k, v in row.items()})
        n += 1
    atomic_write_text(out_path, BOM + out.getvalue())
    return n
