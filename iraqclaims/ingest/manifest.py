"""Article metadata from a CSV manifest: id, file, outlet, date, title."""
from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

MANIFEST_NAME = "manifest.csv"
REQUIRED = ("id", "file")
OPTIONAL = ("outlet", "date", "title")
# ids name output files (parses/<id>.conllu): no path separators, no leading dot
_ID = re.compile(r"^\w[\w.\-]*$")


@dataclass(frozen=True)
class ArticleMeta:
    id: str
    path: Path
    outlet: str | None
    date: dt.date | None
    title: str | None


def _optional(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def load_manifest(path: str | Path) -> dict[Path, ArticleMeta]:
    """Manifest rows keyed by the resolved article path (``file`` is relative to the manifest)."""
    path = Path(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
            header = rows[0].keys() if rows else []
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{path}: cannot read manifest ({exc}): it must be a UTF-8 CSV") from None
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise InputError(f"{path}: manifest lacks column(s) {', '.join(missing)}: "
                         f"expected columns {', '.join(REQUIRED + OPTIONAL)}")
    table: dict[Path, ArticleMeta] = {}
    for line_no, row in enumerate(rows, start=2):
        date = _optional(row.get("date"))
        try:
            parsed_date = dt.date.fromisoformat(date) if date else None
        except ValueError:
            raise InputError(f"{path}:{line_no}: date {date!r} is not YYYY-MM-DD") from None
        article_id = _optional(row.get("id"))
        file = _optional(row.get("file"))
        if not article_id or not file:
            raise InputError(f"{path}:{line_no}: every row needs an id and a file")
        if not _ID.match(article_id) or ".." in article_id:
            raise InputError(f"{path}:{line_no}: id {article_id!r} names output files, so it may hold only "
                             f"letters, digits, '_', '-' and '.' (not at the start)")
        article_path = (path.parent / file).resolve()
        if not article_path.is_file():
            raise InputError(f"{path}:{line_no}: lists {file!r}, but there is no such file next to the "
                             f"manifest; fix the file column or remove the row")
        table[article_path] = ArticleMeta(article_id, article_path, _optional(row.get("outlet")),
                                          parsed_date, _optional(row.get("title")))
    return table
