"""Sentence breaks the bundled tokenizer makes inside a name, undone between tokenizing and tagging.

Saudi and Gulf papers abbreviate a title to a letter and a period: "د." (doctor), "م."
(engineer), "أ." (professor; "أ.د." professor doctor). The tokenizer, trained on 1,000 PUD
sentences, takes that period for a full stop in most of them (28 of 40 SaudiNewsNet snippets),
so "وأكد د. منصور الطبيقي أن ..." became two sentences and the reporting verb lost its subject.
A sentence that ends in such a title is joined to the next one when no line break comes between
(a headline or a new paragraph still starts its own sentence). Official Stanza models segment
with their own tokenizer and are left alone.
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
