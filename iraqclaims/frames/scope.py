"""How much of its theme an event covers: all, part or only the combat forces (lexicons/events.txt
``scope:*``), read from the words around its predicate.

A quantifier stands before what it quantifies: before the predicate ("جميع القوات ستنسحب"), as
its genitive right after it ("انسحاب جميع القوات") or opening its object ("على معظم المواقع"). One
further on quantifies something else ("الاتفاق سيسهم في تحقيق بعض الاعتدال"). An adjective or
adverb of scope follows what it describes ("انسحاب القوات بالكامل"), so one before the predicate
is another noun's ("التطبيق الكامل لاتفاق إيران"). "كل"/"جميع" count only before a definite noun
(lexicon class ``scope:before_definite``): "كل مواطن" is every citizen.
"""
from __future__ import annotations

from functools import cache

from ..graph.terms import Terms
from ..lexicon import table
from ..normalize import normalize

SCOPE_BEFORE, SCOPE_AFTER = 2, 5
SCOPES_READ = ("combat", "all", "part")     # the first that a predicate has wins


@cache
def _normalised(kind: str) -> frozenset[str]:
    """The words of events.txt class ``kind``, normalised."""
    return frozenset(normalize(w) for w in table("events.txt").get(kind, ()))


def scope_hits(terms: Terms) -> dict[str, list[tuple[int, str]]]:
    """(token index, phrase) of each scope word of the claim, by scope."""
    lexicon = table("events.txt")
    definite_only = _normalised("scope:before_definite")
    toks = terms.tokens
    out = {}
    for name in SCOPES_READ:
        hits = [(k, p) for k, p in terms.find_any(lexicon[f"scope:{name}"])]
        if name == "all":
            hits = [(k, p) for k, p in hits
                    if normalize(p) not in definite_only or (0 <= k + 1 < len(toks) and toks[k + 1].text.startswith("ال"))]
        out[name] = hits
    return out


def read_scope(terms: Terms, hits: dict[str, list[tuple[int, str]]], at: int, preposition: int) -> tuple[str, str]:
    """The scope of the predicate at token ``at`` and its words as written, or ("", ""):
    ``preposition`` is where its object opens (-1: none)."""
    for name in SCOPES_READ:
        for k, phrase in hits[name]:
            if k == at:
                continue
            quantifier = normalize(phrase) in _normalised("scope:quantifier")
            if name == "combat":
                near = at - SCOPE_BEFORE <= k <= at + SCOPE_AFTER
            elif quantifier:
                near = at - SCOPE_BEFORE <= k < at or k == at + 1
            else:
                near = at < k <= at + SCOPE_AFTER
            if near or (preposition >= 0 and k == preposition + 1):
                return name, terms.surface(k, len(phrase.split())) or phrase
    return "", ""
