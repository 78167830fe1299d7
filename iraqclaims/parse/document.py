"""Parsed text as plain data: words, sentences, documents, and their CoNLL-U form.

Everything downstream (claims, rules) works on these dataclasses, never on Stanza objects, so
parses pickle, cache as text, and can be built from hand-written CoNLL-U in tests.
Words are Stanza *words* (after multi-word-token expansion): a clitic-splitting tokenizer and
an official tokenize+mwt pipeline give the same shape. A word inside a multi-word token carries
the offsets of the whole token, since the surface string cannot be split by position.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Iterable, Sequence

from .conllu import ConlluError, read_conllu
from .sentences import SENTENCE_STOPS, ends_in_stop


@dataclass(frozen=True)
class Word:
    id: int            # 1-based position in the sentence, as in CoNLL-U
    text: str
    lemma: str
    upos: str
    xpos: str
    feats: str         # "Gender=Masc|Number=Sing", "" when none
    head: int          # 0 for the root
    deprel: str
    start: int         # character offsets into the parsed text
    end: int

    @property
    def features(self) -> dict[str, str]:
        return dict(f.split("=", 1) for f in self.feats.split("|") if "=" in f)

    @property
    def relation(self) -> str:
        """The universal relation without its subtype: ``nsubj:pass`` -> ``nsubj``."""
        return self.deprel.split(":", 1)[0]


@dataclass(frozen=True)
class Sentence:
    index: int         # 0-based position in the document
    text: str          # source_text[start:end] with runs of whitespace collapsed to one space
    start: int
    end: int
    words: tuple[Word, ...]

    def word(self, word_id: int) -> Word | None:
        return self.words[word_id - 1] if 0 < word_id <= len(self.words) else None

    def children(self, word: Word, *relations: str) -> list[Word]:
        return [w for w in self.words if w.head == word.id and (not relations or w.relation in relations)]

    def subtree(self, word: Word) -> list[Word]:
        """The word and everything it dominates, in sentence order."""
        keep = {word.id}
        changed = True
        while changed:
            changed = False
            for w in self.words:
                if w.head in keep and w.id not in keep:
                    keep.add(w.id)
                    changed = True
        return [w for w in self.words if w.id in keep]

    @property
    def root(self) -> Word | None:
        return next((w for w in self.words if w.head == 0), None)


@dataclass(frozen=True)
class ParsedDocument:
    sentences: tuple[Sentence, ...]
    model: str = ""    # identity of the models that produced the parse

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    @property
    def words(self) -> Iterable[Word]:
        for sentence in self.sentences:
            yield from sentence.words

    def to_conllu(self) -> str:
        lines = [f"# model = {self.model}"] if self.model else []
        for sentence in self.sentences:
            lines.append(f"# sent_id = {sentence.index}")
            lines.append("# text = " + " ".join(sentence.text.split()))
            for w in sentence.words:
                misc = f"start_char={w.start}|end_char={w.end}"
                lines.append("\t".join([str(w.id), w.text, w.lemma or "_", w.upos or "_", w.xpos or "_",
                                        w.feats or "_", str(w.head), w.deprel or "_", "_", misc]))
            lines.append("")
        return "\n".join(lines) + "\n"


def join_parts(parts: Sequence[tuple[int, ParsedDocument]], *, model: str = "") -> ParsedDocument:
    """One document from the parses of consecutive pieces of a text, each given with the offset
    where its piece starts (a piece's offsets count from its own start)."""
    if len(parts) == 1 and parts[0][0] == 0:
        return parts[0][1]
    sentences: list[Sentence] = []
    for delta, part in sorted(parts, key=lambda p: p[0]):
        for s in part.sentences:
            words = tuple(replace(w, start=w.start + delta, end=w.end + delta) for w in s.words)
            sentences.append(Sentence(len(sentences), s.text, s.start + delta, s.end + delta, words))
    return ParsedDocument(tuple(sentences), model=model)


def _clean(value: str | None) -> str:
    return "" if value in (None, "_") else value


def _spans_by_search(sentences: Sequence, joiner: str) -> list[tuple[int, list[tuple[int, int]]]]:
    """Offsets for a document read from CoNLL-U without start_char/end_char: sentences are
    laid end to end (joined by ``joiner``) and tokens are found left to right in ``# text``."""
    out = []
    base = 0
    for sentence in sentences:
        text = sentence.text or " ".join(t.text for t in sentence.tokens)
        cursor = 0
        spans = []
        for token in sentence.tokens:
            found = text.find(token.text, cursor)
            if found < 0:
                raise ConlluError(f"token {token.text!r} not found in sentence text {text!r}")
            spans.append((base + found, base + found + len(token.text)))
            cursor = found + len(token.text)
        out.append((base, spans))
        base += len(text) + len(joiner)
    return out


def from_stanza(doc, *, segments: Sequence[tuple[int, int]] | None = None, model: str = "",
                source_text: str | None = None) -> ParsedDocument:
    """Convert a ``stanza.Document`` from a pipeline, or the same shape read by :func:`read_conllu`.

    ``segments`` maps offsets of the string Stanza saw back to the original text: a sorted list of
    ``(offset_in_parsed_string, offset_in_original)`` for each stretch that was copied unchanged.
    ``source_text`` is the original text, used for sentence texts.
    """
    parse_starts = [p for p, _ in segments] if segments else None

    def original(offset: int) -> int:
        if not segments:
            return offset
        i = bisect.bisect_right(parse_starts, offset) - 1
        parsed_start, original_start = segments[max(i, 0)]
        return original_start + offset - parsed_start

    have_offsets = all(t.start_char is not None for s in doc.sentences for t in s.tokens)
    searched = None if have_offsets else _spans_by_search(doc.sentences, "\n")
    sentences = []
    for s_index, s in enumerate(doc.sentences):
        words = []
        for t_index, token in enumerate(s.tokens):
            if have_offsets:
                t_start, t_end = original(token.start_char), original(token.end_char)
            else:
                t_start, t_end = searched[s_index][1][t_index]
            for w in token.words:
                if have_offsets and w.start_char is not None:
                    w_start, w_end = original(w.start_char), original(w.end_char)
                else:
                    w_start, w_end = t_start, t_end
                words.append(Word(id=int(w.id), text=w.text, lemma=_clean(w.lemma), upos=_clean(w.upos),
                                  xpos=_clean(w.xpos), feats=_clean(w.feats),
                                  head=int(w.head) if w.head is not None else 0,
                                  deprel=_clean(w.deprel), start=w_start, end=w_end))
        if not words:
            continue
        start, end = min(w.start for w in words), max(w.end for w in words)
        if source_text is not None:
            text = " ".join(source_text[start:end].split())  # as written to CoNLL-U
        elif have_offsets:
            text = s.text or ""
        else:
            text = s.text or " ".join(t.text for t in s.tokens)
        sentences.append(Sentence(index=len(sentences), text=text, start=start, end=end, words=tuple(words)))
    return ParsedDocument(tuple(_rejoin_split_words(sentences, source_text)), model=model)


def _rejoin_split_words(sentences: list[Sentence], source_text: str | None) -> list[Sentence]:
    """Undo sentence boundaries the tokenizer put inside a word: a title line ending without
    punctuation came out as "... الاميرك" + a one-word sentence "ي". A sentence that starts where
    the previous one ends, with no space between, continues it; its root hangs on the last word
    before the break (``dep``: the parser never saw the two parts together). One that ends in a
    full stop ended there ("مع الأردن.وفي الشهر": scraped text lost the space), unless what follows
    is a number or another stop the tokenizer cut off ("الساعة 19.45"، "الكونجرس..إحباط")."""
    out: list[Sentence] = []
    for sentence in sentences:
        prev = out[-1] if out else None
        if prev is None or sentence.start != prev.end or _ended_at_stop(prev, sentence):
            out.append(Sentence(len(out), sentence.text, sentence.start, sentence.end, sentence.words))
            continue
        shift, anchor = len(prev.words), len(prev.words)
        moved = tuple(Word(id=w.id + shift, text=w.text, lemma=w.lemma, upos=w.upos, xpos=w.xpos, feats=w.feats,
                           head=w.head + shift if w.head else anchor, deprel=w.deprel if w.head else "dep",
                           start=w.start, end=w.end) for w in sentence.words)
        text = (" ".join(source_text[prev.start:sentence.end].split()) if source_text is not None
                else prev.text + sentence.text)
        out[-1] = Sentence(prev.index, text, prev.start, sentence.end, prev.words + moved)
    return out


def _ended_at_stop(prev: Sentence, sentence: Sentence) -> bool:
    first = sentence.words[0].text[:1] if sentence.words else ""
    return ends_in_stop(_last_tokens(prev.words)) and not (first.isdigit() or first in SENTENCE_STOPS)


def _last_tokens(words: Sequence[Word]) -> list[str]:
    """The sentence's last two tokens as written: the words of one token run together ("لهم" from
    ل + هم), punctuation stands alone."""
    tokens: list[list] = []     # [text, start, punctuation], last token first
    for word in reversed(words):
        punct = word.upos == "PUNCT"
        if tokens and word.end == tokens[-1][1] and not punct and not tokens[-1][2]:
            tokens[-1][0], tokens[-1][1] = word.text + tokens[-1][0], word.start
        elif len(tokens) == 2:
            break
        else:
            tokens.append([word.text, word.start, punct])
    return [text for text, _, _ in reversed(tokens)]


def from_conllu(conllu: str, *, model: str | None = None) -> ParsedDocument:
    """Read CoNLL-U (a cached parse, or a hand-made test fixture); raises
    :class:`~iraqclaims.parse.conllu.ConlluError` naming the line when it is malformed."""
    if model is None:
        first = conllu.split("\n", 1)[0]
        model = first[len("# model = "):] if first.startswith("# model = ") else ""
    return from_stanza(read_conllu(conllu), model=model)
