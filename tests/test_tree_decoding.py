"""The parse layer's tree decoding returns Stanza's trees, faster (parse/tree_decoding.py)."""
import numpy as np
import pytest

from iraqclaims.parse.tree_decoding import _cycles, best_tree, fast_tree_decoding

cle = pytest.importorskip("stanza.models.common.chuliu_edmonds")
depparse_model = pytest.importorskip("stanza.models.depparse.model")


def test_cycles_of_a_head_array():
    # 1 -> 2 -> 3 -> 1 is a cycle; 4 hangs from it; 5 is attached to the root
    cycles = _cycles(np.array([0, 2, 3, 1, 1, 0]))
    assert [c.nonzero()[0].tolist() for c in cycles] == [[1, 2, 3]]
    assert _cycles(np.array([0, 0, 1, 1])) == []


def test_a_greedy_tree_with_one_root_is_returned_as_is():
    scores = np.full((4, 4), -5.0)
    scores[1, 0] = scores[2, 1] = scores[3, 1] = 3.0    # 1 under the root, 2 and 3 under 1
    assert best_tree(scores).tolist() == [0, 0, 1, 1]


def test_two_roots_are_resolved_to_one():
    scores = np.full((3, 3), -5.0)
    scores[1, 0] = scores[2, 0] = 3.0                   # both prefer the root
    scores[2, 1] = 2.0
    assert best_tree(scores).tolist() == [0, 0, 1]


@pytest.mark.parametrize("seed", range(4))
def test_same_trees_as_stanza_on_random_scores(seed):
    rng = np.random.default_rng(seed)
    for _ in range(300):
        n = int(rng.integers(2, 45))
        scores = rng.normal(size=(n, n)) * rng.uniform(0.5, 8)
        # a parser is usually sure of most heads: make many rows peaked
        for row in rng.choice(n, size=n // 2):
            scores[row, rng.integers(0, n)] += 10
        assert best_tree(scores).tolist() == cle.chuliu_edmonds_one_root(scores).tolist()


def test_the_callers_scores_are_left_alone():
    scores = np.random.default_rng(7).normal(size=(6, 6))
    before = scores.copy()
    best_tree(scores)
    assert np.array_equal(scores, before)


def test_only_the_block_decodes_with_it():
    stanza_own = depparse_model.chuliu_edmonds_one_root
    with fast_tree_decoding():
        assert depparse_model.chuliu_edmonds_one_root is best_tree
        with fast_tree_decoding():
            pass
        assert depparse_model.chuliu_edmonds_one_root is best_tree
    assert depparse_model.chuliu_edmonds_one_root is stanza_own
