"""Every kind of bad input gets one clear line naming the file, and the CLI exits non-zero."""
import logging

import pytest

from iraqclaims import CacheError, InputError, ModelError, load_article, resolve_models
from iraqclaims.cli import main
from iraqclaims.parse import ParseCache

ARABIC = "وقال وزير الخارجية العراقي إن الحكومة ملتزمة بإجراء الانتخابات في موعدها المحدد."


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"   \n\t\n  ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    (b"The minister said the government will hold elections on time.\n", "no Arabic"),
])
def test_unreadable_articles(tmp_path, content, message):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        load_article(path)
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_a_short_arabic_file_is_read(tmp_path):
    path = tmp_path / "headline.txt"
    path.write_text("شرب وغسل ولعب", encoding="utf-8")
    assert load_article(path).text == "شرب وغسل ولعب"
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Café au lait, s'il vous plaît".encode("cp1252"))   # not UTF-8: cp1256 garbage
    with pytest.raises(InputError, match="no Arabic text found"):
        load_article(latin)


def test_utf8_with_bom(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARABIC.encode("utf-8"))
    article = load_article(path)
    assert article.encoding == "UTF-8 with BOM"
    assert article.text == ARABIC


def test_windows_1256_is_read_and_reported(tmp_path, caplog):
    path = tmp_path / "cp1256.txt"
    path.write_bytes(ARABIC.encode("cp1256"))
    with caplog.at_level(logging.WARNING):
        article = load_article(path)
    assert article.encoding == "Windows-1256"
    assert article.text == ARABIC
    assert "Windows-1256" in caplog.text and "cp1256.txt" in caplog.text


def test_missing_model_directory(tmp_path):
    with pytest.raises(ModelError, match="does not exist"):
        resolve_models(tmp_path / "nowhere")


def test_model_directory_of_the_wrong_kind(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(ModelError, match="neither"):
        resolve_models(tmp_path)


def test_incomplete_bundled_directory(tmp_path):
    (tmp_path / "tokenizer.pt").write_bytes(b"x")
    with pytest.raises(ModelError, match="lacks"):
        resolve_models(tmp_path)


def test_broken_official_resources(tmp_path):
    (tmp_path / "ar").mkdir()
    (tmp_path / "resources.json").write_text("{not json")
    with pytest.raises(ModelError, match="resources"):
        resolve_models(tmp_path)


def test_official_tree_missing_files(tmp_path):
    (tmp_path / "ar").mkdir()
    (tmp_path / "resources.json").write_text(
        '{"ar": {"default_processors": {"tokenize": "padt", "pos": "padt", "lemma": "padt", "depparse": "padt"}}}')
    with pytest.raises(ModelError, match="ar/tokenize/padt.pt"):
        resolve_models(tmp_path)


def test_model_dir_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("IRAQCLAIMS_MODEL_DIR", str(tmp_path / "missing"))
    with pytest.raises(ModelError, match="missing"):
        resolve_models()


def test_unwritable_cache_directory(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(CacheError, match="not writable"):
        ParseCache(blocker / "cache")


@pytest.mark.parametrize("setup, code", [
    (lambda d: (d / "empty.txt").write_bytes(b""), 2),
    (lambda d: (d / "english.txt").write_text("Hello world, nothing Arabic here at all."), 2),
])
def test_cli_rejects_bad_articles_without_writing(tmp_path, capsys, setup, code):
    articles = tmp_path / "in"
    articles.mkdir()
    setup(articles)
    out = tmp_path / "out"
    assert main(["report", str(articles), "-o", str(out), "-q"]) == code
    err = capsys.readouterr().err.strip()
    assert err.startswith("iraqclaims: error:") and len(err.splitlines()) == 1
    assert not out.exists()


def test_cli_missing_model_dir(tmp_path, capsys, fixtures_dir):
    out = tmp_path / "out"
    assert main(["parse", str(fixtures_dir), "-o", str(out), "-q", "--model-dir", str(tmp_path / "none")]) == 3
    assert "does not exist" in capsys.readouterr().err
    assert not out.exists()


def test_cli_unwritable_cache(tmp_path, capsys, fixtures_dir):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert main(["parse", str(fixtures_dir), "-o", str(tmp_path / "out"), "-q",
                 "--cache-dir", str(blocker / "cache")]) == 4
    assert "not writable" in capsys.readouterr().err


def test_cli_missing_path(tmp_path, capsys):
    assert main(["parse", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "out")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_replace_folder_swaps_whole_and_keeps_the_old_one_on_failure(tmp_path, monkeypatch):
    from iraqclaims import atomic

    target = tmp_path / "parses"
    atomic.replace_folder(target, {"a.conllu": b"1", "b.conllu": b"2"})
    atomic.replace_folder(target, {"a.conllu": b"3"})
    assert sorted(p.name for p in target.iterdir()) == ["a.conllu"]
    real_replace = atomic.os.replace

    def swap_fails(src, dst):
        if str(src).endswith(".new"):
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", swap_fails)
    with pytest.raises(OSError):
        atomic.replace_folder(target, {"c.conllu": b"4"})
    assert [(p.name, p.read_bytes()) for p in target.iterdir()] == [("a.conllu", b"3")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["parses"]   # nothing staged is left
