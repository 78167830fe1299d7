"""Conflicts between two claims, as the rules report them."""
from __future__ import annotations

import html
from dataclasses import dataclass, field

# What a conflict means for the reader: a contradiction between two sources at about the same
# time, or one speaker (or one side) changing position over months.
RELATIONS = ("contradiction", "change_of_position")
CONFLICT_COLUMNS = ("claim_a", "claim_b", "rule", "kind", "relation", "score", "topic",
                    "triggers_a", "triggers_b", "explanation")


@dataclass(frozen=True)
class Conflict:
    """Two claims that cannot both hold, with the words that show it.

    ``kind`` is what the rule detects (scope, polarity, antonym, number, date, dispute);
    ``triggers_a``/``triggers_b`` are the words of each claim that fired the rule, and
    ``explanation`` says in one sentence why, naming those words."""

    claim_a: str
    claim_b: str
    rule: str
    kind: str
    score: float
    explanation: str
    triggers_a: tuple[str, ...] = ()
    triggers_b: tuple[str, ...] = ()
    relation: str = "contradiction"
    topic: str = ""

    @property
    def claims(self) -> tuple[str, str]:
        return (self.claim_a, self.claim_b)

    def as_row(self) -> dict:
        return {"claim_a": self.claim_a, "claim_b": self.claim_b, "rule": self.rule, "kind": self.kind,
                "relation": self.relation, "score": self.score, "topic": self.topic,
                "triggers_a": " | ".join(self.triggers_a), "triggers_b": " | ".join(self.triggers_b),
                "explanation": self.explanation}

    def _repr_html_(self) -> str:
        return (f'<div dir="rtl" lang="ar"><b>{html.escape(self.kind)}</b> ({html.escape(self.relation)}, '
                f'{self.score:.2f}) <bdi>{html.escape(self.claim_a)}</bdi> ↔ <bdi>{html.escape(self.claim_b)}</bdi>: '
                f'{html.escape(self.explanation)}</div>')


@dataclass(frozen=True)
class RuleFailure:
    """A rule that raised on one pair during a corpus run: recorded, so one broken rule (or one
    odd claim) cannot sink a report over thousands of articles."""

    rule: str
    claim_a: str
    claim_b: str
    error: str

    def as_row(self) -> dict:
        return {"rule": self.rule, "claims": [self.claim_a, self.claim_b], "error": self.error}


@dataclass(frozen=True)
class ConflictList:
    conflicts: tuple[Conflict, ...] = field(default=())
    errors: tuple[RuleFailure, ...] = field(default=())   # rules that failed on a pair, run on
    examined: int = 0       # candidate pairs the rules were tried on (after blocking)

    def __iter__(self):
        return iter(self.conflicts)

    def __len__(self):
        return len(self.conflicts)

    def __getitem__(self, i):
        return self.conflicts[i]

    def to_frame(self):
        import pandas as pd

        return pd.DataFrame([c.as_row() for c in self.conflicts], columns=list(CONFLICT_COLUMNS))

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(c.kind)}</td><td>{html.escape(c.relation)}</td><td>{c.score:.2f}</td>"
            f"<td dir='ltr'>{html.escape(c.claim_a)} ↔ {html.escape(c.claim_b)}</td>"
            f"<td>{html.escape(c.explanation)}</td></tr>" for c in self.conflicts)
        return ("<table dir='rtl' lang='ar' style=\"font-family: 'Noto Naskh Arabic', 'Amiri', "
                "'Geeza Pro', 'Arial', sans-serif; text-align: right\"><thead><tr><th>النوع</th>"
                "<th>العلاقة</th><th>الدرجة</th><th>الادعاءان</th><th>التفسير</th></tr></thead>"
                f"<tbody>{rows}</tbody></table>")
