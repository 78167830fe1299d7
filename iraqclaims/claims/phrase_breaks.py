"""Where one noun phrase must end and the next begin inside a speaker phrase read forward: a
definite noun cannot head a construct, a name is definite, an adjective takes no genitive, so what
follows them opens the verb's object. For :class:`~.speaker_bounds.SpeakerBounds`."""
from __future__ import annotations

from ..normalize import strip_diacritics
from .names import NameParts
from .tokens import MAX_SPEAKER_WORDS, NISBA_ENDINGS, QUOTES, TAFAUL, VERBAL_NOUN, _broken_plural

SOUND_PLURAL_LETTERS = 6  # a plural in ون this long is a sound plural (ناشطون), not فعول (شؤون، قانون)
SEVERAL = "عده"           # عدّة, a quantifier before its noun, an adjective after it
TANWIN_FATH = "\u064b"     # the accusative written on a word that takes no alif for it ("نداءً")


class PhraseBreaks(NameParts):
    """Phrase edges between a subject and the object after it."""

    def _title_before(self, j: int) -> bool:
        """An office or role earlier in the phrase that ends before ``j`` (back to the verb or a
        punctuation mark): "رئيس لجنة الأمن والدفاع في مجلس النواب العراقي حاكم الزاملي"."""
        for k in range(j - 1, max(-1, j - MAX_SPEAKER_WORDS - 4), -1):
            t = self.toks[k]
            if t.upos in ("VERB", "AUX") or (t.is_punct and t.word.text not in QUOTES):
                return False
            if self._title_noun(t.norm):
                return True
        return False

    def _names_a_genitive(self, k: int) -> bool:
        """The word at ``k``, whatever its tag, may take a definite word after it: a first name
        before its family name ("ياسر الزعاترة"), a name particle ("عبد الرحمن"), or a body, office
        or place the tagger calls a proper noun ("مجلس النواب"، "محافظة الأنبار")."""
        t = self.toks[k]
        return self._name_or_title(t) or t.norm.removeprefix("ال") in self.lex.word_class("place_noun")

    def _name_or_title(self, t) -> bool:
        """A word that may stand inside a speaker's name or title whatever its tag: a name particle
        ("عبد")، a listed first name, a kind of speaker or an office."""
        return (t.norm in self.lex.word_class("name_particle") or self.first_name_gender(t) is not None
                or self.speaker_noun(t.norm) or self._title_noun(t.norm))

    def _verbal_noun(self, j: int) -> bool:
        """A derived verbal noun at ``j``, with or without ال ("انهيار"، "التصويت"، "الاقتراب"),
        that names no body: not مفاعلة nor a word in ة (as often an adjective or a body:
        "المقاومة"), nor a broken plural written أفعال."""
        t = self.toks[j]
        if self.report_object_at(j):
            return True
        bare = t.norm.removeprefix("ال")
        return (t.norm.startswith("ال") and not t.glued and bool(VERBAL_NOUN.match(bare) or TAFAUL.match(bare))
                and not bare.startswith("م") and not bare.endswith("ه")
                and not self.speaker_noun(t.norm) and not _broken_plural(strip_diacritics(t.word.text)[2:]))

    def _definite_verbal_noun_after_definite(self, j: int) -> bool:
        """A definite derived verbal noun ("الاقتراح"، "الالتحاق"، "التفجير") right after a
        definite noun ("ورفض الوزير الاقتراح"، "أدان البرلمان العربي التفجير"): the two are no
        construct (the first would have no ال) and a verbal noun is no adjective, so the verb's
        object starts here, whatever the tagger says. A broken plural written أفعال ("الأتراك")
        is no verbal noun."""
        t, prev = self.toks[j], self.toks[j - 1]
        return (t.norm.startswith("ال") and self._verbal_noun(j)
                and self.definite(j - 1) and prev.upos in ("NOUN", "PROPN", "ADJ"))

    def _starts_new_phrase(self, j: int) -> bool:
        """Where a subject noun phrase must have ended: after a definite noun, another definite
        common noun is an object or a second argument ("دعا المجتمعون الحكومة"), since a word
        with ال cannot head a construct; a noun carrying a possessive pronoun after a subject is
        the object ("وكررت الولايات المتحدة تأكيدها أنها")."""
        t, prev = self.toks[j], self.toks[j - 1]
        if prev.in_quote or t.in_quote or prev.word.text in QUOTES:
            return False
        definite = t.norm.startswith("ال") and t.upos == "NOUN" and not t.norm.endswith(NISBA_ENDINGS)
        if definite and prev.upos in ("NOUN", "PROPN") and prev.norm.startswith("ال"):
            return True
        # a body named by its kind right after the verb names no one after it: what follows is the
        # object, an office the tagger made an adjective ("وانتقدت الصحيفة الوزير") or a person's
        # name ("وانتقد التلفزيون أوباما"). Deeper in a phrase the name is a title holder's
        # ("مدير المرصد رامي"، "السكرتير العام لحزب الوفد المستشار بهاء")
        body_after_verb = (j >= 2 and self.toks[j - 2].upos == "VERB" and prev.upos == "NOUN"
                           and prev.norm.startswith("ال") and prev.norm in self.lex.named_bodies)
        if body_after_verb and t.upos == "ADJ" and t.norm.startswith("ال") and self._title_noun(t.norm):
            return True
        if body_after_verb and t.upos == "PROPN" and not t.norm.startswith("ال") and not t.glued:
            return True
        if j > 1 and self.document_at(j) and (t.norm.endswith("ا") or t.word.text.endswith(TANWIN_FATH)) and not t.glued:
            return True             # "وأصدرت القائمة ... بياناً"، "أطلق المستشار نداءً": a document in the accusative is the object
        if self._construct_after_definite(j):
            return True             # "ونقلت الصحف تأكيد الرئيس"، "وانتقدت الجبهة خطة تركيا"
        if self._noun_after_indefinite_plural(j) or self._noun_after_definite_adjective(j):
            return True             # "واعتبر مراقبون زيارة بحاح"، "وتتهم ... الولايات المتحدة النظام السوري"
        if self._after_definite_plural(j):
            return True             # "وأصدر المشاركون بيانا"، "وأعلن الانقلابيون حالة الطوارئ"
        if self._construct_after_nisba(j):
            return True             # "وأكدت مصادر طبية حصيلة الهجومين"
        if (definite and t.norm not in self.lex.word_class("name_second") and (
                (self._capital(prev.norm) and (not prev.glued or self.toks[j - 2].norm in ("و", "ف")))
                or (prev.upos == "PROPN" and not prev.glued and not self.speaker_noun(t.norm)
                    and not self._names_a_genitive(j - 1)))):
            return True             # "وانتقد هورموزلو السياسات التي": a name is definite, so a definite
                                    # common noun after it is no genitive of it but the object
        if (prev.upos == "ADJ" and self.definite(j - 1) and t.upos == "NOUN" and not self.definite(j) and not t.glued
                and not self._name_or_title(t) and t.norm not in self.lex.word_class("possessor")
                and not self._title_before(j)):
            return True             # "كشفت مجلة «دير شبيغل» الألمانية ملفات سرية": an indefinite noun takes
                                    # no place after a definite adjective; it opens the object. After a title
                                    # ("الرئيس التركي رجب طيب") it is more often a name the lexicon lacks
        if t.norm in self.lex.word_class("quantifier") and (prev.upos in ("PROPN", "ADJ") or prev.norm.startswith("ال")) \
                and not (t.norm == SEVERAL and not self.definite(j - 1)):
            return True             # "ودعا الائتلاف الوطني جميع المناضلين": a quantifier opens the object
                                    # ("مجموعات مقاتلة عدة": after an indefinite word عدة is its adjective)
        if t.norm in self.lex.word_class("demonstrative") and (prev.upos == "PROPN" or prev.norm.startswith("ال")
                                                               or self._nisba(j - 1) or self._noun_with_pronoun(j - 1)):
            return True             # "واعتبر أورن هذا التصريح خطيرا": a name, "الوزير" or an adjective
                                    # ("واعتبرت أوساط محلية هذه المساعي") then the object
        # an adjective of "المجتمعون" would agree with it (…ون); "المجتمعون الحكومة" is two phrases.
        # "الشؤون" ends in ون as written without its hamza, but is a broken plural ("الشؤون الصحية")
        # "البنتاغون" is a name that ends in ون; a masculine singular adjective ("التلفزيون السوري")
        # shows the word is a singular that ends in ون, not a plural
        if (t.norm.startswith("ال") and self._definite_sound_plural(j - 1)
                and not t.norm.endswith(("ون", "ين")) and t.upos in ("NOUN", "ADJ")
                and not (t.upos == "ADJ" and strip_diacritics(t.word.text).endswith("ي"))):   # not "القوى"
            return True
        if (prev.upos == "PROPN" and not self.speaker_noun(prev.norm) and t.upos == "NOUN"
                and t.norm not in self.lex.word_class("name_particle")
                and t.norm not in self.lex.word_class("genitive_adjective")     # "مسؤول سوداني رفيع المستوى"
                and not (self._title_noun(t.norm) and self._complement_within(j + 1, MAX_SPEAKER_WORDS))
                and not t.norm.startswith("ال") and not t.glued
                and j + 1 < len(self.toks) and self.toks[j + 1].upos in ("NOUN", "PROPN")
                and self.toks[j + 1].norm.startswith("ال") and not self._first_name_after_title(j - 1)):
            return True                # "كرر ظريف موقف روحاني": a name, then its object (not "مجلس إسناد";
                                       # nor "العميد محمد ارشيد المواجدة": a first name after a title goes on)
        if (self._never_a_name(t.norm) and not t.glued and not prev.glued and not self.speaker_noun(prev.norm)
                and (self.first_name_gender(prev) is not None
                     or (prev.upos == "PROPN" and j >= 2 and self.first_name_gender(self.toks[j - 2]) is not None))):
            return True                # "وانتقد المسؤول فلاح مصطفى قرار الحزب": a person's name, then an order or a place
        if self._feminine_plural_after_masculine(j):
            return True                # "وطالب الوزير الهيئات الدولية"، "استنكرت منظمة التعاون الإسلامي التصريحات"
        if self._capital(t.norm) and self._capital(prev.norm) and not prev.glued:
            return True                # "واتهمت واشنطن إيران بتمويل": two states are two phrases
        if (self._capital(prev.norm) and not prev.glued and t.upos == "NOUN" and not self.definite(j)
                and not t.glued and self.first_name_gender(t) is None
                and t.norm not in self.lex.word_class("name_particle") and not self.time_at(j)):
            return True                # "وأرسلت واشنطن قوات": a state takes no genitive
        if self._capital(t.norm) and self._person_named_before(j):
            return True                # "اتهم الرئيس التركي رجب طيب اردوغان أوروبا": a titled name, then a state
        nxt = self.toks[j + 1] if j + 1 < len(self.toks) else None
        if (t.upos == "NOUN" and not t.glued and not self.definite(j) and not self._name_or_title(t)
                and not self.time_at(j) and nxt is not None and nxt.upos == "ADJ"
                and not nxt.glued and not self.definite(j + 1) and self._person_named_before(j)):
            return True                # "بدأ الرئيس باراك أوباما حملة شاملة": a titled name, then a noun and its adjective
        # a noun with its possessive opens the object ("انتقد الوزير قرارها"), except as the genitive
        # of an office written without ال, which it makes definite: "وزير خارجيته"، "رئيس حكومتها"
        return (t.upos == "NOUN" and nxt is not None and nxt.glued and nxt.upos == "PRON"
                and prev.upos in ("NOUN", "PROPN", "ADJ") and not prev.glued
                and not (self._title_noun(prev.norm) and not prev.norm.startswith("ال")))

    def _first_name_after_title(self, k: int) -> bool:
        """A listed first name at ``k`` right after a definite title ("الشيخ محمد"، "العميد محمد")."""
        title = self.toks[k - 1] if k > 0 else None
        return (self.first_name_gender(self.toks[k]) is not None and title is not None
                and title.norm.startswith("ال") and title.norm[2:] in self.lex.person_nouns)

    def _feminine_plural_after_masculine(self, j: int) -> bool:
        """A definite plural in ات after a definite masculine singular word: no adjective of it
        (which would agree) and no genitive (a definite word heads none), so the object, whatever
        the tagger calls it ("وطالب الوزير الهيئات"، الهيئات/ADJ)."""
        t, prev = self.toks[j], self.toks[j - 1]
        return (t.norm.startswith("ال") and t.norm.endswith("ات") and len(t.norm) >= 6 and not t.glued
                and prev.norm.startswith("ال") and not prev.norm.endswith(("ات", "ه", "ون", "ين")) and not prev.glued
                and prev.upos in ("NOUN", "ADJ", "PROPN") and t.word.features.get("Number") == "Plur"
                and not self.speaker_noun(t.norm))

    def _noun_with_pronoun(self, k: int) -> bool:
        """A preposition with its pronoun at ``k`` closing a noun phrase ("والمقربون منه"), not one
        right after the verb that points back ("حسبما أشارت إليه تلك المصادر")."""
        return (k >= 2 and self.toks[k].glued and self.toks[k].upos == "PRON" and self.toks[k - 1].upos == "ADP"
                and self.toks[k - 2].upos in ("NOUN", "PROPN", "ADJ"))

    def _person_named_before(self, j: int) -> bool:
        """A person's name ends right before ``j``: a listed first name within the three words
        before, after a title, or names right after a definite title ("الرئيس أوباما"), and no
        office, body or definite word last ("رجب طيب اردوغان"; not "وزير خارجية واشنطن"، "نادي
        الطلبة السعودية"، "في ريف دمشق")."""
        prev = self.toks[j - 1]
        return (prev.upos in ("PROPN", "NOUN", "X") and not prev.glued and not prev.norm.startswith("ال")
                and not self.speaker_noun(prev.norm) and not self._capital(prev.norm)
                and (any(self.first_name_gender(self.toks[k]) is not None for k in range(max(0, j - 4), j - 1))
                     or self._names_after_definite_title(j))     # "الرئيس أوباما"، "الرئيس باراك أوباما"
                and self._title_before(j))

    def _names_after_definite_title(self, j: int) -> bool:
        """One to three proper nouns right before ``j``, after a definite title."""
        k = j
        while k > 0 and j - k < 3 and self.toks[k - 1].upos == "PROPN" and not self.toks[k - 1].glued:
            k -= 1
        return k < j and k >= 1 and self._title_noun(self.toks[k - 1].norm) and self.toks[k - 1].norm.startswith("ال")

    def _definite_sound_plural(self, k: int) -> bool:
        """A definite word in ون at ``k`` that is a sound plural ("المجتمعون"): not a name
        ("البنتاغون"), a broken plural written without its hamza ("الشؤون") or a singular that
        ends so (lexicon class singular_in_un: "مؤسسة الإذاعة والتلفزيون التركية")."""
        t = self.toks[k]
        return (t.norm.startswith("ال") and t.norm.endswith("ون") and t.upos != "PROPN"
                and not strip_diacritics(t.word.text).endswith(("ؤون", "ئون"))
                and t.norm.removeprefix("ال") not in self.lex.word_class("singular_in_un"))

    def _after_definite_plural(self, j: int) -> bool:
        """An indefinite word after a definite sound plural in ون, the case of a subject: no
        adjective (it would be definite too), no genitive (a plural in construct drops its ن) and
        no one person's name stands there, so the phrase has ended ("وأصدر المشاركون بيانا
        ختاميا"، "وطالب المواطنون اليمنيون رئيس الحكومة"، "وأكد المتمردون مرارا"). A name in ون
        ("البنتاغون") is a proper noun or a listed speaker, and a quantity or preposition
        ("المشاركون جميعهم"، "المسؤولون في") is left to the other tests."""
        t, prev = self.toks[j], self.toks[j - 1]
        plural = (self._definite_sound_plural(j - 1) and len(prev.norm) >= SOUND_PLURAL_LETTERS + 1
                  and not self.speaker_noun(prev.norm) and not prev.glued)
        return (plural and t.upos in ("NOUN", "PROPN", "ADJ", "X") and not t.glued and not self.definite(j)
                and not t.norm.startswith("ال") and self.first_name_gender(t) is None
                and t.norm not in self.lex.word_class("name_particle") and t.norm not in self.lex.word_class("quantifier"))

    def _nisba(self, k: int) -> bool:
        """An indefinite nisba adjective at ``k`` ("طبية"، "أمني"، "محلية") after the indefinite
        noun it describes: it takes no genitive. Right after a verb or a preposition a word in ي
        is as often a noun or name ("مدعي عام"، "من مرشحي"، "سعدي")."""
        norm = self.toks[k].norm
        before = self.toks[k - 1] if k > 0 else None
        described = (before is not None and before.upos in ("NOUN", "ADJ", "PROPN") and not before.glued
                     and not before.norm.startswith("ال"))
        return (described and not norm.startswith("ال") and norm.endswith(NISBA_ENDINGS) and len(norm) >= 4
                and not self.toks[k].glued and self.toks[k].upos in ("ADJ", "NOUN", "PROPN", "VERB")
                and not self.speaker_noun(norm) and self.first_name_gender(self.toks[k]) is None)

    def _construct_after_nisba(self, j: int) -> bool:
        """A noun in construct with a definite word right after an indefinite nisba ("مصادر طبية
        حصيلة الهجومين"): the adjective takes no genitive and the noun is none of its kind, so it
        opens the object. Adjectives that do take one ("رفيع المستوى"، "واسعة الاطلاع"; lexicon
        class ``genitive_adjective``), names and offices stay in the phrase."""
        if j + 1 >= len(self.toks) or not self._nisba(j - 1):
            return False
        t, nxt = self.toks[j], self.toks[j + 1]
        return (t.upos in ("NOUN", "ADJ") and not t.glued and not t.norm.startswith("ال") and not self._nisba(j)
                and t.norm not in self.lex.word_class("genitive_adjective") and not self._name_or_title(t)
                and t.norm not in self.lex.speaker_kinds.get("anonymous_qualifier", ())     # "مصدر يمني مطلع اليوم"
                and nxt.norm.startswith("ال") and not nxt.glued and nxt.upos in ("NOUN", "ADJ", "PROPN")
                and not self.time_at(j + 1))

    def _capital(self, norm: str) -> bool:
        """A state or its capital standing for its government (lexicon class ``state_name``:
        "واشنطن"، "طهران"): a name that takes no genitive, so even a body after it is the object
        ("ودعت واشنطن السلطات الإيرانية")."""
        return norm in self.lex.word_class("state_name")

    def _noun_after_indefinite_plural(self, j: int) -> bool:
        """A common noun right after an indefinite sound plural in ون ("مراقبون زيارة"، "محللون
        أردنيون تصرفات", a nisba the tagger calls a proper noun): the plural in construct would drop
        its ن, and an adjective of it would be plural too ("مراقبون دوليون")."""
        t, prev = self.toks[j], self.toks[j - 1]
        return (prev.norm.endswith("ون") and not prev.norm.startswith("ال") and len(prev.norm) >= SOUND_PLURAL_LETTERS
                and prev.upos in ("NOUN", "ADJ", "PROPN") and not prev.glued and t.upos == "NOUN" and not t.glued
                and not t.norm.startswith("ال") and not t.norm.endswith(("ون", "ين", "ي", "يه"))
                and not self.speaker_noun(t.norm) and self.first_name_gender(t) is None
                and t.norm not in self.lex.word_class("genitive_adjective"))

    def _noun_after_definite_adjective(self, j: int) -> bool:
        """A definite common noun right after a definite adjective that ends a name ("الولايات
        المتحدة النظام السوري"): an adjective heads no genitive and a noun is no adjective, so the
        object starts. Not after a nisba in a title, where the tagger's noun may be one more
        adjective or a body ("الحرس الثوري الإيراني")."""
        t, prev = self.toks[j], self.toks[j - 1]
        return (prev.upos == "ADJ" and prev.norm.startswith("ال") and not prev.norm.endswith(NISBA_ENDINGS)
                and t.upos == "NOUN" and t.norm.startswith("ال") and not t.norm.endswith(NISBA_ENDINGS)
                and not t.glued and not prev.glued and not self.speaker_noun(t.norm) and not self._title_noun(t.norm))

    def document_at(self, k: int) -> bool:
        """A document noun (lexicon class ``document_noun``) at ``k``, definite or in the accusative."""
        documents = self.lex.word_class("document_noun")
        norm = self.toks[k].norm
        return norm.removeprefix("ال") in documents or norm.removesuffix("ا") in documents   # "أصدرت بيانا"

    def _construct_after_definite(self, j: int) -> bool:
        """An indefinite common noun in construct with a definite word or a name right after a
        definite noun ("ونقلت الصحف تأكيد الرئيس"، "وانتقدت الجبهة خطة تركيا"): no genitive of a
        definite word and no adjective of it, so it opens the object. After a title, or before a
        family name in ي, an unlisted first name stands there ("المهندس عجب القحطاني"، "قائمقام
        قضاء الرمادي دلف الكبيسي"), so not then."""
        t, prev = self.toks[j], self.toks[j - 1]
        # (a state takes no genitive either, even after its preposition: "قوات الجيش بمصر رفع حالة")
        if j + 1 >= len(self.toks) or not ((prev.upos == "NOUN" and prev.norm.startswith("ال") and not prev.glued)
                                           or self._capital(prev.norm)):
            return False
        nxt = self.toks[j + 1]
        # (or a chain of them: "ووصف نواب في البرلمان قرار رئيس الوزراء بالمتأخر"، "واستبعد المسفر
        # فكرة عمل حلف يضم")
        after = self.toks[j + 2] if j + 2 < len(self.toks) else None
        chain = (nxt.upos == "NOUN" and after is not None and not after.glued
                 and (after.norm.startswith("ال") or (after.upos == "NOUN" and not self._name_or_title(after)
                                                      and not self._name_or_title(nxt))))
        return (t.upos == "NOUN" and not t.glued and not self.definite(j) and not t.norm.endswith(NISBA_ENDINGS)
                and not self._name_or_title(t) and t.norm not in self.lex.word_class("quantifier")
                and t.norm not in self.lex.word_class("genitive_adjective")
                and not nxt.glued and (nxt.norm.startswith("ال") or nxt.upos == "PROPN" or chain)
                and not (nxt.norm.startswith("ال") and nxt.norm.endswith("ي"))
                and not (self._title_before(j) and not self._never_a_name(t.norm)) and not self.time_at(j))

    def _never_a_name(self, norm: str) -> bool:
        """A common noun no one is named (a place, a document, an order: "مدينة"، "مخيم"، "بيان"،
        "قرار"), so after a title it is no unlisted first name ("زار الوزير مدينة البصرة")."""
        return any(norm in self.lex.word_class(kind) for kind in ("place_noun", "document_noun", "directive_noun"))
