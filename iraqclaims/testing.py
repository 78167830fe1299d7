"""Helpers for testing conflict rules and claim patterns — also a pytest plugin (entry point
``pytest11``).

In a user's test module::

    from iraqclaims.testing import (assert_claim, assert_conflict, assert_no_conflict, check_examples,
                                    check_pattern_examples)

    def test_my_rule():
        check_examples("my_rule")                       # the rule's own Arabic examples
        assert_conflict("my_rule", "ستقلص القوات", "انسحاب جميع القوات")

    def test_my_pattern():                              # needs the bundled Stanza parser
        check_pattern_examples("my_pattern")            # the pattern's own Arabic examples
        assert_claim("وكتب الصدر في تغريدة أن الاحتلال انتهى.", speaker="الصدر", cue="كتب",
                     content="الاحتلال انتهى", pattern="my_pattern")

With the plugin installed, the fixtures ``make_claim`` (claim_from_text) and ``rule_context``
(a fresh RuleContext) are available in every test.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest

from .claims import Claim, ClaimPattern, get_pattern
from .normalize import normalize
from .rules.compare import statement
from .rules.context import RuleContext
from .rules.engine import judge
from .rules.model import Conflict
from .rules.registry import Example, Rule, get_rule

_ids = itertools.count(1)


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def claim_from_text(text: str, *, speaker: str = "", date=None, parse: bool = False, id: str | None = None) -> Claim:
    """A claim from an Arabic sentence. By default the whole text is the content (fast, no
    model). With ``parse=True`` the sentence goes through the bundled Stanza pipeline and the
    claim extractor, so speaker, cue and content are found as in a corpus: "وقال الوزير إن ..."."""
    if parse:
        from .corpus import Corpus

        corpus = Corpus.from_texts({id or f"t{next(_ids)}": text}, progress=False)
        if not corpus.claims:
            raise AssertionError(f"the extractor found no claim in {text!r}")
        found = corpus.claims[0]
        return found if date is None else _replace_date(found, _date(date))
    cid = id or f"t{next(_ids)}"
    return statement(text, cid, speaker=speaker or f"speaker-{cid}", date=_date(date))


def _replace_date(claim: Claim, date) -> Claim:
    import dataclasses

    return dataclasses.replace(claim, article_date=date)


def make_claim(**fields) -> Claim:
    """A claim from fields (content is required); the rest get neutral defaults."""
    if "content" not in fields:
        raise TypeError("make_claim needs content=...")
    base = claim_from_text(fields.pop("content"), speaker=fields.pop("speaker_text", ""),
                           date=fields.pop("article_date", None), id=fields.pop("id", None))
    import dataclasses

    return dataclasses.replace(base, **fields)


def _as_claim(x) -> Claim:
    return x if isinstance(x, Claim) else claim_from_text(str(x))


def run_rule(rule, a, b, ctx: RuleContext | None = None) -> Conflict | None:
    """The rule's finding on (a, b) in either order, as the engine runs it."""
    r = get_rule(rule)
    return judge(_as_claim(a), _as_claim(b), ctx or RuleContext(), [r])


def assert_conflict(rule, a, b, *, kind: str | None = None, ctx: RuleContext | None = None) -> Conflict:
    """Fail unless ``rule`` flags a and b (claims or Arabic strings); returns the conflict."""
    r = get_rule(rule)
    found = run_rule(r, a, b, ctx)
    if found is None:
        raise AssertionError(f"rule {r.name!r} did not fire on\n  A: {_text(a)}\n  B: {_text(b)}")
    if kind is not None and found.kind != kind:
        raise AssertionError(f"rule {r.name!r} fired with kind {found.kind!r}, expected {kind!r}")
    if not found.explanation:
        raise AssertionError(f"rule {r.name!r} fired without an explanation")
    return found


def assert_no_conflict(rule, a, b, *, ctx: RuleContext | None = None) -> None:
    r = get_rule(rule)
    found = run_rule(r, a, b, ctx)
    if found is not None:
        raise AssertionError(f"rule {r.name!r} fired but must not:\n  A: {_text(a)}\n  B: {_text(b)}\n"
                             f"  explanation: {found.explanation}")


def _text(x) -> str:
    return x.content if isinstance(x, Claim) else str(x)


def example_claims(example: Example) -> tuple[Claim, Claim]:
    a = claim_from_text(example.a, date=example.date_a, speaker="speaker-a")
    b = claim_from_text(example.b, date=example.date_b, speaker="speaker-a" if example.same_speaker else "speaker-b")
    return a, b


def check_examples(rule) -> int:
    """Run a rule's own examples; fail on the first that behaves otherwise. Returns how many ran."""
    r: Rule = get_rule(rule)
    for example in r.examples:
        a, b = example_claims(example)
        if example.fires:
            assert_conflict(r, a, b)
        else:
            assert_no_conflict(r, a, b)
    return len(r.examples)


# ---------------------------------------------------------------- claim patterns
def read_claims(text: str) -> list[tuple[str, Claim]]:
    """The claims of an Arabic text read as one article, by the bundled parser (parses are
    cached on disk) and every registered claim pattern, each with the name of the pattern that
    found it."""
    from .claims import SpeakerRegistry, read_article
    from .ingest import article_from_text
    from .parse import parse_articles

    article = article_from_text(text, id=f"t{next(_ids)}")
    (parsed,) = parse_articles([article], progress=False)
    return list(read_article(article, parsed, SpeakerRegistry()))


def _words(text: str) -> str:
    """Normalised words, punctuation dropped: how speakers and contents are compared."""
    return " ".join(re.sub(r"[^\w\s]", " ", normalize(text)).split())


def _matches(claim: Claim, speaker: str | None, cue: str | None, content: str | None) -> bool:
    """Speaker: the mention's words or a run of them; cue: as written or its lemma; content:
    the same words."""
    return ((speaker is None or f" {_words(speaker)} " in f" {_words(claim.speaker_text)} ")
            and (cue is None or normalize(cue).strip() in (normalize(claim.cue_text).strip(),
                                                           normalize(claim.cue_lemma).strip()))
            and (content is None or _words(content) == _words(claim.content)))


def _listing(found: list[tuple[str, Claim]]) -> str:
    if not found:
        return "  (no claims)"
    return "\n".join(f"  [{name}] speaker «{c.speaker_text}», cue «{c.cue_text}» ({c.cue_lemma}), "
                     f"content «{c.content}»" for name, c in found)


def assert_claim(sentence: str, *, speaker: str | None = None, cue: str | None = None,
                 content: str | None = None, pattern=None) -> Claim:
    """Fail unless reading ``sentence`` gives a claim with that speaker (the mention, or words
    of it), cue (as written, or its lemma) and content (compared after normalize(), punctuation
    dropped); with ``pattern``, found by that pattern. Returns the claim."""
    found = read_claims(sentence)
    name = get_pattern(pattern).name if pattern is not None else None
    for by, claim in found:
        if (name is None or by == name) and _matches(claim, speaker, cue, content):
            return claim
    wanted = ", ".join(f"{k} «{v}»" for k, v in (("speaker", speaker), ("cue", cue), ("content", content)) if v)
    by = f" from pattern {name!r}" if name else ""
    raise AssertionError(f"no claim with {wanted or 'any fields'}{by} in\n  {sentence}\nfound:\n{_listing(found)}")


def assert_no_claim(sentence: str, *, pattern=None) -> None:
    """Fail if reading ``sentence`` gives a claim (with ``pattern``: one found by that pattern)."""
    found = read_claims(sentence)
    name = get_pattern(pattern).name if pattern is not None else None
    own = [(by, c) for by, c in found if name is None or by == name]
    if own:
        who = f"pattern {name!r}" if name else "the claim patterns"
        raise AssertionError(f"{who} found a claim but must not, in\n  {sentence}\n{_listing(own)}")


def check_pattern_examples(pattern) -> int:
    """Run a claim pattern's own examples; fail on the first that behaves otherwise. Returns how
    many ran. The examples are parsed with the bundled Stanza parser."""
    p: ClaimPattern = get_pattern(pattern)
    for n, example in enumerate(p.examples):
        try:
            if example.finds:
                assert_claim(example.sentence, speaker=example.speaker, cue=example.cue,
                             content=example.content, pattern=p)
            else:
                assert_no_claim(example.sentence, pattern=p)
        except AssertionError as exc:
            raise AssertionError(f"claim pattern {p.name!r}, example {n + 1}: {exc}") from None
    return len(p.examples)


# ---------------------------------------------------------------- pytest plugin
@pytest.fixture(name="make_claim")
def _make_claim_fixture():
    """Build a claim from an Arabic sentence: ``make_claim("انسحاب جميع القوات")``."""
    return claim_from_text


@pytest.fixture(name="rule_context")
def _rule_context_fixture():
    return RuleContext()


__all__ = ["claim_from_text", "make_claim", "run_rule", "assert_conflict", "assert_no_conflict",
           "check_examples", "example_claims", "read_claims", "assert_claim", "assert_no_claim",
           "check_pattern_examples"]
