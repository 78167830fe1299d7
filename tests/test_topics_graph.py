"""Topics (lexicon + similarity), candidate pairs, and the networkx graph."""
import networkx as nx
import pytest

from iraqclaims import InputError
from iraqclaims import normalize
from iraqclaims.graph import Terms, TopicLexicon, assign_topics, build_graph, token_keys
from iraqclaims.rules import Conflict, find_conflicts
from iraqclaims.rules.engine import candidate_pairs
from iraqclaims.testing import claim_from_text


def test_token_keys_peel_clitics_and_forms():
    assert "انسحاب" in token_keys("والانسحاب")
    assert "قوات" in token_keys("بقواتها") or "قوات" in token_keys("قوات")
    assert "رفض" in token_keys("يرفضون")


def test_a_pronoun_after_ta_marbuta_meets_the_noun():
    # "معارضتها للاتفاق" is معارضة + ها; a radical ت ("بيته") and a plural ("قواتها") stay as they are
    assert normalize("معارضة") in token_keys(normalize("معارضتها"))
    assert normalize("سيطرة") in token_keys(normalize("وسيطرتهم"))
    assert normalize("بية") not in token_keys(normalize("بيته"))
    assert normalize("قواة") not in token_keys(normalize("قواتها"))
    assert Terms.of("أعلنت الجبهة موافقتها على التسليم").find_any(("موافقة",))


def test_topics_say_which_words_matched():
    lexicon = TopicLexicon.load()
    matches = {m.topic: m for m in lexicon.match(Terms.of("ستقلص الولايات المتحدة عدد قواتها ومهمة التدريب مستمرة"))}
    assert "foreign_troops" in matches and "training" in matches
    assert any("قوات" in w for w in matches["foreign_troops"].words)
    assert matches["training"].words


def test_user_topic_file_extends_the_lexicon(tmp_path):
    extra = tmp_path / "topics.txt"
    extra.write_text("# mine\nsanctions\tالعقوبات\tعقوبات|العقوبات الأميركية\n", encoding="utf-8")
    lexicon = TopicLexicon.load([extra])
    assert [m.topic for m in lexicon.match(Terms.of("رفع العقوبات عن إيران"))] == ["sanctions"]


def test_malformed_topic_file_is_a_one_line_error(tmp_path):
    bad = tmp_path / "topics.txt"
    bad.write_text("sanctions only one column\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"topics.txt: line 1 should be topic<TAB>label<TAB>term"):
        TopicLexicon.load([bad])
    with pytest.raises(InputError, match="no such lexicon file"):
        TopicLexicon.load([tmp_path / "missing.txt"])
    bad.write_text("sanctions\tعقوبات\t | \n", encoding="utf-8")   # no term at all
    with pytest.raises(InputError, match="line 1 should be"):
        TopicLexicon.load([bad])
    with pytest.raises(InputError, match="is a folder"):
        TopicLexicon.load([tmp_path])


def test_claims_outside_the_lexicon_link_by_content_similarity():
    a = claim_from_text("افتتاح معرض بغداد الدولي للكتاب بمشاركة دور نشر عربية")
    b = claim_from_text("معرض بغداد الدولي للكتاب يفتتح بمشاركة دور نشر من عشرين دولة")
    c = claim_from_text("هطول أمطار غزيرة على المحافظات الجنوبية")
    topics = assign_topics({x.id: Terms.of(x.content) for x in (a, b, c)})
    assert topics[a.id] and topics[a.id][0].topic == topics[b.id][0].topic
    assert topics[a.id][0].topic.startswith("similar:") and "معرض" in " ".join(topics[a.id][0].words)
    assert topics[c.id] == ()


def test_candidate_pairs_come_only_from_shared_topics():
    claims = [claim_from_text(t) for t in ("انسحاب القوات", "تقليص القوات", "الانتخابات في أكتوبر", "مفوضية الانتخابات")]
    topics = assign_topics({x.id: Terms.of(x.content) for x in claims})
    pairs = candidate_pairs(claims, topics)
    assert set(pairs) == {tuple(sorted((claims[0].id, claims[1].id))), tuple(sorted((claims[2].id, claims[3].id)))}


def test_graph_has_typed_nodes_and_edges_and_round_trips_through_graphml(tmp_path):
    a = claim_from_text("ستقلص الولايات المتحدة عدد قواتها في العراق", speaker="البيان")
    b = claim_from_text("انسحاب جميع القوات الأميركية من العراق", speaker="الكاظمي")
    topics = assign_topics({x.id: Terms.of(x.content) for x in (a, b)})
    conflicts = find_conflicts([a, b], topics)
    assert [c.kind for c in conflicts] == ["scope"]
    g = build_graph([], [a, b], [], topics, conflicts)
    types = {d["type"] for _, d in g.nodes(data=True)}
    assert types == {"article", "claim", "speaker", "topic"}
    edges = {d["type"] for _, _, d in g.edges(data=True)}
    assert {"said_by", "published_in", "about", "conflict"} <= edges
    [(u, v, d)] = [(u, v, d) for u, v, d in g.edges(data=True) if d["type"] == "conflict"]
    assert d["kind"] == "scope" and d["explanation"] and isinstance(d["score"], float)
    path = tmp_path / "g.graphml"
    nx.write_graphml(g, path)
    back = nx.read_graphml(path)
    assert back.number_of_nodes() == g.number_of_nodes()


def test_conflict_row_is_flat():
    c = Conflict("a", "b", "scope", "scope", 0.9, "why", ("x",), ("y", "z"))
    assert c.as_row()["triggers_b"] == "y | z"
