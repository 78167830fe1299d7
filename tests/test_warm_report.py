"""A warm run (every parse in the cache) imports neither Stanza nor PyTorch: loading them took
1.5 s of a 3.3 s warm fixture report."""
import json
import subprocess
import sys

from conllu_builder import document, sentence, text_of
from iraqclaims import load_articles
from iraqclaims.parse import ParseCache, ParsedDocument, resolve_models
from iraqclaims.parse.pipeline import stanza_version

ARTICLES = {
    "a1": sentence("و+ CCONJ 2 cc", "أكد VERB 0 root", "رئيس NOUN 2 nsubj", "الوزراء NOUN 3 nmod",
                   "العراقي ADJ 3 amod", "مصطفى PROPN 3 appos", "الكاظمي PROPN 6 flat", "أن SCONJ 10 mark",
                   "القوات NOUN 10 nsubj", "قادرة ADJ 2 ccomp", "على ADP 12 case", "حماية+ NOUN 10 obl",
                   ". PUNCT 2 punct"),
    "a2": sentence("و+ CCONJ 2 cc", "قال VERB 0 root", "مسؤول NOUN 2 nsubj", "كبير ADJ 3 amod",
                   "في ADP 6 case", "الوزارة NOUN 3 nmod", "إن SCONJ 9 mark", "القوات NOUN 9 nsubj",
                   "ستبقى VERB 2 ccomp", "هناك+ ADV 9 advmod", ". PUNCT 2 punct"),
}

# a cache miss fails at once instead of loading the models (and importing what this test forbids)
WARM_RUN = """
import json, sys
import iraqclaims.parse.pipeline as pipeline

def cache_miss(texts, spec):
    raise AssertionError("not in the cache: " + texts[0][:40])

pipeline._parse_batch = cache_miss
from iraqclaims import Corpus, write_report
from iraqclaims.cli import main

news, cache, out = sys.argv[1:]
heavy = ("stanza", "torch")
corpus = Corpus.from_paths([news], cache_dir=cache, progress=False)
write_report(corpus, out + "/api")
api = [m for m in heavy if m in sys.modules]
code = main(["report", news, "-o", out + "/cli", "--cache-dir", cache, "-q"])
cli = [m for m in heavy if m in sys.modules]
print(json.dumps({"claims": len(corpus.claims), "api": api, "cli": cli, "exit": code}))
"""


def test_warm_report_imports_neither_stanza_nor_torch(tmp_path):
    news, cache = tmp_path / "news", tmp_path / "cache"
    news.mkdir()
    for name, conllu in ARTICLES.items():
        (news / f"{name}.txt").write_text(text_of(document(conllu)) + "\n", encoding="utf-8")
    spec, version = resolve_models(), stanza_version()
    parse_cache = ParseCache(cache)
    for article in load_articles([news]):
        parsed = document(ARTICLES[article.id])
        assert text_of(parsed) + "\n" == article.body_text
        parse_cache.put(parse_cache.key(article.body_text, spec.identity, version),
                        ParsedDocument(parsed.sentences, model=spec.identity).to_conllu())

    run = subprocess.run([sys.executable, "-c", WARM_RUN, str(news), str(cache), str(tmp_path / "out")],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.splitlines()[-1])
    assert result == {"claims": 2, "api": [], "cli": [], "exit": 0}
    for folder in ("api", "cli"):
        assert (tmp_path / "out" / folder / "report.html").is_file()
