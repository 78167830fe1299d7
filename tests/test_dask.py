"""The fixtures on a real dask cluster (LocalCluster, two spawned worker processes) give what
one process gives: the same parses, claims, speakers and conflicts, with the parsing, the claims
per article and the conflict chunks done on the workers. A rule defined in a test (so pickled
by value, as a notebook's would be) runs on the workers too, and workers load the bundled models
of their own install. A user's claim pattern and an edited alias file reach long-lived workers."""
from __future__ import annotations

import dataclasses
import os
import re
from contextlib import ExitStack
from functools import partial
from pathlib import Path

import pytest

distributed = pytest.importorskip("dask.distributed")
import dask  # noqa: E402

from iraqclaims import Corpus, claim_pattern, rule  # noqa: E402
from iraqclaims.claims.registry import unregister_pattern  # noqa: E402
from iraqclaims.claims import collect as collect_module  # noqa: E402
from iraqclaims.parse import pipeline  # noqa: E402
from iraqclaims.rules import distributed as rules_distributed  # noqa: E402
from iraqclaims.rules import engine, unregister  # noqa: E402
from iraqclaims.testing import check_examples  # noqa: E402

from conftest import FIXTURES  # noqa: E402

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def client():
    """Two single-threaded worker processes, started with "spawn" (the default, set here so a
    config that says "fork" cannot fork a process where PyTorch may already run); closed when
    the module is done, failed or not."""
    with ExitStack() as stack:
        stack.enter_context(dask.config.set({"distributed.worker.multiprocessing-method": "spawn"}))
        cluster = stack.enter_context(distributed.LocalCluster(processes=True, n_workers=2, threads_per_worker=1,
                                                               dashboard_address=None))
        yield stack.enter_context(distributed.Client(cluster))


def _not_here(*args, **kwargs):
    raise AssertionError("ran in the test process although an executor was given")


@pytest.fixture(scope="module")
def runs(client, tmp_path_factory):
    """The fixtures read on the cluster (cold cache: every text parsed there) and in process
    (no cache). While the cluster works, parsing, extracting and judging in this process fail.
    The fixtures' 16,500 characters would be one task of each kind; smaller tasks here (which
    change no result) give both workers a share: 3 parse batches (two of two articles), a
    claims task per article, chunks of 8 candidate pairs (26 pairs today)."""
    with pytest.MonkeyPatch.context() as patch, distributed.get_task_stream(client) as stream:
        patch.setattr(pipeline, "BATCH_CHARS", 7_000)
        patch.setattr(collect_module, "CHARS_PER_TASK", 1)
        patch.setattr(rules_distributed, "judge_on_workers", partial(rules_distributed.judge_on_workers, per_task=8))
        patch.setattr(pipeline, "_parse_batch", _not_here)
        patch.setattr(collect_module, "claims_of_article", _not_here)
        patch.setattr(engine, "judge_pairs", _not_here)
        there = Corpus.from_paths([FIXTURES], executor=client.get_executor(), progress=False,
                                  cache_dir=tmp_path_factory.mktemp("dask-cache"))
        there.conflicts       # claims and conflicts too, while this process may not compute them
    here = Corpus.from_paths([FIXTURES], cache_dir=False, progress=False)
    return here, there, stream.data


def _tasks(stream, name):
    return [t for t in stream if str(t["key"]).startswith((f"{name}-", f"('{name}-"))]


def test_the_work_ran_on_the_workers(client, runs):
    _, there, stream = runs
    workers = set(client.scheduler_info()["workers"])
    assert len(workers) == 2
    for name, least in (("_worker_parse", 2), ("extract_articles", len(there.articles)), ("_judge_chunk", 2)):
        done = _tasks(stream, name)
        assert len(done) >= least, f"{name}: {len(done)} tasks; keys: {sorted(t['key'] for t in stream)}"
        assert {t["worker"] for t in done} <= workers
    # the first two batches go to the two idle workers at once
    assert {t["worker"] for t in _tasks(stream, "_worker_parse")} == workers
    # each worker built its own pipeline, in a process of its own
    loaded = client.run(lambda: (os.getpid(), bool(__import__("iraqclaims.parse.pipeline").parse.pipeline._PIPELINES)))
    assert all(has for _, has in loaded.values())
    assert os.getpid() not in {pid for pid, _ in loaded.values()}


def test_the_same_parses(runs):
    here, there, _ = runs
    assert [a.id for a in there.articles] == [a.id for a in here.articles]
    assert [p.to_conllu() for p in there.parses] == [p.to_conllu() for p in here.parses]


def test_the_same_claims_speakers_and_conflicts(runs):
    here, there, _ = runs
    assert list(there.claims) == list(here.claims)
    assert there.speakers == here.speakers
    assert list(there.conflicts) == list(here.conflicts)
    assert len(here.conflicts) == 3
    assert there.conflicts.errors == here.conflicts.errors == ()


def test_workers_load_the_bundled_models_of_their_own_install(client, runs, monkeypatch):
    """On a cluster the package is installed at another path than here (another venv, an
    image): without a model_dir, workers use the bundled models where they have them."""
    here, _, _ = runs
    real = pipeline.resolve_models

    def installed_elsewhere(model_dir=None):
        spec = real(model_dir)
        return spec if model_dir is not None else dataclasses.replace(spec, directory=Path("/not/on/the/workers"))

    monkeypatch.setattr(pipeline, "resolve_models", installed_elsewhere)
    (parsed,) = pipeline.parse_corpus([here.articles[2].body_text], executor=client.get_executor(), cache_dir=False,
                                      progress=False)
    assert parsed.to_conllu() == here.parses[2].to_conllu()


def test_a_users_rule_runs_on_the_workers(client, runs):
    here, there, _ = runs
    name = "test_dask_bases"

    @rule(name=name, kind="bases", examples=[("لا قواعد أميركية دائمة في العراق", "ستبقى القواعد في العراق", True),
                                             ("لا قواعد أميركية دائمة في العراق", "ارتفاع أسعار النفط", False)])
    def bases(a, b, ctx):
        """Two speakers on the bases (قواعد); says in its explanation which process judged the pair."""
        if ctx.terms(a).find("قواعد") is not None and ctx.terms(b).find("قواعد") is not None:
            return ctx.conflict(a, b, score=0.5, triggers_a=("قواعد",), triggers_b=("قواعد",),
                                explanation=f"قواعد (pid {os.getpid()})")
        return None

    try:
        check_examples(name)
        local = Corpus(here.articles, here.parses, rules=[name], cache_dir=False, progress=False)
        remote = Corpus(there.articles, there.parses, rules=[name], cache_dir=False, progress=False,
                        executor=client.get_executor())
        found_here, found_there = list(local.conflicts), list(remote.conflicts)
    finally:
        unregister(name)
    assert found_here and not remote.conflicts.errors
    pid = re.compile(r"pid (\d+)")
    assert {pid.search(c.explanation)[1] for c in found_here} == {str(os.getpid())}
    workers = {str(p) for p in client.run(os.getpid).values()}
    assert {pid.search(c.explanation)[1] for c in found_there} <= workers
    assert ([dataclasses.replace(c, explanation="") for c in found_there]
            == [dataclasses.replace(c, explanation="") for c in found_here])


def test_a_users_claim_pattern_runs_on_the_workers(client, runs):
    here, there, _ = runs
    name = "test_dask_agencies"

    @claim_pattern(name=name, examples=[("ونشرت وكالات تصريحا منسوبا للوزير.", "وكالات", "نشرت", "تصريحا منسوبا للوزير"),
                                        ("ونشر الطالب الدرس.", None)])
    def agencies(reader):
        """"نشرت وكالات ...": what news agencies published."""
        claims = []
        for t in reader.toks[:-2]:
            if t.norm.removeprefix("و") == "نشرت" and reader.toks[t.i + 1].norm == "وكالات":
                claims.append(reader.claim(cue=(t.i, t.i + 1), speaker=reader.mention(t.i + 1, t.i + 2),
                                           content=(t.i + 2, reader.clause_end(t.i + 2, None)), kind="indirect"))
        return claims

    try:
        local = Corpus(here.articles, here.parses, cache_dir=False, progress=False)
        remote = Corpus(there.articles, there.parses, cache_dir=False, progress=False, executor=client.get_executor())
        found_here, found_there = list(local.claims), list(remote.claims)
    finally:
        unregister_pattern(name)
    assert any(c.cue_text == "نشرت" and c.speaker_id == "وكالات" for c in found_here)
    assert found_there == found_here


def test_workers_read_an_edited_alias_file_again(client, runs, tmp_path):
    from iraqclaims.claims import per_article

    here, there, _ = runs
    aliases = tmp_path / "aliases.txt"
    aliases.write_text("جو بايدن\tperson\tالرئيس الأميركي\n", encoding="utf-8")
    client.run(per_article._base_registry, per_article.alias_key([aliases]))   # every worker read the first version
    aliases.write_text("حسن ناظم\tperson\tالمتحدث باسم الحكومة العراقية حسن ناظم\n", encoding="utf-8")
    local = Corpus(here.articles, here.parses, aliases=[aliases], cache_dir=False, progress=False)
    remote = Corpus(there.articles, there.parses, aliases=[aliases], cache_dir=False, progress=False,
                    executor=client.get_executor())
    assert "حسن_ناظم" in {c.speaker_id for c in local.claims}
    assert list(remote.claims) == list(local.claims)
