"""Where a claim's content starts and ends: past the speaker's circumstances, addressees and
channels to the complement, a quotation or a nominal complement, and on to the next report.
For :class:`~.reader.SentenceReader`."""
from __future__ import annotations

from ..lexicon import month_numbers
from ..normalize import marbuta_forms, strip_diacritics
from .insertions import NAME_IN_QUOTES, Insertions
from .tokens import QUOTES, RELATIVE_PRONOUNS, RESUMPTIVE, TIME_QUALIFIERS, VERBAL_NOUN

ROLE_IN_QUOTES = 10   # words of a quoted role or name right before a complementiser
TITLE_IN_QUOTES = 12  # words of the quoted title of an occasion or campaign: "تحت عنوان «...»"
PURPOSE = ("كي", "لكي")   # a clause of purpose set off by a comma before what is said


class ContentSpan(Insertions):
    """Content boundaries, for :class:`~.reader.SentenceReader`."""

    def content_start(self, frm: int, until: int, says: bool = False) -> tuple[int | None, str]:
        """First content word after a cue and its speaker, and the kind of content.

        Skipped on the way: commas, times ("مساء الثلاثاء"), circumstances ("في مقابلة مع
        التلفزيون الرسمي"), quoted short names ("لـ"العربي الجديد"") and fillers ("القول").
        Content then starts after a complementiser (indirect), an opening quotation mark or a
        colon (direct); any other word starts a nominal complement (report). ``says``: the cue is
        قال, which takes no nominal complement, so nouns before its complement still describe the
        speaker ("قالت أندريا مارتن من مزرعة كذا صاحبة الدجاجة أمس (الاثنين) إن")."""
        ahead = self._complement_ahead(frm, until) or (
            (self._complement_of_saying(frm, until) or self._complement_past_topic(frm, until)) if says else None)
        dashed = self._dashed_title_end(frm, until) if ahead is None else None
        if dashed is not None:
            # "وقالت إدارة القوات - الرينجرز - في كراتشي في بيان: إن": a circumstance after a title
            # between dashes, then the complement
            ahead = self._complement_ahead(dashed, until)
        if ahead is not None:
            frm = ahead
        j, in_circumstance, circumstance_start = frm, False, frm
        while j < until:
            t = self.toks[j]
            nxt = self.toks[j + 1] if j + 1 < until else None
            if nxt is not None and self._temporal_complementiser(j + 1):
                in_circumstance, circumstance_start = True, j
                j += 2                     # "قال بعد أن أم صلاة العيد «...»": when, not what
                continue
            if t.norm in PURPOSE and j > frm and self.toks[j - 1].norm in ("،", ","):
                in_circumstance, circumstance_start = True, j
                j += 1                     # "، كي يتسنى لهم تأكيد التفاصيل: إن ...": why, not what
                continue
            if t.norm in self.comp:
                k = j + 1
                # "إنه"، and a colon some writers put after the complementiser ("قال إن: المالكي")
                while k < until and (self.toks[k].norm in (*RESUMPTIVE, ":") or not self.toks[k].norm):
                    k += 1
                if k < until and self.toks[k].word.text in QUOTES:
                    return k + 1, "direct"
                return k, "indirect"
            if t.word.text in QUOTES and j > 0 and \
                    self.toks[j - 1].norm.removeprefix("ال") in self.lex.word_class("titled_by_quote"):
                close = self.short_quote_end(j, longest=TITLE_IN_QUOTES)
                if close is not None and close < until:
                    j = close              # "في احتفال تحت عنوان «الحملة الوطنية لفرحة العيد»: «...»"
                    continue
            if t.word.text in QUOTES:
                close = self.short_quote_end(j, longest=2)
                if (close == j + 3 and close < until and VERBAL_NOUN.match(self.toks[j + 1].norm.removeprefix("ال"))
                        and not self.toks[close].is_punct and self.toks[close].norm not in self.comp):
                    return j, "report"     # a quoted act and its object: أعلنت "تحرير" المحافظة
                if close is not None and close < until and (not self.toks[close].is_punct or in_circumstance):
                    j = close              # a quoted name on the way: تابعته "ايلاف" إن
                    continue
                # after a preposition that is not what a verb reports with ("إلى «اقتناص الفرصة»")
                named = j > 0 and self.toks[j - 1].upos == "ADP" and self.toks[j - 1].norm not in self.content_prep
                close = self.short_quote_end(j, longest=NAME_IN_QUOTES) if named else None
                if close is not None and close < until and self._speech_opens_after(close, until):
                    j = close              # a name in the speaker's description: لدى «دويتشه بنك»، لـ«...»: «
                    continue
                close = self.short_quote_end(j, longest=ROLE_IN_QUOTES)
                if close is not None and close < until and self.toks[close].norm in self.comp:
                    j = close              # a longer one right before the complementiser: «بي بي سي» أن،
                    continue               # a role: «رئيس مركز الشرق الأوسط السابق للدراسات» إن
                return self.past_opening_complementizer(j + 1, until), "direct"
            if t.norm == "(":
                close = next((k for k in range(j + 1, min(until, j + NAME_IN_QUOTES + 2)) if self.toks[k].norm == ")"), None)
                if close is not None:
                    j = close + 1          # a name or aside in brackets: "أعلن حلف شمال الأطلسي (ناتو) اليوم عن"
                    continue
            if t.norm == ":":
                k = j + 1
                if k < until and self.toks[k].word.text in QUOTES:
                    return self.past_opening_complementizer(k + 1, until), "direct"
                return self.past_opening_complementizer(k, until), "direct"
            if t.norm == "ب" and nxt is not None and nxt.norm in self.filler:
                j += 2                     # "بالقول:" before the statement
                continue
            if t.norm == "من" and j == frm and nxt is not None and j + 1 < until and self._verbal_noun(j + 1):
                return j + 1, "report"     # "وحذر الوزير من انهيار الاتفاق": what one warns of
            marker = self.phrase_end(j, "discourse_marker") or self.anonymity_end(j) or self.addressee_at(j)
            if marker is not None and marker <= until:
                j = marker                 # "وأكد الوزير بدوره أن"، "وأكد الوزير لرويترز ضرورة" (up to the
                continue                   # next cue: "صرح مسؤول رفض الكشف عن هويته قائلا" says it there)
            relative_ma = t.norm == "ما" and nxt is not None and nxt.upos in ("VERB", "AUX")   # "نفى ما تردد"
            if (t.norm in ("،", ",", "(", ")") or t.norm in self.time or self.time_at(j)
                    or (t.norm in self.filler and not relative_ma)
                    or (t.upos == "PRON" and t.glued and j > frm and self.toks[j - 1].norm in self.filler)):
                in_circumstance = False if t.norm in ("،", ",") else in_circumstance
                j += 1
                continue
            if (t.norm in self.content_prep or t.norm == "من") and nxt is not None and (
                    nxt.norm in self.comp or (nxt.word.text in QUOTES and j + 2 < until and self.toks[j + 2].in_quote
                                              and self.short_quote_end(j + 1, longest=2) is None)):
                j += 1                     # "أشار إلى أن"، "حذر من أن"، "شدد على "الاحترام ..."": a quotation
                continue
            if t.norm == "من" and nxt is not None and nxt.norm == "خلال":
                j += 1                     # "من خلال حسابها": the circumstance opens at خلال
                continue
            if (t.norm in self.circ_prep and nxt is not None and j + 2 < until
                    and (nxt.upos == "PROPN" or nxt.norm in self.lex.speaker_kinds.get("government", ()))
                    and (self.toks[j + 2].norm in self.content_prep or self.toks[j + 2].norm in self.comp)):
                j += 2                     # where it was said: "أعلن الحلف اليوم في بروكسل عن"، "قال في بغداد إن"
                continue
            if t.norm in self.circ_prep and nxt is not None and nxt.norm in self.time and not in_circumstance:
                j += 1                     # "بعد ظهر الأربعاء": the time words are skipped one by one
                continue
            if t.norm in self.circ_prep and nxt is not None and nxt.norm in month_numbers() and not in_circumstance:
                j = self._past_month(j + 1, until)
                continue                   # "أعلنت في يناير الماضي تحرير ديالى": when, not what
            dashed = self._dashed_title_end(j, until) if j == frm else None
            if dashed is not None:
                j = dashed                 # "نفى بهاء الأعرجي -نائب رئيس الوزراء- توقف الحملة"
                continue
            if j == frm and t.norm in ("ذات", "نفس") and nxt is not None and nxt.glued and nxt.upos == "PRON":
                j += 2                     # "وبيّنت المصادر ذاتها أن": the same sources
                continue
            if j == frm and self.accusative_participle(j):
                in_circumstance, circumstance_start = True, j
                j += 1                     # "صرح آبي مخاطبًا الحشد: «...»": how he said it
                continue
            if self.channel_at(j) or (t.norm in self.circ_prep and nxt is not None and (
                    nxt.norm in self.circ_noun or nxt.upos == "NUM" or self.owned_circumstance(j + 1)
                    or self._occasion_part_at(j) or strip_diacritics(t.word.text) == "أمام")):
                in_circumstance, circumstance_start = True, j
                j += 1
                continue
            if in_circumstance and t.norm == "علي" and t.upos == "ADP" and (
                    self._channel_before(j) or (nxt is not None and nxt.norm == "هامش")):
                j += 1                     # the platform or occasion: "عبر حسابها على تويتر"، "في كلمة على هامش"
                continue
            if in_circumstance and j - circumstance_start >= 2 and (
                    t.norm in self.content_prep or self.listed_report_object(j)):
                return j, "report"        # "وأثنى خامنئي في وقت لاحق على المفاوضين"، "أكد أمام البرلمان ضرورة"
            if in_circumstance and t.upos == "VERB" and j - circumstance_start >= 2 \
                    and self.toks[j - 1].norm.startswith("ال") and self.toks[j - 1].norm not in RELATIVE_PRONOUNS:
                # "وقال العمرو خلال الحفل أنقل تهنئة": a verb after a definite noun starts what is
                # said; after an indefinite one it describes it ("في بيان نقله مكتبه")
                return j, "report"
            if in_circumstance:
                j += 1
                continue
            return j, "report"
        return None, "report"

    def _past_month(self, k: int, until: int) -> int:
        """Past a month name at ``k`` and what dates it: "يناير الماضي"، "يوليو 2015"."""
        k += 1
        while k < until and (self.toks[k].norm in TIME_QUALIFIERS or self.toks[k].upos == "NUM"):
            k += 1
        return k

    def _temporal_complementiser(self, k: int) -> bool:
        """أن after a preposition of time ("بعد أن"، "قبل أن"، "منذ أن"; lexicon class
        ``temporal_preposition``) opens a clause of when, not what is said."""
        return (k > 0 and self.toks[k].norm in self.comp
                and self.toks[k - 1].norm in self.lex.word_class("temporal_preposition"))

    def _channel_before(self, j: int) -> bool:
        """Does a channel (lexicon class ``channel_noun``: an account, a page, a post), bare or with
        its owner's pronoun ("حساب" + "ها"), end right before ``j``?"""
        k = j - 1
        if k > 0 and self.toks[k].glued and self.toks[k].upos == "PRON":
            k -= 1
        channels = self.lex.word_class("channel_noun")
        return k >= 0 and any(f.removeprefix("ال") in channels for f in marbuta_forms(self.toks[k].norm))

    def past_opening_complementizer(self, k: int, until: int) -> int:
        """A quotation that opens with the complementiser ("قال "إنه سيتحتم ..."") holds the
        statement after it."""
        if k + 1 < until and self.toks[k].norm in self.comp:
            k += 1
            while k < until and self.toks[k].glued and self.toks[k].upos == "PRON":
                k += 1
        return k
