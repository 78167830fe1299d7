"""Exact dependency-tree decoding, faster than Stanza's own.

Stanza turns the parser's arc scores into a tree with the Chu-Liu-Edmonds algorithm, finding
cycles with a recursive pure-Python Tarjan at every contraction step. On SaudiNewsNet articles
that decoding was about 40 % of the whole parse time. Two things make it cheap here, and
neither changes a result:

- most sentences' best heads already form a tree with one root (55 % of 265 news sentences):
  that tree is then the maximum spanning tree, and the maximum single-root tree too, so it is
  returned without any search;
- every node has exactly one candidate head in each step, so the graph is functional and its
  cycles are found by walking the heads once (linear) instead of by Tarjan's algorithm.

Contraction and expansion are Stanza's own functions, so the search is the same one; the tree
returned is the same whenever the best tree is unique (always, with real-valued scores; a test
compares the two on every sentence of a parse and on random score matrices).
"""
from __future__ import annotations

import contextlib
import threading

import numpy as np

_LOCK = threading.Lock()
_ACTIVE = 0


def _cycles(heads: np.ndarray) -> list[np.ndarray]:
    """The cycles of a head array (``heads[i]`` is the head of ``i``; 0 is the root), as masks."""
    heads_list = heads.tolist()
    n = len(heads_list)
    state = [0] * n     # 0 unseen, 1 on the current walk, 2 done
    state[0] = 2
    cycles = []
    for start in range(1, n):
        path, node = [], start
        while state[node] == 0:
            state[node] = 1
            path.append(node)
            node = heads_list[node]
        if state[node] == 1:
            mask = np.zeros(n, dtype=bool)
            mask[path[path.index(node):]] = True
            cycles.append(mask)
        for visited in path:
            state[visited] = 2
    return cycles


def _stanza_parts():
    """Stanza's decoding module and the parser module that calls it; imported only when parsing
    (a warm run reads cached parses without importing Stanza or PyTorch)."""
    try:
        from stanza.models.common import chuliu_edmonds
        from stanza.models.depparse import model
    except ImportError:         # another Stanza layout: its own decoding is used, unchanged
        return None, None
    return chuliu_edmonds, model


def _chu_liu_edmonds(scores: np.ndarray) -> np.ndarray:
    # Stanza's iterative contraction loop (chuliu_edmonds.chuliu_edmonds) with the linear cycle walk
    _stanza_cle, _ = _stanza_parts()
    stack = []
    _stanza_cle.prepare_scores(scores)
    tree = np.argmax(scores, axis=1)
    cycles = _cycles(tree)
    while cycles:
        contracted = _stanza_cle.process_cycle(tree, cycles.pop(), scores)
        stack.append((tree, contracted))
        scores = contracted[0]
        _stanza_cle.prepare_scores(scores)
        tree = np.argmax(scores, axis=1)
        cycles = _cycles(tree)
    while stack:
        outer, (_, cycle_locs, noncycle_locs, metanode_heads, metanode_deps) = stack.pop()
        tree = _stanza_cle.expand_contracted_tree(outer, tree, cycle_locs, noncycle_locs, metanode_heads,
                                                  metanode_deps)
    return tree


def best_tree(scores: np.ndarray) -> np.ndarray:
    """The highest-scoring tree with exactly one dependent of the root (as Stanza's
    ``chuliu_edmonds_one_root``): ``scores[i, j]`` scores ``j`` as the head of ``i``; returns
    the head of each node, ``[0]`` being the root itself."""
    scores = scores.astype(np.float64)          # a copy: the caller's scores stay as they are
    greedy = scores.copy()
    np.fill_diagonal(greedy, -np.inf)
    greedy[0] = -np.inf
    greedy[0, 0] = 0
    heads = np.argmax(greedy, axis=1)
    if np.count_nonzero(heads[1:] == 0) == 1 and not _cycles(heads):
        return heads
    # Stanza's reweighting: every root arc costs more than any tree gains, so one root is chosen
    finite = scores[np.isfinite(scores)]
    scores[:, 0] += finite.min() * scores.shape[0]
    return _chu_liu_edmonds(scores)


@contextlib.contextmanager
def fast_tree_decoding():
    """Within the block, Stanza's dependency parser decodes with :func:`best_tree`. Only the
    parse layer's own calls are affected: a user's plain Stanza pipeline in the same process
    keeps Stanza's decoding outside the block."""
    global _ACTIVE
    _stanza_cle, _depparse_model = _stanza_parts()
    if _depparse_model is None or not hasattr(_depparse_model, "chuliu_edmonds_one_root"):
        yield
        return
    with _LOCK:
        if _ACTIVE == 0:
            _depparse_model.chuliu_edmonds_one_root = best_tree
        _ACTIVE += 1
    try:
        yield
    finally:
        with _LOCK:
            _ACTIVE -= 1
            if _ACTIVE == 0:
                _depparse_model.chuliu_edmonds_one_root = _stanza_cle.chuliu_edmonds_one_root
