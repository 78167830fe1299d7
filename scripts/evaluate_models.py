#!/usr/bin/env python3
"""Score a Stanza Arabic model directory on the held-out PUD split and on newswire sentences.

Usage::

    python scripts/evaluate_models.py [--models iraqclaims/models/ar_pud] [--data build/train/data]

Scores (CoNLL 2018 shared-task scorer, as shipped with Stanza):
  * end to end from raw test text: tokens, sentences, words, UPOS, lemmas, UAS, LAS (F1);
  * the relations claims depend on (nsubj, ccomp): share of gold relations whose word gets the
    right head and label, end to end and with gold tokenisation;
  * fixtures/newswire_reporting.tsv: reporting verbs with attached و/ف — split off, tagged VERB,
    and given the right subject; and whether each sentence stays one sentence;
  * fixtures/newswire_initial_words.tsv: a first word that begins with و/ف as part of the word
    (وزير، واشنطن، في) is kept whole.
"""
from __future__ import annotations

import argparse
import csv
import json
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOG = logging.getLogger("evaluate_models")
RELATIONS = ("nsubj", "ccomp", "obj", "root")


def _conllu_sentences(path: Path):
    """Gold sentences as lists of (form, head, deprel), plus each sentence's text."""
    sentences, rows, text = [], [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            text = line[len("# text = "):]
        elif not line.strip():
            if rows:
                sentences.append((text, rows))
            rows, text = [], None
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            rows.append((cols[1], int(cols[6]), cols[7]))
    if rows:
        sentences.append((text, rows))
    return sentences


def _char_spans(forms_by_sentence):
    """Each word's span in the document's non-whitespace character stream (the scorer's
    alignment idea): two tokenisations of the same text meet on these spans."""
    spans, cursor = [], 0
    for forms in forms_by_sentence:
        row = []
        for form in forms:
            n = len("".join(form.split()))
            row.append((cursor, cursor + n))
            cursor += n
        spans.append(row)
    return spans


def relation_accuracy(gold, pred, relations=RELATIONS) -> dict[str, dict[str, float]]:
    """gold/pred: lists of sentences of (form, head, deprel). A gold relation counts as right when
    the word aligned to it has the same label and its head is aligned to the gold head."""
    g_spans = _char_spans([[f for f, _, _ in s] for s in gold])
    p_spans = _char_spans([[f for f, _, _ in s] for s in pred])
    p_index = {}
    for si, sent in enumerate(pred):
        for wi, (_, head, deprel) in enumerate(sent):
            head_span = p_spans[si][head - 1] if head > 0 else None
            p_index[p_spans[si][wi]] = (deprel.split(":")[0], head_span)
    out = {}
    for rel in relations:
        total = correct = 0
        for si, sent in enumerate(gold):
            for wi, (_, head, deprel) in enumerate(sent):
                if deprel.split(":")[0] != rel:
                    continue
                total += 1
                gold_head = g_spans[si][head - 1] if head > 0 else None
                got = p_index.get(g_spans[si][wi])
                if got is not None and got == (rel, gold_head):
                    correct += 1
        out[rel] = {"gold": total, "correct": correct, "accuracy": round(100 * correct / max(total, 1), 1)}
    return out


def _doc_rows(doc):
    return [[(w.text, int(w.head), w.deprel) for w in s.words] for s in doc.sentences]


def newswire_check(pipeline, path: Path) -> dict:
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))
    split = tagged = subject = whole = 0
    failures = []
    for row in rows:
        doc = pipeline(row["sentence"])
        words = [w for s in doc.sentences for w in s.words]
        verb = next((w for w in words if w.text == row["verb"]), None)
        ok_split = verb is not None
        ok_tag = ok_split and verb.upos == "VERB"
        sent = next((s for s in doc.sentences if verb in s.words), None) if verb else None
        subj = [w.text for w in sent.words if w.head == verb.id and w.deprel.startswith("nsubj")] if sent else []
        ok_subj = row["subject"] in subj
        split += ok_split
        tagged += ok_tag
        subject += ok_subj
        whole += len(doc.sentences) == 1
        if not (ok_split and ok_tag and ok_subj):
            failures.append({"sentence": row["sentence"],
                             "words": " ".join(f"{w.text}/{w.upos}/{w.deprel}" for w in words[:6])})
    n = len(rows)
    return {"sentences": n, "verb_split": split, "verb_tagged_VERB": tagged, "subject_found": subject,
            "kept_as_one_sentence": whole, "failures": failures}


def initial_words_check(pipeline, path: Path) -> dict:
    """Sentences whose first word begins with و/ف as part of the word (وزير، واشنطن، في): is it
    kept whole, or is a conjunction wrongly split off?"""
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))
    kept = 0
    failures = []
    for row in rows:
        doc = pipeline(row["sentence"])
        first = doc.sentences[0].words[0].text if doc.sentences else ""
        kept += first == row["first_word"]
        if first != row["first_word"]:
            failures.append({"sentence": row["sentence"],
                             "words": " ".join(w.text for w in doc.sentences[0].words[:3])})
    return {"sentences": len(rows), "first_word_kept": kept, "failures": failures}


def _conllu_text(doc) -> str:
    # The CoNLL 2018 scorer insists on a blank line after the last sentence.
    return "{:C}".format(doc).rstrip("\n") + "\n\n"


def evaluate(model_dir: Path, data_dir: Path, eval_dir: Path) -> dict:
    sys.path.insert(0, str(ROOT))
    import stanza
    from stanza.models.common.utils import ud_scores

    from iraqclaims.parse.models import resolve_models

    eval_dir.mkdir(parents=True, exist_ok=True)
    spec = resolve_models(model_dir)
    pipeline = stanza.Pipeline(**spec.pipeline_kwargs())
    gold_file = data_dir / "ar_pud.test.gold.conllu"

    raw = (data_dir / "tokenize" / "ar_pud.test.txt").read_text(encoding="utf-8")
    # conllu_to_text wraps lines at 80 characters inside a paragraph; blank lines separate them.
    paragraphs = [" ".join(p.split()) for p in raw.split("\n\n") if p.strip()]
    doc = pipeline("\n\n".join(paragraphs))
    pred_file = eval_dir / "test.e2e.conllu"
    pred_file.write_text(_conllu_text(doc), encoding="utf-8")
    scores = ud_scores(str(gold_file), str(pred_file))
    e2e = {name: round(100 * scores[metric].f1, 2) for name, metric in
           [("tokens", "Tokens"), ("sentences", "Sentences"), ("words", "Words"), ("upos", "UPOS"),
            ("lemmas", "Lemmas"), ("uas", "UAS"), ("las", "LAS")]}

    gold = [rows for _, rows in _conllu_sentences(gold_file)]
    relations_e2e = relation_accuracy(gold, _doc_rows(doc))

    pretok = stanza.Pipeline(**spec.pipeline_kwargs(), tokenize_pretokenized=True)
    gold_doc = pretok([[f for f, _, _ in s] for s in gold])
    gold_tok_file = eval_dir / "test.goldtok.conllu"
    gold_tok_file.write_text(_conllu_text(gold_doc), encoding="utf-8")
    scores_gt = ud_scores(str(gold_file), str(gold_tok_file))
    gold_tokens = {name: round(100 * scores_gt[metric].f1, 2) for name, metric in
                   [("upos", "UPOS"), ("lemmas", "Lemmas"), ("uas", "UAS"), ("las", "LAS")]}
    relations_gt = relation_accuracy(gold, _doc_rows(gold_doc))

    newswire = newswire_check(pipeline, ROOT / "fixtures" / "newswire_reporting.tsv")
    initial_words = initial_words_check(pipeline, ROOT / "fixtures" / "newswire_initial_words.tsv")
    # the same checks the way iraqclaims parses: conjunction clitics repaired between tokenizer and tagger
    from iraqclaims.parse.pipeline import _tokenize_repaired

    def repaired(text):
        return pipeline.process(_tokenize_repaired(pipeline, text),
                                processors=[p for p, _ in spec.processors if p != "tokenize"])

    newswire["with_repair"] = {k: v for k, v in newswire_check(repaired, ROOT / "fixtures" / "newswire_reporting.tsv").items()
                               if k != "failures"}
    initial_words["with_repair"] = initial_words_check(repaired, ROOT / "fixtures" / "newswire_initial_words.tsv")["first_word_kept"]
    result = {"end_to_end": e2e, "gold_tokens": gold_tokens, "relations_end_to_end": relations_e2e,
              "relations_gold_tokens": relations_gt, "newswire": newswire, "initial_words": initial_words,
              "test_sentences": len(gold), "test_words": sum(len(s) for s in gold)}
    (eval_dir / "scores.json").write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--models", type=Path, default=ROOT / "iraqclaims" / "models" / "ar_pud")
    ap.add_argument("--data", type=Path, default=ROOT / "build" / "train" / "data",
                    help="the data folder written by train_models.py (holds the fixed test split)")
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "eval")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    print(json.dumps(evaluate(args.models, args.data, args.out), indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
