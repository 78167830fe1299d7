"""The claim-pattern registry: patterns are plain functions registered with :func:`claim_pattern`.

A pattern takes a :class:`~iraqclaims.claims.reader.SentenceReader` (one parsed sentence and the
toolbox for reading it) and returns the claims it finds there, made with ``reader.claim(...)``
(a list; None for none). The decorator records the pattern's name, its docstring and Arabic
examples (sentence -> speaker, cue, content) and checks them when the pattern is registered, so
a malformed pattern fails at import with a message saying what to fix.

Order: the built-in patterns (:mod:`iraqclaims.claims.patterns`) run first, then those of
installed packages (entry point group ``iraqclaims.claim_patterns``), then users' patterns, each
group in the order it was registered; a replacement keeps the place of the pattern it replaces.
A pattern registered with ``fallback=True`` runs after all the others. In a sentence where they
found a claim or recognised a reporting cue (``reader.cues``), a fallback's claim is kept only
when it stands apart from theirs (no overlap with their cues and contents, none of their cues
inside it): that is how the built-in according-to and headline patterns stay out of what a
reporting verb says, and still read a source that opens its own clause ("وبحسب مصادر، فإن ...،
وأكد شهود أن ..."). Fallbacks do not hold each other back.
"""
from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import Callable

from ..errors import IraqclaimsError
from ..parse.document import Sentence
from ..plugins import load_entry_points, same_definition
from .reader import RawClaim, SentenceReader

ENTRY_POINT_GROUP = "iraqclaims.claim_patterns"
_BUILTIN = f"{__package__}.patterns"


class PatternError(IraqclaimsError, ValueError):
    """A claim pattern that cannot be registered, found or run."""

    exit_code = 2


@dataclass(frozen=True)
class PatternExample:
    """A sentence and the claim the pattern must find in it, compared as
    :func:`iraqclaims.testing.assert_claim` does. Without speaker, cue and content: a sentence
    the pattern must find nothing in."""

    sentence: str
    speaker: str | None = None
    cue: str | None = None
    content: str | None = None

    @property
    def finds(self) -> bool:
        return self.content is not None


@dataclass(frozen=True)
class ClaimPattern:
    name: str
    func: Callable
    doc: str
    examples: tuple[PatternExample, ...]
    fallback: bool
    builtin: bool

    def __call__(self, reader: SentenceReader):
        return self.func(reader)


_REGISTRY: dict[str, ClaimPattern] = {}


def _as_example(item, name: str) -> PatternExample:
    if isinstance(item, PatternExample):
        return item
    if isinstance(item, (tuple, list)):
        if len(item) == 4 and all(isinstance(x, str) and x.strip() for x in item):
            return PatternExample(*item)
        if len(item) == 2 and isinstance(item[0], str) and item[0].strip() and item[1] is None:
            return PatternExample(item[0])
    raise PatternError(f"claim pattern {name!r}: an example is a tuple (sentence, speaker, cue, content), or "
                       f"(sentence, None) for a sentence it must find nothing in; got {item!r}")


def claim_pattern(name: str | None = None, *, examples=(), fallback: bool = False, replace: bool = False):
    """Register a claim pattern::

        @claim_pattern(examples=[("وكتب الصدر في تغريدة أن الاحتلال انتهى.", "الصدر", "كتب", "الاحتلال انتهى")])
        def tweeted(reader):
            '''Posts: "كتب X في تغريدة أن ...".'''
            ...

    ``examples`` need at least one claim the pattern finds; ``fallback=True`` runs it only in
    sentences where the other patterns found nothing; ``replace=True`` lets it take the place
    of a registered pattern with the same name (a built-in one included)."""

    def register(func: Callable) -> Callable:
        _load_builtin()   # so a user's pattern named like a shipped one is caught now, not overwritten later
        if not callable(func):
            raise PatternError(f"claim pattern {name or func!r}: @claim_pattern decorates a function, "
                               f"got {type(func).__name__}")
        pattern_name = name or getattr(func, "__name__", repr(func))
        builtin = (getattr(func, "__module__", None) or "").startswith(_BUILTIN + ".")
        if not builtin:
            # packages' patterns run before a user's, whenever those are defined
            load_entry_points(ENTRY_POINT_GROUP, "claim pattern")
        params = [p for p in inspect.signature(func).parameters.values()
                  if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
        if len(params) != 1:
            raise PatternError(f"claim pattern {pattern_name!r}: a pattern takes (reader) — one SentenceReader — "
                               f"but {func.__name__}{inspect.signature(func)} takes {len(params)} positional parameters")
        doc = inspect.getdoc(func) or ""
        if not doc.strip():
            raise PatternError(f"claim pattern {pattern_name!r}: add a docstring saying what it detects, "
                               "with Arabic examples")
        exs = tuple(_as_example(e, pattern_name) for e in examples)
        if not any(e.finds for e in exs):
            raise PatternError(f"claim pattern {pattern_name!r}: give examples of claims it finds, tuples "
                               "(sentence, speaker, cue, content)")
        old = _REGISTRY.get(pattern_name)
        if old is not None and not replace and not same_definition(old.func, func):
            if old.builtin:
                raise PatternError(f"{pattern_name!r} is a built-in claim pattern; pick another name, or pass "
                                   "replace=True to take its place")
            raise PatternError(f"a claim pattern named {pattern_name!r} is already registered; pick another name "
                               f"or pass replace=True (known patterns: {', '.join(_REGISTRY)})")
        _REGISTRY[pattern_name] = ClaimPattern(pattern_name, func, doc, exs, bool(fallback), builtin)
        func.claim_pattern = _REGISTRY[pattern_name]
        return func

    return register


def _load_builtin() -> None:
    import importlib

    importlib.import_module(_BUILTIN)


def registered_patterns() -> tuple[ClaimPattern, ...]:
    """Every registered pattern, in the order they run (fallbacks are held back at run time)."""
    _load_builtin()
    load_entry_points(ENTRY_POINT_GROUP, "claim pattern")
    return tuple(_REGISTRY.values())


def get_pattern(name_or_func) -> ClaimPattern:
    """A registered pattern by name, by its function, or the ClaimPattern itself."""
    registered_patterns()
    if isinstance(name_or_func, ClaimPattern):
        return name_or_func
    if callable(name_or_func) and isinstance(getattr(name_or_func, "claim_pattern", None), ClaimPattern):
        return name_or_func.claim_pattern
    if isinstance(name_or_func, str) and name_or_func in _REGISTRY:
        return _REGISTRY[name_or_func]
    raise PatternError(f"no claim pattern {name_or_func!r}; known patterns: {', '.join(_REGISTRY)}")


def adopt_patterns(patterns: tuple[ClaimPattern, ...]) -> None:
    """Make this process run exactly ``patterns``, in their order: a worker adopts the patterns
    of the process that sent it work, so a pattern registered in a notebook runs on a cluster's
    workers too (and one unregistered there stops running)."""
    if registered_patterns() == patterns:
        return
    _REGISTRY.clear()
    _REGISTRY.update((p.name, p) for p in patterns)


def unregister_pattern(name: str) -> None:
    """Remove a pattern (for tests and notebooks that register throw-away patterns)."""
    if name not in _REGISTRY:
        raise PatternError(f"no claim pattern {name!r}; known patterns: {', '.join(_REGISTRY)}")
    del _REGISTRY[name]


def read_sentence(sentence: Sentence, article_text: str) -> list[RawClaim]:
    """The claims every registered pattern finds in one sentence, in run order."""
    return run_patterns(SentenceReader(sentence, article_text))


def run_patterns(reader: SentenceReader) -> list[RawClaim]:
    """Run every registered pattern on the reader's sentence; returns the claims found."""
    patterns = registered_patterns()
    for pattern in patterns:
        if not pattern.fallback:
            _run(pattern, reader)
    taken = [tuple(span for span in (raw.cue_span, raw.content_span, raw.speaker and raw.speaker.span) if span)
             for raw in reader.claims]
    cues = [reader.toks[k].word.start for k in reader.cues]      # as character offsets, like the spans
    for pattern in patterns:
        if pattern.fallback:
            _run(pattern, reader, clear_of=(taken, cues) if taken or cues else None)
    if taken and len(reader.claims) > len(taken):
        # a fallback's claim beside theirs takes its place in the text, so a later pronoun
        # resolves past it as a reader would
        reader.claims.sort(key=lambda raw: (raw.cue_span or raw.content_span)[0])
    return reader.claims


def _clear(raw: RawClaim, taken: list[tuple[tuple[int, int], ...]], cues: list[int]) -> bool:
    """Does a fallback's claim stand apart from what the other patterns read in its sentence: its
    cue and content overlap none of their claims' spans, and its content holds none of their cues
    (its own cue may be one they recognised and left)? "وبحسب مصادر
    محلية، فإن المسلحين انسحبوا، وأكد شهود أن القصف استمر" has two claims; "وقال مصدر إن القوات
    ستغادر، بحسب الاتفاق" one."""
    spans = [span for span in (raw.cue_span, raw.content_span) if span]
    overlap = any(a < d and c < b for a, b in spans for other in taken for c, d in other)
    a, b = raw.content_span
    return not overlap and not any(a <= k < b for k in cues)


def _run(pattern: ClaimPattern, reader: SentenceReader, clear_of=None) -> None:
    try:
        found = pattern(reader)
    except Exception as exc:
        raise PatternError(f"claim pattern {pattern.name!r} failed on the sentence {reader.sentence.text!r}: "
                           f"{type(exc).__name__}: {exc}") from exc
    if found is None:
        return
    if not isinstance(found, (list, tuple)) or not all(isinstance(c, RawClaim) for c in found):
        raise PatternError(f"claim pattern {pattern.name!r} returned {found!r}: return a list of claims made "
                           "with reader.claim(...), or None")
    for raw in found:
        if clear_of is not None and not _clear(raw, *clear_of):
            continue
        raw.pattern = pattern.name
        reader.claims.append(raw)
