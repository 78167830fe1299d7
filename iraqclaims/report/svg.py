"""The topic graph as inline SVG: topics on an inner ring, speakers around them, an edge for
each speaker's claims on a topic and a red edge for each conflict. Text stays text, so the
browser shapes the Arabic; every label is escaped here."""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from html import escape

MAX_SPEAKERS = 36
_KIND_COLOUR = {"contradiction": "#c0392b", "change_of_position": "#d68910"}


def _label(text: str, limit: int = 28) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def topic_graph_svg(claims, topics, conflicts, *, size: int = 860) -> str:
    """SVG markup (a string already escaped) for claims, their topics and conflicts."""
    by_id = {c.id: c for c in claims}
    weight: Counter = Counter()
    labels: dict[str, str] = {}
    speaker_names: dict[str, str] = {}
    for c in claims:
        speaker_names.setdefault(c.speaker_id, c.speaker_text)
        for m in topics.get(c.id, ()):
            weight[(c.speaker_id, m.topic)] += 1
            labels[m.topic] = m.label
    if not labels:
        return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="80" role="img">'
                '<text x="50%" y="40" text-anchor="middle" font-size="16">لا توجد مواضيع</text></svg>')
    speaker_total = Counter()
    for (speaker, _), n in weight.items():
        speaker_total[speaker] += n
    conflict_speakers = {by_id[k.claim_a].speaker_id for k in conflicts if k.claim_a in by_id} | \
                        {by_id[k.claim_b].speaker_id for k in conflicts if k.claim_b in by_id}
    chosen = sorted(speaker_total, key=lambda s: (s not in conflict_speakers, -speaker_total[s], s))[:MAX_SPEAKERS]
    topic_ids = sorted(labels, key=lambda t: (t.startswith("similar:"), t))
    cx = cy = size / 2
    inner, outer = size * 0.17, size * 0.31     # room outside the ring for the labels
    pos = {}
    for i, t in enumerate(topic_ids):
        angle = 2 * math.pi * i / len(topic_ids) - math.pi / 2
        pos[("topic", t)] = (cx + inner * math.cos(angle), cy + inner * math.sin(angle), angle)
    # a speaker sits near the topic it speaks about most, so the edges stay short
    main_topic = {s: max((t for t in topic_ids if weight[(s, t)]), key=lambda t: (weight[(s, t)], t)) for s in chosen}
    order = sorted(chosen, key=lambda s: (topic_ids.index(main_topic[s]), s))
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
    drawn = set()
    for k in conflicts:
        a, b = by_id.get(k.claim_a), by_id.get(k.claim_b)
        if not a or not b or ("speaker", a.speaker_id) not in pos or ("speaker", b.speaker_id) not in pos:
            continue
        key = tuple(sorted((a.speaker_id, b.speaker_id))) + (k.relation,)
        if key in drawn or a.speaker_id == b.speaker_id:
            continue
        drawn.add(key)
        x1, y1, _ = pos[("speaker", a.speaker_id)]
        x2, y2, _ = pos[("speaker", b.speaker_id)]
        dash = ' stroke-dasharray="6 4"' if k.relation == "change_of_position" else ""
        parts.append(f'<path d="M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}" fill="none" '
                     f'stroke="{_KIND_COLOUR.get(k.relation, "#c0392b")}" stroke-width="2.2"{dash}>'
                     f'<title>{escape(k.kind)}: {escape(k.explanation)}</title></path>')
    for t in topic_ids:
        x, y, _ = pos[("topic", t)]
        n = sum(v for (s, tt), v in weight.items() if tt == t)
        r = 10 + min(22, 2 * math.sqrt(n) * 2)
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
