"""Names inside speaker phrases: where a name starts, a name set off by commas or quotation marks,
a first name or name particle the tagger read as a verb ("الرئيس العراقي برهم صالح"، "أبو مصعب"),
a name split by the tokenizer ("ب + حاح"), and how far a title runs on to its name. The speaker
phrase's edges (:mod:`.speaker_bounds`) ask these before they close a phrase."""
from __future__ import annotations

from .adverbials import Adverbials
from ..normalize import marbuta_forms
from .tokens import QUOTES, RELATIVE_PRONOUNS, VERBAL_NOUN


QUOTED_NAME_WORDS = 3    # a quotation right after the verb this short names the speaker ...
QUOTED_BODY_WORDS = 6    # ... and one this long does when a complementiser follows it


class NameParts(Adverbials):
    """Names within speaker phrases, for :class:`~.speaker_bounds.SpeakerBounds`."""

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
        if prev is None or prev.upos not in ("PROPN", "NOUN", "ADJ") or "Aspect=Imp" in t.word.feats \
                or t.glued or self.verb_cue(t) is not None:
            return False
        if j + 1 < len(self.toks) and self.toks[j + 1].upos in ("PROPN", "NOUN"):
            return not self._construct_opens(j + 1)
        # the surname closing a name of three parts, before the phrase ends: "الفريق رائد شاكر جودت في
        # تصريح إن" (جودت read as a verb)
        return (j >= 2 and not prev.norm.startswith("ال") and not prev.glued
                and self.toks[j - 2].upos in ("PROPN", "NOUN", "ADJ") and self._phrase_closes(j + 1))

    def _construct_opens(self, k: int) -> bool:
        """A common noun in construct with a definite one opens at ``k`` ("قوات الاحتلال"، "وزارة
        الدفاع"): after a "verb" it is the verb's subject, as no name goes on so ("ووفقا لمصادر
        الجزيرة اعتقلت قوات الاحتلال"). A name particle or first name does ("أكرم عبد الله"), and a
        title or "one of" after a name describes him ("جيم كرافت قائد الشرطة"، "سميث أحد كبار")."""
        t = self.toks[k]
        nxt = self.toks[k + 1] if k + 1 < len(self.toks) else None
        one_of = self.lex.word_class("one_of")
        describes = t.norm in self.lex.speaker_kinds.get("speaker_role", ()) or t.norm in one_of \
            or self.toks[k - 1].norm in one_of      # (the tagger's verb may be أحد itself)
        return (t.upos == "NOUN" and not t.glued and not t.norm.startswith("ال") and not describes
                and t.norm not in self.lex.word_class("name_particle") and self.first_name_gender(t) is None
                and nxt is not None and not nxt.glued and nxt.norm.startswith("ال") and nxt.upos in ("NOUN", "PROPN"))

    def _phrase_closes(self, k: int) -> bool:
        """Does the speaker phrase end at token ``k``: punctuation, a complementiser, a time or a
        circumstance ("في تصريح")?"""
        if k >= len(self.toks):
            return True
        t = self.toks[k]
        return (t.is_punct or t.norm in self.comp or self.time_at(k)
                or (t.norm in self.circ_prep and k + 1 < len(self.toks)
                    and self.toks[k + 1].norm.removeprefix("ال") in self.circ_noun))

    def _quoted_name(self, start: int) -> tuple[int, int] | None:
        """A speaker in quotation marks right after the verb: وذكر "كيري" في مقابلة، أنه. A quote
        of up to three words that a complement, an adverbial, a comma or a colon follows names
        the speaker; a quotation that runs on is direct speech."""
        n = len(self.toks)
        if start >= n or self.toks[start].word.text not in QUOTES:
            return None
        close = self.short_quote_end(start, longest=QUOTED_BODY_WORDS)
        if close is None or close >= n or close - start < 3:
            return None
        after = self.toks[close]
        # a name's own preposition is glued to the next word: "«المرصد السوري لحقوق الإنسان»"
        if not all(self.toks[k].upos in ("PROPN", "NOUN", "ADJ", "X")
                   or (self.toks[k].upos == "ADP" and self.toks[k + 1].glued) for k in range(start + 1, close - 1)):
            return None
        # a complementiser after it ("وقال «المرصد السوري لحقوق الإنسان» إن") leaves no doubt,
        # however long the name; otherwise three words at most
        complement = after.norm in self.comp
        if close - start - 2 > QUOTED_NAME_WORDS and not complement:
            return None
        if after.norm in ("،", ",", ":") or complement or self._opens_adverbial(close) or after.norm in self.time:
            return start + 1, close - 1     # ... or a colon before the statement: وقال "الزوي": "..."
        if self._owned_object(close):
            return start + 1, close - 1     # أعلنت "جبهة النصرة" موافقتها على: her consent, what she announced
        return None

    def _owned_object(self, j: int) -> bool:
        """A noun carrying a possessive pronoun at ``j``, what the verb reports ("موافقتها"، "رفضه"،
        "تأييدهم"), not one who speaks ("متحدثها")."""
        return (j + 1 < len(self.toks) and self.toks[j].upos == "NOUN" and not self.speaker_noun(self.toks[j].norm)
                and self.toks[j + 1].glued and self.toks[j + 1].upos == "PRON")

    def _body_noun(self, norm: str) -> bool:
        """A body or an occasion whose name is quoted after it (شركة "X"، صحيفة "X"، معرض "X"); after an office
        ("وقال الوزير "...") a quotation is what is said."""
        return (norm in self.lex.named_bodies or "ال" + norm in self.lex.named_bodies
                or norm.removeprefix("ال") in self.lex.word_class("titled_by_quote"))   # لمعرض «...»

    @staticmethod
    def _singular(norm: str) -> str:
        """A dual in construct as its singular, for looking it up: "صحيفتا" -> "صحيفه"."""
        return norm[:-2] + "ه" if norm.endswith("تا") and len(norm) > 4 else norm

    def _body_adjective(self, j: int) -> bool:
        """The quotation at ``j`` follows an adjective of a body ("حركة المقاومة الإسلامية "حماس""،
        "المنظمة الدولية «أطباء بلا حدود»") and names it: no preposition after its close but the
        report's عن or ل, which would make it what the verb governs ("من حزب العمال الكردستاني
        «إخراج قواعده» من")."""
        prev = self.toks[j - 1]
        if prev.upos != "ADJ" or not any(k >= 0 and self._body_noun(self._singular(self.toks[k].norm))
                                         for k in (j - 2, j - 3)):
            return False
        close = self.short_quote_end(j)
        # (عن and ل after it are whom the report comes from or goes to: "نقل موقع هيئة الإذاعة
        # البريطانية "بي بي سي" عن الوزير")
        return close is not None and close < len(self.toks) and (
            self.toks[close].upos != "ADP" or self.toks[close].norm in ("عن", "ل"))

    def through_appositive(self, j: int) -> int:
        """The end of a speaker phrase ending at ``j``, past a name set off by commas after it:
        "وزير الخارجية العراقي، فؤاد حسين، على أن"، "وحسب السفير السابق، أورن، فإن"."""
        if j < len(self.toks) and self.toks[j].norm in ("،", ",") and self._appositive_name(j + 1) \
                and self.phrase_end(j + 1, "discourse_marker") is None:     # "الديلمي، من جهة أخرى، أن"
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
        if nxt is not None and nxt.norm in ("بن", "ابن", "بنت") and not nxt.glued:
            return True     # a first name before its father's: "الدكتور عزام بن محمد الدخيل"
        if t.upos == "VERB":
            # a first name read as a verb counts only right before a surname that closes the phrase;
            # one with ال only right after the reporting verb ("وأوضح رأفت الصباغ، المتحدث باسم") or
            # a listed one after a quoted name ("مدير «فنون أبها» أحمد السروي أن")
            after = self.toks[k + 2] if k + 2 < len(self.toks) else None
            listed = self.first_name_gender(t) is not None
            after_quote = prev.word.text in QUOTES and listed
            # a listed first name takes any surname the tagger misreads ("أحمد كامل": a number) and
            # may end the phrase before a circumstance ("أحمد كامل في تصريحات بأنه")
            return (nxt is not None and not nxt.glued
                    and (not nxt.norm.startswith("ال") or self.verb_cue(prev) is not None or after_quote)
                    and (nxt.upos in ("NOUN", "PROPN", "X") or (listed and nxt.upos in ("NUM", "ADJ")))
                    and (after is None or after.is_punct or after.norm in self.comp or after.norm in self.filler
                         or (listed and (self.speaker_noun(after.norm) or self._circumstance_at(k + 2)))))
        if (self.first_name_gender(t) is not None and prev.norm.startswith("ال")
                and prev.norm[2:] in self.lex.person_nouns
                and (nxt is None or nxt.is_punct or nxt.norm in self.comp or nxt.upos == "ADP")):
            return True     # a listed first name alone after a title: "كشف الوزير أحمد عن"
        if nxt is None or nxt.is_punct or nxt.norm in self.comp:
            # the surname closing the phrase after a first name: "نائب الرئيس خالد بحاح،"
            return prev.upos == "PROPN" and not prev.norm.startswith("ال")
        return (not nxt.glued and (nxt.upos in ("NOUN", "PROPN", "ADJ", "X") or (nxt.upos == "VERB" and self.verb_in_name(k + 1)))
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
        if prev.upos == "PROPN" and not prev.norm.startswith("ال") and nxt.upos in ("PROPN", "X"):
            return True
        if prev.upos == "PROPN" and not prev.norm.startswith("ال") and self.first_name_gender(prev) is None:
            return False    # (a listed first name: the tests below decide, as for one tagged otherwise)
        if (self.first_name_gender(prev) is not None and after is not None and not VERBAL_NOUN.match(nxt.norm)
                and (after.norm.removeprefix("ال") in self.lex.person_nouns or after.norm in ("،", ","))):
            return True     # a listed first name, whatever its tag, then a family name in با and his
                            # title: "أكد عادل ب + احميد محافظ محافظة حضرموت" (not "بتشكيل لجنة")
        if j >= 2 and self.speaker_noun(self.toks[j - 2].norm) and self.toks[j - 2].norm.startswith("ال") \
                and not prev.norm.startswith("ال") and not self.speaker_noun(prev.norm) and not prev.is_punct \
                and prev.upos != "ADP" and nxt.norm not in self.comp:
            return True     # a title, a first name, then a surname: "الدكتور مصطفى ب + لجون" 
        if (after is not None and after.upos == "PROPN" and not after.norm.startswith("ال") and not after.glued
                and self.definite(j - 1) and j + 3 < n and self._name_boundary(j + 3)
                and any(self.speaker_noun(self.toks[k].norm) for k in range(max(0, j - 3), j))):
            return True     # an office, then first and family name before the complement: "وزير
                            # الداخلية ب + رنار كازنوف إلى أن" (a preposition's object is no name)
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
                or self.toks[j].norm in self.comp or self._circumstance_at(j) \
                or (self.toks[j].norm == "من" and self._own_place_after(j)):     # "من منزله العائلي"
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
