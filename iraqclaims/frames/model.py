"""The event frame: what one claim asserts about one event."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# what a frame says of its event besides "it is so": read from the words around the predicate
STATUSES = ("", "done", "ongoing", "planned", "undecided", "denied", "demanded", "conditional")
SCOPES = ("", "all", "part", "combat")
# classes compared as one event: a reduction is a partial withdrawal; an aircraft that crashed is
# one that others may say was shot down
FAMILY = {"reduce": "withdraw", "crash": "shoot_down"}
CAUSES = ("", "hostile", "natural")


@dataclass(frozen=True)
class Quantity:
    """A number with what it counts ("50 قتيلا": 50 of killed). ``at_least`` for "أكثر من 100"،
    "على الأقل"; ``approx`` for "حوالي/نحو/زهاء"; ``combined`` when the count covers two things
    ("66 قتيلا وجريحا")."""

    value: float
    unit: str
    words: str
    approx: bool = False
    at_least: bool = False
    combined: bool = False


@dataclass(frozen=True)
class EventFrame:
    """One event a claim speaks of.

    ``event`` is the predicate class of ``lexicons/events.txt`` (withdraw, control, death ...) or,
    for a negated predicate no class lists, ``word:<stem>``; ``theme`` the words it bears on
    (normalised keys, for matching) and ``theme_text`` as written; ``polarity`` False when it is
    negated or denied; ``status`` one of :data:`STATUSES`; ``scope`` one of :data:`SCOPES`;
    ``quantities`` the numbers near it; ``time`` a date the claim gives, ``recent`` for
    "مؤخرا". ``asserts`` is False when the claim only mentions the event ("اجتماع بشأن
    الانسحاب") or makes it a condition ("لو طلبت الانسحاب"). ``universal`` when it is any such act
    (events.txt act_events: "نفى أي عملية إنزال"), not one in particular."""

    event: str
    trigger: str                      # the predicate as written
    index: int                        # token index of the predicate in the claim's content (-1: a lemma)
    theme: frozenset[str] = frozenset()
    theme_text: str = ""
    head: frozenset[str] = frozenset()    # keys of the words right after the predicate (its object)
    polarity: bool = True
    status: str = ""
    scope: str = ""
    scope_text: str = ""              # the scope words as written ("جميع القوات")
    status_text: str = ""             # the status or negation words as written ("لم يعد"، "ستواصل")
    quantities: tuple[Quantity, ...] = ()
    time: dt.date | None = None
    time_text: str = ""
    recent: bool = False
    cause: str = ""                   # one of CAUSES: by someone's hand or not (frames/cause.py)
    cause_text: str = ""              # the cause words as written ("جراء المرض"، "إسقاط")
    asserts: bool = True
    universal: bool = False           # "أي عملية إنزال": any such act

    @property
    def denies_any(self) -> bool:
        """A negation or denial of any such act ("لم تنفذ أية عملية إنزال"، "نفى أي هجوم")."""
        return self.universal and not self.polarity

    @property
    def family(self) -> str:
        return FAMILY.get(self.event, self.event)

    def describe(self) -> str:
        """The frame in a few words, for explanations: "«لم يعد بحاجة» (need, منفي)"."""
        parts = [self.event]
        if not self.polarity:
            parts.append("منفي")
        if self.status:
            parts.append(self.status)
        if self.scope:
            parts.append(self.scope)
        return f"«{self.status_text + ' ' if self.status_text else ''}{self.trigger}» ({', '.join(parts)})"
