"""Shared by the gold files' readers and matchers: tab-separated rows with a header, and a
maximum bipartite matching of gold rows to extracted claims."""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Callable, Sequence


def read_rows(path: Path, columns: tuple[str, ...]) -> list[tuple[int, list[str]]]:
    """(line number, fields) of every row after the header; ``#`` lines are comments."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    body = [(n, line) for n, line in enumerate(lines, start=1) if line.strip() and not line.startswith("#")]
    header = tuple(body[0][1].split("\t"))
    if header != columns:
        raise ValueError(f"{path}:{body[0][0]}: header must be {columns}, got {header}")
    out = []
    for n, line in body[1:]:
        (fields,) = csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE)
        if len(fields) != len(columns):
            raise ValueError(f"{path}:{n}: expected {len(columns)} tab-separated fields, got {len(fields)}")
        out.append((n, fields))
    return out


def bipartite(rows: Sequence, candidates: Callable[[object], Sequence[int]], fits: Callable[[object, int], bool]) -> dict[int, object]:
    """Claim index -> the gold row it serves: each row at most one claim and each claim at most
    one row, as many rows served as possible (augmenting paths), rows tried in the given order."""
    owner: dict[int, object] = {}

    def augment(row, seen: set[int]) -> bool:
        for k in candidates(row):
            if k in seen or not fits(row, k):
                continue
            seen.add(k)
            if k not in owner or augment(owner[k], seen):
                owner[k] = row
                return True
        return False

    for row in rows:
        augment(row, set())
    return owner
