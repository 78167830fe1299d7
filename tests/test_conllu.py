"""Our CoNLL-U reader: the same documents as Stanza's reader gave, clear errors for broken
input, and a corrupt cache entry parsed again instead of failing the run."""
import logging
import warnings

import pytest

import iraqclaims.parse.pipeline as pipeline
from conllu_builder import sentence
from iraqclaims.parse import ConlluError, ParseCache, from_conllu, from_stanza, resolve_models
from test_document import MWT, NO_OFFSETS, SPLIT_WORD

ROW = "\t".join(["{id}", "{form}", "_", "NOUN", "_", "_", "{head}", "{rel}", "_", "{misc}"])


def row(id, form, head=0, rel="root", misc="_"):
    return ROW.format(id=id, form=form, head=head, rel=rel, misc=misc)


CASES = {
    "multiword token": MWT,
    "no offsets": NO_OFFSETS,
    "split word": SPLIT_WORD,
    "builder": sentence("و+ CCONJ 2 cc", "قال VERB 0 root", "الوزير NOUN 2 nsubj Gender=Masc|Number=Sing",
                        ". PUNCT 2 punct") + sentence("نعم INTJ 0 root"),
    "model line, comments across blank lines, last text wins": (
        "# model = m\n\n# newpar\n# text = قديم\n# sent_id = 7\n#text=  قال الوزير  \n"
        + row(1, "قال") + "\n" + row(2, "الوزير", 1, "nsubj") + "\n\n\n"),
    "CRLF and stray spaces": ("# text = قال الوزير\r\n" + row(1, "قال") + " \r\n" + row(2, "الوزير", 1, "nsubj")
                              + "\r\n\r\n"),
    "empty node skipped": ("# text = قال الوزير\n" + row(1, "قال") + "\n1.1\tx\t_\t_\n"
                           + row(2, "الوزير", 1, "nsubj") + "\n"),
    "underscore form": "# text = _ قال\n" + row(1, "_", 2, "nsubj") + "\n" + row(2, "قال") + "\n\n",
    "no text comment, offsets": (row(1, "قال", misc="start_char=4|end_char=7") + "\n"
                                 + row(2, "الوزير", 1, "nsubj", "SpaceAfter=No|start_char=8|end_char=14") + "\n"),
    "no text comment, no offsets": row(1, "قال") + "\n" + row(2, "الوزير", 1, "nsubj") + "\n\n" + row(1, "نعم") + "\n",
    "some offsets missing": ("# text = قال الوزير\n" + row(1, "قال", misc="start_char=0|end_char=3") + "\n"
                             + row(2, "الوزير", 1, "nsubj") + "\n"),
    "offsets on the words of a multiword token": (
        "# text = وقال\n1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\tstart_char=0|end_char=4\n"
        + row(1, "و", 2, "cc", "start_char=0|end_char=1") + "\n" + row(2, "قال", misc="start_char=1|end_char=4") + "\n"),
    "only comments": "# model = m\n# text = x\n",
}


def stanzas_reading(conllu: str):
    """What from_conllu returned when it used Stanza's reader."""
    from stanza.utils.conll import CoNLL

    first = conllu.split("\n", 1)[0]
    model = first[len("# model = "):] if first.startswith("# model = ") else ""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return from_stanza(CoNLL.conll2doc(input_str=conllu), model=model)


@pytest.mark.parametrize("name", CASES)
def test_same_documents_as_stanzas_reader(name):
    assert from_conllu(CASES[name]) == stanzas_reading(CASES[name])


def test_round_trip_through_the_cache_format():
    doc = from_conllu(MWT, model="m")
    assert from_conllu(doc.to_conllu()) == doc


@pytest.mark.parametrize("conllu, message", [
    (row(1, "قال") + "\n1\tالوزير\t_\n", "line 2: expected 10 tab-separated fields, found 3"),
    (row(1, "قال") + "\n" + row(2, "الوزير", head="x"), "line 2: HEAD is not a number: 'x'"),
    (row(1, "قال") + "\n" + row(3, "الوزير", 1, "nsubj"), "line 2: word id 3 where 2 was expected"),
    (row("x", "قال"), "line 1: bad word id 'x'"),
    ("# text = a\n" + row(1, "قال") + "\n" + row(2, "الوزير", 1, "nsubj") + "\n" + row(2, "الوزير", 1, "nsubj"),
     "line 4: word id 2 where 3 was expected"),
    ("1-2\tوقال\t_\t_\t_\t_\t_\t_\t_\t_\n" + row(1, "و") + "\n\n", "line 1: multi-word token is not followed"),
    ("1-x\tوقال\t_\t_\t_\t_\t_\t_\t_\t_\n", "line 1: bad multi-word token range '1-x'"),
    (row(1, "قال", misc="start_char=0") + "\n", "line 1: MISC has only one of start_char and end_char"),
    (row(1, "قال", misc="start_char=a|end_char=3") + "\n", "line 1: start_char is not a number: 'a'"),
    (row(1, "") + "\n", "line 1: word 1 has no FORM"),
    ("# text = قال\n" + row(1, "وزير") + "\n", "token 'وزير' not found in sentence text 'قال'"),
])
def test_malformed_conllu_is_a_clear_error(conllu, message):
    with pytest.raises(ConlluError, match=message):
        from_conllu(conllu)


TEXT = "قال الوزير"
GOOD = from_conllu(row(1, "قال", misc="start_char=0|end_char=3") + "\n"
                   + row(2, "الوزير", 1, "nsubj", "start_char=4|end_char=10") + "\n")


@pytest.mark.parametrize("damage", [
    lambda c: c[:len(c) // 2],                                  # cut short
    lambda c: c.replace("\t1\tnsubj", "\tx\tnsubj"),            # a broken row
    lambda c: "",                                               # emptied
    lambda c: c.replace("# model = ", "# model = other-"),      # another model's parse
])
def test_corrupt_cache_entry_is_parsed_again_with_a_warning(damage, isolated_cache, monkeypatch, caplog):
    spec = resolve_models()
    good = GOOD.__class__(GOOD.sentences, model=spec.identity)
    parsed = []

    def fake_parse(texts, spec):
        parsed.extend(texts)
        return [good for _ in texts]

    monkeypatch.setattr(pipeline, "_parse_batch", fake_parse)
    monkeypatch.setattr(pipeline, "_set_torch_threads", lambda threads: None)
    cache = ParseCache(isolated_cache)
    key = cache.key(TEXT, spec.identity, pipeline.stanza_version())
    cache.put(key, damage(good.to_conllu()))
    with caplog.at_level(logging.WARNING, logger="iraqclaims"):
        assert pipeline.parse_corpus([TEXT], progress=False) == [good]
    assert parsed == [TEXT]
    assert "is corrupt" in caplog.text and key in caplog.text
    assert cache.get(key) == good.to_conllu()          # repaired
    assert pipeline.parse_corpus([TEXT], progress=False) == [good]
    assert parsed == [TEXT]                              # read from the cache this time
