"""Where a reporting verb's arguments stand when the order is not verb, subject, complement:
a subject before the verb after كان, and whom a verb of calling calls on before what it calls
for. For :mod:`.reported_speech`."""
from __future__ import annotations

from ..reader import SentenceReader
from ..tokens import QUOTES

ADDRESSEE_REACH = 9    # tokens from the start of a call's object in which its preposition must come


def past_addressee(reader: SentenceReader, start: int, until: int) -> int:
    """What a verb of calling calls for starts after whom it calls on and the preposition:
    "ودعا المجتمعون الحكومة إلى حماية المتظاهرين" calls for "حماية المتظاهرين"; "مطالبا الدول
    المانحة ببذل المزيد" for "بذل المزيد"."""
    toks = reader.toks
    for k in range(start + 1, min(until, start + ADDRESSEE_REACH)):
        t = toks[k]
        if t.norm in reader.content_prep:
            # a one-word call keeps whom it calls on, or there is no claim to speak of
            rest = [m for m in range(k + 1, min(until, k + 3)) if not toks[m].is_punct]
            return k + 1 if len(rest) >= 2 else start
        if (t.is_punct and t.word.text not in QUOTES) or t.upos in ("VERB", "AUX") or t.norm in reader.comp:
            break
    return start


def pluperfect_subject(reader: SentenceReader, cue: int) -> tuple[int, int] | None:
    """"وكانت الحكومة المحلية في الأنبار دعت أهالي الفلوجة إلى الخروج": after كان the subject
    comes before the verb, and the phrase after the verb is its object."""
    before = reader.speaker_before(cue)
    if before is None or before[0] == 0 or reader.toks[before[0] - 1].norm not in ("كان", "كانت"):
        return None
    return before if reader.mention(*before).plausible else None
