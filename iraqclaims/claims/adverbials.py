"""What may stand between a reporting verb, its subject and the complement without being either:
adverbials and circumstances ("في خطبة الجمعة"، "يوم الجمعة"), addressees ("للصحافيين"، "لرويترز"،
"لـ«عكاظ»"), and where the complement itself starts."""
from __future__ import annotations

from ..normalize import normalize, strip_diacritics
from .tokens import NISBA_ENDINGS, QUOTES, TokenView, marbuta_forms

# nouns that normalise to a preposition but are none as written (lexicons are normalised, so these
# stay here): the name علي (على), the imam إمام (أمام)
NOUNS_AS_WRITTEN = frozenset({"علي", "إمام"})


class Adverbials(TokenView):
    """Adverbials, addressees and complements, for :class:`~.speaker_bounds.SpeakerBounds`."""

    def addressee_at(self, j: int) -> int | None:
        """Where the addressee that "ل" at ``j`` opens ends ("لرويترز"، "للصحافيين"، "لـ«عكاظ»"،
        "لبي بي سي"; lexicon class ``addressee``), or None. A title's "ل" ("الأمين العام للأمم
        المتحدة") opens none."""
        t, n = self.toks[j], len(self.toks)
        if j + 1 < n and t.norm in ("ل", "لل") and (self.toks[j + 1].norm == "" or self.toks[j + 1].word.text in QUOTES):
            k = j + 1 if self.toks[j + 1].norm == "" else j
            close = self.short_quote_end(k + 1)
            if close is not None and self._holder_named_after(j, close):
                return None     # "المفوض العام لـ«الأونروا» بيير كرهينبول": the body of his title
            return close if close is not None else k + 1        # لـ«الشرق الأوسط»
        if not t.norm.startswith("ل") or t.glued:
            return None
        words = self.words_from(j, 4)
        if not words or len(words[0][0]) < 3:
            return None
        first = words[0][0][1:]
        addressees = self.lex.word_class("addressee")
        if {first, first.removeprefix("ال"), first.removeprefix("ل")} & addressees:
            end = words[0][1]
            # its name in brackets: "لقناة (سي.بي.سي) التلفزيونية"
            return self._outlet_name_end(end) if self._bracketed_name_end(end) is not None else end
        for phrase in (p.split() for p in addressees if " " in p):
            if [first] + [w for w, _ in words[1:len(phrase)]] == phrase:
                return words[len(phrase) - 1][1]
        if first.removeprefix("ال") in self.lex.speaker_kinds.get("media", ()):
            return self._outlet_name_end(words[0][1])     # "لشبكة سي إن إن"، "لصحيفة الحياة اللندنية"
        return None

    def _holder_named_after(self, j: int, close: int) -> bool:
        """Does a role stand just before the ل at ``j`` and a person's name right after the quoted
        body that closes at ``close``? Then the body is the role's, not whom he spoke to."""
        if close >= len(self.toks) or not any(self._title_noun(self.toks[k].norm) for k in range(max(0, j - 3), j)):
            return False
        after = self.toks[close]
        return not after.glued and (after.upos == "PROPN" or self.first_name_gender(after) is not None)

    def called_object_at(self, cue: int, j: int) -> bool:
        """A masculine verb of calling (lexicon class ``calling``) right before a definite feminine
        singular noun: the noun is whom it calls on, for a verb agrees with a feminine subject
        right after it ("وحث الحكومة على"، "ودعا الجامعة العربية إلى"; "ودعت الحكومة" has its
        subject). A family name so shaped speaks ("وقال العطية إن": no verb of calling)."""
        verb, t = self.toks[cue], self.toks[j] if j < len(self.toks) else None
        return (t is not None and (self.verb_cue(verb) or "") in self.lex.word_class("calling")
                and verb.word.features.get("Gender") == "Masc" and verb.word.features.get("Person") == "3"
                and t.upos == "NOUN" and t.norm.startswith("ال") and not t.glued
                and t.word.features.get("Gender") == "Fem" and t.word.features.get("Number") == "Sing")

    def called_subject(self, lemma: str, rng: tuple[int, int]) -> tuple[int, int] | None:
        """The subject of a verb of calling (دعا، طالب، ناشد: lexicon class ``calling``) in the
        phrase ``rng`` right before its content preposition, or None when that phrase is whom it
        calls on: "ودعا الشعب اليمني بمختلف مكوناته إلى الوقوف" (the subject is implicit). Only a
        phrase that names no one is read so; a name, an office, a body or a sound plural of
        people ("المتظاهرون") stays the subject."""
        a, b = rng
        if normalize(lemma) not in self.lex.word_class("calling"):
            return rng
        named = any(self.toks[m].upos == "PROPN" or self.speaker_noun(self.toks[m].norm) for m in range(a, b))
        if not named and a >= 2 and self.toks[a - 1].glued and self.toks[a - 1].upos == "PRON" \
                and self.toks[a - 2].norm == "في":
            # "أصدر بيانا دعا فيه الحكومة إلى الاستقالة"، "دعا فيه الأطباء الذين يعيشون خارج اليمن
            # إلى": after "فيه" the statement's maker is the subject; a phrase naming no one is whom he calls on
            return None
        k = b
        while k < len(self.toks) and k - b < 4 and self.toks[k].norm not in self.content_prep \
                and not self.toks[k].is_punct and self.toks[k].norm not in self.comp:
            k += 1      # "بمختلف مكوناته" may stand between the phrase and إلى
        if k >= len(self.toks) or self.toks[k].norm not in self.content_prep:
            return rng
        if a >= 2 and self.toks[a - 1].glued and self.toks[a - 1].upos == "PRON" and self.toks[a - 2].norm == "في":
            return None     # (and the one phrase before إلى is whom he calls on, named or not)
        if not (named or self.toks[a].norm.endswith(("ون", "ين")) or self._some_of_a_group(a)):
            return None
        called = self._called_party_start(a, b)
        return (a, called) if called is not None else rng

    def _some_of_a_group(self, a: int) -> bool:
        """A quantity of a definite plural ("عدد من النواب"، "العديد من الخبراء"، "بعض الدول"):
        the members speak, though the quantity names no one."""
        k = a + 2 if a + 2 < len(self.toks) and self.toks[a + 1].norm == "من" else a + 1
        if k >= len(self.toks) or self.toks[a].norm.removeprefix("ال") not in self.lex.word_class("partitive"):
            return False
        t = self.toks[k]
        return t.norm.startswith("ال") and (t.word.features.get("Number") == "Plur" or self.speaker_noun(t.norm))

    def _titled_name_ends(self, a: int, k: int) -> bool:
        """A name of one to three words ends before ``k`` right after a definite title or nisba
        ("وزير الخارجية الروسي سيرغي لافروف"، "الأمين العام بان كي مون"), the lexicon knowing none
        of its words."""
        for m in range(k - 2, max(a, k - 5) - 1, -1):
            t = self.toks[m]
            if t.glued or t.is_punct:
                return False
            if t.norm.startswith("ال"):
                return m < k - 1 and (self._title_noun(t.norm) or (t.upos == "ADJ" and t.norm.endswith(NISBA_ENDINGS)))
        return False

    def _called_party_start(self, a: int, b: int) -> int | None:
        """Where whom a verb of calling calls on starts inside its subject phrase ``a``..``b``, or
        None. A definite word heads no construct, so a definite body or group after one (speaker
        kinds, lexicon class ``called_party``) opens a second phrase, whatever the tagger calls it
        ("ودعا وزير الخارجية المجتمع/ADJ الدولي"، "وطالب الرئيس الأمم المتحدة"), and so does an
        office in construct after a phrase that names no person ("وطالبت القوى السياسية في البصرة
        رئيس الوزراء"). After a person's name an office is his title ("أحمد الحسني المتحدث باسم"),
        a rank before a name is a title too ("للجامعة العربية السفير أحمد بن حلي"), a nisba is an
        adjective and a state after a place its genitive ("إقليم كردستان العراق")."""
        called, states = self.lex.word_class("called_party"), self.lex.word_class("state_name")
        for k in range(a + 1, b):
            t, prev = self.toks[k], self.toks[k - 1]
            if t.glued or prev.is_punct or prev.upos == "ADP" or t.norm in states:
                continue
            bare = t.norm.removeprefix("ال")
            person = any(self.toks[m].upos == "PROPN" or self.first_name_gender(self.toks[m]) is not None
                         for m in range(a, k))
            # a definite word ends a phrase, and so does a name after a first name ("أنجيلا ميركل"),
            # not one of a place ("كردستان العراق")
            named = prev.upos == "PROPN" and not self.speaker_noun(prev.norm) and (any(self.first_name_gender(self.toks[m]) is not None
                                                  for m in range(max(a, k - 4), k - 1)) or self._titled_name_ends(a, k))
            if bare.endswith(NISBA_ENDINGS) or not (self.definite(k - 1) or named):
                continue
            nxt = self.toks[k + 1] if k + 1 < b else None
            before_name = nxt is not None and not nxt.glued and (
                nxt.upos == "PROPN" or self.first_name_gender(nxt) is not None)
            role = self._title_noun(t.norm)
            if t.norm.startswith("ال"):
                # a rank before a word the name list lacks is still a title ("العميد مشبب")
                lone_role = role and not person and (nxt is None or (self.definite(k + 1) and not nxt.glued))
                if not before_name and (bare in called or (self.speaker_noun(t.norm) and not role) or lone_role):
                    return k
            elif role and not person and nxt is not None and not nxt.glued and self.definite(k + 1):
                return k
        return None

    def warned_subject(self, lemma: str, rng: tuple[int, int]) -> tuple[int, int]:
        """The subject of a verb of warning (lexicon class ``warning``) ends before a من that
        follows a definite word or a name: "وحذر الوزير من السفر إلى اليمن" warns of travel; so
        does the subject of "طالب"، which asks of someone with من ("وطالبت رئاسة الإقليم من
        الحزب إخراج قواعده"). After an indefinite word or a quantity من may still say where a
        source comes from or what it counts ("مسؤول من الوزارة"، "العديد من النواب")."""
        a, b = rng
        if normalize(lemma) not in self.lex.word_class("warning") | {"طالب"}:
            return rng
        for k in range(a + 1, b):
            prev = self.toks[k - 1]
            if (self.toks[k].norm == "من" and (prev.norm.startswith("ال") or prev.upos == "PROPN")
                    and prev.norm.removeprefix("ال") not in self.lex.word_class("partitive")):
                return a, k
        return rng

    def informed_subject(self, lemma: str, rng: tuple[int, int]) -> tuple[int, int]:
        """The subject of a verb of informing (lexicon class ``informing``: أبلغ، أخبر، أطلع) ends
        where, after a name, an office opens whom he told: "أبلغ وزير الدفاع الأمريكي اشتون كارتر
        رئيس الوزراء العراقي أن" (the prime minister was told), or at an addressee of the lexicon
        ("رويترز"، "الصحفيين")."""
        a, b = rng
        if normalize(lemma) not in self.lex.word_class("informing"):
            return rng
        addressees = self.lex.word_class("addressee")
        for k in range(a + 1, b):
            prev = self.toks[k - 1]
            named = prev.upos == "PROPN" or self.first_name_gender(prev) is not None
            if named and k > a + 1 and self.speaker_noun(self.toks[k].norm) and not self.definite(k - 1):
                return a, k
            if self.toks[k].norm in addressees or self.toks[k].norm.removeprefix("ال") in addressees:
                return a, k     # "أبلغ مسؤولون حكوميون رويترز أنهم": an agency or the press was told
        return rng

    def _outlet_name_end(self, k: int, longest: int = 4) -> int | None:
        """The end of an outlet's name after its noun (شبكة، صحيفة، قناة ...): up to ``longest``
        names, adjectives or definite nouns, before a complementiser, a time, a verb or a
        preposition; None when no name follows."""
        start = k
        bracketed = self._bracketed_name_end(k)
        if bracketed is not None:
            k, longest = bracketed, longest + bracketed - start     # "لقناة (سي.بي.سي) التلفزيونية المصرية"
        while (k < len(self.toks) and k - start < longest and not self.toks[k].is_punct
               and self.toks[k].norm not in self.comp and not self.time_at(k)
               and self.toks[k].upos not in ("VERB", "ADP", "CCONJ", "SCONJ")):
            k += 1
        return k if k > start else None

    def _bracketed_name_end(self, k: int) -> int | None:
        """After the closing bracket or mark of a short name in brackets or quotation marks at
        ``k`` ("(سي.بي.سي)", seven tokens with its dots; "«العربية»"), or None."""
        if k >= len(self.toks) or self.toks[k].word.text != "(":
            return self.short_quote_end(k)
        return next((m + 1 for m in range(k + 1, min(len(self.toks), k + 9)) if self.toks[m].word.text == ")"), None)

    def _opens_adverbial(self, j: int) -> bool:
        """A phrase that opens with a preposition ("في خطبة الجمعة"، "للصحافيين"، "لـ«عكاظ»")
        is an adverbial or an addressee, never the subject."""
        t = self.toks[j]
        if strip_diacritics(t.word.text) in NOUNS_AS_WRITTEN:
            return False    # the name Ali as written ("ورأى علي الحربي أن"); the preposition is على
        # "إن" tagged ADP is still the complementiser: what follows is the content
        return not t.in_quote and t.norm not in self.comp and (
            t.upos == "ADP" or t.norm in self.circ_prep or t.norm in self.content_prep)

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
            addressee = self.addressee_at(j)
            media = self.lex.speaker_kinds.get("media", ())
            if addressee is not None and addressee > j and addressee < n and not self.toks[addressee].is_punct \
                    and self.toks[addressee].norm not in self.comp \
                    and self.toks[addressee - 1].norm.removeprefix("ل").removeprefix("ال") not in media:
                # (an outlet's noun takes its name after it: "لوكالة الصحافة الفرنسية"، "لقناة أبوظبي")
                j = addressee           # whom he told: "وقال للصحفيين أحمد حافظ إن"
                continue
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

    def _circumstance_at(self, j: int) -> bool:
        """"في تصريح"، "خلال مؤتمر صحافي"، "في البيان المشترك"، "عبر صفحته": the circumstance of
        a statement, also from its beginning or end ("في بداية الاجتماع"، "في ختام الزيارة"; lexicon
        class ``occasion_part``)."""
        if self._occasion_part_at(j):
            return True
        if self.channel_at(j):
            return True
        return (j + 1 < len(self.toks) and self.toks[j].norm in self.circ_prep
                and (self.toks[j + 1].norm.removeprefix("ال") in self.circ_noun or self.owned_circumstance(j + 1)
                     or self.event_occasion_at(j)))

    def channel_at(self, j: int) -> bool:
        """"على" before one's own channel at ``j``: "وقال الوزير على حسابه في تويتر إن"، "على صفحته
        على فيسبوك"."""
        return j + 1 < len(self.toks) and strip_diacritics(self.toks[j].word.text) == "على" and self._own_channel(j + 1)

    def _own_channel(self, k: int) -> bool:
        """A channel with its owner's pronoun at ``k`` ("حسابه"، "صفحته"، "موقعها", glued or split
        off): where one posts, not a title's object ("المشرف على الموقع")."""
        channels, t = self.lex.word_class("channel_noun"), self.toks[k]
        if k + 1 < len(self.toks) and self.toks[k + 1].glued and self.toks[k + 1].upos == "PRON":
            return any(f in channels for f in marbuta_forms(t.norm))
        stem = next((t.norm[:-len(p)] for p in ("هما", "هم", "ها", "ه") if t.norm.endswith(p)), None)
        return stem is not None and any(f in channels for f in marbuta_forms(stem))

    def _occasion_part_at(self, j: int) -> bool:
        """"في بداية الاجتماع"، "في أول رسالة له"، "في سلسلة من التغريدات": a circumstance named
        by its part, rank or number."""
        if not (j + 2 < len(self.toks) and self.toks[j].norm in self.circ_prep
                and self.toks[j + 1].norm in self.lex.word_class("occasion_part")):
            return False
        k = j + 3 if self.toks[j + 2].norm == "من" and j + 3 < len(self.toks) else j + 2
        return self.toks[k].norm.removeprefix("ال") in self.circ_noun

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
