"""Loading the data files under ``iraqclaims/lexicons/`` (lexicons are data, not code)."""
from __future__ import annotations

import os
from functools import cache
from pathlib import Path
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


def _table_from_lines(lines: list[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for line in lines:
        key, _, values = line.partition("\t")
        out.setdefault(key.strip(), []).extend(normalize(v).strip() for v in values.split("|") if v.strip())
    return {k: tuple(v) for k, v in out.items()}


@cache
def table(name: str) -> dict[str, tuple[str, ...]]:
    """``key<TAB>a|b|c`` lines -> {key: normalised (a, b, c)}; repeated keys accumulate."""
    return _table_from_lines(_lines(name))


def user_lines(path: str | os.PathLike) -> list[str]:
    """Non-comment lines of a user's data file, with a one-line error naming it when unreadable."""
    from .errors import InputError

    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such lexicon file; check the path") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder; give the lexicon file itself") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read it as UTF-8 text ({exc.__class__.__name__}); save it as UTF-8") from None
    return [line.rstrip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
