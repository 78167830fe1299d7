"""The parse layer with the bundled models: real sentences, cache, executor, official layout."""
import json
import multiprocessing
import shutil
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor

import pytest

import iraqclaims.parse.pipeline as pipeline_module
from iraqclaims import ModelError, load_articles, parse_articles, parse_corpus, parse_text
from iraqclaims.parse import bundled_model_dir, clear_pipelines, resolve_models

pytestmark = pytest.mark.model

KADHIMI = "وأكد الكاظمي أن القوات العراقية قادرة على حماية البلاد."


def _verb(doc, text):
    return next(w for s in doc.sentences for w in s.words if w.text == text)


def test_reporting_verb_subject_and_complement():
    doc = parse_text(KADHIMI)
    (sentence,) = doc.sentences
    verb = _verb(doc, "أكد")
    assert verb.upos == "VERB"
    assert [w.text for w in sentence.children(verb, "nsubj")] == ["الكاظمي"]
    (complement,) = sentence.children(verb, "ccomp")
    content = [w.text for w in sentence.subtree(complement)]
    assert content[0] == "أن" and "القوات" in content and "البلاد" in content


def test_offsets_point_into_the_given_text():
    text = "عنوان\n\n" + KADHIMI + "\nوقال الوزير إن «الاتفاق» نهائي."
    doc = parse_text(text)
    for word in doc.words:
        surface = text[word.start:word.end]
        assert surface == word.text or surface in "«»", (word, surface)
    assert [s.text for s in doc.sentences][-2:] == [KADHIMI, "وقال الوزير إن «الاتفاق» نهائي."]


def test_vowelled_words_stay_whole_and_keep_their_marks_in_offsets():
    # a fully vowelled quotation (hadith, verse, poetry): the models never saw short vowels or
    # shadda, and used to cut "نَعَمْ" into "نع + َمْ"
    # (tanwin stays: the models saw it)
    plain = "قال الشيخ: «نعم، إن الله يحب الرفق»، وأكد الوزير أن الاتفاق مهمٌ."
    vowelled = "قال الشيخ: «نَعَمْ، إِنَّ اللَّهَ يُحِبُّ الرِّفْقَ»، وأكّد الوزير أنّ الاتفاقَ مهمٌّ."
    plain_doc, vowelled_doc = parse_text(plain), parse_text(vowelled)
    assert [w.text for w in vowelled_doc.words] == [w.text for w in plain_doc.words]
    assert [(w.upos, w.head, w.deprel) for w in vowelled_doc.words] == \
        [(w.upos, w.head, w.deprel) for w in plain_doc.words]
    surfaces = [vowelled[w.start:w.end] for w in vowelled_doc.words]
    # each word's span runs over its last vowel, and no span starts on a mark
    assert "نَعَمْ" in surfaces and "مهمٌّ" in surfaces and "الرِّفْقَ" in surfaces
    assert all(not s[:1] or "\u064b" > s[0] or s[0] > "\u065f" for s in surfaces)


def test_tanwin_written_before_its_alif_parses_as_after_it():
    # "صفًا" (some outlets) against "صفاً" (what the models saw): the tokenizer cut "صفً + ا"
    before = "وقال الوزير أيضًا إن القوات ستنسحب مؤخرًا، مشددًا على الوقوف صفًا واحدًا."
    after = "وقال الوزير أيضاً إن القوات ستنسحب مؤخراً، مشدداً على الوقوف صفاً واحداً."
    before_doc, after_doc = parse_text(before), parse_text(after)
    assert [(w.upos, w.head, w.deprel) for w in before_doc.words] == \
        [(w.upos, w.head, w.deprel) for w in after_doc.words]
    assert "صفًا" in [before[w.start:w.end] for w in before_doc.words]


def test_lines_are_paragraphs():
    doc = parse_text("الكاظمي: العراق لم يعد بحاجة الى القوات الاجنبية\nوقال الوزير إن الاتفاق نهائي.")
    assert len(doc.sentences) == 2


def test_fixture_articles_parse_with_offsets_into_article_text(fixtures_dir):
    articles = load_articles([fixtures_dir])
    parsed = parse_articles(articles, progress=False)
    for article, doc in zip(articles, parsed):
        assert len(doc.sentences) >= 5
        for sentence in doc.sentences:
            assert " ".join(article.text[sentence.start:sentence.end].split()) == sentence.text
        dropped = {(d.start, d.end) for d in article.dropped}
        assert not any(s.start < end and start < s.end for s in doc.sentences for start, end in dropped)


def test_warm_cache_never_builds_a_pipeline(monkeypatch, isolated_cache):
    cold = parse_corpus([KADHIMI, "وقال الوزير إن الاتفاق نهائي."], progress=False)
    assert list(isolated_cache.rglob("*.conllu"))
    clear_pipelines()

    def refuse(spec):
        raise AssertionError("a warm run must not build a Stanza pipeline")

    monkeypatch.setattr(pipeline_module, "build_pipeline", refuse)
    warm = parse_corpus([KADHIMI, "وقال الوزير إن الاتفاق نهائي."], progress=False)
    assert warm == cold


def test_cache_key_depends_on_text_and_model(isolated_cache):
    parse_text(KADHIMI)
    parse_text(KADHIMI + " ")
    assert len(list(isolated_cache.rglob("*.conllu"))) == 2


def test_cache_can_be_turned_off(isolated_cache):
    parse_text(KADHIMI, cache_dir=False)
    assert not list(isolated_cache.rglob("*.conllu"))


def test_executor_path_matches_in_process(isolated_cache):
    texts = [KADHIMI, "وقال الوزير إن الاتفاق نهائي.", "ونفى المتحدث باسم الحكومة ذلك."]
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("spawn")) as pool:
        parallel = parse_corpus(texts, executor=pool, cache_dir=False, progress=False)
    sequential = parse_corpus(texts, cache_dir=False, progress=False)
    assert parallel == sequential


def test_forking_pool_after_stanza_ran_is_refused_not_hung(isolated_cache):
    parse_corpus([KADHIMI], cache_dir=False, progress=False)        # Stanza now runs in this process
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as pool:
        with pytest.raises(ModelError, match="spawn"):
            parse_corpus(["وقال الوزير إن الاتفاق نهائي."], executor=pool, cache_dir=False, progress=False)


@pytest.fixture(scope="session")
def official_tree(tmp_path_factory):
    """A stanza_resources-style tree (resources.json + ar/<processor>/<package>.pt) with a real,
    tiny MWT model trained here, and the bundled models in the official places."""
    root = tmp_path_factory.mktemp("stanza_resources")
    bundled = bundled_model_dir()
    layout = {"tokenize": "tokenizer.pt", "pos": "tagger.pt", "lemma": "lemmatizer.pt", "depparse": "parser.pt"}
    for proc, name in layout.items():
        (root / "ar" / proc).mkdir(parents=True)
        shutil.copyfile(bundled / name, root / "ar" / proc / "padt.pt")
    mwt_dir = root / "ar" / "mwt"
    mwt_dir.mkdir()
    data = mwt_dir / "train.conllu"
    data.write_text("# text = وأكد الكاظمي ذلك.\n1-2\tوأكد\t_\t_\t_\t_\t_\t_\t_\t_\n"
                    "1\tو\tو\tCCONJ\t_\t_\t2\tcc\t_\t_\n2\tأكد\tأكد\tVERB\t_\t_\t0\troot\t_\t_\n"
                    "3\tالكاظمي\tالكاظمي\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
                    "4\tذلك\tذلك\tPRON\t_\t_\t2\tobj\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n",
                    encoding="utf-8")
    subprocess.run([sys.executable, "-m", "stanza.models.mwt_expander", "--mode", "train",
                    "--train_file", str(data), "--eval_file", str(data), "--gold_file", str(data),
                    "--output_file", str(mwt_dir / "pred.conllu"), "--lang", "ar", "--shorthand", "ar_padt",
                    "--save_dir", str(mwt_dir), "--save_name", "padt.pt", "--num_epoch", "1"],
                   check=True, capture_output=True)
    procs = ["tokenize", "mwt", "pos", "lemma", "depparse"]
    resources = {"ar": {"lang_name": "Arabic", **{p: {"padt": {}} for p in procs},
                        "default_processors": {p: "padt" for p in procs}}}
    (root / "resources.json").write_text(json.dumps(resources), encoding="utf-8")
    return root


def test_official_model_directory(official_tree, monkeypatch):
    spec = resolve_models(official_tree)
    assert spec.kind == "official"
    assert dict(spec.processors)["mwt"] == "padt"
    doc = parse_text(KADHIMI, model_dir=official_tree, cache_dir=False)
    assert _verb(doc, "أكد").upos == "VERB"
    monkeypatch.setenv("IRAQCLAIMS_MODEL_DIR", str(official_tree))
    assert resolve_models().identity == spec.identity != resolve_models(bundled_model_dir()).identity


def test_truncated_model_file_is_a_clear_error(tmp_path):
    for name in ("tokenizer.pt", "tagger.pt", "lemmatizer.pt", "parser.pt", "resources.json"):
        shutil.copyfile(bundled_model_dir() / name, tmp_path / name)
    (tmp_path / "parser.pt").write_bytes((tmp_path / "parser.pt").read_bytes()[:1000])
    with pytest.raises(ModelError, match="cannot load"):
        parse_text(KADHIMI, model_dir=tmp_path, cache_dir=False)


def test_conjunction_clitics_repaired_before_tagging():
    doc = parse_text("وزير الخارجية العراقي: الحوار مستمر.\nونشرت وكالات الأنباء تصريحا، ولفت إلى أن الحوار مستمر.")
    first, second = doc.sentences
    assert first.words[0].text == "وزير"
    assert "وكالات" in [w.text for w in second.words]
    verb = next(w for w in second.words if w.text == "لفت")
    assert verb.upos == "VERB"
    assert doc.sentences[1].text.startswith("ونشرت")


def test_texts_batched_together_parse_as_they_do_alone(monkeypatch):
    """Stanza batches sentences across the documents of one pass; no parse may depend on which
    other documents share its pass."""
    from iraqclaims.parse import pipeline

    texts = ["قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل.\nوأكد المتحدث أن الوفد وصل.",
             "أعلنت الحكومة العراقية أمس انسحاب القوات من المدينة.",
             "", "ونفى مصدر أمني وقوع انفجار في بغداد."]
    together = parse_corpus(texts, cache_dir=False, progress=False)
    monkeypatch.setattr(pipeline, "BATCH_CHARS", 1)
    alone = parse_corpus(texts, cache_dir=False, progress=False)
    assert [d.to_conllu() for d in together] == [d.to_conllu() for d in alone]
    assert len(together[0].sentences) == 2 and together[2].sentences == ()
