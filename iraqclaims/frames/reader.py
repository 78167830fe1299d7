"""Reading event frames from a claim's words (graph/terms.py) and lexicons/events.txt.

Each predicate of an event class found in the claim gives a frame; so does a negated predicate
that no class lists ("لم تسجل" -> ``word:سجل``), so a denial of any act can meet its assertion.
Everything is read from a small window of tokens around the predicate: negation and status
before it, scope and theme around it.
"""
from __future__ import annotations

import datetime as dt
from functools import cache

from ..claims.tokens import RELATIVE_PRONOUNS
from ..graph.terms import Terms, stem, stopwords, token_keys
from ..lexicon import table
from ..normalize import normalize
from .cause import read_cause
from .model import EventFrame
from .numbers import quantities
from .scope import read_scope, scope_hits
from .time import read_date

STATUS_REACH = 6    # "ستواصل الولايات المتحدة خلال الأشهر المقبلة تقليص": the status word may stand far back
NEGATION_REACH = 2  # "لم يتم تحرير"، "لن تشهد مشاركة"
MENTION_REACH = 3   # "بخصوص ضمانات انسحاب"
QUESTION_REACH = 4  # "هل ستنسحب القوات"، "كيف يؤثر"
DENIAL_BEFORE, DENIAL_AFTER = 3, 10
THEME_BEFORE, THEME_AFTER = 3, 6
OBJECT_REACH, OBJECT_WORDS = 14, 4   # "سيطرة <subject of up to a dozen words> على <object>"
PAST_ENDINGS = ("ت", "وا", "تا", "ا")
STATUS_ORDER = ("demanded", "undecided", "planned", "ongoing", "done")
# lexicon classes that list event classes or content words, not words that frame an event
NOT_FUNCTION_CLASSES = ("subject_theme", "act_events", "act_support", "relations", "caused_events", "part_events",
                        "not_cause", "alternative")


@cache
def lexicon() -> dict[str, tuple[str, ...]]:
    return table("events.txt")


@cache
def event_classes() -> dict[str, tuple[str, ...]]:
    return {k.split(":", 1)[1]: v for k, v in lexicon().items() if k.startswith("event:")}


@cache
def event_forms() -> frozenset[str]:
    """Every one-word form of every event class, normalised."""
    return frozenset(normalize(f) for forms in event_classes().values() for f in forms if " " not in f)


@cache
def _function_words() -> frozenset[str]:
    """Words that never make a theme: stopwords and the one-word forms of the slot lexicons."""
    words = set(stopwords())
    for key, forms in lexicon().items():
        if not key.startswith(("event:", "cause:")) and key not in NOT_FUNCTION_CLASSES:
            words.update(form for form in forms if " " not in form)
    return frozenset(words)


def _positions(terms: Terms, name: str) -> list[tuple[int, str]]:
    return terms.find_any(lexicon()[name])


def _predicates(terms: Terms) -> list[tuple[int, str, str]]:
    """(token index, class, phrase): the longest phrase wins a token claimed by two classes, and
    a word the lexicon marks as no predicate (``not_event``: "بقية" has the root of "يبقى") is none."""
    hits = [(i, cls, p) for cls, forms in event_classes().items() for i, p in terms.find_any(forms)]
    taken: set[int] = {i + k for i, p in _positions(terms, "not_event") if i >= 0 for k in range(len(p.split()))}
    out = []
    for i, cls, phrase in sorted(hits, key=lambda h: -len(h[2].split())):
        span = set(range(i, i + len(phrase.split()))) if i >= 0 else set()
        if i >= 0 and span & taken:
            continue
        taken |= span
        out.append((i, cls, phrase))
    return sorted(out)


SUBJECT_WORDS = 4   # the subject a claim opens with, before its first predicate: "جلال الدين حقاني"


def _leading_subject(toks, first: int) -> list:
    """The words a claim opens with when it opens with a noun phrase (subject-verb order, "جلال
    الدين حقاني الذي ...، توفي"): the subject of its first predicate, however far the predicate
    stands. Up to a relative pronoun and at most :data:`SUBJECT_WORDS`; none when the claim
    opens with a function word (a preposition, a negation) or with the predicate itself."""
    if first <= THEME_BEFORE or not toks or toks[0].text in _function_words():
        return []
    out = []
    for t in toks[:min(first, SUBJECT_WORDS)]:
        if t.text in RELATIVE_PRONOUNS or t.text in _function_words():
            break
        out.append(t)
    return out


def _verb_between(toks, negator: int, at: int, starts: set[int], event: str = "") -> bool:
    """A predicate of its own between the negator and this one takes the negation: "لم تنفذ
    قرارات المجلس" denies the implementing, not the decisions. A support verb passes it on
    ("لن تشهد مشاركة"), and so does a verb that carries out an act ("لم تنفذ عملية إنزال")."""
    return any(j in starts and not (toks[j].keys & _supports(event)) for j in range(negator + 1, at))


@cache
def _supports(event: str) -> frozenset[str]:
    support = frozenset(lexicon()["support"])
    return support | frozenset(lexicon()["act_support"]) if event in lexicon()["act_events"] else support


def _carried(toks, negator: int, at: int, event: str) -> bool:
    """A negation reaches an act through the verb that carries it out, its doer and "any": "لم
    تنفذ قوات التحالف عملية إنزال"، "لم يشن أي هجوم"."""
    return (event in lexicon()["act_events"] and negator + 1 < at <= negator + 6
            and bool(toks[negator + 1].keys & set(lexicon()["act_support"])))


def _imperfect_verb(word: str) -> bool:
    """Looks like a present-tense verb: a third-person prefix on a stem of three letters or more
    (ن is left out: "نظام"، "نقل" are nouns far more often than "we" verbs)."""
    return word[:1] in ("ي", "ت") and len(word) >= 4


def _negated_words(terms: Terms, negators, still, covered) -> list[tuple[int, str, str]]:
    """Negated predicates no class lists: "لم تسجل" -> (index, "word:سجل", "تسجل")."""
    skip = {normalize(w) for w in ("تم", "يتم", "تمت", "يحدث", "يحصل")}
    light = set(lexicon()["light"])
    verbal = set(lexicon()["verbal_negation"])
    out = []
    for n, negator in negators:
        if n in still or n < 0:
            continue
        k = n + 1
        while k < len(terms.tokens) and terms.tokens[k].text in skip:
            k += 1
        if k >= len(terms.tokens) or k in covered:
            continue
        tok = terms.tokens[k]
        if tok.keys & light or tok.text in _function_words() or len(tok.text) < 3 or tok.text.isdigit():
            continue
        # "ليس لتنفيذ … فحسب"، "لم يتبق غير إجراء"، "ولا نظامه": these negators deny a thing or a
        # quality, not an act; "لا" denies an act only before a verb ("لا يتدخل")
        if normalize(negator) not in verbal and not (normalize(negator) == "لا" and _imperfect_verb(tok.text)):
            continue
        out.append((k, f"word:{stem(tok.keys, tok.text)}", tok.text))
    return out


def _object_phrase(toks, at: int, event: str, starts: set[int]) -> tuple[int, list]:
    """Where the event's object preposition (``object:CLASS`` in events.txt) opens what the event
    happens to, within :data:`OBJECT_REACH` words after the predicate and before another one, and
    the content words after it: (index of the preposition, tokens), or (-1, [])."""
    prepositions = set(lexicon().get(f"object:{event}", ()))
    if not prepositions:
        return -1, []
    for k in range(at + 1, min(len(toks), at + OBJECT_REACH + 1)):
        if k in starts:
            break
        if toks[k].text in prepositions:
            words = []
            for j in range(k + 1, min(len(toks), k + 1 + 2 * OBJECT_WORDS)):
                if j in starts or len(words) == OBJECT_WORDS:
                    break
                if toks[j].text not in _function_words() and len(toks[j].text) >= 3 and not toks[j].text.isdigit():
                    words.append(toks[j])
            return k, words
    return -1, []


def _past(keys: frozenset[str], phrase: str) -> bool:
    """A predicate written as a past verb: the lexicon stem with a past ending ("سيطرت"، "اتفقا")."""
    return " " not in phrase and any(phrase + ending in keys for ending in PAST_ENDINGS)


def denies(cue: str) -> bool:
    """Does the cue as written deny what the claim says ("نفى"، "كذبت"; events.txt denial_cue)?"""
    return bool(cue and Terms.of(cue).find_any(lexicon()["denial_cue"]))


def read_frames(terms: Terms, *, cue: str = "", today: dt.date | None = None) -> tuple[EventFrame, ...]:
    """The event frames of one claim: its content's terms, its cue as written (a denial's verb,
    "نفى", denies what the content says) and its article date (for relative dates)."""
    toks = terms.tokens
    # a negation found only among the lemmas (index -1) stands nowhere: it negates nothing
    negators = [(i, p) for i, p in _positions(terms, "negation") if len(p.split()) == 1 and i >= 0]
    still = {i + k for i, p in _positions(terms, "still") for k in range(len(p.split()))}
    no_longer = _positions(terms, "no_longer")
    denied_by_cue = denies(cue)
    # "X غير صحيح" denies what precedes; "مزاعم X" what follows ("تدحض مزاعم" denies nothing before it)
    denials = [(k, p, "after") for k, p in _positions(terms, "denial")] + \
              [(k, p, "before") for k, p in _positions(terms, "denial_before")]
    corrections = [i for i, _ in _positions(terms, "correction") if i >= 0]
    mentions = [i for i, _ in _positions(terms, "mention")]
    questions = [i for i, _ in _positions(terms, "question")]
    conditions = [i for i, _ in _positions(terms, "status:conditional")]
    # a status word found only among the lemmas stands nowhere, so near nothing (the lemma of
    # "لطالبان" is طالب, "demanded")
    statuses = {name: [(k, p) for k, p in _positions(terms, f"status:{name}") if k >= 0] for name in STATUS_ORDER}
    scopes = scope_hits(terms)
    numbers = quantities(terms)
    when = read_date(terms, today)
    recent = bool(_positions(terms, "time:recent"))
    universal = {i for i, _ in _positions(terms, "universal") if i >= 0}
    predicates = _predicates(terms)
    covered = {i for i, _, _ in predicates} | {i + k for i, p in no_longer for k in range(len(p.split()))}
    predicates += _negated_words(terms, negators, still, covered)

    starts = {i for i, _, _ in predicates}
    first = min((i for i in starts if i >= 0), default=-1)
    subject = _leading_subject(toks, first)
    frames = []
    for i, event, phrase in sorted(predicates):
        at = max(i, 0)
        trigger = terms.surface(i, len(phrase.split())) or phrase
        polarity, status, status_text = True, "", ""
        neg = [(k, p) for k, p in negators if (at - NEGATION_REACH <= k < at or _carried(toks, k, at, event))
               and k not in still and not _verb_between(toks, k, at, starts, event)]
        stop = [(k, p) for k, p in no_longer if at - 4 <= k < at]
        if stop or neg:
            k = (stop or neg)[-1][0]
            polarity, status_text = False, terms.surface(k, at - k)
        corrected = any(c < at for c in corrections)
        # "ما يتداول بشأن منع ... غير صحيح"، "لا صحة لمقتل": the marker stands next to what it
        # denies; one far before ("المغالطات في التصريحات بخصوص إخراج القوات") disputes talk about it
        denial = next(((k, p) for k, p, side in denials
                       if (at - DENIAL_BEFORE <= k < at if side == "before" else at < k <= at + DENIAL_AFTER)), None)
        if (denied_by_cue or denial) and not corrected:
            polarity, status = False, "denied"
            status_text = cue if denied_by_cue else (terms.surface(denial[0], len(denial[1].split())) or denial[1])
        if not status:
            # (a status word before "منذ" is another's: "إجرام داعش مستمر منذ أن سيطر على الموصل")
            near = [(at - k, name, k, p) for name, hits in statuses.items() for k, p in hits
                    if (at - STATUS_REACH <= k < at and not any(toks[m].text == "منذ" for m in range(k + 1, at)))
                    or (name == "planned" and at < k <= at + 4 and p in ("قريبا",))]
            if toks[at].text.startswith("س") and len(toks[at].text) >= 4 and not toks[at].text.startswith("سي" + "طر"):
                near.append((0, "planned", at, phrase))
            if near:
                _, status, k, p = min(near)
                if status != "planned" or k != at:
                    status_text = terms.surface(k, len(p.split())) or p
            if any(k in still for k in range(at - STATUS_REACH, at)):
                status = "ongoing"
            elif not status and _past(toks[at].keys, phrase):
                status = "done"
        conditional = any(k < at for k in conditions)
        if conditional:
            status = "conditional"
        mentioned = any(at - MENTION_REACH <= k < at for k in mentions) and status != "denied"
        asked = any(at - QUESTION_REACH <= k < at for k in questions)
        preposition, object_tokens = _object_phrase(toks, at, event, starts)
        scope, scope_text = read_scope(terms, scopes, at, preposition)
        near_numbers = tuple(q for k, q in numbers if at - 8 <= k <= at + 15)
        if event in lexicon()["relations"]:
            near_numbers, status = (), status if status == "denied" else ""
        if not scope and event in lexicon()["part_events"]:
            scope, scope_text = "part", trigger
        theme_tokens = [t for k, t in enumerate(toks) if at - THEME_BEFORE <= k <= at + THEME_AFTER and k != at
                        and t.text not in _function_words() and len(t.text) >= 3 and not t.text.isdigit()]
        own_subject = subject if i == first and event in lexicon()["subject_theme"] else []
        theme = frozenset(key for t in theme_tokens + own_subject + object_tokens for key in t.keys
                          if len(key) >= 3) - _function_words()
        after_tokens = [t for t in theme_tokens if t.start > toks[at].start][:3] if toks else []
        if object_tokens:
            after_tokens = object_tokens[:3]   # what the event happens to, not who does it ("سيطرة الجيش على")
        after = [t.written for t in after_tokens]
        cause, cause_text = read_cause(terms, i, event)
        frames.append(EventFrame(
            event=event, trigger=trigger, index=i, theme=theme, theme_text=" ".join(after),
            head=frozenset(k for t in after_tokens for k in t.keys if len(k) >= 3), polarity=polarity,
            status=status, scope=scope, scope_text=scope_text, status_text=status_text, quantities=near_numbers,
            time=when[0] if when else None, time_text=when[1] if when else "", recent=recent,
            cause=cause, cause_text=cause_text, asserts=not conditional and not mentioned and not asked,
            universal=bool(universal & {at - 1, at - 2}) and event in lexicon()["act_events"]))
    return tuple(frames)


def event_key(frame: EventFrame) -> str:
    """The node an event gets in the graph: its class family and the first word of its theme."""
    head = normalize(frame.theme_text.split()[0]) if frame.theme_text else ""
    key = stem(token_keys(head), head) if head else ""
    return f"{frame.family}:{key}" if key else frame.family
