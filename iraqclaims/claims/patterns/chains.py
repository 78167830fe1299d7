"""Chains of reporting: a carrier passing on what a source said ("نقلت الوكالات عن مصدر حكومي
القول إن"، "قالت صحيفة X نقلا عن مسؤولين إن"، "استناداً إلى مسؤول، لم تذكر اسمه، أن"). The source
becomes the speaker and the carrier joins ``via``, for :mod:`.reported_speech`."""
from __future__ import annotations

from ...normalize import normalize
from ..reader import SentenceReader
from .cue_finding import Cue


def follow_chain(reader: SentenceReader, cue: Cue, frm: int, next_index: int | None) -> int:
    """Where the content of ``cue`` starts once a source named after the carrier (from token
    ``frm`` on) has become its speaker; ``frm`` when none is named."""
    toks = reader.toks
    # "نقلت الوكالات عن مصدر حكومي القول إن": the source after عن joins the chain
    if (frm < len(toks) and toks[frm].norm == "عن"
            and normalize(cue.lemma) in reader.lex.word_class("transmission")):
        k = frm + 1
        quoted = reader.short_quote_end(k, longest=3)
        if quoted is not None:          # a quoted name: "نقل الموقع عن "فالون" الذي يزور العراق أن"
            _source_speaks(reader, cue, frm + 2, quoted - 1)
            return _past_unnamed(reader, quoted)
        while (k < len(toks) and not reader.stops_speaker(k) and toks[k].norm not in reader.filler
               and toks[k].norm not in reader.neg):     # "عن مسؤول لم تسمه القول"
            k += 1
        if k > frm + 1:
            _source_speaks(reader, cue, frm + 1, k)
            frm = _past_unnamed(reader, k)
    # "قالت صحيفة وول ستريت جورنال نقلا عن مسؤولين إن": the same chain, named after a
    # according-to phrase between the carrier and the complement
    relay = _relayed_source(reader, frm, next_index)
    if relay is not None:
        _source_speaks(reader, cue, *relay)
        frm = relay[1]
    else:
        # "وأضافت نقلا عنه أن": the source is a pronoun, so the content starts after the marker
        frm = next((b for kind, a, b in reader.according_to()
                    if kind == "according_to" and a == frm and reader.complement_follows(b)), frm)
    return frm


def _source_speaks(reader: SentenceReader, cue: Cue, a: int, b: int) -> None:
    """The source at tokens ``[a, b)`` is who spoke; the carrier joins the chain ("via")."""
    carrier = (cue.speaker.text,) if cue.speaker else ()
    cue.speaker_range, cue.speaker = (a, b), reader.mention(a, b)
    cue.source_via = carrier + cue.source_via


def _relayed_source(reader: SentenceReader, frm: int, until: int | None) -> tuple[int, int] | None:
    """The source named by "نقلا عن"/"بحسب" right after a verb's subject and before its
    complement, as token range: the carrier reports what that source said."""
    toks = reader.toks
    until = len(toks) if until is None else until
    k = frm
    while k < until and (toks[k].norm in ("،", ",") or reader.time_at(k)):
        k += 1
    for kind, a, b in reader.according_to():
        if kind != "according_to" or a != k:
            continue
        e = reader.speaker_end(b, until)
        if e > b and e < until and (reader.complement_follows(e) or reader.complement_follows(_past_aside(reader, e))):
            return b, e
    return None


def _past_unnamed(reader: SentenceReader, k: int, longest: int = 6) -> int:
    """Past "لم تسمه أمس" after a source ("عن مسؤول لم تسمه أمس القول:"), up to the word for
    saying or the complement; ``k`` when no negated aside stands there."""
    toks = reader.toks
    if k >= len(toks) or toks[k].norm not in reader.neg:
        return k
    return next((m for m in range(k + 1, min(len(toks), k + longest))
                 if toks[m].norm in reader.filler or reader.complement_follows(m)), k)


def _past_aside(reader: SentenceReader, e: int, longest: int = 6) -> int:
    """Past a short aside set off by commas after a source ("عن مسؤول، لم تذكر اسمه، أن"), or ``e``."""
    toks = reader.toks
    if e >= len(toks) or toks[e].norm not in ("،", ","):
        return e
    close = next((k for k in range(e + 1, min(len(toks), e + longest + 2)) if toks[k].norm in ("،", ",")), None)
    return close + 1 if close is not None and close > e + 1 else e
