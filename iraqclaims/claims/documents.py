"""What "جاء فيه/فيها" points back to: the document a sentence names, or who issued it."""
from __future__ import annotations

from .preceding_subjects import PrecedingSubjects
from .tokens import MAX_SPEAKER_WORDS


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

    def _in_brackets(self, k: int, before: int) -> bool:
        """Token k stands inside brackets that close before ``before``: "بيان مشترك (إعلان القاهرة)"
        names the statement a second time."""
        texts = [t.word.text for t in self.toks]
        opened = next((j for j in range(k - 1, -1, -1) if texts[j] in "()"), None)
        return opened is not None and texts[opened] == "(" and ")" in texts[k + 1:before]
