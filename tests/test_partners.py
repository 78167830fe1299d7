"""Each claim's closest partners (issue 11): where claims have more candidates than
max_partners, a pair is kept only when each such claim ranks it among its most similar, so the
pairs per claim stay flat as coverage grows; small corpora are untouched."""
import pytest

from iraqclaims import Corpus
from iraqclaims.cli import build_parser
from iraqclaims.rules import RuleContext, find_conflicts
from iraqclaims.rules.partners import MAX_PARTNERS, prune_partners, similarity, document_frequencies
from iraqclaims.testing import claim_from_text

# two raids in two places, each asserted by one speaker and denied by another: every assertion
# is a candidate of every denial, but a denial of the Raqqa raid says nothing of Jarablus
RAIDS = ["قصف الطيران مواقع المسلحين في جرابلس ومنبج", "قصف الطيران مواقع في الرقة",
         "لم يقصف الطيران مواقع المسلحين في جرابلس ومنبج", "لم يقصف الطيران مواقع في الرقة"]


def _claims(texts=RAIDS):
    return [claim_from_text(t, speaker=f"s{i}", id=f"c{i}") for i, t in enumerate(texts)]


def test_each_claim_keeps_its_closest_candidates():
    claims = _claims()
    every = find_conflicts(claims, {}, ctx=RuleContext(), max_partners=None)
    closest = find_conflicts(claims, {}, ctx=RuleContext(), max_partners=1)
    # without a limit the Jarablus raid is set against the Raqqa denial too
    assert {k.claims for k in every} >= {("c0", "c3"), ("c1", "c2")}
    assert {k.claims for k in closest} == {("c0", "c2"), ("c1", "c3")}
    assert closest.examined < every.examined


def test_similarity_counts_the_rare_shared_words():
    claims = _claims()
    ctx = RuleContext()
    idf = document_frequencies(ctx, claims)
    same_place = similarity(ctx, claims[0], claims[2], idf)
    other_place = similarity(ctx, claims[0], claims[3], idf)
    # "الطيران" and "مواقع" are in every claim: they tell no pair apart
    assert same_place > other_place == 0


def test_a_pair_stays_only_when_each_claim_that_chooses_chose_it():
    claims = _claims()
    pairs = {("c0", "c2"): ("t", {("r", False)}), ("c0", "c3"): ("t", {("r", False)}),
             ("c1", "c2"): ("t", {("r", False)})}
    by_id = {c.id: c for c in claims}
    # c0 and c2 have two candidates each: with a limit of 2 nothing is crowded
    assert prune_partners(pairs, by_id, RuleContext(), 2, {"r"}) == pairs
    # with 1, c0 and c2 must choose, and each chooses the other (the same place): c3 has only
    # c0 but c0 did not choose it, and c2 did not choose c1
    assert set(prune_partners(pairs, by_id, RuleContext(), 1, {"r"})) == {("c0", "c2")}


def test_undeclared_rules_keep_every_pair():
    claims = _claims()
    pairs = {(a, b): ("t", {("mine", False), ("r", False)}) for a in ("c0", "c1") for b in ("c2", "c3")}
    by_id = {c.id: c for c in claims}
    pruned = prune_partners(pairs, by_id, RuleContext(), 1, {"r"})
    assert set(pruned) == set(pairs)
    assert pruned[("c0", "c3")][1] == {("mine", False)}      # the declared rule no longer sees it
    assert pruned[("c0", "c2")][1] == {("mine", False), ("r", False)}


@pytest.mark.parametrize("bad", [0, -2, 1.5, True, "5"])
def test_a_bad_limit_is_refused_with_what_it_takes(bad):
    with pytest.raises(ValueError, match="max_partners must be a whole number"):
        find_conflicts(_claims(), {}, max_partners=bad)
    with pytest.raises(ValueError, match="max_partners"):
        Corpus([], [], max_partners=bad)


def test_the_limit_on_the_command_line():
    parser = build_parser()
    assert parser.parse_args(["report", "fixtures", "-o", "out"]).max_partners == MAX_PARTNERS
    assert parser.parse_args(["report", "fixtures", "-o", "out", "--max-partners", "0"]).max_partners == 0
    with pytest.raises(SystemExit):
        parser.parse_args(["report", "fixtures", "-o", "out", "--max-partners", "-1"])
