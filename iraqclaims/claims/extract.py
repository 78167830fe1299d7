"""Finding attributed claims in parsed Arabic news: speaker, reporting cue, content.

The parser finds a reporting verb's subject more often than its complement, so the extractor
reads clause edges from the surface (complementisers أن/إن, quotation marks, colons, commas)
and uses the parse as a helper: for the subject's extent, for subjects before the verb, and for
gender and number when a speaker is left implicit. It degrades to surface patterns rather than
dropping a claim when the parse is wrong.

Patterns handled (see the tests for examples):
  * verb + subject + أن/إن/إلى أن clause (indirect), verb + quotation (direct), verb + colon;
  * verb + subject + nominal complement ("دعا المجتمعون الحكومة إلى ...") as a report;
  * subject before the verb ("المتحدثة باسم البيت الأبيض جين ساكي أشارت إلى أن ...");
  * circumstantial participles (موضحاً، مضيفاً ...) continuing the governing verb's speaker;
  * pro-drop and feminine verbs, resolved to the latest compatible speaker of the article;
  * nested reports ("نقلت الوكالات عن مصدر حكومي القول إن الكاظمي ذكر أن ...") with their chain;
  * statements attributed to someone ("تصريحا منسوبا للكاظمي أشار فيه إلى ...");
  * "according to" sources (بحسب، وفقاً لـ، نقلاً عن ...), statements as speakers ("جاء في البيان أن");
  * headline attributions ("الكاظمي: العراق لم يعد بحاجة الى القوات الاجنبية").
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from ..normalize import normalize, strip_diacritics
from ..parse.document import Sentence, Word
from .cues import CueLexicon, cue_lexicon

LOG = logging.getLogger(__name__)

QUOTES = {'"', "“", "”", "«", "»", "'"}
RELATIVE_PRONOUNS = {"الذي", "التي", "الذين", "اللذان", "اللتان", "اللواتي", "اللاتي"}
MAX_SPEAKER_WORDS = 14


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


@dataclass
class RawClaim:
    sentence_index: int
    speaker: Mention
    cue_lemma: str
    cue_text: str
    cue_span: tuple[int, int] | None
    content_span: tuple[int, int]
    kind: str
    via: tuple[str, ...] = ()
    resolved: bool = False


@dataclass
class _Tok:
    """A word with the views the extractor needs."""

    i: int
    word: Word
    norm: str
    lemma: str
    glued: bool = False            # no space before it (a clitic's host, or punctuation)
    in_quote: bool = False

    @property
    def upos(self) -> str:
        return self.word.upos

    @property
    def is_punct(self) -> bool:
        return self.word.upos == "PUNCT" or (self.norm and all(not c.isalnum() for c in self.norm))


@dataclass
class _Cue:
    index: int
    kind: str                      # "verb", "participle", "statement"
    lemma: str
    speaker: Mention | None = None
    speaker_range: tuple[int, int] | None = None   # token indices [a, b)
    content_start: int | None = None               # token index of the first content word
    content_kind: str = "report"
    nested_in: "_Cue | None" = None
    source_via: tuple[str, ...] = ()
    claims: list = field(default_factory=list)


def _tokens(sentence: Sentence, text: str) -> list[_Tok]:
    toks, depth = [], False
    for i, w in enumerate(sentence.words):
        surface = text[w.start:w.end] if text else w.text
        norm = normalize(w.text)
        tok = _Tok(i, w, norm, normalize(strip_diacritics(w.lemma or w.text)),
                   glued=i > 0 and w.start <= sentence.words[i - 1].end)
        if w.text in QUOTES or surface in QUOTES:
            depth = not depth
            tok.in_quote = False
        else:
            tok.in_quote = depth
        toks.append(tok)
    return toks


class SentenceReader:
    """Reads the claims of one sentence; keeps no state between sentences."""

    def __init__(self, sentence: Sentence, article_text: str, lex: CueLexicon | None = None):
        self.sentence = sentence
        self.text = article_text
        self.lex = lex or cue_lexicon()
        self.toks = _tokens(sentence, article_text)
        self.comp = self.lex.word_class("complementizer")
        self.filler = self.lex.word_class("filler")
        self.neg = self.lex.word_class("negation")
        self.content_prep = self.lex.word_class("content_preposition")
        self.circ_prep = self.lex.word_class("circumstance_preposition")
        self.circ_noun = self.lex.word_class("circumstance_noun")
        self.time = self.lex.word_class("time_word")
        self.left_boundary = self.lex.word_class("left_boundary")
        self.impersonal = self.lex.word_class("impersonal")
        self.preverbal = self.lex.word_class("preverbal_particle")
        self._attributed_words = {phrase[0] for kind, phrase in self.lex.attribution if kind == "attributed"}

    # ---------------------------------------------------------------- cue detection
    def _verb_cue(self, t: _Tok) -> str | None:
        lex = self.lex
        if t.norm in lex.verb_forms and (t.norm not in lex.noun_ambiguous or t.upos == "VERB"):
            return lex.verb_forms[t.norm]
        if t.upos in ("VERB", "AUX") and t.lemma in lex.verb_lemmas and t.lemma not in lex.noun_ambiguous:
            return lex.verb_lemmas[t.lemma]
        # the tokenizer left the conjunction on: "واشار" (hamza-less spelling it rarely saw)
        rest = t.norm[1:]
        if (t.norm[:1] in ("و", "ف") and len(rest) >= 3 and rest in lex.verb_forms
                and (rest not in lex.noun_ambiguous or t.upos == "VERB")):
            return lex.verb_forms[rest]
        return None

    def _short_quote_end(self, i: int, longest: int = 4) -> int | None:
        """Index after the closing mark when a quotation starting at ``i`` is a short name."""
        for k in range(i + 1, min(i + longest + 2, len(self.toks))):
            if self.toks[k].word.text in QUOTES:
                return k + 1
        return None

    def _relative(self, i: int) -> bool:
        """A verb inside a relative clause ("القوى السياسية التي أعلنت") reports nothing."""
        return i > 0 and self.toks[i - 1].norm in RELATIVE_PRONOUNS

    def _takes_object_pronoun(self, i: int) -> bool:
        """"بيان تابعته "ايلاف"" (a statement Elaph followed): a verb with an object pronoun
        glued to it is not reporting speech here; reporting تابع/أضاف take no object."""
        nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
        return (nxt is not None and nxt.glued and nxt.upos == "PRON" and nxt.norm in ("ه", "ها", "هم")
                and self.toks[i].norm in self.lex.word_class("object_pronoun_not_report"))

    def _negated(self, i: int) -> bool:
        j = i - 1
        while j >= 0 and self.toks[j].norm in ("و", "ف"):
            j -= 1
        return j >= 0 and self.toks[j].norm in self.neg

    def cues(self) -> list[_Cue]:
        out = []
        # "بحسب ما قال المتحدث ...": the verb belongs to the according-to phrase, not a cue
        in_phrase = {k for _, a, b in self.according_to() for k in range(a, b)}
        for t in self.toks:
            if t.in_quote or t.is_punct or t.i in in_phrase:
                continue
            if "Voice=Pass" in t.word.feats:
                continue
            lemma = self._verb_cue(t)
            if t.norm in self.impersonal or (lemma and self._takes_object_pronoun(t.i)):
                continue
            if lemma and not self._negated(t.i) and not self._relative(t.i):
                out.append(_Cue(t.i, "verb", lemma))
            elif t.norm in self.lex.participles and (t.i > 0 or self._opens_report(t.i)):
                out.append(_Cue(t.i, "participle", self.lex.participles[t.norm]))
            elif t.norm == "جاء" and t.i + 1 < len(self.toks) and self.toks[t.i + 1].norm == "في":
                out.append(_Cue(t.i, "statement", "جاء في"))
        return out

    def _opens_report(self, i: int) -> bool:
        """A participle that starts a sentence ("مشيرا الى ان ..." after a full stop the writer put
        too early) still reports when a complementiser follows."""
        ahead = [t.norm for t in self.toks[i + 1:i + 3]]
        return bool(ahead) and (ahead[0] in self.comp or (ahead[0] in self.content_prep and ahead[1:2]
                                                          and ahead[1] in self.comp))

    # ---------------------------------------------------------------- speaker phrases
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
                    or t.norm in RELATIVE_PRONOUNS or self._verb_cue(t)):
                return False
            k += 1
        return 0 < k - j <= 4 and k < len(self.toks) and self.toks[k].norm in ("،", ",")

    def _stops_speaker(self, j: int) -> bool:
        t = self.toks[j]
        if t.is_punct or t.norm in self.comp or t.norm in self.filler - {"ما"}:
            return True
        if t.norm in self.time:
            return True
        nxt = self.toks[j + 1].norm if j + 1 < len(self.toks) else ""
        if t.norm in ("الي", "علي", "عن"):
            return True
        if t.norm == "ب" and nxt not in ("اسم",):
            return True
        if t.norm in self.circ_prep and (nxt in self.circ_noun or nxt in self.time
                                         or (j + 1 < len(self.toks) and self.toks[j + 1].upos == "NUM")):
            return True
        if j > 0 and self._starts_new_phrase(j):
            return True
        if t.upos == "VERB" and self._verb_cue(t) is None and t.norm not in ("طلب", "رفض", "فضل"):
            # The PUD-trained tagger reads unfamiliar names as verbs ("أحمد الصحاف"، "ماثيو
            # تولر"); a perfect-looking "verb" right after a name or a role noun, or just before
            # the complementiser, is taken as part of the name.
            prev = self.toks[j - 1] if j > 0 else None
            if nxt in self.comp or (prev is not None and prev.upos in ("PROPN", "NOUN", "ADJ")
                                    and "Aspect=Imp" not in t.word.feats and not t.glued
                                    and j + 1 < len(self.toks) and self.toks[j + 1].upos in ("PROPN", "NOUN")):
                return False
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
        # an adjective of "المجتمعون" would agree with it (…ون); "المجتمعون الحكومة" is two phrases
        if (t.norm.startswith("ال") and prev.norm.startswith("ال") and prev.norm.endswith("ون")
                and not t.norm.endswith(("ون", "ين")) and t.upos in ("NOUN", "ADJ")):
            return True
        nxt = self.toks[j + 1] if j + 1 < len(self.toks) else None
        return (t.upos == "NOUN" and nxt is not None and nxt.glued and nxt.upos == "PRON"
                and prev.upos in ("NOUN", "PROPN", "ADJ") and not prev.glued)

    def speaker_after(self, cue: _Cue) -> tuple[int, int] | None:
        """The subject phrase right after a verb (Arabic's usual verb-subject order)."""
        start = cue.index + 1
        if self.toks[cue.index].norm.endswith("وا"):
            return None                 # "وأكدوا التزامهم": a plural verb form carries its subject
        j = start
        while j < len(self.toks) and j - start < MAX_SPEAKER_WORDS:
            prev = self.toks[j - 1]
            if j > start and self.toks[j].word.text in QUOTES and (
                    prev.upos == "ADP" or prev.norm in self.lex.speaker_kinds.get("organisation", ())):
                close = self._short_quote_end(j)
                if close is not None:          # a quoted name: مصادر مقربة من "الحشد الشعبي"
                    j = close
                    continue
            if self._stops_speaker(j):
                break
            j += 1
        if j == start:
            return None
        # the parse knows where the subject ends and an object begins ("دعا المجتمعون الحكومة")
        subject = [w for w in self.sentence.children(self.toks[cue.index].word, "nsubj")
                   if start <= w.id - 1 < j]
        if subject and not self._complement_follows(j):
            ids = [w.id - 1 for w in self.sentence.subtree(subject[0]) if start <= w.id - 1 < j]
            end = max(ids) + 1
            objects = [w.id - 1 for w in self.sentence.children(self.toks[cue.index].word, "obj")
                       if end <= w.id - 1 < j and self.toks[w.id - 2].word.text not in QUOTES]
            if objects:
                j = min(j, min(objects))
        # an appositive name between commas: "وزير الخارجية العراقي، فؤاد حسين، على أن"
        if j < len(self.toks) and self.toks[j].norm in ("،", ",") and self._appositive_name(j + 1):
            k = j + 1
            while k < len(self.toks) and k - j <= 4 and not self.toks[k].is_punct and self.toks[k].norm not in self.comp:
                k += 1
            if k < len(self.toks) and (self.toks[k].norm in ("،", ",") or self.toks[k].norm in self.comp):
                j = k
        if not any(self.toks[k].upos in ("NOUN", "PROPN", "ADJ", "X", "NUM") for k in range(start, j)):
            return None
        return start, j

    def _complement_follows(self, j: int) -> bool:
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

    def speaker_before(self, cue: _Cue) -> tuple[int, int] | None:
        """A subject before the verb: "الكاظمي يتحدث"، "إلا أن المتحدثة ... أشارت"."""
        if (cue.index > 0 and self.toks[cue.index - 1].norm in ("و", "ف") and self.toks[cue.index].glued
                and not any(t.norm == "اما" for t in self.toks[max(0, cue.index - MAX_SPEAKER_WORDS):cue.index])):
            # "…، وأكدوا": و opens a new clause, its subject is not before it ("أما X فنقلت" is)
            return None
        end = cue.index
        while end > 0 and self.toks[end - 1].norm in self.preverbal:
            end -= 1
        j = end
        while j > 0 and end - j < MAX_SPEAKER_WORDS:
            t = self.toks[j - 1]
            if t.is_punct or t.norm in self.left_boundary or t.upos == "VERB" or t.norm in self.comp:
                break
            j -= 1
        while j < end and self.toks[j].norm in self.preverbal:
            j += 1
        if j == end or not any(self.toks[k].upos in ("NOUN", "PROPN") for k in range(j, end)):
            return None
        return j, end

    def mention(self, a: int, b: int) -> Mention:
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
        return Mention(text, (start, end), gender, feats.get("Number") == "Plur", anonymous, head.norm, name)

    # ---------------------------------------------------------------- content
    def content_start(self, frm: int, until: int) -> tuple[int | None, str]:
        """First content word after a cue and its speaker, and the kind of content.

        Skipped on the way: commas, times ("مساء الثلاثاء"), circumstances ("في مقابلة مع
        التلفزيون الرسمي"), quoted short names ("لـ"العربي الجديد"") and fillers ("القول").
        Content then starts after a complementiser (indirect), an opening quotation mark or a
        colon (direct); any other word starts a nominal complement (report)."""
        ahead = self._complement_ahead(frm, until)
        if ahead is not None:
            frm = ahead
        j, in_circumstance = frm, False
        while j < until:
            t = self.toks[j]
            nxt = self.toks[j + 1] if j + 1 < until else None
            if t.norm in self.comp:
                k = j + 1
                while k < until and (self.toks[k].norm in ("ه", "ها", "هم", "هما") or not self.toks[k].norm):
                    k += 1
                if k < until and self.toks[k].word.text in QUOTES:
                    return k + 1, "direct"
                return k, "indirect"
            if t.word.text in QUOTES:
                close = self._short_quote_end(j, longest=2)
                if close is not None and close < until and not self.toks[close].is_punct:
                    j = close              # a quoted name on the way: تابعته "ايلاف" إن
                    continue
                return j + 1, "direct"
            if t.norm == ":":
                k = j + 1
                if k < until and self.toks[k].word.text in QUOTES:
                    return k + 1, "direct"
                return k, "direct"
            if (t.norm in ("،", ",", "(", ")") or t.norm in self.time or t.norm in self.filler
                    or (t.upos == "PRON" and t.glued and j > frm and self.toks[j - 1].norm in self.filler)):
                in_circumstance = False if t.norm in ("،", ",") else in_circumstance
                j += 1
                continue
            if t.norm in self.content_prep and nxt is not None and (
                    nxt.norm in self.comp or (nxt.word.text in QUOTES and j + 2 < until and self.toks[j + 2].in_quote
                                              and self._short_quote_end(j + 1, longest=2) is None)):
                j += 1                     # "أشار إلى أن"، "شدد على "الاحترام ..."": a quotation
                continue
            if t.norm in self.circ_prep and nxt is not None and nxt.norm in self.time and not in_circumstance:
                j += 1                     # "بعد ظهر الأربعاء": the time words are skipped one by one
                continue
            if t.norm in self.circ_prep and nxt is not None and (nxt.norm in self.circ_noun or nxt.upos == "NUM"):
                in_circumstance = True
                j += 1
                continue
            if in_circumstance:
                j += 1
                continue
            return j, "report"
        return None, "report"

    def _complement_ahead(self, frm: int, until: int, reach: int = 30) -> int | None:
        """Where a complement starts past an inserted circumstance or relative clause: "قال
        حسين، الذي يزور واشنطن حالياً ...، إن"، "أكد في 18 من الشهر الماضي أن". Only looked for
        when the words after the speaker open such an insertion, so a nominal complement that
        itself contains أن ("أعرب عن تأييده ... أن") is left alone."""
        if frm >= until:
            return None
        first = self.toks[frm]
        if not (first.norm in ("،", ",", "(") or first.norm in self.circ_prep or first.norm in self.time
                or first.norm in RELATIVE_PRONOUNS):
            return None
        for k in range(frm, min(until, frm + reach)):
            t = self.toks[k]
            if t.norm in ("؛", ";", ".", "؟", "?", "!"):
                return None
            if t.in_quote:
                continue
            nxt = self.toks[k + 1].norm if k + 1 < until else ""
            if t.norm in self.comp or t.norm == ":" or (t.norm in self.content_prep and nxt in self.comp):
                return k
            opening = k + 1 < until and self.toks[k + 1].in_quote
            if t.word.text in QUOTES and opening and self._short_quote_end(k, longest=2) is None:
                return k
        return None

    def clause_end(self, start: int, next_cue: int | None) -> int:
        end = next_cue if next_cue is not None else len(self.toks)
        depth = False
        for k in range(start, end - 1):
            if self.toks[k].word.text in QUOTES:
                depth = not depth
            elif not depth and self.toks[k].norm in ("،", ",") and self.toks[k + 1].upos == "VERB":
                end = k
                break
        while end > start and (self.toks[end - 1].norm in ("و", "ف", "كما", "،", ",", "ثم")
                               or self.toks[end - 1].is_punct):
            end -= 1
        return end

    def span(self, a: int, b: int) -> tuple[int, int]:
        return self.toks[a].word.start, self.toks[b - 1].word.end

    # ---------------------------------------------------------------- attributed and sourced
    def attributed_to(self, before: int) -> tuple[Mention, tuple[str, ...]] | None:
        """"تصريحا منسوبا للكاظمي أشار فيه" -> (الكاظمي, (وكالات,))"""
        for j in range(max(0, before - MAX_SPEAKER_WORDS), before):
            if self.toks[j].norm in self._attributed_words and j + 1 < before and self.toks[j + 1].norm in ("ل", "لل"):
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

    def according_to(self) -> list[tuple[str, int, int]]:
        """(kind, first token, token after the marker) of attribution phrases ("بحسب ما قال").
        Words are matched as written (clitics re-glued), so a split "ب حسب" still matches; a
        phrase ending in the clitic ل ("وفقاً لـ") needs that clitic as the next token."""
        groups: list[list[int]] = []
        for t in self.toks:
            if groups and t.glued and not t.is_punct and not self.toks[t.i - 1].is_punct:
                groups[-1].append(t.i)
            else:
                groups.append([t.i])
        surface = ["".join(self.toks[i].norm for i in g) for g in groups]
        found, g = [], 0
        while g < len(groups):
            for kind, phrase in self.lex.attribution:
                words, clitic = (phrase[:-1], phrase[-1]) if phrase[-1] == "ل" else (phrase, None)
                if tuple(surface[g:g + len(words)]) != words:
                    continue
                end = groups[g + len(words) - 1][-1] + 1
                if clitic is not None:
                    if end >= len(self.toks) or self.toks[end].norm not in ("ل", "لل"):
                        continue
                    end += 1
                found.append((kind, groups[g][0], end))
                g += len(words)
                break
            else:
                g += 1
        return found

    # ---------------------------------------------------------------- the sentence
    def read(self) -> list[tuple[_Cue, RawClaim | None]]:
        cues = self.cues()
        results: list[tuple[_Cue, RawClaim | None]] = []
        for n, cue in enumerate(cues):
            next_index = cues[n + 1].index if n + 1 < len(cues) else None
            if cue.kind == "statement":
                j = cue.index + 2
                k = j
                while k < len(self.toks) and not self.toks[k].is_punct and self.toks[k].norm not in self.comp:
                    k += 1
                if k > j:
                    cue.speaker_range = (j, k)
                    cue.speaker = self.mention(j, k)
                frm = k
            elif cue.kind == "participle":
                frm = cue.index + 1
            else:
                rng = self.speaker_after(cue)
                if rng is None:
                    attributed = self.attributed_to(self.speaker_before(cue)[1] if self.speaker_before(cue) else cue.index)
                    if attributed:
                        cue.speaker, cue.source_via = attributed
                    else:
                        rng = self.speaker_before(cue)
                if rng is not None:
                    cue.speaker_range = rng
                    cue.speaker = self.mention(*rng)
                frm = (rng[1] if rng and rng[0] > cue.index else cue.index + 1)
                # "نقلت الوكالات عن مصدر حكومي القول إن": the source after عن joins the chain
                if frm < len(self.toks) and self.toks[frm].norm == "عن" and normalize(cue.lemma) in self.lex.word_class("transmission"):
                    k = frm + 1
                    while k < len(self.toks) and not self._stops_speaker(k) and self.toks[k].norm not in self.filler:
                        k += 1
                    if k > frm + 1:
                        cue.source_via = (self.mention(frm + 1, k).text,)
                        frm = k
            if cue.kind == "verb" and cue.speaker is None and not cue.source_via and self._imperfect(cue.index):
                cue.content_kind = "none"   # "ويعتبرون الآن أن": a description, not a report
                results.append((cue, None))
                continue
            start, kind = self.content_start(frm, next_index if next_index is not None else len(self.toks))
            if start is None:
                start, kind = len(self.toks), "report"
            cue.content_start, cue.content_kind = start, kind
            results.append((cue, None))
        cues = [cue for n, cue in enumerate(cues) if not self._embedded(cue, cues[:n])]
        # nested reports: a cue whose speaker sits right after an earlier cue's complementiser
        for n, cue in enumerate(cues):
            if cue.speaker_range and cue.speaker_range[1] <= cue.index:
                for outer in cues[:n]:
                    if outer.content_start == cue.speaker_range[0] and outer.content_kind == "indirect":
                        cue.nested_in = outer
        out = []
        for n, cue in enumerate(cues):
            if any(c.nested_in is cue for c in cues):
                continue
            next_index = cues[n + 1].index if n + 1 < len(cues) else None
            if next_index is not None and cues[n + 1].nested_in is not None and cues[n + 1].speaker_range:
                next_index = cues[n + 1].speaker_range[0]
            if cue.content_kind == "none":
                continue
            end = self.clause_end(cue.content_start, next_index)
            if cue.content_kind == "direct":
                close = next((k for k in range(cue.content_start, len(self.toks))
                              if self.toks[k].word.text in QUOTES), None)
                if close is not None and (next_index is None or close < next_index):
                    end = close
            if end - cue.content_start < 2:
                continue
            if cue.content_kind == "report" and cue.kind != "verb" and not self._participle_report(cue):
                continue
            via: tuple[str, ...] = ()
            outer = cue.nested_in
            while outer is not None:
                via += outer.source_via + ((outer.speaker.text,) if outer.speaker else ())
                outer = outer.nested_in
            via = cue.source_via + via
            t = self.toks[cue.index]
            out.append((cue, RawClaim(self.sentence.index, cue.speaker, cue.lemma, t.word.text,
                                      (t.word.start, t.word.end), self.span(cue.content_start, end),
                                      cue.content_kind, via)))
        if not cues:
            out.extend((None, c) for c in self._according_to_claims())
            headline = self._headline()
            if headline:
                out.append((None, headline))
        return out

    def _participle_report(self, cue: _Cue) -> bool:
        """"، مشيرة إلى وجود تباين"، "، مشيداً بالعمل"، "، معرباً عن أمله": a participle after a
        comma whose nominal complement opens with a preposition reports that complement."""
        i = cue.index
        return (cue.kind == "participle" and i > 0 and self.toks[i - 1].norm in ("،", ",")
                and i + 1 < len(self.toks) and self.toks[i + 1].norm in self.content_prep
                and cue.content_start == i + 1)

    def _imperfect(self, i: int) -> bool:
        t = self.toks[i]
        return t.norm.startswith(("ي", "ت")) and ("Aspect=Imp" in t.word.feats or not t.lemma.startswith(t.norm[0]))

    def _embedded(self, cue: _Cue, earlier: list[_Cue]) -> bool:
        """A reporting verb inside an earlier claim's content is part of that content ("أكد أن
        بلاده تجدد التزامها"، "أن البيان سيذكر أن") unless it reports, in the past, a clause of
        its own: "نقلت الوكالات عن مصدر القول إن الكاظمي ذكر أن" stays a nested report."""
        if cue.kind != "verb":
            return False
        inside = any(o.content_kind in ("indirect", "direct") and o.content_start is not None
                     and o.content_start <= cue.index and not self._quote_closed(o, cue.index) for o in earlier)
        if not inside:
            return False
        t = self.toks[cue.index]
        future = cue.index > 0 and self.toks[cue.index - 1].norm in ("س", "سوف")
        return cue.content_kind == "report" or future or "Aspect=Imp" in t.word.feats

    def _quote_closed(self, outer: _Cue, i: int) -> bool:
        """Was ``outer``'s quotation closed before token ``i``, with no complementiser between
        ("أكد "..."، كما شدد على") rather than a second complement ("شدد على أن "..."، وأن بلاده تجدد")?"""
        start = outer.content_start
        if outer.content_kind != "direct" or start == 0 or self.toks[start - 1].word.text not in QUOTES:
            return False
        close = next((k for k in range(start, i) if self.toks[k].word.text in QUOTES), None)
        return close is not None and not any(self.toks[k].norm in self.comp for k in range(close, i))

    def _according_to_claims(self) -> list[RawClaim]:
        claims = []
        for kind, a, b in self.according_to():
            if kind == "statement":
                continue
            k = b
            while k < len(self.toks) and not self._stops_speaker(k):
                k += 1
            if k == b:
                continue
            speaker = self.mention(b, k)
            if a > 1:
                content = (0, self.clause_end(0, a))
            else:
                m = k
                while m < len(self.toks) and self.toks[m].norm in ("،", ",", ":"):
                    m += 1
                content = (m, self.clause_end(m, None))
            if content[1] - content[0] < 3:
                continue
            while content[0] < content[1] and self.toks[content[0]].norm in ("و", "ف"):
                content = (content[0] + 1, content[1])
            claims.append(RawClaim(self.sentence.index, speaker, kind, " ".join(t.word.text for t in self.toks[a:b]),
                                   self.span(a, b), self.span(*content), "according_to"))
        return claims

    def _speaker_head(self, t: _Tok) -> bool:
        """Does the word head a phrase naming a speaker: an office or role (وزير، متحدث) or a
        body (وزارة، الحكومة، وكالة)?"""
        kinds = self.lex.speaker_kinds
        bare = t.norm.removeprefix("ال")
        return any(bare == w.removeprefix("ال") for name in ("speaker_role", "statement", "media", "government",
                                                             "organisation", "anonymous") for w in kinds.get(name, ()))

    def _headline(self) -> RawClaim | None:
        """"الكاظمي: العراق لم يعد بحاجة الى القوات الاجنبية" (a name, a colon, a statement)."""
        colon = next((t.i for t in self.toks[:6] if t.norm == ":"), None)
        if colon is None or colon == 0 or len(self.toks) - colon < 4:
            return None
        left = self.toks[:colon]
        if any(t.norm in ("-", "من", "–") or t.is_punct for t in left):
            return None
        if len(left) == 1:
            # one word before the colon names a speaker ("حماس:"، "واشنطن:"، "الكاظمي:") whatever
            # the tagger made of it: names ending in ي come out as nisba adjectives, حماس as a verb
            if left[0].upos not in ("PROPN", "NOUN", "ADJ", "X", "VERB"):
                return None
        elif any(t.upos == "VERB" for t in left[1:]) or not (left[0].upos == "PROPN" or self._speaker_head(left[0])):
            return None            # "الحرب في سوريا: ..." is a topic, not a speaker; "ولي" came out a verb
        speaker = self.mention(0, colon)
        if normalize(speaker.text).strip() in self.lex.word_class("headline_label"):
            return None
        end = self.clause_end(colon + 1, None)
        return RawClaim(self.sentence.index, speaker, ":", ":",
                        self.span(colon, colon + 1), self.span(colon + 1, end), "headline")


def read_sentence(sentence: Sentence, article_text: str) -> list[tuple[_Cue | None, RawClaim]]:
    return [(cue, claim) for cue, claim in SentenceReader(sentence, article_text).read() if claim is not None]
