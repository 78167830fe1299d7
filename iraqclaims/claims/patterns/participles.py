"""Circumstantial participles ("، مؤكدا أن"، "، مشيرة إلى"): whose speech one continues, and when
one reports the nominal complement after it. For :mod:`.reported_speech`."""
from __future__ import annotations

from ..mentions import Mention
from ..reader import SentenceReader
from .cue_finding import Cue


def continues_subject(reader: SentenceReader, cue: Cue, mention: Mention) -> bool:
    """Can the participle at ``cue`` continue the main clause's subject ``mention``? It must be
    someone who speaks (a name, an office, a body, a source) and agree with the participle in
    gender ("مؤكدة" is said of a woman or a body named in the feminine). A plural participle may
    continue people named by a sound plural, who are people whatever they are called ("وأصدر
    المشاركون بيانا ختاميا، معربين")."""
    if not mention.named:
        return reader.toks[cue.index].norm.endswith(("ين", "ون")) and mention.head.endswith(("ون", "ين"))
    feminine = reader.toks[cue.index].norm.endswith(("ه", "ة"))
    # a one-word proper name's gender is the tagger's guess: places are feminine in Arabic
    # ("واشنطن ... مؤكدة") whatever it says
    one_name = mention.span is not None and len(mention.text.split()) == 1 and not mention.head.startswith("ال")
    return mention.gender is None or one_name or (mention.gender == "Fem") == feminine


def participle_report(reader: SentenceReader, cue: Cue) -> bool:
    """"، مشيرة إلى وجود تباين"، "، مشيداً بالعمل"، "، مؤكدا حفظ حقوقهم"، "، معتبرة ما نشر
    فبركات": a participle after a comma (or opening a sentence) reports the nominal complement right after it, when
    that opens with a preposition, a noun, or ما/من before a verb."""
    i, toks = cue.index, reader.toks
    # or opening the sentence, after a full stop the writer put too early (cue_finding._opens_report)
    if not (cue.kind == "participle" and (i == 0 or toks[i - 1].norm in ("،", ",")) and i + 2 < len(toks)):
        return False
    start = cue.content_start
    if start is None or start >= len(toks):
        return False
    # "، مشددًا في الوقت ذاته، على ضرورة المضي": an adverbial set off by a comma may come first,
    # or a discourse marker without one ("مشددا في الوقت نفسه على عدم وجود خلاف")
    gap = toks[i + 1:start]
    if gap and not (gap[-1].norm in ("،", ",") and len(gap) <= 6 and not any(t.upos == "VERB" for t in gap)) \
            and reader.phrase_end(i + 1, "discourse_marker") != start and gap[-1].norm not in reader.content_prep:
        return False    # (whom a participle of calling calls on ends with its preposition: past_addressee)
    first = toks[start]
    if first.norm in ("ما", "من") and start + 1 < len(toks) and toks[start + 1].upos == "VERB":
        return True
    return first.norm in reader.content_prep or (first.upos == "NOUN" and not reader.time_at(start))
