"""Headline attributions: a speaker, a colon, what they said."""
from __future__ import annotations

from ...normalize import normalize
from ..reader import RawClaim, SentenceReader
from ..registry import claim_pattern


@claim_pattern(fallback=True, examples=[
    ("الكاظمي: العراق لم يعد بحاجة الى القوات الاجنبية", "الكاظمي", ":",
     "العراق لم يعد بحاجة الى القوات الاجنبية"),
    ("وزير النفط العراقي: تلقينا أكثر من 90 عرضا", "وزير النفط العراقي", ":", "تلقينا أكثر من 90 عرضا"),
    ("عاجل: العراق لم يعد بحاجة الى القوات الاجنبية", None),
    ("الحرب في سوريا: روسيا تقدم شهودا على الهجوم", None),
])
def headline(reader: SentenceReader) -> list[RawClaim]:
    """"الكاظمي: العراق لم يعد بحاجة الى القوات الاجنبية": a name or a role (وزير النفط
    العراقي), a colon within the first six words, and a statement of at least three words. A
    topic ("الحرب في سوريا:") or a label ("عاجل:"، "بالصور:", ``headline_label`` in
    ``lexicons/clause_words.txt``) before the colon names no speaker. A fallback: it runs only
    in sentences without a reporting cue. The cue lemma is ":"."""
    toks = reader.toks
    colon = next((t.i for t in toks[:6] if t.norm == ":"), None)
    if colon is None or colon == 0 or len(toks) - colon < 4:
        return []
    left = toks[:colon]
    if any(t.norm in ("-", "من", "–") or t.is_punct for t in left):
        return []
    if len(left) == 1:
        # one word before the colon names a speaker ("حماس:"، "واشنطن:"، "الكاظمي:") whatever
        # the tagger made of it: names ending in ي come out as nisba adjectives, حماس as a verb
        if left[0].upos not in ("PROPN", "NOUN", "ADJ", "X", "VERB"):
            return []
    elif any(t.upos == "VERB" for t in left[1:]) or not (left[0].upos == "PROPN" or reader.speaker_head(left[0].norm)):
        return []            # "الحرب في سوريا: ..." is a topic, not a speaker; "ولي" came out a verb
    speaker = reader.mention(0, colon)
    if normalize(speaker.text).strip() in reader.lex.word_class("headline_label"):
        return []
    end = reader.clause_end(colon + 1, None)
    return [reader.claim(cue=(colon, colon + 1), content=(colon + 1, end), kind="headline", speaker=speaker,
                         lemma=":")]
