"""Subjects that stand before their verb: "المتحدثة باسم البيت الأبيض ... أشارت"، "أن الأميركيين
عندما أعلنوا"، "الوزير الذي يزور بغداد حاليا قال". For :class:`~.speaker_phrases.SpeakerPhrases`."""
from __future__ import annotations

from ..normalize import normalize
from .mentions import Mentions
from .set_off_subjects import SetOffSubjects
from .tokens import MAX_SPEAKER_WORDS, QUOTES, RELATIVE_PRONOUNS, RESUMPTIVE

PRONOUN_CARRIERS = ("لكن", "ان", "لان")     # particles a subject pronoun is glued to before its verb


class PrecedingSubjects(SetOffSubjects, Mentions):
    """The subject phrase read backwards from a verb."""

    def speaker_before(self, cue: int) -> tuple[int, int] | None:
        """Tokens ``[a, b)`` of a subject before the verb at ``cue``: "الكاظمي يتحدث"، "إلا أن
        المتحدثة ... أشارت"; or None."""
        if cue > 0 and self.toks[cue - 1].norm == "ل" and self.toks[cue].glued and self.toks[cue].upos == "VERB":
            # "وعاد الوزير إلى المؤتمر ليؤكد أن": a verb of purpose has the main verb's subject
            return self.main_clause_subject(cue - 1)
        if self._opens_own_clause(cue):
            return None
        end = cue
        while end > 0 and self.toks[end - 1].norm in self.preverbal:
            end -= 1
        had = self._before_had_already(end)
        if had != end:
            end = had
            while end > 0 and self.toks[end - 1].norm in self.preverbal:
                end -= 1
        if end > 1 and self.toks[end - 1].norm in self.lex.word_class("subordinator"):
            # "أن الأميركيين عندما أعلنوا استعدادهم": a topic between a complementiser and "when" is
            # the subject; without the complementiser the words before "when" are another clause
            # ("كان لكلمته أثر كبير عندما قال")
            topic = self.speaker_before(end - 1)
            if topic is not None and topic[0] > 0 and self.toks[topic[0] - 1].norm in self.comp:
                return topic
            # "كان لكلمة الملك أثر كبير عندما قال": whose speech the clause was about
            return self.nominal_reporter(end - 1)
        topic = self._topic_of_amma(end + 1) if end < cue and self.toks[end].norm in ("و", "ف") else None
        if end > 1 and self.toks[end - 1].norm in ("،", ",") and self.toks[end].norm == "ف" and topic is not None:
            # "أما القناة العبرية الثانية، فقد رأت": the topic of أما closes with its first comma, before
            # any aside ("أما كيري، كما أعتقد بحق، فقد حذر"، "أما المولوي أكبر أغا، وهو قيادي سابق، فقال")
            end = next(k for k in range(topic + 1, end) if self.toks[k].norm in ("،", ","))
        elif end > 1 and self.toks[end - 1].norm in ("،", ",") and (self._dual(cue) or self.toks[cue].norm.endswith("وا")):
            # "اثنان من كبار الأغنياء، حايم صبان وجاك روزين، أعلنا": a dual or plural verb agrees
            # with a subject before it, which may close with a comma
            end -= 1
        j = end
        while j > 0 and end - j < MAX_SPEAKER_WORDS:
            t = self.toks[j - 1]
            if t.word.text in QUOTES or t.word.text == ")":
                marks = QUOTES if t.word.text in QUOTES else ("(",)
                opening = next((k for k in range(j - 2, max(-1, j - 6), -1) if self.toks[k].word.text in marks), None)
                if opening is not None and opening > 0:
                    j = opening     # a quoted name inside the phrase: رئيس شركة "لوكويل" العملاقة, or
                    continue        # its short name in brackets: "منظمة الدول المصدرة للنفط (أوبك) أعلنت"
            if t.is_punct or t.norm in self.left_boundary or t.norm in self.comp \
                    or (t.upos == "VERB" and not self._titled_name_verb(j - 1) and not self._adjective_read_as_verb(j - 1, end)
                        and t.norm not in self.lex.word_class("name_particle")):    # "أبو مرزوق يدعو", أبو/VERB
                break
            j -= 1
        while j < end and self.toks[j].norm in self.preverbal:
            j += 1
        if end - j >= 2 and self._past_resumptive(cue + 1) > cue + 1 \
                and self.toks[end - 1].norm.removesuffix("ا") in self.circ_noun:
            end -= 1        # "أصدرت الوزارة بيانا قالت فيه": what the clause is in, not who spoke
        # right after a complementiser the words before a verb are its subject, even a name the
        # tagger calls an adjective ("قال إن: المالكي أعلن"، المالكي/ADJ)
        after_complementiser = j > 0 and (self.toks[j - 1].norm in self.comp or self.toks[j - 1].norm == ":")
        # (or a headline's first word: a surname the tagger calls an adjective, "النجيفي يستنكر")
        nominal = ("NOUN", "PROPN", "ADJ") if after_complementiser or (j == 0 and self.sentence.index == 0) \
            else ("NOUN", "PROPN")
        # (a title the tagger calls an adjective is still a noun: "الصحفي الأمريكي الذي حاور ...، قال")
        if j == end or not any(self.toks[k].upos in nominal or self.speaker_noun(self.toks[k].norm) for k in range(j, end)):
            return None
        if j > 0 and self.toks[j - 1].norm in self.lex.word_class("topic_preposition"):
            return None     # "وعن المساعدات الصحية قال": what he spoke about, fronted; he is implicit
        j = self._name_before_title(j)
        return (j, end) if self._has_word(j, end) else None

    def _name_before_title(self, j: int) -> int:
        """Back past a name set before the title at ``j`` with a comma ("أن ثوماس فريدمان، الصحفي
        الأمريكي الذي حاور أوباما، قال"), when a clause boundary stands before the name."""
        if not (j >= 2 and self.toks[j - 1].norm in ("،", ",") and self.speaker_noun(self.toks[j].norm)):
            return j
        k = j - 1
        while k > 0 and j - 1 - k < 4 and self.toks[k - 1].upos == "PROPN":
            k -= 1
        bounded = k == 0 or self.toks[k - 1].norm in self.comp or self.toks[k - 1].is_punct or self.toks[k - 1].norm in ("و", "ف")
        return k if k < j - 1 and bounded else j

    def subject_before_informing(self, lemma: str, cue: int) -> tuple[int, int] | None:
        """A verb of informing (lexicon class ``informing``) with a named subject opening the clause
        before it: what follows the verb is whom it told ("مصادر عراقية في وزارة المالية أبلغت
        «عكاظ» أن")."""
        if normalize(lemma) not in self.lex.word_class("informing"):
            return None
        before = self.speaker_before(cue)
        if before is None or (before[0] > 0 and self.toks[before[0] - 1].norm not in ("و", "ف", "لكن")):
            return None
        mention = self.mention(*before)
        return before if mention.named and mention.plausible else None

    def _opens_own_clause(self, cue: int) -> bool:
        """"…، وأكدوا": a verb with و or ف opens a new clause, its subject is not before it ("أما
        X فنقلت"، "أما سوسن التي هاجر أولادها فتقول" is)."""
        return (cue > 0 and self.toks[cue - 1].norm in ("و", "ف") and self.toks[cue].glued
                and self._topic_of_amma(cue) is None)

    def _topic_of_amma(self, cue: int) -> int | None:
        """Where "أما" opens the topic a verb with ف after it speaks of: anywhere before it in
        the sentence ("أما منيف الزهيري، وهو قيادي ...، فأفاد"); with و only close by."""
        reach = cue if self.toks[cue - 1].norm == "ف" else MAX_SPEAKER_WORDS
        return next((k for k in range(cue - 1, max(-1, cue - 1 - reach), -1) if self.toks[k].norm == "اما"), None)

    def speaker_before_relative(self, cue: int, reach: int = 16) -> tuple[int, int] | None:
        """The subject before a relative clause that ends at the verb at ``cue``: "بشرى التي حاولت
        قتل نفسها بعد بيعها قالت: إن"، "الوزير الذي يزور بغداد حاليا قال إن". The clause has a
        verb of its own, no punctuation or other report in it, and its pronoun agrees with the
        verb in gender (التي with قالت, الذي with قال). A verb with و or ف opens a clause of its
        own ("استنكرت المنظمة التصريحات التي أدلى بها الوزير، وقالت إنها"): no relative clause ends there."""
        if self._opens_own_clause(cue):
            return None
        described = self._described_indefinite_before(cue, reach)
        if described is not None:
            return described
        for k in range(cue - 1, max(-1, cue - reach), -1):
            t = self.toks[k]
            if (t.is_punct and t.norm not in ("،", ",")) or t.norm in self.comp or t.word.text in QUOTES \
                    or self.verb_cue(t):
                return None
            if t.norm not in RELATIVE_PRONOUNS:
                continue
            if not any(self.toks[m].upos in ("VERB", "AUX") for m in range(k + 1, cue)):
                return None
            verb = self.toks[cue].norm.removeprefix("و").removeprefix("ف")
            feminine_verb = verb.endswith("ت") or verb.startswith("ت")
            if t.norm in ("التي", "الذي") and (t.norm == "التي") != feminine_verb:
                return None
            found = self.speaker_before(k)
            if found is None and k > 0 and self.toks[k - 1].upos == "VERB" and self._has_word(k - 1, k):
                found = (k - 1, k)      # a relative pronoun follows a noun: "سلمى" was tagged a verb
            if found is None or self._possessed_thing(*found):
                return None
            return found if self.mention(*found).plausible else None
        return None

    def _adjective_read_as_verb(self, j: int, end: int) -> bool:
        """Right before the reporting verb, after a noun, a "verb" is the subject's last adjective
        the tagger misread ("قائد عسكري ميداني يمني قال": يمني as "he wishes"): two finite verbs do
        not follow each other there."""
        return (j == end - 1 and j > 0 and self.toks[j - 1].upos in ("NOUN", "PROPN", "ADJ")
                and self.verb_cue(self.toks[j]) is None and not self.toks[j].glued)

    def _titled_name_verb(self, j: int) -> bool:
        """Before a verb, a "verb" is part of the subject only as a name after a title: "الرئيس
        العراقي برهم صالح قد أكد" (the tagger read برهم as a verb), not "خامنئي قرر اتخاذ موقف"."""
        return self.verb_in_name(j) and any(self.speaker_noun(self.toks[m].norm) for m in range(max(0, j - 3), j))

    def _person_before_verb(self, a: int, b: int) -> bool:
        """Tokens ``[a, b)`` are a person's title or first name and the words of a name, right
        before a verb: "المواطن أحمد البركاتي تقدم" (not a dateline, "الرياض 26 شوال", nor a
        phrase with a preposition or a particle in it, "أوباما لم")."""
        first = self.toks[a]
        return (b < len(self.toks) and self.toks[b].upos == "VERB"
                and (first.norm.removeprefix("ال") in self.lex.person_nouns or self.first_name_gender(first) is not None)
                and all(t.upos in ("NOUN", "PROPN", "ADJ") or self.first_name_gender(t) is not None
                        for t in self.toks[a:b]))

    def pronoun_subject_before(self, verb: int) -> bool:
        """Is the verb's subject the pronoun that لكن or أن carries right before it ("لكنه دعا
        إيران إلى"، "إلا أنه حذر واشنطن من")? Then what follows the verb is its object."""
        if verb >= 1 and any(self.toks[verb - 1].norm.removeprefix("و") == particle + pronoun
                             for particle in PRONOUN_CARRIERS for pronoun in RESUMPTIVE):
            return True     # the two left as one word: "إلا انه قال" (انه/VERB)
        return (verb >= 2 and self.toks[verb - 1].glued and self.toks[verb - 1].upos == "PRON"
                and self.toks[verb - 1].norm in RESUMPTIVE
                and self.toks[verb - 2].norm.removeprefix("و") in PRONOUN_CARRIERS)

    def _clause_verbs_back(self, before: int):
        """(index, in a relative clause) of each finite verb before ``before``, nearest first: no
        time the tagger calls a verb, no clause opener ("بينما"), no verbal noun after a
        preposition ("لإعلان واشنطن")."""
        openers = self.lex.word_class("clause_opener")
        for k in range(before - 1, -1, -1):
            t = self.toks[k]
            if t.upos != "VERB" or self.time_at(k) or t.norm in openers or len(t.norm) < 3 \
                    or (t.glued and k > 0 and self.toks[k - 1].norm in ("ل", "ب", "لل")):
                continue
            # "الذي يزور"، "من يحاولون النيل": a relative clause
            yield k, k > 0 and (self.toks[k - 1].norm in RELATIVE_PRONOUNS or self.toks[k - 1].norm in ("من", "ما"))

    def _first_complement(self, before: int) -> int | None:
        return next((k for k in range(before) if self.toks[k].norm in self.comp or self.toks[k].norm == ":"
                     or self.toks[k].word.text in QUOTES), None)

    def coordinated_subject(self, verb: int) -> tuple[int, int] | None:
        """A verb of the main clause joined by و/ف, its complement right after it, shares the
        subject of the verb before it: "وصل الوزير إلى المطار فاستقبله نظيره الفرنسي جان إيف لودريان
        وقال إن" (the counterpart speaks, not the minister the sentence opens with). Only a verb
        that reports nothing and agrees with it in gender and number counts; none after a
        complement (which clause the verb joins is unclear), in a relative clause ("الشرعية التي
        تمثلهم وتعبر عن": the verb goes on with that clause), or when the sentence opens with its
        subject ("وزير الدفاع يزور الجبهة ويؤكد أن": that subject is shared)."""
        toks = self.toks
        if verb < 2 or toks[verb - 1].norm not in ("و", "ف") or not toks[verb].glued \
                or self._first_complement(verb - 1) is not None \
                or self.main_clause_subject(verb, first_subject=True) is not None:
            return None
        after = self._past_resumptive(verb + 1)
        if after >= len(toks) or not (toks[after].norm in self.comp or toks[after].norm == ":"
                                      or toks[after].word.text in QUOTES or toks[after].norm in self.content_prep):
            return None     # "وتشير تاتشر في مذكراتها": a subject of its own follows
        for k, relative in self._clause_verbs_back(verb - 1):
            disagree = any(None not in pair and pair[0] != pair[1] for pair in (
                (toks[k].word.features.get(f), toks[verb].word.features.get(f)) for f in ("Gender", "Number")))
            if relative or disagree or self.verb_cue(toks[k]) is not None:
                return None
            rng = self.pluperfect_subject(k) or self.speaker_after(k)
            return rng if rng is not None and rng[1] < verb and self.mention(*rng).named else None
        return None

    def carried_subject(self, verb: int) -> tuple[int, int] | None:
        """Whom the pronoun of "لكنه"/"إلا أنه" before ``verb`` stands for in its own sentence: the
        named subject of the verb nearest before the sentence's first complement ("وبينما رفض
        ناطق باسم الشرطة إعطاء التفاصيل، إلا أنه أكد"، "أكد العميد الصبيحي أنهم ...، ولم يفصح
        الصبيحي ... إلا أنه ذكر"); verbs inside what is reported have other subjects. None: an
        earlier sentence's speaker."""
        limit = self._first_complement(verb - 1)
        conceded = self._conceded_subject(limit, verb) if limit is not None else None
        if conceded is not None:
            return conceded
        limit = verb - 2 if limit is None else limit
        for k, relative in self._clause_verbs_back(limit):
            if relative:
                continue
            rng = self.pluperfect_subject(k) or self.speaker_after(k)
            # (one who can speak: "وبينما تشتد الاحتياجات ...، فإنها تناشد" is someone else's appeal)
            if rng is not None and rng[1] <= limit and self.names_someone(rng[0]):
                return rng
            return None
        return None

    def pluperfect_subject(self, verb: int) -> tuple[int, int] | None:
        """"وكانت الحكومة المحلية في الأنبار دعت أهالي الفلوجة إلى الخروج": after كان the subject
        comes before the verb, and the phrase after the verb is its object."""
        before = self.speaker_before(verb)
        if before is None or before[0] == 0 or self.toks[before[0] - 1].norm not in ("كان", "كانت"):
            before = self._after_kana(verb)     # a subject with a preposition in it: "وحدة ... في المقاومة"
            if before is None:
                return None
        if any(self.toks[k].norm in self.lex.word_class("temporal_preposition") for k in range(*before)):
            return None     # "وكان كينيدي ألقى قبل بضعة أشهر خطابا دعا فيه": a clause, not a subject
        return before if self.mention(*before).plausible else None

    def _before_had_already(self, end: int) -> int:
        """"البعض منهم سبق وأن قال": "سبق (و)أن" before the verb says it had been said before;
        the subject ends before it."""
        toks = self.toks
        k = end - 1
        if k >= 1 and toks[k].norm in ("ان", "وان"):
            k -= 1
            if k >= 1 and toks[k + 1].norm == "ان" and toks[k].norm == "و":
                k -= 1
            if toks[k].norm in ("سبق", "وسبق"):
                return k
        return end

    def topic_subject(self, verb: int) -> tuple[int, int] | None:
        """"أما السفير البريطاني جون ويلكس أدان الحادث": the topic of أما, right before the verb
        (the ف that should join them left out), is its subject, and the phrase after the verb
        its object."""
        before = self.speaker_before(verb)
        if before is None or before[0] == 0 or self.toks[before[0] - 1].norm != "اما":
            return None
        return before if self.mention(*before).plausible else None

    def _after_kana(self, verb: int) -> tuple[int, int] | None:
        """Everything between كان and قد before the verb, when it holds no punctuation,
        complementiser or other finite verb: "وكانت وحدة نزع الألغام في المقاومة الجنوبية قد
        اتهمت" (the frame كان ... قد leaves no doubt; the tagger's verb "نزع" is a verbal noun)."""
        end = verb
        while end > 0 and self.toks[end - 1].norm in self.preverbal:
            end -= 1
        if not any(t.norm == "قد" for t in self.toks[end:verb]):
            return None
        comma_before_qad = end > 0 and self.toks[end - 1].norm in ("،", ",")
        if comma_before_qad:
            end -= 1        # "وكانت وزارة البترول، قد أعلنت": a comma may set the subject off
        for k in range(end - 1, max(-1, end - 1 - MAX_SPEAKER_WORDS), -1):
            t = self.toks[k]
            if t.norm in ("كان", "كانت"):
                return (k + 1, end) if end > k + 1 else None
            if t.upos == "AUX" or t.is_punct or t.norm in self.comp or self.verb_cue(t) is not None \
                    or (t.upos == "VERB" and t.norm.startswith(("ي", "ت"))):
                return self._before_aside_after_kana(end) if comma_before_qad else None
        return None
