"""Speaker phrases: the subject after or before a reporting verb and a speaker named through an
attributed statement; what a phrase becomes is a :class:`~.mentions.Mention`."""
from __future__ import annotations

from ..normalize import marbuta_forms, strip_diacritics
from .mentions import Mention
from .documents import DocumentAntecedents
from .tokens import MAX_SPEAKER_WORDS, QUOTES, RELATIVE_PRONOUNS, RESUMPTIVE

LONG_TITLE_EXTRA = 4    # words past MAX_SPEAKER_WORDS a title may take when a complement follows them


class SpeakerPhrases(DocumentAntecedents):
    """Finding the speaker phrase around a cue, and the :class:`Mention` it becomes."""

    def sentence_subject(self, *, named: bool = True) -> Mention | None:
        """The subject of the sentence's main verb when it names someone who can speak: the
        person a later sentence's "وقال" or "معاليه" may point back to, though they said nothing
        yet ("وصل وزير الخارجية إلى بغداد. وقال إن ..."). ``named=False``: any plausible subject,
        for the caller to recognise ("ويستذكر المطيري": a surname the article gave in full)."""
        # a headline puts its subject first ("رابطة العالم الإسلامي تدين تصريحات الرئيس"): what
        # follows its verb is the object
        opening = self.main_clause_subject(len(self.toks), first_subject=True) if self.sentence.index == 0 else None
        found = opening or self.main_clause_subject(len(self.toks))
        if found is None:
            # any sentence may open with a person before the verb ("المواطن أحمد البركاتي تقدم
            # بالتهاني ... وقال إن"), when no subject follows it
            ahead = self.main_clause_subject(len(self.toks), first_subject=True)
            found = ahead if ahead is not None and self._person_before_verb(*ahead) else None
        if found is None:
            return None
        # "وأثارت تصريحات الوزير غضب المعارضة. وأكد أن": whose statement it is, not the statement
        reporter = self._reporter_of(found[0], found[1]) if self._is_report_noun(found[0]) else None
        mention = self.mention(*(reporter or found))
        return mention if mention.named or (not named and mention.plausible) else None

    def _is_report_noun(self, k: int) -> bool:
        return self.toks[k].norm.removeprefix("ال") in self.lex.word_class("report_noun")

    def _reporter_of(self, k: int, before: int) -> tuple[int, int] | None:
        """The genitive after the report noun at ``k`` that names who made it, up to ``before``."""
        a = k + 1
        if a >= before:
            return None
        first = self.toks[a]
        if not (first.upos == "PROPN" or self.speaker_noun(first.norm)
                or (first.upos == "NOUN" and first.norm.startswith("ال"))):
            return None         # "بيان صحافي"، "تصريح لصحيفة": no genitive names a speaker
        b = a
        while b < before and not self.stops_speaker(b) and not self.report_object_at(b) and b - a < 6 \
                and not self._after_name(b):
            b += 1
        return (a, b) if b > a and self.mention(a, b).plausible else None

    def _after_name(self, b: int) -> bool:
        """An indefinite common word right after a proper name or a definite noun ends a genitive:
        "لخطاب الرئيس جون سميث صدى واسع"، "وأثارت تصريحات الوزير غضب المعارضة" (what it caused,
        not more of whose it was)."""
        t, prev = self.toks[b], self.toks[b - 1]
        ends_a_noun = prev.upos == "PROPN" or (prev.upos == "NOUN" and self.definite(b - 1))
        return (ends_a_noun and t.upos in ("NOUN", "ADJ", "VERB") and not self.definite(b) and not t.glued
                and not self.speaker_noun(t.norm) and self.first_name_gender(t) is None)

    def nominal_reporter(self, before: int) -> tuple[int, int] | None:
        """The speaker named in a nominalised report before token ``before``: "إعلان واشنطن
        سحب قواتها، مؤكدة أنها" (Washington's announcement, ... affirming that)."""
        k = next((k for k in range(before - 2, -1, -1) if self._is_report_noun(k)), None)
        return None if k is None else self._reporter_of(k, before)

    def main_clause_subject(self, before: int, first_subject: bool = False) -> tuple[int, int] | None:
        """The subject of the sentence's main verb before token ``before``: the speaker a
        circumstantial participle continues when the verb does not report ("وحاول كارتر تبديد
        القلق، مؤكدا أن"، "صعد المرشد الأعلى خامنئي ضد واشنطن، مؤكدا أن"); ``first_subject``: the
        named subject the sentence opens with before it instead ("لكن حركة طالبان تبنت الهجوم،
        قائلة"). Only verbs ahead of
        any complement or quotation count: a verb inside reported content has its own subject."""
        participle = before
        first_complement = self._first_complement(before)
        if first_complement is not None:
            before = first_complement
        # the first verb is the main one (verb-subject order); a verbal noun the tagger calls a
        # verb ("حاول كارتر تبديد قلق اسرائيل") comes after it
        # ("وب" of "وبشأن", split wrongly and tagged a verb, is a conjunction and a preposition)
        # a discourse marker the tagger calls a verb ("بدوره أكد الوزير"، بدور/VERB) is none
        markers = {m for k in range(before) for m in range(k, self.phrase_end(k, "discourse_marker") or k)}
        # (nor is a conjunction the tagger calls a verb: "وبينما قرر المحافظ ..."، بينما/VERB)
        openers = self.lex.word_class("clause_opener")
        verb = next((k for k in range(before) if self.toks[k].upos == "VERB" and len(self.toks[k].norm) >= 3
                     and k not in markers and self.toks[k].norm not in openers
                     and not (k > 0 and self.toks[k - 1].norm in RELATIVE_PRONOUNS)), None)
        if verb is None:
            return None
        if first_subject:
            # subject-first: "لكن حركة طالبان تبنت الهجوم، قائلة إنها": what follows the verb is its object
            ahead = self.speaker_before(verb)
            opener = ahead is not None and (
                ahead[0] == 0 or (ahead[0] <= 2 and self.toks[ahead[0] - 1].norm in ("لكن", "و", "ف")))
            return ahead if opener and self.mention(*ahead).named else None
        if self.pronoun_subject_before(verb):
            return None             # "لكنه دعا إيران": the subject is the pronoun, Iran the object
        found = self.pluperfect_subject(verb) or self.speaker_after(verb)
        if found is not None and before == participle and found[0] < before < found[1] \
                and self._has_word(found[0], before):
            # the participle itself ends the subject: "وعلق جوليان قائلا:" (the phrase ran on
            # through it, as a name's next word)
            return found[0], before
        return found if found is not None and found[1] <= before else None

    def speaker_after(self, cue: int) -> tuple[int, int] | None:
        """Tokens ``[a, b)`` of the subject right after the verb at ``cue`` (Arabic's usual
        verb-subject order), or None."""
        start = self._past_resumptive(cue + 1)
        if self.toks[cue].norm.endswith("وا") or self._dual(cue):
            # "وأكدوا التزامهم"، "وأعلنا تأييدهما": a plural or dual verb carries its subject (a
            # verb before its subject stays singular: "وأعلن النائبان")
            return None
        if start == cue + 1 and self.called_object_at(cue, start):
            return None
        named_as = self.phrase_end(start, "so_called")
        if named_as is not None and named_as < len(self.toks):
            # "وأعلنت ما تسمى مؤسسة الكنانة"، "ما يعرف بتنظيم الدولة": the name follows
            start = named_as + (self.toks[named_as].norm == "ب" and named_as + 1 < len(self.toks))
        if start < len(self.toks) and self.toks[start].glued and self.toks[start].norm == "نا":
            # "تحدثنا مع الروس": we spoke; "أبلغنا مصدر أن": a source told us, its subject follows
            after = start + 1
            if after >= len(self.toks) or self.toks[after].upos in ("ADP", "PUNCT", "SCONJ", "CCONJ") \
                    or self.toks[after].norm in self.comp:
                return None
            start = after
        if start < len(self.toks) and not self._split_name(start) and (
                self._opens_adverbial(start) or self.toks[start].norm in ("،", ",")):
            past = self._past_adverbials(start)
            if past is None:
                return None
            found = self._subject_from(cue, past)
            # after an adverbial only a phrase that a complement follows is taken for the
            # subject; otherwise it is the verb's object ("نفت في ذات الوقت الأنباء التي"). One
            # that opens with و is the next item of what the verb governs ("وشدد على ضرورة الكف
            # عن ...، والالتزام بمبادئ"), never its subject
            if found is not None and (self.toks[found[0]].norm == "و"
                                      or strip_diacritics(self.toks[found[0]].word.text).startswith("وال")):
                return None
            if found is None or not (self.complement_follows(found[1]) or (
                    found[1] < len(self.toks) and (self.toks[found[1]].norm in self.content_prep
                                                   or self.report_object_at(found[1])))):
                return None
            return found
        return self._subject_from(cue, start)

    def _possessed_thing(self, a: int, b: int) -> bool:
        """Is ``[a, b)`` one noun carrying a possessive pronoun that names no speaker: "تحكي قصتها
        التي تمزق القلب فقالت" (her story), not "قال متحدثها" or "وشدد معاليه"?"""
        if b - a != 2:
            return False
        t, pronoun = self.toks[a], self.toks[a + 1]
        if t.upos != "NOUN" or not pronoun.glued or pronoun.upos != "PRON":
            return False
        kin = self.lex.speaker_kinds.get("kin", ())
        forms = marbuta_forms(t.norm)       # قصتها: قصة + ها
        return not (any(self.speaker_noun(f) or f.removeprefix("ال") in kin for f in forms) or self._honorific(t.norm))

    def _past_resumptive(self, j: int) -> int:
        """Past a preposition carrying a pronoun right after the verb: "في وقت قال فيه متحدث
        رسمي"، "في بيان أكدت فيه الوزارة"، "وقال لها الوزير"، "وما أكد عليه الجانبان"، "تصريحات
        أدلى بها الوزير"، "كما كشف عنها المدعي العام". It
        points back to the noun the clause hangs on, or to whom he spoke; the subject follows it.
        So does the verb's own object pronoun: "وأعلنها رئيس الحكومة صراحة أن"."""
        if j < len(self.toks) and self.toks[j].glued and self.toks[j].upos == "PRON" \
                and self.toks[j].norm in RESUMPTIVE:
            j += 1
        # "عليه" points back only in the third person: "يجب عليكم إيجاد بديل" addresses someone
        if (j + 1 < len(self.toks) and self.toks[j + 1].glued and self.toks[j + 1].upos == "PRON"
                and (self.toks[j].norm in ("في", "ل")
                     or (self.toks[j].norm in ("علي", "الي", "ب", "عن") and self.toks[j + 1].norm in RESUMPTIVE))
                and self.past_pronoun_subject(j + 2) == j + 2):
            return j + 2    # not before an honorific ("نقل فيه سموه"): the verb's own subject is implicit
        return j

    def _dual(self, cue: int) -> bool:
        """A past reporting verb with the dual ending: the singular form plus ا ("أعلنا"، "قالا";
        not "دعا", whose ا is its root's)."""
        norm, forms = self.toks[cue].norm.removeprefix("و"), self.lex.verb_forms
        return len(norm) >= 4 and norm.endswith("ا") and norm in forms and forms.get(norm[:-1]) == forms[norm]

    def _subject_from(self, cue: int, start: int) -> tuple[int, int] | None:
        quoted = self._quoted_name(start)
        if quoted is not None:
            return quoted
        if start < len(self.toks) and (self.report_object_at(start)
                                       or self.toks[start].norm in self.lex.word_class("first_person_opinion")):
            return None             # "ونفى إرسال قوات"، "وتابع أعتقد أن": the subject is implicit
        if start < len(self.toks) and self.toks[start].word.text.endswith(("اً", "ًا")):
            return None             # "واعتبره سبباً في": a word written accusative is no subject
        if start < len(self.toks) and self.toks[start].norm in self.lex.word_class("demonstrative") and not (
                start + 1 < len(self.toks) and (self.definite(start + 1) or self.complement_follows(start + 1))):
            return None             # "نفى ذلك قائلا": a demonstrative standing alone is the object
                                    # ("وأكد هؤلاء أن": one a complement follows is the subject)
        if start < len(self.toks) and self._oblique_plural(start) and not (
                start + 1 < len(self.toks) and self.toks[start + 1].norm in self.comp):
            return None             # "قبل أن يطالب الحوثيين بالاستسلام": a plural in ين is no subject
                                    # (but a family name so written is: "وبيّن البوعينين أن")
        if (start + 2 < len(self.toks) and self._possessed_thing(start, start + 2)
                and self.toks[start + 2].upos in ("ADP", "PUNCT")):
            return None             # "ونفى علمه بالهجوم"، "نفى ضلوعه في": his knowledge, the object
        j = start
        while j < len(self.toks) and j - start < MAX_SPEAKER_WORDS:
            prev = self.toks[j - 1]
            if j > start and self.toks[j].word.text in QUOTES and (
                    prev.upos == "ADP" or self._body_noun(self._singular(prev.norm)) or self._body_adjective(j)
                    or (self._title_noun(prev.norm) and not prev.norm.startswith("ال"))   # قائد «اللواء 15»
                    or (j >= start + 2 and self._title_noun(self.toks[j - 2].norm) and prev.upos in ("ADJ", "NOUN")
                        and not prev.norm.startswith("ال") and not self.toks[j - 2].norm.startswith("ال"))  # مفوض عام «الأونروا»
                    or (prev.norm == "اسم" and self.toks[j - 2].norm == "ب")     # المتحدث باسم "المقاومة"
                    or (prev.norm == "و" and self.toks[j - 2].word.text in QUOTES)
                    or self._quoted_person(j)):
                close = self.short_quote_end(j)
                if close is not None:          # a quoted name: مصادر مقربة من "الحشد الشعبي"، صحيفتا "أ" و"ب"
                    j = close
                    continue
            if (j > start and self.toks[j].norm == "" and prev.upos == "ADP" and j + 1 < len(self.toks)
                    and self.toks[j + 1].word.text in QUOTES and self.addressee_at(j - 1) is None):
                close = self.short_quote_end(j + 1)
                if close is not None:           # the body of a title: "المفوض العام لـ«الأونروا» بيير"
                    j = close
                    continue
            if self.stops_speaker(j):
                break
            j += 1
        if j == start:
            return None
        if j - start == MAX_SPEAKER_WORDS:
            # a very long title ("أمين عام الهيئة ... التابعة لرابطة العالم الإسلامي الدكتور
            # عبدالحميد العبدالجبار أن"): its last words reach on to a complement close ahead
            k = j
            while k < len(self.toks) and k - j < LONG_TITLE_EXTRA and not self.stops_speaker(k):
                k += 1
            if k > j and self.complement_follows(k):
                j = k
        if j < len(self.toks) and self.toks[j].norm in self.lex.word_class("predicate_particle"):
            # "ويعتبر نتنياهو الاتفاق ليس كافيا": ليس has its own subject, the definite noun before it
            own = next((k for k in range(j - 1, start, -1)
                        if self.toks[k].norm.startswith("ال") and self.toks[k].upos == "NOUN"), None)
            if own is not None:
                j = own
        # the parse knows where the subject ends and an object begins ("دعا المجتمعون الحكومة")
        subject = [w for w in self.sentence.children(self.toks[cue].word, "nsubj")
                   if start <= w.id - 1 < j]
        if subject and not self.complement_follows(j):
            ids = [w.id - 1 for w in self.sentence.subtree(subject[0]) if start <= w.id - 1 < j]
            end = max(ids) + 1
            objects = [w.id - 1 for w in self.sentence.children(self.toks[cue].word, "obj")
                       if end <= w.id - 1 < j and self.toks[w.id - 2].word.text not in QUOTES
                       and not self._first_name(w.id - 1, j) and not self.nisba_after_source(w.id - 1)]
            if objects:
                j = min(j, min(objects))
        j = self.through_appositive(j)
        j = self._through_to_name(start, j)
        j = self.naming_end(j) or j
        if not any(self.toks[k].upos in ("NOUN", "PROPN", "ADJ", "X", "NUM") or self.first_name_gender(self.toks[k])
                   for k in range(start, j)) and not (j == start + 1 and j < len(self.toks) and self.toks[j].norm == ":"):
            return None     # (a listed first name counts whatever its tag: "وأضاف يوسف أن", يوسف/VERB; so does
                            # one word before a colon: "وقال يعلون: ...")
        if self._pronoun_only(start, j):
            return None
        return (start, j) if self._has_word(start, j) else None

    def _quoted_person(self, j: int) -> bool:
        """A person's name in quotation marks after his title, what he said after it: 'كشف المبعوث
        إلى اليمن "إسماعيل ولد الشيخ أحمد"؛ عن'. It opens with a listed first name and closes
        before a comma, a complementiser or the preposition of the content."""
        close = self.short_quote_end(j)
        # (the name is glued to the opening mark, so the list is asked directly)
        return (close is not None and close < len(self.toks) and self.toks[j + 1].norm in self.lex.first_names
                and (self.toks[close].norm in ("،", ",") or self.toks[close].norm in self.comp
                     or self.toks[close].norm in self.content_prep))

    def _oblique_plural(self, k: int) -> bool:
        """A definite sound plural or dual in ين at ``k`` ("الحوثيين"، "الإسرائيليين"، "المحتجين"):
        the subject would end in ون or ان, so right after the verb it is the object. Not a body or
        a state ("البحرين"، "الطرفين"), nor a word the tagger calls singular ("الدين"، "التأمين")."""
        t = self.toks[k]
        number = t.word.features.get("Number")
        singular = t.norm.removeprefix("ال")[:-2]
        return (t.norm.startswith("ال") and t.norm.endswith("ين") and len(t.norm) >= 7 and not t.glued
                and number in ("Plur", "Dual") and not self.speaker_noun(t.norm) and not self.speaker_noun(singular)
                and not self._capital(t.norm))

    def attributed_to(self, before: int) -> tuple[Mention, tuple[str, ...]] | None:
        """The speaker of a statement attributed to someone in the words before token ``before``,
        with who carried it: "نشرت وكالات تصريحا منسوبا للكاظمي أشار فيه" -> (الكاظمي, (وكالات,))."""
        for j in range(max(0, before - MAX_SPEAKER_WORDS), before):
            if self.toks[j].norm in self.attributed_words and j + 1 < before and self.toks[j + 1].norm in ("ل", "لل"):
                a = j + 2
                if a >= before:
                    continue
                via = ()
                k = j - 1
                if k >= 0 and self.toks[k].norm.startswith("تصريح"):
                    m = k
                    while m > 0 and self.toks[m - 1].upos != "VERB" and not self.toks[m - 1].is_punct:
                        m -= 1
                    if m < k:
                        via = (self.mention(m, k).text,)
                return self.mention(a, before), via
        return None
