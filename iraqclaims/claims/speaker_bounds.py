"""Where a speaker phrase ends: the words that close a subject (punctuation, a complementiser, a
time, an object, a clause about the speaker) and those that let it run on (a title's place or
preposition; the names it leads to are :mod:`.names`)."""
from __future__ import annotations

import re

from ..lexicon import month_numbers
from ..normalize import marbuta_forms, strip_diacritics
from .phrase_breaks import SOUND_PLURAL_LETTERS, TANWIN_FATH, PhraseBreaks
from .tokens import MAX_SPEAKER_WORDS, NISBA_ENDINGS, QUOTES, RELATIVE_PRONOUNS, RESUMPTIVE

TITLE_REACH = 4          # words before a title's preposition in which the title may stand
TITLE_PLACE_REACH = 8    # tokens after ب in which a role's place must reach the complement
# participles in the accusative, its tanwin unwritten: مفاعلا (مخاطبا), مفعلا (مستندا is مستفعلا)
PARTICIPLE_ACCUSATIVE = re.compile(r"^(م[^ا]ا[^ا]{2}|م[^ا]{3}|مست[^ا]{3}|مت[^ا]{3})ا$")


def _elative(word: str) -> bool:
    """أفعل without ال ("أحدث"، "أبرز"، "أغلب"): it takes a genitive ("أحدث المعلومات")."""
    return len(word) == 4 and word.startswith("ا") and "ا" not in word[1:]


class SpeakerBounds(PhraseBreaks):
    """The edges of speaker phrases, for :class:`~.speaker_phrases.SpeakerPhrases`."""

    def speaker_end(self, start: int, until: int | None = None) -> int:
        """Where a speaker phrase opening at ``start`` ends: the first token that
        :meth:`stops_speaker`, or ``until`` (default: the end of the sentence)."""
        until = len(self.toks) if until is None else until
        k = start
        while k < until and not self.stops_speaker(k):
            k += 1
        return k

    def stops_speaker(self, j: int) -> bool:
        """Does the speaker phrase end before token ``j`` (punctuation, a complementiser, a time,
        a preposition opening a circumstance, an object, a verb that is not part of a name)?"""
        t = self.toks[j]
        if t.abbreviation or self._joined_nisbas(j):
            return False        # a title written short ("أ.د."), whatever the tagger calls its letter
        if t.is_punct or t.norm in self.comp or t.norm in self.filler - {"ما"} \
                or t.norm in self.lex.word_class("predicate_particle") or t.norm in self.lex.word_class("clause_opener") \
                or t.norm in self.lex.word_class("idiom_object"):
            return True
        if self.accusative_participle(j):
            return True         # how he spoke: "وقال بحر مخاطباً الأهالي"
        if j > 0 and (t.norm in self.lex.attribution_openers or t.norm.removeprefix("و") in self.lex.attribution_openers):
            return True         # the source of the report: "وشدد السفير وفقاً لما نقلته الوكالة على"
        if t.norm == "عبر" and j + 1 < len(self.toks) and (self.toks[j + 1].word.text in QUOTES
                                                           or self.toks[j + 1].norm.startswith("ال")):
            return True         # the channel: "دعا العقيد محمد السعد عبر «عين اليوم» جميع الأشقاء"
        if self.time_at(j) or self.phrase_end(j, "discourse_marker") is not None or self.addressee_at(j) is not None \
                or self.anonymity_end(j) is not None:
            return True
        nxt = self.toks[j + 1].norm if j + 1 < len(self.toks) else ""
        if t.norm == "مع" and nxt in self.comp:
            return True     # "مع أن": although, a clause of the writer's
        if j > 0 and t.norm in ("حول", "بخصوص") and nxt != "العالم":
            return True     # what he spoke about: "وقال هادي البحرة حول ما يشاع إن" (not "حول العالم")
        if j > 0 and (t.norm in ("اي", "عدم") or (t.norm in ("ل", "ب") and nxt == "عدم")
                      or (t.norm == "من" and self._own_place_after(j))):
            return True     # "نفى المتهمون أي ضلوع"، "انتقدت الولايات المتحدة لعدم قيامها"، "قال سالوبيك من منزله"
        # as written, not normalised: the name علي and the preposition على normalise alike
        # ("آية الله علي خامنئي")
        if strip_diacritics(t.word.text) in ("إلى", "الى", "على", "عن", "أمام") and not self._title_preposition(j):
            return True     # "أمام" as written ("قال الوزير أمام البرلمان"); the imam is إمام
        if t.norm in RELATIVE_PRONOUNS or (t.norm in ("من", "ما") and j + 1 < len(self.toks)
                                           and self.toks[j + 1].upos == "VERB"):
            return True     # "وانتقد الوزير من يحاولون ...": من / ما before a verb open the object
        if t.norm == "و" and j + 1 < len(self.toks) and self.toks[j + 1].glued and self.toks[j + 1].norm in ("هو", "هي", "هم"):
            return True     # "النائب سامي وهو أكبر عضو في اللجنة": a clause about the speaker
        if t.norm in ("و", "ف") and j + 1 < len(self.toks) and self.toks[j + 1].glued \
                and self.verb_cue(self.toks[j + 1]) is not None:
            return True     # "وانتقد الوزير القرار وقال إنه": a second verb, its own clause
        if t.norm == "ف" and (nxt in self.comp or (j + 1 < len(self.toks) and self.toks[j + 1].glued)):
            return True     # "وحسب الوزير فإن": the complementiser with its ف; "دخل الوزير فالتفت": a new clause
        if t.norm == "ب" and nxt == "اسم" and j + 2 < len(self.toks) and self.toks[j + 2].glued \
                and self.toks[j + 2].upos == "PRON":
            return True     # "أعرب الملك باسمه واسم شعبه": in whose name he speaks, not his title
        if t.norm == "ب" and nxt not in ("اسم",) and not self._split_name(j) and not self._located(nxt) \
                and not self._title_place(j) and not self._spokesman_before(j) and not self._title_preposition(j):
            return True
        # "في كلمته أمام"، "مع تصاعد المظاهرات"، "في ذلك"، "في يناير"
        if self._circumstance_at(j) or (t.norm in self.circ_prep and (
                nxt in self.time or nxt in month_numbers() or nxt in self.lex.word_class("demonstrative")
                or nxt in ("اكثر", "اقل")      # "في أكثر من مناسبة": how often
                or (j + 1 < len(self.toks) and self.time_at(j + 1))
                or (j + 1 < len(self.toks) and self.toks[j + 1].upos == "NUM"))):
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
        if t.norm in self.lex.word_class("temporal_preposition") and (nxt in self.comp or t.norm == "منذ"):
            return True             # "وقال الوزير بعد أن التقى نظيره إن": when he said it; "منذ" opens a time
        if t.norm == "من" and nxt in ("خلال", "بين"):
            return True             # "أوضحت الوزارة من خلال حسابها"، "ذكر الوزير من بين التدخلات"
        if t.norm == "من" and j + 1 < len(self.toks) and (self._verbal_noun(j + 1) or nxt in self.comp):
            return True             # "وحذر الوزير من انهيار الاتفاق"، "حذرت مؤسسات من أن": what one warns of
        # (a name in ون read as a proper noun, "كلينتون", may take a title after it: only a kind of
        # speaker counts then, "ناشطون")
        if (prev is not None and (prev.upos in ("NOUN", "ADJ") or self.speaker_noun(prev.norm))
                and len(prev.norm) >= SOUND_PLURAL_LETTERS
                and prev.norm.endswith("ون") and not prev.norm.startswith("ال")
                and (t.norm.startswith("ال") or t.norm in self.lex.word_class("demonstrative"))
                and t.norm not in RELATIVE_PRONOUNS):
            return True             # "ووصف ناشطون الوضع"، "وأرجع مصرفيون هذا الارتفاع": an indefinite plural in ون takes no definite
                                    # word after it (in construct it drops its ن), so one opens the object
        if prev is not None and self._definite_verbal_noun_after_definite(j):
            return True             # "ورفض الوزير الاقتراح"، "ورفض المولد الالتحاق بالاتحاد": the object
        if (prev is not None and t.norm in self.lex.word_class("denied_object") and not prev.is_punct
                and (self.definite(j - 1) or prev.upos in ("ADJ", "PROPN") or self._family_name(j - 1))
                and not _elative(prev.norm) and not self._construct_speaker(j - 1)):
            return True             # "نفت الخارجية الإيرانية الأنباء التي"، "استنكرت الأمانة العامة للمنظمة
                                    # تصريحات الوزير": what is denied, not who denies (but "وكالتا الأنباء")
        if t.upos == "VERB" and j > 0 and self.toks[j - 1].norm in self.lex.word_class("place_noun"):
            return False            # "أمين منطقة تبوك": a place name after its noun, whatever its tag
        if t.upos == "VERB" and strip_diacritics(t.word.text).endswith("ة"):
            return False            # no verb ends in ة: "مصادر يمنية" (the tagger read يمنية as a verb)
        if self.nisba_after_source(j):
            return False            # "صرح مصدر يمني مطلع": the masculine of يمنية, an adjective of the source
        if t.upos == "VERB" and self.speaker_noun(t.norm):
            return False            # "وأشاد تيار الاستقلال": a listed body or office, whatever its tag
        if t.upos == "VERB" and self.verb_cue(t) is None and t.norm not in ("طلب", "رفض", "فضل"):
            prev = self.toks[j - 1] if j > 0 else None
            if nxt in self.comp or self.verb_in_name(j):
                return False
            if prev is not None and self.verb_cue(prev) is not None and (self.first_name_gender(t) is not None or nxt == ":"):
                return False        # a listed first name, or one word before a colon, right after the
                                    # reporting verb: "وأضاف يحيى "..."", "وقال يعلون: "...""
            if prev is not None and (prev.upos in ("PROPN", "NOUN", "ADJ") or self.verb_cue(prev) is not None
                                     or (prev.glued and prev.norm in RESUMPTIVE) or prev.word.text in QUOTES) and (
                    self._first_name(j, len(self.toks)) or nxt in ("بن", "ابن", "بنت")
                    or (self.first_name_gender(prev) is not None and self.first_name_gender(t) is not None)):
                return False        # "رئيس الوزراء تمام سلام،"، "عادل بن أحمد"، "ما أشار إليه رأفت مرة عضو
                                    # القيادة"، "السفير علاء يوسف المتحدث"، "مدير «فنون أبها» أحمد السروي":
                                    # a first name read as a verb
            return True
        return False

    def _construct_speaker(self, k: int) -> bool:
        """An office or body in construct at ``k``, which takes the next word as its genitive:
        indefinite, or a dual in construct ("وكالتا الأنباء"); not a state's name ("روسيا")."""
        t = self.toks[k]
        singular = self._singular(t.norm)
        return self.speaker_noun(singular) and (singular != t.norm or (t.upos == "NOUN" and not t.norm.startswith("ال")))

    def _own_place_after(self, j: int) -> bool:
        """A place carrying a possessive pronoun after "من" at ``j`` ("من منزله"، "من مكتبها";
        lexicon class ``own_place``): where the speaker spoke from, not part of who he is ("مسؤول
        من حزبه" is). The tokenizer may leave the pronoun on the word."""
        if j + 1 >= len(self.toks):
            return False
        word, places = self.toks[j + 1].norm, self.lex.word_class("own_place")
        if j + 2 < len(self.toks) and self.toks[j + 2].glued and self.toks[j + 2].upos == "PRON":
            return any(f in places for f in marbuta_forms(word))
        return any(word.endswith(p) and any(f in places for f in marbuta_forms(word[:-len(p)])) for p in RESUMPTIVE)

    def _joined_nisbas(self, j: int) -> bool:
        """A dash at ``j`` between two definite nisbas makes one adjective: "رئيس لجنة الحوار
        اللبناني - الفلسطيني"، "القمة الأمريكية - الخليجية"."""
        if not (self.toks[j].norm in ("-", "–") and 0 < j < len(self.toks) - 1):
            return False
        return all(t.norm.startswith("ال") and t.norm.endswith(NISBA_ENDINGS) and not t.glued and len(t.norm) >= 5
                   for t in (self.toks[j - 1], self.toks[j + 1]))

    def accusative_participle(self, j: int) -> bool:
        """A participle in م written with the accusative's tanwin after the speaker ("مخاطباً"،
        "مخاطبًا"), or shaped مفاعلاً/مفعلاً right after the verb: a circumstance of how he spoke,
        not part of who he is; after a number the accusative counts ("مداهمة 140 منزلًا")."""
        t = self.toks[j]
        if j > 0 and self.verb_cue(self.toks[j - 1]) is not None and PARTICIPLE_ACCUSATIVE.match(t.norm) \
                and t.upos != "PROPN" and not self.speaker_noun(t.norm):
            return True     # right after the verb, its tanwin unwritten: "وأضاف مخاطبا رئيس الوزراء"
        return (j > 0 and t.norm.startswith("م") and not t.glued and self.toks[j - 1].upos != "NUM"
                and not self.toks[j - 1].norm.isdigit() and t.word.text.endswith((TANWIN_FATH, TANWIN_FATH + "ا")))

    def _family_name(self, k: int) -> bool:
        """The word at ``k`` follows a listed first name ("سلطان فيضي"): a family name, whatever
        the tagger calls it, so it takes no genitive."""
        return k > 0 and self.first_name_gender(self.toks[k - 1]) is not None and not self.speaker_noun(self.toks[k].norm)

    def nisba_after_source(self, j: int) -> bool:
        """A word in ي the tagger reads as a verb right after an indefinite speaker noun: a nisba
        adjective of it ("مصدر يمني"، "مسؤول تركي"), not a verb or an object."""
        t = self.toks[j]
        return (t.upos == "VERB" and t.norm.endswith("ي") and len(t.norm) >= 4 and j > 0 and not t.glued
                and self.speaker_noun(self.toks[j - 1].norm) and not self.definite(j - 1))

    def _located(self, word: str) -> bool:
        """After ب, a place or a body locates the speaker: "مصادر في المقاومة بمحافظة مأرب"،
        "مصدر بوزارة الداخلية"."""
        return word.removeprefix("ال") in self.lex.locating_nouns

    def _spokesman_before(self, j: int) -> bool:
        """A spokesman speaks for the body after ب, whatever it is ("المتحدث الرسمي بجوازات منطقة
        عسير العقيد ..."): a spokesman noun (lexicon class ``spokesman``) with at most one
        adjective before ``j``."""
        nouns = self.lex.word_class("spokesman")
        after = self.toks[j + 1].norm if j + 1 < len(self.toks) else ""
        # "الناطقة بلسان جماعة": on whose tongue it speaks, a complement or not
        return (any(self.toks[k].norm.removeprefix("ال") in nouns for k in range(max(0, j - 2), j))
                and (after == "لسان" or self._complement_within(j + 2, MAX_SPEAKER_WORDS)))

    def _title_place(self, j: int) -> bool:
        """After a role, ب with a definite word or a name ("مدير جمعية الثقافة والفنون بالباحة علي
        البيضاني أن"، "عضو النادي الأدبي بالطائف إلى أن"، "أمين المنطقة الشرقية بالإنابة المهندس
        جمال الملحم أمس أن") is where or how the speaker holds it, when the complement follows
        within a few words and no verb or punctuation stands between. "ومضت المصادر بالقول إن" is
        the way of saying."""
        nxt = self.toks[j + 1] if j + 1 < len(self.toks) else None
        if nxt is None or not (nxt.norm.startswith("ال") or nxt.upos == "PROPN" or nxt.norm in self.lex.word_class("city_name")) \
                or nxt.norm in self.filler \
                or not any(self.speaker_noun(self.toks[k].norm) for k in range(max(0, j - 6), j)):
            return False
        return self._complement_within(j + 2, TITLE_PLACE_REACH - 2)

    def _complement_within(self, start: int, reach: int) -> bool:
        """Does a complement follow within ``reach`` tokens of ``start``, with no verb, participle or
        punctuation (but the commas before it) between?"""
        for k in range(start, min(len(self.toks), start + reach)):
            if self.complement_follows(k):
                return True
            t = self.toks[k]
            participle = t.norm in self.lex.participles and self.toks[k - 1].upos != "ADP"   # not "بمتابعة"
            if t.is_punct or t.upos in ("VERB", "AUX") or t.norm in self.comp or participle:
                return False    # "رحب المتحدث بالزيارة قائلا إن": the verb's own ب, then a participle
        return False

    def _title_preposition(self, j: int) -> bool:
        """Is the preposition at ``j`` part of a title ("المشرف على الفعاليات"، "نائب المشرف العام
        على المجمع")? Only when a complement follows the phrase, so the speaker reaches a name."""
        titles = self.lex.word_class("title_with_preposition")
        # the title may carry its genitive and adjectives: "مبعوث الأمم المتحدة الخاص إلى اليمن"
        titled = False
        for k in range(j - 1, max(-1, j - TITLE_REACH - 1), -1):
            t = self.toks[k]
            if t.is_punct or t.upos in ("VERB", "AUX") or t.norm in self.comp:
                break
            if t.norm in titles:
                titled = t.norm not in self.lex.word_class("title_sent_to") or self.toks[j].norm in ("الي", "لدي")
                break
        # "وأعرب المسؤول عن قلقه (من أن)": a noun with a pronoun, or no complement ahead, and عن
        # is the verb's; a title's preposition governs a definite noun ("المسؤول عن الملف"), or
        # one made definite by its genitives ("الصادر عن مكتب رئيس الوزراء")
        governed = self.toks[j + 1] if j + 1 < len(self.toks) else None
        if governed is None or (j + 2 < len(self.toks) and self.toks[j + 2].glued and self.toks[j + 2].upos == "PRON"):
            return False
        k = j + 1
        # (the first word is glued to a clitic preposition: "الخاص بإنقاذ اليمن")
        while k < len(self.toks) and k - j <= 3 and not self.toks[k].norm.startswith("ال") \
                and self.toks[k].upos == "NOUN" and (not self.toks[k].glued or k == j + 1):
            k += 1
        if k >= len(self.toks) or not (self.toks[k].norm.startswith("ال") or self.toks[k].upos == "PROPN"):
            return False            # (a name is definite: "نائب الحزب عن مدينة إسطنبول")
        return titled and any(self._complement_or_named_object(j, k) for k in range(j + 2, min(len(self.toks), j + 14))
                              if not any(self.toks[m].norm in (".", "؟", "!") for m in range(j, k)))

    def _complement_or_named_object(self, j: int, k: int) -> bool:
        """A complement at ``k``; or, once the title's holder is named after the preposition at
        ``j``, the verb's own preposition ("وطالب النائب عن كتلة المواطن محمد اللكاش باستقدام"،
        "وأثنى مبعوث الأمم المتحدة الخاص إلى اليمن إسماعيل ولد الشيخ أحمد على الدور")."""
        if self.complement_follows(k):
            return True
        return (k + 1 < len(self.toks) and self.toks[k].norm in self.content_prep and not self.toks[k + 1].is_punct
                and any(self.toks[m].upos == "PROPN" or self.first_name_gender(self.toks[m]) for m in range(j + 2, k)))


    def past_pronoun_subject(self, j: int) -> int:
        """Past an honorific carrying a pronoun at ``j`` ("وشدد معاليه على"): it is the verb's
        implicit subject, not content. A complementiser with its pronoun ("أنها", which the
        tagger may call a pronoun) opens the content instead. "فيه" pointing back to a statement
        ("بيانا دعا فيه الحكومة إلى") is neither."""
        n = len(self.toks)
        if j < n and self.toks[j].norm in self.comp:
            return j
        if j + 1 < n and self.toks[j].norm == "في" and self.toks[j + 1].glued and self.toks[j + 1].norm in RESUMPTIVE:
            j += 2
        if j + 1 < n and self._pronoun_only(j, j + 2):
            return j + 2
        if j < n and self._pronoun_only(j, j + 1):
            return j + 1
        return j

    def _pronoun_only(self, a: int, b: int) -> bool:
        """"معاليه"، "سموه"، "جلالته": an honorific carrying a pronoun points back to someone
        named earlier, like a verb without a subject."""
        toks = self.toks[a:b]
        if len(toks) == 1:     # the tokenizer may leave "معاليه"، "سموه" whole
            return toks[0].upos == "PRON" or any(toks[0].norm.endswith(p) and self._honorific(toks[0].norm[:-len(p)])
                                                 for p in ("هما", "هم", "ها", "ه"))
        return len(toks) == 2 and toks[1].glued and toks[1].upos == "PRON" and self._honorific(toks[0].norm)
