"""report.html: one self-contained, right-to-left page rendered with autoescaping templates."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from .arabic_counts import count_phrase
from .svg import speakers_by_topic, topic_graph_svg

KIND_LABELS = {"scope": "نطاق", "status": "حالة الحدث", "happened": "وقوع الحدث", "need": "الحاجة",
               "timing": "البقاء والرحيل", "antonym": "تضاد", "number": "أرقام", "date": "مواعيد",
               "dispute": "تكذيب صريح", "substitution": "تبديل"}
RELATION_LABELS = {"contradiction": "تناقض", "change_of_position": "تغيّر موقف"}
SPEAKER_KIND_LABELS = {"person": "شخص", "organisation": "جهة", "government": "حكومة", "statement": "بيان",
                       "anonymous": "مصدر مجهول", "media": "وسيلة إعلام", "unresolved": "غير محدد"}


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("iraqclaims.report", "templates"),
                      autoescape=select_autoescape(["html", "j2"], default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["kind_label"] = lambda k: KIND_LABELS.get(k, k)
    env.filters["relation_label"] = lambda r: RELATION_LABELS.get(r, r)
    env.filters["speaker_kind_label"] = lambda k: SPEAKER_KIND_LABELS.get(k, k)
    env.filters["counted"] = count_phrase
    return env


def highlighted_sentence(article, claim) -> list[tuple[str, str]]:
    """The claim's sentence as (text, role) pieces, role in speaker / cue / content / "" — the
    template wraps each piece in a <mark> after escaping it."""
    start, end = claim.sentence_span
    spans = [(s, e, role) for role, span in (("speaker", claim.speaker_span), ("cue", claim.cue_span),
                                                ("content", claim.content_span))
             if span for s, e in [span]]
    marks = sorted((max(s, start), min(e, end), role) for s, e, role in spans if s < end and e > start)
    pieces, at = [], start
    for s, e, role in marks:
        if s < at:                      # overlapping spans: keep the first
            continue
        if s > at:
            pieces.append((article.text[at:s], ""))
        pieces.append((article.text[s:e], role))
        at = e
    if at < end:
        pieces.append((article.text[at:end], ""))
    return pieces


def _claim_view(corpus, claim, articles):
    article = articles[claim.article_id]
    return {"claim": claim, "article": article, "pieces": highlighted_sentence(article, claim),
            "topics": corpus.topics.get(claim.id, ())}


def _chronological(claim):
    # undated claims last; within a day, in article and sentence order
    return (claim.article_date or dt.date.max, claim.article_id, claim.sentence_index)


def render_html(corpus, *, title: str = "تقرير الادعاءات المتناقضة") -> str:
    articles = {a.id: a for a in corpus.articles}
    by_id = {c.id: c for c in corpus.claims}
    conflicts = [{"conflict": k, "a": _claim_view(corpus, by_id[k.claim_a], articles),
                  "b": _claim_view(corpus, by_id[k.claim_b], articles)} for k in corpus.conflicts]
    in_conflict = Counter()
    for k in corpus.conflicts:
        in_conflict[k.claim_a] += 1
        in_conflict[k.claim_b] += 1
    timeline = []
    labels = {m.topic: m.label for ms in corpus.topics.values() for m in ms}
    for topic, claims in sorted(speakers_by_topic(corpus.claims, corpus.topics).items(),
                                key=lambda kv: (kv[0].startswith("similar:"), -len(kv[1]), kv[0])):
        rows = sorted(claims, key=_chronological)
        timeline.append({"topic": topic, "label": labels.get(topic, topic), "claims": rows})
    speakers = defaultdict(list)
    for c in sorted(corpus.claims, key=_chronological):
        speakers[c.speaker_id].append(c)
    names = {s.id: s for s in corpus.speakers}
    speaker_views = sorted(({"id": sid, "speaker": names.get(sid), "name": names[sid].name if sid in names else claims[0].speaker_text,
                             "claims": claims, "conflicts": sum(in_conflict[c.id] for c in claims)}
                            for sid, claims in speakers.items()),
                           key=lambda v: (-v["conflicts"], -len(v["claims"]), v["id"]))
    svg = topic_graph_svg(corpus.claims, corpus.topics, corpus.conflicts)
    return _environment().get_template("report.html.j2").render(
        title=title, articles=corpus.articles, skipped=corpus.skipped, rule_errors=corpus.conflicts.errors, article_index=articles, claims=corpus.claims,
        speakers=speaker_views, conflicts=conflicts, timeline=timeline,
        kinds=sorted(Counter(k.kind for k in corpus.conflicts).items()),
        relations=sorted(Counter(k.relation for k in corpus.conflicts).items()),
        n_speakers=len(corpus.speakers), in_conflict=in_conflict, topic_labels=labels,
        # the SVG is built by svg.py, which escapes every label itself
        graph_svg=Markup(svg))
