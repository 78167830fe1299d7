"""The Article: one news text, its metadata, and which parts of it are the article body."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class DroppedLine:
    """A line that ingest removed as page furniture, and the rule that removed it."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class Skipped:
    """An article a batch run left out, and why (the one-line message reading it gave)."""

    path: str
    reason: str


@dataclass(frozen=True)
class Article:
    """An article as read from disk.

    ``text`` is the decoded file exactly; every offset in the library points into it.
    ``body`` lists the kept line spans; :attr:`body_text` is ``text`` with everything else blanked
    to spaces, so it has the same length and offsets into it are offsets into ``text``.
    """

    id: str
    text: str
    path: Path | None = None
    outlet: str | None = None
    date: dt.date | None = None
    title: str | None = None
    encoding: str = "utf-8"
    body: tuple[Span, ...] = ()
    dropped: tuple[DroppedLine, ...] = field(default=(), repr=False)

    @property
    def body_text(self) -> str:
        chars = [c if c in "\n\r" else " " for c in self.text]
        for span in self.body:
            chars[span.start:span.end] = self.text[span.start:span.end]
        return "".join(chars)

    def body_lines(self) -> list[str]:
        return [self.text[s.start:s.end] for s in self.body]
