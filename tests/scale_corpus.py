"""A large Corpus built by hand: thousands of articles, tens of thousands of claims and thousands
of conflicts, for testing and timing the report at scale without a parser.

As in tests/report_corpus.py the articles, claims and conflicts are real objects and the Corpus's
cached properties are filled directly. Speakers, outlets and topics are drawn with a long tail
(a few speak a lot, most rarely), as in news; everything is seeded, so two builds are equal."""
from __future__ import annotations

import datetime as dt
import random
from itertools import accumulate
from pathlib import Path

from iraqclaims import Corpus
from iraqclaims.article import Article, Span
from iraqclaims.claims import Claim, ClaimList, Speaker
from iraqclaims.graph.topics import TopicMatch
from iraqclaims.parse.document import ParsedDocument
from iraqclaims.rules.model import Conflict, ConflictList

WORDS = ("القوات", "الأميركية", "العراق", "الحكومة", "الانسحاب", "بغداد", "الموصل", "الحشد", "الشعبي", "البرلمان",
         "الانتخابات", "الميزانية", "النفط", "الكهرباء", "الحدود", "سوريا", "إيران", "التحالف", "الدولي", "الأمن",
         "الاتفاق", "المفاوضات", "العام", "المقبل", "الماضي", "جميع", "بعض", "قريبا", "لن", "سوف", "تبقى", "تنسحب",
         "القاعدة", "الجوية", "عين", "الأسد", "أربيل", "الإقليم", "الوزارة", "الدفاع", "الخارجية", "المتظاهرين",
         "الفساد", "الإصلاحات", "الرواتب", "الموظفين", "المياه", "الزراعة", "الصحة", "اللقاح", "الحوار", "الاستراتيجي",
         "الهجوم", "الصواريخ", "السفارة", "المنطقة", "الخضراء", "التحقيق", "اللجنة", "القرار")
CUES = ("قال", "أكد", "أعلن", "نفى", "أوضح", "أشار", "ذكر", "صرح")
FIRST = ("مصطفى", "فؤاد", "برهم", "محمد", "علي", "حسن", "أحمد", "نوري", "عادل", "هادي", "قيس", "عمار", "مسعود",
         "نيجيرفان", "جو", "أنتوني", "لويد", "جينين", "خالد", "سلمان")
LAST = ("الكاظمي", "حسين", "صالح", "الحلبوسي", "الصدر", "المالكي", "عبد المهدي", "العامري", "الخزعلي", "الحكيم",
        "البارزاني", "بايدن", "بلينكن", "أوستن", "بلاسخارت", "الصحاف", "ناظم", "العسكري", "الأعرجي", "الزاملي")
SPEAKER_KINDS = ("person", "person", "person", "organisation", "government", "statement", "anonymous", "media")
KINDS = ("scope", "status", "happened", "need", "timing", "antonym", "number", "date", "dispute", "substitution")


def _long_tail(n: int) -> list[float]:
    """Cumulative weights 1, 1/2, 1/3 ... (cumulative: random.choices needs no sum per draw)."""
    return list(accumulate(1 / (i + 1) for i in range(n)))


def scale_corpus(n_articles: int = 3000, claims_per_article: int = 10, n_conflicts: int = 5000, *,
                 n_speakers: int = 400, n_topics: int = 100, n_outlets: int = 25, seed: int = 7) -> Corpus:
    """``n_articles`` articles of ``claims_per_article`` claims each (one sentence per claim),
    and ``n_conflicts`` conflicts between claims on a common topic, strongest first as the
    engine lists them."""
    rng = random.Random(seed)
    speakers = tuple(Speaker(f"s{i}", f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]}"
                             + (f" {i}" if i >= len(FIRST) * len(LAST) else ""),
                             SPEAKER_KINDS[i % len(SPEAKER_KINDS)]) for i in range(n_speakers))
    speaker_weights = _long_tail(n_speakers)
    # the first topics stand for the lexicon's, the others for topics found by similarity
    topics = [TopicMatch(f"topic_{i}", f"موضوع {WORDS[i % len(WORDS)]} {i}", (WORDS[i % len(WORDS)],))
              if i < n_topics // 3 else TopicMatch(f"similar:{i}", " ".join(rng.sample(WORDS, 3)), ())
              for i in range(n_topics)]
    topic_weights = _long_tail(n_topics)
    outlet_weights = _long_tail(n_outlets)
    outlets = [f"وكالة {WORDS[i % len(WORDS)]} {i}" for i in range(n_outlets)]
    start = dt.date(2019, 1, 1)
    articles, claims, claim_topics = [], [], {}
    for a in range(n_articles):
        aid = f"{a:05d}"
        date = None if a % 50 == 49 else start + dt.timedelta(days=rng.randrange(900))
        sentences = []
        at = 0
        for s in range(claims_per_article):
            speaker = rng.choices(speakers, cum_weights=speaker_weights)[0]
            cue = rng.choice(CUES)
            content = " ".join(rng.choices(WORDS, k=rng.randint(8, 16)))
            prefix = f"و{cue} "
            sentence = f"{prefix}{speaker.name} إن {content}."
            spk = at + len(prefix)
            cnt = at + len(sentence) - len(content) - 1
            claims.append(Claim(id=f"{aid}-{s}-1", article_id=aid, sentence_index=s, speaker_text=speaker.name,
                                speaker_id=speaker.id, cue_lemma=cue, cue_text=cue, content=content, kind="indirect",
                                anonymous=speaker.kind == "anonymous", speaker_span=(spk, spk + len(speaker.name)),
                                cue_span=(at + 1, at + 1 + len(cue)), content_span=(cnt, cnt + len(content)),
                                sentence_span=(at, at + len(sentence)), article_date=date))
            drawn = rng.choices(topics, cum_weights=topic_weights, k=rng.choice((0, 1, 1, 1, 2)))
            claim_topics[claims[-1].id] = tuple({m.topic: m for m in drawn}.values())
            sentences.append(sentence)
            at += len(sentence) + 1
        text = "\n".join(sentences)
        articles.append(Article(id=aid, text=text, path=Path(f"articles/{aid}.txt"),
                                outlet=rng.choices(outlets, cum_weights=outlet_weights)[0],
                                date=date, title=f"خبر {aid}", body=(Span(0, len(text)),)))
    by_topic: dict[str, list[Claim]] = {}
    for c in claims:
        for m in claim_topics[c.id]:
            by_topic.setdefault(m.topic, []).append(c)
    pairs: dict[tuple[str, str], Conflict] = {}
    names = [t for t in by_topic if len(by_topic[t]) > 1]
    weights = list(accumulate(len(by_topic[t]) for t in names))
    while len(pairs) < n_conflicts:
        topic = rng.choices(names, cum_weights=weights)[0]
        a, b = sorted(rng.sample(by_topic[topic], 2), key=lambda c: c.id)
        kind = rng.choice(KINDS)
        same = a.speaker_id == b.speaker_id
        pairs[(a.id, b.id)] = Conflict(
            claim_a=a.id, claim_b=b.id, rule=kind, kind=kind, score=round(rng.uniform(0.3, 1.0), 3),
            explanation=f"الأول يقول «{a.content.split()[0]}» والثاني «{b.content.split()[0]}»",
            triggers_a=(a.content.split()[0],), triggers_b=(b.content.split()[0],),
            relation="change_of_position" if same else "contradiction", topic=topic)
    found = sorted(pairs.values(), key=lambda k: (-k.score, k.claim_a, k.claim_b))
    corpus = Corpus(articles, [ParsedDocument(()) for _ in articles])
    used = {c.speaker_id for c in claims}
    corpus.__dict__["_extraction"] = (ClaimList(tuple(claims)), tuple(s for s in speakers if s.id in used))
    corpus.__dict__["topics"] = claim_topics
    corpus.__dict__["conflicts"] = ConflictList(tuple(found))
    return corpus
