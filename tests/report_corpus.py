"""A Corpus with hand-written claims, topics and conflicts, for report tests that need no model.

The articles, claims and conflicts are real objects; only the parser and the extractor are
skipped, by filling the Corpus's cached properties. Every piece of text can be made hostile."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from iraqclaims import Corpus
from iraqclaims.article import Article, Span
from iraqclaims.claims import Claim, ClaimList, Speaker
from iraqclaims.graph.topics import TopicMatch
from iraqclaims.parse.document import ParsedDocument
from iraqclaims.rules.model import Conflict, ConflictList

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>" onmouseover="alert(2)'


def _claim(article: Article, cid: str, speaker: str, cue: str, content: str, *, speaker_id: str,
           date: dt.date | None, sentence_index: int = 0, via: tuple[str, ...] = ()) -> Claim:
    text = article.text
    s = text.index(speaker)
    c = text.index(cue)
    k = text.index(content)
    return Claim(id=cid, article_id=article.id, sentence_index=sentence_index, speaker_text=speaker,
                 speaker_id=speaker_id, cue_lemma=cue, cue_text=cue, content=content, kind="indirect",
                 anonymous=False, speaker_span=(s, s + len(speaker)), cue_span=(c, c + len(cue)),
                 content_span=(k, k + len(content)), sentence_span=(0, len(text)), via=via,
                 article_date=date)


def hand_corpus(hostile: bool = False, *, conflicts: bool = True) -> Corpus:
    """Two articles, two speakers, two claims on one topic that contradict each other (scope).

    With ``hostile`` every string the report shows carries markup that must stay text."""
    evil = f" {HOSTILE}" if hostile else ""
    speaker_a = "البيان المشترك" + evil
    speaker_b = "رئيس الوزراء" + evil
    content_a = "الولايات المتحدة ستقلص عدد قواتها في العراق" + evil
    content_b = "انسحاب جميع القوات الأميركية من العراق" + evil
    text_a = f"وأكد {speaker_a} أن {content_a}."
    text_b = f"وقال {speaker_b} إن {content_b}."
    d = dt.date(2020, 6, 12)
    articles = [
        Article(id="a1", text=text_a, path=Path("articles/a1.txt"), outlet="وكالة" + evil, date=d,
                title="الحوار الاستراتيجي" + evil, body=(Span(0, len(text_a)),)),
        Article(id="a2", text=text_b, path=None, outlet=None, date=d, title=None,
                body=(Span(0, len(text_b)),)),
    ]
    claims = (
        _claim(articles[0], "a1-0-1", speaker_a, "أكد", content_a, speaker_id="statement", date=d),
        _claim(articles[1], "a2-0-1", speaker_b, "قال", content_b, speaker_id="pm", date=d,
               via=("وكالات" + evil,)),
    )
    speakers = (Speaker("statement", speaker_a, "statement", (speaker_a,)),
                Speaker("pm", speaker_b, "person", (speaker_b, "الكاظمي")))
    label = "القوات الأجنبية" + evil
    topics = {c.id: (TopicMatch("foreign_troops" + evil, label, ("القوات",)),) for c in claims}
    found = ConflictList((Conflict(claim_a="a1-0-1", claim_b="a2-0-1", rule="scope", kind="scope", score=0.9,
                                   explanation="الأول يتحدث عن خفض جزئي «ستقلص» والثاني عن الكل «انسحاب جميع القوات»" + evil,
                                   triggers_a=("ستقلص" + evil,), triggers_b=("انسحاب جميع القوات",),
                                   topic=next(iter(topics.values()))[0].topic),) if conflicts else ())
    corpus = Corpus(articles, [ParsedDocument(()) for _ in articles])
    # the cached properties Corpus computes from parses, set directly
    corpus.__dict__["_extraction"] = (ClaimList(claims), speakers)
    corpus.__dict__["topics"] = topics
    corpus.__dict__["conflicts"] = found
    return corpus
