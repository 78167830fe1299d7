"""Where the tagger's reading is impossible and the writing shows another: a verb after قد, a
preposition with a shadda, names read as verbs, titles written short, names spelled in Latin
letters. Run once when a sentence is turned into tokens (:mod:`.tokens`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..normalize import strip_diacritics

if TYPE_CHECKING:
    from ..parse.document import Word
    from .cues import CueLexicon
    from .tokens import Tok

SHADDA = "\u0651"
# prepositions that may carry a shadda ("ضدّ") and complementisers the tagger calls prepositions ("إنّ")
_SHADDA_PARTICLES = frozenset({"ضد", "ان", "لان", "كان", "بان"})
_QAD = ("قد", "وقد", "فقد", "لقد")


def retag_word(word: Word, surface: str, norm: str, previous: str) -> str | None:
    """A shadda inside a word the tagger calls a preposition makes it a verb: "عبّر عن استيائه"
    (expressed) is no "عبر" (via). So does قد before it, which only a verb follows: "وقد قدّم
    ظريف" (قدّم/NOUN)."""
    if word.upos == "ADP" and SHADDA in surface[1:] and norm not in _SHADDA_PARTICLES:
        return "VERB"
    if previous in _QAD and word.upos in ("NOUN", "ADJ", "PROPN"):
        return "VERB"
    if norm in _QAD and word.upos == "VERB":
        return "PART"       # "وقد" left whole and read as a verb (to kindle)
    return None


def first_name_gender(t: Tok, lex: CueLexicon) -> str | None:
    """"Masc" or "Fem" when the token is a listed first name, whatever the tagger made of it;
    None otherwise. The name علي is told from the preposition على as written. A listed name
    that begins like the article stays a name (إلياس, often written الياس)."""
    if t.glued or preposition_ala(t):
        return None
    return lex.first_names.get(t.norm)


def preposition_ala(t: Tok) -> bool:
    """Is the token the preposition على, as written? It normalises like the name علي, which is
    written with the dots of its ي."""
    return t.norm == "علي" and strip_diacritics(t.word.text) != "علي"


def mark_spelled_names(toks: list[Tok], lex: CueLexicon, comp: frozenset[str]) -> None:
    """Names spelled in Latin letters ("سي إن إن"، "إن بي سي", lexicon class spelled_name)
    are names: an إن among their letters is no complementiser, so its form is marked (+ "_")."""
    k = 0
    while k < len(toks):
        found = next((p for p in lex.spelled_names
                      if tuple(t.norm for t in toks[k:k + len(p)]) == p), None)
        for t in toks[k:k + len(found)] if found else ():
            if t.norm in comp:
                t.norm += "_"
        k += len(found) if found else 1


def mark_title_abbreviations(toks: list[Tok], lex: CueLexicon) -> None:
    """A title written as a letter and a period ("د. الغامدي"، "أ.د. محمد", lexicon class
    title_abbreviation) is part of the name that follows: its period is no punctuation, and
    it reads as the letter with its period ("د."), so no sentence or clause ends there. The
    word after it begins a name whatever the tagger says ("د.أحمد": أحمد/VERB, "I praise")."""
    letters = lex.word_class("title_abbreviation")
    for tok in toks[:-1]:
        if len(tok.norm) == 2 and tok.norm[1] == "." and tok.norm[0] in letters:
            tok.abbreviation = True         # the tokenizer kept letter and period together: "أ."
    for k in range(1, len(toks) - 1):
        dot, letter, after = toks[k], toks[k - 1], toks[k + 1]
        if dot.word.text == "." and dot.glued and letter.norm in letters and not after.is_punct \
                and (not letter.glued or toks[k - 2].abbreviation):
            letter.abbreviation = dot.abbreviation = True     # the tagger may call the letter PUNCT
            dot.norm = letter.norm + "."
    for k in range(len(toks) - 1):
        if toks[k].abbreviation and not toks[k + 1].abbreviation and toks[k + 1].upos == "VERB":
            toks[k + 1].retagged = "PROPN"


def retag_names_read_as_verbs(toks: list[Tok], lex: CueLexicon, comp: frozenset[str]) -> None:
    """Names the tagger reads as verbs. A listed first name right after a name, closing the
    phrase (a comma, a complementiser, another name or the end after it): "ولي الله يوسف، بأن"
    (يوسف/VERB); before anything else it may be a headline's verb ("حزب الله يزيد من ..."). One
    opening the sentence before a verb: "ظريف يدعو واشنطن" (ظريف/VERB). A listed body opening
    the sentence before its genitive: "مركز الملك سلمان يدعو" (مركز/VERB). One between a
    person's definite title and a family name, or the preposition, comma or complementiser
    after the phrase: "المواطن أحمد البركاتي تقدم"، "ولد الشيخ أحمد عن" (أحمد/VERB, "I
    praise"), and so is one the tagger reads as an adjective ("الوزير أحمد"); a body's is left alone ("الحزب يزيد الضغوط"). A listed state or capital is never a
    verb ("أنقرة تعلن أن"، أنقرة/VERB), nor is a listed city ("بتعز"، تعز/VERB)."""
    for k in range(len(toks)):
        t, prev = toks[k], toks[k - 1] if k else None
        after = toks[k + 1] if k + 1 < len(toks) else None
        if t.upos == "VERB" and t.norm in lex.word_class("city_name"):
            t.retagged = "PROPN"        # "بتعز" (تعز/VERB): a listed city is never a verb, glued or not
            continue
        if (t.upos == "VERB" and not t.glued and prev is not None and not prev.norm.startswith("ال")
                and prev.norm in lex.speaker_kinds.get("speaker_role", ()) and after is not None and after.glued
                and after.upos == "PRON"):
            t.retagged = "NOUN"         # "عضو تكتله"، "رئيس حزبه": an office's genitive with its pronoun
            continue
        if t.upos not in ("VERB", "ADJ") or t.glued:
            continue
        titled = prev is not None and prev.norm.startswith("ال") and prev.norm[2:] in lex.person_nouns
        if t.upos == "ADJ":
            if titled and first_name_gender(t, lex) is not None:
                t.retagged = "PROPN"    # "الوزير أحمد": an indefinite word agrees with no definite title
            continue
        if first_name_gender(t, lex) is not None and (
                (prev is not None and prev.upos == "PROPN"
                 and (after is None or after.is_punct or after.norm in comp or after.upos == "PROPN"))
                or (prev is None and after is not None and after.upos == "VERB")
                or (titled and after is not None and not after.glued
                    and (after.norm.startswith("ال") or after.upos in ("PROPN", "ADP") or after.is_punct
                         or after.norm in comp))):
            t.retagged = "PROPN"
        elif (t.norm in lex.named_bodies and (prev is None or (k == 1 and prev.norm in ("و", "ف")))
              and after is not None and (after.norm.startswith("ال") or after.upos == "PROPN")):
            t.retagged = "NOUN"
        elif t.norm in lex.word_class("state_name"):
            t.retagged = "PROPN"        # "أنقرة تعلن أن": a state or capital is never a verb
