"""Sentence breaks the bundled tokenizer gets wrong, repaired between tokenizing and tagging.

Saudi and Gulf papers abbreviate a title to a letter and a period: "د." (doctor), "م."
(engineer), "أ." (professor; "أ.د." professor doctor). The tokenizer, trained on 1,000 PUD
sentences, takes that period for a full stop in most of them (28 of 40 SaudiNewsNet snippets),
so "وأكد د. منصور الطبيقي أن ..." became two sentences and the reporting verb lost its subject.
A sentence that ends in such a title is joined to the next one when no line break comes between
(a headline or a new paragraph still starts its own sentence). Official Stanza models segment
with their own tokenizer and are left alone.

It also misses breaks that PUD's clean text never shows it: a full stop glued to the next word
("مع الأردن.وفي الشهر الماضي"), and one inside a closing quote ("يراقبنا.” وخلال زيارة"). Then
the next sentence ran on inside the claim before it. Such a stop ends the sentence when a word of
three letters or more or a number stands before it, so "د.ب.أ"، "سي.إن.إن", a title letter and a
list's "1." stay whole.
"""
from __future__ import annotations

from functools import cache

from ..lexicon import table
from ..normalize import normalize
from .clitics import Piece


@cache
def title_letters() -> frozenset[str]:
    """The letters a title is abbreviated to (lexicons/clause_words.txt title_abbreviation)."""
    return frozenset(table("clause_words.txt").get("title_abbreviation", ()))


def _ends_in_title(tokens: list[Piece]) -> bool:
    """The sentence's last token is a lone title letter with its period ("د."), or the letter
    and the period as two tokens; the letter stands alone (a space before it) or after another
    title ("أ.د.")."""
    if not tokens:
        return False
    last, letters = tokens[-1], title_letters()
    if len(last.text) == 2 and last.text[1] == "." and normalize(last.text[0]) in letters:
        letter = last
        before = tokens[-2] if len(tokens) > 1 else None
    elif last.text == "." and len(tokens) > 1 and normalize(tokens[-2].text) in letters and tokens[-2].end == last.start:
        letter = tokens[-2]
        before = tokens[-3] if len(tokens) > 2 else None
    else:
        return False
    return before is None or before.end < letter.start or before.text.endswith(".")


SENTENCE_STOPS = frozenset({".", "؟", "!"})
CLOSING_QUOTES = frozenset({"”", "»", "’"})
STRAIGHT_QUOTES = frozenset({'"', "'"})


def _closes_quote(tokens: list[Piece], at: int) -> bool:
    """The token at ``at`` is a quote mark that closes one opened earlier in the sentence."""
    mark = tokens[at].text
    if mark in CLOSING_QUOTES:
        return True
    return mark in STRAIGHT_QUOTES and sum(t.text == mark for t in tokens[:at]) % 2 == 1


def ends_in_stop(texts: list[str]) -> bool:
    """The words end in a full stop after a word of three letters or more, or a number of two
    digits or more: letters spelt out with stops ("سي.إن.إن"، "د.ب.أ") are a name."""
    if len(texts) < 2 or texts[-1] not in SENTENCE_STOPS:
        return False
    word = texts[-2]
    return sum(c.isalpha() for c in word) >= 3 or (word.isdigit() and len(word) >= 2)


def _missed_stop(tokens: list[Piece], at: int) -> int:
    """Where a new sentence starts after the stop at ``at`` that the tokenizer left inside the
    sentence (a quote mark glued to the stop goes with it), or 0 when it is no such stop."""
    if not ends_in_stop([t.text for t in tokens[max(at - 1, 0):at + 1]]):
        return 0
    start = at + 1
    if start < len(tokens) and tokens[start].start == tokens[at].end and _closes_quote(tokens, start):
        start += 1
    if start >= len(tokens) or not tokens[start].text[:1].isalpha():
        return 0
    return start


def split_missed_stops(sentences: list[list[Piece]]) -> list[list[Piece]]:
    """The tokenizer's sentences, each cut after a full stop it read as part of the sentence; a
    quote mark glued to the stop that closes the sentence's quote goes back to it when the
    tokenizer started the next sentence with it."""
    out: list[list[Piece]] = []
    for tokens in sentences:
        if out and tokens and tokens[0].start == out[-1][-1].end and _closes_quote(out[-1] + tokens[:1], len(out[-1])):
            out[-1] = out[-1] + tokens[:1]
            tokens = tokens[1:]
        begin = 0
        for at in range(len(tokens)):
            start = _missed_stop(tokens, at)
            if start:
                out.append(tokens[begin:start])
                begin = start
        if tokens[begin:]:
            out.append(tokens[begin:])
    return out


def join_title_breaks(sentences: list[list[Piece]], text: str) -> list[list[Piece]]:
    """The tokenizer's sentences, each one that ends in an abbreviated title joined with the
    sentence after it on the same line (``text`` is what the tokenizer read)."""
    out: list[list[Piece]] = []
    joining = False
    for tokens in sentences:
        if joining and out and tokens and "\n" not in text[out[-1][-1].end:tokens[0].start]:
            out[-1] = out[-1] + tokens
        else:
            out.append(list(tokens))
        joining = _ends_in_title(out[-1])
    return out
