"""When a claim places its event: a date (deadlines, "نهاية العام الحالي" resolved against the
article date, a month and year in the past) or "recently"."""
from __future__ import annotations

import calendar
import datetime as dt
import re

from ..graph.terms import Terms
from ..lexicon import month_numbers
from ..normalize import normalize

_YEAR = re.compile(r"^(19|20)[0-9]{2}$")
_RELATIVE_WORDS = {("نهايه", "العام", "المقبل"): 1, ("نهايه", "العام", "القادم"): 1, ("نهايه", "السنه", "المقبله"): 1,
             ("نهايه", "العام", "الحالي"): 0, ("نهايه", "العام", "الجاري"): 0, ("نهايه", "هذا", "العام"): 0,
             ("نهايه", "السنه", "الحاليه"): 0, ("نهايه", "العام"): 0, ("نهايه", "السنه"): 0, ("اخر", "العام"): 0}
# relative deadlines (normalised words) -> years after the article's year
_RELATIVE = {tuple(normalize(w) for w in words): years for words, years in _RELATIVE_WORDS.items()}


def _month_end(year: int, month: int, day: int | None) -> dt.date:
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day or last, last))


def read_date(terms: Terms, today: dt.date | None) -> tuple[dt.date, str] | None:
    """The first date the text gives, with its words as written. A month without a year is the
    next such month after ``today`` (a deadline); the end of a year is 31 December."""
    toks = terms.tokens
    months = month_numbers()
    for i, tok in enumerate(toks):
        # months by whole word (or after one clitic): "بالمائة" must not read as مايو/ماي
        bare = tok.text[1:] if tok.text[:1] in ("ب", "و", "ل", "ف") and tok.text[1:] in months else tok.text
        month = months.get(bare)
        if month is None:
            continue
        day = int(toks[i - 1].text) if i > 0 and toks[i - 1].text.isdigit() and int(toks[i - 1].text) <= 31 else None
        # "نيسان/ابريل 2013": a second month name may stand between the month and the year
        k = i + 1
        while k < len(toks) and k <= i + 2 and months.get(toks[k].text) is not None:
            k += 1
        if k < len(toks) and _YEAR.match(toks[k].text):
            year = int(toks[k].text)
        elif today is not None:
            year = today.year if month >= today.month else today.year + 1
        else:
            continue
        return _month_end(year, month, day), terms.surface(max(0, i - (1 if day else 0)), k - i + (2 if day else 1))
    for i in range(len(toks)):
        for words, offset in _RELATIVE.items():
            if all(i + n < len(toks) and w in toks[i + n].keys for n, w in enumerate(words)):
                nxt = i + len(words)
                if nxt < len(toks) and _YEAR.match(toks[nxt].text):
                    return dt.date(int(toks[nxt].text), 12, 31), terms.surface(i, len(words) + 1)
                if today is not None:
                    return dt.date(today.year + offset, 12, 31), terms.surface(i, len(words))
    return None
