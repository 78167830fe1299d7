"""Judging candidate pairs on an executor's workers (a process pool, or a dask cluster through
``Client.get_executor()``).

Pairs are cut into chunks in the order blocking produced them (so a chunk holds pairs of the
same rule and block, and shares their claims); each chunk travels with only the claims it
refers to and a context that carries the corpus-wide word counts (background and common words),
those claims' lemmas, and their terms and frames as blocking read them. Everything else a rule
reads is computed from the claim, so a worker finds exactly what the main process would.
"""
from __future__ import annotations

from concurrent.futures import Executor
from typing import Mapping

from ..claims import Claim
from .context import RuleContext
from .model import Conflict, RuleFailure
from .registry import Rule

PAIRS_PER_TASK = 5_000


def _judge_chunk(pairs: dict, claims: dict[str, Claim], ctx: RuleContext,
                 rules: list[Rule]) -> tuple[list[Conflict], list[RuleFailure]]:
    from .engine import judge_pairs

    return judge_pairs(pairs, claims, ctx, rules)


def _slim_context(ctx: RuleContext, ids: set[str]) -> RuleContext:
    # the claims' terms and frames were read for blocking already: they travel instead of being
    # read again on the worker (frames are most of a pair's cost)
    return RuleContext(lemmas={i: ctx.lemmas[i] for i in ids if i in ctx.lemmas},
                       background=ctx.background, common=ctx.common,
                       _terms={i: ctx._terms[i] for i in ids if i in ctx._terms},
                       _frames={i: ctx._frames[i] for i in ids if i in ctx._frames})


def judge_on_workers(pairs: Mapping, by_id: Mapping[str, Claim], ctx: RuleContext, rules: list[Rule],
                     executor: Executor, *, progress: bool = False,
                     per_task: int = PAIRS_PER_TASK) -> tuple[list[Conflict], list[RuleFailure]]:
    """What :func:`~iraqclaims.rules.engine.judge_pairs` finds, with the work done by ``executor``.
    The rules travel with the tasks (by reference for a process pool; by value under dask,
    so rules defined in a notebook work on a cluster too)."""
    from tqdm.auto import tqdm

    items = list(pairs.items())
    futures = []
    for start in range(0, len(items), per_task):
        chunk = dict(items[start:start + per_task])
        ids = {i for pair in chunk for i in pair}
        futures.append((len(chunk), executor.submit(_judge_chunk, chunk, {i: by_id[i] for i in ids},
                                                    _slim_context(ctx, ids), rules)))
    found: list[Conflict] = []
    failures: list[RuleFailure] = []
    with tqdm(total=len(items), desc="comparing", unit="pair", disable=not progress) as bar:
        for size, future in futures:
            conflicts, failed = future.result()
            found += conflicts
            failures += failed
            bar.update(size)
    return found, failures
