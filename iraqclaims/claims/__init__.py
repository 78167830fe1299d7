"""Claims layer: parsed sentences -> attributed claims (speaker, cue, content) with provenance."""
from .article_claims import extract_claims
from .model import CLAIM_COLUMNS, Claim, ClaimList, Speaker
from .speakers import SpeakerRegistry

__all__ = ["extract_claims", "CLAIM_COLUMNS", "Claim", "ClaimList", "Speaker", "SpeakerRegistry"]
