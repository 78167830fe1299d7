"""The token view claim patterns read a sentence through: each word with its normalised form,
lemma, clitic gluing and quotation depth, plus the word classes of the cue lexicon.

The parser finds a reporting verb's subject more often than its complement, so patterns read
clause edges from the surface (complementisers أن/إن, quotation marks, colons, commas) and use
the parse as a helper; these views are what that surface reading needs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import month_numbers
from ..normalize import marbuta_forms, normalize, strip_diacritics
from ..parse.clitics import known_stem_word
from ..parse.document import Sentence, Word
from .cues import CueLexicon, cue_lexicon
from .quotations import end_unclosed_quotations
from .tag_repairs import (first_name_gender, mark_spelled_names, mark_title_abbreviations, retag_names_read_as_verbs,
                          retag_word)

QUOTES = {'"', "“", "”", "«", "»", "'"}
SENTENCE_ENDS = frozenset({".", "؛", ";", "!", "؟", "?"})   # punctuation no claim part runs past
RESUMPTIVE = ("ه", "ها", "هم", "هما")   # the pronouns "فيه"، "عليها" point back with
RELATIVE_PRONOUNS = {"الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي"}
MAX_SPEAKER_WORDS = 14
DEMAND_REACH = 8    # words after "طالب" in which the ب of what is demanded stands
MONTH_ALIAS_WORDS = 2   # words of a month's other name in brackets: "يناير (كانون الثاني)"
# time nouns that name a time only with a qualifier ("العام الماضي"، "الأيام الأخيرة"): "الأمين العام"
QUALIFIED_TIMES = frozenset({"العام", "الشهر", "الاسبوع", "الايام", "الاسابيع", "الاشهر", "الشهور", "الساعات",
                             "السنوات", "الفتره"})
TIME_QUALIFIERS = frozenset({"الماضي", "الحالي", "الجاري", "المقبل", "القادم", "المنصرم", "الاخير"})
# derived verbal-noun shapes (normalised, ال removed): إفعال، افتعال، انفعال، استفعال، تفعيل، مفاعلة، تفاعل
VERBAL_NOUN = re.compile(r"^(ا[^ا]{2}ا[^ا]|ا[^ا]ت[^ا]ا[^ا]|ان[^ا]{2}ا[^ا]|است[^ا]{2}ا[^ا]|ت[^ا]{2}ي[^ا]|م[^ا]ا[^ا]{2}ه"
                         r"|ت[^ا]ا[^ا][^اي])$")
TAFAUL = re.compile(r"^ت[^ا]{2}[^اي]$")   # تفعّل, the verbal noun of تفعّل ("التعرف"، "التقيد"، "التوصل")
NISBA_ENDINGS = ("ي", "يه")   # a nisba adjective as normalised: "الأمريكي"، "التركية"


def _broken_plural(written: str) -> bool:
    """A word written أفعال ("أعضاء"، "أطراف"، "أبناء") is a broken plural, not the verbal noun
    إفعال ("إرسال") that normalising the hamza makes it look like."""
    bare = strip_diacritics(written)
    return bare.startswith("أ") and len(bare) == 5 and bare[3] == "ا"


def _root_starts_alike(form: str, lemma: str) -> bool:
    """Does a verb form start like its lemma's root, past a conjunction, a present-tense prefix
    or a hamza? The lemmatizer guesses on unseen words ("وقرى" villages: lemma رأى)."""
    if len(lemma.strip("اويىء")) < 2:
        return False        # a weak root ("رأى"): its forms are listed, a guess of it is no evidence
    stem = form.lstrip("وف")
    first = lemma.lstrip("ا")[:1]
    return not first or stem[:1] == first or (stem[:1] in "يتنا" and stem[1:2] == first)


@dataclass
class Tok:
    """A word with the views patterns need."""

    i: int
    word: Word
    norm: str
    lemma: str
    glued: bool = False            # no space before it (a clitic's host, or punctuation)
    in_quote: bool = False
    abbreviation: bool = False     # the period of a title written short ("د." before a name)
    retagged: str | None = None    # the tag the writing proves, where the tagger's is impossible

    @property
    def upos(self) -> str:
        return self.retagged or self.word.upos

    @property
    def is_punct(self) -> bool:
        if self.abbreviation:
            return False
        return self.word.upos == "PUNCT" or (self.norm and all(not c.isalnum() for c in self.norm))


def tokens(sentence: Sentence, text: str) -> list[Tok]:
    toks, depth = [], False
    for i, w in enumerate(sentence.words):
        surface = text[w.start:w.end] if text else w.text
        norm = normalize(w.text)
        tok = Tok(i, w, norm, normalize(strip_diacritics(w.lemma or w.text)),
                  glued=i > 0 and w.start <= sentence.words[i - 1].end,
                  retagged=retag_word(w, surface, norm, toks[-1].norm if toks else ""))
        if w.text in QUOTES or surface in QUOTES:
            depth = not depth
            tok.in_quote = False
        else:
            tok.in_quote = depth
        toks.append(tok)
    return toks


class TokenView:
    """One sentence as :class:`Tok` objects, with the lexicon's word classes as attributes."""

    def __init__(self, sentence: Sentence, article_text: str, lex: CueLexicon | None = None):
        self.sentence = sentence
        self.text = article_text
        self.lex = lex or cue_lexicon()
        self.toks = tokens(sentence, article_text)
        self.comp = self.lex.word_class("complementizer")
        mark_spelled_names(self.toks, self.lex, self.comp)
        mark_title_abbreviations(self.toks, self.lex)
        retag_names_read_as_verbs(self.toks, self.lex, self.comp)
        end_unclosed_quotations(self.toks, self.text, self.verb_cue)
        self.filler = self.lex.word_class("filler")
        self.neg = self.lex.word_class("negation")
        self.content_prep = self.lex.word_class("content_preposition")
        self.circ_prep = self.lex.word_class("circumstance_preposition")
        self.circ_noun = self.lex.word_class("circumstance_noun")
        self.time = self.lex.word_class("time_word")
        self.left_boundary = self.lex.word_class("left_boundary")
        self.impersonal = self.lex.word_class("impersonal")
        self.preverbal = self.lex.word_class("preverbal_particle")
        self.attributed_words = {phrase[0] for kind, phrase in self.lex.attribution if kind == "attributed"}
        self.report_objects = self.lex.word_class("report_object")

    def listed_report_object(self, j: int) -> bool:
        """A verbal noun from the lexicon (not only of a verbal-noun shape) at ``j``. The tagger
        calls an indefinite one after a definite noun an adjective ("أكدت الهيئة أهمية")."""
        t = self.toks[j]
        return t.upos in ("NOUN", "ADJ") and not t.glued and (t.norm in self.report_objects
                                                     or t.norm.removeprefix("ال") in self.report_objects)

    def report_object_at(self, j: int) -> bool:
        """Does a verbal noun at ``j`` open the verb's object ("نفى إرسال قوات"، "أعلن الجيش
        السيطرة على")? Listed nouns, and the shapes of derived verbal nouns: إفعال (إرسال),
        افتعال/انفعال (احتلال، انسحاب), استفعال (استخدام), تفعيل (تدريب), مفاعلة (مشاركة)."""
        if self.listed_report_object(j):
            return True
        t = self.toks[j]
        # a definite verbal noun often names a body that speaks (المقاومة، الإعلام); the
        # shapes also fit names (إيران، إسلام, a listed first name) and statement nouns (تقرير، تصريح)
        return (t.upos == "NOUN" and not t.glued and not t.norm.startswith("ال")
                and bool(VERBAL_NOUN.match(t.norm)) and not self.speaker_noun(t.norm)
                and not _broken_plural(t.word.text) and self.first_name_gender(t) is None)

    def _title_noun(self, norm: str) -> bool:
        """An office or role (speaker kind ``speaker_role``: وزير، رئيس، أستاذ), not a body."""
        roles = self.lex.speaker_kinds.get("speaker_role", ())
        return norm in roles or norm.removeprefix("ال") in roles

    def speaker_noun(self, norm: str) -> bool:
        """Does the (normalised) word head a phrase naming a speaker: an office or role (وزير،
        متحدث) or a body (وزارة، الحكومة، وكالة), or a statement (بيان، تقرير)?"""
        return norm.removeprefix("ال") in self.lex.speaker_nouns

    def event_occasion_at(self, j: int) -> bool:
        """A preposition of time before an event noun (lexicon class ``event_preposition``: "مع
        تصاعد المظاهرات"، "عقب انتهاء الاجتماع"): the occasion of a statement."""
        if j + 1 >= len(self.toks) or self.toks[j].norm not in self.lex.word_class("event_preposition"):
            return False
        t = self.toks[j + 1]
        bare = t.norm.removeprefix("ال")
        return (bool(VERBAL_NOUN.match(bare)) or bare in self.report_objects) and not self.speaker_noun(t.norm)

    def definite(self, k: int) -> bool:
        """Is token ``k`` definite: with ال, or after ل, which takes the ال's alif (ل + لمنظمة for
        "للمنظمة")? Not a word whose own stem starts with ل ("للجنة الإعلام" is ل + لجنة)."""
        t = self.toks[k]
        return t.norm.startswith("ال") or (k > 0 and self.toks[k - 1].norm == "ل" and t.glued
                                           and t.norm.startswith("ل") and len(t.norm) > 3
                                           and not known_stem_word(t.word.text))

    def first_name_gender(self, t: Tok) -> str | None:
        return first_name_gender(t, self.lex)

    def owned_circumstance(self, j: int) -> bool:
        """A circumstance noun in ة with its owner's pronoun, split by the tokenizer: "في كلمت" +
        "ه" (his speech)."""
        return (j + 1 < len(self.toks) and self.toks[j + 1].glued and self.toks[j + 1].upos == "PRON"
                and any(f in self.circ_noun for f in marbuta_forms(self.toks[j].norm)))

    def _month_alias_at(self, j: int) -> bool:
        """Is token ``j`` in the brackets after a month that give its other name ("في يناير
        (كانون الثاني) الماضي"), brackets included?"""
        opening = next((k for k in range(j, max(j - MONTH_ALIAS_WORDS - 2, -1), -1) if self.toks[k].norm == "("), None)
        if opening is None or opening == 0 or self.toks[opening - 1].norm not in month_numbers():
            return False
        closing = next((k for k in range(opening + 1, min(opening + MONTH_ALIAS_WORDS + 2, len(self.toks)))
                        if self.toks[k].norm == ")"), None)
        return closing is not None and j <= closing

    def time_at(self, j: int) -> bool:
        """Is token ``j`` a time word? "العام"، "الشهر" and "الأسبوع" are only with a qualifier
        ("العام الماضي"): "الأمين العام" is the secretary-general. A day after a noun it names
        ("صلاة الجمعة"، lexicon class ``named_by_day``) is no time either."""
        t = self.toks[j]
        if t.norm == "اول" and [w.norm for w in self.toks[j + 1:j + 3]] == ["من", "امس"]:
            return True         # "أول من أمس": the day before yesterday
        if t.norm == "من" and j > 0 and self.toks[j - 1].norm == "اول" and j + 1 < len(self.toks) \
                and self.toks[j + 1].norm == "امس":
            return True
        if t.norm == "الاول" and j > 0 and self.toks[j - 1].norm == "امس":
            return True         # "أمس الأول", the same day written the other way round
        if j > 0 and (self.toks[j - 1].norm in QUALIFIED_TIMES or self.toks[j - 1].norm in self.time
                      or self._month_alias_at(j - 1)) and t.norm.removesuffix("ه") in TIME_QUALIFIERS:
            return True         # the qualifier of "الأيام الماضية"، "الجمعة الماضي"، "يناير (كانون الثاني) الماضي"
        if self._month_alias_at(j):
            return True
        if t.norm in self.lex.word_class("day_part") and j + 1 < len(self.toks) and self.toks[j + 1].norm in self.time:
            return True         # "فجر اليوم"، "عصر أمس": only before a day ("فجر انتحاري نفسه" is a verb)
        if t.norm in self.lex.word_class("period_part") and j + 1 < len(self.toks) and (
                self.toks[j + 1].norm in self.lex.word_class("period") or self.toks[j + 1].norm in month_numbers()
                or self.toks[j + 1].upos == "NUM"):
            return True         # "بداية عام 1987"، "مطلع الشهر"، "أواخر يوليو"
        if j > 0 and self.toks[j - 1].norm in self.lex.word_class("period_part") and self.time_at(j - 1):
            return True         # the period itself: عام of "بداية عام 1987"
        if t.norm not in self.time:
            return False
        if j > 0 and self.toks[j - 1].norm in self.lex.word_class("named_by_day"):
            return False        # "خطيب صلاة الجمعة": the Friday prayer, not a Friday
        if t.norm in QUALIFIED_TIMES:
            nxt = self.toks[j + 1].norm if j + 1 < len(self.toks) else ""
            return nxt.removesuffix("ه") in TIME_QUALIFIERS
        return True

    def verb_cue(self, t: Tok) -> str | None:
        """The lemma of a reporting verb (``lexicons/reporting_verbs.txt``), or None."""
        lex = self.lex
        if t.word.text.startswith("إ") and lex.verb_forms.get(t.norm, "").startswith("أ"):
            # written with hamza below, "إجابت(ك)"، "إدانت(ه)" are the verbal nouns إجابة، إدانة: the
            # past verbs أجابت، أدانت take hamza above
            return None
        if t.norm in lex.verb_forms and (t.norm not in lex.noun_ambiguous or t.upos == "VERB" or self._demands(t)):
            return lex.verb_forms[t.norm]
        if (t.upos in ("VERB", "AUX") and t.lemma in lex.verb_lemmas and t.lemma not in lex.noun_ambiguous
                and not (t.norm.startswith("ا") and not t.norm.startswith(t.lemma)) and _root_starts_alike(t.norm, t.lemma)):
            # a form in ا that is not the past of its lemma is a first-person present ("أبين" of
            # أبان): no report in news, mostly a place name the tagger took for a verb ("محافظة أبين")
            return lex.verb_lemmas[t.lemma]
        # the tokenizer left the conjunction on: "واشار" (hamza-less spelling it rarely saw)
        rest = t.norm[1:]
        if (t.norm[:1] in ("و", "ف") and len(rest) >= 3 and rest in lex.verb_forms
                and (rest not in lex.noun_ambiguous or t.upos == "VERB")):
            return lex.verb_forms[rest]
        return None

    def _demands(self, t: Tok) -> bool:
        """"طالب" the tagger calls a noun (a student) is the verb when a definite subject and the ب
        of what is demanded follow: "وقبل نحو عام طالب الرئيس المصري منفذي المشروع بإنجازه"."""
        k = t.i + 1
        if t.norm not in self.lex.word_class("noun_homograph") or k >= len(self.toks) or self.toks[k].glued:
            return False
        subject, before = self.toks[k], self.toks[t.i - 1] if t.i else None
        # after another verb's subject it is that verb's object: "وكرم المعهد طالب الدكتوراه"
        opens = before is None or not (self.definite(before.i) or before.upos == "PROPN")
        return (opens and (self.definite(k) or subject.upos == "PROPN")
                and any(u.norm == "ب" for u in self.toks[k + 1:k + 1 + DEMAND_REACH]))

    def phrase_end(self, j: int, word_class: str) -> int | None:
        """The token after a phrase of the lexicon class that starts at token ``j`` (its words
        as written, clitics joined: "عرفت نفسها باسم"، "من جانبه"; a conjunction glued to the
        first allowed), or None."""
        phrases = [p.split() for p in self.lex.word_class(word_class)]
        if not phrases:
            return None
        words = self.words_from(j, max(len(p) for p in phrases))
        for phrase in phrases:
            said = [w for w, _ in words[:len(phrase)]]
            if len(said) == len(phrase) and [said[0].removeprefix("و")] + said[1:] == phrase:
                return words[len(phrase) - 1][1]
        return None

    def anonymity_end(self, j: int) -> int | None:
        """The token after a clause that says why a source goes unnamed, starting at ``j``: a verb
        or participle of asking or refusing, an optional عدم, an act of naming and the name or
        identity with its pronoun ("طلب عدم نشر اسمه"، "رافضين الكشف عن هوياتهم"، "اشترطوا عدم
        نشر أسمائهم"; lexicon classes anonymity_verb, anonymity_act, anonymity_object), or None."""
        words = self.words_from(j, 6)
        if not words or words[0][0].removeprefix("و") not in self.lex.word_class("anonymity_verb"):
            return None
        k = 2 if len(words) > 1 and words[1][0] == "عدم" else 1
        for act in (a.split() for a in self.lex.word_class("anonymity_act")):
            said = [w for w, _ in words[k:k + len(act)]]
            if said == act and k + len(act) < len(words):
                name, end = words[k + len(act)]
                if any(name.startswith(o) and len(name) > len(o) for o in self.lex.word_class("anonymity_object")):
                    return end
        return None

    def words_from(self, j: int, count: int) -> list[tuple[str, int]]:
        """Up to ``count`` words from token ``j`` as written (a host and its clitics joined:
        "نفس" + "ها"), each with the index of the token after it."""
        out, k = [], j
        while k < len(self.toks) and len(out) < count and not self.toks[k].is_punct:
            word = self.toks[k].norm
            k += 1
            while k < len(self.toks) and self.toks[k].glued and not self.toks[k].is_punct:
                word += self.toks[k].norm
                k += 1
            out.append((word, k))
        return out

    def short_quote_end(self, i: int, longest: int = 4) -> int | None:
        """Index after the closing mark when a quotation starting at ``i`` is a short name; None
        when no quotation mark stands at ``i``."""
        if i >= len(self.toks) or self.toks[i].word.text not in QUOTES:
            return None
        for k in range(i + 1, min(i + longest + 2, len(self.toks))):
            if self.toks[k].word.text in QUOTES:
                return k + 1
        return None

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Character offsets into the article of tokens ``[a, b)``."""
        return self.toks[a].word.start, self.toks[b - 1].word.end
