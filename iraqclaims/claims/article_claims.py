"""Claims of a whole article: sentence readings plus the speakers left implicit."""
from __future__ import annotations

import dataclasses
import re
from typing import Iterator

from ..article import Article
from ..normalize import normalize
from ..parse.document import ParsedDocument
from .model import Claim
from .reader import SentenceReader
from .registry import run_patterns
from .labels import without_country_labels
from .mentions import Mention
from .quotations import inside_quotation, through_open_quotation
from .speakers import SpeakerRegistry


UNRESOLVED = Mention("(متحدث غير محدد)", None, plausible=False)


def _cue_agreement(sentence, cue_span, cue_lemma: str = "") -> tuple[str | None, bool]:
    """Gender and plurality that a verb or participle demands of its implicit subject."""
    word = next((w for w in sentence.words if (w.start, w.end) == cue_span), None)
    if word is None:
        return None, False
    feats = word.features
    text = word.text
    gender = feats.get("Gender")
    # the reporting-verb lexicon knows the verb better than the tagger: "لفت" ends in ت and
    # "ولفت" (conjunction left on) comes out feminine, though only "لفتت" is
    lemma = normalize(cue_lemma)
    forms = {normalize(text)} | ({normalize(text)[1:]} if text[:1] in ("و", "ف") else set())
    if lemma and lemma in forms:
        gender = "Masc"
    elif lemma and lemma + "ت" in forms:
        gender = "Fem"
    if gender is None and (text.endswith("ت") or text.endswith("ة") or text.startswith("ت")):
        gender = "Fem"
    plural = feats.get("Number") in ("Plur", "Dual") or text.endswith(("وا", "ين", "ون"))
    if lemma and lemma in forms:
        plural = False      # the bare past, singular whatever its last letters: "وبيّن" (بين)
    if lemma and lemma + "ا" in forms and not lemma.endswith("ا"):
        plural = True       # a past dual ("أعلنا"، "قالا"), which the tagger may read as "we announce"
    return gender, plural


def _pick(history: list[tuple[Mention, str, tuple[str, ...]]], gender: str | None, plural: bool,
          named: bool = False):
    """The latest earlier speaker or subject an implicit speaker can be: someone who can speak
    (not "قصف" or "أي بيان", which a misread phrase may have made a speaker), agreeing in
    gender and number where both are known, else the latest. ``named``: only a phrase that
    certainly names someone. None when there is no one."""
    candidates = [entry for entry in history if entry[0].plausible and (entry[0].named or not named)]
    for n, (mention, speaker_id, via) in enumerate(reversed(candidates)):
        if plural and (mention.plural or (n == 0 and mention.anonymous)):
            # (the latest speaker, if anonymous, is a group whatever number the tagger gave it:
            # "قال شهود عيان إن ... وأضافوا أن")
            return mention, speaker_id, via
        if not plural and gender and mention.gender == gender and not mention.plural:
            return mention, speaker_id, via
        if n == 0 and not plural and gender == "Fem" and mention.plural and mention.anonymous:
            # sources take a feminine singular verb ("وقالت مصادر في المقاومة إن ... وذكرت أن"):
            # the latest speaker, if they are, is a later "وذكرت"'s; not sources further back
            return mention, speaker_id, via
    # the tagger's gender of a phrase is a guess ("معالي وزير الخارجية"): the latest one will do
    return candidates[-1] if candidates else None


# "فلاح الجوفان - سبق - متابعة:"، "الرياض - واس:": the writer's byline or dateline
_BYLINE = re.compile(r"^\W*(?:\S+\s+){0,3}?\S+?\s*[-–]\s*\S+(?:\s*[-–]\s*\S+)?\s*:")


def _subject(reader: SentenceReader, registry: SpeakerRegistry, article_id: str) -> Mention | None:
    """Who the sentence is about: a named subject, or a bare surname of someone the article has
    named in full ("ويستذكر المطيري كيف ..." after "فيصل المطيري"). Never the reporter of a
    byline, who speaks for no one in the article."""
    subject = reader.sentence_subject()
    byline = _BYLINE.match(reader.sentence.text)
    if subject is not None and byline is not None and subject.span and subject.span[0] < reader.sentence.start + byline.end():
        return None
    if subject is None:
        bare = reader.sentence_subject(named=False)
        subject = bare if bare is not None and registry.surname_seen(article_id, bare.text) else None
    return subject


def extract_claims(article: Article, parsed: ParsedDocument, registry: SpeakerRegistry) -> list[Claim]:
    return [claim for _, claim in read_article(article, parsed, registry)]


def read_article(article: Article, parsed: ParsedDocument, registry: SpeakerRegistry) -> Iterator[tuple[str, Claim]]:
    """The article's claims, each with the name of the claim pattern that found it."""
    yield from without_country_labels(list(_read_sentences(article, parsed, registry)))


def _read_sentences(article: Article, parsed: ParsedDocument, registry: SpeakerRegistry) -> Iterator[tuple[str, Claim]]:
    registry.begin_article(article.id, article.text)
    history: list[tuple[Mention, str, tuple[str, ...]]] = []
    previous_sentence: list[tuple[Mention, str, tuple[str, ...]]] = []
    # one phrase of the text is one speaker: "أشارت مصادر يمنية إلى ...، مؤكدة أن" names its anonymous
    # source once, and the participle must not become a second one
    by_span: dict[tuple[int, int], str] = {}
    for sentence in parsed.sentences:
        in_sentence: list[tuple[Mention, str, tuple[str, ...]]] = []
        reported: dict[int, tuple[Mention, str, tuple[str, ...]]] = {}     # by id of the raw claim
        reader = SentenceReader(sentence, article.text)
        found = run_patterns(reader)
        subject = None if inside_quotation(article.text, sentence.start) else _subject(reader, registry, article.id)
        if subject is not None and any(raw.speaker is not None and raw.speaker.span is not None and subject.span is not None
                                       and raw.speaker.span[0] == subject.span[0] for raw in found):
            subject = None      # a claim's own speaker, bounded better ("دعا الوزير الحكومة إلى": the minister)
        if subject is not None:
            # who the sentence is about, for a later implicit speaker, even if they said nothing
            history.append((subject, registry.resolve(article.id, subject.text, subject.head, subject.anonymous,
                                                      name=subject.name), ()))
        for raw in found:
            mention, via, resolved = raw.speaker, raw.via, False
            if mention is None:
                pool = in_sentence or previous_sentence
                if raw.continues_speaker and pool:
                    # "..., موضحاً أن": the speaker of this sentence, or of the one before it
                    picked = pool[-1]
                else:
                    # a verb, or a participle whose verb's own subject is implicit ("وعقد مقارنة
                    # مع الفترة التي سبقت الحرب موضحا أن")
                    gender, plural = _cue_agreement(sentence, raw.cue_span, raw.cue_lemma)
                    picked = _pick(history, gender, plural, named=raw.continues_speaker)
                if picked is None:
                    # no one to resolve to: say so rather than invent a speaker
                    mention, speaker_id, inherited = UNRESOLVED, registry.unresolved(article.id), ()
                else:
                    mention, speaker_id, inherited = picked
                    resolved = True
                via = via or inherited
            else:
                if mention.span in by_span:
                    speaker_id = by_span[mention.span]
                else:
                    speaker_id = registry.resolve(article.id, mention.text, mention.head, mention.anonymous,
                                                  name=mention.name)
                    if mention.span is not None:
                        by_span[mention.span] = speaker_id
                # the verb agrees with its subject, and knows a name's gender and number better
                # than the tagger ("قالت نور": نور is "light", a masculine noun), for a later "وقالت"
                # (not a source another carried: "نقلت وسائل الإعلام عن المتحدث قوله" agrees with
                # the media, and a later "وقال" is the spokesman's)
                gender, plural = _cue_agreement(sentence, raw.cue_span, raw.cue_lemma) if not raw.via else (None, False)
                if plural and not mention.plural:
                    mention = dataclasses.replace(mention, plural=True)   # "صبان وروزين أعلنا"
                elif gender and gender != mention.gender and not mention.plural:
                    mention = dataclasses.replace(mention, gender=gender)
            entry = (mention, speaker_id, via)
            statement = _statement_channel(reader, raw.speaker) if raw.speaker is not None else None
            if statement is not None and (mention.plural or mention.gender not in (None, statement.gender)):
                # "وقالت الوزارة في بيان إن ... وأوضح أن": a later masculine verb may be the statement's,
                # when the speaker is known to be no masculine one
                history.append((statement, registry.resolve(article.id, statement.text, statement.head, False), ()))
            outer = _reporting_it(raw, found)
            if outer is not None and outer in reported:
                # a report inside another's content ("وندد أوباما بالذين ... مع أن البعض منهم سبق
                # أن قال ...") is not who a later "وتابع" continues: the reporter stays the latest
                history.insert(history.index(reported[outer]), entry)
                in_sentence.insert(in_sentence.index(reported[outer]), entry)
            else:
                history.append(entry)
                in_sentence.append(entry)
            reported[id(raw)] = entry
            if raw.kind == "direct":
                raw.content_span = through_open_quotation(article.text, raw.content_span, parsed, sentence.index)
            content = " ".join(article.text[raw.content_span[0]:raw.content_span[1]].split())
            # as written: the words of "بحسب ما قال" are ب + حسب after clitic splitting
            cue_text = " ".join(article.text[raw.cue_span[0]:raw.cue_span[1]].split()) if raw.cue_span else raw.cue_text
            yield raw.pattern, Claim(
                id=f"{article.id}-{sentence.index}-{len(in_sentence)}", article_id=article.id,
                sentence_index=sentence.index, speaker_text=mention.text, speaker_id=speaker_id,
                cue_lemma=raw.cue_lemma, cue_text=cue_text, content=_unquoted(content),
                kind=raw.kind, anonymous=mention.anonymous, speaker_span=None if resolved else mention.span,
                cue_span=raw.cue_span, content_span=raw.content_span,
                sentence_span=(sentence.start, sentence.end), via=via, article_date=article.date,
                resolved=resolved)
        previous_sentence = in_sentence
        registry.observe(article.id, sentence.text)



def _statement_channel(reader: SentenceReader, speaker: Mention) -> Mention | None:
    """The statement a speaker spoke in, right after the speaker ("وزارة الخزانة في بيان")."""
    if speaker.span is None:
        return None
    k = next((t.i for t in reader.toks if t.word.start >= speaker.span[1]), None)
    if k is None or k + 1 >= len(reader.toks) or reader.toks[k].norm != "في":
        return None
    if reader.toks[k + 1].norm.removeprefix("ال") not in reader.lex.word_class("document_noun"):
        return None
    statement = reader.mention(k + 1, k + 2)
    # a document noun's gender is its form's: بيان، تصريح masculine, رسالة، كلمة feminine
    feminine = statement.head.endswith(("ه", "ة"))
    return dataclasses.replace(statement, gender="Fem" if feminine else "Masc", plural=False, plausible=True)


def _reporting_it(raw, found) -> int | None:
    """The id of the claim found in the same sentence whose content holds ``raw``'s cue or its
    speaker ("ندد أوباما بالذين ... مع أن البعض منهم سبق أن قال")."""
    if raw.cue_span is None:
        return None
    at = raw.speaker.span[0] if raw.speaker is not None and raw.speaker.span else raw.cue_span[0]
    return next((id(other) for other in found if other is not raw and other.cue_span is not None
                 and other.cue_span[0] < at and other.content_span[0] <= at < other.content_span[1]), None)


def _unquoted(content: str) -> str:
    """The content without the quotation marks around it, but with the mark that closes a
    quoted word inside it ("الشغور الرئاسي «ضار»") or opens one ("«الجيش والمقاومة» سيطروا")."""
    inner = content.strip(' "“”«»')
    for opening, closing in (("«", "»"), ("“", "”")):
        if inner.count(opening) > inner.count(closing) and content.endswith(closing):
            inner += closing
        elif inner.count(closing) > inner.count(opening) and content.startswith(opening):
            inner = opening + inner
    if inner.count('"') % 2 == 1 and content.endswith('"'):
        inner += '"'
    elif inner.count('"') % 2 == 1 and content.startswith('"'):
        inner = '"' + inner
    return inner


__all__ = ["extract_claims", "read_article"]
