"""Headline attributions: a speaker, a colon, what they said."""
from __future__ import annotations

from dataclasses import replace

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
    ("الأزمة تتفاقم في بيروت.. وسلام: الحوار هو الطريق الوحيد للحل", "سلام", ":", "الحوار هو الطريق الوحيد للحل"),
    ("الأزمة تتفاقم في بيروت.. وعون: الحوار هو الطريق الوحيد للحل", "عون", ":", "الحوار هو الطريق الوحيد للحل"),
    ("الأزمة تتفاقم في بيروت.. ووزير الداخلية: الحوار هو الطريق الوحيد", "وزير الداخلية", ":",
     "الحوار هو الطريق الوحيد"),
    ("عاجل: العراق لم يعد بحاجة الى القوات الاجنبية", None),
    ("الحرب في سوريا: روسيا تقدم شهودا على الهجوم", None),
    ("واس- جدة: التقى ولي العهد في جدة أمس وزير الخارجية الأمريكي", None),
    ("وثانيا: تراجع أسعار النفط في الأسواق العالمية", None),
    ("والثانية: يقظة رجال الأمن في كل مكان وزمان", None),
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
    # the second headline of a title line joins the first with ".." and a conjunction: "...«النفايات»..
    # وسلام: ..."; elsewhere a conjunction opens an item or a sentence ("والثانية: ..."، "وزاد: ...")
    first = 0
    if toks[0].norm in ("و", "ف") and toks[0].upos == "CCONJ":
        if not _second_headline(reader):
            return []
        first = 1
    if speaker_end - first > 6:
        return []
    if speaker_end - first >= 3 and toks[first].word.text in QUOTES and toks[speaker_end - 1].word.text in QUOTES:
        first, speaker_end = first + 1, speaker_end - 1      # a quoted speaker: "المعلم": ...
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
    speaker = _without_conjunction(reader, reader.mention(first, speaker_end), first)
    label = normalize(speaker.text).strip()
    labels = reader.lex.word_class("headline_label")
    # (an item of a list keeps its conjunction: "وثانيا: ...")
    if label in labels or (label[:1] in ("و", "ف") and label[1:] in labels):
        return []
    end = reader.clause_end(colon + 1, None)
    return [reader.claim(cue=(colon, colon + 1), content=(colon + 1, end), kind="headline", speaker=speaker,
                         lemma=":")]


def _without_conjunction(reader: SentenceReader, speaker, first: int):
    """The speaker of a second headline without the conjunction the tokenizer left on it
    ("... .. ووزير الداخلية: ..."، "... .. وعون: ..."): after a ".." or "…" that joins two
    headlines any leading و goes; elsewhere only before ال or a speaker noun, as a name may
    begin with the letter ("وليد: ...")."""
    tok = reader.toks[first]
    rest = tok.norm[1:]
    if not (tok.norm.startswith(("و", "ف")) and len(rest) >= 2) or reader.speaker_noun(tok.norm):
        return speaker
    if not (_second_headline(reader) or rest.startswith("ال") or reader.speaker_noun(rest)):
        return speaker
    span = (speaker.span[0] + 1, speaker.span[1]) if speaker.span else None
    head = speaker.head[1:] if speaker.head == tok.norm else speaker.head
    name = speaker.name[1:] if speaker.name.startswith(tok.word.text) else speaker.name
    return replace(speaker, text=speaker.text[1:], span=span, head=head, name=name)


def _second_headline(reader: SentenceReader) -> bool:
    """Does the sentence follow a headline and its ".." (or "…") on the same line?"""
    if not reader.text:
        return False
    line = reader.text[:reader.toks[0].word.start].rsplit("\n", 1)[-1].rstrip()
    return line.endswith(("..", "…")) and not line.endswith("...")
