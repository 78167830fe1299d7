"""Long documents are parsed in pieces of whole lines: the same parse, and a progress bar that
moves within one document (a 5 MB file showed "0/1" for 17 minutes)."""
import pytest

from iraqclaims import load_articles
from iraqclaims.parse import pipeline
from iraqclaims.parse.pipeline import chunks


def test_chunks_end_at_line_breaks_and_cover_the_text():
    text = "".join(f"سطر رقم {n} من المقال\n" for n in range(200))
    pieces = chunks(text, limit=300)
    assert len(pieces) > 10
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a == prev_b for (_, prev_b), (a, _) in zip(pieces, pieces[1:]))
    assert all(text[b - 1] == "\n" for _, b in pieces[:-1])
    assert all(b - a <= 300 for a, b in pieces)


def test_an_ordinary_article_is_one_piece_and_a_long_line_is_never_cut():
    assert chunks("قال الوزير إن القوات ستنسحب.\n") == [(0, 29)]
    long_line = "كلمة " * 200
    text = "سطر قصير\n" + long_line + "\nسطر آخر\n"
    pieces = chunks(text, limit=100)
    assert any(text[a:b].strip() == long_line.strip() for a, b in pieces)
    assert "".join(text[a:b] for a, b in pieces) == text


@pytest.mark.model
def test_a_document_parsed_in_pieces_parses_as_a_whole(fixtures_dir, monkeypatch, capsys):
    text = next(a for a in load_articles([fixtures_dir]) if a.id == "001").body_text
    whole = pipeline.parse_corpus([text], cache_dir=False, progress=False)[0]
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 700)
    assert len(chunks(text, 700)) > 3
    pieced = pipeline.parse_corpus([text], cache_dir=False)[0]     # progress: default
    assert pieced.to_conllu() == whole.to_conllu()
    bar = capsys.readouterr().err
    # one document, several updates, counted in characters with the sentences so far
    assert "sentences, 0/1 docs" in bar and f"{len(whole.sentences)} sentences, 1/1 docs" in bar
