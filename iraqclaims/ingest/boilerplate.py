"""Separating an article's body from the page furniture a scraper brings along.

Rules work line by line and are general (no knowledge of particular outlets or files):

* ``no-arabic``: no Arabic letters at all (counters "65", "02 : 00", "MISS 3", social links);
* ``dateline``: a bare date ("27 يوليو 2021");
* ``furniture``: a phrase from ``lexicons/boilerplate.txt`` (comment forms, "back to top" ...);
* ``caption``: a short line ending in a parenthesised photo credit, "... (Getty)", "(أ ف ب)";
* ``short``: one or two words without punctuation (section labels, buttons: "الاخبار", "إغلاق");
* ``duplicate``: a line already seen earlier in the same article (related-article links
  repeating the headline);
* ``related``: the short lines after a "related news" heading (``lexicons/related_headings.txt``),
  which link to other articles: their headlines ("الوزير: ...") are not this article's claims.

Kept lines keep their exact offsets in the original text.
"""
from __future__ import annotations

import re

from ..article import DroppedLine, Span
from ..lexicon import month_numbers, phrases
from ..normalize import has_arabic, normalize

_LINE = re.compile(r"[^\n]+")
_ARABIC_WORD = re.compile("[\u0621-\u064a\u0671-\u06d3]+")
_CAPTION_CREDIT = re.compile(r"\(([^()]{1,25})\)\s*$")
_SENTENCE_PUNCT = re.compile(r"[.!?؟:،,؛;\"“”«»]")
CAPTION_MAX_WORDS = 15
SHORT_MAX_WORDS = 2


def _is_dateline(norm: str) -> bool:
    months = month_numbers()
    rest = re.sub(r"\d+", " ", norm)
    for name in sorted(months, key=len, reverse=True):
        rest = rest.replace(name, " ")
    rest = re.sub(r"[\s,،/\-:.]+", "", rest)
    return rest == "" and bool(re.search(r"\d", norm)) and norm != re.sub(r"\D", "", norm)


def _is_furniture(norm: str) -> bool:
    for phrase, prefix in phrases("boilerplate.txt"):
        if norm == phrase or (prefix and norm.startswith(phrase)):
            return True
    return False


def classify_line(line: str, seen: set[str]) -> str | None:
    """The reason to drop ``line``, or None to keep it."""
    stripped = line.strip()
    if not has_arabic(stripped):
        return "no-arabic"
    norm = normalize(stripped)
    if norm in seen:
        return "duplicate"
    if _is_dateline(norm):
        return "dateline"
    if _is_furniture(norm):
        return "furniture"
    words = _ARABIC_WORD.findall(stripped)
    if _CAPTION_CREDIT.search(stripped) and len(words) <= CAPTION_MAX_WORDS \
            and not re.search(r"[.!؟?]\s*\(", stripped):
        return "caption"
    if len(words) <= SHORT_MAX_WORDS and not _SENTENCE_PUNCT.search(stripped):
        return "short"
    return None


RELATED_LINK_MAX_WORDS = 18


def _opens_related_block(norm: str) -> bool:
    return any(norm == phrase or (prefix and norm.startswith(phrase)) for phrase, prefix in phrases("related_headings.txt"))


def _link_like(line: str) -> bool:
    """A headline-length line without a sentence's closing stop: what a list of links holds."""
    stripped = line.strip()
    return len(_ARABIC_WORD.findall(stripped)) <= RELATED_LINK_MAX_WORDS and not re.search(r"[.!؟?]\s*$", stripped)


def split_body(text: str) -> tuple[tuple[Span, ...], tuple[DroppedLine, ...]]:
    body, dropped, seen = [], [], set()
    in_related = False
    for match in _LINE.finditer(text):
        line = match.group()
        if not line.strip():
            continue
        lead = len(line) - len(line.lstrip())
        start, end = match.start() + lead, match.start() + len(line.rstrip())
        norm = normalize(line.strip())
        if _opens_related_block(norm):
            in_related = True
            dropped.append(DroppedLine(start, end, "related"))
            continue
        if in_related and _link_like(line):
            dropped.append(DroppedLine(start, end, "related"))
            continue
        in_related = False
        reason = classify_line(line, seen)
        if reason is None:
            body.append(Span(start, end))
            seen.add(normalize(line))
        else:
            dropped.append(DroppedLine(start, end, reason))
    return tuple(body), tuple(dropped)
