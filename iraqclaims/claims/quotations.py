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


def end_unclosed_quotations(toks, text: str, verb_cue) -> None:
    """A quotation opened with «/“ that another «/“ follows before any closing mark was never
    closed (scraped text drops marks and sentence breaks: 'إن «القوى وافقت ... وأضاف علي أن
    «موافقة ...»'): it ends before the last "و + reporting verb" in it, whose words are the
    writer's again, and the marks after it are read by their direction, not paired in turn.
    ``verb_cue(tok)`` gives a reporting verb's lemma or None."""
    marks = [text[t.word.start:t.word.end] if text else t.word.text for t in toks]   # (the parse writes " for all)
    opened, reopened = None, []
    for t, mark in zip(toks, marks):
        if mark in _OPENING:
            if opened is not None and marks[opened] == mark:
                reopened.append((opened, t.i))
            opened = t.i
        elif mark in _CLOSING:
            opened = None
    if not reopened:
        return
    depth = False
    for t, mark in zip(toks, marks):
        if mark in _OPENING or mark in _CLOSING:
            depth = mark in _OPENING
        t.in_quote = depth and mark not in _OPENING
    for a, b in reopened:
        _close_before_last_report(toks, a, b, verb_cue)


_OPENING = ("«", "“")
_CLOSING = ("»", "”")


def _close_before_last_report(toks, opened: int, reopened: int, verb_cue) -> None:
    for v in range(reopened - 1, opened + 1, -1):
        t = toks[v]
        joined = toks[v - 1].norm == "و" and t.glued
        if verb_cue(t) and (joined or t.norm.startswith("و")) and "Person=1" not in t.word.feats:
            for k in range(v - 1 if joined else v, reopened):
                toks[k].in_quote = False
            return
