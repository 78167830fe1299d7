"""Claims of the fixtures against the analyst's golden list, and end-to-end claims of made-up
sentences, with the bundled model. Scores are printed by benchmarks/claims_quality.py; the
thresholds here sit a little below what it measures, so a regression fails."""
import sys

import pytest

from conftest import ROOT
from iraqclaims import Corpus, normalize

sys.path.insert(0, str(ROOT / "benchmarks"))
from _golden import evaluate, load_golden, match_key  # noqa: E402

pytestmark = pytest.mark.model

# measured (benchmarks/claims_quality.py): P 1.000, R 0.937 (74 of 79 golden rows, 74 claims)
MIN_PRECISION = 0.95
MIN_RECALL = 0.90


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    corpus = Corpus.from_paths([ROOT / "fixtures"], cache_dir=tmp_path_factory.mktemp("parses"), progress=False)
    corpus.claims  # extract while the module's cache directory is in force
    return corpus


@pytest.fixture(scope="module")
def result(corpus):
    return evaluate(corpus.claims)


def test_golden_file_is_well_formed():
    rows = load_golden()
    assert {r.article_id for r in rows} == {"000", "001", "002", "003", "004"}
    assert sum(r.must for r in rows) == 5
    assert all(r.speaker_ids and r.speaker_ids[0] for r in rows)


def _found(result, article_id, fragment):
    key = match_key(fragment)
    (row,) = [r for r in result.golden if r.article_id == article_id and match_key(r.fragment) == key]
    claim = result.claim_for(row)
    assert claim is not None, f"not extracted with speaker {row.speaker_ids}: {row}"
    return claim


def test_every_must_row_is_found_with_its_speaker(result):
    missing = [str(r) for r in result.golden if r.must and result.claim_for(r) is None]
    assert not missing


def test_joint_statement_and_the_attributed_withdrawal(result):
    statement = _found(result, "002", "ستقلص عدد قواتها")
    # one source however the text words it (البيان، البلدين): the joint statement of the article
    assert statement.speaker_id == "joint:002"
    assert _found(result, "002", "ستواصل الولايات المتحدة خلال الأشهر").speaker_id == "joint:002"
    kadhimi = _found(result, "002", "انسحاب جميع القوات")
    assert kadhimi.speaker_id == "مصطفي_الكاظمي"
    assert any("وكالات" in normalize(v) for v in kadhimi.via)


def test_pentagon_official_is_anonymous_with_a_description(result):
    claim = _found(result, "001", "يجب إبقاء القوات الأميركية في العراق")
    assert claim.anonymous and claim.speaker_id.startswith("anonymous:001:")
    assert "وزارة الدفاع" in claim.speaker_text


def test_salih_and_the_headline(result):
    assert _found(result, "004", "لا يتجاوز 2500 عنصر").speaker_id == "برهم_صالح"
    headline = _found(result, "004", "العراق لم يعد بحاجة")
    assert headline.kind == "headline" and headline.speaker_id == "مصطفي_الكاظمي"


def test_precision_and_recall_stay_above_thresholds(result):
    scores = result.scores()
    details = "\nmissed: " + "\n  ".join(map(str, result.missed)) + \
              "\nspurious: " + "\n  ".join(f"{c.id} {c.speaker_id}: {c.content[:60]}" for c in result.spurious)
    assert scores["precision"] >= MIN_PRECISION, details
    assert scores["recall"] >= MIN_RECALL, details


def test_each_claim_matches_at_most_one_row(result):
    claims = [id(c) for _, c in result.pairs]
    rows = [id(r) for r, _ in result.pairs]
    assert len(set(claims)) == len(claims) and len(set(rows)) == len(rows)


# ------------------------------------------------------------------ made-up sentences, end to end
def _claims(text):
    return list(Corpus.from_texts([text], progress=False).claims)


def test_end_to_end_indirect_speech():
    (claim,) = _claims("وقال وزير الدفاع إن القوات ستبقى حتى نهاية العام.")
    assert claim.speaker_text == "وزير الدفاع" and claim.cue_lemma == "قال"
    assert claim.kind == "indirect" and claim.content == "القوات ستبقى حتى نهاية العام"
    assert not claim.anonymous


def test_end_to_end_participle_continues_the_speaker():
    said, added = _claims("وأكدت وزارة الخارجية في بيان أن المحادثات ستستأنف الأسبوع المقبل، "
                          "مشيرة إلى أن الوفد سيصل يوم الأحد.")
    assert said.speaker_text == "وزارة الخارجية" and said.content == "المحادثات ستستأنف الأسبوع المقبل"
    assert added.speaker_id == said.speaker_id and added.content == "الوفد سيصل يوم الأحد"


def test_end_to_end_anonymous_source_and_no_claim_sentence():
    claims = _claims("وانتهت الجولة الرابعة من المحادثات أمس. وقال مصدر حكومي إن الاتفاق سيوقع قريبا.")
    (claim,) = claims
    assert claim.anonymous and claim.speaker_text == "مصدر حكومي"
    assert claim.content == "الاتفاق سيوقع قريبا"
