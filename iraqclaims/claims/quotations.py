"""Quotations that run past a sentence: where a quotation a sentence opens closes, and whether
text stands inside one its paragraph opened before."""
from __future__ import annotations

from ..parse.document import ParsedDocument

# a straight quotation mark opens and closes alike ('وأضاف: "رجاء ... رجاء".')
_CLOSING_OF = {"«": "»", "“": "”", '"': '"'}
QUOTATION_MAX_SENTENCES = 4


def through_open_quotation(text: str, span: tuple[int, int], parsed: ParsedDocument, index: int) -> tuple[int, int]:
    """A quotation that the sentence opens but does not close runs on into the next sentences
    ("وقال: «هذا ليس افتراء عاديا. إنه أخطر اتهام ...»"): the content reaches its closing mark,
    if that comes within a few sentences and no other quotation opens first."""
    start, end = span
    k = start - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    if k < 0 or text[k] not in _CLOSING_OF:
        return span
    closing = _CLOSING_OF[text[k]]
    sentence_end = parsed.sentences[index].end
    if closing in text[start:sentence_end]:
        return span
    last = min(index + QUOTATION_MAX_SENTENCES, len(parsed.sentences) - 1)
    for m in range(sentence_end, parsed.sentences[last].end):
        if text[m] in _CLOSING_OF and text[m] != closing:
            return span
        if text[m] == closing:
            close = m
            while close > start and (text[close - 1].isspace() or text[close - 1] in ".،,"):
                close -= 1
            return (start, close) if close > end else span
    return span


def inside_quotation(text: str, start: int) -> bool:
    """Does the text at ``start`` continue a quotation its paragraph opened before it ("... إلى أن
    «الجيش ممسك بزمام الأمور. نحن فخورون جدا بالشراكة»")? A sentence there has the quoted
    speaker's subject, not someone a later implicit speaker can be; a verb there is quoted."""
    before = text[text.rfind("\n", 0, start) + 1:start]
    return (before.count("«") > before.count("»") or before.count("“") > before.count("”")
            or before.count('"') % 2 == 1)
