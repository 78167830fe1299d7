"""Why an event happened, where the claim says: by someone's hand (killed, poisoned, shot down)
or not (an illness, a technical fault, an emergency landing). Read from ``cause:hostile`` and
``cause:natural`` in lexicons/events.txt, near the predicate of an event class listed in
``caused_events``; the predicate itself may say it ("مقتل"، "إسقاط")."""
from __future__ import annotations

from ..graph.terms import Terms
from ..lexicon import table
from .model import CAUSES

CAUSE_BEFORE, CAUSE_AFTER = 3, 10    # "وفاة الملا عمر قبل مدة من الزمن جراء المرض": the cause may trail


def read_cause(terms: Terms, at: int, event: str) -> tuple[str, str]:
    """(cause, its words as written) of the event whose predicate stands at token ``at``: the
    nearest cause word, "" when the claim gives none or the class has no cause."""
    lexicon = table("events.txt")      # (cached; frames/reader.py's lexicon() cannot be imported here)
    if event not in lexicon.get("caused_events", ()) or at < 0:
        return "", ""
    toks = terms.tokens
    not_cause = set(lexicon.get("not_cause", ()))
    alternatives = set(lexicon.get("alternative", ()))
    near = [(abs(k - at), -len(phrase), name, k, phrase)
            for name in CAUSES if name for k, phrase in terms.find_any(lexicon[f"cause:{name}"])
            if k >= 0 and at - CAUSE_BEFORE <= k <= at + CAUSE_AFTER and not toks[k].keys & not_cause]
    # "وفاة أو مقتل زعيمها": two causes offered, none asserted
    if not near or any(toks[j].text in alternatives for *_, k, _ in near for j in (k - 1, k + 1) if 0 <= j < len(toks)):
        return "", ""
    _, _, name, k, phrase = min(near)     # the nearest, and the longest phrase there ("عطل فني")
    return name, terms.surface(k, len(phrase.split())) or phrase
