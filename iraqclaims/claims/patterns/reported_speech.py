"""Reported speech: reporting verbs, circumstantial participles and "جاء في" statements, each
with its speaker and content, read together because one cue's content ends where the next cue
(or the speaker of a report nested in it) begins."""
from __future__ import annotations

from dataclasses import replace

from ...normalize import normalize
from ..reader import RawClaim, SentenceReader
from ..registry import claim_pattern
from ..tokens import QUOTES, RESUMPTIVE
from .chains import follow_chain
from .arguments import (continued_report, describes_indefinite, headline_participle_subject, headline_speaker_before,
                        headline_subject, idiom_object_after, imperfect, introducing_verb, of_purpose, past_addressee, past_informed,
                        pronoun_subject_ahead, source_named_before, speech_follows)
from .cue_finding import Cue, find_cues
from .participles import continues_subject, participle_report
from .verb_forms import points_back


@claim_pattern(examples=[
    ("وقال وزير الخارجية إن القوات ستنسحب.", "وزير الخارجية", "قال", "القوات ستنسحب"),
    ('وقال الوزير: "الانسحاب سيكتمل قريبا".', "الوزير", "قال", "الانسحاب سيكتمل قريبا"),
    ("ودعا المجتمعون الحكومة إلى حماية المتظاهرين.", "المجتمعون", "دعا", "حماية المتظاهرين"),
    ("المتحدثة باسم البيت الأبيض جين ساكي أشارت إلى أن الحوار مستمر.", "جين ساكي", "أشار", "الحوار مستمر"),
    ("وقال حسين إن الحوار مستمر، مضيفاً أن الوفد سيعود قريبا.", "حسين", "مضيفا", "الوفد سيعود قريبا"),
    ("ونقلت الوكالات عن مصدر حكومي القول إن الكاظمي ذكر أن القوات ستنسحب.", "الكاظمي", "ذكر", "القوات ستنسحب"),
    ("ونشرت وكالات تصريحا منسوبا للكاظمي أشار فيه إلى انسحاب جميع القوات.", "الكاظمي", "أشار",
     "إلى انسحاب جميع القوات"),
    ("وجاء في البيان أن القوات ستغادر البلاد قريبا.", "البيان", "جاء في", "القوات ستغادر البلاد قريبا"),
    ("ولم تعلن الفصائل موقفا واضحا.", None),
    ("وإذا أعلنت الحكومة أن الاتفاق انتهى فإن الأسعار سترتفع.", None),
    ("وتتضارب الأنباء عن البلدة التي قالت القوات العراقية إنها سيطرت على مواقع فيها.", "القوات العراقية",
     "قالت", "سيطرت على مواقع فيها"),
    ("ويشتبه الغرب في أهداف البرنامج لكن طهران تقول إنه سلمي.", "طهران", "تقول", "سلمي"),
    ("واعترفت القناة التابعة للجماعة بأن مسلحيها زرعوا الألغام.", "القناة التابعة للجماعة", "اعترفت",
     "مسلحيها زرعوا الألغام"),
    ("واعترفت الحكومة بالدولة الجديدة رسميا.", None),
    ("وأجاب اللواء على سؤال حول وجود سجلات سابقة لعناصر التنظيم.", None),
    ("وكشف ولد الشيخ أحمد النقاب عن أهم النقاط التي عرضها على الجامعة.", "ولد الشيخ أحمد", "كشف",
     "عن أهم النقاط التي عرضها على الجامعة"),
    ("يشار إلى أن المفاوضات بدأت أمس.", None),
])
def reported_speech(reader: SentenceReader) -> list[RawClaim]:
    """Reported speech, with the speaker and content of each cue:

    * verb + subject + أن/إن/إلى أن clause (indirect: "وقال وزير الخارجية إن القوات ستنسحب"),
      verb + quotation or colon (direct), verb + subject + nominal complement (report: "دعا
      المجتمعون الحكومة إلى ..."); the subject may come first ("المتحدثة ... أشارت إلى أن");
    * circumstantial participles ("، مضيفاً أن") and pro-drop verbs ("وأضاف أن"), whose speaker
      is left implicit and resolved from the article's earlier speakers;
    * "جاء في البيان أن"، "وجاء في بيان الوزارة أن", the statement as speaker;
    * nested reports ("نقلت الوكالات عن مصدر حكومي القول إن الكاظمي ذكر أن ...") with their chain
      in ``via``, and statements attributed to someone ("تصريحا منسوبا للكاظمي أشار فيه").

    Negated verbs ("لم تعلن") and conditional ones ("وإذا أعلنت"), verbs in relative clauses, passives and the writer's asides
    ("يشار إلى أن") report nothing; a verb inside an earlier claim's content is part of it."""
    cues = find_cues(reader)
    reader.cues.extend(cue.index for cue in cues)
    for n, cue in enumerate(cues):
        _place(reader, cue, cues[n + 1].index if n + 1 < len(cues) else None, cues[:n])
    # ("بين ما أشار إليه روحاني": a verb that points back bounds no content, once it has given its speaker)
    cues = [cue for n, cue in enumerate(cues) if not _embedded(reader, cue, cues[:n])
            and not (cue.content_kind == "none" and points_back(reader, cue.index))]
    # nested reports: a cue whose speaker sits right after an earlier cue's complementiser
    for n, cue in enumerate(cues):
        if cue.speaker_range and cue.speaker_range[1] <= cue.index:
            for outer in cues[:n]:
                if outer.content_start == cue.speaker_range[0] and outer.content_kind == "indirect":
                    cue.nested_in = outer
    out = []
    for n, cue in enumerate(cues):
        if any(c.nested_in is cue for c in cues):
            continue
        next_index = cues[n + 1].index if n + 1 < len(cues) else None
        if next_index is not None and cues[n + 1].nested_in is not None and cues[n + 1].speaker_range:
            next_index = cues[n + 1].speaker_range[0]
        if cue.content_kind == "none":
            continue
        if next_index is not None and cue.content_start is not None:
            next_index = _clause_of(reader, cue.content_start, next_index)
        end = reader.clause_end(cue.content_start, next_index, nominal=cue.content_kind == "report")
        runs_on = False
        if cue.content_kind == "direct" and _opened_by_quote(reader, cue.content_start):
            # the quotation ends at its closing mark; after a colon ("قال: إن الخلية «جديدة»")
            # a quotation mark inside the statement closes nothing
            close = next((k for k in range(cue.content_start, len(reader.toks))
                          if reader.toks[k].word.text in QUOTES), None)
            runs_on = close is None     # it closes in a later sentence
            if close is not None and (next_index is None or close < next_index):
                if _partial_quotation(reader, cue.content_start, close, end):
                    cue.content_kind = "indirect"   # "إن «الجيش والمقاومة» سيطروا": the clause goes on
                else:
                    end = close
        if end - cue.content_start < 2 and not (runs_on and end > cue.content_start) \
                and not (end > cue.content_start and pronoun_subject_ahead(reader, cue)):
            continue        # (a quotation that runs on into the next sentences: «نعم.. لا يزال ...»)
        if cue.content_kind == "report" and cue.kind != "verb" and not participle_report(reader, cue):
            continue
        via: tuple[str, ...] = ()
        outer = cue.nested_in
        while outer is not None:     # nearest intermediary first
            via += ((outer.speaker.text,) if outer.speaker else ()) + outer.source_via
            outer = outer.nested_in
        out.append(reader.claim(cue=(cue.index, cue.index + 1), content=(cue.content_start, end),
                                kind=cue.content_kind, speaker=cue.speaker, lemma=cue.lemma,
                                via=cue.source_via + via, continues_speaker=cue.kind == "participle"))
    return out


# ---------------------------------------------------------------- speaker and content of a cue
def _place(reader: SentenceReader, cue: Cue, next_index: int | None, earlier: list[Cue]) -> None:
    """Find the cue's speaker and where its content starts (``content_start``, ``content_kind``);
    ``earlier``: the sentence's cues before it, already placed."""
    toks = reader.toks
    if cue.kind == "statement":
        j = cue.index + 2
        k = j
        while k < len(toks) and not toks[k].is_punct and toks[k].norm not in reader.comp:
            k += 1
        one_of = k == j + 2 and toks[j].norm in reader.lex.word_class("one_of") and toks[j + 1].glued \
            and toks[j + 1].norm in RESUMPTIVE         # "جاء في إحداها": one of the documents
        if (k == j + 1 and toks[j].glued and toks[j].norm in RESUMPTIVE) or one_of:
            # "جاء فيه": the pronoun names no one; the document it points back to does, or the
            # speaker is left to be resolved
            found = reader.statement_antecedent(cue.index)
            if found is not None:
                cue.speaker_range, cue.speaker = found, reader.mention(*found)
        elif k > j:
            cue.speaker_range = (j, k)
            cue.speaker = reader.mention(j, k)
        frm = k
    elif cue.kind == "participle":
        frm = cue.index + 1
        # a reporting verb earlier in the sentence is what the participle continues
        first_cue = min((i for i in reader.cues if i < cue.index), default=None)
        nominal = None if first_cue is not None else reader.nominal_reporter(cue.index)
        # after a reporting verb the participle continues its speaker, not the subject of a verb
        # before it ("وتواصل المقاومة تقدمها ...، أكدت مصادر ميدانية أن ...، مضيفة أن")
        main = reader.main_clause_subject(cue.index)
        if main is not None and first_cue is not None and main[0] <= first_cue:
            main = None             # (or the phrase the tagger made of it: "وأيضا، أكد بيريك أرين، سفير ...")
        verb = introducing_verb(reader, cue, earlier)
        opening = (reader.main_clause_subject(cue.index, first_subject=True)
                   or headline_participle_subject(reader, cue.index)) if first_cue is None else None
        # "ويرجح، بحسب مختصين، أن ...، موضحين أن": with no reporting verb, the source the sentence names
        source = reader.according_source_before(cue.index) if first_cue is None else None
        for rng in (verb, opening, main, nominal, source):
            mention = reader.mention(*rng) if rng is not None else None
            if mention is not None and continues_subject(reader, cue, mention):
                cue.speaker_range, cue.speaker = rng, mention
                break
    else:
        # "لكنه دعا إيران إلى": no subject after the verb; the pronoun is the subject of the clause
        # before it in the sentence ("وبينما رفض ناطق باسم الشرطة ...، إلا أنه أكد"), or of an earlier one
        carried = reader.pronoun_subject_before(cue.index)
        rng = (reader.carried_subject(cue.index) if carried
               else reader.pluperfect_subject(cue.index) or reader.topic_subject(cue.index)
               or reader.speaker_after(cue.index))
        if rng is not None:
            # "ذكرت تلفزة ... استناداً إلى مسؤول": the carrier ends where the source is named
            # ("وأضافت نقلا عنه أن": no subject at all, the marker opens the phrase)
            rng = next(((rng[0], a) if a > rng[0] else None for kind, a, _ in reader.according_to()
                        if kind == "according_to" and rng[0] <= a < rng[1]), rng)
        if rng is not None:
            rng = reader.called_subject(cue.lemma, rng)
        if rng is not None:
            rng = reader.informed_subject(cue.lemma, reader.warned_subject(cue.lemma, rng))
        rng = reader.subject_before_informing(cue.lemma, cue.index) or rng
        first_line = headline_speaker_before(reader, cue.index)
        if first_line is not None:
            rng = None              # "الخارجية الإيرانية تنفي إرسال قوات": what follows is the object
        if rng is None and not carried:
            rng = source_named_before(reader, cue.index)
        opening = reader.author_of_opening_statement(cue.index) if rng is None and not carried else None
        if opening is not None:     # "وفي بيان لمجلس الأمن، شدد على": a preposition governs it, yet it speaks
            cue.speaker = replace(reader.mention(*opening), plausible=True, named=True)
        elif rng is None and not carried:
            before = reader.speaker_before_relative(cue.index) or reader.speaker_before(cue.index)
            attributed = reader.attributed_to(before[1] if before else cue.index)
            if attributed:
                cue.speaker, cue.source_via = attributed
            elif reader.said_in_what(cue.index):
                author = reader.author_of_speech(cue.index)
                if author is not None:      # a preposition governs him, yet he speaks
                    cue.speaker = replace(reader.mention(*author), plausible=True, named=True)
                else:
                    rng = reader.maker_of_speech(cue.index)
            else:
                rng = before
        if rng is None and cue.speaker is None and not carried:
            rng = reader.coordinated_subject(cue.index)
        if rng is not None and rng[1] <= cue.index and not reader.mention(*rng).plausible:
            rng = None              # "في وقت قال"، "اتخاذ موقف ... يرى": no one who speaks before the verb
        if (rng is not None and rng[1] <= cue.index and of_purpose(reader, cue.index)
                and not reader.mention(*rng).named and not speech_follows(reader, cue.index + 1)):
            cue.content_kind = "none"   # "نصبت المشربيات لتذكر بأننا": things do not speak ("لتقول:" does)
            return
        idiom_at = idiom_object_after(reader, rng) if rng is not None and rng[0] > cue.index else None
        if idiom_at is not None:
            rng = (rng[0], idiom_at)    # "وكشف ولد الشيخ أحمد النقاب عن": the name runs to the idiom
        if rng is not None:
            cue.speaker_range = rng
            cue.speaker = reader.mention(*rng)
        frm = (rng[1] if rng and rng[0] > cue.index else reader.past_pronoun_subject(cue.index + 1))
        if idiom_at is not None:
            frm = idiom_at + 1
        if rng and frm < len(toks) and toks[frm].word.text in QUOTES and toks[rng[0] - 1].word.text in QUOTES:
            frm += 1                # past the mark closing a quoted speaker: وذكر "كيري" في مقابلة
        frm = follow_chain(reader, cue, frm, next_index)
    if (cue.kind == "verb" and cue.speaker is None and not cue.source_via and imperfect(reader, cue.index)
            and not (of_purpose(reader, cue.index)
                     and normalize(cue.lemma) not in reader.lex.word_class("complement_verb"))):
        rng = headline_subject(reader, cue.index)
        if rng is not None:
            cue.speaker_range, cue.speaker = rng, reader.mention(*rng)
        elif not continued_report(reader, cue.index):
            cue.content_kind = "none"   # "ويعتبرون الآن أن": a description, not a report
            return
    if cue.kind == "verb" and imperfect(reader, cue.index) and describes_indefinite(reader, cue.index):
        cue.content_kind = "none"       # "نشر ملفا خاصا يشرح الاتفاق": a clause describing a thing
        return
    if (cue.kind == "verb" and imperfect(reader, cue.index) and normalize(cue.lemma) in reader.lex.word_class("is_considered")
            and (not (cue.speaker is not None and cue.speaker.named)
                 or (cue.index + 1 < len(toks) and toks[cue.index + 1].norm == "من"))):
        cue.content_kind = "none"       # "وتعتبر تكلفة الدعم مصدر قلق"، "شبكة نحلاوي تعتبر من أخطر": is considered
        return
    start, kind = reader.content_start(frm, next_index if next_index is not None else len(toks),
                                       says=normalize(cue.lemma) == "قال")
    if start is None:
        start, kind = len(toks), "report"
    elif kind == "report" and normalize(cue.lemma) in reader.lex.word_class("calling"):
        start = past_addressee(reader, start, next_index if next_index is not None else len(toks))
    elif kind == "report" and normalize(cue.lemma) in reader.lex.word_class("informing"):
        start, kind = past_informed(reader, start, next_index if next_index is not None else len(toks)) or (start, kind)
    elif (kind == "report" and toks[start].norm == "من" and start + 1 < len(toks)
          and normalize(cue.lemma) in reader.lex.word_class("warning")):
        start += 1                  # what one warns of: "حذر الوزير من السفر"
    # ("وما أكد عليه الجانبان من التزام مشترك": what it was, after من, is still said)
    pointed = kind == "report" and points_back(reader, cue.index) and not (
        start < len(toks) and toks[start - 1].norm == "من" and reader._verbal_noun(start))
    # "أجاب على سؤال حول ...": the question he was asked, not his answer
    asked = kind == "report" and start + 1 < len(toks) and toks[start].norm in reader.content_prep \
        and toks[start + 1].norm in reader.lex.word_class("question_noun")
    cue.content_start, cue.content_kind = start, ("none" if pointed or asked else kind)


def _clause_of(reader: SentenceReader, start: int, cue: int) -> int:
    """Where the clause of the next report begins: its content ends the one before at the
    comma that opens that clause ("ستقلص عدد قواتها، نشرت وكالات تصريحا منسوبا للكاظمي أشار
    فيه"), unless a complement or quotation lies between (then the comma is inside content)."""
    toks = reader.toks
    for k in range(cue - 1, start, -1):
        t = toks[k]
        if t.norm in reader.comp or t.word.text in QUOTES or t.norm == ":":
            return cue
        if t.norm in ("،", ","):
            return k
    return cue


def _partial_quotation(reader: SentenceReader, start: int, close: int, end: int) -> bool:
    """A quotation of a few words after a complementiser that the clause goes on after: "قال إن
    «الجيش والمقاومة» سيطروا على المطار" (the quoted words are the subject of what is said). Not
    after a colon (direct speech: "قال: «...» في إشارة إلى"), nor when a punctuation mark or
    another report follows the closing mark ("«...»، مضيفا أن"، "«...» وأضاف")."""
    opening = start - 1     # the mark itself, right after the complementiser: إن «...
    if opening < 1 or reader.toks[opening].word.text not in QUOTES or reader.toks[opening - 1].norm not in reader.comp:
        return False
    after = close + 1
    if after >= end or reader.toks[after].is_punct:
        return False
    return not any(k in reader.cues for k in range(after, min(after + 2, end)))


def _opened_by_quote(reader: SentenceReader, start: int) -> bool:
    """Does the content at ``start`` follow an opening quotation mark (past a complementiser
    that opens the quotation)?"""
    k = start - 1
    while k >= 0 and (reader.toks[k].norm in reader.comp or (reader.toks[k].glued and reader.toks[k].upos == "PRON")):
        k -= 1
    return k >= 0 and reader.toks[k].word.text in QUOTES


def _embedded(reader: SentenceReader, cue: Cue, earlier: list[Cue]) -> bool:
    """A reporting verb inside an earlier claim's content is part of that content ("أكد أن
    بلاده تجدد التزامها"، "أن البيان سيذكر أن") unless it reports, in the past, a clause of
    its own: "نقلت الوكالات عن مصدر القول إن الكاظمي ذكر أن" stays a nested report."""
    if cue.kind != "verb":
        return False
    inside = any(o.content_kind in ("indirect", "direct") and o.content_start is not None
                 and o.content_start <= cue.index and not _quote_closed(reader, o, cue.index) for o in earlier)
    if not inside or reader.after_writer_contrast(cue.index):
        return False        # "، بينما تشير طالبان إلى": the writer's second source, not the first one's words
    toks = reader.toks
    future = cue.index > 0 and toks[cue.index - 1].norm in ("س", "سوف")
    if future or "Aspect=Imp" in toks[cue.index].word.feats:
        return True
    return cue.content_kind == "report" and not _coordinated(reader, cue)


def _coordinated(reader: SentenceReader, cue: Cue) -> bool:
    """A past reporting verb with no subject of its own after "، و" adds a report of the same
    speaker, it is not reported by him: "وقال المسؤولون: إن قوة أمنية شنت عملية ...، وأشاروا إلى
    مقتل 10 مدنيين"، "...، وقال لن نسمح لإيران بالعبث بعروبتنا"."""
    i, toks = cue.index, reader.toks
    return (cue.speaker is None and not cue.source_via and i >= 2 and toks[i - 1].norm == "و"
            and toks[i - 2].norm in ("،", ","))


def _quote_closed(reader: SentenceReader, outer: Cue, i: int) -> bool:
    """Was ``outer``'s quotation closed before token ``i``, with no complementiser between
    ("أكد "..."، كما شدد على") rather than a second complement ("شدد على أن "..."، وأن بلاده تجدد")?"""
    start, toks = outer.content_start, reader.toks
    if outer.content_kind != "direct" or start == 0 or toks[start - 1].word.text not in QUOTES:
        return False
    close = next((k for k in range(start, i) if toks[k].word.text in QUOTES), None)
    return close is not None and not any(toks[k].norm in reader.comp for k in range(close, i))
