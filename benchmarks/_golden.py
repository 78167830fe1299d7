"""Golden claims of the fixtures and how extracted claims are matched to them.

Shared by ``benchmarks/claims_quality.py`` (prints the numbers) and
``tests/test_golden_claims.py`` (keeps them from regressing). The file format is described in
the comment block of ``tests/data/golden_claims.tsv``.

A golden row and an extracted claim match when they come from the same article, the claim's
speaker id is one of the row's acceptable ids, and the row's fragment is contained in the
claim's content (both through :func:`iraqclaims.normalize` with punctuation removed). Each
claim matches at most one row and each row at most one claim: a maximum bipartite matching per
article, with the ``must`` rows served first so they are never displaced by ordinary ones.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from _tsv import bipartite, read_rows
from iraqclaims import normalize

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "data" / "golden_claims.tsv"
COLUMNS = ("article_id", "speaker_ids", "speaker", "fragment", "must", "note")


@dataclass(frozen=True)
class GoldenRow:
    line: int
    article_id: str
    speaker_ids: tuple[str, ...]
    speaker: str
    fragment: str
    must: bool
    note: str

    def __str__(self) -> str:
        return f"{self.article_id} [{self.speaker}] «{self.fragment}» ({self.note})"


def match_key(text: str) -> str:
    """normalize() with punctuation dropped and spaces collapsed: what fragments are compared on."""
    return " ".join(re.sub(r"[^\w\s]", " ", normalize(text)).split())


def load_golden(path: str | Path = GOLDEN) -> list[GoldenRow]:
    path = Path(path)
    rows = []
    for n, fields in read_rows(path, COLUMNS):
        article_id, speaker_ids, speaker, fragment, must, note = fields
        words = len(match_key(fragment).split())
        if not 2 <= words <= 6 or must not in ("0", "1"):
            raise ValueError(f"{path}:{n}: fragment needs 2-6 words and must is 0 or 1")
        rows.append(GoldenRow(n, article_id, tuple(s for s in speaker_ids.split("|") if s), speaker,
                              fragment, must == "1", note))
    return rows


def matches(row: GoldenRow, claim) -> bool:
    return (claim.article_id == row.article_id and claim.speaker_id in row.speaker_ids
            and match_key(row.fragment) in match_key(claim.content))


@dataclass
class Evaluation:
    golden: list[GoldenRow]
    claims: list
    pairs: list[tuple[GoldenRow, object]]

    @property
    def missed(self) -> list[GoldenRow]:
        found = {id(row) for row, _ in self.pairs}
        return [row for row in self.golden if id(row) not in found]

    @property
    def spurious(self) -> list:
        used = {id(claim) for _, claim in self.pairs}
        return [claim for claim in self.claims if id(claim) not in used]

    def scores(self, article_id: str | None = None) -> dict:
        golden = [r for r in self.golden if article_id in (None, r.article_id)]
        claims = [c for c in self.claims if article_id in (None, c.article_id)]
        tp = sum(1 for r, _ in self.pairs if article_id in (None, r.article_id))
        precision = tp / len(claims) if claims else 1.0
        recall = tp / len(golden) if golden else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"golden": len(golden), "extracted": len(claims), "matched": tp,
                "precision": precision, "recall": recall, "f1": f1}

    def claim_for(self, row: GoldenRow):
        return next((c for r, c in self.pairs if r is row), None)


def evaluate(claims, golden: list[GoldenRow] | None = None) -> Evaluation:
    """Match extracted claims (``Claim`` objects of the fixture articles) to golden rows."""
    golden = load_golden() if golden is None else golden
    claims = list(claims)
    ordered = sorted(golden, key=lambda r: not r.must)    # must rows first, then file order
    owner = bipartite(ordered, lambda row: range(len(claims)), lambda row, k: matches(row, claims[k]))
    pairs = sorted(((row, claims[k]) for k, row in owner.items()), key=lambda p: p[0].line)
    return Evaluation(golden, claims, pairs)
