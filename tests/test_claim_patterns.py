"""The claim-pattern registry, run order and fallbacks, and every built-in pattern's own Arabic
examples through the testing kit (those need the bundled parser: marker ``model``)."""
import pytest

from conllu_builder import document, sentence, text_of
from iraqclaims import plugins
from iraqclaims import article_from_text
from iraqclaims.claims import (PatternError, SpeakerRegistry, claim_pattern, extract_claims, get_pattern,
                               registered_patterns)
from iraqclaims.claims import registry as registry_module
from iraqclaims.testing import assert_claim, assert_no_claim, check_pattern_examples

BUILTIN = ("reported_speech", "according_to", "headline")
EXAMPLE = [("وكتب الصدر أن الاحتلال انتهى.", "الصدر", "كتب", "الاحتلال انتهى")]

# وأكد الوزير أن المفاوضات مستمرة.
S_REPORT = sentence("و+ CCONJ 2 cc", "أكد VERB 0 root", "الوزير NOUN 2 nsubj", "أن SCONJ 6 mark",
                    "المفاوضات NOUN 6 nsubj", "مستمرة+ ADJ 2 ccomp", ". PUNCT 2 punct")
# وكتب الصدر أن الاحتلال انتهى.   (كتب is no reporting verb of the lexicon)
S_WROTE = sentence("و+ CCONJ 2 cc", "كتب VERB 0 root", "الصدر NOUN 2 nsubj", "أن SCONJ 6 mark",
                   "الاحتلال NOUN 6 nsubj", "انتهى+ VERB 2 ccomp", ". PUNCT 2 punct")
# وانتهت الجولة الرابعة للحوار.
S_NOCLAIM = sentence("و+ CCONJ 2 cc", "انتهت VERB 0 root", "الجولة NOUN 2 nsubj", "الرابعة ADJ 3 amod",
                     "للحوار+ NOUN 3 nmod", ". PUNCT 2 punct")
# ويعتبر أن الحكومة فشلت.   (a cue, but a description without a speaker: no claim)
S_DESCRIPTION = sentence("و+ CCONJ 2 cc", "يعتبر VERB 0 root Aspect=Imp", "أن SCONJ 5 mark",
                         "الحكومة NOUN 5 nsubj", "فشلت+ VERB 2 ccomp", ". PUNCT 2 punct")
# وجاء في البيان أن القوات ستغادر البلاد.   (و split off, as official Stanza models do)
S_STATEMENT = sentence("و+ CCONJ 2 cc", "جاء VERB 0 root", "في ADP 4 case", "البيان NOUN 2 obl",
                       "أن SCONJ 7 mark", "القوات NOUN 7 nsubj", "ستغادر VERB 2 ccomp", "البلاد+ NOUN 7 obj",
                       ". PUNCT 2 punct")


def claims_of(*sentences):
    doc = document(*sentences)
    return extract_claims(article_from_text(text_of(doc), id="t"), doc, SpeakerRegistry())


@pytest.fixture
def patterns():
    """The registry as it was, restored after the test (so throw-away patterns do not leak)."""
    saved = dict(registry_module._REGISTRY)
    yield
    registry_module._REGISTRY.clear()
    registry_module._REGISTRY.update(saved)


def wrote(reader):
    """"وكتب X أن ...": the writer as speaker, the أن clause as content."""
    claims = []
    for t in reader.toks:
        if t.norm == "كتب":
            speaker = reader.speaker_after(t.i)
            start, kind = reader.content_start(speaker[1], len(reader.toks))
            claims.append(reader.claim(cue=(t.i, t.i + 1), content=(start, reader.clause_end(start, None)),
                                       kind=kind, speaker=reader.mention(*speaker)))
    return claims


# ---------------------------------------------------------------- registration
def test_builtin_patterns_run_in_order_and_two_are_fallbacks():
    assert tuple(p.name for p in registered_patterns())[:3] == BUILTIN
    assert [p.fallback for p in registered_patterns()][:3] == [False, True, True]


def test_every_builtin_pattern_has_a_docstring_and_an_example_it_finds():
    for name in BUILTIN:
        p = get_pattern(name)
        assert p.doc and p.builtin and any(e.finds for e in p.examples)


def test_decorating_something_else_than_a_function_is_a_clear_error():
    with pytest.raises(PatternError, match="decorates a function, got int"):
        claim_pattern(examples=EXAMPLE)(42)


def test_a_pattern_takes_the_reader():
    with pytest.raises(PatternError, match=r"takes \(reader\)"):
        @claim_pattern(examples=EXAMPLE)
        def two(reader, other):
            """Doc."""


def test_a_pattern_needs_a_docstring():
    with pytest.raises(PatternError, match="docstring"):
        @claim_pattern(examples=EXAMPLE)
        def nodoc(reader):
            return None


@pytest.mark.parametrize("examples, message", [
    ((), "give examples of claims it finds"),
    ([("وكتب الطالب الدرس.", None)], "give examples of claims it finds"),
    ([("وكتب الصدر أن الاحتلال انتهى.", "الصدر", "كتب")], r"\(sentence, speaker, cue, content\)"),
])
def test_a_pattern_needs_examples_of_claims_it_finds(examples, message):
    with pytest.raises(PatternError, match=message):
        claim_pattern(examples=examples)(wrote)


def test_a_builtin_name_is_refused(patterns):
    with pytest.raises(PatternError, match="'headline' is a built-in claim pattern"):
        claim_pattern("headline", examples=EXAMPLE)(wrote)


def test_a_taken_name_is_refused_and_lists_known_patterns(patterns):
    claim_pattern(examples=EXAMPLE)(wrote)

    def other(reader):
        """Another one."""

    with pytest.raises(PatternError, match="already registered.*reported_speech"):
        claim_pattern("wrote", examples=EXAMPLE)(other)
    claim_pattern("wrote", examples=EXAMPLE, replace=True)(other)
    assert get_pattern("wrote").func is other


def test_running_a_notebook_cell_with_a_pattern_twice_replaces_it(patterns):
    def make():
        def cell_pattern(reader):
            """A pattern defined in a notebook cell."""
        cell_pattern.__module__ = "__main__"
        cell_pattern.__qualname__ = "cell_pattern"
        return cell_pattern

    claim_pattern(examples=EXAMPLE)(make())
    second = claim_pattern(examples=EXAMPLE)(make())
    assert get_pattern("cell_pattern").func is second
    assert [p.name for p in registered_patterns()].count("cell_pattern") == 1


def test_unknown_pattern_error_names_the_known_ones():
    with pytest.raises(PatternError, match="known patterns: .*headline"):
        get_pattern("no-such-pattern")


def test_entry_point_patterns_are_loaded(monkeypatch):
    loaded = []

    class FakeEntryPoint:
        name, value = "plugin", "plugin_module:patterns"

        def load(self):
            loaded.append(True)

    monkeypatch.setattr(plugins, "_loaded_groups", set())
    monkeypatch.setattr("importlib.metadata.entry_points",
                        lambda group: [FakeEntryPoint()] if group == "iraqclaims.claim_patterns" else [])
    registry_module.registered_patterns()
    assert loaded == [True]


# ---------------------------------------------------------------- running (hand-made parses, no model)
def test_a_users_pattern_adds_claims_after_the_builtin_ones(patterns):
    assert claims_of(S_WROTE) == []
    claim_pattern(examples=EXAMPLE)(wrote)
    report, written = claims_of(S_REPORT, S_WROTE)
    assert (report.speaker_text, report.cue_lemma) == ("الوزير", "أكد")
    assert (written.speaker_text, written.cue_lemma, written.kind) == ("الصدر", "كتب", "indirect")
    assert written.content == "الاحتلال انتهى" and written.id == "t-1-1"


def test_a_fallback_keeps_only_claims_apart_from_the_other_patterns(patterns):
    seen = []

    def after_the_conjunction(reader):
        """Everything after the opening و, as a report with an implicit speaker."""
        seen.append(reader.sentence.index)
        return [reader.claim(cue=(0, 1), content=(1, len(reader.toks) - 1), kind="report")]

    claim_pattern(examples=EXAMPLE, fallback=True)(after_the_conjunction)
    found = claims_of(S_REPORT, S_NOCLAIM, S_DESCRIPTION)
    assert seen == [0, 1, 2]        # a fallback runs in every sentence ...
    # ... but its claim is dropped where it overlaps another pattern's claim (S_REPORT) or holds
    # a reporting cue that gave none (S_DESCRIPTION)
    assert [(c.sentence_index, c.cue_lemma) for c in found] == [(0, "أكد"), (1, "و")]


def test_a_fallback_does_not_hold_back_other_fallbacks(patterns):
    claim_pattern(examples=EXAMPLE, fallback=True)(wrote)
    (written,) = claims_of(S_WROTE)
    assert written.speaker_text == "الصدر"
    # the built-in headline fallback still runs after a user's fallback found a claim
    headline_doc = sentence("الكاظمي+ PROPN 0 root", ": PUNCT 1 punct", "العراق PROPN 5 nsubj",
                            "لم PART 5 advmod", "يعد VERB 1 parataxis", "بحاجة ADP 5 obl",
                            "الى ADP 8 case", "القوات NOUN 6 nmod", "الاجنبية ADJ 8 amod")
    assert [c.kind for c in claims_of(headline_doc)] == ["headline"]


def test_the_statement_cue_names_the_statement_as_speaker():
    (claim,) = claims_of(S_STATEMENT)
    assert (claim.speaker_text, claim.cue_lemma, claim.kind) == ("البيان", "جاء في", "indirect")
    assert claim.content == "القوات ستغادر البلاد"


@pytest.mark.parametrize("body, message", [
    (lambda reader: {}["boom"], r"claim pattern 'broken' failed on the sentence .*KeyError"),
    (lambda reader: "a claim", r"claim pattern 'broken' returned 'a claim': return a list"),
    (lambda reader: [reader.claim(cue=(1, 2), content=(2, 4), kind="tweet")], r"claim kind 'tweet': use one of"),
])
def test_a_broken_pattern_is_named_in_the_error(patterns, body, message):
    def broken(reader):
        """Broken on purpose."""
        return body(reader)

    claim_pattern("broken", examples=EXAMPLE)(broken)
    with pytest.raises(PatternError, match=message):
        claims_of(S_NOCLAIM)


# ---------------------------------------------------------------- the examples, with the bundled parser
@pytest.mark.model
@pytest.mark.parametrize("name", BUILTIN)
def test_builtin_pattern_examples(name):
    assert check_pattern_examples(name) >= 1


@pytest.mark.model
def test_assert_claim_lists_what_was_found():
    text = "وقال وزير الخارجية إن القوات ستنسحب."
    claim = assert_claim(text, speaker="الخارجية", cue="قال", content="القوات ستنسحب.", pattern="reported_speech")
    assert claim.speaker_text == "وزير الخارجية"
    with pytest.raises(AssertionError, match=r"(?s)speaker «وزير الدفاع».*\[reported_speech\] speaker «وزير الخارجية»"):
        assert_claim(text, speaker="وزير الدفاع")
    with pytest.raises(AssertionError, match="pattern 'reported_speech' found a claim but must not"):
        assert_no_claim(text, pattern="reported_speech")
    assert_no_claim(text, pattern="headline")
