"""report.html: one self-contained, right-to-left page rendered with autoescaping templates."""
from __future__ import annotations

from collections import Counter, defaultdict

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from .arabic_counts import count_phrase
from .bounded import (CLAIM_FILES, JSON_ONLY, MAX_ARTICLES, MAX_ERRORS, MAX_SKIPPED, MAX_SPEAKER_ROWS,
                      MAX_SPEAKER_VIEWS, MAX_TIMELINE_TOPICS, Shown, claim_sample, first, speaker_summary,
                      strongest_conflicts)
from .svg import graph_choice, speakers_by_topic, topic_graph_svg

KIND_LABELS = {"scope": "نطاق", "status": "حالة الحدث", "happened": "وقوع الحدث", "need": "الحاجة",
               "timing": "البقاء والرحيل", "antonym": "تضاد", "number": "أرقام", "date": "مواعيد",
               "dispute": "تكذيب صريح", "substitution": "تبديل", "cause": "سبب الحدث",
               "stance": "موقف متعارض (نموذج)"}
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
            "topics": corpus.topics.get(claim.id, ()), "reported_by": corpus.reported_by(claim.id)}


def _timeline(corpus, in_conflict: Counter) -> Shown:
    labels = {m.topic: m.label for ms in corpus.topics.values() for m in ms}
    # the lexicon's topics first, then the ones found by similarity; larger ones first
    ordered = sorted(speakers_by_topic(corpus.claims, corpus.topics).items(),
                     key=lambda kv: (kv[0].startswith("similar:"), -len(kv[1]), kv[0]))
    topics = first(ordered, MAX_TIMELINE_TOPICS, "topic", CLAIM_FILES, "المواضيع المعرّفة أولًا، ثم الأكبر")
    return topics.map(lambda tc: {"topic": tc[0], "label": labels.get(tc[0], tc[0]),
                                  "claims": claim_sample(tc[1], in_conflict)})


def _speaker_views(corpus, rows: list[dict], in_conflict: Counter) -> Shown:
    by_speaker = defaultdict(list)
    for c in corpus.claims:
        by_speaker[c.speaker_id].append(c)
    ranked = sorted(rows, key=lambda r: (-r["conflicts"], -r["claims"], r["id"]))
    shown = first(ranked, MAX_SPEAKER_VIEWS, "speaker", CLAIM_FILES, "الأكثر تعارضًا")
    return shown.map(lambda r: dict(r, claims=claim_sample(by_speaker[r["id"]], in_conflict)))


def render_html(corpus, *, title: str = "تقرير الادعاءات المتناقضة") -> str:
    """The page; past the limits of :mod:`.bounded` each section shows its strongest or largest
    part and says where the rest is."""
    articles = {a.id: a for a in corpus.articles}
    by_id = {c.id: c for c in corpus.claims}
    conflicts = strongest_conflicts(corpus.conflicts).map(
        lambda k: {"conflict": k, "a": _claim_view(corpus, by_id[k.claim_a], articles),
                   "b": _claim_view(corpus, by_id[k.claim_b], articles)})
    in_conflict = Counter()
    for k in corpus.conflicts:
        in_conflict[k.claim_a] += 1
        in_conflict[k.claim_b] += 1
    labels = {m.topic: m.label for ms in corpus.topics.values() for m in ms}
    rows = speaker_summary(corpus.claims, corpus.speakers, corpus.conflicts, {a.id: a.outlet for a in corpus.articles})
    skipped = corpus.left_out
    graph_topics, graph_speakers, graph_edges = graph_choice(corpus.claims, corpus.topics, corpus.conflicts)
    svg = topic_graph_svg(corpus.claims, corpus.topics, corpus.conflicts)
    return _environment().get_template("report.html.j2").render(
        title=title, n_articles=len(corpus.articles), n_claims=len(corpus.claims), n_speakers=len(corpus.speakers),
        n_conflicts=len(corpus.conflicts), n_skipped=len(skipped), n_errors=len(corpus.conflicts.errors),
        articles=first(corpus.articles, MAX_ARTICLES, "article", JSON_ONLY, "بترتيب القراءة"),
        skipped=first(skipped, MAX_SKIPPED, "article", JSON_ONLY),
        rule_errors=first(corpus.conflicts.errors, MAX_ERRORS, "error", JSON_ONLY, "الأولى"),
        article_index=articles, conflicts=conflicts, timeline=_timeline(corpus, in_conflict),
        speaker_rows=first(rows, MAX_SPEAKER_ROWS, "speaker", CLAIM_FILES, "الأكثر ادعاءات"),
        speakers=_speaker_views(corpus, rows, in_conflict),
        graph_topics=graph_topics, graph_speakers=graph_speakers, graph_edges=graph_edges,
        kinds=sorted(Counter(k.kind for k in corpus.conflicts).items()),
        relations=sorted(Counter(k.relation for k in corpus.conflicts).items()),
        in_conflict=in_conflict, topic_labels=labels,
        # the SVG is built by svg.py, which escapes every label itself
        graph_svg=Markup(svg))
