"""The report's content as plain data: what report.json holds and the HTML is drawn from."""
from __future__ import annotations

from collections import Counter

SCHEMA_VERSION = 2


def _offsets(span):
    return list(span) if span else None


def claim_record(claim, topics, article_text: str | None = None, cluster=None, reported_by: int = 1) -> dict:
    # the sentence itself travels with the claim: from_texts() articles have no file to read it
    # from, and a consumer of report.json should not need the parser to show a claim in context
    start, end = claim.sentence_span
    return {
        "id": claim.id, "article": claim.article_id, "sentence": claim.sentence_index,
        "sentence_text": article_text[start:end] if article_text is not None else None,
        "speaker": claim.speaker_text, "speaker_id": claim.speaker_id, "cue": claim.cue_lemma,
        "cue_text": claim.cue_text, "content": claim.content, "kind": claim.kind,
        "anonymous": claim.anonymous, "via": list(claim.via), "resolved": claim.resolved,
        "date": claim.article_date.isoformat() if claim.article_date else None,
        "topics": [{"topic": m.topic, "label": m.label, "words": list(m.words)} for m in topics],
        "reported_by": reported_by,
        # a syndicated claim: every copy of it, with outlet, article and offsets
        "cluster": None if cluster is None else {
            "id": cluster.id, "representative": cluster.representative,
            "sources": [{"outlet": m.outlet, "article": m.article_id, "claim": m.claim_id,
                         "content": list(m.content_span)} for m in cluster.members]},
        "offsets": {"speaker": _offsets(claim.speaker_span), "cue": _offsets(claim.cue_span),
                    "content": _offsets(claim.content_span), "sentence": _offsets(claim.sentence_span)},
    }


def dropped_lines(article) -> dict[str, int]:
    """How many lines ingest dropped from the article, by reason: a user must be able to see
    that a long file lost most of its lines as repeats or page furniture."""
    return dict(sorted(Counter(d.reason for d in article.dropped).items()))


def report_data(corpus) -> dict:
    """Everything report.json holds; see ``report.schema.json`` beside this module."""
    articles = [{"id": a.id, "path": str(a.path) if a.path else None, "outlet": a.outlet,
                 "date": a.date.isoformat() if a.date else None, "title": a.title,
                 "dropped_lines": dropped_lines(a)} for a in corpus.articles]
    skipped = [{"path": s.path, "reason": s.reason} for s in corpus.left_out]
    errors = [f.as_row() for f in corpus.conflicts.errors]
    texts = {a.id: a.text for a in corpus.articles}
    syndication = corpus.syndication
    claims = [claim_record(c, corpus.topics.get(c.id, ()), texts.get(c.article_id),
                           syndication.of(c.id) if syndication.of(c.id).size > 1 else None,
                           corpus.reported_by(c.id)) for c in corpus.claims]
    conflicts = [{"claims": [k.claim_a, k.claim_b], "rule": k.rule, "kind": k.kind, "relation": k.relation,
                  "score": k.score, "topic": k.topic, "triggers": [list(k.triggers_a), list(k.triggers_b)],
                  "explanation": k.explanation} for k in corpus.conflicts]
    speakers = [{"id": s.id, "name": s.name, "kind": s.kind, "aliases": list(s.aliases)} for s in corpus.speakers]
    return {
        "schema_version": SCHEMA_VERSION,
        "summary": {"articles": len(articles), "skipped": len(skipped), "errors": len(errors), "speakers": len(speakers), "claims": len(claims),
                    "conflicts": len(conflicts),
                    "conflicts_by_kind": dict(sorted(Counter(k["kind"] for k in conflicts).items())),
                    "conflicts_by_relation": dict(sorted(Counter(k["relation"] for k in conflicts).items()))},
        "articles": articles, "skipped": skipped, "speakers": speakers, "claims": claims, "conflicts": conflicts,
        "errors": errors,
    }
