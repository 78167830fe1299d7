"""CSV that spreadsheet programs open safely: UTF-8 with a BOM, formula-like cells defused."""
from __future__ import annotations

# A cell starting with one of these is run as a formula by spreadsheet programs: article text
# is untrusted, so such cells get a leading apostrophe, which spreadsheets show as plain text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Without a BOM, Excel and LibreOffice guess a legacy code page and show the Arabic as mojibake.
BOM = "\ufeff"


def defuse(value):
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_bytes(frame) -> bytes:
    frame = frame.copy()
    for column in frame.columns:
        frame[column] = frame[column].map(defuse)
    return frame.to_csv(index=False).encode("utf-8-sig")
