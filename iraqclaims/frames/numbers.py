"""Quantities: numbers (digits or words) with the thing they count, from lexicons/quantities.txt."""
from __future__ import annotations

import re
from functools import cache

from ..graph.terms import Terms
from ..lexicon import table
from .model import Quantity

_DIGITS = re.compile(r"^[0-9]+(?:[.,٫٬][0-9]+)*$")
_THOUSANDS = re.compile(r"^[0-9]{1,3}(?:,[0-9]{3})+$")     # "1,000": a comma before three digits
UNIT_REACH = 3   # tokens between a number and its unit ("50 شهيداً"، "سبعة عناصر من الفرقة")
TEN = 10.0


@cache
def _lexicon() -> dict[str, tuple[str, ...]]:
    return table("quantities.txt")


@cache
def _words(prefix: str) -> dict[str, tuple[str, ...]]:
    return {k.split(":", 1)[1]: v for k, v in _lexicon().items() if k.startswith(prefix)}


@cache
def _number_words() -> dict[str, tuple[str, float]]:
    """Normalised number word -> (kind, value): "word" 1..900, "scale" ألف/مليون/مليار (a
    multiplier), "dual" ألفين (two of a scale)."""
    out: dict[str, tuple[str, float]] = {}
    for kind in ("word", "scale", "dual"):
        for value, forms in _words(f"{kind}:").items():
            for form in forms:
                out[form] = (kind, float(value) * (2 if kind == "dual" else 1))
    return out


@cache
def measure_words() -> frozenset[str]:
    """Words that say how much of something there is (مليار، بالمائة، بنسبة، مقارنة), not what it
    is. Currencies are not among them: "ارتفاع الدولار" is about the dollar."""
    words = set(_lexicon()["measure"])
    for prefix in ("scale:", "dual:"):
        words.update(w for forms in _words(prefix).values() for w in forms)
    words.update(w for w in _words("unit:").get("percent", ()) if len(w) >= 3)
    words.update(w.removeprefix("بال") for w in set(words) if w.startswith("بال"))     # بالمائة: المائة، مائة
    return frozenset(words | {"ال" + w for w in words if not w.startswith("ال")})


def _word_at(terms: Terms, i: int, first: bool) -> tuple[str, float] | None:
    """The number word at token i as written; after the first, with its conjunction ("وخمسين")."""
    text, words = terms.tokens[i].text, _number_words()
    if text in words:
        return words[text]
    if not first and text.startswith("و") and text[1:] in words:
        return words[text[1:]]
    return None


def _number_at(terms: Terms, i: int) -> tuple[float, int] | None:
    """The number starting at token i and how many tokens it takes: digits ("150"، "1.5") or
    words, each with the scale words after it: "3 آلاف"، "150 مليار"، "مائة وخمسين" (150),
    "ثلاثة وعشرون" (23), "اثنا عشر" (12), "ثلاثة آلاف وخمسمائة" (3500), "ألفين" (2000)."""
    toks = terms.tokens
    if _DIGITS.match(toks[i].text):
        text = toks[i].text.replace("٬", "").replace("٫", ".")      # the Arabic thousands and decimal marks
        text = text.replace(",", "") if _THOUSANDS.match(text) else text.replace(",", ".")
        try:
            current = float(text)
        except ValueError:          # "1.2.3": not one number
            return None
        total, k = 0.0, i + 1
    else:
        word = _word_at(terms, i, first=True)
        if word is None:
            return None
        kind, value = word
        current, total, k = (0.0, value, i + 1) if kind == "dual" else (value, 0.0, i + 1)
    while k < len(toks):
        word = _word_at(terms, k, first=False)
        if word is None:
            break
        kind, value = word
        if kind == "scale" and current:
            total, current = total + current * value, 0.0
        elif kind == "word" and value == TEN and 0 < current < TEN and not toks[k].text.startswith("و"):
            current += TEN                      # "ثلاثة عشر"، "اثنا عشر": a unit and ten
        elif kind in ("word", "dual") and toks[k].text.startswith("و"):
            if kind == "dual":
                total += value
            else:
                current += value
        else:
            break
        k += 1
    return total + current, k - i


def quantities(terms: Terms) -> tuple[tuple[int, Quantity], ...]:
    """(token index, quantity) for each number followed by a unit of the lexicon, and each dual
    noun of a unit ("جنديين": two troops)."""
    approx = {i for i, _ in terms.find_any(_lexicon()["approx"])}
    at_least = {i for i, _ in terms.find_any(_lexicon()["at_least"])}
    out = []
    i = 0
    while i < len(terms.tokens):
        found = _number_at(terms, i)
        if found is None:
            pair, where = _unit_after(terms, i, "pair:", reach=1)
            if pair is not None and not (i and _number_at(terms, i - 1)):
                out.append((i, Quantity(2.0, pair, terms.surface(i, where - i + 1))))
            i += 1
            continue
        value, width = found
        unit, where = _unit_after(terms, i + width, "unit:")
        labelled = where > i + width and _label_number(terms, i)
        if unit is not None and not _is_year(value, width, unit) and not labelled:
            near = lambda marks: any(0 < i - k <= 3 or 0 < k - where <= 2 for k in marks)   # noqa: E731
            following = _unit_after(terms, where + 1, "unit:", reach=1, joined=True)[0]
            combined = following not in (None, unit) and terms.tokens[where + 1].text.startswith("و")
            out.append((i, Quantity(value, unit, terms.surface(i, where - i + 1), approx=near(approx),
                                    at_least=near(at_least), combined=combined)))
        i += width
    return tuple(out)


@cache
def victim_words() -> frozenset[str]:
    """The keys of what a toll counts (units of people and their duals, and lexicon class
    ``victims``: women, children): words two tolls share whatever events they count ("بينهم نساء
    وأطفال"), so they tell no event apart."""
    people = ("killed", "wounded", "troops", "people", "families")
    forms = [f for kind in ("unit:", "pair:") for unit, fs in _words(kind).items() if unit in people for f in fs]
    forms += list(_lexicon().get("victims", ()))
    return frozenset(k for f in forms for t in Terms.of(f).tokens for k in t.keys)


@cache
def _all_forms(kind: str) -> frozenset[str]:
    """Every form of the lexicon entries of ``kind`` ("unit:", "pair:")."""
    return frozenset(form for forms in _words(kind).values() for form in forms)


def _unit_after(terms: Terms, start: int, kind: str, reach: int = UNIT_REACH,
                joined: bool = False) -> tuple[str | None, int]:
    """The unit of the lexicon entries of ``kind`` ("unit:", or "pair:" for duals) a number
    counts within ``reach`` tokens from ``start``, and where it ends; ``joined``: the unit a
    conjunction adds to one just found ("قتيلا وجريحا")."""
    units = _words(kind)
    for k in range(start, min(start + reach, len(terms.tokens))):
        tok = terms.tokens[k]
        if _DIGITS.match(tok.text) or _word_at(terms, k, first=True):
            break                   # "في 2013 قتل 3 أشخاص": the unit is the next number's
        if not joined and tok.text.startswith("و") and tok.text not in _all_forms(kind):
            break                   # "استشهاد ثلاثة وإصابة سبعة": what و joins counts the next figure
                                    # (a unit itself may start with و: "وفيات")
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


def _label_number(terms: Terms, i: int) -> bool:
    """A figure right after a definite noun may name it ("الفرقة 30 قيام عناصر": the 30th
    division); it counts only what follows it at once ("الخسائر 150 مليار دولار")."""
    if i == 0:
        return False
    before = terms.tokens[i - 1].text
    return before.startswith("ال") and len(before) > 3 and not _DIGITS.match(before)


def _is_year(value: float, width: int, unit: str) -> bool:
    """"في 2013" is a year, not 2013 of something."""
    return width == 1 and value.is_integer() and 1900 <= value <= 2100 and unit == "percent"
