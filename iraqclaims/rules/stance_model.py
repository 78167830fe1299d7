"""A stance scorer trained on ANS (Arabic News Stance, Khouja 2020): how likely two short
statements about one thing disagree, from the words they do not share.

ANS pairs a news headline with a paraphrase (agree) or a corrupted copy (disagree: another
actor, the opposite verb, a negation, another number). What tells them apart is which words one
side has that the other lacks, so the features are those words (their forms and first letters),
the pairs of words that replace each other, the words both share, and how much of each side is
new. The model is a multinomial logistic regression over hashed features, trained by
``scripts/train_stance.py`` on ANS train (weights in ``models/stance/``, numpy only at run time).
Everything here is symmetric in the two statements.
"""
from __future__ import annotations

import json
import zlib
from collections import Counter
from functools import cache
from pathlib import Path

from ..claims import Claim
from ..errors import ModelError
from ..graph.terms import stopwords
from .context import RuleContext

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "stance"
MODEL_FILE = MODEL_DIR / "stance.npz"
SETTINGS_FILE = MODEL_DIR / "stance.json"
BUCKETS = 1 << 15          # hashed sparse features
CLASSES = ("agree", "disagree", "other")
DENSE = 6                  # dense features, after the hashed ones
SUBSTITUTIONS = 3          # words replacing each other are paired when each side has at most this many new


_WEAK = str.maketrans("", "", "اويىهءئؤأإآة")


def skeleton(word: str) -> str:
    """The word without the article and its weak letters: "ارتفاع" gives "رتفع" and "ترتفع"
    "ترتفع", "استئناف" "ستنف" and "تستأنف" "تستنف", "زيارة" and "يزور" "زر"."""
    return word.removeprefix("ال").translate(_WEAK)


def _related(x: str, y: str) -> bool:
    """Two forms of one word: the shorter skeleton is the longer's letter by letter, with at
    most two letters of derivation around it ("رتفع" in "ترتفع", "فتح" in "فتتح"); two-letter
    skeletons must be equal ("زر")."""
    short, long = sorted((skeleton(x), skeleton(y)), key=len)
    if len(short) < 2 or len(long) - len(short) > 2 or (len(short) == 2 and short != long):
        return False
    letters = iter(long)
    return all(ch in letters for ch in short)


def differing(ctx: RuleContext, a: Claim, b: Claim) -> tuple[list[str], list[str], list[str]]:
    """Words of a not in b, words of b not in a (as written, normalised), and words in both;
    two forms of one word ("ارتفاع"، "ترتفع") count as shared."""
    ta, tb = ctx.terms(a).tokens, ctx.terms(b).tokens
    ka, kb = ctx.terms(a).keys(), ctx.terms(b).keys()
    only_a = [t.text for t in ta if not (t.keys & kb)]
    only_b = [t.text for t in tb if not (t.keys & ka)]
    shared = {t.text for t in ta if t.keys & kb}
    related = {(x, y) for x in only_a for y in only_b if _related(x, y)}
    shared |= {x for x, _ in related}
    gone_a, gone_b = {x for x, _ in related}, {y for _, y in related}
    return [w for w in only_a if w not in gone_a], [w for w in only_b if w not in gone_b], sorted(shared)


def pair_features(ctx: RuleContext, a: Claim, b: Claim) -> tuple[Counter, list[float]]:
    """Sparse features (name -> value) and dense ones, the same whichever statement comes first."""
    only_a, only_b, shared = differing(ctx, a, b)
    negation, stop = set(ctx.words("negation")), stopwords()
    sparse: Counter = Counter()
    for word in only_a + only_b:
        sparse["d:" + word] += 1
        sparse["p:" + word[:3]] += 0.5
        sparse["negation differs"] += word in negation
        sparse["number differs"] += word.isdigit()
        sparse["stopword differs"] += word in stop
    if len(only_a) <= SUBSTITUTIONS and len(only_b) <= SUBSTITUTIONS:
        for x in only_a:
            for y in only_b:
                sparse["x:" + "|".join(sorted((x, y)))] += 1
    for word in shared:
        sparse["s:" + word] += 0.3
    na, nb = len(ctx.terms(a).tokens), len(ctx.terms(b).tokens)
    new_a, new_b = len(only_a) / max(na, 1), len(only_b) / max(nb, 1)
    dense = [min(new_a, new_b), max(new_a, new_b), (len(only_a) + len(only_b)) / max(na + nb, 1),
             float(min(len(only_a), len(only_b)) == 0), float(len(only_a) == len(only_b)), 1.0]
    return sparse, dense


def feature_indices(sparse: Counter, dense: list[float]) -> tuple[list[int], list[float]]:
    """The features as (row of the weight matrix, value): hashed sparse ones, then dense ones."""
    rows = [zlib.crc32(name.encode("utf-8")) % BUCKETS for name in sparse]
    values = [float(v) for v in sparse.values()]
    return rows + [BUCKETS + i for i in range(len(dense))], values + [float(v) for v in dense]


def _read(path: Path, read):
    """``read(path)``, or a ModelError that says how to get the file back."""
    try:
        return read(path)
    except FileNotFoundError:
        raise ModelError(f"the stance model is missing ({path}); reinstall iraqclaims, or train it "
                         f"with: python scripts/train_stance.py") from None
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"the stance model at {path} cannot be read ({exc}); retrain it with: "
                         f"python scripts/train_stance.py") from None


@cache
def _weights():
    import numpy as np

    def load(path):
        with np.load(path) as data:
            return data["weights"].astype("float32")

    return _read(MODEL_FILE, load)


@cache
def settings() -> dict:
    """The disagreement probability the rule fires at and the least content overlap, as
    scripts/train_stance.py chose them by cross-validation on ANS train."""
    return _read(SETTINGS_FILE, lambda path: json.loads(path.read_text(encoding="utf-8")))


def probabilities(ctx: RuleContext, a: Claim, b: Claim) -> dict[str, float]:
    """P(agree), P(disagree), P(other) for the two statements."""
    import numpy as np

    weights = _weights()
    rows, values = feature_indices(*pair_features(ctx, a, b))
    logits = (weights[rows] * np.asarray(values, dtype="float32")[:, None]).sum(0)
    logits -= logits.max()
    p = np.exp(logits) / np.exp(logits).sum()
    return dict(zip(CLASSES, (float(x) for x in p)))
