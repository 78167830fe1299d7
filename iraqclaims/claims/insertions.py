"""What may stand between a speaker and what he said: a circumstance, a relative clause or a
title set off by commas or dashes, an addressee, a quoted name, the source of the report ("قال
حسين، الذي يزور واشنطن حالياً ...، إن"، "أوضح سيف حسبما نقل عنه التلفزيون أن"). Read past by
:class:`~.content_span.ContentSpan` on the way to the complement."""
from __future__ import annotations

from .clause_ends import ClauseEnds
from .tokens import QUOTES, RELATIVE_PRONOUNS, RESUMPTIVE, SENTENCE_ENDS

# an addressee this many words after the speaker ("الدكتور سامي أستاذ العلوم السياسية في جامعة قطر
# لـ«عين اليوم» إن"): what lies between describes the speaker, and the content follows the complement
ADDRESSEE_REACH = 12
NAME_IN_QUOTES = 4    # words of a name or an aside in brackets: "حلف شمال الأطلسي (ناتو)"
DASHED_TITLE = 8      # words of a title set between dashes after the speaker
DASHES = ("-", "–", "—")
SPEECH_AFTER_NAME = 12   # tokens after a quoted name within which the colon or أن of what is said comes


class Insertions(ClauseEnds):
    """Insertions between a speaker and the complement, for :class:`~.content_span.ContentSpan`."""

    def _dashed_title_end(self, j: int, until: int) -> int | None:
        """Past a title set between dashes at ``j`` (no verb inside), or None."""
        if j >= until or self.toks[j].norm not in DASHES:
            return None
        close = next((k for k in range(j + 1, min(until, j + DASHED_TITLE + 2)) if self.toks[k].norm in DASHES), None)
        if close is None or any(self.toks[k].upos in ("VERB", "AUX") for k in range(j + 1, close)):
            return None
        return close + 1

    def _complement_ahead(self, frm: int, until: int, reach: int = 30) -> int | None:
        """Where a complement starts past an inserted circumstance or relative clause: "قال
        حسين، الذي يزور واشنطن حالياً ...، إن"، "أكد في 18 من الشهر الماضي أن". Only looked for
        when the words after the speaker open such an insertion, so a nominal complement that
        itself contains أن ("أعرب عن تأييده ... أن") is left alone."""
        if frm >= until or self._dashed_title_end(frm, until) is not None:
            return None     # (what follows a title between dashes is what he said, read from there)
        first = self.toks[frm]
        about_speaker = (first.norm == "و" and frm + 1 < until and self.toks[frm + 1].glued
                         and self.toks[frm + 1].norm in ("هو", "هي", "هم"))     # "سامي، وهو أكبر عضو ...، إن"
        # an adverbial accusative opens one too: "اكدت تزامنا مع الغارات، انها"
        adverbial = first.upos == "NOUN" and first.norm.endswith("ا") and not first.norm.startswith("ال") \
            and len(first.norm) >= 4
        if not (first.norm in ("،", ",", "(", "-", "–") or first.norm in self.circ_prep or first.norm in self.time
                or first.norm in RELATIVE_PRONOUNS or about_speaker or adverbial or self._after_naming(frm)
                or self.accusative_participle(frm)     # "وأضاف مخاطبا رئيس الوزراء: «...»"
                or any(a == frm for _, a, _ in self.according_to())     # "أوضح سيف حسبما نقل عنه التلفزيون أن"
                or any(self.addressee_at(k) is not None for k in range(frm, min(until, frm + ADDRESSEE_REACH)))):
            return None
        source = next((b for _, a, b in self.according_to() if a == frm), None)
        if source is not None:
            k = self.speaker_end(source, until)
            if k < until and k > source and self.toks[k].norm in self.content_prep:
                return k    # "وشدد السفير وفقاً لما نقلته الوكالة على ضرورة الكف": the source, then what he said
        for k in range(frm, min(until, frm + reach)):
            t = self.toks[k]
            if t.norm in SENTENCE_ENDS:
                return None
            if (k > frm and first.norm in ("،", ",") and t.norm in ("،", ",") and k + 2 < until
                    and self.toks[k + 1].norm in self.content_prep and not self.toks[k + 1].in_quote
                    and (self.toks[frm + 1].norm in RELATIVE_PRONOUNS
                         or not any(self._opens_clause(m) for m in range(frm + 1, k)))):
                # "أكد قطان، سفير المملكة في القاهرة، على متانة العلاقات"، "وأشار الوزير، الذي يزور
                # القاهرة، إلى تحسن العلاقات": a title or a relative clause set off by commas, then the
                # preposition that opens what is said
                return k + 1
            if t.in_quote:
                continue
            nxt = self.toks[k + 1].norm if k + 1 < until else ""
            if self._contrast_at(k):
                return None     # "أعلنت في يناير تحرير ديالى، إلا أن التنظيم عاود": the writer's contrast
            if (t.norm in self.comp and not self._temporal_complementiser(k)) or t.norm == ":" \
                    or (t.norm in self.content_prep and nxt in self.comp):
                return k
            opening = k + 1 < until and self.toks[k + 1].in_quote
            if t.word.text in QUOTES and opening and self.short_quote_end(k, longest=2) is None:
                if self._quoted_name_before_complement(k, until, reach) or self._name_quoted_after_noun(k, until):
                    continue            # على هامش "المؤتمر الإعلامي الدولي ..."، الذي عقد ...، إن
                return k
        return None

    def _name_quoted_after_noun(self, k: int, until: int) -> bool:
        """A short quotation of names at ``k`` right after a noun that closes the clause is a
        name, not what is said: "مشيدا في الوقت ذاته بالنتائج التي حققها سلفه "خالد بن سالم"، ومؤكدا"."""
        close = self.short_quote_end(k, longest=NAME_IN_QUOTES)
        noun = k - 1
        if noun > 0 and self.toks[noun].glued and self.toks[noun].upos == "PRON":
            noun -= 1           # his predecessor: سلف + ه
        return (close is not None and noun >= 0 and self.toks[noun].upos in ("NOUN", "PROPN")
                and (close >= until or self.toks[close].norm in ("،", ",", ".", "؛"))
                and all(t.upos == "PROPN" or self.first_name_gender(t) for t in self.toks[k + 1:close - 1]))

    def _speech_opens_after(self, k: int, until: int) -> bool:
        """Does a colon or a complementiser still come after token ``k``, before the sentence
        ends? Then a short quotation before it was a name on the way, not what is said."""
        m = k
        while m < min(until, k + SPEECH_AFTER_NAME):
            t = self.toks[m]
            if t.word.text in QUOTES:
                close = self.short_quote_end(m, longest=NAME_IN_QUOTES)
                if close is None:
                    return False        # a quotation opens first: that is what is said
                m = close               # another name: لـ«الشرق الأوسط»
                continue
            if t.norm in SENTENCE_ENDS:
                return False
            if t.norm == ":" or t.norm in self.comp:
                return True
            m += 1
        return False

    def _complement_of_saying(self, frm: int, until: int, reach: int = 20) -> int | None:
        """The complement of قال past words that can only describe its speaker: no verb, no
        sentence end and no quotation before it."""
        k = frm
        while k < min(until, frm + reach):
            t = self.toks[k]
            if t.norm in self.comp:
                return k if k > frm else None
            if t.norm == ":" and k > frm and k + 1 < until and self.toks[k + 1].word.text in QUOTES:
                return k            # "ويقول جيمس فرو، وهو محلل ...، لـ«الشرق الأوسط»: «...»"
            close = self.short_quote_end(k, longest=3)
            if close is not None:
                k = close               # a quoted name: المسماة «سيسيلي»
                continue
            if self.time_at(k):
                k += 1                  # "أمس" whatever its tag
                continue
            relative = k + 1 < until and self.toks[k + 1].glued and self.toks[k + 1].norm in RESUMPTIVE
            if t.norm in SENTENCE_ENDS or t.norm == ":" or t.word.text in QUOTES or (
                    t.upos in ("VERB", "AUX") and not relative):     # "تقرير مشترك أصدرته وكالتا الأمم المتحدة"
                return None
            k += 1
        return None

    def _complement_past_topic(self, frm: int, until: int, reach: int = 20) -> int | None:
        """The complement of قال past what he spoke about: "وقال البحرة حول ما يشاع عن المبادرة إن"،
        "بشأن"، "بخصوص" (lexicon class ``topic_preposition``)."""
        topic = self.lex.word_class("topic_preposition")
        t = self.toks[frm] if frm < until else None
        if t is None or not (t.norm in topic - {"عن", "وعن"} or (
                t.norm == "ب" and frm + 1 < until and "ب" + self.toks[frm + 1].norm in topic)):
            return None
        for k in range(frm + 1, min(until, frm + reach)):
            m = self.toks[k]
            if m.word.text in QUOTES and self.short_quote_end(k, longest=NAME_IN_QUOTES) is None:
                return k        # "وقال كيري حول ذلك «إذا ما أولينا ...»": the quotation he said
            if m.norm in SENTENCE_ENDS or m.norm == ":" or m.word.text in QUOTES:
                return None
            if m.norm in self.comp and not self._temporal_complementiser(k):
                return k
        return None

    def _after_naming(self, frm: int) -> bool:
        """Right after a speaker named by a naming phrase ("امرأة عرفت نفسها باسم سلمى تبلغ من
        العمر 30 عاما ... إن"): what follows still describes her, up to the complement."""
        return any(self.naming_end(k, reach=0) == frm for k in range(max(0, frm - 8), frm))

    def _opens_clause(self, m: int) -> bool:
        """A relative pronoun, a complementiser, a reporting verb or a present-tense verb: a title
        holds none of them (a perfect "verb" in one is mostly a noun the tagger misread: سفير)."""
        t = self.toks[m]
        return (t.norm in RELATIVE_PRONOUNS or t.norm in self.comp or self.verb_cue(t) is not None
                or (t.upos == "VERB" and "Aspect=Imp" in t.word.feats))

    def _quoted_name_before_complement(self, k: int, until: int, reach: int) -> bool:
        """Is the quotation opening at ``k`` a name on the way (a conference, a channel) rather
        than the statement? It is when a complementiser follows after it closes."""
        close = next((m for m in range(k + 1, min(until, k + reach)) if self.toks[m].word.text in QUOTES), None)
        if close is None:
            return False
        for m in range(close + 1, min(until, close + reach)):
            if self.toks[m].norm in SENTENCE_ENDS or self.toks[m].word.text in QUOTES:
                return False
            if self.toks[m].norm in self.comp:
                return True
        return False
