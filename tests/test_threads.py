"""PyTorch threads per parsing process: cores shared out among workers, an explicit --threads /
threads= wins, and OMP_NUM_THREADS set by the user is left alone. No model is loaded."""
from concurrent.futures import Executor, Future, ThreadPoolExecutor

import pytest

import iraqclaims.parse.pipeline as pipeline
from iraqclaims import Corpus
from iraqclaims.cli import main
from iraqclaims.parse import ParsedDocument
from iraqclaims.parse import threads as threads_module
from iraqclaims.parse.threads import available_cores, torch_threads

TEXT = "وقال الوزير إن الاتفاق نهائي."


@pytest.mark.parametrize("cores, workers, explicit, environ, expected", [
    (2, 1, None, {}, 2),
    (2, 2, None, {}, 1),
    (2, 4, None, {}, 1),             # never below one
    (16, 3, None, {}, 5),            # workers x threads <= cores
    (1, 1, None, {}, 1),
    (8, None, None, {}, 1),          # a pool of unknown size fills its machine
    (2, 1, 3, {}, 3),                # explicit wins
    (2, 2, 1, {"OMP_NUM_THREADS": "4"}, 1),
    (2, 1, None, {"OMP_NUM_THREADS": "1"}, None),    # the user's setting: PyTorch left alone
    (2, 2, None, {"OMP_NUM_THREADS": "3"}, None),
    (4, 2, None, {"OMP_NUM_THREADS": ""}, 2),        # empty counts as unset
])
def test_thread_count(cores, workers, explicit, environ, expected):
    assert torch_threads(workers, threads=explicit, cores=cores, environ=environ) == expected


def test_cores_fall_back_to_cpu_count(monkeypatch):
    assert available_cores() >= 1
    monkeypatch.delattr(pipeline.os, "sched_getaffinity", raising=False)
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 6)
    assert available_cores() == 6
    assert torch_threads(2, environ={}) == 3


@pytest.fixture
def recorded(monkeypatch):
    """The thread counts handed to PyTorch (None: left alone), with parsing faked."""
    calls = []
    monkeypatch.setattr(pipeline, "_set_torch_threads", calls.append)
    monkeypatch.setattr(pipeline, "_parse_batch", lambda texts, spec: [ParsedDocument((), model=spec.identity) for _ in texts])
    monkeypatch.setattr(threads_module, "available_cores", lambda: 4)
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    return calls


def _article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("argv, environ, expected", [
    (["--threads", "3"], {}, [3]),
    ([], {}, [4]),
    ([], {"OMP_NUM_THREADS": "1"}, [None]),
    (["--threads", "2"], {"OMP_NUM_THREADS": "1"}, [2]),
])
def test_threads_option_reaches_the_pipeline(argv, environ, expected, recorded, tmp_path, monkeypatch):
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    code = main(["parse", str(_article(tmp_path)), "-o", str(tmp_path / "out"), "--no-cache", "-q", *argv])
    assert code == 0
    assert recorded == expected


def test_threads_option_must_be_positive(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["parse", str(_article(tmp_path)), "-o", str(tmp_path / "out"), "--threads", "0"])
    assert exit_info.value.code == 2
    assert "--threads" in capsys.readouterr().err
    with pytest.raises(ValueError, match="threads"):
        pipeline.parse_corpus([TEXT], threads=0, progress=False)


def test_warm_cache_leaves_torch_alone(recorded):
    pipeline.parse_corpus([TEXT], progress=False)
    recorded.clear()
    pipeline.parse_corpus([TEXT], progress=False, threads=2)
    assert recorded == []


class _Inline(Executor):
    """An executor that does not say how many workers it has (as dask's does not)."""

    def submit(self, fn, *args, **kwargs):
        future = Future()
        future.set_result(fn(*args, **kwargs))
        return future


@pytest.mark.parametrize("executor, threads, expected", [
    (lambda: ThreadPoolExecutor(max_workers=2), None, 2),      # 4 cores / 2 workers
    (lambda: ThreadPoolExecutor(max_workers=2), 1, 1),
    (lambda: ThreadPoolExecutor(max_workers=8), None, 1),
    (_Inline, None, 1),
])
def test_workers_share_the_cores(executor, threads, expected, recorded, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH_CHARS", 1)     # one text per worker call
    with executor() as pool:
        pipeline.parse_corpus([TEXT, TEXT + " نعم"], executor=pool, threads=threads, cache_dir=False,
                              progress=False)
    assert recorded == [expected, expected]


def test_corpus_passes_threads_on(recorded, tmp_path):
    Corpus.from_texts([TEXT], threads=3, cache_dir=False)
    Corpus.from_paths([_article(tmp_path)], threads=2, cache_dir=False)
    assert recorded == [3, 2]
