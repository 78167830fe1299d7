"""Parse layer: Arabic text -> sentences of words (lemma, UPOS, features, head, relation, offsets)."""
from .cache import ParseCache
from .conllu import ConlluError
from .document import ParsedDocument, Sentence, Word, from_conllu, from_stanza
from .models import ModelSpec, bundled_model_dir, resolve_models
from .pipeline import clear_pipelines, get_pipeline, parse_articles, parse_corpus, parse_text

__all__ = ["ParseCache", "ConlluError", "ParsedDocument", "Sentence", "Word", "from_conllu", "from_stanza",
           "ModelSpec", "bundled_model_dir", "resolve_models", "clear_pipelines", "get_pipeline",
           "parse_articles", "parse_corpus", "parse_text"]
