"""claims.csv and conflicts.csv: the report's tables for spreadsheet programs."""
from __future__ import annotations

from ..spreadsheet import csv_bytes


def claims_table(corpus):
    """``corpus.claims_frame()`` plus the claim's topics, " | "-separated."""
    frame = corpus.claims_frame()
    frame["topics"] = frame["claim_id"].map(lambda i: " | ".join(m.topic for m in corpus.topics.get(i, ())))
    return frame


def claims_csv(corpus) -> bytes:
    return csv_bytes(claims_table(corpus))


def conflicts_csv(corpus) -> bytes:
    return csv_bytes(corpus.conflicts_frame())
