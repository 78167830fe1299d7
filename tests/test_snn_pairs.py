"""The gold claim pairs on SaudiNewsNet (tests/data/saudinewsnet/pairs.tsv) that
benchmarks/conflicts_quality.py scores: offsets and URLs only, split before scoring."""
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import _snn  # noqa: E402
from conflicts_quality import load_pairs  # noqa: E402

LABELS = {"contradiction", "compatible"}


def test_the_pairs_hold_no_article_text_and_keep_both_splits():
    pairs = load_pairs()
    assert len(pairs) >= 60 and len({p["pair_id"] for p in pairs}) == len(pairs)
    assert {p["split"] for p in pairs} == {"dev", "test"} and {p["label"] for p in pairs} == LABELS
    for p in pairs:
        assert len(p) == 17 and len(p["note"]) <= 160, p["pair_id"]


@pytest.mark.skipif(not _snn.available(), reason="../shared/data/saudinewsnet is not here")
def test_every_span_points_into_its_article():
    for p in load_pairs():
        for side in "ab":
            text = _snn.article_text(_snn.record(p[f"url_{side}"]))
            for span in ("speaker", "content"):
                start, end = int(p[f"{span}_{side}_start"]), int(p[f"{span}_{side}_end"])
                assert 0 <= start < end <= len(text), (p["pair_id"], side, span)
                assert text[start:end] == text[start:end].strip(), (p["pair_id"], side, span)
