"""Speaker phrases: the subject after or before a reporting verb, a speaker named through an
attributed statement, and the :class:`Mention` a phrase becomes."""
from __future__ import annotations

from dataclasses import dataclass

from ..normalize import strip_diacritics
from .tokens import VERBAL_NOUN, MAX_SPEAKER_WORDS, QUOTES, RELATIVE_PRONOUNS, TokenView


@dataclass
class Mention:
    """A speaker as found in one sentence (before canonicalisation)."""

    text: str
    span: tuple[int, int] | None
    gender: str | None = None     # "Masc" / "Fem"
    plural: bool = False
    anonymous: bool = False
    head: str = ""                # normalised first noun
    name: str = ""                # a proper name ending the phrase ("... فؤاد حسين"), if any
    plausible: bool = True        # may be someone who speaks: not an event, a time or a quantifier
    named: bool = True            # certainly is: a name, a source, an office or a body


class SpeakerPhrases(TokenView):
    """Finding where a speaker phrase starts and ends around a cue."""

    def _is_name_start(self, j: int) -> bool:
        return j < len(self.toks) and self.toks[j].upos == "PROPN" and self.toks[j].norm not in self.time

    def _appositive_name(self, j: int) -> bool:
        """A name set off by commas after a role: "وزير الخارجية العراقي، فؤاد حسين،". Taggers
        trained on PUD misread such names (أبو → ADP, ف|ؤاد), so beyond a PROPN start any short
        comma-closed segment counts that does not open a circumstance, a time or a clause."""
        if self._is_name_start(j):
            return True
        k = j
        while k < len(self.toks) and not self.toks[k].is_punct:
            t = self.toks[k]
            opens_phrase = k == j and (t.norm in self.circ_prep or t.norm in self.content_prep)
            if (opens_phrase or t.norm in self.comp or t.norm in self.time
                    or t.norm in RELATIVE_PRONOUNS or self.verb_cue(t)):
                return False
            k += 1
        return 0 < k - j <= 4 and k < len(self.toks) and self.toks[k].norm in ("،", ",")

    def stops_speaker(self, j: int) -> bool:
        """Does the speaker phrase end before token ``j`` (punctuation, a complementiser, a time,
        a preposition opening a circumstance, an object, a verb that is not part of a name)?"""
        t = self.toks[j]
        if t.is_punct or t.norm in self.comp or t.norm in self.filler - {"ما"} \
                or t.norm in self.lex.word_class("predicate_particle"):
            return True
        if self.time_at(j):
            return True
        nxt = self.toks[j + 1].norm if j + 1 < len(self.toks) else ""
        # as written, not normalised: the name علي and the preposition على normalise alike
        # ("آية الله علي خامنئي")
        if strip_diacritics(t.word.text) in ("إلى", "الى", "على", "عن"):
            return True
        if t.norm in RELATIVE_PRONOUNS:
            return True
        if t.norm == "و" and j + 1 < len(self.toks) and self.toks[j + 1].glued and self.toks[j + 1].norm in ("هو", "هي", "هم"):
            return True     # "النائب سامي وهو أكبر عضو في اللجنة": a clause about the speaker
        if t.norm == "ب" and nxt not in ("اسم",) and not self._split_name(j):
            return True
        if t.norm in self.circ_prep and (nxt.removeprefix("ال") in self.circ_noun or nxt in self.time
                                         or (j + 1 < len(self.toks) and self.toks[j + 1].upos == "NUM")):
            return True
        if j > 0 and self._starts_new_phrase(j):
            return True
        prev = self.toks[j - 1] if j > 0 else None
        if (prev is not None and self.report_object_at(j) and not prev.is_punct and prev.norm not in ("ب", "ل")
                and ((self.listed_report_object(j) and not self.toks[j].norm.startswith("ال"))
                     or prev.norm.startswith("ال") or prev.upos in ("ADJ", "PROPN"))):
            # "المتحدث باسم الوزارة الروسية إرسال قوات": after a definite word or an adjective
            # (which cannot take a genitive) the verbal noun opens the object; a listed one without
            # ال does after any word ("مصدر عسكري صحة التقارير"), but "وزارة الصحة" is a genitive
            return True
        if t.upos == "VERB" and self.verb_cue(t) is None and t.norm not in ("طلب", "رفض", "فضل"):
            # The PUD-trained tagger reads unfamiliar names as verbs ("أحمد الصحاف"، "ماثيو
            # تولر"); a perfect-looking "verb" right after a name or a role noun, or just before
            # the complementiser, is taken as part of the name.
            prev = self.toks[j - 1] if j > 0 else None
            if nxt in self.comp or (prev is not None and prev.upos in ("PROPN", "NOUN", "ADJ")
                                    and "Aspect=Imp" not in t.word.feats and not t.glued
                                    and j + 1 < len(self.toks) and self.toks[j + 1].upos in ("PROPN", "NOUN")):
                return False
            if prev is not None and prev.upos in ("PROPN", "NOUN", "ADJ") and (
                    self._first_name(j, len(self.toks)) or nxt in ("بن", "ابن", "بنت")):
                return False        # "رئيس الوزراء تمام سلام،"، "عادل بن أحمد": a first name read as a verb
            return True
        return False

    def _starts_new_phrase(self, j: int) -> bool:
        """Where a subject noun phrase must have ended: after a definite noun, another definite
        common noun is an object or a second argument ("دعا المجتمعون الحكومة"), since a word
        with ال cannot head a construct; a noun carrying a possessive pronoun after a subject is
        the object ("وكررت الولايات المتحدة تأكيدها أنها")."""
        t, prev = self.toks[j], self.toks[j - 1]
        if prev.in_quote or t.in_quote or prev.word.text in QUOTES:
            return False
        definite = t.norm.startswith("ال") and t.upos == "NOUN" and not t.norm.endswith(("ي", "يه"))
        if definite and prev.upos in ("NOUN", "PROPN") and prev.norm.startswith("ال"):
            return True
        if t.norm in self.lex.word_class("demonstrative") and (prev.upos == "PROPN" or prev.norm.startswith("ال")):
            return True             # "واعتبر أورن هذا التصريح خطيرا": a name or "الوزير" then the object
        # an adjective of "المجتمعون" would agree with it (…ون); "المجتمعون الحكومة" is two phrases
        if (t.norm.startswith("ال") and prev.norm.startswith("ال") and prev.norm.endswith("ون")
                and not t.norm.endswith(("ون", "ين")) and t.upos in ("NOUN", "ADJ")):
            return True
        if (prev.upos == "PROPN" and t.upos == "NOUN" and not t.norm.startswith("ال") and not t.glued
                and j + 1 < len(self.toks) and self.toks[j + 1].upos in ("NOUN", "PROPN")
                and self.toks[j + 1].norm.startswith("ال")):
            return True                # "كرر ظريف موقف روحاني": a name, then its object
        nxt = self.toks[j + 1] if j + 1 < len(self.toks) else None
        return (t.upos == "NOUN" and nxt is not None and nxt.glued and nxt.upos == "PRON"
                and prev.upos in ("NOUN", "PROPN", "ADJ") and not prev.glued)

    def past_pronoun_subject(self, j: int) -> int:
        """Past an honorific carrying a pronoun at ``j`` ("وشدد معاليه على"): it is the verb's
        implicit subject, not content."""
        n = len(self.toks)
        if j + 1 < n and self._pronoun_only(j, j + 2):
            return j + 2
        if j < n and self._pronoun_only(j, j + 1):
            return j + 1
        return j

    def sentence_subject(self) -> Mention | None:
        """The subject of the sentence's main verb when it names someone who can speak: the
        person a later sentence's "وقال" or "معاليه" may point back to, though they said nothing
        yet ("وصل وزير الخارجية إلى بغداد. وقال إن ...")."""
        found = self.main_clause_subject(len(self.toks))
        if found is None:
            return None
        mention = self.mention(*found)
        return mention if mention.named else None

    def nominal_reporter(self, before: int) -> tuple[int, int] | None:
        """The speaker named in a nominalised report before token ``before``: "إعلان واشنطن
        سحب قواتها، مؤكدة أنها" (Washington's announcement, ... affirming that)."""
        nouns = self.lex.word_class("report_noun")
        for k in range(before - 2, -1, -1):
            if self.toks[k].norm.removeprefix("ال") not in nouns:
                continue
            a = k + 1
            first = self.toks[a]
            if not (first.upos == "PROPN" or (first.upos == "NOUN" and first.norm.startswith("ال"))):
                return None         # "بيان صحافي"، "تصريح لصحيفة": no genitive names a speaker
            b = a
            while b < before and not self.stops_speaker(b) and not self.report_object_at(b) and b - a < 6:
                b += 1
            if b > a and self.mention(a, b).plausible:
                return a, b
            return None
        return None

    def main_clause_subject(self, before: int) -> tuple[int, int] | None:
        """The subject of the sentence's main verb before token ``before``: the speaker a
        circumstantial participle continues when the verb does not report ("وحاول كارتر تبديد
        القلق، مؤكدا أن"، "صعد المرشد الأعلى خامنئي ضد واشنطن، مؤكدا أن"). Only verbs ahead of
        any complement or quotation count: a verb inside reported content has its own subject."""
        for k in range(before):
            t = self.toks[k]
            if t.norm in self.comp or t.norm == ":" or t.word.text in QUOTES:
                before = k
                break
        # the first verb is the main one (verb-subject order); a verbal noun the tagger calls a
        # verb ("حاول كارتر تبديد قلق اسرائيل") comes after it
        # ("وب" of "وبشأن", split wrongly and tagged a verb, is a conjunction and a preposition)
        verb = next((k for k in range(before) if self.toks[k].upos == "VERB" and len(self.toks[k].norm) >= 3
                     and not (k > 0 and self.toks[k - 1].norm in RELATIVE_PRONOUNS)), None)
        if verb is None:
            return None
        found = self.speaker_after(verb)
        return found if found is not None and found[1] <= before else None

    def _quoted_name(self, start: int) -> tuple[int, int] | None:
        """A speaker in quotation marks right after the verb: وذكر "كيري" في مقابلة، أنه. A quote
        of up to three words that a complement, an adverbial or a comma follows names the
        speaker; a quotation that runs on is direct speech."""
        n = len(self.toks)
        if start >= n or self.toks[start].word.text not in QUOTES:
            return None
        close = self.short_quote_end(start, longest=3)
        if close is None or close >= n or close - start < 3:
            return None
        after = self.toks[close]
        inside = self.toks[start + 1:close - 1]
        if not all(t.upos in ("PROPN", "NOUN", "ADJ", "X") for t in inside):
            return None
        if after.norm in ("،", ",") or after.norm in self.comp or self._opens_adverbial(close) or after.norm in self.time:
            return start + 1, close - 1
        return None

    def _opens_adverbial(self, j: int) -> bool:
        """A phrase that opens with a preposition ("في خطبة الجمعة"، "للصحافيين"، "لـ«عكاظ»")
        is an adverbial or an addressee, never the subject."""
        t = self.toks[j]
        return not t.in_quote and (t.upos == "ADP" or t.norm in self.circ_prep or t.norm in self.content_prep)

    def _past_adverbials(self, start: int) -> int | None:
        """Where a subject can start after adverbials right after a verb: "كشفت لـ«عكاظ» مصادر"،
        "قال، يوم الجمعة، الوزير". None when no subject can follow (a complement, a verb, the
        end of the sentence): the verb's subject is then implicit."""
        j, n = start, len(self.toks)
        while j < n:
            t = self.toks[j]
            if t.norm in ("،", ",") or self.time_at(j):
                j += 1
                continue
            if not self._opens_adverbial(j):
                return j if j > start else None
            k = j + 1
            while k < n and (self.toks[k].norm in ("ل", "") or self.toks[k].word.text == "ـ"):
                k += 1              # the tatweel of "لـ«" normalises to nothing
            if k < n and self.toks[k].word.text in QUOTES:
                close = self.short_quote_end(k)
                if close is None:
                    return None
                j = close               # a quoted name: "لـ«الشرق الأوسط»"
                continue
            while k < n and not (self.toks[k].is_punct or self.toks[k].norm in self.comp
                                 or self.toks[k].norm in self.time or self.toks[k].upos == "VERB"):
                k += 1
            if k >= n or self.toks[k].norm not in ("،", ","):
                return None
            j = k
        return None

    def speaker_after(self, cue: int) -> tuple[int, int] | None:
        """Tokens ``[a, b)`` of the subject right after the verb at ``cue`` (Arabic's usual
        verb-subject order), or None."""
        start = cue + 1
        if self.toks[cue].norm.endswith("وا") or self._dual(cue):
            # "وأكدوا التزامهم"، "وأعلنا تأييدهما": a plural or dual verb carries its subject (a
            # verb before its subject stays singular: "وأعلن النائبان")
            return None
        if start < len(self.toks) and not self._split_name(start) and (
                self._opens_adverbial(start) or self.toks[start].norm in ("،", ",")):
            past = self._past_adverbials(start)
            if past is None:
                return None
            found = self._subject_from(cue, past)
            # after an adverbial only a phrase that a complement follows is taken for the
            # subject; otherwise it is the verb's object ("نفت في ذات الوقت الأنباء التي")
            if found is None or not (self.complement_follows(found[1]) or (
                    found[1] < len(self.toks) and (self.toks[found[1]].norm in self.content_prep
                                                   or self.report_object_at(found[1])))):
                return None
            return found
        return self._subject_from(cue, start)

    def _dual(self, cue: int) -> bool:
        """A past reporting verb with the dual ending: the singular form plus ا ("أعلنا"، "قالا";
        not "دعا", whose ا is its root's)."""
        norm, forms = self.toks[cue].norm.removeprefix("و"), self.lex.verb_forms
        return len(norm) >= 4 and norm.endswith("ا") and norm in forms and forms.get(norm[:-1]) == forms[norm]

    def _subject_from(self, cue: int, start: int) -> tuple[int, int] | None:
        quoted = self._quoted_name(start)
        if quoted is not None:
            return quoted
        if start < len(self.toks) and self.report_object_at(start):
            return None             # "ونفى إرسال قوات": the subject is implicit, the object follows
        j = start
        while j < len(self.toks) and j - start < MAX_SPEAKER_WORDS:
            prev = self.toks[j - 1]
            if j > start and self.toks[j].word.text in QUOTES and (
                    prev.upos == "ADP" or prev.norm in self.lex.speaker_kinds.get("organisation", ())):
                close = self.short_quote_end(j)
                if close is not None:          # a quoted name: مصادر مقربة من "الحشد الشعبي"
                    j = close
                    continue
            if self.stops_speaker(j):
                break
            j += 1
        if j == start:
            return None
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
                       and not self._first_name(w.id - 1, j)]
            if objects:
                j = min(j, min(objects))
        j = self.through_appositive(j)
        j = self._through_to_name(start, j)
        if not any(self.toks[k].upos in ("NOUN", "PROPN", "ADJ", "X", "NUM") for k in range(start, j)):
            return None
        if self._pronoun_only(start, j):
            return None
        return start, j

    def through_appositive(self, j: int) -> int:
        """The end of a speaker phrase ending at ``j``, past a name set off by commas after it:
        "وزير الخارجية العراقي، فؤاد حسين، على أن"، "وحسب السفير السابق، أورن، فإن"."""
        if j < len(self.toks) and self.toks[j].norm in ("،", ",") and self._appositive_name(j + 1):
            k = j + 1
            while k < len(self.toks) and k - j <= 4 and not self.toks[k].is_punct and self.toks[k].norm not in self.comp:
                k += 1
            if k < len(self.toks) and (self.toks[k].norm in ("،", ",") or self.toks[k].norm in self.comp):
                return k
        return j

    def _first_name(self, k: int, end: int) -> bool:
        """Is the word the parser made an object the first name of the person a title
        introduces ("استقبل وزير الخارجية عادل الجبير نظيره": عادل)? A first name has no ال and
        no pronoun, and the surname follows inside the phrase."""
        t = self.toks[k]
        nxt = self.toks[k + 1] if k + 1 < end else None
        prev = self.toks[k - 1] if k > 0 else None
        if t.norm.startswith("ال") or t.glued or t.upos not in ("NOUN", "PROPN", "ADJ", "X", "VERB") or prev is None:
            return False
        if t.upos == "VERB":
            # a first name read as a verb counts only right before a surname that closes the phrase
            after = self.toks[k + 2] if k + 2 < len(self.toks) else None
            return (nxt is not None and not nxt.glued and not nxt.norm.startswith("ال")
                    and nxt.upos in ("NOUN", "PROPN", "X")
                    and (after is None or after.is_punct or after.norm in self.comp or after.norm in self.filler))
        if nxt is None or nxt.is_punct or nxt.norm in self.comp:
            # the surname closing the phrase after a first name: "نائب الرئيس خالد بحاح،"
            return prev.upos == "PROPN" and not prev.norm.startswith("ال")
        return (not nxt.glued and nxt.upos in ("NOUN", "PROPN", "ADJ", "X")
                and prev.upos in ("NOUN", "PROPN", "ADJ"))

    def _split_name(self, j: int) -> bool:
        """Is the ب at ``j`` the first letter of a name the tokenizer split off as a preposition
        ("آندري ب + اكليتسكي")? After a first name, a ب glued to a proper noun without ال cannot
        be a preposition, nor one right after a reporting verb that a complement follows."""
        n = len(self.toks)
        if j == 0 or j + 1 >= n:
            return False
        prev, nxt = self.toks[j - 1], self.toks[j + 1]
        if not nxt.glued or nxt.norm.startswith("ال"):
            return False
        if prev.upos == "PROPN" and not prev.norm.startswith("ال"):
            return nxt.upos in ("PROPN", "X")
        # right after a reporting verb, a one-word name before the complement: "وأشار ب + ارتوميو
        # إلى أن"، "قال ب + ارتوميو -" (a preposition there would be followed by its object)
        return (self.verb_cue(prev) is not None and nxt.upos in ("PROPN", "X", "NOUN")
                and j + 2 < n and self._name_boundary(j + 2))

    def _name_boundary(self, k: int) -> bool:
        """Does what follows a one-word name end it: a complement, a comma, a dash, a colon?"""
        t = self.toks[k]
        nxt = self.toks[k + 1].norm if k + 1 < len(self.toks) else ""
        return (t.norm in self.comp or t.norm in ("،", ",", "-", "–", ":")
                or (t.norm in self.content_prep and nxt in self.comp))

    def _pronoun_only(self, a: int, b: int) -> bool:
        """"معاليه"، "سموه"، "جلالته": an honorific carrying a pronoun points back to someone
        named earlier, like a verb without a subject."""
        toks = self.toks[a:b]
        if len(toks) == 1:     # the tokenizer may leave "معاليه"، "سموه" whole
            return toks[0].upos == "PRON" or any(toks[0].norm.endswith(p) and self._honorific(toks[0].norm[:-len(p)])
                                                 for p in ("هما", "هم", "ها", "ه"))
        return len(toks) == 2 and toks[1].glued and toks[1].upos == "PRON" and self._honorific(toks[0].norm)

    def _honorific(self, norm: str) -> bool:
        """معالي، سمو، جلالة (written جلالت before a pronoun) ...: lexicon class "honorific"."""
        honorific = self.lex.speaker_kinds.get("honorific", ())
        return norm in honorific or (norm.endswith("ت") and norm[:-1] + "ه" in honorific)

    def _through_to_name(self, start: int, j: int, reach: int = 16) -> int:
        """A long subject cut short reaches on to the name before the complement: "المتحدث
        باسم المقاومة الموالية بلحج قائد نصر، أنه"، "عضو الهيئة الوطنية للرقابة على تنفيذ مخرجات
        الحوار صلاح باتيس أن"، "الأمين العام لمجلس التعاون، الدكتور عبد اللطيف الزياني، أن".
        Taken only when the words up to the complement hold no verb, relative clause, time or
        circumstance ("في تصريح مقتضب"), and end in a name (a proper noun, a word without ال,
        or a phrase set off by commas); "أشار الوزير إلى أن" keeps its preposition out."""
        n = len(self.toks)
        if j <= start or j >= n or self.time_at(j) or self.toks[j].is_punct \
                or self.toks[j].norm in self.comp or self._circumstance_at(j):
            return j
        k, commas = j, 0
        while k < n and k - j < reach:
            t = self.toks[k]
            if t.norm in self.comp or t.norm == ":" or t.word.text in QUOTES:
                break
            if t.norm in ("،", ","):
                commas += 1
            elif (t.is_punct or self.time_at(k) or t.norm in RELATIVE_PRONOUNS or self.verb_cue(t)
                  or (t.upos == "VERB" and "Aspect=Imp" in t.word.feats) or self._circumstance_at(k)):
                return j
            k += 1
        if k >= n or k - j >= reach or not self.complement_follows(k):
            return j
        end = k
        while end > j and self.toks[end - 1].norm in ("،", ","):
            end -= 1
        if end == j:
            return j
        last = self.toks[end - 1]
        if self._opens_adverbial(end - 1):
            return j
        clitic_name = end - j == 2 and self.toks[j].norm == "ب" and last.glued and not last.norm.startswith("ال")
        name_like = (last.upos == "PROPN" or clitic_name
                     or (not last.glued and not last.norm.startswith("ال") and last.upos in ("NOUN", "X")))
        opens = self._opens_adverbial(j)
        if not (opens and name_like) and not (commas and (name_like or last.upos in ("NOUN", "ADJ"))):
            return j
        return end

    def _circumstance_at(self, j: int) -> bool:
        """"في تصريح"، "خلال مؤتمر صحافي"، "في البيان المشترك": the circumstance of a statement."""
        return (j + 1 < len(self.toks) and self.toks[j].norm in self.circ_prep
                and self.toks[j + 1].norm.removeprefix("ال") in self.circ_noun)

    def complement_follows(self, j: int) -> bool:
        """Does a complement clause (أن، إلى أن، a quotation, a colon) start at ``j``, after commas
        and times? Then the words before it are the subject, whatever the parse says."""
        while j < len(self.toks) and (self.toks[j].norm in ("،", ",") or self.toks[j].norm in self.time):
            j += 1
        if j >= len(self.toks):
            return False
        t = self.toks[j]
        nxt = self.toks[j + 1].norm if j + 1 < len(self.toks) else ""
        return (t.norm in self.comp or t.norm == ":" or t.word.text in QUOTES
                or (t.norm in self.content_prep and nxt in self.comp))

    def speaker_before(self, cue: int) -> tuple[int, int] | None:
        """Tokens ``[a, b)`` of a subject before the verb at ``cue``: "الكاظمي يتحدث"، "إلا أن
        المتحدثة ... أشارت"; or None."""
        if (cue > 0 and self.toks[cue - 1].norm in ("و", "ف") and self.toks[cue].glued
                and not any(t.norm == "اما" for t in self.toks[max(0, cue - MAX_SPEAKER_WORDS):cue])):
            # "…، وأكدوا": و opens a new clause, its subject is not before it ("أما X فنقلت" is)
            return None
        end = cue
        while end > 0 and self.toks[end - 1].norm in self.preverbal:
            end -= 1
        if end > 1 and self.toks[end - 1].norm in ("،", ",") and (self._dual(cue) or self.toks[cue].norm.endswith("وا")):
            # "اثنان من كبار الأغنياء، حايم صبان وجاك روزين، أعلنا": a dual or plural verb agrees
            # with a subject before it, which may close with a comma
            end -= 1
        j = end
        while j > 0 and end - j < MAX_SPEAKER_WORDS:
            t = self.toks[j - 1]
            if t.word.text in QUOTES:
                opening = next((k for k in range(j - 2, max(-1, j - 6), -1) if self.toks[k].word.text in QUOTES), None)
                if opening is not None and opening > 0:
                    j = opening     # a quoted name inside the phrase: رئيس شركة "لوكويل" العملاقة
                    continue
            if t.is_punct or t.norm in self.left_boundary or t.upos == "VERB" or t.norm in self.comp:
                break
            j -= 1
        while j < end and self.toks[j].norm in self.preverbal:
            j += 1
        if j == end or not any(self.toks[k].upos in ("NOUN", "PROPN") for k in range(j, end)):
            return None
        return j, end

    def mention(self, a: int, b: int) -> Mention:
        """Tokens ``[a, b)`` as a speaker: text as written, gender, number, anonymity, head, name."""
        words = [t.word for t in self.toks[a:b]]
        start, end = words[0].start, words[-1].end
        text = " ".join(self.text[start:end].split()) if self.text else " ".join(w.text for w in words)
        if a > 0 and self.toks[a - 1].norm == "ل" and self.toks[a].glued and self.toks[a].norm.startswith("ل"):
            text = "ا" + text        # ل + الكاظمي is written للكاظمي; the split leaves لكاظمي
        name_start = b
        while name_start > a and self.toks[name_start - 1].upos == "PROPN":
            name_start -= 1
        head = next((t for t in self.toks[a:b] if t.upos in ("NOUN", "PROPN", "ADJ")), self.toks[a])
        feats = head.word.features
        after_preposition = name_start > a and self.toks[name_start - 1].upos == "ADP"
        name = (" ".join(t.word.text for t in self.toks[name_start:b])
                if (a < name_start < b or (name_start == a and b - a > 1))
                and not after_preposition and feats.get("Number") != "Plur" else "")
        gender = feats.get("Gender") or ("Fem" if head.norm.endswith("ه") or head.norm.endswith("ات") else None)
        kinds = self.lex.speaker_kinds
        norms = [t.norm for t in self.toks[a:b]]
        clause_text = " ".join(t.norm for t in self.toks)
        anonymous = head.norm in kinds.get("anonymous", ()) or (
            head.norm.removeprefix("ال") in {n.removeprefix("ال") for n in kinds.get("anonymous_role", ())}
            and (any(q in norms or q in clause_text for q in kinds.get("anonymous_qualifier", ()))
                 or self.toks[b - 1].upos != "PROPN"))
        named = bool(name or anonymous or any(t.upos == "PROPN" or self.speaker_noun(t.norm) for t in self.toks[a:b]))
        governed = self._governed(a)
        plausible = not governed and (named or not self._names_no_one(a))
        return Mention(text, (start, end), gender, feats.get("Number") == "Plur", anonymous, head.norm, name,
                       plausible, named and not governed)

    def _governed(self, a: int) -> bool:
        """A phrase that a preposition governs ("وبشأن الوضع"، "في وقت") is never a subject."""
        first = self.toks[a]
        return first.upos == "ADP" or (a > 0 and first.glued and self.toks[a - 1].upos == "ADP")

    def _names_no_one(self, a: int) -> bool:
        """A phrase headed by an event, a time or a quantifier ("قصف"، "اتخاذ موقف"، "أواخر
        الشهر"، "أي بيان") names no one who speaks, unless a name or an office is in it (the
        caller asks only for phrases without one)."""
        head = self.toks[a]
        return (self.report_object_at(a) or self.time_at(a) or head.norm in self.lex.word_class("non_speaker")
                or bool(VERBAL_NOUN.match(head.norm.removeprefix("ال"))) or head.upos in ("PRON", "NUM", "DET"))

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
