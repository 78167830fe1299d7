"""claims.csv and conflicts.csv: the report's tables for spreadsheet programs."""
from __future__ import annotations


# A cell starting with one of these is run as a formula by spreadsheet programs: article text
# is untrusted, so such cells get a leading apostrophe, which spreadsheets show as plain text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _defuse(value):
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_bytes(frame) -> bytes:
    frame = frame.copy()
    for column in frame.columns:
        frame[column] = frame[column].map(_defuse)
    # UTF-8 with a BOM: without it Excel and LibreOffice guess a legacy code page and show the
    # Arabic as mojibake
    return frame.to_csv(index=False).encode("utf-8-sig")


def claims_table(corpus):
    """``corpus.claims_frame()`` plus the claim's topics, " | "-separated."""
    frame = corpus.claims_frame()
    frame["topics"] = frame["claim_id"].map(lambda i: " | ".join(m.topic for m in corpus.topics.get(i, ())))
    return frame


def claims_csv(corpus) -> bytes:
    return csv_bytes(claims_table(corpus))


def conflicts_csv(corpus) -> bytes:
    return csv_bytes(corpus.conflicts_frame())
