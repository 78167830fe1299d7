"""The topic graph as inline SVG: topics on an inner ring, speakers around them, an edge for
each speaker's claims on a topic and a red edge for each conflict. Text stays text, so the
browser shapes the Arabic; every label is escaped here."""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from html import escape

from .bounded import GRAPH_FILES, Shown, first

MAX_SPEAKERS = 36
# topic labels sit on a small inner ring; past a dozen they run into each other
MAX_TOPICS = 10
# red edges between speakers, from the strongest conflicts down: past a few dozen they hide
# everything else
MAX_CONFLICT_EDGES = 40
# a topic's circle grows with the square root of its claims up to this many; past it, circles
# are scaled to the largest shown, so a large corpus's topics do not all end up the same size
_FULL_CIRCLE = 30
_KIND_COLOUR = {"contradiction": "#c0392b", "change_of_position": "#d68910"}


def _label(text: str, limit: int = 28) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class _Choice:
    weight: Counter                 # (speaker, topic) -> claims, shown topics only
    labels: dict[str, str]          # every topic's label
    speaker_names: dict[str, str]
    topic_total: Counter            # claims by topic
    topics: Shown                   # topic ids, in ring order
    speakers: Shown                 # speaker ids, best first
    edges: Shown                    # (speaker, speaker, conflict): the strongest conflict of each pair
    speaker_total: Counter          # claims on the shown topics, by speaker
    conflict_speakers: set


def _choose(claims, topics, conflicts) -> _Choice:
    weight: Counter = Counter()
    labels: dict[str, str] = {}
    speaker_names: dict[str, str] = {}
    for c in claims:
        speaker_names.setdefault(c.speaker_id, c.speaker_text)
        for m in topics.get(c.id, ()):
            weight[(c.speaker_id, m.topic)] += 1
            labels[m.topic] = m.label
    topic_total: Counter = Counter()
    for (_, t), n in weight.items():
        topic_total[t] += n
    # the largest topics, the lexicon's before similarity's among equals; on the ring in the
    # lexicon-first order a small corpus has always had
    kept = sorted(topic_total, key=lambda t: (-topic_total[t], t.startswith("similar:"), t))[:MAX_TOPICS]
    topic_ids = sorted(kept, key=lambda t: (t.startswith("similar:"), t))
    on_ring = set(topic_ids)
    with_topics = {s for s, _ in weight}
    weight = Counter({st: n for st, n in weight.items() if st[1] in on_ring})
    speaker_total: Counter = Counter()
    for (speaker, _), n in weight.items():
        speaker_total[speaker] += n
    by_id = {c.id: c for c in claims}
    conflict_speakers = {by_id[k.claim_a].speaker_id for k in conflicts if k.claim_a in by_id} | \
                        {by_id[k.claim_b].speaker_id for k in conflicts if k.claim_b in by_id}
    chosen = sorted(speaker_total, key=lambda s: (s not in conflict_speakers, -speaker_total[s], s))[:MAX_SPEAKERS]
    drawn = set(chosen)
    edges: dict[tuple, tuple] = {}      # one edge per pair of speakers and relation
    for k in sorted(conflicts, key=lambda k: -k.score):     # stable: the engine's order among equals
        a, b = by_id.get(k.claim_a), by_id.get(k.claim_b)
        if a and b and a.speaker_id != b.speaker_id and a.speaker_id in drawn and b.speaker_id in drawn:
            edges.setdefault(tuple(sorted((a.speaker_id, b.speaker_id))) + (k.relation,), (a.speaker_id, b.speaker_id, k))
    return _Choice(weight, labels, speaker_names, topic_total,
                   Shown(tuple(topic_ids), len(labels), "topic", GRAPH_FILES, "الأكثر ادعاءات"),
                   Shown(tuple(chosen), len(with_topics), "speaker", GRAPH_FILES, "المتعارضون أولًا، ثم الأكثر ادعاءات"),
                   first(edges.values(), MAX_CONFLICT_EDGES, "edge", GRAPH_FILES,
                         "بين المتحدثين المعروضين، لأقوى التعارضات"),
                   speaker_total, conflict_speakers)


def graph_choice(claims, topics, conflicts) -> tuple[Shown, Shown, Shown]:
    """The topics, speakers and conflict edges the graph draws, each with how many there are."""
    choice = _choose(claims, topics, conflicts)
    return choice.topics, choice.speakers, choice.edges


def topic_graph_svg(claims, topics, conflicts, *, size: int = 860) -> str:
    """SVG markup (a string already escaped) for claims, their topics and conflicts: the
    :data:`MAX_TOPICS` largest topics and :data:`MAX_SPEAKERS` speakers on them."""
    choice = _choose(claims, topics, conflicts)
    weight, labels, speaker_names = choice.weight, choice.labels, choice.speaker_names
    speaker_total, conflict_speakers = choice.speaker_total, choice.conflict_speakers
    if not labels:
        return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="80" role="img">'
                '<text x="50%" y="40" text-anchor="middle" font-size="16">لا توجد مواضيع</text></svg>')
    topic_ids, chosen = list(choice.topics), list(choice.speakers)
    cx = cy = size / 2
    inner, outer = size * 0.17, size * 0.31     # room outside the ring for the labels
    pos = {}
    for i, t in enumerate(topic_ids):
        angle = 2 * math.pi * i / len(topic_ids) - math.pi / 2
        pos[("topic", t)] = (cx + inner * math.cos(angle), cy + inner * math.sin(angle), angle)
    # a speaker sits near the topic it speaks about most, so the edges stay short
    main_topic = {s: max((t for t in topic_ids if weight[(s, t)]), key=lambda t: (weight[(s, t)], t)) for s in chosen}
    ring_index = {t: i for i, t in enumerate(topic_ids)}
    order = sorted(chosen, key=lambda s: (ring_index[main_topic[s]], s))
    for i, s in enumerate(order):
        angle = 2 * math.pi * i / max(1, len(order)) - math.pi / 2
        pos[("speaker", s)] = (cx + outer * math.cos(angle), cy + outer * math.sin(angle), angle)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" width="100%" '
             f'role="img" aria-label="مخطط المواضيع والمتحدثين" font-family="inherit" direction="rtl">']
    parts.append('<g stroke="#9aa5b1" stroke-opacity="0.55">')
    for (s, t), n in sorted(weight.items()):
        if ("speaker", s) in pos:
            x1, y1, _ = pos[("speaker", s)]
            x2, y2, _ = pos[("topic", t)]
            parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke-width="{min(6, 0.8 + n):.1f}"/>')
    parts.append("</g>")
    for a, b, k in choice.edges:
        x1, y1, _ = pos[("speaker", a)]
        x2, y2, _ = pos[("speaker", b)]
        dash = ' stroke-dasharray="6 4"' if k.relation == "change_of_position" else ""
        parts.append(f'<path d="M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}" fill="none" '
                     f'stroke="{_KIND_COLOUR.get(k.relation, "#c0392b")}" stroke-width="2.2"{dash}>'
                     f'<title>{escape(k.kind)}: {escape(k.explanation)}</title></path>')
    shrink = math.sqrt(min(1, _FULL_CIRCLE / max(choice.topic_total[t] for t in topic_ids)))
    for t in topic_ids:
        x, y, _ = pos[("topic", t)]
        n = choice.topic_total[t]
        r = 10 + min(22, 4 * math.sqrt(n) * shrink)
        parts.append(f'<g><circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#1f618d" fill-opacity="0.85"/>'
                     f'<text x="{x:.1f}" y="{y + r + 16:.1f}" text-anchor="middle" font-size="14" '
                     f'font-weight="bold" fill="#1b2631" direction="rtl">{escape(_label(labels[t]))}</text>'
                     f'<title>{escape(t)} — {n}</title></g>')
    for s in order:
        x, y, angle = pos[("speaker", s)]
        # the page is right-to-left, so a label's "end" is its left edge: labels on the right
        # of the ring end at the dot and run outwards, labels on the left start there
        right, left = math.cos(angle) > 0.2, math.cos(angle) < -0.2
        anchor = "end" if right else "start" if left else "middle"
        dx = 9 if right else -9 if left else 0
        dy = 4 if anchor != "middle" else (16 if math.sin(angle) > 0 else -10)
        colour = "#c0392b" if s in conflict_speakers else "#566573"
        parts.append(f'<g><circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="{colour}"/>'
                     f'<text x="{x + dx:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}" font-size="12" '
                     f'fill="#212f3d">{escape(_label(speaker_names.get(s, s)))}</text>'
                     f'<title>{escape(speaker_names.get(s, s))} ({speaker_total[s]})</title></g>')
    parts.append("</svg>")
    return "".join(parts)


def speakers_by_topic(claims, topics) -> dict[str, list]:
    out = defaultdict(list)
    for c in claims:
        for m in topics.get(c.id, ()):
            out[m.topic].append(c)
    return out
