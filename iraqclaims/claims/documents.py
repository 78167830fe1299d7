"""What "جاء فيه/فيها" points back to: the document a sentence names, or who issued it."""
from __future__ import annotations

from .preceding_subjects import PrecedingSubjects
from .tokens import MAX_SPEAKER_WORDS, RELATIVE_PRONOUNS, RESUMPTIVE


class DocumentAntecedents(PrecedingSubjects):
    """The document a resumptive "فيه" stands for ("صدر بيان مشترك ...، جاء فيه") and its issuer."""

    def statement_antecedent(self, before: int) -> tuple[int, int] | None:
        """What "فيه"/"فيها" of "جاء فيه" points back to: the nearest document before token
        ``before`` in the sentence ("صدر بيان مشترك ...، جاء فيه"، "كتبت الصحيفة افتتاحية
        بعنوان ... جاء فيها"), with its adjectives; None when the sentence names none."""
        # the tagger often reads "افتتاحية" as an adjective: the lexicon is the evidence
        k = next((k for k in range(before - 1, -1, -1) if self.document_at(k)
                  and not self._in_brackets(k, before)), None)
        if k is None:
            return None
        issuer = self._issuer(k)
        if issuer is not None or self.toks[k].norm.endswith("ا"):
            return issuer       # "أصدر ... بيانا": the object of someone left unfound, not a speaker
        b = k + 1       # its adjectives or the name it carries: "بيان مشترك"، "إعلان القاهرة"
        while b < min(before, k + 3) and not self.toks[b].glued and (
                self.toks[b].upos in ("ADJ", "PROPN") or (self.toks[b].upos == "NOUN" and self.definite(b))):
            b += 1
        return k, b

    def _issuer(self, k: int) -> tuple[int, int] | None:
        """Who issued the document at ``k``: a body it is "صادر عن" ("بيانا صادرا عن الفرقة"),
        else the named subject of the verb it is the object of ("أصدرت الوزارة بيانا"، "أصدر
        المدير الإقليمي للبرنامج، مهند هادي، بيانا"); none after an intransitive verb and a time
        ("صدر اليوم بيان")."""
        issued = self.lex.word_class("issued_by")
        for j in range(k + 1, min(len(self.toks) - 1, k + 3)):
            if self.toks[j].norm in issued and self.toks[j + 1].norm in ("عن", "من"):
                found = self.speaker_after(j + 1)
                if found is not None and self.mention(*found).plausible:
                    return found
        v = next((j for j in range(k - 1, max(-1, k - MAX_SPEAKER_WORDS - 8), -1) if self.toks[j].upos == "VERB"),
                 None)
        found = self.speaker_after(v) if v is not None else None
        if found is not None:
            found = (found[0], min(found[1], k))      # the subject phrase may run on into the object
        if found is None or found[0] >= found[1] or any(self.document_at(j) for j in range(*found)):
            return None
        mention = self.mention(*found)
        return found if mention.named and mention.plausible else None

    def author_of_opening_statement(self, cue: int) -> tuple[int, int] | None:
        """Whose statement the sentence opens with, before a verb with no subject of its own:
        "وفي بيان لمجلس الأمن صدر أمس، شدد على"، "وفي كلمة للوزير، أكد أن". The author follows
        the document noun with ل and runs to a verb, a time or the comma before the verb."""
        toks = self.toks
        s = 1 if toks and toks[0].norm in ("و", "ف") else 0
        if cue - s < 5 or toks[s].norm != "في" or not self.document_at(s + 1) or toks[cue - 1].norm not in ("،", ","):
            return None
        k = s + 2
        if toks[k].upos == "ADJ" and not toks[k].glued:
            k += 1          # "في بيان مشترك لـ"
        if toks[k].norm not in ("ل", "لل") or k + 1 >= cue - 1:
            return None
        a = b = k + 1
        while b < cue - 1 and not toks[b].is_punct and toks[b].upos not in ("VERB", "AUX") and not self.time_at(b):
            b += 1
        if b == a or any(toks[m].is_punct for m in range(b, cue - 1)) or cue - 1 - b > 3:
            return None     # what stands between the author and the comma: "صدر أمس"
        return (a, b) if self._names_someone(a, b) else None

    def said_in_what(self, cue: int) -> bool:
        """Does the verb at ``cue`` say where it was said with في and a pronoun pointing back to the
        noun right before it ("ألقى كلمة قال فيها:"، "طرح سؤالا قال فيه")? Then that noun is the
        speech or question, not who spoke: he is the subject of the verb it is the object of."""
        j = cue + 1
        if j < len(self.toks) and self.toks[j].glued and self.toks[j].upos == "PRON":
            j += 1          # the verb's object first: "سلمه رسالة دعاه فيها إلى زيارة مصر"
        return (cue > 0 and j + 1 < len(self.toks) and self.toks[j].norm == "في" and self.toks[j + 1].glued
                and self.toks[j + 1].upos == "PRON" and self.toks[j + 1].norm in RESUMPTIVE
                and self.toks[cue - 1].upos in ("NOUN", "ADJ", "PROPN") and not self.toks[cue - 1].is_punct)

    def _speech_before(self, cue: int) -> list[int]:
        """Where a speech, document or occasion stands in the words before the cue ("كلمة"، "مقالا")."""
        return [k for k in range(max(0, cue - MAX_SPEAKER_WORDS - 2), cue) if self.document_at(k)
                or self.toks[k].norm.removeprefix("ال").removesuffix("ا") in self.circ_noun
                or self.toks[k].norm.removeprefix("ال") in self.lex.word_class("report_noun")]

    def author_of_speech(self, cue: int) -> tuple[int, int] | None:
        """The named author after ل or من of the article or speech "قال فيه" points back to:
        "نشرت الصحيفة مقالا للكاتب سامي الحربي أكد فيه"، "لاعتراف آخر من رئيس غرفة التجارة ذكر فيه";
        None when no such author follows it."""
        speech_at = self._speech_before(cue)
        if not speech_at:
            return None
        k = speech_at[-1] + 1
        if k < cue and self.toks[k].upos == "ADJ" and not self.toks[k].glued:
            k += 1          # "اعتراف آخر من"
        if k + 1 >= cue or self.toks[k].norm not in ("ل", "لل", "من"):
            return None
        return (k + 1, cue) if self._names_someone(k + 1, cue) else None

    def _names_someone(self, a: int, b: int) -> bool:
        """Does ``[a, b)``, governed by a preposition, still name who speaks: a speaker noun
        first, or a name in it?"""
        return self.speaker_noun(self.toks[a].norm) or any(
            self.toks[m].upos == "PROPN" or self.first_name_gender(self.toks[m]) for m in range(a, b))

    def maker_of_speech(self, cue: int) -> tuple[int, int] | None:
        """Who gave the speech or asked the question that "قال فيها" points back to: the subject of
        the verb nearest before that speech, up to it ("ألقى الوزير كلمة قال فيها"، "وبدأ المدرب
        المران بمحاضرة حثهم فيها"), or None (left to resolve)."""
        speech_at = self._speech_before(cue)
        if not speech_at:
            return self.main_clause_subject(cue)
        last = speech_at[-1]
        verb = next((k for k in range(last - 1, -1, -1) if self.toks[k].upos == "VERB" and not self.time_at(k)
                     and not (k > 0 and self.toks[k - 1].norm in RELATIVE_PRONOUNS)), None)    # ("أمس"/VERB)
        if verb is None:
            return None
        rng = self.pluperfect_subject(verb) or self.speaker_after(verb)
        speech = rng and next((k for k in speech_at if rng[0] < k < rng[1]), None)
        return (rng[0], speech) if speech else rng      # (the subject phrase may run on into it)

    def _in_brackets(self, k: int, before: int) -> bool:
        """Token k stands inside brackets that close before ``before``: "بيان مشترك (إعلان القاهرة)"
        names the statement a second time."""
        texts = [t.word.text for t in self.toks]
        opened = next((j for j in range(k - 1, -1, -1) if texts[j] in "()"), None)
        return opened is not None and texts[opened] == "(" and ")" in texts[k + 1:before]
