"""`iraqclaims report`: what it writes, what it prints, and its exit codes.

Most tests swap the parser for the hand-built corpus of tests/report_corpus.py; bad input is
rejected before any model loads, so those run for real. The ``model`` test runs the installed
command on the fixtures in a separate process."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from iraqclaims import cli
from iraqclaims import corpus as corpus_module
from iraqclaims.report import REPORT_FILES
from report_corpus import hand_corpus

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def no_parser(monkeypatch):
    """The CLI gets the hand-built corpus instead of parsing."""
    corpus = hand_corpus()
    monkeypatch.setattr(cli, "_parse_articles", lambda args, pool=None: (corpus.articles, corpus.parses, ()))
    monkeypatch.setattr(corpus_module, "Corpus", lambda *args, **kwargs: corpus)
    return corpus


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("iraqclaims: error:") and "Traceback" not in err
    return lines[0]


def test_report_writes_every_file_and_prints_the_page(tmp_path, capsys, no_parser):
    out = tmp_path / "out"
    assert cli.main(["report", "fixtures", "-o", str(out), "-q"]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == str(out / "report.html")
    assert captured.err == ""                       # --quiet: no progress bar
    assert {p.name for p in out.iterdir()} == set(REPORT_FILES) | {"parses"}
    assert sorted(p.name for p in (out / "parses").iterdir()) == ["a1.conllu", "a2.conllu"]


def test_report_shows_progress_on_stderr(tmp_path, capsys, no_parser):
    assert cli.main(["report", "fixtures", "-o", str(tmp_path / "out")]) == 0
    captured = capsys.readouterr()
    assert "report" in captured.err and "8/8" in captured.err
    assert "%|" not in captured.out


def test_report_into_a_path_that_is_a_file_fails_in_one_line(tmp_path, capsys, no_parser):
    blocker = tmp_path / "out"
    blocker.write_text("not a folder")
    assert cli.main(["report", "fixtures", "-o", str(blocker), "-q"]) == 5
    line = _one_error_line(capsys.readouterr().err)
    assert "cannot write" in line and "--output" in line
    assert blocker.read_text() == "not a folder"


def test_a_failing_report_leaves_the_previous_one(tmp_path, capsys, no_parser, monkeypatch):
    out = tmp_path / "out"
    assert cli.main(["report", "fixtures", "-o", str(out), "-q"]) == 0
    before = (out / "report.json").read_bytes()
    from iraqclaims.report import write as write_module

    def full_disk(src, dst):
        raise OSError(28, "No space left on device", str(dst))

    monkeypatch.setattr(write_module.os, "replace", full_disk)
    assert cli.main(["report", "fixtures", "-o", str(out), "-q"]) == 5
    line = _one_error_line(capsys.readouterr().err)
    assert "No space left on device" in line
    assert f"cannot write {out}:" in line and ".report-" not in line   # the folder given, not a staging file
    assert (out / "report.json").read_bytes() == before
    assert not [p for p in out.iterdir() if p.name.startswith(".report-")]


def _file(content: bytes):
    def make(folder: Path) -> Path:
        (folder / "article.txt").write_bytes(content)
        return folder / "article.txt"
    return make


def _empty_folder(folder: Path) -> Path:
    (folder / "empty").mkdir()
    return folder / "empty"


@pytest.mark.parametrize("make_input, message", [
    (lambda d: d / "missing.txt", "no such file"),
    (_empty_folder, "no .txt article files"),
    (_file(b""), "empty"),
    (_file(b"\x00\x01\x02\xff" * 50), "binary"),
    (_file(b"Only English words here."), "Arabic"),
], ids=["missing", "empty-folder", "empty-file", "binary", "no-arabic"])
def test_bad_articles_exit_2_with_one_line_and_write_nothing(tmp_path, capsys, make_input, message):
    out = tmp_path / "out"
    assert cli.main(["report", str(make_input(tmp_path)), "-o", str(out), "-q"]) == 2
    assert message.lower() in _one_error_line(capsys.readouterr().err).lower()
    assert not out.exists()


def test_bad_manifest_exits_2(tmp_path, capsys):
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("name,when\nx,y\n", encoding="utf-8")
    out = tmp_path / "out"
    assert cli.main(["report", "fixtures", "--manifest", str(manifest), "-o", str(out), "-q"]) == 2
    assert "manifest lacks column" in _one_error_line(capsys.readouterr().err)
    assert not out.exists()


def test_bad_topic_lexicon_exits_2_before_parsing(tmp_path, capsys, monkeypatch):
    def must_not_parse(args, pool=None):
        raise AssertionError("parsed before checking the lexicon")

    monkeypatch.setattr(cli, "_parse_articles", must_not_parse)
    topics = tmp_path / "topics.txt"
    topics.write_text("only one column\n", encoding="utf-8")
    out = tmp_path / "out"
    assert cli.main(["report", "fixtures", "-o", str(out), "--topics", str(topics), "-q"]) == 2
    assert "topic<TAB>label<TAB>term" in _one_error_line(capsys.readouterr().err)
    assert not out.exists()


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["report", "fixtures"])            # no -o
    assert info.value.code == 2
    assert "-o/--output" in capsys.readouterr().err


def _run(*args, env=None):
    # the module as a program: exit code and streams as a shell sees them
    return subprocess.run([sys.executable, "-m", "iraqclaims.cli", *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=900)


def test_process_exit_code_and_single_line_on_bad_input(tmp_path):
    article = tmp_path / "bad.txt"
    article.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    done = _run("report", article, "-o", tmp_path / "out")
    assert done.returncode == 2 and done.stdout == ""
    assert "binary" in _one_error_line(done.stderr)
    assert not (tmp_path / "out").exists()


def test_help_lists_the_report_options():
    done = _run("report", "--help")
    assert done.returncode == 0
    for option in ("--output", "--manifest", "--quiet", "--workers", "--topics"):
        assert option in done.stdout


@pytest.mark.model
def test_report_on_the_fixtures_end_to_end(tmp_path):
    out = tmp_path / "out"
    done = _run("report", "fixtures", "-o", out, "-q", env=dict(os.environ))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out / "report.html")
    assert "%|" not in done.stderr
    assert {p.name for p in out.iterdir()} == set(REPORT_FILES) | {"parses"}
    assert len(list((out / "parses").glob("*.conllu"))) == 5
    assert (out / "report.html").read_text(encoding="utf-8").count('class="sides"') > 0
