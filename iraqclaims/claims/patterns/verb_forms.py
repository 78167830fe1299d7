"""Where a reporting verb's form reports nothing: a verb in a relative clause, a passive of
describing ("وصفت بأنها") or of an idiom ("كُشف النقاب عن"), and forms that are no verb in their
place, what someone is ("وهو طالب"), a noun after a number ("30 طالب"), a verbal noun after a
preposition ("في نفي الخبر") or joined to one ("نفي أو تأكيد"), a prayer ("دعا الله أن") and what was
relayed ("ما نقل عن"). For :mod:`.cue_finding`."""
from __future__ import annotations

from ..reader import SentenceReader
from ..tokens import RELATIVE_PRONOUNS, RESUMPTIVE, SENTENCE_ENDS

WHICH_SHOWS_REACH = 5   # words after "ما يؤكد" in which its أن comes ("ومما يؤكد هذا الخطر، أن")
KANA = ("كان", "كانت", "كانوا", "كانا", "كن")   # the past of "to be" inside a relative clause


def not_a_report(reader: SentenceReader, i: int) -> bool:
    """Is the reporting verb's form at ``i`` no report here (see the module docstring)?"""
    return (_relative(reader, i) or _predicate_of_pronoun(reader, i) or _noun_homograph(reader, i)
            or _after_preposition(reader, i) or _coordinated_with_noun(reader, i) or _passive_description(reader, i)
            or _passive_idiom(reader, i) or _prayer(reader, i) or _what_was_relayed(reader, i))


def _relative(reader: SentenceReader, i: int) -> bool:
    """A verb inside a relative clause ("القوى السياسية التي أعلنت") reports nothing; nor does a
    verb of describing after "ما" with its object pronoun ("أعرب عن أسفه لما وصفه بالحملة"، what
    he called a campaign; lexicon class ``describing``), nor a present tense after ما with no subject
("مما يؤكد أن": which shows). "ما أعلنه عون عن أن" still reports, and so does a relative clause
    that names its own speaker before a complement ("التي قالت القوات العراقية إنها سيطرت عليها")."""
    toks = reader.toks
    if i > 0 and toks[i - 1].norm in RELATIVE_PRONOUNS:
        # unless the clause names its own speaker before a complement: "الصقلاوية التي قالت القوات
        # العراقية إنها سيطرت عليها"، "المخاطر التي تقول إسرائيل إن حزب الله يشكلها"
        return not _own_speaker_then_complement(reader, i)
    if i > 1 and toks[i - 1].norm in KANA and toks[i - 2].norm in RELATIVE_PRONOUNS:
        return True     # "المتظاهرين الذين كانوا يدينون التنظيم": كان between changes nothing
    if i > 0 and toks[i - 1].norm in ("ما", "مما", "ومما") and "Aspect=Imp" in toks[i].word.feats:
        # "، ما يؤكد أن المشروع وصل إلى طريق مسدود": which shows, a fact, no one's report; with a
        # subject after it, what someone says ("بخلاف ما يقوله المشككون") is still theirs
        # (or with what it shows before the أن: "ومما يؤكد هذا الخطر، أن ...")
        for k in range(i + 1, min(len(toks), i + 1 + WHICH_SHOWS_REACH)):
            if toks[k].norm in reader.comp:
                return True
            if toks[k].upos in ("VERB", "AUX") or toks[k].norm in SENTENCE_ENDS:
                return False
        return False
    return (i > 0 and toks[i - 1].norm == "ما" and i + 1 < len(toks) and toks[i + 1].glued
            and toks[i + 1].upos == "PRON" and toks[i].norm in reader.lex.word_class("describing"))


def _own_speaker_then_complement(reader: SentenceReader, i: int) -> bool:
    """After the relative verb at ``i``, a subject headed by a name, an office or a body, then
    أن/إن or a colon (a quotation mark may be part of a name, so it is not enough)."""
    toks = reader.toks
    found = reader.speaker_after(i)
    if found is None or found[1] >= len(toks):
        return False
    j = found[1]
    while j < len(toks) and toks[j].norm in ("،", ","):
        j += 1          # "في الوقت الذي أعلن فيه رئيس الحكومة التركية، أن"
    return reader.names_someone(found[0]) and j < len(toks) and (toks[j].norm in reader.comp or toks[j].norm == ":")


def _predicate_of_pronoun(reader: SentenceReader, i: int) -> bool:
    """A word in a perfect verb's form after "وهو"/"وهي"/"وهم" is what the person is ("وقال
    أحمد، وهو طالب في كلية الطب، إن": a student): a clause about someone uses the imperfect
    when its verb reports ("وهو يؤكد أن")."""
    toks = reader.toks
    return (i >= 2 and toks[i - 1].norm in ("هو", "هي", "هم") and toks[i - 1].glued and toks[i - 2].norm == "و"
            and not toks[i].norm.startswith(("ي", "ت")))


def _noun_homograph(reader: SentenceReader, i: int) -> bool:
    """A form that is also a common noun (lexicon class ``noun_homograph``: "طالب", a student)
    after a number or a quantifier, where only the noun fits ("30 طالب"، "كل طالب"، "أي طالب")."""
    toks = reader.toks
    before = toks[i - 1] if i > 0 else None
    return (toks[i].norm in reader.lex.word_class("noun_homograph") and before is not None
            and (before.upos == "NUM" or before.norm in reader.lex.word_class("quantifier") or before.norm in ("اي", "احد")))


def _after_preposition(reader: SentenceReader, i: int) -> bool:
    """A verb form right after a preposition is its verbal noun ("في نفي الخبر": نفي and نفى are
    one word once normalised). ل before the imperfect is one of purpose ("ليؤكد أن") and reports."""
    toks = reader.toks
    return i > 0 and toks[i - 1].upos == "ADP" and toks[i - 1].norm in reader.lex.word_class("nominal_preposition")


def _coordinated_with_noun(reader: SentenceReader, i: int) -> bool:
    """A verb's form joined by أو to a verbal noun is one too ("رفضت الوزارة نفي أو تأكيد الأنباء"،
    "تأكيد أو نفي")."""
    toks = reader.toks
    def noun(k: int) -> bool:
        return toks[k].upos == "NOUN" and not toks[k].norm.startswith("ال") and not toks[k].glued

    after = i + 2 < len(toks) and toks[i + 1].norm == "او" and noun(i + 2)
    before = i >= 2 and toks[i - 1].norm == "او" and noun(i - 2)
    return after or before


def _passive_description(reader: SentenceReader, i: int) -> bool:
    """A verb of describing with its بأن, or ب and what it was called, right after it has no
    subject and no object: it is the passive ("بحروق وصفت بأنها من الدرجة الثالثة"، "مواجهات وصفت
    بالعنيفة", were described), not someone describing ("وصفه الوزير بالمتأخر")."""
    toks = reader.toks
    if i + 1 >= len(toks) or toks[i].norm not in reader.lex.word_class("describing"):
        return False
    nxt = toks[i + 1].norm
    after = toks[i + 2].norm if i + 2 < len(toks) else ""
    return ((nxt.startswith("ب") and nxt in reader.comp) or (nxt == "ب" and after in reader.comp)
            or (nxt == "ب" and after.startswith("ال")) or nxt.startswith("بال"))


def _passive_idiom(reader: SentenceReader, i: int) -> bool:
    """A verb right before the object of its idiom (lexicon class ``idiom_object``) has no
    subject: "وكُشف النقاب في تل أبيب عن مذكرة سرية" (the veil was lifted), the writer's news.
    With a subject between, someone speaks: "وكشف الوزير النقاب عن"."""
    return i + 1 < len(reader.toks) and reader.toks[i + 1].norm in reader.lex.word_class("idiom_object")


def _what_was_relayed(reader: SentenceReader, i: int) -> bool:
    """"ونفى ما نقل عن زعيمهم": after ما, a verb with عن right after it and no subject between is
    the passive, what was relayed from someone, named as the object of another report."""
    toks = reader.toks
    return 0 < i < len(toks) - 1 and toks[i - 1].norm == "ما" and toks[i + 1].norm == "عن"


def _prayer(reader: SentenceReader, i: int) -> bool:
    """"ودعا الله أن يرحم الشهداء": a prayer (God is whom he calls on, lexicon class
    ``prayed_to``), not a call anyone is asked to answer."""
    return i + 1 < len(reader.toks) and reader.toks[i + 1].norm in reader.lex.word_class("prayed_to")


def points_back(reader: SentenceReader, i: int) -> bool:
    """"ما" before the verb and a preposition with its pronoun after it ("بين ما أشار إليه روحاني"،
    "وهو ما أكد عليه الوزير"): what someone said is the thing named before, not the words after
    him; only a complement or من after the speaker ("ما أشار إليه الوزير من أن"، "وما أكد عليه
    الجانبان من التزام") gives them."""
    toks = reader.toks
    return (0 < i and i + 2 < len(toks) and toks[i - 1].norm == "ما" and toks[i + 1].norm in ("الي", "علي", "ب", "عن", "ل")
            and toks[i + 2].glued and toks[i + 2].norm in RESUMPTIVE)
