"""The toolbox claim patterns get: a :class:`SentenceReader` over one parsed sentence.

It is the token view (:mod:`.tokens`), the speaker phrases (:mod:`.speaker_phrases`) and where
content starts and ends (:mod:`.content_span`), plus "according to" phrases and
:meth:`SentenceReader.claim` to build what a pattern returns. Positions are token indices and ranges ``[a, b)``;
:meth:`~.tokens.TokenView.span` turns a range into character offsets into the article.
"""
from __future__ import annotations

from dataclasses import dataclass

from .content_span import ContentSpan
from .tokens import SENTENCE_ENDS
from .model import CLAIM_KINDS
from .mentions import Mention


@dataclass
class RawClaim:
    """A claim as one sentence shows it; the article's reading resolves and numbers it."""

    sentence_index: int
    speaker: Mention | None        # None: left implicit (pro-drop), resolved from earlier speakers
    cue_lemma: str
    cue_text: str
    cue_span: tuple[int, int] | None
    content_span: tuple[int, int]
    kind: str
    via: tuple[str, ...] = ()
    # an implicit speaker is the one this sentence (or the one before) already has, as for a
    # circumstantial participle ("..., موضحاً أن"), rather than the latest that agrees in gender
    continues_speaker: bool = False
    pattern: str = ""              # the claim pattern that found it


AS_REPORTED = "كما"     # the attribution phrase that needs a reporting verb after a comma


class SentenceReader(ContentSpan):
    """One sentence for the claim patterns. Patterns run in turn on the same reader:
    :attr:`claims` holds what earlier patterns found in the sentence and :attr:`cues` the token
    indices of reporting cues they recognised (even those that gave no claim)."""

    def __init__(self, sentence, article_text: str, lex=None):
        super().__init__(sentence, article_text, lex)
        self.claims: list[RawClaim] = []
        self.cues: list[int] = []
        self._according: list[tuple[str, int, int]] | None = None

    def claim(self, *, cue: tuple[int, int], content: tuple[int, int], kind: str, speaker: Mention | None = None,
              lemma: str | None = None, via: tuple[str, ...] = (), continues_speaker: bool = False) -> RawClaim:
        """What a pattern returns: the cue's and the content's token ranges, the kind of content
        (direct, indirect, report, according_to, headline), the speaker (None: implicit, resolved
        from the article's earlier speakers, and the claim dropped when there are none) and the
        cue's lemma (default: its words as written)."""
        if kind not in CLAIM_KINDS:
            raise ValueError(f"claim kind {kind!r}: use one of {', '.join(CLAIM_KINDS)}")
        words = " ".join(t.word.text for t in self.toks[cue[0]:cue[1]])
        return RawClaim(self.sentence.index, speaker, words if lemma is None else lemma, words,
                        self.span(*cue), self._whole_words(self.span(*content)), kind, tuple(via), continues_speaker)

    def _whole_words(self, span: tuple[int, int]) -> tuple[int, int]:
        """Content never ends inside a word: where the tokenizer cut a word at what looked like a
        clitic ("... وأمير" + "كا"), the span reaches to the end of the word as written."""
        start, end = span
        while self.text and end < len(self.text) and self.text[end].isalpha():
            end += 1
        if self.text and end < len(self.text) and _opened_quotation(self.text[start:end], self.text[end]):
            end += 1        # a quoted name or word closing the content keeps its closing mark: «ضار»
        if self.text and start > 0 and _opened_quotation(self.text[start:end][::-1].translate(_MIRROR),
                                                          self.text[start - 1].translate(_MIRROR)):
            start -= 1      # and one opening it its opening mark: إن «الجيش والمقاومة» سيطروا
        return start, end

    def according_to(self) -> list[tuple[str, int, int]]:
        """(kind, first token, token after the marker) of attribution phrases ("بحسب ما قال").
        Words are matched as written (clitics re-glued), so a split "ب حسب" still matches; a
        phrase ending in the clitic ل ("وفقاً لـ") needs that clitic as the next token. Read once
        per sentence: cue finding, each cue's speaker and its chain all ask."""
        if self._according is None:
            self._according = self._find_according_to()
        return list(self._according)

    def _find_according_to(self) -> list[tuple[str, int, int]]:
        groups: list[list[int]] = []
        for t in self.toks:
            if groups and t.glued and not t.is_punct and not self.toks[t.i - 1].is_punct:
                groups[-1].append(t.i)
            else:
                groups.append([t.i])
        surface = ["".join(self.toks[i].norm for i in g) for g in groups]
        # "وبحسب"، "ووفقا": a conjunction glued to the phrase's first word
        bare = [w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w for w in surface]
        found, g = [], 0
        while g < len(groups):
            for kind, phrase in self.lex.attribution:
                words, clitic = (phrase[:-1], phrase[-1]) if phrase[-1] == "ل" else (phrase, None)
                if tuple(surface[g:g + len(words)]) != words and (
                        (bare[g],) + tuple(surface[g + 1:g + len(words)]) != words):
                    continue
                end = groups[g + len(words) - 1][-1] + 1
                if clitic is not None:
                    if end >= len(self.toks) or self.toks[end].norm not in ("ل", "لل"):
                        continue
                    end += 1
                start = groups[g][0]
                if words == (AS_REPORTED,) and not self._reported_as(start, groups[g + 1][0] if g + 1 < len(groups) else None):
                    continue
                g += len(words)
                if words[-1] in ("ما", "لما", "حسبما", AS_REPORTED):
                    if not (g < len(groups) and self.verb_cue(self.toks[groups[g][0]])):
                        continue    # "حسبما أستطيع"، "وفق ما هو متبع": as one can, as is done; no source
                    # "وفق ما أفادت مصادر"، "حسبما صرح": any reporting verb after "ما" is part of the phrase
                    end = groups[g][-1] + 1
                    g += 1
                found.append((kind, start, end))
                break
            else:
                g += 1
        return found

    def according_source_before(self, i: int) -> tuple[int, int] | None:
        """The source an according-to phrase before token ``i`` names ("بحسب مختصين في الشأن
        العسكري"), when it could speak."""
        for kind, _, b in reversed(self.according_to()):
            if kind == "statement" or b >= i:
                continue
            k = self.speaker_end(b, i)
            if k > b and self.mention(b, k).plausible:
                return b, k
        return None

    def _reported_as(self, at: int, verb: int | None) -> bool:
        """Is "كما" at ``at`` the trailing "as reported by" ("، كما ذكرت الجمعة مصادر رسمية."):
        after a comma, a reporting verb in the third person, then a source (a name, an office, a
        body, sources) that ends the sentence? Not "also" ("، كما أعلنت حالة الطوارئ"، "كما ندعو
        الجميع") nor an aside the clause goes on after ("، كما تقول المنظمة، عن مقتل ...")."""
        if (verb is None or at == 0 or self.toks[at - 1].norm not in ("،", ",") or not self.verb_cue(self.toks[verb])
                or self.toks[verb].word.features.get("Person") == "1"):
            return False
        a = verb + 1
        while a < len(self.toks) and self.time_at(a):
            a += 1
        b = self.speaker_end(a)
        ends = b == len(self.toks) or self.toks[b].word.text in SENTENCE_ENDS
        return ends and b > a and any(self.toks[k].upos == "PROPN" or self.speaker_noun(self.toks[k].norm)
                                      for k in range(a, b))


_MIRROR = str.maketrans("«»“”", "»«”“")
_PAIRS = {"»": "«", "”": "“"}


def _opened_quotation(content: str, following: str) -> bool:
    """Does ``content`` leave a quotation open that the character ``following`` it closes?"""
    if following in _PAIRS:
        return content.count(_PAIRS[following]) > content.count(following)
    return following == '"' and content.count('"') % 2 == 1
