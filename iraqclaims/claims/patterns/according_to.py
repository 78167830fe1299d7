"""Claims attributed with "according to" phrases: بحسب، وفقاً لـ، نقلاً عن، على لسان ..."""
from __future__ import annotations

from dataclasses import replace

from ..reader import RawClaim, SentenceReader
from ..tokens import QUOTES, RELATIVE_PRONOUNS, RESUMPTIVE, SENTENCE_ENDS
from ..registry import claim_pattern


@claim_pattern(fallback=True, examples=[
    ("وستغادر القوات البلاد نهاية العام، بحسب مصدر حكومي.", "مصدر حكومي", "بحسب",
     "وستغادر القوات البلاد نهاية العام"),
    ("وفقا لمسؤول أميركي، فإن القوات ستبقى في قاعدة عين الأسد.", "مسؤول أميركي", "وفقا ل",
     "القوات ستبقى في قاعدة عين الأسد"),
    ("وقال مصدر حكومي إن القوات ستغادر البلاد، بحسب الاتفاق.", None),
    ("وحسب المستشار السابق، سامي، فإن الحكومة ستستقيل قريبا.", "المستشار السابق، سامي", "وحسب",
     "الحكومة ستستقيل قريبا"),
    ("وبحسب البيت الأبيض فإن القوات انسحبت.", "البيت الأبيض", "وبحسب", "القوات انسحبت"),
    ("واستهدف القصف مواقع قرب الحدود، على ما أعلنته وكالة دوغان نقلا عن شهود.", "شهود", "على ما أعلنته",
     "استهدف القصف مواقع قرب الحدود"),
    ("وصل الوزير سامي إلى بغداد. والحوار هو الطريق الوحيد للحل، بحسب تعبيره.", "سامي", "بحسب",
     "الحوار هو الطريق الوحيد للحل"),
    ("ووفقا للتعليمات الجديدة، فإن المدارس ستفتح أبوابها الأحد.", None),
    ("وتم توزيع المساعدات وفق الأولويات التي حددتها الحكومة.", None),
    ("ووفق الأولويات فإن المساعدات وزعت على المحافظات.", None),
    ("ووفق مخطط الحكومة فإن الحرس الوطني سينشر في المحافظات.", None),
    ("وبدأ الهجوم فجر الاثنين، وفق مصدر عسكري.", "مصدر عسكري", "وفق", "بدأ الهجوم فجر الاثنين"),
    ("وعلى ما يذكر في الأمثال القديمة فإن الهدف هو السيطرة على النفط.", None),
    ("وقد يشكل الاتفاق ضغطا على عائدات الطاقة، في رأي محللين.", "محللين", "في رأي",
     "يشكل الاتفاق ضغطا على عائدات الطاقة"),
    ("والحوثيون يعملون على إغلاق المضيق، وحسبما أشارت إليه تلك المصادر.", "تلك المصادر", "وحسبما أشارت",
     "الحوثيون يعملون على إغلاق المضيق"),
    ("وبحسب نص القرار، سيتم رفع العقوبات تدريجيا.", "نص القرار", "وبحسب", "سيتم رفع العقوبات تدريجيا"),
    ("وقال مصدر إن القوات انسحبت من البلدة، وبحسب شهود عيان فإن الاشتباكات استمرت حتى الفجر.", "شهود عيان",
     "وبحسب", "الاشتباكات استمرت حتى الفجر"),
    ("وفي العاصمة، بحسب مصادر طبية، ارتفع عدد الجرحى إلى عشرين.", "مصادر طبية", "بحسب",
     "ارتفع عدد الجرحى إلى عشرين"),
    ("وأكد الوزير أن القوات انسحبت من المدينة، وفقا لبيان صادر عن مكتبه.", None),
    ("واحتجت الوزارة على التصريحات التي صدرت أمس على لسان السفير.", None),
])
def according_to(reader: SentenceReader) -> list[RawClaim]:
    """A source named after an attribution phrase (``lexicons/attribution.txt``): the words
    before the phrase are the content ("وستغادر القوات البلاد نهاية العام، بحسب مصدر حكومي"), or,
    when the phrase opens the sentence or its clause, the words after the source ("وفقا لمسؤول
    أميركي، فإن ..."، "...، وبحسب شهود فإن ..."، "وفي العاصمة، بحسب مصادر، ارتفع"). A source
    named right after another's ("على ما أعلنته وكالة دوغان نقلا عن شهود") is the one who
    spoke; the first relays it (``via``). A fallback: in a sentence with a reporting verb only a
    source that names someone, in a clause of its own, gives a claim ("وقال مصدر إن ...، بحسب
    الاتفاق" gives one claim, by the مصدر). The cue lemma is the kind of phrase,
    ``according_to``; "جاء في" phrases are left to reported_speech."""
    toks, claims = reader.toks, []
    source_ends: list[int] = []     # where each claim's source ends, the latest last
    for kind, a, b in reader.according_to():
        if kind == "statement":
            continue
        cue_end = b
        if reader.verb_cue(toks[b - 1]):
            while b < len(toks) and reader.time_at(b):
                b += 1      # a time between the phrase's verb and the source: "كما ذكرت الجمعة مصادر رسمية"
        quoted = reader.short_quote_end(b, longest=3)
        if quoted is not None:
            k, name = quoted, (b + 1, quoted - 1)       # a source in quotation marks: 'وبحسب "رويترز"، فإن'
        else:
            k = reader.speaker_end(b)
            if k == b or _directive(reader, b) or _ours(reader, b, k):
                continue        # "ووفقاً للتوجيهات الكريمة فإن المركز استعد": in line with orders, no source
            if toks[b].norm in reader.circ_prep or toks[b].norm in reader.content_prep:
                if not (b + 2 < len(toks) and toks[b + 1].glued and toks[b + 1].norm in RESUMPTIVE):
                    continue    # "وعلى ما يذكر في الأمثال": where it is said, no one who says it
                b += 2          # "وحسبما أشارت إليه تلك المصادر": the source after what it pointed to
                k = reader.speaker_end(b)
                if k == b:
                    continue
            k = reader.short_quote_end(k, longest=3) or k     # its quoted name: "وفقا لوكالة أنباء "الأناضول""
            k = reader.through_appositive(k)
            name = (b, k)
        # "بحسب تعبيره"، "على حد قوله": in his own words, so the speaker is whoever "his" is
        speaker = None if _own_words(reader, b, k) else reader.mention(*name)
        maker = _maker_of_statement(reader, b, k)
        if maker is not None:
            speaker, k = reader.mention(*maker), maker[1]   # "بحسب تصريحات أدلى بها الوزير": the minister
        phrase = " ".join(t.norm for t in toks[a:cue_end] if t.norm not in ("و", "ف"))
        in_line_with = phrase in reader.lex.word_class("in_line_with")
        someone = speaker is not None and (speaker.anonymous or reader.names_someone(name[0]))
        if in_line_with and speaker is not None and not someone:
            continue        # "وفق الأولويات التي حددتها"، "وفقا للشرعية الدولية": in line with something
        if (reader.claims or reader.cues) and not someone:
            continue        # beside a reporting verb only a source that names someone: "بحسب القصة التي روتها"
        if a > 1 and _issued_by(reader, a):
            continue        # "التصريحات التي صدرت مؤخرا على لسان خامنئي": whose statements, not what they say
        opening = a <= 1 or _opens_clause(reader, a)
        if opening:
            m = k
            while m < len(toks) and (toks[m].norm in ("،", ",", ":") or toks[m].norm in reader.time or reader.time_at(m)):
                m += 1      # "وفقا لما ذكرته الوكالة فجر اليوم، فقد": when it said so
            m = _past_relative_clause(reader, m)
            content = (m, reader.clause_end(m, None))
            if a > 1 and content[1] - content[0] < 3:
                opening = False     # "...، وحسبما أشارت تلك المصادر.": it closes the clause before it
        if not opening:
            # a marker closes the stretch after the one before it: "...، بحسب الخبراء، واقتصرت
            # المظاهرات على أنصارهم، بحسب بعض المراقبين"
            start = _after_earlier_marker(reader, a, source_ends)
            content = (start, reader.clause_end(start, a))
        if content[1] - content[0] < 3:
            continue
        while content[0] < content[1] and (toks[content[0]].norm in ("و", "ف") or toks[content[0]].norm == "قد"):
            content = (content[0] + 1, content[1])     # "فقد قام": the particles that open the main clause
        if opening and content[1] - content[0] > 2 and toks[content[0]].norm in reader.comp:
            # "وفقا لمسؤول، فإن القوات ستبقى": the statement follows the complementiser (and its
            # pronoun: "فإنه من المتوقع")
            content = (content[0] + 1, content[1])
            if toks[content[0]].glued and toks[content[0]].upos == "PRON":
                content = (content[0] + 1, content[1])
        if claims and a == source_ends[-1] and speaker is not None and claims[-1].speaker is not None:
            # "على ما أعلنته وكالة دوغان نقلا عن شهود": the agency relays what the witnesses said
            claims[-1] = replace(claims[-1], speaker=speaker, via=(claims[-1].speaker.text,))
            continue
        claims.append(reader.claim(cue=(a, cue_end), content=content, kind="according_to", speaker=speaker, lemma=kind))
        source_ends.append(k)
    return claims


def _after_earlier_marker(reader: SentenceReader, a: int, source_ends: list[int]) -> int:
    """Where the words a trailing marker at ``a`` attributes begin: after the source of an
    earlier marker in the sentence and the comma and و that follow it, else at the start."""
    toks = reader.toks
    ends = [k for k in source_ends if k < a]
    if not ends:
        return 0
    k = max(ends)
    while k < a and (toks[k].norm in ("،", ",", "و") or toks[k].is_punct):
        k += 1
    return k


def _opens_clause(reader: SentenceReader, a: int) -> bool:
    """Does the phrase at ``a`` open the clause it attributes, though words come before it? It
    follows a comma and و ("...، وبحسب مصدر عسكري تمكن مواطن من الفرار"), or only a fronted
    place or time before it ("وفي الداخل الإيراني، بحسب المصادر، تتزايد الشكوك"): the
    statement is what follows the source."""
    toks = reader.toks
    if toks[a].norm.startswith("و") and not toks[a].norm.startswith("وفق") and toks[a - 1].norm in ("،", ","):
        return True
    first = 1 if toks[0].norm in ("و", "ف") else 0
    return (toks[a - 1].norm in ("،", ",") and toks[first].norm in reader.circ_prep
            and not any(t.upos in ("VERB", "AUX") or t.norm in reader.comp for t in toks[first:a]))


def _issued_by(reader: SentenceReader, a: int) -> bool:
    """Is the phrase at ``a`` the source of statements the sentence only mentions, after a verb
    of issuing ("التصريحات التي صدرت مؤخرا على لسان", lexicon class ``issued_by``)?"""
    issued = reader.lex.word_class("issued_by")
    return any(form in issued for t in reader.toks[max(0, a - 3):a]
               for form in (t.norm, t.norm.removeprefix("و"), t.norm.removesuffix("ت")))


RELATIVE_REACH = 20     # words of a relative clause about the source before its فإن


def _past_relative_clause(reader: SentenceReader, m: int) -> int:
    """Past a relative clause about the source up to the complement that opens the statement
    ("ووفقا لمصدرين اللذين حضرا الاجتماع فإن المجلس ..."); ``m`` unchanged when none follows."""
    toks = reader.toks
    if m >= len(toks) or toks[m].norm not in RELATIVE_PRONOUNS:
        return m
    for k in range(m + 1, min(len(toks), m + RELATIVE_REACH)):
        if toks[k].norm in SENTENCE_ENDS or toks[k].word.text in QUOTES:
            return m
        if toks[k].norm in reader.comp and toks[k - 1].norm == "ف":
            return k - 1
    return m


def _maker_of_statement(reader: SentenceReader, b: int, k: int) -> tuple[int, int] | None:
    """The subject of the verb after a statement named as the source ("بحسب تصريحات أدلى بها
    رئيس الهيئة"، "وفقا لبيان أصدرته الوزارة"): who made it is the source."""
    toks = reader.toks
    if k - b > 2 or k >= len(toks) or toks[k].upos != "VERB" or not (
            toks[b].norm.removeprefix("ال") in reader.lex.word_class("report_noun") or reader.document_at(b)):
        return None
    found = reader.speaker_after(k)
    return found if found is not None and reader.mention(*found).named else None


def _own_words(reader: SentenceReader, b: int, k: int) -> bool:
    """Is ``[b, k)`` a word for speech with a pronoun ("تعبيره"، "قوله"، "وصفها"; lexicon class
    ``speech_noun``)?"""
    toks = reader.toks
    return (k - b == 2 and toks[b + 1].glued and toks[b + 1].upos == "PRON"
            and toks[b].norm.removeprefix("ال") in reader.lex.word_class("speech_noun"))


def _ours(reader: SentenceReader, b: int, k: int) -> bool:
    """A phrase the writer or speaker owns ("حسب استطاعتنا"، "بحسب رأيي"): a measure, no source;
    but "مراسلنا"، "مصادرنا" are ours and speak."""
    toks, sources = reader.toks, reader.lex.word_class("addressee")
    return any(toks[i].glued and toks[i].upos == "PRON" and toks[i].word.features.get("Person") == "1"
               and not (reader.speaker_noun(toks[i - 1].norm) or toks[i - 1].norm in sources) for i in range(max(b, 1), k))


def _directive(reader: SentenceReader, b: int) -> bool:
    """Is the word at ``b`` an order or a rule (lexicon class ``directive_noun``), with its ال or
    with the ل of "لل" it keeps once the tokenizer splits the preposition off ("لتعليمات")?"""
    norm = reader.toks[b].norm
    return bool({norm.removeprefix("ال"), norm.removeprefix("ل")} & reader.lex.word_class("directive_noun"))
