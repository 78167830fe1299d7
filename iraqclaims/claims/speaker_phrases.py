"""Speaker phrases: the subject after or before a reporting verb, a speaker named through an
attributed statement, and the :class:`Mention` a phrase becomes."""
from __future__ import annotations

from dataclasses import dataclass

from .tokens import MAX_SPEAKER_WORDS, QUOTES, RELATIVE_PRONOUNS, TokenView


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


class SpeakerPhrases(TokenView):
    """Finding where a speaker phrase starts and ends around a cue."""

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
                    or t.norm in RELATIVE_PRONOUNS or self.verb_cue(t)):
                return False
            k += 1
        return 0 < k - j <= 4 and k < len(self.toks) and self.toks[k].norm in ("،", ",")

    def stops_speaker(self, j: int) -> bool:
        """Does the speaker phrase end before token ``j`` (punctuation, a complementiser, a time,
        a preposition opening a circumstance, an object, a verb that is not part of a name)?"""
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
        if t.upos == "VERB" and self.verb_cue(t) is None and t.norm not in ("طلب", "رفض", "فضل"):
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

    def speaker_after(self, cue: int) -> tuple[int, int] | None:
        """Tokens ``[a, b)`` of the subject right after the verb at ``cue`` (Arabic's usual
        verb-subject order), or None."""
        start = cue + 1
        if self.toks[cue].norm.endswith("وا"):
            return None                 # "وأكدوا التزامهم": a plural verb form carries its subject
        j = start
        while j < len(self.toks) and j - start < MAX_SPEAKER_WORDS:
            prev = self.toks[j - 1]
            if j > start and self.toks[j].word.text in QUOTES and (
                    prev.upos == "ADP" or prev.norm in self.lex.speaker_kinds.get("organisation", ())):
                close = self.short_quote_end(j)
                if close is not None:          # a quoted name: مصادر مقربة من "الحشد الشعبي"
                    j = close
                    continue
            if self.stops_speaker(j):
                break
            j += 1
        if j == start:
            return None
        # the parse knows where the subject ends and an object begins ("دعا المجتمعون الحكومة")
        subject = [w for w in self.sentence.children(self.toks[cue].word, "nsubj")
                   if start <= w.id - 1 < j]
        if subject and not self._complement_follows(j):
            ids = [w.id - 1 for w in self.sentence.subtree(subject[0]) if start <= w.id - 1 < j]
            end = max(ids) + 1
            objects = [w.id - 1 for w in self.sentence.children(self.toks[cue].word, "obj")
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

    def speaker_before(self, cue: int) -> tuple[int, int] | None:
        """Tokens ``[a, b)`` of a subject before the verb at ``cue``: "الكاظمي يتحدث"، "إلا أن
        المتحدثة ... أشارت"; or None."""
        if (cue > 0 and self.toks[cue - 1].norm in ("و", "ف") and self.toks[cue].glued
                and not any(t.norm == "اما" for t in self.toks[max(0, cue - MAX_SPEAKER_WORDS):cue])):
            # "…، وأكدوا": و opens a new clause, its subject is not before it ("أما X فنقلت" is)
            return None
        end = cue
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
        """Tokens ``[a, b)`` as a speaker: text as written, gender, number, anonymity, head, name."""
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

    def attributed_to(self, before: int) -> tuple[Mention, tuple[str, ...]] | None:
        """The speaker of a statement attributed to someone in the words before token ``before``,
        with who carried it: "نشرت وكالات تصريحا منسوبا للكاظمي أشار فيه" -> (الكاظمي, (وكالات,))."""
        for j in range(max(0, before - MAX_SPEAKER_WORDS), before):
            if self.toks[j].norm in self.attributed_words and j + 1 < before and self.toks[j + 1].norm in ("ل", "لل"):
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
