"""Syndicated copies of one claim collapse into one cluster; everything else stays apart.

The sentences are our own: a ministry spokesman's statement carried by several outlets with the
small differences agencies' copies have (diacritics, punctuation, an added closing clause)."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from iraqclaims.claims.model import Claim
from iraqclaims.claims.syndication import ClaimCluster, Source, Syndication, cluster_claims

SPOKESMAN = "المتحدث باسم وزارة الداخلية"
SPOKESMAN_ID = "المتحدث_باسم_وزاره_الداخليه"
# 15 words, 14 word pairs
SEIZURE = "القوات الأمنية ضبطت شحنة كبيرة من المواد المخدرة قرب الحدود مع إيران واعتقلت ثلاثة متهمين"
SEIZURE_MARKED = "القواتُ الأمنيّة ضبطت شحنةً كبيرة من المواد المخدّرة، قرب الحدود مع إيران، واعتقلت ثلاثة متهمين."
SEIZURE_LONGER = SEIZURE + " في عملية نوعية"            # 14 of 17 pairs shared: 0.82
SEIZURE_LONGEST = SEIZURE_LONGER + " بعد رصد دقيق"      # 17 of 20 with LONGER (0.85), 14 of 20 with SEIZURE (0.7)
SEIZURE_ONE_WORD = SEIZURE.replace("كبيرة", "ضخمة")      # 12 of 16 pairs shared: 0.75
INQUIRY = "الوزارة ستفتح تحقيقا في ملابسات الحادث وستحاسب كل من يثبت تقصيره"

OUTLETS = {"ina": "وكالة الأنباء العراقية", "sum": "السومرية", "shafaq": "شفق نيوز", "rudaw": "رووداو",
           "blog": None}
MARCH = dt.date(2021, 3, 1)


def claim(cid: str, article: str, content: str, *, speaker: str = SPOKESMAN, speaker_id: str = SPOKESMAN_ID,
          cue: str = "قال", date: dt.date | None = MARCH, anonymous: bool = False) -> Claim:
    text = f"{cue} {speaker} إن {content}"
    s, k = len(cue) + 1, text.index(content, len(cue) + len(speaker))
    return Claim(id=cid, article_id=article, sentence_index=0, speaker_text=speaker, speaker_id=speaker_id,
                 cue_lemma="قال", cue_text=cue, content=content, kind="indirect", anonymous=anonymous,
                 speaker_span=(s, s + len(speaker)), cue_span=(0, len(cue)), content_span=(k, k + len(content)),
                 sentence_span=(0, len(text)), article_date=date)


def members(cluster: ClaimCluster) -> list[str]:
    return [s.claim_id for s in cluster.members]


def partition(syndication: Syndication) -> set[frozenset[str]]:
    return {frozenset(members(c)) for c in syndication.clusters}


def test_one_statement_in_three_outlets_is_one_cluster():
    claims = [claim("ina-1", "ina", SEIZURE, cue="وقال"),
              claim("sum-4", "sum", SEIZURE_MARKED, date=MARCH),
              claim("shafaq-2", "shafaq", SEIZURE_LONGER, cue="وأضاف", date=dt.date(2021, 3, 2)),
              claim("ina-2", "ina", INQUIRY)]
    result = cluster_claims(claims, OUTLETS)
    seizure = result.of("sum-4")
    assert members(seizure) == ["ina-1", "sum-4", "shafaq-2"]
    assert seizure.id == "cluster:ina-1" and seizure.representative == "ina-1"
    assert seizure.outlets == ("وكالة الأنباء العراقية", "السومرية", "شفق نيوز")
    assert seizure.size == 3
    assert seizure.members[2] == Source("شفق نيوز", "shafaq", "shafaq-2", claims[2].content_span)
    assert result.of("shafaq-2") is seizure
    # the spokesman's other statement, in one of the same articles, is a claim of its own
    assert members(result.of("ina-2")) == ["ina-2"]
    assert len(result) == 2 and result.representatives == ("ina-1", "ina-2")


def test_threshold_decides_a_one_word_difference():
    claims = [claim("ina-1", "ina", SEIZURE), claim("rudaw-1", "rudaw", SEIZURE_ONE_WORD)]
    assert len(cluster_claims(claims, OUTLETS)) == 2           # 0.75 < 0.8
    assert len(cluster_claims(claims, OUTLETS, threshold=0.75)) == 1
    assert len(cluster_claims(claims, OUTLETS, threshold=0.76)) == 2


def test_same_words_from_another_speaker_stay_apart():
    police = "قائد شرطة البصرة"
    claims = [claim("ina-1", "ina", SEIZURE), claim("rudaw-1", "rudaw", INQUIRY),
              claim("sum-1", "sum", SEIZURE, speaker=police, speaker_id="قائد_شرطه_البصره"),
              claim("shafaq-1", "shafaq", SEIZURE_LONGER, speaker=police, speaker_id="قائد_شرطه_البصره")]
    assert partition(cluster_claims(claims, OUTLETS)) == {
        frozenset({"ina-1"}), frozenset({"rudaw-1"}), frozenset({"sum-1", "shafaq-1"})}


def test_a_claim_repeated_inside_one_article_is_not_syndication():
    headline_and_body = [claim("ina-0", "ina", SEIZURE), claim("ina-5", "ina", SEIZURE_MARKED),
                         claim("ina-6", "ina", SEIZURE_LONGER)]
    assert len(cluster_claims(headline_and_body, OUTLETS)) == 3
    # a copy in another article is syndication, and both copies of the first article take part in it
    result = cluster_claims(headline_and_body + [claim("sum-1", "sum", SEIZURE)], OUTLETS)
    assert partition(result) == {frozenset({"ina-0", "ina-5", "ina-6", "sum-1"})}
    assert result.clusters[0].outlets == ("وكالة الأنباء العراقية", "السومرية")


def test_anonymous_sources_of_two_articles_cluster_by_their_words():
    source = "مصدر أمني"
    claims = [claim("ina-3", "ina", SEIZURE, speaker=source, speaker_id="anonymous:ina:1", anonymous=True),
              claim("sum-7", "sum", SEIZURE_MARKED, speaker="مصدرٌ امني", speaker_id="anonymous:sum:2", anonymous=True),
              claim("shafaq-3", "shafaq", SEIZURE, speaker="مصدر طبي", speaker_id="anonymous:shafaq:1", anonymous=True),
              # an article-scoped id is not a speaker across articles: the same id elsewhere means nothing
              claim("rudaw-3", "rudaw", SEIZURE, speaker="مصدر مطلع", speaker_id="anonymous:ina:1", anonymous=True),
              claim("blog-1", "blog", SEIZURE, speaker="(متحدث غير محدد)", speaker_id="unresolved:blog"),
              claim("sum-9", "sum", SEIZURE, speaker="(متحدث غير محدد)", speaker_id="unresolved:sum")]
    assert partition(cluster_claims(claims, OUTLETS)) == {
        frozenset({"ina-3", "sum-7"}), frozenset({"shafaq-3"}), frozenset({"rudaw-3"}), frozenset({"blog-1", "sum-9"})}


def test_joint_statements_of_two_articles_cluster():
    claims = [claim("ina-8", "ina", INQUIRY, speaker="البيان المشترك", speaker_id="joint:ina"),
              claim("sum-8", "sum", INQUIRY, speaker="البيان المشترك", speaker_id="joint:sum")]
    assert len(cluster_claims(claims, OUTLETS)) == 1


def test_clusters_are_transitive():
    ends = [claim("ina-1", "ina", SEIZURE), claim("rudaw-1", "rudaw", SEIZURE_LONGEST)]
    assert len(cluster_claims(ends, OUTLETS)) == 2             # 0.7 apart
    middle = claim("shafaq-1", "shafaq", SEIZURE_LONGER)
    assert partition(cluster_claims(ends + [middle], OUTLETS)) == {frozenset({"ina-1", "rudaw-1", "shafaq-1"})}


def test_short_contents_merge_only_when_identical():
    denial = "لا صحة لذلك"
    claims = [claim("ina-1", "ina", denial), claim("sum-1", "sum", "لا صحّة لذلك!"),
              claim("rudaw-1", "rudaw", denial + " إطلاقا")]  # two of three word pairs shared
    assert partition(cluster_claims(claims, OUTLETS, threshold=0.5)) == {
        frozenset({"ina-1", "sum-1"}), frozenset({"rudaw-1"})}


def test_representative_is_the_earliest_then_the_first_given():
    claims = [claim("blog-1", "blog", SEIZURE, date=None),
              claim("shafaq-1", "shafaq", SEIZURE, date=dt.date(2021, 3, 2)),
              claim("rudaw-1", "rudaw", INQUIRY, date=None),
              claim("sum-1", "sum", SEIZURE, date=MARCH),
              claim("ina-1", "ina", SEIZURE, date=MARCH)]
    result = cluster_claims(claims, OUTLETS)
    # ordered by where each representative stands in the input
    assert result.representatives == ("rudaw-1", "sum-1")
    seizure = result.of("blog-1")
    assert seizure.id == "cluster:sum-1"
    assert members(seizure) == ["blog-1", "shafaq-1", "sum-1", "ina-1"]
    # an article with no known outlet adds none
    assert seizure.outlets == ("شفق نيوز", "السومرية", "وكالة الأنباء العراقية")


def _many_claims() -> list[Claim]:
    rng = random.Random(7)
    words = SEIZURE.split() + INQUIRY.split()
    claims = []
    for i in range(300):
        base = rng.sample(words, 12)
        for copy in range(rng.randint(1, 3)):
            text = base + ([rng.choice(words)] if copy == 2 else [])
            claims.append(claim(f"c{i}-{copy}", f"a{i}-{copy}", " ".join(text), speaker_id=f"s{i % 40}"))
    return claims


def test_same_input_same_output_and_order_changes_only_order():
    claims = _many_claims()
    first, again = cluster_claims(claims, OUTLETS), cluster_claims(list(claims), dict(OUTLETS))
    assert first.clusters == again.clusters
    assert sum(c.size for c in first.clusters) == len(claims)
    assert sorted(s.claim_id for c in first.clusters for s in c.members) == sorted(c.id for c in claims)
    assert any(c.size == 3 for c in first.clusters) and len(first) < len(claims)
    shuffled = claims[:]
    random.Random(1).shuffle(shuffled)
    assert partition(cluster_claims(shuffled, OUTLETS)) == partition(first)


def test_frame_has_one_row_per_claim():
    claims = [claim("ina-1", "ina", SEIZURE), claim("sum-1", "sum", SEIZURE_MARKED),
              claim("blog-1", "blog", SEIZURE), claim("ina-2", "ina", INQUIRY)]
    frame = cluster_claims(claims, OUTLETS).to_frame()
    assert list(frame.columns) == ["claim_id", "cluster_id", "representative", "outlets_in_cluster", "size"]
    assert list(frame["claim_id"]) == ["ina-1", "sum-1", "blog-1", "ina-2"]
    row = frame.set_index("claim_id").loc["blog-1"]
    assert (row["cluster_id"], row["representative"], row["size"]) == ("cluster:ina-1", "ina-1", 3)
    assert row["outlets_in_cluster"] == "وكالة الأنباء العراقية | السومرية"
    assert frame.set_index("claim_id").loc["ina-2", "size"] == 1


def test_html_escapes_text_and_reads_right_to_left():
    evil = '<script>alert("x")</script>'
    claims = [claim("ina-1", "ina", SEIZURE + evil, speaker=SPOKESMAN + evil),
              claim("sum-1", "sum", SEIZURE + evil, speaker=SPOKESMAN + evil)]
    page = cluster_claims(claims, {"ina": "وكالة" + evil, "sum": "السومرية"})._repr_html_()
    assert "<script>" not in page
    assert page.count("&lt;script&gt;") == 3                 # speaker, content, outlet
    assert 'dir="rtl"' in page and "2 claims in 1 clusters" in page


def test_unknown_claims_and_bad_arguments_fail_loudly():
    claims = [claim("ina-1", "ina", SEIZURE)]
    with pytest.raises(KeyError):
        cluster_claims(claims, OUTLETS).of("nope")
    with pytest.raises(ValueError, match="unique"):
        cluster_claims(claims + claims, OUTLETS)
    with pytest.raises(ValueError, match="threshold"):
        cluster_claims(claims, OUTLETS, threshold=0)
    assert len(cluster_claims([], OUTLETS)) == 0


def test_lsh_finds_the_clusters_that_comparing_every_pair_finds(monkeypatch):
    """Past _EXACT_PAIRS same-speaker pairs the near copies come from MinHash LSH; on these claims
    it must find what comparing every pair exactly finds."""
    from iraqclaims.claims import syndication

    claims = _many_claims()
    exact = partition(cluster_claims(claims, OUTLETS))
    monkeypatch.setattr(syndication, "_EXACT_PAIRS", 0)
    assert partition(cluster_claims(claims, OUTLETS)) == exact
    assert any(len(group) > 1 for group in exact)
