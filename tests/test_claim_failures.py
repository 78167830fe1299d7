"""An article whose claims cannot be read costs that article its claims, not the corpus run: the
error is logged, the article is listed under skipped (report.json and the page), the others are
read, and nothing is cached for it. The testing kit stays strict."""
import json

import pytest

from iraqclaims import Corpus, claim_pattern, write_report
from iraqclaims.claims.registry import PatternError, unregister_pattern
from iraqclaims.testing import read_claims

pytestmark = pytest.mark.model

GOOD = "وقال وزير الخارجية إن القوات ستنسحب قبل نهاية العام."
BAD = "وقال المتحدث إن المحادثات ستستأنف الأسبوع المقبل. وانكسر الزنبرك."


@pytest.fixture
def exploding_pattern():
    @claim_pattern(name="explodes_on_marker", examples=[(GOOD, "وزير الخارجية", "قال", "القوات ستنسحب قبل نهاية العام")])
    def explodes(reader):
        """Raises on a sentence holding a marker word (a stand-in for a bug)."""
        if "الزنبرك" in reader.sentence.text:
            raise RuntimeError("pattern bug")
        return []
    yield explodes
    unregister_pattern("explodes_on_marker")


def test_a_failing_article_is_listed_and_the_run_goes_on(exploding_pattern, tmp_path, caplog):
    corpus = Corpus.from_texts({"good": GOOD, "bad": BAD}, progress=False, cache_dir=tmp_path / "cache")
    assert {c.article_id for c in corpus.claims} == {"good"}
    (failure,) = corpus.claim_failures
    assert failure.path == "bad" and "RuntimeError: pattern bug" in failure.reason
    assert "article bad: reading its claims failed" in caplog.text
    paths = write_report(corpus, tmp_path / "out")
    report = json.loads(paths["report.json"].read_text(encoding="utf-8"))
    assert report["summary"]["skipped"] == 1 and report["skipped"][0]["path"] == "bad"
    # nothing cached for the failed article: fixed code reads it again
    again = Corpus.from_texts({"good": GOOD, "bad": BAD}, progress=False, cache_dir=tmp_path / "cache")
    assert len(again.claim_failures) == 1


def test_the_testing_kit_still_raises(exploding_pattern):
    with pytest.raises(PatternError, match="explodes_on_marker.*pattern bug"):
        read_claims(BAD)
