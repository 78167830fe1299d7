"""Subjects set off from their verb by a clause: an indefinite speaker described by a clause
between commas ("لكن مسؤولا أميركيا، رفض نشر اسمه، قال")، the subject of a conceded clause that
"إلا أنه" points back to ("ورغم أن أردوغان لم يشر ...، إلا أنه قال") and one between كان and an
aside before قد ("وكان فريق طبي ...، عاد ...، قد أشار"). For :class:`~.preceding_subjects.PrecedingSubjects`,
whose ``speaker_before`` they call."""
from __future__ import annotations

from .mentions import Mentions
from .tokens import MAX_SPEAKER_WORDS, QUOTES, RELATIVE_PRONOUNS, SENTENCE_ENDS

ASIDE_AFTER_KANA = 40      # tokens from كان to قد when an aside stands between the subject and قد


class SetOffSubjects(Mentions):
    """Subjects a clause sets off from their verb."""

    def _described_indefinite_before(self, cue: int, reach: int) -> tuple[int, int] | None:
        """An indefinite subject described by a clause set off by commas, which needs no relative
        pronoun after an indefinite noun: "لكن مسؤولا أميركيا، رفض نشر اسمه، قال إن". The clause
        opens with its verb and holds no other punctuation, complementiser or report."""
        if cue < 4 or self.toks[cue - 1].norm not in ("،", ","):
            return None
        opening = None
        for k in range(cue - 2, max(0, cue - reach), -1):
            t = self.toks[k]
            if t.norm in ("،", ","):
                opening = k
                break
            if t.is_punct or t.norm in self.comp or t.word.text in QUOTES or self.verb_cue(t) \
                    or t.norm in RELATIVE_PRONOUNS:
                return None
        if opening is None or self.toks[opening + 1].upos != "VERB" or self.toks[opening + 1].glued:
            return None
        found = self.speaker_before(opening)
        if found is None or self.definite(found[0]) or self.toks[found[0]].upos == "PROPN":
            return None     # (a name or a definite noun would need الذي)
        # the subject opens its clause ("لكن"، "غير أن"): deeper in a phrase it is some genitive
        # ("وأحد وجهاء محافظة البيضاء، نداء", a noun the tagger calls a verb)
        before = self.toks[found[0] - 1].norm if found[0] > 0 else None
        if not (before is None or before in self.comp or before == "لكن"
                or (found[0] == 1 and before in ("و", "ف"))):
            return None
        return found if self.mention(*found).plausible else None

    def _conceded_subject(self, complement: int, verb: int) -> tuple[int, int] | None:
        """"ورغم أن أردوغان لم يشر إلى الحزب، إلا أنه قال": the أن after "although" opens no
        report but the conceded clause, whose named subject the pronoun of "إلا أنه" stands for."""
        before = self.toks[complement - 1].norm if complement > 0 else ""
        if before.removeprefix("و") not in self.lex.word_class("concessive") and not (
                before == "من" and complement > 1 and self.toks[complement - 2].norm in self.lex.word_class("concessive")):
            return None
        first_verb = next((k for k in range(complement + 1, verb) if self.toks[k].upos == "VERB"), None)
        while first_verb is not None and first_verb > complement + 1 and self.toks[first_verb - 1].norm in self.neg:
            first_verb -= 1     # "أن الوزير لم يحدد"
        found = self.speaker_before(first_verb) if first_verb is not None else None
        if found is None or found[0] != complement + 1 or not self.mention(*found).named:
            return None
        return found

    def _before_aside_after_kana(self, end: int) -> tuple[int, int] | None:
        """"وكان فريق طبي تابع لمنظمة أطباء بلا حدود، عاد قبل أيام من عدن، قد أشار": a clause
        set off by commas between the subject and قد; the subject runs from كان to its first comma."""
        kana = next((k for k in range(end - 1, max(-1, end - ASIDE_AFTER_KANA), -1)
                     if self.toks[k].norm in ("كان", "كانت") or self.toks[k].norm in SENTENCE_ENDS
                     or self.toks[k].norm in self.comp or self.verb_cue(self.toks[k]) is not None), None)
        if kana is None or self.toks[kana].norm not in ("كان", "كانت"):
            return None
        comma = next((k for k in range(kana + 1, end) if self.toks[k].norm in ("،", ",")), None)
        if comma is None or comma - kana - 1 > MAX_SPEAKER_WORDS or comma == kana + 1 \
                or any((t.is_punct and t.word.text not in QUOTES) or t.upos in ("VERB", "AUX")
                       for t in self.toks[kana + 1:comma]):
            return None
        # a clause opens with its verb and goes on past a name; a name alone (the tagger may call
        # its first word a verb) is the subject's: "وكان أبرز سيناتور ...، تشاك شومر، قد أعلن"
        aside = self.toks[comma + 1:end]
        clause = bool(aside) and aside[0].upos == "VERB" and any(t.upos in ("ADP", "NOUN") for t in aside)
        return (kana + 1, comma) if clause else None
