"""Finding the cues of reported speech in a sentence: reporting verbs (not negated, not in a
relative clause, not passive, not an impersonal aside), circumstantial participles and "جاء في"
statements, for :mod:`.reported_speech`."""
from __future__ import annotations

from dataclasses import dataclass

from ...normalize import normalize, strip_diacritics
from ..reader import SentenceReader
from ..mentions import Mention
from ..tokens import QUOTES, SENTENCE_ENDS
from .arguments import speech_follows
from .verb_forms import not_a_report

GREETING_REACH = 7     # words after a transmission verb in which the greeting it conveys stands
TRANSFER_REACH = 11    # words after it in which إلى, and the end of its clause, are looked for
COMPLEMENT_REACH = 12  # words after a verb of seeing or threatening in which its complement is looked for


@dataclass
class Cue:
    index: int
    kind: str                      # "verb", "participle", "statement"
    lemma: str
    speaker: Mention | None = None
    speaker_range: tuple[int, int] | None = None   # token indices [a, b)
    content_start: int | None = None               # token index of the first content word
    content_kind: str = "report"                   # "none": a description, not a report
    nested_in: "Cue | None" = None
    source_via: tuple[str, ...] = ()


# ---------------------------------------------------------------- finding the cues
def find_cues(reader: SentenceReader) -> list[Cue]:
    toks, out = reader.toks, []
    # "بحسب ما قال المتحدث ...": the verb belongs to the according-to phrase, not a cue
    in_phrase = {k for kind, a, b in reader.according_to() if kind != "statement" for k in range(a, b)}
    for t in toks:
        if t.in_quote or t.is_punct or t.i in in_phrase:
            continue
        if "Voice=Pass" in t.word.feats:
            continue
        lemma = reader.verb_cue(t)
        if t.norm in reader.impersonal or _writers_aside(reader, t.i) or (lemma and (_takes_object_pronoun(reader, t.i, lemma)
                                                      or _conveys_no_words(reader, t.i, lemma))):
            continue
        if lemma is None and _says_by_saying(reader, t.i):
            lemma = "قال"
        if lemma is None and _verb_opening_clause(reader, t.i):
            lemma = reader.lex.verb_forms[t.norm]
        if lemma and normalize(lemma) in reader.lex.word_class("complement_verb") and not _complement_ahead(reader, t.i):
            continue
        if lemma and normalize(lemma) in reader.lex.word_class("speech_verb") and (
                not _speech_ahead(reader, t.i) or "Person=1" in t.word.feats):
            continue    # ("ونحن نعترف بأن": the writer's own admission)
        if lemma and normalize(lemma) in reader.lex.word_class("about_verb") and not _source_or_words_ahead(reader, t.i):
            continue
        if lemma and normalize(lemma) == "بين" and _second_of_between(reader, t.i):
            continue
        if lemma and normalize(lemma) in reader.lex.word_class("adding_verb") and _adds_to(reader, t.i):
            continue
        if lemma and not _negated(reader, t.i) and not not_a_report(reader, t.i):
            out.append(Cue(t.i, "verb", lemma))
        elif t.norm in reader.lex.participles and (t.i > 0 or _opens_report(reader, t.i)) \
                and not _predicate_of_verb(reader, t.i) and not (t.i > 0 and toks[t.i - 1].upos == "ADP") \
                and not _byline(reader, t.i):
            # (after a preposition it is a noun: "اللجنة الخاصة بمتابعة الانتخابات"، "تطرق إلى متابعة القضايا")
            out.append(Cue(t.i, "participle", reader.lex.participles[t.norm]))
        elif t.norm in ("جاء", "وجاء", "فجاء") and t.i + 2 < len(toks) and toks[t.i + 1].norm == "في" \
                and toks[t.i + 2].norm not in reader.lex.word_class("came_in_circumstance"):
            out.append(Cue(t.i, "statement", "جاء في"))
    return out


def _complement_ahead(reader: SentenceReader, i: int) -> bool:
    """A complementiser, a colon, a quotation, ليس, a judged object (عدم، ضرورة) or ب within
    the words after the verb at ``i`` (lexicon class ``complement_verb``: "رأى أن"، "هدد
    بالانسحاب"), before the sentence ends. One after و continues an earlier report ("قال إنه رأى
    جثثا في الشوارع وإن أحياء بأكملها دمرت")."""
    toks = reader.toks
    judgement = reader.lex.word_class("predicate_particle") | reader.lex.word_class("judged_object")

    def found(k: int) -> bool:
        t = toks[k]
        # ... or a judgement: "ويرى الوزير الاتفاق ليس كافيا"، "رأى المدرب عدم جدوى"; or ب before a
        # noun: "هدد بالانسحاب"، "هدد بقطع العلاقات", not "دمرت بأكملها"
        return (t.norm == ":" or t.word.text in QUOTES or t.norm in judgement
                or (t.norm == "ب" and k + 2 < len(toks) and toks[k + 1].upos == "NOUN" and not toks[k + 2].glued))
    return _ahead_of_verb(reader, i, found)


def _speech_ahead(reader: SentenceReader, i: int) -> bool:
    """A complementiser, a colon or a quotation after the verb at ``i`` (lexicon class
    ``speech_verb``: "اعترفت القناة بأن", not "اعترفت الحكومة بالدولة")."""
    return _ahead_of_verb(reader, i, lambda k: reader.toks[k].norm == ":" or reader.toks[k].word.text in QUOTES)


def _source_or_words_ahead(reader: SentenceReader, i: int) -> bool:
    """عن, a complement, or a word for what was said after the verb at ``i`` (lexicon class
    ``about_verb``: "عبر عن"، "نقلت عن"، "نقلت الصحيفة تصريحات"), before the sentence ends;
    otherwise it is crossing or carrying ("عبروا الحدود"، "نقلت الفرق المصابين إلى المستشفى")."""
    toks = reader.toks
    said = reader.lex.word_class("speech_noun") | reader.lex.word_class("report_noun")

    def found(k: int) -> bool:
        t = toks[k]
        return t.norm == "عن" or t.norm == ":" or t.word.text in QUOTES or t.norm.removeprefix("ال") in said
    return _ahead_of_verb(reader, i, found)


def _ahead_of_verb(reader: SentenceReader, i: int, found) -> bool:
    """Within COMPLEMENT_REACH words after the verb at ``i`` and before the sentence ends: a word
    ``found(k)`` accepts, or a complementiser (one after و continues an earlier report)."""
    toks = reader.toks
    for k in range(i + 1, min(i + 1 + COMPLEMENT_REACH, len(toks))):
        t = toks[k]
        if t.norm in SENTENCE_ENDS:
            return False
        if t.norm in reader.comp:
            return toks[k - 1].norm != "و"
        if found(k):
            return True
    return False


BETWEEN_REACH = 8      # words back in which "بين X" makes a later "وبين" its second half


def _second_of_between(reader: SentenceReader, i: int) -> bool:
    """"بين بلدهم تركيا وبين سوريا": the second بين of "between X and Y", not the verb بيّن."""
    toks = reader.toks
    return (i > 0 and toks[i - 1].norm == "و"
            and any(toks[k].norm == "بين" for k in range(max(0, i - BETWEEN_REACH), i - 1)))


def _writers_aside(reader: SentenceReader, i: int) -> bool:
    """"الجدير ذكره أن"، "والجدير بالذكر أن": what is worth mentioning is the writer's own aside
    (lexicon class ``writers_aside``), not a report of the word before it."""
    k = i - 1 if i > 0 and reader.toks[i - 1].norm != "ب" else i - 2
    return k >= 0 and reader.toks[k].norm in reader.lex.word_class("writers_aside")


def _predicate_of_verb(reader: SentenceReader, i: int) -> bool:
    """"وبدا لافتا ما أعلنه عون": right after a copula (lexicon class ``copula``: بدا، كان،
    أصبح ...), a participle's form is its adjective ("remarkable"), not a report. Not after any
    verb: the tagger reads foreign names as verbs ("وعلق لاكازيت قائلا"). Nor right after an
    indefinite common noun when no statement opens after it: "لإيجاد آلية مشددة للتفتيش"
    (a strict mechanism), "معلومات مؤكدة عن"."""
    prev = reader.toks[i - 1] if i > 0 else None
    if prev is None:
        return False
    if prev.norm in reader.lex.word_class("copula"):
        return True
    # (ال as written: "آلية" normalises to a word that starts with ال). A participle in ا is
    # accusative, the state of the speaker ("وأضاف دمرداش قائلا"), never an adjective of a noun
    return (prev.upos in ("NOUN", "ADJ") and not reader.toks[i].norm.endswith("ا")
            and not strip_diacritics(prev.word.text).startswith("ال")
            and not prev.is_punct and not reader.toks[i].glued
            and not reader.speaker_noun(prev.norm) and not _opens_report(reader, i)
            and not speech_follows(reader, i + 1))


def _says_by_saying(reader: SentenceReader, i: int) -> bool:
    """"ومضى المركز بالقول:"، "ومضت المصادر بالقول إن": a verb that reports through the word for
    saying a few words after it (``saying_verb`` and ``saying_word`` in lexicons/clause_words.txt).
    After "واختتم كلمته قائلا" the participle is the cue, not the verb."""
    toks = reader.toks
    t = toks[i]
    verbs = reader.lex.word_class("saying_verb")
    # the tokenizer may leave the conjunction on ("ومضت"), and the lemmatizer then reads another word
    if t.upos != "VERB" or not ({t.norm, t.norm[1:] if t.norm[:1] in ("و", "ف") else t.norm, t.lemma} & verbs):
        return False
    saying = reader.lex.word_class("saying_word")
    for k in range(i + 1, min(i + 6, len(toks))):
        joined = toks[k].norm if not (k + 1 < len(toks) and toks[k + 1].glued) else toks[k].norm + toks[k + 1].norm
        if toks[k].norm in saying or joined in saying:
            # "قائلا" is a cue of its own and carries the report: "واختتمت الوزارة بيانها قائلة إن"
            return toks[k].norm not in reader.lex.participles
        if toks[k].is_punct:
            return False
    return False


def _verb_opening_clause(reader: SentenceReader, i: int) -> bool:
    """A reporting verb that is also a common noun or a preposition ("عبر" via، "ذكر" mention;
    the ! forms of lexicons/reporting_verbs.txt), tagged as such, is the verb when it opens a
    clause and a subject and then its complement follow: "من جانبه، عبر وزير الخارجية عن حرص"،
    "وكشف مصدر مطلع أن"."""
    toks, lex = reader.toks, reader.lex
    t = toks[i]
    if t.norm not in lex.noun_ambiguous or t.norm not in lex.verb_forms or t.upos == "VERB":
        return False
    prev = toks[i - 1] if i > 0 else None
    opens = (prev is None or prev.norm in ("،", ",") or (prev.norm in ("و", "ف") and t.glued)
             or any(reader.phrase_end(j, "discourse_marker") == i for j in range(max(0, i - 4), i)))
    if not opens:
        return False
    subject = reader.speaker_after(i)
    if subject is None or not reader.mention(*subject).named:
        return False
    if subject[0] + 1 < len(toks) and toks[subject[0] + 1].glued and toks[subject[0] + 1].upos == "PRON":
        return False        # "عبر موقعها الإلكتروني": a preposition and its object, not a verb and its subject
    end = subject[1]
    return reader.complement_follows(end) or (end < len(toks) and toks[end].norm in reader.content_prep)


def _adds_to(reader: SentenceReader, i: int) -> bool:
    """"وأضاف قانون جديد ... إلى قائمة العقوبات أربعين شركة": إلى before a noun comes before any
    complement, colon or quotation, so the verb adds a thing to something; "وأضاف إلى ذلك أن"
    (besides that) and "إلى أن" still add words."""
    toks = reader.toks
    besides = reader.lex.word_class("demonstrative")
    for k in range(i + 1, min(len(toks) - 1, i + 1 + COMPLEMENT_REACH)):
        t = toks[k]
        if t.norm in reader.comp or t.norm == ":" or t.word.text in QUOTES or t.norm in SENTENCE_ENDS \
                or reader._circumstance_at(k):
            return False    # (the إلى of a circumstance: "وأضاف خلال زيارة إلى ماليزيا")
        if t.upos == "VERB" and not (toks[k + 1].glued and toks[k + 1].upos == "PRON"):
            return False    # "وأضاف الوزير تصل الطائرات إلى": the إلى of what he said (a verb with its
                            # object pronoun, "أصدره", is a relative clause on the way)
        if strip_diacritics(t.word.text) in ("إلى", "الى") and toks[k - 1].upos != "ADJ":   # "الأقرب إلى"
            nxt = toks[k + 1]
            return nxt.upos in ("NOUN", "PROPN") and nxt.norm not in besides and nxt.norm not in reader.comp
    return False


def _byline(reader: SentenceReader, i: int) -> bool:
    """"عبدالله البرقاوي- سبق - متابعة:": a dateline's word for a follow-up report, between a
    dash and a colon, is not someone continuing to speak. The dash may be glued to the word
    before it ("سبق- متابعة:")."""
    toks = reader.toks
    return (i > 0 and toks[i - 1].norm.endswith(("-", "–", "ـ")) and i + 1 < len(toks) and toks[i + 1].norm == ":"
            and not any(reader.verb_cue(toks[k]) for k in range(i)))


def _takes_object_pronoun(reader: SentenceReader, i: int, lemma: str) -> bool:
    """"بيان تابعته "ايلاف"" (a statement Elaph followed), "رآه" (saw him), "تنقله من دولة"
    (moves him from one country): a verb with an object pronoun glued to it
    is not reporting speech here; the verbs of lexicon class ``object_pronoun_not_report`` report
    without an object."""
    toks = reader.toks
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    verbs = reader.lex.word_class("object_pronoun_not_report")
    return (nxt is not None and nxt.glued and nxt.upos == "PRON" and nxt.norm in ("ه", "ها", "هم")
            and (toks[i].norm in verbs or normalize(lemma) in verbs))


def _conveys_no_words(reader: SentenceReader, i: int, lemma: str) -> bool:
    """A transmission verb that conveys a greeting (lexicon class ``greeting``: "ونقل الأمير
    تحيات خادم الحرمين الشريفين للرئيس") or takes someone to a place ("ونقلت المصابة إلى
    مستشفى الملك خالد": إلى before any عن, and no complement in the clause) reports no words.
    "ونقلت الوكالة عن مصدر ..." and "ونقل الوزير إلى الصحافيين أن" still report."""
    if normalize(lemma) not in reader.lex.word_class("transmission"):
        return False
    greetings = reader.lex.word_class("greeting")
    toward = False
    for k, t in enumerate(reader.toks[i + 1:i + 1 + TRANSFER_REACH]):
        if t.norm in reader.comp:
            return False
        if t.is_punct or t.norm in ("عن", "عنه", "عنها"):
            return toward
        if k < GREETING_REACH and t.norm.removeprefix("ال") in greetings:
            return True
        toward = toward or strip_diacritics(t.word.text) in ("إلى", "الى")
    return toward


def _negated(reader: SentenceReader, i: int) -> bool:
    """Negated ("لم تعلن") or under a condition ("وإذا ما أعلنت"): nothing is reported."""
    j = i - 1
    while j >= 0 and reader.toks[j].norm in ("و", "ف"):
        j -= 1
    if j >= 1 and reader.toks[j].norm == "ما":
        j -= 1
    return j >= 0 and (reader.toks[j].norm in reader.neg or reader.toks[j].norm in reader.lex.word_class("conditional"))


def _opens_report(reader: SentenceReader, i: int) -> bool:
    """A participle that starts a sentence ("مشيرا الى ان ..." after a full stop the writer put
    too early) still reports when a complementiser follows, or a verbal noun it takes as its
    object ("مؤكداً استمرار بلاده في دعم أصدقائها")."""
    ahead = [t.norm for t in reader.toks[i + 1:i + 3]]
    return bool(ahead) and (ahead[0] in reader.comp or (ahead[0] in reader.content_prep and ahead[1:2]
                                                        and ahead[1] in reader.comp)
                            or (i + 1 < len(reader.toks) and reader.report_object_at(i + 1)))
