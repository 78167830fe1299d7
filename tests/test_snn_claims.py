"""Claims on SaudiNewsNet, outlets nobody tuned on (benchmarks/claims_quality.py prints the
figures). The gold is offsets + URLs; the text comes from ../shared, so these tests skip where
it is absent. The floors sit a little below what was measured, so a regression fails."""
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import _snn  # noqa: E402
from _snn_match import evaluate  # noqa: E402

pytestmark = [pytest.mark.model,
              pytest.mark.skipif(not _snn.available(), reason="../shared/data/saudinewsnet is not here")]

# measured (shares A-D): dev P 0.878 R 0.792 F1 0.833; test P 0.797 R 0.708 F1 0.750
MIN_F1 = {"dev": 0.80, "test": 0.72}


@pytest.fixture(scope="module")
def gold():
    return _snn.load_articles(), _snn.load_claims()


def test_the_gold_points_into_the_articles_it_names(gold):
    articles, claims = gold
    assert _snn.validate(articles, claims) == []
    assert len(articles) >= 40 and len({a.source for a in articles}) >= 8
    splits = {a.split for a in articles}
    assert splits == {"dev", "test"}
    assert sum(a.split == "test" for a in articles) / len(articles) == pytest.approx(0.25, abs=0.05)


def test_the_gold_holds_no_article_text():
    """Licence: only offsets, URLs, keys of a few words and short notes."""
    for path in sorted(_snn.GOLD_DIR.glob("claims_*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            fields = line.split("\t")
            assert len(fields[3].split()) <= 4 and len(fields[11]) <= 160, line[:80]


@pytest.fixture(scope="module")
def result(gold, tmp_path_factory):
    articles, claims = gold
    corpus = _snn.build_corpus(articles, cache_dir=tmp_path_factory.mktemp("snn-parses"))
    texts = {a.id: a.text for a in corpus.articles}
    names = {s.id: (s.name, *s.aliases) for s in corpus.speakers}
    return articles, evaluate(claims, corpus.claims, texts, names)


@pytest.mark.parametrize("split", ["dev", "test"])
def test_speaker_and_content_f1_does_not_regress(result, split):
    articles, evaluation = result
    ids = {a.id for a in articles if a.split == split}
    assert evaluation.scores(ids).f1 >= MIN_F1[split]
