"""claims.csv and conflicts.csv: the report's tables for spreadsheet programs."""
from __future__ import annotations

from ..spreadsheet import csv_bytes


def claims_csv(corpus) -> bytes:
    return csv_bytes(corpus.claims_frame())


def conflicts_csv(corpus) -> bytes:
    return csv_bytes(corpus.conflicts_frame())
