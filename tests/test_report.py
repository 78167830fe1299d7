"""The report folder: JSON schema, CSV encoding, escaping, atomic writes, the CLI."""
import csv
import io
import json
import subprocess
import sys

import jsonschema
import networkx as nx
import pytest

from iraqclaims import Corpus
from iraqclaims.report import REPORT_FILES, render_html, report_schema, write_report
from iraqclaims.report import write as write_module

pytestmark = pytest.mark.model

HOSTILE = ('وقال المتحدث <script>alert("x")</script> إن "القوات الأميركية ستنسحب <img src=x onerror=alert(1)> '
           'من العراق نهاية العام".\n'
           'وأكد الوزير أن القوات الأميركية ستبقى في العراق ولن تنسحب.')


@pytest.fixture(scope="module")
def fixtures_report(tmp_path_factory):
    corpus = Corpus.from_paths(["fixtures"], progress=False)
    out = tmp_path_factory.mktemp("report")
    write_report(corpus, out)
    return corpus, out


def test_all_files_are_written(fixtures_report):
    _, out = fixtures_report
    assert sorted(p.name for p in out.iterdir()) == sorted(REPORT_FILES)


def test_json_follows_the_documented_schema(fixtures_report):
    corpus, out = fixtures_report
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, report_schema())
    assert data["summary"]["claims"] == len(corpus.claims) == len(data["claims"])
    claim = next(c for c in data["claims"] if c["id"] == corpus.claims[0].id)
    start, end = claim["offsets"]["content"]
    article = corpus.article(claim["article"])
    assert article.text[start:end] == claim["content"]
    assert all(len(k["claims"]) == 2 and k["explanation"] for k in data["conflicts"])
    assert {"scope", "polarity"} <= set(data["summary"]["conflicts_by_kind"])


def test_csvs_are_utf8_with_bom_and_keep_the_arabic(fixtures_report):
    corpus, out = fixtures_report
    for name in ("claims.csv", "conflicts.csv"):
        raw = (out / name).read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), name
    rows = list(csv.DictReader(io.StringIO((out / "claims.csv").read_bytes().decode("utf-8-sig"))))
    assert rows[0]["claim_id"] == corpus.claims[0].id
    assert any("الكاظمي" in r["speaker"] for r in rows)
    conflicts = list(csv.DictReader(io.StringIO((out / "conflicts.csv").read_bytes().decode("utf-8-sig"))))
    assert len(conflicts) == len(corpus.conflicts) and conflicts[0]["explanation"]


def test_graphml_loads(fixtures_report):
    corpus, out = fixtures_report
    graph = nx.read_graphml(out / "graph.graphml")
    assert graph.number_of_nodes() == corpus.graph.number_of_nodes()


def test_html_is_rtl_self_contained_and_shows_conflicts_side_by_side(fixtures_report):
    corpus, out = fixtures_report
    page = (out / "report.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "").replace(
        '"https://json-schema.org', "") and "https://" not in page
    assert "<link" not in page and "<script" not in page
    assert page.count('class="sides"') == len(corpus.conflicts)
    assert "<svg" in page and "<bdi>" in page
    assert 'class="cue"' in page and 'class="content"' in page


def test_hostile_article_text_is_escaped(tmp_path):
    corpus = Corpus.from_texts({"evil": HOSTILE}, progress=False)
    page = render_html(corpus)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in page or "&lt;img" in page
    write_report(corpus, tmp_path)
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, report_schema())


def test_a_failure_leaves_the_previous_report_untouched(fixtures_report, tmp_path, monkeypatch):
    corpus, _ = fixtures_report
    write_report(corpus, tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def broken(_corpus):
        raise RuntimeError("template exploded")

    monkeypatch.setattr(write_module, "render_html", broken)
    with pytest.raises(RuntimeError):
        write_report(corpus, tmp_path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_a_failed_move_leaves_no_staging_folder(fixtures_report, tmp_path, monkeypatch):
    corpus, _ = fixtures_report
    calls = []

    def failing_replace(src, dst):
        calls.append(dst)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(write_module.os, "replace", failing_replace)
    with pytest.raises(OSError):
        write_report(corpus, tmp_path)
    assert calls and list(tmp_path.iterdir()) == []


def _cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "iraqclaims.cli", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd)


def test_cli_report_writes_everything_and_prints_the_page(tmp_path):
    done = _cli("report", "fixtures", "-o", tmp_path / "out", "-q")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("report.html")
    assert {p.name for p in (tmp_path / "out").iterdir()} >= set(REPORT_FILES) | {"parses"}
    assert "%|" not in done.stderr          # --quiet: no progress bar


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"\x00\x01\x02\xff" * 50, "binary"),
    (b"This article has no Arabic at all, only English words.", "Arabic"),
])
def test_cli_report_bad_input_is_one_line_and_writes_nothing(tmp_path, content, message):
    article = tmp_path / "bad.txt"
    article.write_bytes(content)
    done = _cli("report", article, "-o", tmp_path / "out")
    assert done.returncode == 2
    assert message.lower() in done.stderr.lower() and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_cli_report_bad_topic_file(tmp_path):
    topics = tmp_path / "topics.txt"
    topics.write_text("only one column\n", encoding="utf-8")
    done = _cli("report", "fixtures", "-o", tmp_path / "out", "--topics", topics, "-q")
    assert done.returncode == 2 and "topic<TAB>label<TAB>term" in done.stderr
    assert not (tmp_path / "out").exists()
