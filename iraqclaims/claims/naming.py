"""Speakers named by a naming phrase: "امرأة منشقة عن التنظيم عرفت نفسها باسم سلمى"، "رجل يدعى
خالد"، "شاب اسمه أحمد". The name the phrase gives belongs to the speaker (lexicon class ``naming``
in lexicons/clause_words.txt), so a later "وقالت سلمى" or a pro-drop verb finds the same person."""
from __future__ import annotations

from .speaker_bounds import SpeakerBounds


class NamingPhrases(SpeakerBounds):
    """Where a naming phrase gives a speaker's name, for :class:`~.speaker_phrases.SpeakerPhrases`."""

    def naming_end(self, j: int, reach: int = 3) -> int | None:
        """Past a naming phrase and the name it gives, when one starts at ``j`` or a few words
        after it ("امرأة منشقة عن التنظيم عرفت نفسها باسم سلمى"، "رجل يدعى خالد"): the name
        belongs to the speaker. None when there is none, or no name after it."""
        for start in range(j, min(len(self.toks), j + reach + 1)):
            if start > j and (self.toks[start - 1].is_punct or self.toks[start - 1].norm in self.comp
                              or self.toks[start - 1].upos == "VERB"):
                return None
            name = self.named_at(start)
            if name is not None:
                return name[1]
        return None

    def named_at(self, k: int) -> tuple[int, int] | None:
        """The name a naming phrase starting at token ``k`` gives, as tokens ``[a, b)``."""
        a = self.phrase_end(k, "naming")
        if a is None or (k > 0 and self.toks[k].glued and self.toks[k - 1].norm in ("ب", "ل")):
            return None     # "باسمه واسم شعبه": in his own name, not "اسمه خالد" (his name is)
        b = self._name_end(a)
        return (a, b) if b is not None else None

    def _name_end(self, k: int, longest: int = 3) -> int | None:
        """The end of the name that starts at ``k``: its first word whatever the tagger called it
        (PUD-trained, it reads "أحمد" as a preposition), then names and nouns."""
        end = k
        while end < len(self.toks) and end - k < longest \
                and (self.toks[end].upos in ("PROPN", "NOUN", "X", "ADJ") or end == k) \
                and not self.toks[end].is_punct and self.toks[end].norm not in self.comp \
                and (end == k or not self.stops_speaker(end)) and not self._circumstance_at(end):
            end += 1
            # a name is never cut inside its written word: the tokenizer reads "لينا" as لي + نا
            while end < len(self.toks) and self.toks[end].glued and not self.toks[end].is_punct:
                end += 1
        return end if end > k else None
