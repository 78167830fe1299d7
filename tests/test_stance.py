"""The ANS-trained stance scorer (issue 10): shipped and small, symmetric, used by compare() and
not by corpus runs unless named, trainable by the script in the repo, and a clear error when
its weights are missing."""
import csv
import subprocess
import sys
from pathlib import Path

import pytest

from iraqclaims import compare
from iraqclaims.errors import ModelError
from iraqclaims.graph import TopicMatch
from iraqclaims.rules import RuleContext, corpus_rules, find_conflicts, registered_rules
from iraqclaims.rules import stance_model
from iraqclaims.rules.compare import statement
from iraqclaims.rules.stance_model import _related, pair_features, probabilities
from iraqclaims.testing import claim_from_text

ROOT = Path(__file__).resolve().parents[1]
VISIT = "وزير الخارجية يزور بغداد الأسبوع المقبل"
CANCELLED = "وزير الخارجية يلغي زيارته إلى بغداد"


def test_the_model_ships_with_the_package_and_is_small():
    assert stance_model.MODEL_FILE.is_file()
    assert stance_model.MODEL_FILE.stat().st_size <= 5 * 1024 * 1024
    assert (stance_model.MODEL_DIR / "MODEL_CARD.md").is_file()


def test_probabilities_are_a_distribution_and_symmetric():
    a, b = statement(VISIT, "a"), statement(CANCELLED, "b")
    forth, back = probabilities(RuleContext(), a, b), probabilities(RuleContext(), b, a)
    assert sum(forth.values()) == pytest.approx(1.0, abs=1e-5)
    assert forth == pytest.approx(back, abs=1e-6)
    assert pair_features(RuleContext(), a, b) == pair_features(RuleContext(), b, a)


@pytest.mark.parametrize("x, y, same", [
    ("ارتفاع", "ترتفع", True), ("استيناف", "تستانف", True), ("زياره", "يزور", True), ("افتتاح", "يفتح", True),
    ("يرفع", "يخفض", False), ("توقف", "تستانف", False), ("يلغي", "يزور", False),
])
def test_two_forms_of_one_word_are_not_a_difference(x, y, same):
    assert _related(x, y) is same


def test_compare_uses_it_and_corpus_runs_leave_it_out():
    result = compare(VISIT, CANCELLED)
    assert (result.relation, result.rule) == ("contradicts", "stance")
    assert "يزور" in result.explanation and "يلغي" in result.explanation
    assert "stance" in {r.name for r in registered_rules()}
    assert "stance" not in {r.name for r in corpus_rules()}
    claims = [claim_from_text(VISIT, speaker="x", id="a"), claim_from_text(CANCELLED, speaker="y", id="b")]
    topics = {c.id: (TopicMatch("baghdad", "Baghdad", ("بغداد",)),) for c in claims}
    assert not [k for k in find_conflicts(claims, topics) if k.rule == "stance"]
    assert [k.rule for k in find_conflicts(claims, topics, rules=["stance"])] == ["stance"]


def test_a_missing_model_says_how_to_get_it(monkeypatch, tmp_path):
    monkeypatch.setattr(stance_model, "MODEL_FILE", tmp_path / "stance.npz")
    stance_model._weights.cache_clear()
    try:
        with pytest.raises(ModelError, match="train_stance.py"):
            probabilities(RuleContext(), statement(VISIT, "a"), statement(CANCELLED, "b"))
    finally:
        stance_model._weights.cache_clear()
    monkeypatch.setattr(stance_model, "SETTINGS_FILE", tmp_path / "stance.json")
    stance_model.settings.cache_clear()
    try:
        with pytest.raises(ModelError, match="train_stance.py"):
            stance_model.settings()
    finally:
        stance_model.settings.cache_clear()


def test_the_training_script_runs_on_a_small_corpus(tmp_path):
    rows = [(VISIT, CANCELLED, "disagree"), (VISIT, "زيارة مرتقبة لوزير الخارجية إلى بغداد", "agree"),
            ("ارتفاع أسعار الذهب في الأسواق", "أسعار الذهب ترتفع في السوق", "agree"),
            ("ارتفاع أسعار الذهب في الأسواق", "انخفاض أسعار الذهب في الأسواق", "disagree"),
            ("افتتاح معرض الكتاب في الرياض", "ارتفاع أسعار الذهب في الأسواق", "other")] * 4
    ans = tmp_path / "ans"
    ans.mkdir()
    with (ans / "stance_train.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["s1", "s2", "stance"])
        writer.writerows(rows)
    out = tmp_path / "model"
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_stance.py"), "--ans", str(ans),
                           "--out", str(out), "--epochs", "5"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert {p.name for p in out.iterdir()} == {"stance.npz", "stance.json", "MODEL_CARD.md"}
    assert "cross-validated macro F1" in done.stderr


def test_the_training_script_says_where_the_data_is_missing(tmp_path):
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_stance.py"), "--ans", str(tmp_path),
                           "--out", str(tmp_path / "m")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "stance_train.csv" in done.stderr
    assert not (tmp_path / "m").exists()


def test_short_and_specific_needs():
    from iraqclaims.rules.blocking import Needs, can_fire

    with pytest.raises(ValueError, match="short:<n> takes a number"):
        Needs(a="short:x", b="words")
    needs = Needs(a="short:8", b="short:8", same="specific")
    ctx = RuleContext()
    a, b = statement(VISIT, "a"), statement(CANCELLED, "b")
    assert can_fire(needs, a, b, ctx)
    assert not can_fire(needs, a, statement("افتتاح معرض الكتاب في الرياض", "c"), ctx)     # nothing shared
    long = statement(VISIT + " " + " ".join(["في"] * 10), "d")
    assert not can_fire(needs, long, b, ctx)                                             # too long
