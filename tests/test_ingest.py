import datetime as dt

import pytest

from iraqclaims import InputError, article_from_text, load_articles
from iraqclaims.ingest.boilerplate import classify_line

BODY = "وقال وزير الخارجية العراقي إن الحكومة ملتزمة بإجراء الانتخابات في موعدها المحدد."


def test_fixtures_load_with_manifest_metadata(fixtures_dir):
    articles = load_articles([fixtures_dir])
    assert [a.id for a in articles] == ["000", "001", "002", "003", "004"]
    by_id = {a.id: a for a in articles}
    assert by_id["000"].outlet == "al-Araby al-Jadeed"
    assert by_id["000"].date == dt.date(2021, 7, 27)
    assert by_id["001"].outlet is None  # outlet unknown
    assert by_id["002"].date == dt.date(2020, 6, 12)
    assert by_id["003"].outlet == "Xinhua"
    assert by_id["004"].outlet == "Elaph" and by_id["004"].date == dt.date(2021, 4, 7)
    assert all(a.title for a in articles)


def test_body_offsets_point_into_original_text(fixtures_dir):
    for article in load_articles([fixtures_dir]):
        body = article.body_text
        assert len(body) == len(article.text)
        for span in article.body:
            assert body[span.start:span.end] == article.text[span.start:span.end]
            assert article.text[span.start:span.end].strip() == article.text[span.start:span.end]


@pytest.mark.parametrize("article_id, line", [
    ("000", "27 يوليو 2021"),
    ("000", "الكاظمي: القوات العراقية قادرة على حماية البلاد (Getty)"),
    ("000", "+ الخط -"),
    ("001", "02 : 00"),
    ("001", "MISS 3"),
    ("002", "اترك تعليقاً"),
    ("002", "زر الذهاب إلى الأعلى"),
    ("002", "FacebookTwitterYoutube"),
    ("004", "65"),
    ("004", "عدد التعليقات 0"),
])
def test_fixture_boilerplate_removed(fixtures_dir, article_id, line):
    article = next(a for a in load_articles([fixtures_dir]) if a.id == article_id)
    dropped = [article.text[d.start:d.end] for d in article.dropped]
    assert line in dropped
    assert line not in article.body_lines()


def test_fixture_claims_and_headlines_kept(fixtures_dir):
    articles = {a.id: a for a in load_articles([fixtures_dir])}
    body_002 = "\n".join(articles["002"].body_lines())
    assert "انسحاب جميع القوات" in body_002
    assert "ستقلص" in body_002
    assert "الكاظمي: العراق لم يعد بحاجة الى القوات الاجنبية" in articles["004"].body_lines()
    assert any(line.startswith("أكد رئيس الوزراء العراقي مصطفى الكاظمي") for line in articles["000"].body_lines())


@pytest.mark.parametrize("line, reason", [
    ("1,234 views", "no-arabic"),
    ("12:45", "no-arabic"),
    ("3 آذار 2022", "dateline"),
    ("15 نوفمبر، 2020", "dateline"),
    ("اقرأ أيضا: الحكومة تعلن موعد الانتخابات", "furniture"),
    ("جميع الحقوق محفوظة © 2021", "furniture"),
    ("متظاهرون في ساحة التحرير ببغداد (رويترز)", "caption"),
    ("رياضة", "short"),
    ("شارك", "short"),
])
def test_general_boilerplate_rules(line, reason):
    assert classify_line(line, set()) == reason


@pytest.mark.parametrize("line", [
    BODY,
    "الكاظمي: العراق لم يعد بحاجة الى القوات الاجنبية",
    "وأضاف (في تصريح للصحفيين) أن القرار نهائي.",
    "نفى الوزير ذلك.",
])
def test_article_lines_are_kept(line):
    assert classify_line(line, set()) is None


def test_repeated_line_is_dropped_once_seen():
    text = f"عنوان الخبر الرئيسي اليوم\n{BODY}\nعنوان الخبر الرئيسي اليوم\n"
    article = article_from_text(text, id="x")
    assert [article.text[d.start:d.end] for d in article.dropped] == ["عنوان الخبر الرئيسي اليوم"]
    assert article.body_lines() == ["عنوان الخبر الرئيسي اليوم", BODY]


def test_only_furniture_is_an_error():
    with pytest.raises(InputError, match="nothing left"):
        article_from_text("اترك تعليقاً\nزر الذهاب إلى الأعلى\nشارك هذا المقال على فيسبوك وتويتر والمزيد\n", id="x")


def test_manifest_errors_are_clear(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("name,path\nx,a.txt\n", encoding="utf-8")
    with pytest.raises(InputError, match="lacks column"):
        load_articles([tmp_path])
    (tmp_path / "manifest.csv").write_text("id,file,date\nx,a.txt,27/07/2021\n", encoding="utf-8")
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        load_articles([tmp_path])


def test_manifest_ids_cannot_name_paths_and_listed_files_must_exist(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    for bad_id in ("../../escaped", "sub/x", ".hidden"):
        (tmp_path / "manifest.csv").write_text(f"id,file\n{bad_id},a.txt\n", encoding="utf-8")
        with pytest.raises(InputError, match="names output files"):
            load_articles([tmp_path])
    (tmp_path / "manifest.csv").write_text("id,file\nx,missing.txt\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"manifest.csv:2: lists 'missing.txt'"):
        load_articles([tmp_path])


def test_a_manifest_given_as_a_path_brings_its_files(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "list.csv").write_text("id,file,outlet\nالأول,a.txt,X\n", encoding="utf-8")
    (article,) = load_articles([tmp_path / "list.csv"])
    assert (article.id, article.outlet) == ("الأول", "X")
    # with --manifest it only describes the files given
    (described,) = load_articles([tmp_path / "b.txt"], manifest=tmp_path / "list.csv")
    assert described.id == "b"
    with pytest.raises(InputError, match="no article files"):
        load_articles([])


def test_folder_without_articles(tmp_path):
    with pytest.raises(InputError, match="no .txt"):
        load_articles([tmp_path])


@pytest.mark.parametrize("text, message", [
    ("", "text is empty"), ("   \n", "text is empty"), ("The US will reduce troops.", "no Arabic text"),
    (42, "expected the article text as a string"),
])
def test_texts_get_the_same_clear_errors_as_files(text, message):
    with pytest.raises(InputError, match=message):
        article_from_text(text, id="a")


def test_bytes_are_decoded_like_files():
    article = article_from_text(BODY.encode("cp1256"), id="a")
    assert article.text == BODY and article.encoding != "utf-8"
