"""Conflicts on the five fixture articles (bundled model): the three the story is about, and no
false alarm (issue 10)."""
import pytest

from iraqclaims import Corpus

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def corpus():
    return Corpus.from_paths(["fixtures"], progress=False)


def _pairs(corpus, kind=None):
    out = []
    for k in corpus.conflicts:
        if kind is None or k.kind == kind:
            out.append((corpus.claim(k.claim_a), corpus.claim(k.claim_b), k))
    return out


def _has(corpus, kind, fragment_a, fragment_b):
    for a, b, k in _pairs(corpus, kind):
        for x, y in ((a, b), (b, a)):
            if fragment_a in x.content and fragment_b in y.content:
                return k
    return None


def test_reduce_versus_all_forces_in_002(corpus):
    k = _has(corpus, "scope", "قلص", "انسحاب جميع القوات")
    assert k is not None
    a, b = corpus.claim(k.claim_a), corpus.claim(k.claim_b)
    assert {a.article_id, b.article_id} == {"002"}
    assert {a.speaker_id, b.speaker_id} >= {"مصطفي_الكاظمي"}
    assert k.relation == "contradiction" and k.score > 0.5 and "جميع" in k.explanation


def test_need_versus_no_longer_need_around_004(corpus):
    k = _has(corpus, "need", "بحاجة", "لم يعد بحاجة الى القوات الاجنبية") or \
        _has(corpus, "need", "بحاجة", "لم تعد بحاجة الى القوات الاجنبية")
    assert k is not None and "لم" in k.explanation


def test_keep_forces_versus_withdraw(corpus):
    k = _has(corpus, "timing", "يجب إبقاء القوات الأميركية", "انسحاب جميع القوات")
    assert k is not None
    assert "ابقاء" in k.explanation or "إبقاء" in k.explanation


def test_exactly_the_three_conflicts_and_no_false_alarm(corpus):
    # the joint statement (البيان / البلدين) is one source, flagged once; "يجب إبقاء القوات" is not
    # set against a claim that only reports a disagreement about guarantees of a withdrawal
    assert sorted(k.kind for k in corpus.conflicts) == ["need", "scope", "timing"]
    assert _has(corpus, None, "يجب إبقاء", "ضمانات انسحاب") is None


def test_agreeing_claims_are_not_flagged(corpus):
    # "combat forces leave by the end of 2021": 000 (نهاية العام الحالي) and 003 (نهاية العام / 31 ديسمبر)
    for a, b, k in _pairs(corpus):
        articles = {a.article_id, b.article_id}
        if articles == {"000", "003"}:
            assert not ("القتالية" in a.content and "القتالية" in b.content), k


def test_conflicts_frame_and_graphml(corpus, tmp_path):
    frame = corpus.conflicts_frame()
    assert {"kind", "score", "explanation", "relation", "speaker_a", "content_b"} <= set(frame.columns)
    assert len(frame) == len(corpus.conflicts) > 0
    corpus.to_graphml(tmp_path / "g.graphml")
    assert (tmp_path / "g.graphml").read_text(encoding="utf-8").count("<node ") > len(corpus.claims)
