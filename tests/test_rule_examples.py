"""Every registered rule's own Arabic examples, through the testing kit."""
import pytest

from iraqclaims.rules import registered_rules
from iraqclaims.testing import example_claims, run_rule

CASES = [(r.name, n, e) for r in registered_rules() for n, e in enumerate(r.examples)]


@pytest.mark.parametrize("name, n, example", CASES, ids=[f"{name}-{n}" for name, n, _ in CASES])
def test_rule_example(name, n, example):
    a, b = example_claims(example)
    found = run_rule(name, a, b)
    if example.fires:
        assert found is not None, f"{name} must fire on: {example.a} || {example.b}"
        assert found.kind == next(r.kind for r in registered_rules() if r.name == name)
        assert found.explanation and (found.triggers_a or found.triggers_b)
    else:
        assert found is None, f"{name} must not fire on: {example.a} || {example.b} ({found.explanation})"


def test_every_shipped_rule_has_docstring_and_both_kinds_of_example():
    names = {r.name for r in registered_rules()}
    assert {"scope", "status", "happened", "dispute", "need", "timing", "number", "date", "antonym"} <= names
    for r in registered_rules():
        assert r.doc
        assert any(e.fires for e in r.examples) and any(not e.fires for e in r.examples)
