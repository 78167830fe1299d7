"""Loading the data files under ``iraqclaims/lexicons/`` (lexicons are data, not code)."""
from __future__ import annotations

from functools import cache
from importlib import resources

from .normalize import normalize


def _lines(name: str) -> list[str]:
    text = resources.files("iraqclaims.lexicons").joinpath(name).read_text(encoding="utf-8")
    return [line.rstrip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def phrases(name: str) -> tuple[tuple[str, bool], ...]:
    """Normalised phrases of a one-phrase-per-line file; the flag marks prefix phrases (`` *``)."""
    out = []
    for line in _lines(name):
        prefix = line.endswith(" *")
        out.append((normalize(line[:-2] if prefix else line), prefix))
    return tuple(out)


@cache
def month_numbers() -> dict[str, int]:
    """Normalised month name -> month number."""
    table = {}
    for line in _lines("months.txt"):
        number, names = line.split("\t")
        for name in names.split("|"):
            table[normalize(name)] = int(number)
    return table


@cache
def table(name: str) -> dict[str, tuple[str, ...]]:
    """``key<TAB>a|b|c`` lines -> {key: normalised (a, b, c)}; repeated keys accumulate."""
    out: dict[str, list[str]] = {}
    for line in _lines(name):
        key, _, values = line.partition("\t")
        out.setdefault(key.strip(), []).extend(normalize(v) for v in values.split("|") if v.strip())
    return {k: tuple(v) for k, v in out.items()}
