"""How the conflict rules do: SaudiNewsNet claim pairs (dev and test), the fixtures, ANS stance.

    python benchmarks/conflicts_quality.py [--no-ans]

A gold pair (tests/data/saudinewsnet/pairs.tsv) is predicted a contradiction when the rules flag
its two claims. Each claim is built from the gold spans: the content span is the content (with
the parser's lemmas of it, as a corpus claim has them; ``--no-parse`` leaves them out), the
speaker span the speaker, and the words between speaker and content (or just before the
content) the cue. When the speaker stands right before the content, up to twelve words of its
sentence before it join the cue: the verb of a verb-first sentence, so a denial's verb ("نفى")
counts as it does in a corpus. The date is the pair's. Only dev errors are listed; the test
split is scored, never read for tuning.
"""
from __future__ import annotations

import argparse
import dataclasses
import random
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import _snn  # noqa: E402
from iraqclaims import Corpus  # noqa: E402
from iraqclaims.rules import RuleContext  # noqa: E402
from iraqclaims.rules.registry import corpus_rules  # noqa: E402
from iraqclaims.rules.engine import judge  # noqa: E402
from iraqclaims.rules.join_keys import BLOCK_FAMILY  # noqa: E402
from iraqclaims.rules.same_event import same_theme  # noqa: E402
from iraqclaims.testing import claim_from_text  # noqa: E402

PAIRS = ROOT / "tests" / "data" / "saudinewsnet" / "pairs.tsv"
CUE_REACH = 40   # characters before the content taken as its cue when the speaker is not right before it
STORY_BACKGROUND, STORY_SEED = 3000, 3000   # other articles around the pairs, for the story guard
VERB_WORDS = 12  # words before the speaker, within its sentence, taken into the cue: the verb and titles of
                 # "نفى الناطق الرسمي ... ومستشار وزير الدفاع العميد أحمد عسيري" (the gold speaker is the name)
SENTENCE_END = re.compile(r"[.!؟?\n]\s")   # sentence ends counted before a claim when no parse says which sentence


def load_pairs() -> list[dict]:
    lines = [l for l in PAIRS.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:]]


def gold_claim(pair: dict, side: str, pid: str, parsed: dict | None = None):
    text = _snn.article_text(_snn.record(pair[f"url_{side}"]))
    s0, s1 = int(pair[f"speaker_{side}_start"]), int(pair[f"speaker_{side}_end"])
    c0, c1 = int(pair[f"content_{side}_start"]), int(pair[f"content_{side}_end"])
    if 0 <= c0 - s1 <= CUE_REACH:
        # verb-first sentences put the reporting verb before the speaker, where a corpus claim's cue has it
        clause = re.split(r"[.:؛!?\n«»\"“”]", text[max(0, s0 - 150):s0])[-1].split()
        cue = " ".join(clause[-VERB_WORDS:]) + " " + text[s1:c0]
    else:
        cue = text[max(0, c0 - CUE_REACH):c0]
    claim = claim_from_text(text[c0:c1], speaker=text[s0:s1], date=pair[f"date_{side}"], id=f"{pid}{side}")
    # speakers are compared by name: the gold gives a mention, so one name is one speaker
    # which sentence, as a corpus claim knows it: rules set two sources in one sentence side by side
    sentence = parsed[pair[f"url_{side}"]].sentence_at(c0) if parsed else None
    index = sentence.index if sentence is not None else len(SENTENCE_END.findall(text, 0, c0))
    return dataclasses.replace(claim, cue_text=cue.strip(), speaker_id=text[s0:s1].strip(),
                               article_id=pair[f"url_{side}"], content_span=(c0, c1), sentence_index=index)


def parses(pairs: list[dict]) -> dict:
    """Each pair article's parse (through the parse cache), so gold claims carry the lemmas a
    corpus claim does."""
    from iraqclaims import article_from_text
    from iraqclaims.parse import parse_articles

    urls = sorted({p[f"url_{side}"] for p in pairs for side in "ab"})
    articles = [article_from_text(_snn.article_text(_snn.record(u)), id=u) for u in urls]
    return dict(zip(urls, parse_articles(articles, progress=False)))


def content_lemmas(claim, parsed) -> tuple[str, ...]:
    """The parser's lemmas of a gold claim's content."""
    c0, c1 = claim.content_span
    return tuple(w.lemma for s in parsed.sentences for w in s.words if w.lemma and c0 <= w.start and w.end <= c1)


LOST_AT = ("no frame", "different event classes", "same class, not the same thing", "same event, no rule")


def lost_at(ctx: RuleContext, a, b) -> str:
    """Where a contradiction no rule flags is lost: a claim with no asserting frame (the events
    lexicon lists none of its predicates), frames of different classes ("killed" against
    "attack"), one class but no shared thing (same_event.same_theme), or the same event and no
    rule telling the values apart."""
    fa, fb = [f for f in ctx.frames(a) if f.asserts], [f for f in ctx.frames(b) if f.asserts]
    if not fa or not fb:
        return LOST_AT[0]
    # classes one rule compares count as one ("besiege" with "control", "stay" with "withdraw")
    compared = {x: BLOCK_FAMILY.get(x.event, x.family) for x in fa + fb}
    if not {compared[f] for f in fa} & {compared[f] for f in fb}:
        return LOST_AT[1]
    if not any(compared[x] == compared[y] and same_theme(ctx, a, b, x, y) for x in fa for y in fb):
        return LOST_AT[2]
    return LOST_AT[3]


def score_pairs(pairs: list[dict], split: str, verbose: bool, parsed: dict | None) -> tuple[float, float]:
    rules = corpus_rules()   # what a corpus run flags
    tp = fp = fn = tn = 0
    lost = dict.fromkeys(LOST_AT, 0)
    for pair in (p for p in pairs if p["split"] == split):
        a, b = gold_claim(pair, "a", pair["pair_id"], parsed), gold_claim(pair, "b", pair["pair_id"], parsed)
        ctx = RuleContext(lemmas={c.id: content_lemmas(c, parsed[c.article_id]) for c in (a, b)} if parsed else {})
        found = judge(a, b, ctx, rules)
        gold = pair["label"] == "contradiction"
        if gold and not found:
            lost[lost_at(ctx, a, b)] += 1
        tp, fp, fn, tn = tp + (gold and bool(found)), fp + (not gold and bool(found)), \
            fn + (gold and not found), tn + (not gold and not found)
        if verbose and split == "dev" and gold != bool(found):
            print(f"  {'missed' if gold else 'false alarm'} {pair['pair_id']} ({pair['kind']}: {pair['note']})"
                  + (f": {found.rule}: {found.explanation}" if found else ""))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    print(f"pairs {split}: precision {p:.2f} ({tp}/{tp + fp}), recall {r:.2f} ({tp}/{tp + fn}), "
          f"{tp + fp + fn + tn} pairs")
    print("  missed contradictions lost at: " + ", ".join(f"{k} {v}" for k, v in lost.items()))
    return p, r


def story_guard(pairs: list[dict]) -> None:
    """How many gold pairs a corpus run would still compare across articles: the pair articles
    among :data:`STORY_BACKGROUND` other SaudiNewsNet articles, through rules/stories.py. The pair
    scores above judge the two claims directly; a corpus run only judges what the guard keeps."""
    from iraqclaims.rules.stories import same_story, story_words

    rng = random.Random(STORY_SEED)
    texts = {r["url"]: _snn.article_text(r) for r in rng.sample(_snn.all_records(), STORY_BACKGROUND)}
    texts.update({p[f"url_{side}"]: _snn.article_text(_snn.record(p[f"url_{side}"])) for p in pairs for side in "ab"})
    stories = story_words(texts)
    for split in ("dev", "test"):
        kept = [p for p in pairs if p["split"] == split and same_story(p["url_a"], p["url_b"], stories)]
        n = sum(p["split"] == split for p in pairs)
        contradictions = sum(p["split"] == split and p["label"] == "contradiction" for p in pairs)
        print(f"story guard {split}: keeps {len(kept)}/{n} pairs, "
              f"{sum(p['label'] == 'contradiction' for p in kept)}/{contradictions} contradictions "
              f"(among {STORY_BACKGROUND:,} other articles)")


def fixtures() -> None:
    corpus = Corpus.from_paths([ROOT / "fixtures"], progress=False)
    print(f"fixtures: {len(corpus.conflicts)} conflicts")
    for k in corpus.conflicts:
        a, b = corpus.claim(k.claim_a), corpus.claim(k.claim_b)
        print(f"  {k.kind:<9} {a.speaker_text[:30]} ↔ {b.speaker_text[:30]}: {k.explanation}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--no-ans", action="store_true", help="skip the ANS stance benchmark (about a minute)")
    ap.add_argument("-q", "--quiet", action="store_true", help="no list of dev errors")
    ap.add_argument("--no-parse", action="store_true", help="gold claims as bare text, without the parser's lemmas")
    args = ap.parse_args()
    if not _snn.available():
        print(f"{_snn.SNN_DIR} not found", file=sys.stderr)
        return 2
    pairs = load_pairs()
    parsed = None if args.no_parse else parses(pairs)
    for split in ("dev", "test"):
        score_pairs(pairs, split, verbose=not args.quiet, parsed=parsed)
    story_guard(pairs)
    fixtures()
    if not args.no_ans:
        done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "ans_stance.py")], capture_output=True, text=True)
        print(next((l for l in done.stdout.splitlines() if l.startswith("macro F1")), done.stdout + done.stderr))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
