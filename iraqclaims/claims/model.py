"""Claims and speakers: plain, frozen, picklable records with provenance."""
from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, field

# "unresolved": an implicit speaker (pro-drop, participle) with no one earlier to point back to
SPEAKER_KINDS = ("person", "organisation", "government", "statement", "anonymous", "media", "unresolved")
CLAIM_KINDS = ("direct", "indirect", "report", "according_to", "headline")
# Stable column names of claims_frame(); as_row() produces exactly these keys.
CLAIM_COLUMNS = ("claim_id", "article_id", "sentence", "speaker", "speaker_id", "cue", "cue_text",
                 "content", "kind", "anonymous", "via", "resolved", "date", "speaker_start",
                 "speaker_end", "cue_start", "cue_end", "content_start", "content_end")

OFFSET_COLUMNS = ("speaker_start", "speaker_end", "cue_start", "cue_end", "content_start", "content_end")


@dataclass(frozen=True)
class Speaker:
    id: str
    name: str                      # canonical name
    kind: str                      # one of SPEAKER_KINDS
    aliases: tuple[str, ...] = ()  # every surface form seen or known

    def _repr_html_(self) -> str:
        return (f'<span dir="rtl" lang="ar"><bdi>{html.escape(self.name)}</bdi></span> '
                f'<small>({html.escape(self.kind)}, {len(self.aliases)} aliases)</small>')


@dataclass(frozen=True)
class Claim:
    """One attributed statement: who (speaker), how (cue), what (content), and where.

    Offsets are character offsets into ``Article.text`` of article ``article_id``; ``via`` is the
    attribution chain from the nearest intermediary outwards (e.g. ("مصدر حكومي", "الوكالات")).
    """

    id: str
    article_id: str
    sentence_index: int
    speaker_text: str
    speaker_id: str
    cue_lemma: str
    cue_text: str
    content: str
    kind: str
    anonymous: bool
    speaker_span: tuple[int, int] | None
    cue_span: tuple[int, int] | None
    content_span: tuple[int, int]
    sentence_span: tuple[int, int]
    via: tuple[str, ...] = ()
    article_date: dt.date | None = None
    resolved: bool = False          # speaker inferred from context (pro-drop, participle)

    def as_row(self) -> dict:
        return {
            "claim_id": self.id, "article_id": self.article_id, "sentence": self.sentence_index,
            "speaker": self.speaker_text, "speaker_id": self.speaker_id, "cue": self.cue_lemma,
            "cue_text": self.cue_text, "content": self.content, "kind": self.kind,
            "anonymous": self.anonymous, "via": " ← ".join(self.via), "resolved": self.resolved,
            "date": self.article_date,
            "speaker_start": self.speaker_span[0] if self.speaker_span else None,
            "speaker_end": self.speaker_span[1] if self.speaker_span else None,
            "cue_start": self.cue_span[0] if self.cue_span else None,
            "cue_end": self.cue_span[1] if self.cue_span else None,
            "content_start": self.content_span[0], "content_end": self.content_span[1],
        }

    def _repr_html_(self) -> str:
        via = f" <small>via {html.escape(' ← '.join(self.via))}</small>" if self.via else ""
        return (f'<div dir="rtl" lang="ar" style="font-family: \'Noto Naskh Arabic\', \'Amiri\', '
                f'\'Geeza Pro\', \'Arial\', sans-serif">'
                f'<b><bdi>{html.escape(self.speaker_text)}</bdi></b>{via} — '
                f'<i>{html.escape(self.cue_text)}</i>: «{html.escape(self.content)}» '
                f'<small dir="ltr">[{html.escape(self.article_id)}:{self.sentence_index}, {self.kind}]</small></div>')


@dataclass(frozen=True)
class ClaimList:
    """A sequence of claims that renders as an RTL table in notebooks."""

    claims: tuple[Claim, ...] = field(default=())

    def __iter__(self):
        return iter(self.claims)

    def __len__(self):
        return len(self.claims)

    def __getitem__(self, i):
        return self.claims[i]

    def to_frame(self):
        import pandas as pd

        frame = pd.DataFrame([c.as_row() for c in self.claims], columns=list(CLAIM_COLUMNS))
        # a claim without a written speaker or cue has no offsets: nullable integers keep the
        # others integers (with None, pandas makes the whole column float: 12.0 in claims.csv)
        return frame.astype({name: "Int64" for name in OFFSET_COLUMNS})

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td dir='ltr'>{html.escape(c.article_id)}:{c.sentence_index}</td>"
            f"<td><bdi>{html.escape(c.speaker_text)}</bdi></td><td>{html.escape(c.cue_text)}</td>"
            f"<td>{html.escape(c.content)}</td><td>{html.escape(c.kind)}</td></tr>" for c in self.claims)
        return ("<table dir='rtl' lang='ar' style=\"font-family: 'Noto Naskh Arabic', 'Amiri', "
                "'Geeza Pro', 'Arial', sans-serif; text-align: right\"><thead><tr><th>موضع</th>"
                "<th>المتحدث</th><th>الفعل</th><th>المضمون</th><th>النوع</th></tr></thead>"
                f"<tbody>{rows}</tbody></table>")
