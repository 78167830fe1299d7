"""The words of a claim as rules and topics compare them: normalised, with clitics peeled off.

A claim holds a string, so every comparison starts here. Each token gets a set of keys — the
normalised form, the form without the proclitics و/ف/ب/ل/ك/س and the article ال, and without a
possessive suffix — plus the parser's lemmas when the claim comes with a parse. Lexicon entries
are normalised the same way, so "والانسحاب"، "بانسحاب" and "انسحاب" all meet "انسحاب".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from ..lexicon import _lines
from ..normalize import marbuta_forms, normalize

_TOKEN = re.compile(r"[0-9]+(?:[.,٫٬][0-9]+)*|[%٪]|[^\W\d_]+", re.UNICODE)
# a word as written: a number with its decimal or thousands marks ("1.5"، "1,000"), or letters and
# digits with their diacritics and tatweel
_WRITTEN = re.compile(r"\d+(?:[.,٫٬]\d+)+|[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640%٪]+", re.UNICODE)
_PROCLITICS = ("وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال", "وب", "ول", "فب", "فل", "وس", "و", "ف", "ب", "ل", "ك", "س")
_SUFFIXES = ("هما", "هم", "هن", "ها", "نا", "كم", "ه", "ي")
_PLURAL = ("ون", "ين", "وا")
TA_MARBUTA_STEM = 5    # letters a stem ending in ت needs before a pronoun to be read as ending in ة
# endings a lexicon stem may carry in the text: "فرض" finds "فرضت"، "سيطر" finds "سيطروا"، "اتفق"
# finds "اتفقا". Only lookups use them (find), not the keys, so word overlap is unchanged.
_INFLECTIONS = ("ت", "تا", "ا", "وا", "ن", "نا", "تم", "ون", "ين", "ات")


@cache
def stopwords() -> frozenset[str]:
    return frozenset(normalize(w) for line in _lines("stopwords.txt") for w in line.split())


def token_keys(token: str) -> frozenset[str]:
    """Every form a lexicon entry may use for this (normalised) token."""
    keys = {token}
    stems = [token]
    for clitic in _PROCLITICS:
        if token.startswith(clitic) and len(token) - len(clitic) >= 2:
            stems.append(token[len(clitic):])
    for stem in list(stems):
        for suffix in _SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
                bare = stem[: -len(suffix)]
                # a ta marbuta is written ت before a pronoun: "موافقتها" is موافقة + ها. Short stems
                # keep a radical ت ("بيته"، "وقته"), a plural ات stays plural ("قواتها")
                marbuta = len(bare) >= TA_MARBUTA_STEM and not bare.endswith("ات")
                stems.extend(marbuta_forms(bare) if marbuta else (bare,))
                break
        for suffix in _PLURAL:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
                stems.append(stem[: -len(suffix)])
                break
    # imperfect verbs meet their bare form: "تخفض"، "يرفضون" ~ "خفض"، "رفض"
    for stem in list(stems):
        if stem[:1] in ("ي", "ت", "ن") and len(stem) >= 4:
            stems.append(stem[1:])
    keys.update(stems)
    # feminine and plural endings: "تقليصها"، "القوات" ~ "قوة" are left to the lexicons, which
    # list the forms they mean; only the ta marbuta (normalised to ه) is folded here
    keys.update(k[:-1] for k in list(keys) if k.endswith("ه") and len(k) > 3)
    return frozenset(keys)


def by_length(key: str) -> tuple[int, str]:
    """Order for a token's forms: by length, then the form itself, so that a choice among forms
    of one length is the same on every run (a set's order follows Python's hash seed)."""
    return len(key), key


def stem(keys, default: str = "") -> str:
    """The shortest of a token's forms with three letters or more ("والانسحاب" -> "انسحاب")."""
    return min((k for k in keys if len(k) >= 3), key=by_length, default=default)


def _forms(word: str) -> tuple[str, ...]:
    """The keys a lexicon word matches: itself and, for stems of three letters or more, the
    stem with an inflectional ending; an imperfect verb listed with ي ("ينسحب") also its bare
    form, which every person of the verb has among its keys ("تنسحب"، "ننسحب")."""
    if len(word) < 3:
        return (word,)
    bare = (word[1:],) if word.startswith("ي") and len(word) >= 4 else ()
    return (word,) + bare + tuple(word + ending for ending in _INFLECTIONS)


@lru_cache(maxsize=65536)
def _phrase(phrase: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """A lexicon phrase's normalised words and the forms its first word matches: rules ask for
    the same few hundred phrases in every claim of a corpus."""
    words = tuple(normalize(phrase).split())
    return words, frozenset(_forms(words[0]) if words else ())


def _matches(word: str, token: "Token") -> bool:
    return any(form in token.keys for form in _forms(word))


@lru_cache(maxsize=65536)
def _is_function_word(text: str) -> bool:
    """A stopword alone, after و/ف, or with a pronoun suffix ("قبل"، "وقبل"، "قبله")."""
    stop = stopwords()
    bases = [text] + [text[1:] for clitic in ("و", "ف") if text.startswith(clitic) and len(text) > 3]
    return any(base in stop or any(base.endswith(suffix) and base[:-len(suffix)] in stop for suffix in _SUFFIXES)
               for base in bases)


def _function_match(word: str, token: "Token") -> bool:
    """A function word meets a lexicon word as written, after و/ف, or as an inflected form of a
    function word ("ليس" ~ "ليست"). Never through a verb whose bare form it spells ("يقبل"
    without its prefix is "قبل", "before"), an ending ("عدم" is not "بعدما") or another
    proclitic ("لم" is not "كلم", kilometres)."""
    stop = stopwords()
    bases = (token.text,) + ((token.text[1:],) if token.text[:1] in ("و", "ف") else ())
    return any(base == word or (len(word) >= 3 and word in stop and base in stop
                                and any(base == word + ending for ending in _INFLECTIONS)) for base in bases)


@dataclass(frozen=True)
class Token:
    text: str                  # normalised form
    keys: frozenset[str]
    start: int                 # offsets into the string the terms were built from
    end: int
    written: str = ""          # the word as written, for explanations a reader can find


@dataclass(frozen=True)
class Terms:
    """The tokens of one text, with lookups by key and by phrase."""

    tokens: tuple[Token, ...]
    lemmas: frozenset[str] = frozenset()

    @classmethod
    def of(cls, text: str, lemmas=()) -> "Terms":
        tokens = []
        for word in _WRITTEN.finditer(text):
            for m in _TOKEN.finditer(normalize(word.group())):
                tokens.append(Token(m.group(), token_keys(m.group()), word.start(), word.end(),
                                    word.group().strip("_")))
        return cls(tuple(tokens), frozenset(normalize(lemma) for lemma in lemmas if lemma))

    # keys and content keys are asked for once per pair a claim is in: computed once per Terms
    def keys(self) -> frozenset[str]:
        return self._keys

    def content_keys(self) -> frozenset[str]:
        """Keys of the tokens that carry meaning (no stopwords, no one-letter forms)."""
        return self._content_keys

    @cached_property
    def _keys(self) -> frozenset[str]:
        out = set(self.lemmas)
        for t in self.tokens:
            out |= t.keys
        return frozenset(out)

    @cached_property
    def _content_keys(self) -> frozenset[str]:
        stop = stopwords()
        out = set()
        for t in self.tokens:
            if t.text in stop or len(t.text) < 2 or t.text.isdigit():
                continue
            out |= {k for k in t.keys if k not in stop and len(k) >= 3}
        return frozenset(out | {lemma for lemma in self.lemmas if lemma not in stop and len(lemma) >= 3})

    @cached_property
    def _function_tokens(self) -> frozenset[int]:
        """Tokens that are function words, alone, after و/ف or with a pronoun ("قبل"، "وقبل"،
        "قبله"، "بينهم"): they meet a lexicon word only as written (see :func:`_function_match`)."""
        return frozenset(i for i, t in enumerate(self.tokens) if _is_function_word(t.text))

    @cached_property
    def _positions(self) -> dict[str, list[int]]:
        index: dict[str, list[int]] = {}
        for i, t in enumerate(self.tokens):
            for key in t.keys:
                index.setdefault(key, []).append(i)
        return index

    def find(self, phrase: str) -> int | None:
        """Index of the first token where a normalised phrase starts ("جميع القوات"), else None.
        Each phrase word must be one of the token's keys."""
        words, first_forms = _phrase(phrase)
        if not words:
            return None
        n = len(words)
        positions = self._positions
        # most phrases are absent: one set intersection in C rejects them
        present = positions.keys() & first_forms
        starts = sorted({i for form in present for i in positions[form]}) if present else ()
        function = self._function_tokens
        for i in starts:
            if i + n <= len(self.tokens) and all(k == 0 or _matches(words[k], self.tokens[i + k]) for k in range(n)) \
                    and not any(i + k in function and not _function_match(words[k], self.tokens[i + k]) for k in range(n)):
                return i
        if n == 1 and words[0] in self.lemmas:
            return -1              # matched a lemma of the parse, position unknown
        return None

    def find_any(self, phrases) -> list[tuple[int, str]]:
        """(token index, phrase) for each phrase found, in text order."""
        found = []
        for phrase in phrases:
            i = self.find(phrase)
            if i is not None:
                found.append((i, phrase))
        return sorted(found)

    def surface(self, i: int, n: int = 1) -> str:
        """The words as written from token ``i`` on (clitic pieces of one word appear once)."""
        if i < 0:
            return ""
        seen, words = set(), []
        for t in self.tokens[i:i + n]:
            if t.start not in seen:
                seen.add(t.start)
                words.append(t.written)
        return " ".join(words)
