"""Headline attributions: a speaker, a colon, what they said."""
from __future__ import annotations

from ...normalize import normalize
from ..reader import RawClaim, SentenceReader
from ..registry import claim_pattern
from ..tokens import QUOTES


@claim_pattern(fallback=True, examples=[
    ("الكاظمي: العراق لم يعد بحاجة الى القوات الاجنبية", "الكاظمي", ":",
     "العراق لم يعد بحاجة الى القوات الاجنبية"),
    ("وزير النفط العراقي: تلقينا أكثر من 90 عرضا", "وزير النفط العراقي", ":", "تلقينا أكثر من 90 عرضا"),
    ("السفير السعودي لرؤساء تحرير الصحف المصرية: دعم المملكة لمصر لم يتراجع", "السفير السعودي", ":",
     "دعم المملكة لمصر لم يتراجع"),
    ('"المفتي": الحكومة عاجزة عن مواجهة الميليشيات', "المفتي", ":", "الحكومة عاجزة عن مواجهة الميليشيات"),
    ("عاجل: العراق لم يعد بحاجة الى القوات الاجنبية", None),
    ("الحرب في سوريا: روسيا تقدم شهودا على الهجوم", None),
    ("واس- جدة: التقى ولي العهد في جدة أمس وزير الخارجية الأمريكي", None),
    ("وثانيا: تراجع أسعار النفط في الأسواق العالمية", None),
])
def headline(reader: SentenceReader) -> list[RawClaim]:
    """"الكاظمي: العراق لم يعد بحاجة الى القوات الاجنبية": a name or a role (وزير النفط
    العراقي) of up to six words, possibly followed by who was addressed ("لرؤساء تحرير الصحف",
    left out of the speaker), a colon, and a statement of at least three words. A
    topic ("الحرب في سوريا:") or a label ("عاجل:"، "بالصور:"، "وثانيا:", ``headline_label`` in
    ``lexicons/clause_words.txt``) before the colon names no speaker. A fallback: it runs only
    in sentences without a reporting cue. The cue lemma is ":"."""
    toks = reader.toks
    colon = next((t.i for t in toks[:12] if t.norm == ":"), None)
    if colon is None or colon == 0 or len(toks) - colon < 4:
        return []
    # "قطان لرؤساء تحرير الصحف: ...": who was addressed is not part of the speaker
    addressee = next((t.i for t in toks[1:colon] if t.norm in ("ل", "لل") and t.upos == "ADP"), None)
    speaker_end = addressee if addressee is not None else colon
    if speaker_end > 6:
        return []
    first = 0
    if speaker_end >= 3 and toks[0].word.text in QUOTES and toks[speaker_end - 1].word.text in QUOTES:
        first, speaker_end = 1, speaker_end - 1      # a quoted speaker: "المعلم": ...
    left = toks[first:speaker_end]
    # (a dash, glued to a word or not, makes a dateline: "واس- جدة:")
    if not left or any(t.norm in ("-", "من", "–") or t.is_punct or "-" in t.word.text or "–" in t.word.text
                       for t in left):
        return []
    if len(left) == 1:
        # one word before the colon names a speaker ("حماس:"، "واشنطن:"، "الكاظمي:") whatever
        # the tagger made of it: names ending in ي come out as nisba adjectives, حماس as a verb
        if left[0].upos not in ("PROPN", "NOUN", "ADJ", "X", "VERB"):
            return []
    elif any(t.upos == "VERB" for t in left[1:]) or not (left[0].upos == "PROPN" or reader.speaker_noun(left[0].norm)):
        return []            # "الحرب في سوريا: ..." is a topic, not a speaker; "ولي" came out a verb
    speaker = reader.mention(first, speaker_end)
    label = normalize(speaker.text).strip()
    labels = reader.lex.word_class("headline_label")
    # (an item of a list keeps its conjunction: "وثانيا: ...")
    if label in labels or (label[:1] in ("و", "ف") and label[1:] in labels):
        return []
    end = reader.clause_end(colon + 1, None)
    return [reader.claim(cue=(colon, colon + 1), content=(colon + 1, end), kind="headline", speaker=speaker,
                         lemma=":")]
