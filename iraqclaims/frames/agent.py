"""Who does an event: the doer a claim names next to its predicate, so that one doer's act never
meets another's denial ("تدخل الأتراك" / "وحدات حماية الشعب لن تتدخل"). Read from the claim's
words as frames are: the noun phrase before a verb a particle negates, past a relative clause
("جماعات الحشد الشعبي المدعومة من إيران والتي ترفض واشنطن التنسيق معها لم تشارك"), or the words
right before or after a predicate that is asserted ("المتهمين شاركوا"، "مشاركة قوات أبناء الأنبار")."""
from __future__ import annotations

from functools import cache

from ..claims.tokens import RELATIVE_PRONOUNS
from ..graph.terms import Terms
from ..normalize import normalize
from .reader import NOT_FUNCTION_CLASSES, _function_words, _imperfect_verb
from .reader import lexicon as events_lexicon

DOER_WORDS = 4      # words of a doer's name kept, from its head: "وحدات حماية الشعب"
PHRASE_REACH = 14   # words back from a negated verb to its subject, past a relative clause
INNER_PREPOSITIONS = ("من", "في", "ل")   # inside a noun phrase: "المدعومة من إيران"
NEGATED_VERB = ("لم", "لن", "لا")    # particles that negate the verb right after them


@cache
def _closed_words() -> frozenset[str]:
    """Words that never name a doer: the words frames never take for a theme (stopwords and the
    slot words of events.txt), the classes of events.txt that list verbs and nouns of events
    ("نفذ"، "شن") and relative pronouns, normalised."""
    lexicon = events_lexicon()
    listed = [f for key in NOT_FUNCTION_CLASSES for f in lexicon.get(key, ()) if " " not in f]
    return frozenset(normalize(w) for w in [*_function_words(), *listed, *RELATIVE_PRONOUNS])


def _content(token) -> bool:
    text = token.text
    return (text not in _closed_words() and text.removeprefix("و") not in _closed_words()
            and len(text) >= 3 and not text.isdigit())


def _verb(token) -> bool:
    """Shaped like a present or future verb ("سيمنع"، "تواصل"): where a name ends."""
    return _imperfect_verb(token.text.removeprefix("س"))


def _relative(token) -> bool:
    return token.text in RELATIVE_PRONOUNS or token.text.removeprefix("و") in RELATIVE_PRONOUNS


def _phrase_back(toks, end: int, past_relative: bool = False) -> list:
    """The content words right before ``end``, back to a function word, nearest first; a
    preposition inside the phrase is passed over ("المدعومة من إيران"). ``past_relative``: a
    relative clause right before ``end`` ("والتي ترفض واشنطن التنسيق معها") is about the noun
    before it, which is the phrase."""
    if past_relative:
        end = next((k for k in range(end - 1, max(end - PHRASE_REACH, -1), -1) if _relative(toks[k])), end)
    out: list = []
    k = end - 1
    while k >= 0 and len(out) < PHRASE_REACH:
        if toks[k].text in INNER_PREPOSITIONS and out and k > 0 and _content(toks[k - 1]):
            k -= 1
            continue
        if not _content(toks[k]):
            break
        out.append(toks[k])
        k -= 1
    return out[-DOER_WORDS:]


def doer(terms: Terms, at: int, negated: bool) -> tuple:
    """The tokens naming who does the predicate at token ``at``: for a verb a particle negates,
    the noun phrase before the particle; for an asserted predicate, the content words right before
    it (subject first) or right after it (the verb's subject, a verbal noun's genitive). Empty when
    the claim names none next to it ("وأنه لم يسقط": a pronoun)."""
    toks = terms.tokens
    if not 0 <= at < len(toks):
        return ()
    if negated:
        if at == 0 or toks[at - 1].text not in NEGATED_VERB:
            return ()
        return tuple(_phrase_back(toks, at - 1, past_relative=True))
    before = _phrase_back(toks, at)
    after = []
    for t in toks[at + 1:at + 1 + DOER_WORDS]:
        if not _content(t) or _verb(t):
            break
        after.append(t)
    return tuple(before + after)
