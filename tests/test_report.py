"""The report folder: JSON schema, CSV encoding, escaping of hostile text, atomic writes.

Most tests run on a hand-built corpus (tests/report_corpus.py) and need no model; the ones
marked ``model`` render the report of the fixture articles."""
import csv
import io
import json
from html.parser import HTMLParser

import jsonschema
import networkx as nx
import pytest

from iraqclaims import Corpus
from iraqclaims.report import REPORT_FILES, render_html, render_report, report_schema, write_report
from iraqclaims.report import write as write_module
from iraqclaims.report.html import highlighted_sentence
from report_corpus import HOSTILE, hand_corpus


def _json(out):
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def _csv_rows(raw: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


class _Elements(HTMLParser):
    """Every start tag and attribute the browser would build from the page."""

    def __init__(self):
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)

    def handle_data(self, data):
        self.text.append(data)


def _elements(page: str) -> _Elements:
    parser = _Elements()
    parser.feed(page)
    parser.close()
    return parser


# ------------------------------------------------------------------ report.json


def test_json_follows_the_documented_schema():
    corpus = hand_corpus()
    data = json.loads(render_report(corpus)["report.json"])
    jsonschema.validate(data, report_schema())
    assert data["summary"] == {"articles": 2, "skipped": 0, "errors": 0, "speakers": 2, "claims": 2, "conflicts": 1,
                               "conflicts_by_kind": {"scope": 1}, "conflicts_by_relation": {"contradiction": 1}}
    assert [a["id"] for a in data["articles"]] == ["a1", "a2"]
    assert data["articles"][0] == {"id": "a1", "path": "articles/a1.txt", "outlet": "وكالة",
                                   "date": "2020-06-12", "title": "الحوار الاستراتيجي", "dropped_lines": {}}
    assert data["articles"][1]["path"] is None and data["articles"][1]["outlet"] is None
    conflict, = data["conflicts"]
    assert conflict["claims"] == ["a1-0-1", "a2-0-1"]
    assert (conflict["rule"], conflict["kind"], conflict["score"]) == ("scope", "scope", 0.9)
    assert "ستقلص" in conflict["explanation"]


def test_json_offsets_point_into_the_article_text():
    corpus = hand_corpus()
    data = json.loads(render_report(corpus)["report.json"])
    for record in data["claims"]:
        text = corpus.article(record["article"]).text
        for part in ("speaker", "content"):
            start, end = record["offsets"][part]
            assert text[start:end] == record[part]
        start, end = record["offsets"]["cue"]
        assert text[start:end] == record["cue_text"]
        start, end = record["offsets"]["sentence"]
        assert record["sentence_text"] == text[start:end]
    pm = next(r for r in data["claims"] if r["speaker_id"] == "pm")
    assert pm["via"] == ["وكالات"] and pm["topics"][0]["label"] == "القوات الأجنبية"


@pytest.mark.parametrize("breakage", [
    lambda d: d["conflicts"][0].update(claims=["a1-0-1"]),
    lambda d: d["conflicts"][0].update(explanation=""),
    lambda d: d["conflicts"][0].update(relation="maybe"),
    lambda d: d["claims"][0]["offsets"].update(content=[3]),
    lambda d: d["claims"][0].pop("speaker_id"),
    lambda d: d["articles"][0].update(extra="field"),
])
def test_schema_rejects_malformed_reports(breakage):
    data = json.loads(render_report(hand_corpus())["report.json"])
    breakage(data)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, report_schema())


def test_empty_corpus_still_makes_a_valid_report(tmp_path):
    corpus = hand_corpus(conflicts=False)
    corpus.__dict__["_extraction"] = (type(corpus.claims)(()), ())
    corpus.__dict__["topics"] = {}
    paths = write_report(corpus, tmp_path)
    data = _json(tmp_path)
    jsonschema.validate(data, report_schema())
    assert data["claims"] == [] and data["conflicts"] == []
    assert _csv_rows(paths["conflicts.csv"].read_bytes()) == []
    assert "لم تُكتشف تناقضات" in paths["report.html"].read_text(encoding="utf-8")


# ------------------------------------------------------------------ CSV and GraphML


def test_csvs_are_utf8_with_bom_and_keep_the_arabic():
    files = render_report(hand_corpus())
    for name in ("claims.csv", "conflicts.csv"):
        assert files[name].startswith(b"\xef\xbb\xbf"), name
        files[name].decode("utf-8")     # the whole file is UTF-8, not a legacy code page
    claims = _csv_rows(files["claims.csv"])
    assert [r["claim_id"] for r in claims] == ["a1-0-1", "a2-0-1"]
    assert claims[0]["speaker"] == "البيان المشترك" and claims[0]["outlet"] == "وكالة"
    assert claims[1]["content"] == "انسحاب جميع القوات الأميركية من العراق"
    assert claims[0]["topics"] == "foreign_troops"
    conflict, = _csv_rows(files["conflicts.csv"])
    assert (conflict["claim_a"], conflict["claim_b"], conflict["kind"]) == ("a1-0-1", "a2-0-1", "scope")
    assert conflict["speaker_b"] == "رئيس الوزراء" and conflict["explanation"].startswith("الأول")


def test_csv_cells_that_spreadsheets_would_run_as_formulas_are_defused():
    corpus = hand_corpus()
    claim = corpus.claims[0]
    import dataclasses
    evil = dataclasses.replace(claim, content='=HYPERLINK("http://x.example","انقر")', speaker_text="@SUM(1)")
    corpus.__dict__["_extraction"] = (type(corpus.claims)((evil, corpus.claims[1])), corpus.speakers)
    row = _csv_rows(render_report(corpus)["claims.csv"])[0]
    assert row["content"] == "'=HYPERLINK(\"http://x.example\",\"انقر\")"
    assert row["speaker"] == "'@SUM(1)"
    assert row["sentence"] == "0"        # numbers stay numbers


def test_graphml_loads_with_typed_nodes_and_the_conflict_edge(tmp_path):
    write_report(hand_corpus(), tmp_path)
    graph = nx.read_graphml(tmp_path / "graph.graphml")
    types = nx.get_node_attributes(graph, "type")
    assert types["claim:a1-0-1"] == "claim" and types["speaker:pm"] == "speaker"
    assert types["topic:foreign_troops"] == "topic" and types["article:a2"] == "article"
    assert any(d.get("type") == "conflict" for _, _, d in graph.edges(data=True))


# ------------------------------------------------------------------ report.html


def test_html_is_rtl_arabic_self_contained_with_conflicts_side_by_side():
    page = render_html(hand_corpus())
    assert '<html lang="ar" dir="rtl">' in page and '<meta charset="utf-8">' in page
    assert "'Noto Naskh Arabic'" in page.replace('"', "'") and "sans-serif" in page
    found = _elements(page)
    # nothing the browser would fetch: no scripts, links, images, frames or external fonts
    assert not found.tags & {"script", "link", "img", "iframe", "object", "embed"}
    assert "src" not in found.attributes and "@import" not in page and "url(" not in page
    assert {"svg", "bdi", "mark", "style"} <= found.tags
    assert page.count('class="sides"') == 1 and page.count('class="side"') == 2
    assert '<mark class="speaker">البيان المشترك</mark>' in page
    assert '<mark class="cue">أكد</mark>' in page
    assert '<mark class="content">الولايات المتحدة ستقلص عدد قواتها في العراق</mark>' in page
    for section in ("summary", "conflicts", "timeline", "speakers", "graph", "articles"):
        assert f'<section id="{section}">' in page
    assert "القوات الأجنبية" in page      # the topic's label, not only its id


def test_svg_labels_are_text_the_browser_shapes():
    page = render_html(hand_corpus())
    svg = page[page.index("<svg"):page.index("</svg>")]
    assert ">رئيس الوزراء</text>" in svg and ">القوات الأجنبية</text>" in svg
    assert "<path" in svg      # the conflict edge between the two speakers


def test_hostile_text_everywhere_stays_text(tmp_path):
    corpus = hand_corpus(hostile=True)
    write_report(corpus, tmp_path)
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    found = _elements(page)
    assert "script" not in found.tags and "img" not in found.tags
    assert not {a for a in found.attributes if a.startswith("on")}, found.attributes
    # and it is still shown, as text, in the conflict, the speaker view and the graph
    shown = "".join(found.text)
    assert shown.count('<script>alert("x")</script>') >= 10
    jsonschema.validate(_json(tmp_path), report_schema())
    assert HOSTILE in _csv_rows((tmp_path / "claims.csv").read_bytes())[0]["content"]


def test_speaker_view_is_chronological_with_arabic_kinds():
    import dataclasses
    import datetime as dt

    corpus = hand_corpus()
    late, early = corpus.claims
    # one speaker, the first article's claim a year later than the second's
    late = dataclasses.replace(late, speaker_id="pm", article_date=dt.date(2021, 7, 1))
    corpus.__dict__["_extraction"] = (type(corpus.claims)((late, early)), corpus.speakers[1:])
    page = render_html(corpus)
    view = page[page.index('<section id="speakers">'):page.index('<section id="graph">')]
    assert view.index("2020-06-12") < view.index("2021-07-01")
    assert "(شخص، " in view and "person" not in view


def test_every_builtin_rule_kind_has_an_arabic_label():
    from iraqclaims.report.html import KIND_LABELS
    from iraqclaims.rules import registered_rules

    builtin = {r.kind for r in registered_rules() if r.func.__module__.startswith("iraqclaims.rules.")}
    assert builtin and builtin <= set(KIND_LABELS)


def test_every_speaker_kind_has_an_arabic_label():
    from iraqclaims.claims.model import SPEAKER_KINDS
    from iraqclaims.report.html import SPEAKER_KIND_LABELS

    assert set(SPEAKER_KINDS) <= set(SPEAKER_KIND_LABELS)


def test_highlighted_sentence_covers_the_sentence_once():
    corpus = hand_corpus()
    claim = corpus.claims[0]
    article = corpus.article(claim.article_id)
    pieces = highlighted_sentence(article, claim)
    assert "".join(text for text, _ in pieces) == article.text[slice(*claim.sentence_span)]
    assert [role for _, role in pieces if role] == ["cue", "speaker", "content"]
    assert dict((role, text) for text, role in pieces if role)["speaker"] == claim.speaker_text


# ------------------------------------------------------------------ writing


def test_all_files_are_written_and_no_staging_is_left(tmp_path):
    paths = write_report(hand_corpus(), tmp_path / "new" / "out")
    assert sorted(paths) == sorted(REPORT_FILES)
    assert sorted(p.name for p in (tmp_path / "new" / "out").iterdir()) == sorted(REPORT_FILES)


def test_other_files_in_the_output_folder_are_kept(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    write_report(hand_corpus(), tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_a_rendering_failure_leaves_the_previous_report_untouched(tmp_path, monkeypatch):
    write_report(hand_corpus(), tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def broken(_corpus):
        raise RuntimeError("template exploded")

    monkeypatch.setattr(write_module, "render_html", broken)
    with pytest.raises(RuntimeError):
        write_report(hand_corpus(hostile=True), tmp_path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_a_failure_halfway_through_the_moves_restores_the_previous_report(tmp_path, monkeypatch):
    write_report(hand_corpus(), tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    real_replace = write_module.os.replace
    moved_in = []

    def third_move_fails(src, dst):
        if ".report-" in str(src) and "previous" not in str(src):
            if len(moved_in) == 2:
                raise OSError(28, "No space left on device")
            moved_in.append(dst)
        return real_replace(src, dst)

    monkeypatch.setattr(write_module.os, "replace", third_move_fails)
    with pytest.raises(OSError, match="No space"):
        write_report(hand_corpus(hostile=True), tmp_path)
    assert len(moved_in) == 2      # two new files were in place before the failure ...
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert after == before         # ... and the old ones are back, with no staging folder left


def _snapshot(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_folder_written_with_the_report_replaces_the_old_one_whole(tmp_path):
    write_report(hand_corpus(), tmp_path, folders={"parses": {"a.conllu": b"1", "b.conllu": b"2"}})
    write_report(hand_corpus(), tmp_path, folders={"parses": {"a.conllu": b"3"}})
    assert sorted(p.name for p in (tmp_path / "parses").iterdir()) == ["a.conllu"]   # b was an old article
    assert (tmp_path / "parses" / "a.conllu").read_bytes() == b"3"


def test_a_failed_move_puts_the_old_folder_back_with_the_old_report(tmp_path, monkeypatch):
    write_report(hand_corpus(), tmp_path, folders={"parses": {"a.conllu": b"old"}})
    before = _snapshot(tmp_path)
    real_replace = write_module.os.replace

    def folder_move_fails(src, dst):
        if str(src).endswith("parses") and ".report-" in str(src) and "previous" not in str(src):
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(write_module.os, "replace", folder_move_fails)
    with pytest.raises(OSError, match="No space"):
        write_report(hand_corpus(hostile=True), tmp_path, folders={"parses": {"a.conllu": b"new"}})
    assert _snapshot(tmp_path) == before


def test_a_failed_first_write_leaves_no_output_folder(tmp_path, monkeypatch):
    def failing_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(write_module.os, "replace", failing_replace)
    with pytest.raises(OSError):
        write_report(hand_corpus(), tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


def test_progress_bar_goes_to_stderr_unless_quiet(tmp_path, capsys):
    write_report(hand_corpus(), tmp_path / "loud", progress=True)
    captured = capsys.readouterr()
    assert "report" in captured.err and "8/8" in captured.err and captured.out == ""
    write_report(hand_corpus(), tmp_path / "quiet", progress=False)
    assert capsys.readouterr().err == ""


# ------------------------------------------------------------------ the fixture articles


@pytest.fixture(scope="module")
def fixtures_report(tmp_path_factory):
    corpus = Corpus.from_paths(["fixtures"], progress=False)
    out = tmp_path_factory.mktemp("report")
    write_report(corpus, out)
    return corpus, out


@pytest.mark.model
def test_fixture_report_follows_the_schema_and_has_the_conflicts_the_library_exists_for(fixtures_report):
    corpus, out = fixtures_report
    assert sorted(p.name for p in out.iterdir()) == sorted(REPORT_FILES)
    data = _json(out)
    jsonschema.validate(data, report_schema())
    assert data["summary"]["claims"] == len(corpus.claims) == len(data["claims"])
    assert data["summary"]["conflicts"] == len(corpus.conflicts) == len(data["conflicts"])
    assert {"scope", "need", "timing"} <= set(data["summary"]["conflicts_by_kind"])
    by_id = {c["id"]: c for c in data["claims"]}
    scope = [k for k in data["conflicts"] if k["kind"] == "scope"]
    assert any("تقليص" in by_id[a]["content"] + by_id[b]["content"] or "ستقلص" in by_id[a]["content"]
               for a, b in (k["claims"] for k in scope))
    assert any("انسحاب جميع القوات" in by_id[b]["content"] for _, b in (k["claims"] for k in scope))
    for record in data["claims"]:
        text = corpus.article(record["article"]).text
        start, end = record["offsets"]["content"]
        # content is the span with its runs of whitespace collapsed
        assert text[start:end].split() == record["content"].split()
        start, end = record["offsets"]["sentence"]
        assert text[start:end] == record["sentence_text"]


@pytest.mark.model
def test_fixture_report_html_and_tables(fixtures_report):
    corpus, out = fixtures_report
    page = (out / "report.html").read_text(encoding="utf-8")
    assert page.count('class="sides"') == len(corpus.conflicts) > 0
    assert not _elements(page).tags & {"script", "link", "img"}
    assert "الكاظمي" in page
    claims = _csv_rows((out / "claims.csv").read_bytes())
    assert len(claims) == len(corpus.claims) and any("الكاظمي" in r["speaker"] for r in claims)
    assert len(_csv_rows((out / "conflicts.csv").read_bytes())) == len(corpus.conflicts)
    assert nx.read_graphml(out / "graph.graphml").number_of_nodes() == corpus.graph.number_of_nodes()


@pytest.mark.model
def test_hostile_article_through_the_whole_pipeline(tmp_path):
    text = ('وقال المتحدث <script>alert("x")</script> إن "القوات الأميركية ستنسحب <img src=x onerror=alert(1)> '
            'من العراق نهاية العام".\nوأكد الوزير أن القوات الأميركية ستبقى في العراق ولن تنسحب.')
    corpus = Corpus.from_texts({"evil": text}, progress=False)
    assert corpus.claims, "the extractor should find the claims around the markup"
    write_report(corpus, tmp_path)
    found = _elements((tmp_path / "report.html").read_text(encoding="utf-8"))
    assert not found.tags & {"script", "img"} and "onerror" not in found.attributes
    jsonschema.validate(_json(tmp_path), report_schema())
