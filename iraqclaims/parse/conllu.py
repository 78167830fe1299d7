"""A CoNLL-U reader of our own, so that reading cached parses does not import Stanza and, with
it, PyTorch: 1.5 s of the 3.1 s that a warm fixture report took.

It yields what :func:`~iraqclaims.parse.document.from_stanza` reads from a Stanza document,
with the meaning Stanza's ``CoNLL.conll2doc`` gives it: ``# text`` (the last one before a
sentence) is the sentence text, ``start_char``/``end_char`` in MISC are offsets, a range line
``1-2`` is a multi-word token holding the words it covers, empty nodes (``1.1``) are skipped.
Where Stanza builds something the data model cannot hold (word ids out of sequence, a range
without its words, half an offset pair), this reader stops with the line number instead.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# Stanza's comment syntax: "# key = value", spaces optional, the value stripped
_COMMENT = re.compile(r"^#\s*([^=]+?)\s*=\s*(.*?)\s*$")
_FIELDS = 10


class ConlluError(ValueError):
    """Malformed CoNLL-U; the message names the line."""


@dataclass(slots=True)
class ConlluWord:
    id: int
    text: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int | None
    deprel: str
    start_char: int | None
    end_char: int | None


@dataclass(slots=True)
class ConlluToken:
    text: str
    start_char: int | None
    end_char: int | None
    words: list[ConlluWord] = field(default_factory=list)


@dataclass(slots=True)
class ConlluSentence:
    text: str | None
    tokens: list[ConlluToken]


@dataclass(slots=True)
class ConlluDocument:
    sentences: list[ConlluSentence]


def _offsets(misc: str, line_no: int) -> tuple[int | None, int | None]:
    if "_char=" not in misc:
        return None, None
    start = end = None
    for item in misc.split("|"):
        key, eq, value = item.partition("=")
        if not eq or key not in ("start_char", "end_char"):
            continue
        try:
            number = int(value)
        except ValueError:
            raise ConlluError(f"line {line_no}: {key} is not a number: {value!r}") from None
        if key == "start_char":
            start = number
        else:
            end = number
    if (start is None) != (end is None):
        raise ConlluError(f"line {line_no}: MISC has only one of start_char and end_char: {misc!r}")
    return start, end


class _SentenceBuilder:
    """One sentence's rows, checked as they come: word ids 1, 2, 3 ... and each range line
    followed by exactly the words it covers."""

    def __init__(self):
        self.tokens: list[ConlluToken] = []
        self.next_id = 1
        self.range_end = 0         # last word id of the open multi-word token, 0 when none
        self.range_line = 0

    def add(self, cols: list[str], line_no: int) -> None:
        ident, form, misc = cols[0], cols[1], cols[9]
        if "-" in ident:
            first, _, last = ident.partition("-")
            try:
                first_id, last_id = int(first), int(last)
            except ValueError:
                raise ConlluError(f"line {line_no}: bad multi-word token range {ident!r}") from None
            self._check_range_closed()
            if first_id != self.next_id or last_id < first_id:
                raise ConlluError(f"line {line_no}: multi-word token {ident} where word {self.next_id} "
                                  f"was expected")
            if not form:
                raise ConlluError(f"line {line_no}: multi-word token {ident} has no FORM")
            self.tokens.append(ConlluToken(form, *_offsets(misc, line_no)))
            self.range_end, self.range_line = last_id, line_no
            return
        try:
            word_id = int(ident)
        except ValueError:
            raise ConlluError(f"line {line_no}: bad word id {ident!r}") from None
        if word_id != self.next_id:
            raise ConlluError(f"line {line_no}: word id {word_id} where {self.next_id} was expected")
        head = cols[6]
        try:
            head_id = None if head == "_" else int(head)
        except ValueError:
            raise ConlluError(f"line {line_no}: HEAD is not a number: {head!r}") from None
        start, end = _offsets(misc, line_no)
        # Stanza keeps a FORM of "_" as the word, and every other column as written
        word = ConlluWord(word_id, form, cols[2], cols[3], cols[4], cols[5], head_id, cols[7], start, end)
        self.next_id += 1
        if self.range_end:
            self.tokens[-1].words.append(word)
            if word_id == self.range_end:
                self.range_end = 0
            return
        if not form:
            raise ConlluError(f"line {line_no}: word {word_id} has no FORM")
        self.tokens.append(ConlluToken(form, start, end, [word]))

    def _check_range_closed(self) -> None:
        if self.range_end:
            raise ConlluError(f"line {self.range_line}: multi-word token is not followed by its words "
                              f"up to {self.range_end}")

    def build(self, text: str | None) -> ConlluSentence:
        self._check_range_closed()
        return ConlluSentence(text, self.tokens)


def read_conllu(conllu: str) -> ConlluDocument:
    """Read CoNLL-U text; raises :class:`ConlluError` naming the line when it is malformed."""
    sentences: list[ConlluSentence] = []
    builder: _SentenceBuilder | None = None
    text: str | None = None
    for line_no, raw in enumerate(conllu.split("\n"), start=1):
        # stripped as Stanza strips: NBSP and other spaces inside a line are kept
        line = raw.lstrip().rstrip(" \n\r\t")
        if not line:
            if builder is not None:
                sentences.append(builder.build(text))
                builder, text = None, None
        elif line[0] == "#":
            # the comments before a sentence are its own, across blank lines, as in Stanza
            match = _COMMENT.match(line.strip())
            if match and match.group(1) == "text":
                text = match.group(2)
        else:
            cols = line.split("\t")
            if "." in cols[0]:          # an empty node of enhanced UD: not a word
                continue
            if len(cols) != _FIELDS:
                raise ConlluError(f"line {line_no}: expected {_FIELDS} tab-separated fields, found {len(cols)}")
            if builder is None:
                builder = _SentenceBuilder()
            builder.add(cols, line_no)
    if builder is not None:
        sentences.append(builder.build(text))
    return ConlluDocument(sentences)


__all__ = ["ConlluError", "ConlluDocument", "ConlluSentence", "ConlluToken", "ConlluWord", "read_conllu"]
