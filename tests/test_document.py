"""The parse data model, built from hand-made CoNLL-U with Stanza's reader (no model needed)."""
import pickle

from iraqclaims.parse import from_conllu

MWT = """# text = وأكد الكاظمي ذلك.
1-2\tوأكد\t_\t_\t_\t_\t_\t_\t_\tstart_char=10|end_char=14
1\tو\tو\tCCONJ\tCC\t_\t2\tcc\t_\t_
2\tأكد\tأَكَّد\tVERB\tVBC\tGender=Masc|Number=Sing\t0\troot\t_\t_
3\tالكاظمي\tالكاظمي\tPROPN\tNNP\t_\t2\tnsubj\t_\tstart_char=15|end_char=22
4\tذلك\tذٰلِك\tPRON\tPDEM\t_\t2\tobj\t_\tstart_char=23|end_char=26|SpaceAfter=No
5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\tstart_char=26|end_char=27

"""

NO_OFFSETS = """# text = قال الوزير إن الاتفاق نهائي.
1\tقال\tقال\tVERB\t_\t_\t0\troot\t_\t_
2\tالوزير\tوزير\tNOUN\t_\t_\t1\tnsubj\t_\t_
3\tإن\tإن\tSCONJ\t_\t_\t5\tmark\t_\t_
4\tالاتفاق\tاتفاق\tNOUN\t_\t_\t5\tnsubj\t_\t_
5\tنهائي\tنهائي\tADJ\t_\t_\t1\tccomp\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_

# text = وأضاف أن المفاوضات مستمرة.
1\tو\tو\tCCONJ\t_\t_\t2\tcc\t_\tSpaceAfter=No
2\tأضاف\tأضاف\tVERB\t_\t_\t0\troot\t_\t_
3\tأن\tأن\tSCONJ\t_\t_\t5\tmark\t_\t_
4\tالمفاوضات\tمفاوضة\tNOUN\t_\t_\t5\tnsubj\t_\t_
5\tمستمرة\tمستمر\tADJ\t_\t_\t2\tccomp\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

"""


def test_multiword_token_words_share_token_offsets():
    doc = from_conllu(MWT)
    (sentence,) = doc.sentences
    words = sentence.words
    assert [w.text for w in words] == ["و", "أكد", "الكاظمي", "ذلك", "."]
    assert (words[0].start, words[0].end) == (10, 14) == (words[1].start, words[1].end)
    assert (words[2].start, words[2].end) == (15, 22)
    assert words[1].features == {"Gender": "Masc", "Number": "Sing"}
    assert sentence.children(words[1], "nsubj") == [words[2]]
    assert sentence.root == words[1]


def test_offsets_found_in_text_when_conllu_has_none():
    doc = from_conllu(NO_OFFSETS)
    first, second = doc.sentences
    joined = first.text + "\n" + second.text
    for sentence in doc.sentences:
        for w in sentence.words:
            assert joined[w.start:w.end] == w.text
    verb = second.word(2)
    ccomp = second.children(verb, "ccomp")[0]
    assert [w.text for w in second.subtree(ccomp)] == ["أن", "المفاوضات", "مستمرة"]
    assert doc.sentence_at(second.start) is second


def test_conllu_round_trip_and_pickle():
    doc = from_conllu(MWT, model="test-model")
    again = from_conllu(doc.to_conllu())
    assert again == doc
    assert again.model == "test-model"
    assert pickle.loads(pickle.dumps(doc)) == doc


# the bundled tokenizer once ended a title line inside its last word: "... الاميرك" + "ي"
SPLIT_WORD = """# text = الحوار العراقي الاميرك
1\tالحوار\tحوار\tNOUN\t_\t_\t0\troot\t_\tstart_char=0|end_char=6
2\tالعراقي\tعراقي\tADJ\t_\t_\t1\tamod\t_\tstart_char=7|end_char=14
3\tالاميرك\tاميرك\tADJ\t_\t_\t1\tamod\t_\tstart_char=15|end_char=22

# text = ي
1\tي\tهو\tPRON\t_\t_\t0\troot\t_\tstart_char=22|end_char=23

# text = الكاظمي: العراق
1\tالكاظمي\tالكاظمي\tPROPN\t_\t_\t0\troot\t_\tstart_char=25|end_char=32
2\t:\t:\tPUNCT\t_\t_\t1\tpunct\t_\tstart_char=32|end_char=33
3\tالعراق\tعراق\tPROPN\t_\t_\t1\tappos\t_\tstart_char=34|end_char=40

"""


def test_a_sentence_boundary_inside_a_word_is_undone():
    doc = from_conllu(SPLIT_WORD)
    title, headline = doc.sentences
    assert (title.index, title.start, title.end) == (0, 0, 23)
    assert [w.text for w in title.words] == ["الحوار", "العراقي", "الاميرك", "ي"]
    assert (title.words[3].id, title.words[3].head, title.words[3].deprel) == (4, 3, "dep")
    assert (headline.index, headline.start, [w.head for w in headline.words]) == (1, 25, [0, 1, 1])
