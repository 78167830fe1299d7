"""Quantities: numbers (digits or words) with the thing they count, from lexicons/quantities.txt."""
from __future__ import annotations

import re
from functools import cache

from ..graph.terms import Terms
from ..lexicon import table
from .model import Quantity

_DIGITS = re.compile(r"^[0-9]+(?:[.,][0-9]+)?$")
_SCALE = {"الف": 1000.0, "آلاف": 1000.0, "الاف": 1000.0, "مليون": 1e6, "ملايين": 1e6}
UNIT_REACH = 3   # tokens between a number and its unit ("50 شهيداً"، "سبعة عناصر من الفرقة")


@cache
def _lexicon() -> dict[str, tuple[str, ...]]:
    return table("quantities.txt")


@cache
def _words(prefix: str) -> dict[str, tuple[str, ...]]:
    return {k.split(":", 1)[1]: v for k, v in _lexicon().items() if k.startswith(prefix)}


@cache
def _number_words() -> dict[str, tuple[tuple[int, float, tuple[str, ...]], ...]]:
    """Number words by their first word: (lexicon order, value, words) of every form that starts
    with it; of two forms as long, the one listed first is read."""
    by_first: dict[str, list[tuple[int, float, tuple[str, ...]]]] = {}
    order = 0
    for value, forms in _words("word:").items():
        for form in forms:
            words = tuple(form.split())
            by_first.setdefault(words[0], []).append((order, float(value), words))
            order += 1
    return {first: tuple(entries) for first, entries in by_first.items()}


def _number_at(terms: Terms, i: int) -> tuple[float, int] | None:
    """The number starting at token i and how many tokens it takes ("3 آلاف"، "سبعة")."""
    tok = terms.tokens[i]
    if _DIGITS.match(tok.text):
        value = float(tok.text.replace(",", "."))
        nxt = terms.tokens[i + 1].text if i + 1 < len(terms.tokens) else ""
        scale = next((s for w, s in _SCALE.items() if w in terms.tokens[i + 1].keys), None) if nxt else None
        return (value * scale, 2) if scale else (value, 1)
    best = None
    by_first = _number_words()
    for first in tok.keys & by_first.keys():
        for order, value, words in by_first[first]:
            if all(i + k < len(terms.tokens) and w in terms.tokens[i + k].keys for k, w in enumerate(words)):
                if best is None or (-len(words), order) < (-best[1], best[2]):
                    best = (value, len(words), order)
    return best[:2] if best else None


def quantities(terms: Terms) -> tuple[tuple[int, Quantity], ...]:
    """(token index, quantity) for each number followed by a unit of the lexicon."""
    units = _words("unit:")
    approx = {i for i, _ in terms.find_any(_lexicon()["approx"])}
    at_least = {i for i, _ in terms.find_any(_lexicon()["at_least"])}
    out = []
    i = 0
    while i < len(terms.tokens):
        found = _number_at(terms, i)
        if found is None:
            i += 1
            continue
        value, width = found
        unit, where = _unit_after(terms, i + width, units)
        if unit is not None and not _is_year(value, width, unit):
            near = lambda marks: any(0 < i - k <= 3 or 0 < k - where <= 2 for k in marks)   # noqa: E731
            following = _unit_after(terms, where + 1, units, reach=1)[0]
            combined = following not in (None, unit) and terms.tokens[where + 1].text.startswith("و")
            out.append((i, Quantity(value, unit, terms.surface(i, where - i + 1), approx=near(approx),
                                    at_least=near(at_least), combined=combined)))
        i += width
    return tuple(out)


def _unit_after(terms: Terms, start: int, units, reach: int = UNIT_REACH) -> tuple[str | None, int]:
    for k in range(start, min(start + reach, len(terms.tokens))):
        tok = terms.tokens[k]
        for unit, forms in units.items():
            for form in forms:
                words = form.split()
                if all(k + n < len(terms.tokens) and w in terms.tokens[k + n].keys for n, w in enumerate(words)):
                    return unit, k + len(words) - 1
    return None, start


def conflicting(qa: Quantity, qb: Quantity) -> bool:
    """Two counts of the same thing that cannot both be right: a lower bound holds every larger
    figure, "about" allows 15 % either way, and a combined count ("قتيلا وجريحا") is another measure."""
    if qa.unit != qb.unit or qa.combined or qb.combined or qa.value == qb.value:
        return False
    low, high = (qa, qb) if qa.value < qb.value else (qb, qa)
    if low.at_least:
        return False
    tolerance = 0.15 if (qa.approx or qb.approx) else 0.0
    return high.value - low.value > tolerance * high.value


def _is_year(value: float, width: int, unit: str) -> bool:
    """"في 2013" is a year, not 2013 of something."""
    return width == 1 and value.is_integer() and 1900 <= value <= 2100 and unit == "percent"
