"""Where a reporting verb's arguments stand when the order is not verb, subject, complement:
a subject before the verb after كان, whom a verb of calling (or threatening) calls on before
what it calls for, the verb a participle completes, and a headline's subject before its verb.
For :mod:`.reported_speech`."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...normalize import normalize
from ..reader import SentenceReader
from ..quotations import inside_quotation
from ..tokens import NISBA_ENDINGS, QUOTES, RESUMPTIVE, TAFAUL, VERBAL_NOUN, _broken_plural

CLAUSE_AFTER_PREPOSITION = 5   # "في هذا الصدد:" between a verb and what it reports

if TYPE_CHECKING:       # cue_finding reads speech_follows from here
    from .cue_finding import Cue

NEGATING_NOUN = "عدم"   # "طالب من الجميع عدم انتقاده": the negated verbal noun opens what is asked
ADDRESSEE_REACH = 9    # tokens from the start of a call's object in which its preposition must come
INTRODUCED_WORDS = 2   # a verb with no more than this before a participle introduces it ("للصحفيين قائلا")


def _verbal_noun_shape(word: str) -> bool:
    """The shapes of tokens.VERBAL_NOUN, and تفعّل ("تقيّد"، "تدخّل") besides."""
    return bool(VERBAL_NOUN.match(word) or TAFAUL.match(word))


def past_addressee(reader: SentenceReader, start: int, until: int) -> int:
    """What a verb of calling calls for starts after whom it calls on and the preposition:
    "ودعا المجتمعون الحكومة إلى حماية المتظاهرين" calls for "حماية المتظاهرين"; "مطالبا الدول
    المانحة ببذل المزيد" for "بذل المزيد". A preposition with a pronoun ("به"), before a
    complementiser ("إلى أن") or a manner ("بشكل أكبر"), or after a verbal noun ("داعيا أصحاب
    الأعمال التقيد بتنفيذ القرار") is not the call's."""
    toks = reader.toks
    if toks[start].norm in reader.content_prep or (start > 0 and toks[start - 1].norm in reader.content_prep):
        return start        # no one called on: "ودعا إلى الحوار"، "مطالبا بعدم المجازفة"
    if toks[start].norm == "من":
        return _past_asked(reader, start, until)
    manner = reader.lex.word_class("manner_noun")
    for k in range(start + 1, min(until, start + ADDRESSEE_REACH)):
        t, prev = toks[k], toks[k - 1]
        nxt = toks[k + 1] if k + 1 < until else None
        if t.norm in reader.content_prep and nxt is not None:
            # (a time is no verbal noun: "هددت الولايات المتحدة النظام أمس الاثنين باتخاذ")
            if (nxt.glued and nxt.upos == "PRON") or nxt.norm in reader.comp or any(nxt.norm.startswith(m) for m in manner) \
                    or (_verbal_noun_shape(prev.norm.removeprefix("ال")) and not reader.time_at(k - 1)
                        and prev.norm not in reader.time and not _names_a_group(reader, k - 1)):
                break       # "به"، "إلى أن"، "بشكل أكبر", or the preposition of a verbal noun ("التقيد بتنفيذ")
            # a one-word call keeps whom it calls on, or there is no claim to speak of
            after = k + 2 if nxt.word.text in QUOTES else k + 1     # "إلى «العودة إلى عملية السلام»"
            rest = [m for m in range(after, min(until, after + 2)) if not toks[m].is_punct]
            return k + 1 if len(rest) >= 2 else start
        if (t.is_punct and t.word.text not in QUOTES) or t.norm in reader.comp or (
                t.upos in ("VERB", "AUX") and t.norm not in reader.time):    # "أمس" may be read as a verb
            break
    return start


def _past_asked(reader: SentenceReader, start: int, until: int) -> int:
    """What one asks for after whom one asks it of with من: "طالبت رئاسة الإقليم من الحزب
    إخراج قواعده" asks for "إخراج قواعده"; a complementiser or ب may open it instead ("طالب من
    الحكومة أن تستقيل"، "بالاستقالة"). Unchanged when nothing of the kind follows."""
    toks = reader.toks
    for k in range(start + 2, min(until, start + ADDRESSEE_REACH)):
        t = toks[k]
        if t.glued:
            continue
        if t.norm in reader.comp:
            return reader.past_opening_complementizer(k, until)
        ends_phrase = reader.definite(k - 1)
        if ends_phrase and t.word.text in QUOTES:
            return k + 1                    # "من الحزب «إخراج قواعده»"
        if t.is_punct or t.upos in ("VERB", "AUX"):
            break
        if ends_phrase and t.norm in reader.content_prep:
            return k + 1
        if ends_phrase and ((VERBAL_NOUN.match(t.norm) and not t.norm.startswith("ال")) or t.norm == NEGATING_NOUN):
            return k                        # "إخراج قواعده"، "عدم انتقاده"
    return start


def _names_a_group(reader: SentenceReader, k: int) -> bool:
    """A word shaped like a verbal noun that ends whom one calls on: a body ("المعارضة"، like
    مفاعلة), a broken plural written أفعال ("الأحزاب"، "الأطراف"), not إفعال, or a nisba adjective
    ("الحكومة التركية")."""
    t = reader.toks[k]
    return (reader.speaker_noun(t.norm) or _broken_plural(t.word.text.removeprefix("ال"))
            or (t.upos == "ADJ" and t.norm.endswith(NISBA_ENDINGS)))


def past_informed(reader: SentenceReader, start: int, until: int) -> tuple[int, str] | None:
    """What a verb of informing says starts after whom it told and the complementiser: "أبلغ
    الوزير رئيس الوزراء العراقي أن واشنطن ..." says "واشنطن ..."; None when no complementiser
    follows whom he told (no verb or punctuation between)."""
    toks = reader.toks
    for k in range(start, min(until, start + ADDRESSEE_REACH)):
        t = toks[k]
        if t.norm in reader.comp:
            # past the complementiser's pronoun too: "أبلغت تركيا الأمم المتحدة أنها بدأت"
            return (reader.past_opening_complementizer(k, until), "indirect") if k > start and k + 1 < until else None
        if (t.is_punct and t.word.text not in QUOTES) or t.upos in ("VERB", "AUX"):
            return None
    return None


def of_purpose(reader: SentenceReader, i: int) -> bool:
    """"ليؤكد أن"، "لتقول:": a verb of purpose, whose subject is the main verb's (or implicit).
    "ليرى إن كان" is to see whether, not to say."""
    return i > 0 and reader.toks[i - 1].norm == "ل" and reader.toks[i].glued


def speech_follows(reader: SentenceReader, k: int) -> bool:
    """A colon or a quotation mark at ``k``: direct speech."""
    return k < len(reader.toks) and (reader.toks[k].norm == ":" or reader.toks[k].word.text in QUOTES)


def introducing_verb(reader: SentenceReader, cue: Cue, earlier: list[Cue]) -> tuple[int, int] | None:
    """The speaker of the verb right before a participle when the verb reports nothing before it:
    the participle carries that verb's statement ("ثم صرح الوزير لقناة (الغد) الفضائية قائلا:"،
    "لكن مسؤولا تركيا نفى ذلك قائلا"). Only a subject that names someone and holds no other cue."""
    verb = max(earlier, key=lambda c: c.index, default=None)
    if (verb is None or verb.kind != "verb" or verb.speaker_range is None or verb.content_start is None
            or cue.index - verb.content_start > INTRODUCED_WORDS
            or verb.speaker is None or not verb.speaker.named
            or any(verb.speaker_range[0] <= i < verb.speaker_range[1] for i in reader.cues)):
        return None
    return verb.speaker_range


def headline_speaker_before(reader: SentenceReader, i: int) -> tuple[int, int] | None:
    """In an article's first line, a present-tense reporting verb takes its subject before it
    ("طهران تنفي ..."، "الكونغرس يحذر ..."): headlines are written subject first."""
    return _first_line_subject(reader, i) if imperfect(reader, i) else None


def headline_subject(reader: SentenceReader, i: int) -> tuple[int, int] | None:
    """Headlines put the subject first and use the imperfect: "خامنئي يصعد ضد واشنطن ويؤكد أن
    الاتفاق لن يغير العلاقات". In an article's first line, a second verb joined by و shares
    the subject of the first."""
    first = next((t.i for t in reader.toks[:i] if t.upos == "VERB"), None)
    return _first_line_subject(reader, first) if first is not None else None


def headline_participle_subject(reader: SentenceReader, i: int) -> tuple[int, int] | None:
    """A headline's subject before a participle and its colon: "الرئيس السوري معترفاً: الجيش
    يعاني النقص"."""
    colon = i + 1 < len(reader.toks) and reader.toks[i + 1].norm == ":"
    return _first_line_subject(reader, i) if colon else None


def _first_line_subject(reader: SentenceReader, verb: int) -> tuple[int, int] | None:
    """The named subject before ``verb``, in the article's first line only."""
    if reader.sentence.index != 0:
        return None
    rng = reader.speaker_before(verb)
    if rng is None:
        return None
    # a bare surname opening the line ("النجيفي يستنكر الحادث"), a nisba the tagger calls an adjective
    surname = rng == (0, 1) and reader.toks[0].norm.startswith("ال") and reader.toks[0].norm.endswith("ي")
    return rng if reader.mention(*rng).named or surname else None


def continued_report(reader: SentenceReader, i: int) -> bool:
    """A singular present-tense reporting verb that opens its clause with و carries on the report
    of the speaker before it, as features write it: "ويستبعد الزيات ...، ويؤكد أن"، "ويرى أن".
    A plural one with no subject describes a group's view ("ويعتبرون الآن أن"), and one inside a
    quotation is part of what is quoted."""
    t = reader.toks[i]
    if i == 0 or reader.toks[i - 1].norm not in ("و", "ف") or "Number=Plur" in t.word.feats \
            or "Person=3" not in t.word.feats:
        return False
    before = reader.toks[i - 2] if i >= 2 else None
    opens_clause = before is None or before.upos == "PUNCT" or before.norm in ("ثم",)
    return opens_clause and _clause_follows(reader, i + 1) and not inside_quotation(reader.text, t.word.start)


def _clause_follows(reader: SentenceReader, k: int) -> bool:
    """What a subjectless verb at ``k - 1`` reports is a clause: أن/إن, a colon or a quotation,
    right after it or after a preposition ("ويشير إلى أن"، "ويقول في هذا الصدد: إن"). A noun there
    is a subject the reading missed ("ويقول يمنيون إن"، "وتشير مارجريت تاتشر") or an object
    ("ويعلنون انتماءهم"), and the speaker before is nobody's antecedent."""
    toks = reader.toks
    if k < len(toks) and toks[k].upos == "ADP" and toks[k].norm not in reader.comp:
        k = next((j for j in range(k + 1, min(k + CLAUSE_AFTER_PREPOSITION, len(toks)))
                  if toks[j].norm in reader.comp or speech_follows(reader, j) or toks[j].upos == "VERB"), len(toks))
    return k < len(toks) and (toks[k].norm in reader.comp or speech_follows(reader, k))


def imperfect(reader: SentenceReader, i: int) -> bool:
    """A present-tense verb: a person prefix (ي، ت) the past form lacks. A verb whose own past
    begins with ت (تعهد، تحدث، تابع) is past in that form and its suffixed ones (تعهدت)."""
    t = reader.toks[i]
    lemma = normalize(reader.verb_cue(t) or "")
    if lemma.startswith("ت") and t.norm.startswith(lemma):
        return False
    return t.norm.startswith(("ي", "ت")) and ("Aspect=Imp" in t.word.feats or not t.lemma.startswith(t.norm[0]))


def source_named_before(reader: SentenceReader, i: int) -> tuple[int, int] | None:
    """The source an attribution phrase names right before a verb that has no subject of its own:
    "شنت القوات هجوما، وفق مصدر عسكري؛ قال أيضا لوكالة" (the source goes on speaking). Only
    punctuation or a conjunction may stand between the source and the verb."""
    toks = reader.toks
    phrase = next(((a, b) for kind, a, b in reversed(reader.according_to()) if kind == "according_to" and b < i), None)
    if phrase is None:
        return None
    b = phrase[1]
    k = reader.speaker_end(b, i)
    if k == b or not all(t.is_punct or t.norm in ("و", "ف") for t in toks[k:i]):
        return None
    mention = reader.mention(b, k)
    return (b, k) if mention.named and mention.plausible else None


def idiom_object_after(reader: SentenceReader, rng: tuple[int, int]) -> int | None:
    """The idiom's object (lexicon class ``idiom_object``: "كشف ... النقاب عن") within a few
    name words after the subject found: the subject runs up to it."""
    toks = reader.toks
    for k in range(rng[1], min(len(toks), rng[1] + 3)):
        if toks[k].norm in reader.lex.word_class("idiom_object"):
            return k
        if toks[k].is_punct or toks[k].glued or toks[k].norm.startswith("ال") or toks[k].upos not in ("NOUN", "PROPN", "ADJ", "VERB"):
            return None
    return None


def pronoun_subject_ahead(reader: SentenceReader, cue: Cue) -> bool:
    """"تقول إنه سلمي"، "قال الوزير إنه مستعد": a complementiser with its pronoun, right after the
    verb or its subject, makes one noun or adjective a whole statement ("أوضح أنه عندما" does not)."""
    toks, start = reader.toks, cue.content_start
    comp = start - 2
    right_after = comp == cue.index + 1 or (cue.speaker_range is not None and cue.speaker_range[1] == comp)
    return (comp >= 0 and right_after and toks[start - 1].glued and toks[start - 1].norm in RESUMPTIVE
            and toks[comp].norm in reader.comp and toks[start].upos in ("NOUN", "ADJ", "PROPN")
            and toks[start].norm not in reader.lex.word_class("clause_opener"))


def describes_indefinite(reader: SentenceReader, i: int) -> bool:
    """Does the present-tense verb at ``i`` describe the indefinite object written in the
    accusative right before it ("نشر ملفا خاصا يشرح الاتفاق"): a clause of description, no one
    reporting?"""
    if i == 0:
        return False
    t = reader.toks[i - 1]
    return (t.upos in ("NOUN", "ADJ") and not t.glued and t.norm.endswith("ا") and not t.norm.startswith("ال")
            and len(t.norm) > 3 and t.norm not in reader.lex.word_class("state_name") and not reader.names_someone(i - 1))
