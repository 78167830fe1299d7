#!/usr/bin/env python3
"""Train the bundled Stanza Arabic models (tokenize, pos, lemma, depparse) from UD Arabic-PUD.

Usage::

    python scripts/train_models.py [--ud ../shared/data/ud/ar_pud-ud-test.conllu]
                                   [--work build/train] [--out iraqclaims/models/ar_pud]
                                   [--jobs 2] [--quick]

Every stage writes its output into ``--work`` and is skipped when that output already exists,
so an interrupted run resumes where it stopped (delete ``--work`` to start over).

Split (fixed, by sentence index i in file order, 0..999):
  test = i % 10 == 9 (100 sentences), dev = i % 20 == 4 (50), train = the rest (850).

Domain adaptation (train split only, dev/test stay untouched so scores stay comparable):
  * Arabic punctuation: in every second sentence that has one, ',' ';' '?' become '،' '؛' '؟'
    (PUD is translated text with Latin punctuation; Arabic newswire uses the Arabic forms).
  * Clitic conjunctions: every sentence that starts with a verb is added a second time with
    'و' (every fifth: 'ف') attached, annotated the way the treebank marks clitics
    (separate CCONJ token, SpaceAfter=No, deprel cc). Newswire reporting verbs are mostly 'وقال',
    'وأكد', which plain PUD almost never shows the tokenizer.
  * Words that begin with و/ف as part of the word (وزير، واشنطن، في): the conjunction copies
    taught the tokenizer to split any sentence-initial و/ف, so "وزير الخارجية" came out as
    و + زير. The tokenizer (only) also trains on copies of sentences cut to start at such a word,
    half as a paragraph of their own and half after their source sentence.
  * Documents are kept as paragraphs for the tokenizer, so it learns sentence breaks inside text.

The parser is trained on jackknifed predicted tags (2 folds), as Stanza's own recipe retags its
training data, so at parse time it sees the kind of tags the tagger really produces.
"""
from __future__ import annotations

import argparse
import concurrent.futures as cf
import json
import logging
import math
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

LOG = logging.getLogger("train_models")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_UD = ROOT.parent / "shared" / "data" / "ud" / "ar_pud-ud-test.conllu"

ARABIC_PUNCT = str.maketrans({",": "،", ";": "؛", "?": "؟"})

# glibc malloc tuning: without it PyTorch-on-CPU training spends ~40% of its time in mmap/munmap.
TRAIN_ENV = {
    "MALLOC_MMAP_THRESHOLD_": "33554432",
    "MALLOC_TRIM_THRESHOLD_": "8589934592",
    "MALLOC_TOP_PAD_": "1073741824",
    "PYTHONWARNINGS": "ignore",
}

FULL = {
    "tokenizer_steps": 4000,
    "lemma_epochs": 30,
    "tagger_steps": 2500,
    "fold_tagger_steps": 600,
    "parser_steps": 1500,
}
QUICK = {  # smoke-test sizes: minutes, not an hour; the models are poor
    "tokenizer_steps": 60,
    "lemma_epochs": 1,
    "tagger_steps": 30,
    "fold_tagger_steps": 20,
    "parser_steps": 20,
}

# Smaller than Stanza's defaults (hidden 400 / biaffine 400 / char 400 => a 98 MB parser) so the
# whole bundle stays under 50 MB; the accuracy cost is reported in the model card.
PARSER_DIMS = (200, 150, 150)   # hidden, char hidden, deep biaffine hidden; Stanza's 400/400/400 is 98 MB


def parser_dim_flags(dims) -> list[str]:
    hidden, char, biaff = dims
    return ["--hidden_dim", str(hidden), "--char_hidden_dim", str(char), "--deep_biaff_hidden_dim", str(biaff)]
TAGGER_DIMS = ["--char_hidden_dim", "200"]


# --------------------------------------------------------------------------------------------
# CoNLL-U handling (minimal, lossless: sentences are kept as raw lines)
# --------------------------------------------------------------------------------------------

@dataclass
class Sentence:
    doc_id: str
    comments: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        for line in self.comments:
            if line.startswith("# text = "):
                return line[len("# text = "):]
        raise ValueError("sentence without '# text'")

    def with_text(self, text: str) -> list[str]:
        return [("# text = " + text) if c.startswith("# text = ") else c for c in self.comments]


def read_conllu(path: Path) -> list[Sentence]:
    sentences: list[Sentence] = []
    doc_id = ""
    current: Sentence | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc"):
            doc_id = line.split("=", 1)[-1].strip()
            continue
        if not line.strip():
            if current is not None and current.rows:
                sentences.append(current)
            current = None
            continue
        if current is None:
            current = Sentence(doc_id)
        if line.startswith("#"):
            if not line.startswith("# original_text") and not line.startswith("# text_en"):
                current.comments.append(line)
        else:
            current.rows.append(line.split("\t"))
    if current is not None and current.rows:
        sentences.append(current)
    return sentences


def write_conllu(path: Path, sentences: list[Sentence], *, keep_docs: bool) -> None:
    """Write sentences; with keep_docs a '# newdoc' marks each change of document (a paragraph
    break for the tokenizer)."""
    out: list[str] = []
    previous_doc = None
    for sentence in sentences:
        if keep_docs and sentence.doc_id != previous_doc:
            out.append(f"# newdoc id = {sentence.doc_id}")
            previous_doc = sentence.doc_id
        out.extend(sentence.comments)
        out.extend("\t".join(row) for row in sentence.rows)
        out.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def split_pud(sentences: list[Sentence]) -> dict[str, list[Sentence]]:
    if len(sentences) != 1000:
        raise SystemExit(f"expected the 1000 sentences of UD Arabic-PUD, found {len(sentences)}")
    split: dict[str, list[Sentence]] = {"train": [], "dev": [], "test": []}
    for i, sentence in enumerate(sentences):
        if i % 10 == 9:
            split["test"].append(sentence)
        elif i % 20 == 4:
            split["dev"].append(sentence)
        else:
            split["train"].append(sentence)
    return split


def _arabic_punctuation(sentence: Sentence) -> Sentence:
    rows = []
    for row in sentence.rows:
        row = list(row)
        if row[1] in {",", ";", "?"}:
            row[1] = row[1].translate(ARABIC_PUNCT)
            row[2] = row[2].translate(ARABIC_PUNCT)
        rows.append(row)
    return Sentence(sentence.doc_id, sentence.with_text(sentence.text.translate(ARABIC_PUNCT)), rows)


def _attach_conjunction(sentence: Sentence, clitic: str, doc_suffix: str) -> Sentence:
    """Prepend a conjunction clitic (و/ف) to a verb-initial sentence, annotated as PUD does."""
    rows = []
    for row in sentence.rows:
        row = list(row)
        row[0] = str(int(row[0]) + 1)
        if row[6] not in ("_", "0"):
            row[6] = str(int(row[6]) + 1)
        rows.append(row)
    lemma = "وَ" if clitic == "و" else "فَ"
    rows.insert(0, ["1", clitic, lemma, "CCONJ", "CC", "_", "2", "cc", "_", "SpaceAfter=No"])
    comments = []
    for c in sentence.with_text(clitic + sentence.text):
        if c.startswith("# sent_id = "):
            c = c + doc_suffix
        comments.append(c)
    return Sentence(sentence.doc_id + doc_suffix, comments, rows)


def _joined_text(rows: list[list[str]]) -> str:
    return "".join(row[1] + ("" if "SpaceAfter=No" in row[9] else " ") for row in rows).strip()


_COMMON_F_WORDS = ("في", "فيما", "فقط")   # frequent enough to be learnt without help


def _stem_initial_fragments(sentence: Sentence, doc_id: str, allow_common: bool) -> list[Sentence]:
    """The sentence cut to start at words that begin with و/ف as part of the word: up to two
    rarer ones (وزير، وكالة), else في now and then."""
    rows = sentence.rows
    candidates = [k for k in range(1, len(rows) - 4)
                  if rows[k][1][:1] in ("و", "ف") and len(rows[k][1]) > 1
                  and rows[k][3] not in ("CCONJ", "PUNCT") and "SpaceAfter=No" not in rows[k - 1][9]]
    rare = [k for k in candidates if rows[k][1] not in _COMMON_F_WORDS]
    picked = rare[:2] if rare else (candidates[:1] if allow_common else [])
    fragments = []
    for start in picked:
        cut = []
        for n, row in enumerate(rows[start:], start=1):
            row = list(row)
            row[0] = str(n)
            # heads do not matter to the tokenizer; keep the tree valid
            row[6], row[7] = ("0", "root") if n == 1 else ("1", "dep")
            cut.append(row)
        fragments.append(Sentence(doc_id, [f"# sent_id = {doc_id}-{start}", f"# text = {_joined_text(cut)}"], cut))
    return fragments


def tokenizer_train(train: list[Sentence]) -> list[Sentence]:
    """The train set plus the stem-initial fragments, for the tokenizer only (a fragment is not a
    sentence the tagger or parser should learn from)."""
    out: list[Sentence] = []
    made = seen = 0
    for sentence in train:
        out.append(sentence)
        if sentence.doc_id.endswith("-conj"):
            continue
        own_paragraph = made % 2 == 1
        fragments = _stem_initial_fragments(sentence, sentence.doc_id + ("-frag" if own_paragraph else ""),
                                            allow_common=seen % 3 == 0)
        seen += 1
        made += len(fragments)
        out.extend(fragments)
    LOG.info("tokenizer data: %d fragments that start with a word beginning with و/ف", made)
    return out


def augment(train: list[Sentence]) -> list[Sentence]:
    augmented: list[Sentence] = []
    punct_seen = 0
    for sentence in train:
        if any(row[1] in {",", ";", "?"} for row in sentence.rows):
            punct_seen += 1
            if punct_seen % 2 == 0:
                sentence = _arabic_punctuation(sentence)
        augmented.append(sentence)
    verb_initial = [s for s in augmented if s.rows[0][3] in {"VERB", "AUX"}]
    for n, sentence in enumerate(verb_initial):
        clitic = "ف" if n % 5 == 4 else "و"
        augmented.append(_attach_conjunction(sentence, clitic, "-conj"))
    LOG.info("augmentation: %d sentences with Arabic punctuation, %d conjunction copies",
             punct_seen // 2, len(verb_initial))
    return augmented


# --------------------------------------------------------------------------------------------
# Running Stanza's trainers
# --------------------------------------------------------------------------------------------

class Runner:
    def __init__(self, work: Path, threads_per_job: int):
        self.work = work
        self.logs = work / "logs"
        self.logs.mkdir(parents=True, exist_ok=True)
        self.env = dict(os.environ, **TRAIN_ENV, OMP_NUM_THREADS=str(threads_per_job),
                        MKL_NUM_THREADS=str(threads_per_job))
        self.timings: dict[str, float] = {}
        self._lock = threading.Lock()

    def run(self, name: str, module: str, args: list[str], output: Path) -> Path:
        timings_file = self.work / "timings.json"
        done = json.loads(timings_file.read_text()) if timings_file.exists() else {}
        # a model file alone proves nothing: Stanza saves the best model so far during training
        if output.exists() and name in done:
            LOG.info("%s: finished in an earlier run, skipped", name)
            return output
        LOG.info("%s: training (log: %s)", name, self.logs / f"{name}.log")
        start = time.time()
        with open(self.logs / f"{name}.log", "w", encoding="utf-8") as log:
            proc = subprocess.run([sys.executable, "-m", module, *args], cwd=self.work, env=self.env,
                                  stdout=log, stderr=subprocess.STDOUT)
        if proc.returncode != 0 or not output.exists():
            raise SystemExit(f"{name} failed (exit {proc.returncode}); see {self.logs / name}.log")
        elapsed = time.time() - start
        with self._lock:
            self.timings[name] = elapsed
            timings_file = self.work / "timings.json"
            old = json.loads(timings_file.read_text()) if timings_file.exists() else {}
            old[name] = elapsed
            timings_file.write_text(json.dumps(old, indent=1))
        LOG.info("%s: done in %.1f min", name, elapsed / 60)
        return output


def prepare(ud: Path, work: Path) -> dict:
    data = work / "data"
    marker = data / "prepared.json"
    if marker.exists():
        return json.loads(marker.read_text())
    split = split_pud(read_conllu(ud))
    split["train"] = augment(split["train"])
    for name, sentences in split.items():
        write_conllu(data / f"ar_pud.{name}.gold.conllu", sentences, keep_docs=True)
    # the two jackknife halves (by alternating sentence) for retagging the parser's train set
    train = split["train"]
    write_conllu(data / "ar_pud.fold0.conllu", train[0::2], keep_docs=False)
    write_conllu(data / "ar_pud.fold1.conllu", train[1::2], keep_docs=False)

    write_conllu(data / "ar_pud.train.tokenize.conllu", tokenizer_train(train), keep_docs=True)

    tok = data / "tokenize"
    quiet = dict(os.environ, PYTHONWARNINGS="ignore")
    tok.mkdir(parents=True, exist_ok=True)
    for name in ("train", "dev", "test"):
        conllu = data / (f"ar_pud.{name}.gold.conllu" if name != "train" else "ar_pud.train.tokenize.conllu")
        subprocess.run([sys.executable, "-m", "stanza.utils.datasets.conllu_to_text", str(conllu),
                        str(tok / f"ar_pud.{name}.txt")], check=True, env=quiet)
        subprocess.run([sys.executable, "-m", "stanza.utils.datasets.prepare_tokenizer_data",
                        str(tok / f"ar_pud.{name}.txt"), str(conllu),
                        "-o", str(tok / f"ar_pud-ud-{name}.toklabels"),
                        "-m", str(tok / f"ar_pud-ud-{name}-mwt.json")], check=True, env=quiet)
    from stanza.utils.avg_sent_len import avg_sent_len
    max_seqlen = math.ceil(avg_sent_len(str(tok / "ar_pud-ud-train.toklabels")) * 3 / 100) * 100
    info = {"counts": {k: len(v) for k, v in split.items()}, "max_seqlen": max_seqlen,
            "tokens": {k: sum(len(s.rows) for s in v) for k, v in split.items()}}
    marker.write_text(json.dumps(info, indent=1))
    return info


def merge_folds(work: Path, out: Path) -> Path:
    """Interleave the two retagged halves back into the original train order."""
    if out.exists():
        return out
    halves = [read_conllu(work / f"data/ar_pud.fold{k}.retagged.conllu") for k in (0, 1)]
    merged: list[Sentence] = []
    for i in range(max(len(h) for h in halves)):
        for half in halves:
            if i < len(half):
                merged.append(half[i])
    write_conllu(out, merged, keep_docs=False)
    return out


def train_all(ud: Path, work: Path, steps: dict, jobs: int, parser_dims=PARSER_DIMS) -> dict:
    info = prepare(ud, work)
    runner = Runner(work, threads_per_job=max(1, (os.cpu_count() or 2) // jobs))
    d = "data"
    t = "data/tokenize"
    common = ["--lang", "ar", "--shorthand", "ar_pud", "--save_dir", "models"]

    def tagger(name: str, train: str, nsteps: int, save: str):
        return runner.run(name, "stanza.models.tagger", [
            "--mode", "train", *common, "--no_pretrain", *TAGGER_DIMS, "--train_file", train,
            "--eval_file", f"{d}/ar_pud.dev.gold.conllu", "--batch_size", "32",
            "--max_steps", str(nsteps), "--eval_interval", str(min(50, nsteps // 2)), "--fix_eval_interval",
            "--max_steps_before_stop", "500", "--log_step", "50", "--save_name", save],
            work / "models" / save)

    def retag(name: str, model: str, eval_file: str, output: str):
        return runner.run(name, "stanza.models.tagger", [
            "--mode", "predict", *common, "--no_pretrain", "--eval_file", eval_file,
            "--output_file", output, "--save_name", model], work / output)

    def fold(k: int):
        tagger(f"tagger_fold{k}", f"{d}/ar_pud.fold{k}.conllu", steps["fold_tagger_steps"],
               f"ar_pud_tagger_fold{k}.pt")
        retag(f"retag_fold{1 - k}", f"ar_pud_tagger_fold{k}.pt", f"{d}/ar_pud.fold{1 - k}.conllu",
              f"{d}/ar_pud.fold{1 - k}.retagged.conllu")

    def full_tagger():
        tagger("tagger", f"{d}/ar_pud.train.gold.conllu", steps["tagger_steps"], "ar_pud_tagger.pt")
        retag("retag_dev", "ar_pud_tagger.pt", f"{d}/ar_pud.dev.gold.conllu",
              f"{d}/ar_pud.dev.retagged.conllu")

    def tokenizer():
        runner.run("tokenizer", "stanza.models.tokenizer", [
            "--mode", "train", *common,
            "--txt_file", f"{t}/ar_pud.train.txt", "--label_file", f"{t}/ar_pud-ud-train.toklabels",
            "--dev_txt_file", f"{t}/ar_pud.dev.txt", "--dev_label_file", f"{t}/ar_pud-ud-dev.toklabels",
            "--dev_conll_gold", f"{d}/ar_pud.dev.gold.conllu",
            "--mwt_json_file", f"{t}/ar_pud-ud-dev-mwt.json", "--max_seqlen", str(info["max_seqlen"]),
            "--steps", str(steps["tokenizer_steps"]),
            "--eval_steps", str(min(200, steps["tokenizer_steps"] // 2)), "--report_steps", "100",
            "--save_name", "ar_pud_tokenizer.pt"], work / "models" / "ar_pud_tokenizer.pt")

    def lemmatizer():
        runner.run("lemmatizer", "stanza.models.lemmatizer", [
            "--mode", "train", "--shorthand", "ar_pud", "--save_dir", "models",
            "--train_file", f"{d}/ar_pud.train.gold.conllu", "--eval_file", f"{d}/ar_pud.dev.gold.conllu",
            "--num_epoch", str(steps["lemma_epochs"]), "--log_step", "100",
            "--save_name", "ar_pud_lemmatizer.pt"], work / "models" / "ar_pud_lemmatizer.pt")

    def parser():
        merge_folds(work, work / d / "ar_pud.train.retagged.conllu")
        runner.run("parser", "stanza.models.parser", [
            "--mode", "train", *common, "--no_pretrain", *parser_dim_flags(parser_dims),
            "--train_file", f"{d}/ar_pud.train.retagged.conllu",
            "--eval_file", f"{d}/ar_pud.dev.retagged.conllu",
            "--batch_size", "1000", "--max_steps", str(steps["parser_steps"]),
            "--eval_interval", str(min(100, steps["parser_steps"] // 2)), "--log_step", "50",
            "--no_checkpoint",
            "--save_name", "ar_pud_parser.pt"], work / "models" / "ar_pud_parser.pt")

    # Critical path first: the fold taggers and the full tagger feed the parser.
    with cf.ThreadPoolExecutor(max_workers=jobs) as pool:
        f0 = pool.submit(fold, 0)
        f1 = pool.submit(fold, 1)
        ft = pool.submit(full_tagger)
        fk = pool.submit(tokenizer)
        for f in (f0, f1, ft):
            f.result()
        fp = pool.submit(parser)
        fl = pool.submit(lemmatizer)
        for f in (fk, fp, fl):
            f.result()
    timings = json.loads((work / "timings.json").read_text()) if (work / "timings.json").exists() else {}
    return {"prepared": info, "timings": timings}


def install(work: Path, out: Path, ud: Path) -> dict[str, float]:
    out.mkdir(parents=True, exist_ok=True)
    # Stanza's Pipeline wants a resources.json in its dir; an empty one makes it load exactly
    # the model paths it is given and look nothing up.
    (out / "resources.json").write_text("{}\n", encoding="utf-8")
    licence = ud.parent / "LICENSE.txt"
    if licence.is_file():
        shutil.copyfile(licence, out / "LICENSE-UD-Arabic-PUD.txt")
    sizes = {}
    for component in ("tokenizer", "tagger", "lemmatizer", "parser"):
        src = work / "models" / f"ar_pud_{component}.pt"
        dst = out / f"{component}.pt"
        tmp = dst.with_suffix(".pt.tmp")
        shutil.copyfile(src, tmp)
        os.replace(tmp, dst)
        sizes[component] = round(dst.stat().st_size / 1e6, 2)
    return sizes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ud", type=Path, default=DEFAULT_UD, help="UD Arabic-PUD .conllu file")
    ap.add_argument("--work", type=Path, default=ROOT / "build" / "train", help="scratch directory")
    ap.add_argument("--out", type=Path, default=ROOT / "iraqclaims" / "models" / "ar_pud")
    ap.add_argument("--jobs", type=int, default=2, help="trainers run side by side")
    ap.add_argument("--quick", action="store_true", help="tiny step counts, for testing the script")
    ap.add_argument("--skip-eval", action="store_true")
    ap.add_argument("--steps", action="append", default=[], metavar="NAME=N",
                    help=f"override a step count, e.g. --steps parser_steps=2500 (names: {', '.join(FULL)})")
    ap.add_argument("--parser-dims", default=",".join(map(str, PARSER_DIMS)), metavar="H,C,B",
                    help="parser hidden, char hidden and deep biaffine sizes (default %(default)s; "
                         "400,400,400 is Stanza's default, for measuring what the smaller parser costs)")
    args = ap.parse_args(argv)
    try:
        parser_dims = tuple(int(x) for x in args.parser_dims.split(","))
        if len(parser_dims) != 3 or min(parser_dims) <= 0:
            raise ValueError
    except ValueError:
        ap.error(f"--parser-dims {args.parser_dims}: give three positive sizes, e.g. 200,150,150")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", datefmt="%H:%M:%S")
    if not args.ud.is_file():
        ap.error(f"{args.ud} not found: pass --ud with the path to ar_pud-ud-test.conllu")
    steps = dict(QUICK if args.quick else FULL)
    for item in args.steps:
        name, _, value = item.partition("=")
        if name not in steps or not value.isdigit():
            ap.error(f"--steps {item}: use NAME=N with NAME one of {', '.join(steps)}")
        steps[name] = int(value)
    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    started = time.time()
    trained = train_all(args.ud.resolve(), work, steps, args.jobs, parser_dims)
    sizes = install(work, args.out, args.ud)
    report = {
        "steps": steps, "parser_dims": parser_dim_flags(parser_dims), "tagger_dims": TAGGER_DIMS, "sizes_mb": sizes, **trained,
        "wall_minutes_this_run": round((time.time() - started) / 60, 1),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPU cores, {args.jobs} trainers in parallel",
    }
    if not args.skip_eval:
        from evaluate_models import evaluate  # noqa: E402  (sibling script)
        report["scores"] = evaluate(args.out, work / "data", work / "eval")
    (work / "training_report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    from model_card import write_model_card  # noqa: E402
    write_model_card(args.out, report)
    LOG.info("models and model card written to %s", args.out)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    raise SystemExit(main())
