"""Where a speaker phrase ends: the words that close a subject (punctuation, a complementiser, a
time, an object, a clause about the speaker) and those that let it run on to a name (a title, a
name set off by commas, a first name the tagger read as a verb)."""
from __future__ import annotations

from ..normalize import strip_diacritics
from .adverbials import Adverbials
from .tokens import QUOTES, RELATIVE_PRONOUNS, VERBAL_NOUN, _broken_plural, marbuta_forms

TITLE_PLACE_REACH = 8    # tokens after ب in which a role's place must reach the complement


class SpeakerBounds(Adverbials):
    """The edges of speaker phrases, for :class:`~.speaker_phrases.SpeakerPhrases`."""

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
        if t.abbreviation:
            return False        # a title written short ("أ.د."), whatever the tagger calls its letter
        if t.is_punct or t.norm in self.comp or t.norm in self.filler - {"ما"} \
                or t.norm in self.lex.word_class("predicate_particle"):
            return True
        if self.time_at(j) or self.phrase_end(j, "discourse_marker") is not None or self.addressee_at(j) is not None:
            return True
        nxt = self.toks[j + 1].norm if j + 1 < len(self.toks) else ""
        # as written, not normalised: the name علي and the preposition على normalise alike
        # ("آية الله علي خامنئي")
        if strip_diacritics(t.word.text) in ("إلى", "الى", "على", "عن") and not self._title_preposition(j):
            return True
        if t.norm in RELATIVE_PRONOUNS or (t.norm in ("من", "ما") and j + 1 < len(self.toks)
                                           and self.toks[j + 1].upos == "VERB"):
            return True     # "وانتقد الوزير من يحاولون ...": من / ما before a verb open the object
        if t.norm == "و" and j + 1 < len(self.toks) and self.toks[j + 1].glued and self.toks[j + 1].norm in ("هو", "هي", "هم"):
            return True     # "النائب سامي وهو أكبر عضو في اللجنة": a clause about the speaker
        if t.norm == "ف" and nxt in self.comp:
            return True     # "وحسب الوزير فإن": the complementiser with its ف
        if t.norm == "ب" and nxt not in ("اسم",) and not self._split_name(j) and not self._located(nxt) \
                and not self._title_place(j):
            return True
        if t.norm in self.circ_prep and (nxt.removeprefix("ال") in self.circ_noun or nxt in self.time
                                         or nxt in self.lex.word_class("demonstrative")    # "في ذلك"
                                         or (j + 1 < len(self.toks) and self.toks[j + 1].upos == "NUM")):
            return True
        if j > 0 and self._starts_new_phrase(j):
            return True
        prev = self.toks[j - 1] if j > 0 else None
        if (prev is not None and self.report_object_at(j) and not prev.is_punct and prev.norm not in ("ب", "ل")
                and ((self.listed_report_object(j) and not self.toks[j].norm.startswith("ال"))
                     or prev.norm.startswith("ال")
                     or (prev.upos in ("ADJ", "PROPN") and not self.speaker_noun(prev.norm)))):
            # "المتحدث باسم الوزارة الروسية إرسال قوات": after a definite word or an adjective
            # (which cannot take a genitive) the verbal noun opens the object; a listed one without
            # ال does after any word ("مصدر عسكري صحة التقارير"), but "وزارة الصحة" is a genitive,
            # and so is "مجلس إسناد الفلوجة" (a body the tagger calls a proper noun)
            return True
        if prev is not None and self._definite_verbal_noun_after_definite(j):
            return True             # "ورفض الوزير الاقتراح"، "ورفض المولد الالتحاق بالاتحاد": the object
        if (prev is not None and t.norm in self.lex.word_class("denied_object") and not prev.is_punct
                and (prev.norm.startswith("ال") or prev.upos in ("ADJ", "PROPN"))):
            return True             # "نفت الخارجية الإيرانية الأنباء التي": what is denied, not who denies
        if t.upos == "VERB" and j > 0 and self.toks[j - 1].norm in self.lex.word_class("place_noun"):
            return False            # "أمين منطقة تبوك": a place name after its noun, whatever its tag
        if t.upos == "VERB" and strip_diacritics(t.word.text).endswith("ة"):
            return False            # no verb ends in ة: "مصادر يمنية" (the tagger read يمنية as a verb)
        if t.upos == "VERB" and self.verb_cue(t) is None and t.norm not in ("طلب", "رفض", "فضل"):
            prev = self.toks[j - 1] if j > 0 else None
            if nxt in self.comp or self.verb_in_name(j):
                return False
            if prev is not None and prev.upos in ("PROPN", "NOUN", "ADJ") and (
                    self._first_name(j, len(self.toks)) or nxt in ("بن", "ابن", "بنت")):
                return False        # "رئيس الوزراء تمام سلام،"، "عادل بن أحمد": a first name read as a verb
            return True
        return False

    def _definite_verbal_noun_after_definite(self, j: int) -> bool:
        """A definite derived verbal noun ("الاقتراح"، "الالتحاق"، "التفجير") right after a
        definite noun ("ورفض الوزير الاقتراح"، "أدان البرلمان العربي التفجير"): the two are no
        construct (the first would have no ال) and a verbal noun is no adjective, so the verb's
        object starts here, whatever the tagger says. A broken plural written أفعال ("الأتراك")
        is no verbal noun."""
        t, prev = self.toks[j], self.toks[j - 1]
        bare = t.norm.removeprefix("ال")
        # not مفاعلة nor a word ending in ة: with ال they are as often an adjective agreeing with
        # the noun ("المسلحة الموالية"، "السلطات التركية")
        return (t.norm.startswith("ال") and not t.glued and bool(VERBAL_NOUN.match(bare))
                and not bare.startswith("م") and not bare.endswith("ه")
                and not self.speaker_noun(t.norm) and not _broken_plural(strip_diacritics(t.word.text)[2:])
                and prev.norm.startswith("ال") and prev.upos in ("NOUN", "PROPN", "ADJ"))

    def _located(self, word: str) -> bool:
        """After ب, a place or a body locates the speaker: "مصادر في المقاومة بمحافظة مأرب"،
        "مصدر بوزارة الداخلية"."""
        return word.removeprefix("ال") in self.lex.locating_nouns

    def _title_place(self, j: int) -> bool:
        """After a role, ب with a definite word or a name ("مدير جمعية الثقافة والفنون بالباحة علي
        البيضاني أن"، "عضو النادي الأدبي بالطائف إلى أن"، "أمين المنطقة الشرقية بالإنابة المهندس
        جمال الملحم أمس أن") is where or how the speaker holds it, when the complement follows
        within a few words and no verb or punctuation stands between. "ومضت المصادر بالقول إن" is
        the way of saying."""
        nxt = self.toks[j + 1] if j + 1 < len(self.toks) else None
        if nxt is None or not (nxt.norm.startswith("ال") or nxt.upos == "PROPN") or nxt.norm in self.filler \
                or not any(self.speaker_noun(self.toks[k].norm) for k in range(max(0, j - 6), j)):
            return False
        for k in range(j + 2, min(len(self.toks), j + TITLE_PLACE_REACH)):
            if self.complement_follows(k):
                return True
            t = self.toks[k]
            if t.is_punct or t.upos in ("VERB", "AUX") or t.norm in self.comp or t.norm in self.lex.participles:
                return False    # "رحب المتحدث بالزيارة قائلا إن": the verb's own ب, then a participle
        return False

    def verb_in_name(self, j: int) -> bool:
        """The PUD-trained tagger reads unfamiliar names as verbs ("أحمد الصحاف"، "ماثيو تولر"،
        "الرئيس العراقي برهم صالح"): a perfect-looking "verb" between a name or role noun and a
        name or noun is taken as part of the name."""
        t = self.toks[j]
        prev = self.toks[j - 1] if j > 0 else None
        if t.norm in self.lex.word_class("name_particle") and j + 1 < len(self.toks) and not self.toks[j + 1].is_punct:
            return True     # the particle itself read as a verb: "الشيخ عبد العزيز أبو مصعب"
        if prev is not None and prev.norm in self.lex.word_class("name_particle") and not t.glued \
                and j >= 2 and not self.toks[j - 2].is_punct and self.verb_cue(t) is None:
            return True     # a name particle always takes a name: "آل سعود" (سعود read as a verb)
        return (prev is not None and prev.upos in ("PROPN", "NOUN", "ADJ") and "Aspect=Imp" not in t.word.feats
                and not t.glued and j + 1 < len(self.toks) and self.toks[j + 1].upos in ("PROPN", "NOUN")
                and self.verb_cue(t) is None)

    def _title_preposition(self, j: int) -> bool:
        """Is the preposition at ``j`` part of a title ("المشرف على الفعاليات"، "نائب المشرف العام
        على المجمع")? Only when a complement follows the phrase, so the speaker reaches a name."""
        titles = self.lex.word_class("title_with_preposition")
        before = [self.toks[k].norm for k in range(max(0, j - 2), j)]
        titled = bool(before) and (before[-1] in titles or (len(before) == 2 and before[0] in titles
                                                             and before[1] == "العام"))
        # "وأعرب المسؤول عن قلقه (من أن)": a noun with a pronoun, or no complement ahead, and عن
        # is the verb's; a title's preposition governs a definite noun ("المسؤول عن الملف"), or
        # one made definite by its genitives ("الصادر عن مكتب رئيس الوزراء")
        governed = self.toks[j + 1] if j + 1 < len(self.toks) else None
        if governed is None or (j + 2 < len(self.toks) and self.toks[j + 2].glued and self.toks[j + 2].upos == "PRON"):
            return False
        k = j + 1
        while k < len(self.toks) and k - j <= 3 and not self.toks[k].norm.startswith("ال") \
                and self.toks[k].upos == "NOUN" and not self.toks[k].glued:
            k += 1
        if k >= len(self.toks) or not self.toks[k].norm.startswith("ال"):
            return False
        return titled and any(self.complement_follows(k) for k in range(j + 2, min(len(self.toks), j + 14))
                              if not any(self.toks[m].norm in (".", "؟", "!") for m in range(j, k)))

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
        if t.norm in self.lex.word_class("quantifier") and (prev.upos in ("PROPN", "ADJ") or prev.norm.startswith("ال")):
            return True             # "ودعا الائتلاف الوطني جميع المناضلين": a quantifier opens the object
        if t.norm in self.lex.word_class("demonstrative") and (prev.upos == "PROPN" or prev.norm.startswith("ال")):
            return True             # "واعتبر أورن هذا التصريح خطيرا": a name or "الوزير" then the object
        # an adjective of "المجتمعون" would agree with it (…ون); "المجتمعون الحكومة" is two phrases.
        # "الشؤون" ends in ون as written without its hamza, but is a broken plural ("الشؤون الصحية")
        # "البنتاغون" is a name that ends in ون; a masculine singular adjective ("التلفزيون السوري")
        # shows the word is a singular that ends in ون, not a plural
        sound_plural = (prev.norm.endswith("ون") and prev.upos != "PROPN"
                        and not strip_diacritics(prev.word.text).endswith(("ؤون", "ئون")))
        if (t.norm.startswith("ال") and prev.norm.startswith("ال") and sound_plural
                and not t.norm.endswith(("ون", "ين")) and t.upos in ("NOUN", "ADJ")
                and not (t.upos == "ADJ" and strip_diacritics(t.word.text).endswith("ي"))):   # not "القوى"
            return True
        if (prev.upos == "PROPN" and not self.speaker_noun(prev.norm) and t.upos == "NOUN"
                and t.norm not in self.lex.word_class("name_particle")
                and not t.norm.startswith("ال") and not t.glued
                and j + 1 < len(self.toks) and self.toks[j + 1].upos in ("NOUN", "PROPN")
                and self.toks[j + 1].norm.startswith("ال")):
            return True                # "كرر ظريف موقف روحاني": a name, then its object (not "مجلس إسناد")
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

    def _quoted_name(self, start: int) -> tuple[int, int] | None:
        """A speaker in quotation marks right after the verb: وذكر "كيري" في مقابلة، أنه. A quote
        of up to three words that a complement, an adverbial, a comma or a colon follows names
        the speaker; a quotation that runs on is direct speech."""
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
        if after.norm in ("،", ",", ":") or after.norm in self.comp or self._opens_adverbial(close) \
                or after.norm in self.time:
            return start + 1, close - 1     # ... or a colon before the statement: وقال "الزوي": "..."
        return None

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
        be a preposition, nor one after a title and a first name whatever their tags ("الدكتور
        مصطفى ب + لجون"), nor one right after a reporting verb that a complement follows."""
        n = len(self.toks)
        if j == 0 or j + 1 >= n:
            return False
        prev, nxt = self.toks[j - 1], self.toks[j + 1]
        if not nxt.glued or nxt.norm.startswith("ال"):
            return False
        after = self.toks[j + 2] if j + 2 < n else None
        if (prev.upos == "PROPN" and nxt.upos == "NOUN" and after is not None and after.norm.startswith("ال")
                and self.speaker_noun(after.norm)):
            return True     # a surname read as a noun, then the title: "اليستير ب + اسكي المتحدث باسم"
        if prev.upos == "PROPN" and not prev.norm.startswith("ال"):
            return nxt.upos in ("PROPN", "X")
        if j >= 2 and self.speaker_noun(self.toks[j - 2].norm) and self.toks[j - 2].norm.startswith("ال") \
                and not prev.norm.startswith("ال") and not self.speaker_noun(prev.norm) and not prev.is_punct \
                and prev.upos != "ADP" and nxt.norm not in self.comp:
            return True     # a title, a first name, then a surname: "الدكتور مصطفى ب + لجون" 
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
        return any(form in honorific for form in marbuta_forms(norm))

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
        k, commas, addressee = j, 0, False
        while k < n and k - j < reach:
            t = self.toks[k]
            addressee = self.addressee_at(k) is not None
            if t.norm in self.comp or t.norm == ":" or t.word.text in QUOTES or addressee:
                break
            if t.norm in ("،", ","):
                commas += 1
            elif (t.is_punct or self.time_at(k) or t.norm in RELATIVE_PRONOUNS or self.verb_cue(t)
                  or t.norm in self.lex.participles
                  or (t.upos == "VERB" and "Aspect=Imp" in t.word.feats) or self._circumstance_at(k)
                  or self.phrase_end(k, "discourse_marker") is not None):
                return j
            k += 1
        if k >= n or k - j >= reach or not (self.complement_follows(k) or addressee):
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
        # an addressee right before the complement closes the subject as surely as a name does
        # ("مصادر على صلة بالأمر لرويترز إن")
        closed = name_like or addressee
        if not (opens and closed) and not (commas and (name_like or last.upos in ("NOUN", "ADJ"))):
            return j
        return end
