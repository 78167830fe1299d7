"""iraqclaims: read Arabic news, find who said what, and show where claims contradict each other.

Public API (everything else is private by convention)::

    from iraqclaims import Corpus, compare, write_report
    corpus = Corpus.from_paths(["fixtures"])      # articles -> parses -> claims
    corpus.claims_frame()                          # who said what, with provenance
    corpus.conflicts_frame()                       # which claims clash, and why
    write_report(corpus, "out")                    # report.html, report.json, CSVs, GraphML
    compare("ستقلص القوات", "انسحاب جميع القوات")   # any two statements
"""
import logging

from .article import Article, DroppedLine, Span
from .claims import Claim, ClaimList, Speaker, claim_pattern
from .corpus import Corpus
from .errors import CacheError, InputError, IraqclaimsError, ModelError
from .ingest import article_from_text, load_article, load_articles
from .normalize import normalize
from .graph import TopicLexicon, TopicMatch
from .rules import Comparison, Conflict, ConflictList, Example, RuleContext, RuleError, compare, rule
from .report import report_schema, write_report
from .parse import (ParsedDocument, Sentence, Word, from_conllu, parse_articles, parse_corpus,
                    parse_text, resolve_models)

logging.getLogger(__name__).addHandler(logging.NullHandler())

__version__ = "0.1.0"
__all__ = ["TopicLexicon", "TopicMatch", "Comparison", "Conflict", "ConflictList", "Example", "RuleContext",
           "RuleError", "compare", "rule", "claim_pattern", "report_schema", "write_report", "Corpus", "Claim", "ClaimList", "Speaker", "Article", "DroppedLine", "Span", "CacheError", "InputError", "IraqclaimsError",
           "ModelError", "article_from_text", "load_article", "load_articles", "normalize",
           "ParsedDocument", "Sentence", "Word", "from_conllu", "parse_articles", "parse_corpus",
           "parse_text", "resolve_models"]
