"""Where a claim's content ends: at the next report, at a comma before a new reporting verb, at
the writer's contrast ("، إلا أن"، "بينما"), trailing conjunctions left out. For
:class:`~.content_span.ContentSpan`."""
from __future__ import annotations

from .speaker_phrases import SpeakerPhrases
from .tokens import QUOTES


class ClauseEnds(SpeakerPhrases):
    """Content ends, for :class:`~.reader.SentenceReader`."""

    def clause_end(self, start: int, next_cue: int | None, nominal: bool = False) -> int:
        """Where content starting at ``start`` ends: at the next cue (or the sentence end), or
        earlier at a comma before a verb outside quotation marks; trailing و/ف/كما/ثم and
        punctuation are left out. ``nominal``: the content is the verb's object, which the writer's
        contrast ends ("أعلن الجيش تحرير المدينة، إلا أن المعارك استمرت"، "تنفي التدخل لكنها")."""
        end = next_cue if next_cue is not None else len(self.toks)
        depth = False
        for k in range(start, end - 1):
            if self.toks[k].word.text in QUOTES:
                depth = not depth
            elif not depth and self.toks[k].norm in ("،", ",") and (
                    (self._clause_after_comma(k + 1) and not self._bare_subject(start, k))
                    or (nominal and self._contrast_at(k + 1))):
                end = k
                break
            elif not depth and k > start and (self._channel_afterthought(k)
                                              or (nominal and self.toks[k].norm in ("،", ",") and self._which_does(k + 1))):
                end = k
                break
            elif (not depth and nominal and k > start and self.toks[k].norm.removeprefix("و") in ("لكن", "لكنه", "لكنها", "لكنهم")
                  and not {t.norm for t in self.toks[max(start, k - 2):k]} & {"،", ","}):
                end = k         # "تنفي التدخل لكنها تؤكد": the object ends where "but" opens a clause
                break           # (after a comma the speaker may go on: "مؤكدا على التسامح، ولكن ...")
        while end > start:
            if self.toks[end - 1].norm in ("و", "ف", "كما", "،", ",", "ثم") or self.toks[end - 1].is_punct:
                end -= 1
                continue
            # "... أكثر أمنا بينما" before the writer's second source
            opener = next((j for j in range(max(start, end - 2), end) if self.phrase_end(j, "writer_contrast") == end), None)
            if opener is None:
                break
            end = opener
        return end

    def _channel_afterthought(self, k: int) -> bool:
        """"وذلك في بيان نشرته الأمانة"، "وذلك خلال مؤتمر صحفي" at ``k``: the writer adds where it
        was said (a document or an occasion, lexicon classes ``document_noun`` and
        ``circumstance_noun``), not what ("وذلك في انفجار عبوة" goes on with the speech)."""
        toks, n = self.toks, len(self.toks)
        j = k + 1 if toks[k].norm == "وذلك" else k + 2 if toks[k].norm == "و" and k + 1 < n and toks[k + 1].norm == "ذلك" else None
        if j is None or j + 1 >= n or toks[j].norm not in ("في", "خلال", "عبر"):
            return False
        noun = toks[j + 1].norm.removeprefix("ال")
        return noun in self.lex.word_class("document_noun") or noun in self.circ_noun

    def _which_does(self, k: int) -> bool:
        """"، ما يسهم في ..."، "، مما يعني" at ``k``: the writer's comment on what was announced."""
        return (k + 1 < len(self.toks) and self.toks[k].norm in ("ما", "مما")
                and "Aspect=Imp" in self.toks[k + 1].word.feats and self.verb_cue(self.toks[k + 1]) is None)

    def _contrast_at(self, k: int) -> bool:
        """"إلا أن"، "غير أن" at ``k``: the writer sets something against what came before."""
        return (k + 1 < len(self.toks) and self.toks[k].norm in self.lex.word_class("contrast_particle")
                and self.toks[k + 1].norm in self.comp)

    def _bare_subject(self, start: int, k: int) -> bool:
        """Are tokens ``[start, k)`` only a definite noun phrase, a subject still waiting for its
        verb ("أن جميع المؤشرات والتقارير، تؤكد أن")? Then the reporting verb after the comma is
        its predicate, not a new report."""
        words = self.toks[start:k]
        return bool(words) and all(
            t.norm in ("و", "ف") or t.norm in self.lex.word_class("quantifier") or self.definite(t.i)
            for t in words)

    def _clause_after_comma(self, k: int) -> bool:
        """Does a new report start at ``k``, right after a comma: a reporting verb, with or
        without its conjunction or the writer's contrast ("، وأضاف"، "، قالت الوزارة"، "، بينما تشير"),
        or a source with its conjunction ("، وبحسب شهود"), or the speaker's expectation (lexicon
        class ``stance_participle``: "، متوقعا")? Any other verb continues the
        reported speech, the way Arabic strings clauses ("يستهدف أمن اليمن، وينفذه الحوثي ...")."""
        n = len(self.toks)
        if k >= n:
            return False
        k = self.phrase_end(k, "writer_contrast") or k     # "، بينما تشير طالبان إلى"
        if k >= n:
            return False
        t = self.toks[k]
        if self._source_after_and(k):
            return True
        if t.norm in ("و", "ف") and k + 1 < n:
            t = self.toks[k + 1]
        if t.norm in self.lex.word_class("stance_participle"):
            return True         # "، متوقعا الإعلان عن": the speaker's own expectation follows
        return t.upos == "VERB" and self.verb_cue(t) is not None

    def _source_after_and(self, k: int) -> bool:
        """Does "و" and an attribution phrase open a clause at ``k`` ("، وبحسب شهود فإن"، "، ووفقا
        لمصادر")? Another source speaks there ("وفقا" itself starts with its root's و)."""
        t = self.toks[k]
        if not (t.norm == "و" or (t.norm.startswith("و") and not t.norm.startswith("وفق"))):
            return False
        for kind, a, b in self.according_to():
            if kind != "statement" and a in (k, k + 1) and b < len(self.toks):
                m = self.speaker_end(b)
                while m < len(self.toks) and self.toks[m].norm in ("،", ",", "ف"):
                    m += 1
                # a clause of its own follows the source; a source set off inside the reported
                # clause does not end it ("أخلوا، ووفقا لشهود عيان، مواقعهم")
                return m < len(self.toks) and (self.toks[m].norm in self.comp or self.toks[m].upos == "VERB")
        return False

    def after_writer_contrast(self, k: int) -> bool:
        """Does "بينما"، "فيما" or "في حين" stand right before token ``k``?"""
        return any(self.phrase_end(j, "writer_contrast") == k for j in range(max(0, k - 2), k))
