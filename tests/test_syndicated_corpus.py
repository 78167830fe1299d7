"""A statement carried by several outlets is one claim cluster in the corpus: compared once,
shown as reported by N outlets (claims/syndication.py through Corpus)."""
import datetime as dt
import json

import pytest

from iraqclaims import Corpus, write_report
from iraqclaims.article import Article, Span
from iraqclaims.parse import parse_articles

pytestmark = pytest.mark.model

STATEMENT = "وزير الخارجية العراقي فؤاد حسين إن جميع القوات الأمريكية ستنسحب من العراق قبل نهاية العام الحالي."
TEXTS = {
    "wire": ("وكالة الأنباء", "وقال " + STATEMENT),
    # the same agency story in a newspaper: no conjunction, a comma after the name
    "paper": ("صحيفة الصباح", "قال " + STATEMENT.replace("حسين إن", "حسين، إن")),
    "pentagon": ("صحيفة المدى", "وأكد المتحدث باسم وزارة الدفاع الأمريكية جون كيربي أن الولايات المتحدة "
                                 "ستقلص عدد قواتها في العراق ولن تنسحب بالكامل."),
}


@pytest.fixture(scope="module")
def corpus():
    articles = [Article(id=key, text=text, outlet=outlet, date=dt.date(2021, 4, 7 + n), body=(Span(0, len(text)),))
                for n, (key, (outlet, text)) in enumerate(TEXTS.items())]
    return Corpus(articles, parse_articles(articles, cache_dir=False, progress=False), cache_dir=False,
                  progress=False)


def test_copies_form_one_cluster_reported_by_two_outlets(corpus):
    frame = corpus.claims_frame().set_index("claim_id")
    assert frame.loc["wire-0-1", "cluster"] == frame.loc["paper-0-1", "cluster"] == "cluster:wire-0-1"
    assert frame.loc["wire-0-1", "reported_by"] == 2
    assert frame.loc["pentagon-0-1", "reported_by"] == 1
    assert corpus.syndication.of("paper-0-1").outlets == ("وكالة الأنباء", "صحيفة الصباح")


def test_a_cluster_is_compared_once(corpus):
    pairs = [(k.claim_a, k.claim_b) for k in corpus.conflicts]
    assert pairs == [("pentagon-0-1", "wire-0-1")] or pairs == [("wire-0-1", "pentagon-0-1")]
    frame = corpus.conflicts_frame()
    assert sorted(frame[["reported_by_a", "reported_by_b"]].iloc[0]) == [1, 2]


def test_the_report_lists_every_copy(corpus, tmp_path):
    paths = write_report(corpus, tmp_path / "out")
    data = json.loads(paths["report.json"].read_text(encoding="utf-8"))
    by_id = {c["id"]: c for c in data["claims"]}
    sources = by_id["wire-0-1"]["cluster"]["sources"]
    assert [(s["outlet"], s["article"]) for s in sources] == [("وكالة الأنباء", "wire"), ("صحيفة الصباح", "paper")]
    assert by_id["pentagon-0-1"]["cluster"] is None and by_id["pentagon-0-1"]["reported_by"] == 1
    text = TEXTS["paper"][1]
    start, end = sources[1]["content"]
    assert text[start:end].startswith("جميع القوات")
    assert "نقلته وسيلتان" in paths["report.html"].read_text(encoding="utf-8")
