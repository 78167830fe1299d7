"""The claim patterns iraqclaims ships, registered in the order they run: reported speech
first, then the fallbacks for sentences without a reporting cue. Each docstring says what the
pattern detects; each pattern's examples run as tests (tests/test_claim_patterns.py) through
:mod:`iraqclaims.testing`."""
from . import reported_speech, according_to, headline  # noqa: F401  (import order = run order)
