"""The :class:`Mention` a speaker phrase becomes: its text as written, gender and number, whether
it is anonymous, its head and name, and whether it can be someone who speaks."""
from __future__ import annotations

from dataclasses import dataclass

from .naming import NamingPhrases
from .tag_repairs import preposition_ala
from .tokens import VERBAL_NOUN

LEADING_NAME_WORDS = 3   # a first name and up to two family names before the role


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


class Mentions(NamingPhrases):
    """Turning token ranges into :class:`Mention` objects, for :class:`~.speaker_phrases.SpeakerPhrases`."""

    def _has_word(self, a: int, b: int) -> bool:
        """A speaker phrase holds a word of two letters or more: the tokenizer cuts fully vowelled
        text inside words ("نَع + َمْ"), and a lone letter with its vowels names no one."""
        return any(len(self.toks[k].norm) >= 2 and not self.toks[k].is_punct for k in range(a, b))

    def mention(self, a: int, b: int) -> Mention:
        """Tokens ``[a, b)`` as a speaker: text as written, gender, number, anonymity, head, name."""
        while b - 1 > a and self.toks[b - 1].norm in ("و", "ف", "،", ","):
            b -= 1          # a phrase cut before its next item ("نوري المالكي و") ends at the last word
        words = [t.word for t in self.toks[a:b]]
        start, end = words[0].start, words[-1].end
        text = " ".join(self.text[start:end].split()) if self.text else " ".join(w.text for w in words)
        if a > 0 and self.toks[a - 1].norm == "ل" and self.toks[a].glued and self.toks[a].norm.startswith("ل"):
            text = "ا" + text        # ل + الكاظمي is written للكاظمي; the split leaves لكاظمي
        name_start = b
        while name_start > a and self.toks[name_start - 1].upos == "PROPN":
            name_start -= 1
        h = next((k for k in range(a, b) if self.toks[k].upos in ("NOUN", "PROPN", "ADJ")), a)
        head = self.toks[h]
        feats = head.word.features
        after_preposition = name_start > a and self.toks[name_start - 1].upos == "ADP"
        name = (" ".join(t.word.text for t in self.toks[name_start:b])
                if (a < name_start < b or (name_start == a and b - a > 1))
                and not after_preposition and feats.get("Number") != "Plur" else "")
        # "كفاح محمود المستشار الإعلامي في رئاسة إقليم كردستان": the person before his role, whose
        # last words are the genitive of a noun in construct ("رئاسة"), not his name; after an
        # adjective or a definite title they are his ("مساعد مفوض الشرطة المحلية أبيناف تريخا")
        genitive = name and name_start > a and self.toks[name_start - 1].upos == "NOUN" \
            and not self.toks[name_start - 1].norm.startswith("ال")
        if b - a > 2 and (not name or genitive):
            # (a genitive is a body or a place, never the speaker's name: "في محافظة تعز")
            name = self._leading_name(a, b) or ("" if genitive else name)
        given = next((n for n in map(self.named_at, range(a, b)) if n is not None and n[1] == b), None)
        if given is not None:       # "رجل يدعى خالد": the name the phrase gives, however it is tagged
            first, last = self.toks[given[0]].word, self.toks[given[1] - 1].word
            name = (" ".join(self.text[first.start:last.end].split()) if self.text
                    else " ".join(t.word.text for t in self.toks[given[0]:given[1]]))
        gender = (self.first_name_gender(head) or feats.get("Gender")
                  or ("Fem" if head.norm.endswith("ه") or head.norm.endswith("ات") else None))
        kinds = self.lex.speaker_kinds
        norms = [t.norm for t in self.toks[a:b]]
        clause_text = " ".join(t.norm for t in self.toks)
        # in the accusative too: "لكن مسؤولا تركيا نفى"، "أن مصدرا أمنيا أكد"
        bare_head = head.norm.removesuffix("ا") if len(head.norm) > 3 else head.norm
        anonymous = bool({head.norm, bare_head} & set(kinds.get("anonymous", ()))) or (
            bare_head.removeprefix("ال") in {n.removeprefix("ال") for n in kinds.get("anonymous_role", ())}
            and (any(q in norms or q in clause_text for q in kinds.get("anonymous_qualifier", ()))
                 or self.toks[b - 1].upos != "PROPN")) \
            or (b < len(self.toks) and self.anonymity_end(b) is not None)   # "طالبا عدم ذكر اسمه"
        # (a state the tagger made a common noun names its government: "البحرين تستنكر")
        named = bool(name or anonymous or any(t.upos == "PROPN" or self.speaker_noun(t.norm) or self.first_name_gender(t)
                                              or t.norm in self.lex.word_class("state_name") for t in self.toks[a:b]))
        governed = self._governed(a)
        plausible = not governed and (named or not self._names_no_one(a))
        plural = feats.get("Number") == "Plur" and not self._titled_first_name(h, b)
        return Mention(text, (start, end), gender, plural, anonymous, head.norm, name,
                       plausible, named and not governed)

    def _titled_first_name(self, h: int, b: int) -> bool:
        """A person's title at ``h`` with a first name after it makes one person, whatever number
        the tagger gave the title ("المواطن"/Plur in "المواطن أحمد البركاتي"; "معاون مدير عام
        الدائرة، جمال العلوجي"); a name after a preposition belongs to a genitive ("القوات
        الموالية لحكومة الرئيس عبدربه منصور هادي" are many)."""
        if self.toks[h].norm.removeprefix("ال") not in self.lex.person_nouns:
            return False
        for t in self.toks[h + 1:b]:
            if t.upos == "ADP":
                return False
            if self.first_name_gender(t):
                return True
        return False

    def _governed(self, a: int) -> bool:
        """A phrase that a preposition governs ("وبشأن الوضع"، "في وقت") is never a subject."""
        first = self.toks[a]
        if first.norm == "ب" and self._split_name(a):
            return False    # "وأكد ب + حاح أن": the first letter of a name, not a preposition
        if self._name_ali(a):
            return False    # "وقال علي أحمدي": the name, which folds to the preposition على
        return first.upos == "ADP" or (a > 0 and first.glued and self.toks[a - 1].upos == "ADP")

    def names_someone(self, k: int) -> bool:
        """Does the word at ``k`` name someone who speaks: a proper noun, an office, a body or a
        source (speaker_kinds), or a listed first name?"""
        t = self.toks[k]
        # "ل + لمصادر" for للمصادر: the ل took the alif of the ال
        norm = "ا" + t.norm if self.definite(k) and not t.norm.startswith("ال") else t.norm
        return t.upos == "PROPN" or self.speaker_noun(norm) or self.first_name_gender(t) is not None

    def _name_ali(self, a: int) -> bool:
        """"علي" written with its dots before an indefinite word is the name Ali, not the
        preposition على (the same once normalised): "وقال علي أحمدي المتحدث"."""
        first = self.toks[a]
        nxt = self.toks[a + 1] if a + 1 < len(self.toks) else None
        return (first.norm == "علي" and not preposition_ala(first) and nxt is not None
                and nxt.upos in ("NOUN", "PROPN", "ADJ") and not nxt.glued and not self.definite(a + 1))

    def _leading_name(self, a: int, b: int) -> str:
        """A first name at ``a`` and the family name after it, when a role follows them: the name
        the speaker is known by in every article, whatever role each one gives him. One of the
        two must be a listed first name (a father's name serves as family name: "كفاح محمود")."""
        first = self.toks[a]
        if first.norm.startswith("ال") or self.speaker_noun(first.norm) or not (
                self.first_name_gender(first) or (a + 1 < b and self.first_name_gender(self.toks[a + 1]))):
            return ""
        k = a + 1
        while k < b and k - a < LEADING_NAME_WORDS and not self.speaker_noun(self.toks[k].norm) \
                and self.toks[k].norm not in ("احد", "احدي") \
                and (self.toks[k].upos == "PROPN" or not self.toks[k].norm.startswith("ال")) and not self.toks[k].is_punct:
            k += 1
        # a role or a kind of person follows the name ("المستشار"، "عضو"، "ناشط"); a body does not
        # ("مساعد مفوض الشرطة": an office, not a man called so)
        if k == a + 1 or k >= b or not (self._title_noun(self.toks[k].norm) or self.toks[k].norm.removeprefix("ال")
                                        in self.lex.speaker_kinds.get("person", ())):
            return ""
        first_word, last_word = self.toks[a].word, self.toks[k - 1].word
        return (" ".join(self.text[first_word.start:last_word.end].split()) if self.text
                else " ".join(t.word.text for t in self.toks[a:k]))     # as written: "كفاين", not "ك فاين"

    def _names_no_one(self, a: int) -> bool:
        """A phrase headed by an event, a time or a quantifier ("قصف"، "اتخاذ موقف"، "أواخر
        الشهر"، "أي بيان") names no one who speaks, unless a name or an office is in it (the
        caller asks only for phrases without one)."""
        head = self.toks[a]
        return (self.report_object_at(a) or self.time_at(a) or head.norm in self.lex.word_class("non_speaker")
                or bool(VERBAL_NOUN.match(head.norm.removeprefix("ال"))) or head.upos in ("PRON", "NUM", "DET"))
