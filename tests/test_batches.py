"""Batches that survive bad articles, and the rough edges a new user met (issue 12).

Model-free: the CLI tests swap the parser for empty parses, since what is checked is which
articles reach the report and what it says about the others."""
import json
import logging
import shutil

import pytest

from iraqclaims import Corpus, InputError, cli
from iraqclaims.article import Skipped
from iraqclaims.ingest import load_batch
from iraqclaims.parse.document import ParsedDocument
from iraqclaims.report.arabic_counts import count_phrase
from iraqclaims.report.data import report_data
from iraqclaims.report.html import render_html
from report_corpus import hand_corpus

GOOD = "وقال وزير الخارجية إن القوات الأجنبية ستنسحب من البلاد قبل نهاية العام الحالي.\n"


@pytest.fixture
def mixed_folder(tmp_path, fixtures_dir):
    """Two good articles and the three kinds of bad file a scraped folder holds."""
    folder = tmp_path / "news"
    folder.mkdir()
    shutil.copy(fixtures_dir / "articles" / "002.txt", folder / "good1.txt")
    (folder / "good2.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "english.txt").write_text("Breaking news: nothing in Arabic here at all, only English words.\n")
    return folder


BAD = {"empty.txt": "empty", "binary.txt": "binary", "english.txt": "no Arabic"}


def test_a_batch_skips_unreadable_articles_with_one_warning_each(mixed_folder, caplog):
    with caplog.at_level(logging.WARNING, logger="iraqclaims"):
        batch = load_batch([mixed_folder])
    assert sorted(a.id for a in batch.articles) == ["good1", "good2"]
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in batch.skipped}
    assert set(reasons) == set(BAD)
    for name, word in BAD.items():
        assert word in reasons[name]
        assert not reasons[name].startswith(str(mixed_folder))    # the path has its own field
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 3 and all(len(w.splitlines()) == 1 for w in warnings)
    assert all(any(name in w for w in warnings) for name in BAD)


def test_strict_makes_a_skip_fatal(mixed_folder):
    with pytest.raises(InputError, match="binary|empty|no Arabic"):
        load_batch([mixed_folder], strict=True)


def test_a_file_given_alone_still_fails(mixed_folder):
    with pytest.raises(InputError, match="empty"):
        load_batch([mixed_folder / "empty.txt"])


def test_nothing_readable_is_an_error_naming_the_files(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(b"")
    with pytest.raises(InputError, match=r"none of the 2 articles could be read .*a\.txt: file is empty"):
        load_batch([tmp_path])


def test_from_texts_skips_like_files(monkeypatch):
    monkeypatch.setattr("iraqclaims.corpus.parse_articles", lambda articles, **kw: [ParsedDocument(()) for _ in articles])
    corpus = Corpus.from_texts({"ok": GOOD, "blank": "   ", "en": "English only"}, progress=False)
    assert [a.id for a in corpus.articles] == ["ok"]
    assert {s.path for s in corpus.skipped} == {"blank", "en"}
    with pytest.raises(InputError, match="blank"):
        Corpus.from_texts({"ok": GOOD, "blank": "   "}, strict=True)


@pytest.fixture
def no_model(monkeypatch):
    """The CLI parses nothing: every article gets an empty parse."""
    import iraqclaims.parse as parse

    monkeypatch.setattr(parse, "parse_articles", lambda articles, **kw: [ParsedDocument(()) for _ in articles])


def test_report_over_a_mixed_folder_lists_the_skipped_and_exits_0(mixed_folder, tmp_path, capsys, no_model):
    out = tmp_path / "out"
    assert cli.main(["report", str(mixed_folder), "-o", str(out), "-q"]) == 0
    captured = capsys.readouterr()
    warning_lines = [line for line in captured.err.splitlines() if "skipped" in line]
    assert len(warning_lines) == 3 and "Traceback" not in captured.err
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in data["articles"]] == ["good1", "good2"]
    assert sorted(s["path"].rsplit("/", 1)[-1] for s in data["skipped"]) == sorted(BAD)
    assert data["summary"]["skipped"] == 3
    page = (out / "report.html").read_text(encoding="utf-8")
    assert 'id="skipped"' in page and all(name in page for name in BAD)


def test_strict_report_fails_and_writes_nothing(mixed_folder, tmp_path, capsys, no_model):
    out = tmp_path / "out"
    assert cli.main(["report", str(mixed_folder), "-o", str(out), "-q", "--strict"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("iraqclaims: error:") and len(err.splitlines()) == 1
    assert not out.exists()


def test_dropped_lines_are_counted_in_the_report_and_logged_with_verbose(tmp_path, capsys, no_model):
    repeated = "عاجل: تابعونا على مواقع التواصل لمعرفة آخر الأخبار العاجلة اليوم\n"
    (tmp_path / "a.txt").write_text(GOOD + repeated * 5 + "65\n", encoding="utf-8")
    out = tmp_path / "out"
    assert cli.main(["-v", "report", str(tmp_path / "a.txt"), "-o", str(out), "-q"]) == 0
    article = json.loads((out / "report.json").read_text(encoding="utf-8"))["articles"][0]
    assert article["dropped_lines"] == {"duplicate": 4, "no-arabic": 1}
    err = capsys.readouterr().err
    assert "dropped 5 lines as page furniture (duplicate 4, no-arabic 1)" in err
    assert "dropped (duplicate): عاجل" in err


def test_claims_frame_has_the_topics_column_of_claims_csv_and_integer_offsets():
    corpus = hand_corpus()
    frame = corpus.claims_frame()
    assert list(frame["topics"]) == ["foreign_troops", "foreign_troops"]
    assert str(frame["speaker_start"].dtype) == "Int64"
    from iraqclaims.claims import ClaimList
    import dataclasses
    unspoken = dataclasses.replace(corpus.claims[0], speaker_span=None, cue_span=None)
    table = ClaimList((unspoken, corpus.claims[1])).to_frame().to_csv(index=False)
    start = corpus.claims[1].speaker_span[0]
    assert f",{start}," in table and f",{start}.0," not in table
    assert ",,,," in table          # the missing speaker and cue offsets are empty cells


def test_topics_are_given_for_every_claim_and_an_unknown_id_says_what_ids_look_like(monkeypatch):
    from iraqclaims.corpus import ClaimTopics

    topics = ClaimTopics({"002-3-1": (), "002-4-1": ()})
    assert topics["002-3-1"] == ()
    with pytest.raises(KeyError, match="claim ids look like '002-3-1'"):
        topics["002-2-1"]


@pytest.mark.parametrize("n, noun, phrase", [
    (1, "claim", "ادعاء واحد"), (2, "claim", "ادعاءان"), (3, "claim", "3 ادعاءات"), (10, "claim", "10 ادعاءات"),
    (11, "claim", "11 ادعاءً"), (100, "claim", "100 ادعاء"), (103, "claim", "103 ادعاءات"),
    (1, "article", "مقالة واحدة"), (2, "conflict", "تعارضان"), (25, "conflict", "25 تعارضًا"),
])
def test_counted_nouns_agree_with_the_number(n, noun, phrase):
    assert count_phrase(n, noun) == phrase


def test_speaker_cards_say_one_claim_in_arabic():
    page = render_html(hand_corpus())
    assert "ادعاء واحد" in page and "1 ادعاءات" not in page


def test_skipped_articles_are_in_the_page_and_the_json():
    corpus = hand_corpus()
    corpus.skipped = (Skipped("news/empty.txt", "file is empty: give an article with Arabic text"),)
    assert report_data(corpus)["skipped"] == [{"path": "news/empty.txt", "reason": "file is empty: give an article with Arabic text"}]
    page = render_html(corpus)
    assert "news/empty.txt" in page and "مقالة واحدة" in page


def test_model_dir_errors_name_the_setting_that_was_used(tmp_path, monkeypatch, capsys, fixtures_dir):
    missing = tmp_path / "none"
    assert cli.main(["parse", str(fixtures_dir), "-o", str(tmp_path / "o"), "-q", "--model-dir", str(missing)]) == 3
    err = capsys.readouterr().err
    assert "--model-dir" in err and "IRAQCLAIMS_MODEL_DIR" not in err
    monkeypatch.setenv("IRAQCLAIMS_MODEL_DIR", str(missing))
    assert cli.main(["parse", str(fixtures_dir), "-o", str(tmp_path / "o"), "-q"]) == 3
    assert "$IRAQCLAIMS_MODEL_DIR" in capsys.readouterr().err


def test_every_folder_with_package_data_is_a_package():
    """setuptools warns at install ("package ... is absent from the `packages` configuration")
    for each data folder that package discovery does not list."""
    from setuptools.config.setupcfg import read_configuration

    from conftest import ROOT

    options = read_configuration(ROOT / "setup.cfg")["options"]
    packages = set(options["packages"])
    for pattern in options["package_data"]["iraqclaims"]:
        folder = pattern.rsplit("/", 1)[0] if "/" in pattern else ""
        assert ("iraqclaims." + folder.replace("/", ".")).rstrip(".") in packages, pattern
    assert not any("__pycache__" in p for p in packages)
