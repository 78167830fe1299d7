"""The claim graph: articles, speakers, claims, topics and events as nodes; said_by,
published_in, about, asserts (claim -> the events its frames assert) and conflict edges. Attribute values are plain scalars so ``nx.write_graphml`` works."""
from __future__ import annotations

import os
from typing import Iterable, Mapping

import networkx as nx

from ..article import Article
from ..atomic import atomic_write_bytes
from ..claims import Claim, Speaker
from ..rules.model import Conflict
from .topics import TopicMatch


def _scalar(value):
    if value is None:
        return ""
    if isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def build_graph(articles: Iterable[Article], claims: Iterable[Claim], speakers: Iterable[Speaker],
                topics: Mapping[str, tuple[TopicMatch, ...]], conflicts: Iterable[Conflict],
                frames: Mapping[str, tuple] | None = None) -> nx.MultiDiGraph:
    """``frames``: claim id -> its event frames (RuleContext.frames); each asserted event of a
    class becomes a node ("event:withdraw:قوات"), so claims on a story no topic lists still meet."""
    from ..frames import event_key

    g = nx.MultiDiGraph()
    for a in articles:
        g.add_node(f"article:{a.id}", type="article", label=a.title or a.id, outlet=_scalar(a.outlet),
                   date=_scalar(a.date), path=_scalar(a.path))
    for s in speakers:
        g.add_node(f"speaker:{s.id}", type="speaker", label=s.name, kind=s.kind, aliases=" | ".join(s.aliases))
    for c in claims:
        node = f"claim:{c.id}"
        g.add_node(node, type="claim", label=c.content[:80], content=c.content, speaker=c.speaker_text,
                   cue=c.cue_text, kind=c.kind, anonymous=c.anonymous, article=c.article_id,
                   sentence=c.sentence_index, date=_scalar(c.article_date), via=" ← ".join(c.via))
        if f"speaker:{c.speaker_id}" not in g:
            g.add_node(f"speaker:{c.speaker_id}", type="speaker", label=c.speaker_text, kind="", aliases="")
        g.add_edge(node, f"speaker:{c.speaker_id}", key="said_by", type="said_by")
        if f"article:{c.article_id}" not in g:
            g.add_node(f"article:{c.article_id}", type="article", label=c.article_id, outlet="",
                       date=_scalar(c.article_date), path="")
        g.add_edge(node, f"article:{c.article_id}", key="published_in", type="published_in")
        for m in topics.get(c.id, ()):
            topic = f"topic:{m.topic}"
            if topic not in g:
                g.add_node(topic, type="topic", label=m.label)
            g.add_edge(node, topic, key="about", type="about", words=" | ".join(m.words))
        for f in (frames or {}).get(c.id, ()):
            if not f.asserts or f.event.startswith("word:"):
                continue
            event = f"event:{event_key(f)}"
            if event not in g:
                g.add_node(event, type="event", label=event_key(f), event=f.event)
            g.add_edge(node, event, key=f"asserts:{f.index}", type="asserts", trigger=f.trigger,
                       polarity=f.polarity, status=f.status, scope=f.scope)
    for k in conflicts:
        g.add_edge(f"claim:{k.claim_a}", f"claim:{k.claim_b}", key=f"conflict:{k.rule}", type="conflict",
                   rule=k.rule, kind=k.kind, relation=k.relation, score=float(k.score),
                   explanation=k.explanation, topic=k.topic,
                   triggers_a=" | ".join(k.triggers_a), triggers_b=" | ".join(k.triggers_b))
    return g


def write_graphml(graph: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """GraphML, written atomically."""
    import io

    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8")
    atomic_write_bytes(path, buffer.getvalue())
