"""Claims per article: the same claims as one registry reading the corpus, cached per article,
extracted on workers, and added to a corpus later (Corpus.extend)."""
from __future__ import annotations

import dataclasses
import logging
import multiprocessing
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest

from iraqclaims import Corpus, load_articles, parse_articles
from iraqclaims.claims import SpeakerRegistry, extract_claims
from iraqclaims.claims import collect as collect_module
from iraqclaims.claims.cache import ClaimsCache, claims_key, extractor_identity
from iraqclaims.claims.collect import collect_claims
from iraqclaims.claims.per_article import merge
from iraqclaims.claims.registry import claim_pattern, unregister_pattern

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def parsed_fixtures(tmp_path_factory):
    from tests.conftest import FIXTURES

    cache = tmp_path_factory.mktemp("parses")
    articles = load_articles([FIXTURES])
    return articles, parse_articles(articles, cache_dir=cache, progress=False), cache


def _one_registry(articles, parses, aliases=()):
    registry = SpeakerRegistry(list(aliases))
    claims = [c for a, p in zip(articles, parses) for c in extract_claims(a, p, registry)]
    return claims, registry.speakers({c.speaker_id for c in claims})


def _no_extraction(*args, **kwargs):
    raise AssertionError("extracted although the cache has the article")


def test_article_by_article_gives_what_one_registry_gives(parsed_fixtures, tmp_path):
    articles, parses, _ = parsed_fixtures
    aliases = tmp_path / "aliases.txt"
    aliases.write_text("سفير العراق في واشنطن\tperson\tالسفير العراقي\n", encoding="utf-8")
    claims, speakers = _one_registry(articles, parses, [aliases])
    merged_claims, merged_speakers = merge(collect_claims(articles, parses, alias_files=[aliases], cache_dir=False),
                                           [aliases])
    assert list(merged_claims) == claims
    assert merged_speakers == speakers


def test_a_warm_run_reads_claims_from_the_cache(parsed_fixtures, tmp_path, monkeypatch):
    articles, parses, _ = parsed_fixtures
    cold = collect_claims(articles, parses, cache_dir=tmp_path)
    assert len(list((tmp_path / "claims").rglob("*.json"))) == len(articles)
    monkeypatch.setattr(collect_module, "claims_of_article", _no_extraction)
    assert collect_claims(articles, parses, cache_dir=tmp_path) == cold


def test_the_key_follows_article_parse_aliases_and_patterns(parsed_fixtures, tmp_path):
    articles, parses, _ = parsed_fixtures
    article, parsed = articles[0], parses[0]
    base = extractor_identity()
    key = claims_key(article, parsed, base)
    assert claims_key(article, parsed, extractor_identity()) == key
    assert claims_key(dataclasses.replace(article, outlet="وكالة أخرى"), parsed, base) != key
    assert claims_key(article, parses[1], base) != key
    aliases = tmp_path / "aliases.txt"
    aliases.write_text("حسن ناظم\tperson\tالناطق باسم الحكومة\n", encoding="utf-8")
    with_aliases = extractor_identity([aliases])
    assert with_aliases != base
    aliases.write_text("حسن ناظم\tperson\tالمتحدث باسم الحكومة\n", encoding="utf-8")
    assert extractor_identity([aliases]) != with_aliases

    @claim_pattern(name="test_cache_key_pattern",
                   examples=[("وكتب الصدر أن الاحتلال انتهى.", "الصدر", "كتب", "الاحتلال انتهى")])
    def wrote(reader):
        """Posts ("كتب X أن ..."); here only registered, never run: it must change the key."""
        return []
    try:
        assert extractor_identity() != base
    finally:
        unregister_pattern("test_cache_key_pattern")
    assert extractor_identity() == base


def test_a_corrupt_entry_is_extracted_again(parsed_fixtures, tmp_path, caplog):
    articles, parses, _ = parsed_fixtures
    cold = collect_claims(articles[:2], parses[:2], cache_dir=tmp_path)
    entry = sorted((tmp_path / "claims").rglob("*.json"))[0]
    entry.write_text('{"article_id": "x", "claims": [{"id": ', encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert collect_claims(articles[:2], parses[:2], cache_dir=tmp_path) == cold
    assert "unreadable" in caplog.text


def test_an_interrupted_run_resumes_from_the_cache(parsed_fixtures, tmp_path, monkeypatch):
    articles, parses, _ = parsed_fixtures
    real, calls = collect_module.claims_of_article, []

    def stops_at_the_third(article, parsed, aliases):
        if len(calls) == 2:
            raise KeyboardInterrupt
        calls.append(article.id)
        return real(article, parsed, aliases)

    monkeypatch.setattr(collect_module, "claims_of_article", stops_at_the_third)
    with pytest.raises(KeyboardInterrupt):
        collect_claims(articles, parses, cache_dir=tmp_path)
    calls.clear()
    monkeypatch.setattr(collect_module, "claims_of_article", lambda a, p, al: (calls.append(a.id), real(a, p, al))[1])
    collect_claims(articles, parses, cache_dir=tmp_path)
    assert calls == [a.id for a in articles[2:]]


@pytest.mark.parametrize("make_pool", [
    lambda: ThreadPoolExecutor(max_workers=2),
    lambda: ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("spawn")),
])
def test_workers_find_the_same_claims_and_conflicts(parsed_fixtures, make_pool, monkeypatch):
    articles, parses, _ = parsed_fixtures
    monkeypatch.setattr(collect_module, "CHARS_PER_TASK", 1)      # one article per task
    here = Corpus(articles, parses, cache_dir=False, progress=False)
    with make_pool() as pool:
        there = Corpus(articles, parses, cache_dir=False, progress=False, executor=pool)
        assert list(there.claims) == list(here.claims)
        assert there.speakers == here.speakers
        assert list(there.conflicts) == list(here.conflicts)
        assert len(here.conflicts) == 3


def test_extend_compares_only_the_new_claims(parsed_fixtures, monkeypatch):
    articles, parses, cache = parsed_fixtures
    whole = Corpus(articles, parses, cache_dir=cache, progress=False)
    daily = Corpus(articles[:3], parses[:3], cache_dir=cache, progress=False)
    assert len(daily.conflicts) < len(whole.conflicts)
    old_ids = {c.id for c in daily.claims}
    asked = []
    real = Corpus._find_conflicts

    def spy(self, only_with=None):
        asked.append(only_with)
        return real(self, only_with)

    monkeypatch.setattr(Corpus, "_find_conflicts", spy)
    assert daily.extend(articles[3:]) is daily
    assert [a.id for a in daily.articles] == [a.id for a in articles]
    assert list(daily.claims) == list(whole.claims)
    assert daily.speakers == whole.speakers
    assert asked and asked[0] and not (asked[0] & old_ids)
    assert list(daily.conflicts) == list(whole.conflicts)


def test_extend_refuses_an_article_it_already_has(parsed_fixtures):
    from iraqclaims import InputError

    articles, parses, cache = parsed_fixtures
    corpus = Corpus(articles[:2], parses[:2], cache_dir=cache, progress=False)
    with pytest.raises(InputError, match="already has article"):
        corpus.extend([articles[1]])
    assert len(corpus.articles) == 2


def test_cache_entries_round_trip(parsed_fixtures, tmp_path):
    articles, parses, _ = parsed_fixtures
    (result,) = collect_claims(articles[:1], parses[:1], cache_dir=False)
    cache = ClaimsCache(tmp_path)
    cache.put("ab" * 32, result)
    assert cache.get("ab" * 32) == result
    assert cache.get("cd" * 32) is None


def test_an_edited_alias_file_is_read_again(parsed_fixtures, tmp_path):
    articles, parses, _ = parsed_fixtures
    aliases = tmp_path / "aliases.txt"
    aliases.write_text("جو بايدن\tperson\tالرئيس الأميركي\n", encoding="utf-8")
    before = {c.speaker_id for c in merge(collect_claims(articles, parses, alias_files=[aliases], cache_dir=False))[0]}
    aliases.write_text("حسن ناظم\tperson\tالمتحدث باسم الحكومة العراقية حسن ناظم\n", encoding="utf-8")
    after = {c.speaker_id for c in merge(collect_claims(articles, parses, alias_files=[aliases], cache_dir=False))[0]}
    assert after == {c.speaker_id for c in _one_registry(articles, parses, [aliases])[0]}
    assert before != after
