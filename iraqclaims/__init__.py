"""iraqclaims: read Arabic news, find who said what, and show where claims contradict each other.

Public API (everything else is private by convention)::

    from iraqclaims import load_articles, parse_articles
    articles = load_articles(["fixtures"])
    parses = parse_articles(articles)
"""
import logging

from .article import Article, DroppedLine, Span
from .claims import Claim, ClaimList, Speaker
from .corpus import Corpus
from .errors import CacheError, InputError, IraqclaimsError, ModelError
from .ingest import article_from_text, load_article, load_articles
from .normalize import normalize
from .graph import TopicLexicon, TopicMatch
from .rules import Comparison, Conflict, ConflictList, Example, RuleContext, RuleError, compare, rule
from .parse import (ParsedDocument, Sentence, Word, from_conllu, parse_articles, parse_corpus,
                    parse_text, resolve_models)

logging.getLogger(__name__).addHandler(logging.NullHandler())

__version__ = "0.1.0"
__all__ = ["TopicLexicon", "TopicMatch", "Comparison", "Conflict", "ConflictList", "Example", "RuleContext",
           "RuleError", "compare", "rule", "Corpus", "Claim", "ClaimList", "Speaker", "Article", "DroppedLine", "Span", "CacheError", "InputError", "IraqclaimsError",
           "ModelError", "article_from_text", "load_article", "load_articles", "normalize",
           "ParsedDocument", "Sentence", "Word", "from_conllu", "parse_articles", "parse_corpus",
           "parse_text", "resolve_models"]
