#!/usr/bin/env python3
"""Train the stance scorer (iraqclaims/rules/stance_model.py) on ANS train, on the CPU.

    python scripts/train_stance.py [--ans ../shared/data/ans] [--out iraqclaims/models/stance]

Hyper-parameters (L2 weight, class weighting) and the rule's settings (the disagreement
probability it fires at, the least content overlap) are chosen by 5-fold cross-validation on ANS
train, scoring what compare() would answer with the other rules first and this scorer as the
last rule. ANS dev is never read here: benchmarks/ans_stance.py scores it. Writes stance.npz
(weights), stance.json (settings and cross-validation figures) and MODEL_CARD.md.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LOG = logging.getLogger("train_stance")
L2 = (1e-5, 1e-4, 1e-3)
CLASS_WEIGHT_POWER = (0.0, 0.5)      # 0: none; 0.5: the square root of inverse class frequency
THRESHOLDS = (0.5, 0.6, 0.7, 0.8)
OVERLAPS = (0.0, 0.1, 0.2)
EPOCHS = 200


MODEL_CARD = """# Stance scorer (iraqclaims/rules/stance_model.py)

- **Task:** how likely two short statements disagree (ANS labels agree / disagree / other).
- **Data:** ANS Arabic News Stance, train split ({train_pairs} pairs; Khouja 2020, Apache-2.0). Dev
  is not used in training: `python benchmarks/ans_stance.py` scores it.
- **Model:** multinomial logistic regression over hashed features of the words one statement has and
  the other lacks (forms, first letters, words replacing each other, shared words, how much is new);
  {epochs} epochs of Adam on the CPU, L2 {l2}, class weights (inverse frequency)^{class_weight_power}.
  Weights stored as float16: {size_kb:.0f} KB.
- **Rule settings** (5-fold cross-validation on train, with the other rules first as in compare()):
  fires at P(disagree) >= {threshold} when the content words overlap by at least {min_overlap}.
  Cross-validated macro F1 {cross_validated_macro_f1}.
- **Trained:** {trained} by `python scripts/train_stance.py`.
- **Limits:** a lexical model of headline edits. It flags some paraphrases that change many word
  forms, and it only judges statements of at most 20 words. Over a corpus's claims it raised false
  alarms (fixtures, SaudiNewsNet pairs), so corpus runs leave it out unless their `rules` name it.
"""


def read_pairs(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r.get("s1") and r.get("s2") and r.get("stance")]
    if not rows:
        raise SystemExit(f"{path}: no rows with s1, s2 and stance")
    return rows


def featurise(rows):
    """Per row: (feature rows, values), the gold class, compare()'s answer without this scorer,
    and the content overlap."""
    from iraqclaims.graph.topics import jaccard
    from iraqclaims.rules import RuleContext, compare, registered_rules
    from iraqclaims.rules.compare import statement
    from iraqclaims.rules.stance_model import CLASSES, feature_indices, pair_features

    others = [r.name for r in registered_rules() if r.name != "stance"]
    out = []
    for row in rows:
        a, b, ctx = statement(row["s1"], "s1"), statement(row["s2"], "s2"), RuleContext()
        overlap = jaccard(ctx.terms(a).content_keys(), ctx.terms(b).content_keys())
        out.append((feature_indices(*pair_features(ctx, a, b)), CLASSES.index(row["stance"]),
                    compare(row["s1"], row["s2"], rules=others).relation, overlap))
    return out


def _tensors(items):
    import torch

    rows, values, offsets = [], [], []
    for (r, v), *_ in items:
        offsets.append(len(rows))
        rows += r
        values += v
    return torch.tensor(rows), torch.tensor(values, dtype=torch.float32), torch.tensor(offsets)


def train(items, l2: float, power: float, n_features: int, epochs: int = EPOCHS):
    import torch

    torch.manual_seed(0)
    labels = torch.tensor([y for _, y, _, _ in items])
    counts = torch.bincount(labels, minlength=3).clamp(min=1).float()
    class_weight = (len(items) / (3 * counts)) ** power
    model = torch.nn.EmbeddingBag(n_features, 3, mode="sum")
    torch.nn.init.zeros_(model.weight)
    optimiser = torch.optim.Adam(model.parameters(), lr=0.05)
    rows, values, offsets = _tensors(items)
    for _ in range(epochs):
        optimiser.zero_grad()
        logits = model(rows, offsets, per_sample_weights=values)
        loss = torch.nn.functional.cross_entropy(logits, labels, weight=class_weight) + l2 * model.weight.pow(2).sum()
        loss.backward()
        optimiser.step()
    return model.weight.detach().numpy().copy()


def predict(weights, items):
    import numpy as np

    out = []
    for (rows, values), *_ in items:
        logits = (weights[rows] * np.asarray(values, dtype="float32")[:, None]).sum(0)
        p = np.exp(logits - logits.max())
        out.append(p / p.sum())
    return out


RELATION_CLASS = {"agrees": 0, "contradicts": 1, "unrelated": 2}


def combined(probs, items, threshold: float, overlap: float) -> list[int]:
    """compare()'s answer with the scorer as the last rule."""
    return [1 if relation == "contradicts" or (p[1] >= threshold and o >= overlap) else RELATION_CLASS[relation]
            for p, (_, _, relation, o) in zip(probs, items)]


def macro_f1(gold: list[int], predicted: list[int]) -> float:
    scores = []
    for c in range(3):
        tp = sum(1 for g, p in zip(gold, predicted) if g == p == c)
        n_pred, n_gold = predicted.count(c), gold.count(c)
        precision, recall = (tp / n_pred if n_pred else 0.0), (tp / n_gold if n_gold else 0.0)
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / 3


def cross_validate(items, n_features: int, folds: int = 5) -> tuple[dict, float]:
    import random

    order = list(range(len(items)))
    random.Random(0).shuffle(order)
    fold_of = {i: k % folds for k, i in enumerate(order)}
    scores: dict[tuple, list[float]] = {}
    for l2 in L2:
        for power in CLASS_WEIGHT_POWER:
            for k in range(folds):
                train_items = [x for i, x in enumerate(items) if fold_of[i] != k]
                held = [x for i, x in enumerate(items) if fold_of[i] == k]
                probs = predict(train(train_items, l2, power, n_features), held)
                gold = [y for _, y, _, _ in held]
                for threshold in THRESHOLDS:
                    for overlap in OVERLAPS:
                        scores.setdefault((l2, power, threshold, overlap), []).append(
                            macro_f1(gold, combined(probs, held, threshold, overlap)))
            LOG.info("cross-validated l2=%g, class weight power %g", l2, power)
    (l2, power, threshold, overlap), best = max(((k, sum(v) / len(v)) for k, v in scores.items()), key=lambda kv: kv[1])
    return {"l2": l2, "class_weight_power": power, "threshold": threshold, "min_overlap": overlap}, best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ans", type=Path, default=ROOT.parent / "shared" / "data" / "ans")
    ap.add_argument("--out", type=Path, default=ROOT / "iraqclaims" / "models" / "stance")
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    path = args.ans / "stance_train.csv"
    if not path.is_file():
        print(f"{path} not found: pass --ans with the folder holding stance_train.csv", file=sys.stderr)
        return 2
    import numpy as np

    from iraqclaims.atomic import atomic_write_bytes, atomic_write_text
    from iraqclaims.rules.stance_model import BUCKETS, DENSE

    items = featurise(read_pairs(path))
    n_features = BUCKETS + DENSE
    settings, cv = cross_validate(items, n_features)
    LOG.info("chosen %s, cross-validated macro F1 %.3f", settings, cv)
    weights = train(items, settings["l2"], settings["class_weight_power"], n_features, args.epochs)
    args.out.mkdir(parents=True, exist_ok=True)
    import io

    buffer = io.BytesIO()
    np.savez_compressed(buffer, weights=weights.astype("float16"))
    atomic_write_bytes(args.out / "stance.npz", buffer.getvalue())
    info = {**settings, "cross_validated_macro_f1": round(cv, 3), "train_pairs": len(items),
            "trained": dt.date.today().isoformat(), "epochs": args.epochs}
    atomic_write_text(args.out / "stance.json", json.dumps(info, indent=2) + "\n")
    atomic_write_text(args.out / "MODEL_CARD.md", MODEL_CARD.format(**info, size_kb=len(buffer.getvalue()) / 1024))
    LOG.info("wrote %s (%.0f KB) and stance.json", args.out / "stance.npz", (args.out / "stance.npz").stat().st_size / 1024)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
