"""Claims layer: parsed sentences -> attributed claims (speaker, cue, content) with provenance.

Claims are found by claim patterns (:mod:`.registry`, the built-in ones in :mod:`.patterns`)
reading each sentence through the toolbox of :mod:`.reader`."""
from .article_claims import extract_claims, read_article
from .model import CLAIM_COLUMNS, Claim, ClaimList, Speaker
from .reader import RawClaim, SentenceReader
from .registry import (ClaimPattern, PatternError, PatternExample, claim_pattern, get_pattern,
                       registered_patterns, unregister_pattern)
from .speakers import SpeakerRegistry

__all__ = ["extract_claims", "read_article", "CLAIM_COLUMNS", "Claim", "ClaimList", "Speaker", "RawClaim",
           "SentenceReader", "ClaimPattern", "PatternError", "PatternExample", "claim_pattern", "get_pattern",
           "registered_patterns", "unregister_pattern", "SpeakerRegistry"]
