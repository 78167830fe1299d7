"""Repairs of the bundled tokenizer's conjunction clitics, between tokenizing and tagging.

PUD marks a conjunction و/ف as its own token, and the bundled tokenizer learnt it from 850
translated sentences, so on newswire it sometimes splits a word that merely starts with the
letter ("و + زير" for وزير, "و + كالات" for وكالات) or leaves a reporting verb glued to its
conjunction ("ولفت"، "واضاف"). Both are fixed here from word lists (lexicons are data): a split
is undone when the whole word is a known word beginning with و/ف (or a name or noun beginning
with ب، ل، ك: "ب + شرى" for بشرى، "ل + جنة" for لجنة، "ك + ركوك" for كركوك), and a glued conjunction is split off when the rest is a reporting
verb. The ه of names with الله ("عبدالله") and of first names in ه ("نبيه") is put back
too: the tokenizer reads it as a pronoun suffix, and so is the end of a reporting verb that
looks like one ("وات + هم" for واتهم، "أعل + نا" for the dual أعلنا). A conjunction and a
preposition read as one word ("وب + شأن") are split in two, so the tagger no longer calls "وب" a
verb. A noun in ن with its accusative ا ("بيانا") read as a word and the pronoun نا ("بيا + نا")
is one word again, and so is a foreign surname in و after a first name ("جون + و + يلكس"). The future prefix س split off a noun ("س + يطرت + ها" for سيطرتها، "س + كان" for سكان)
goes back: it stands only before an imperfect verb. Official Stanza models expand clitics with
their own MWT model and are left alone.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache

from ..lexicon import _lines, table
from ..normalize import normalize

CONJUNCTIONS = ("و", "ف")
_SPLIT_OFF = CONJUNCTIONS + ("ب", "ل", "ك", "س")   # letters the tokenizer cuts off a word that begins with them
_CONJUNCTION_PREPOSITIONS = ("وب", "فب", "ول", "فل", "وك")
_ENDINGS = ("هما", "هم", "ها", "ه", "ي", "ات", "ين", "ون", "ان")
_PRONOUNS = ("هما", "هم", "ها", "ه", "هن", "نا")   # "اعل + نا" for the dual أعلنا
FUTURE = "س"
_PERSON_PREFIXES = ("ا", "ت", "ي", "ن")     # of the imperfect, normalised (أ -> ا)


@dataclass(frozen=True)
class Piece:
    text: str
    start: int      # offsets into the string the tokenizer saw
    end: int


@cache
def stem_initial_words() -> frozenset[str]:
    return frozenset(normalize(line.strip()) for line in _lines("stem_initial_waw_fa.txt"))


@cache
def repair_digest() -> str:
    """Changes with the word lists the repairs read (clitics here, title breaks in
    :mod:`.sentences`), so parses cached with other lists are not reused (parse/cache.py)."""
    from .sentences import title_letters     # the sentence repair reads its word list too

    words = "\n".join(sorted(stem_initial_words())) + "\0" + "\n".join(sorted(reporting_verb_forms())) \
        + "\0" + "\n".join(sorted(title_letters())) + "\0" + "\n".join(sorted(names_in_ha())) \
        + "\0" + "\n".join(sorted(nouns_in_nun())) + "\0" + "\n".join(sorted(first_names()))
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:12]


@cache
def names_in_ha() -> frozenset[str]:
    """First names ending in ه (lexicons/first_names.txt: "نبيه"، "وجيه"), which the tokenizer
    splits into a word and a pronoun suffix ("نبي + ه")."""
    names = set()
    for line in _lines("first_names.txt"):
        _, _, listed = line.partition("\t")
        names.update(normalize(n) for n in listed.split("|") if n.endswith("ه") and len(n) > 2)
    return frozenset(names)


@cache
def first_names() -> frozenset[str]:
    """Listed first names (lexicons/first_names.txt), normalised."""
    return frozenset(normalize(n) for names in table("first_names.txt").values() for n in names)


def _surname_in_waw(out: list[Piece], tok: Piece, nxt: Piece | None) -> bool:
    """Is the conjunction ``tok`` the W of a foreign surname after a first name ("جون + و +
    يلكس" for جون ويلكس، "جوزيف + و + يستفول")? The rest begins like an imperfect verb, which a
    name cannot be followed by with و in a phrase, and is no first name itself ("محمد ويوسف")."""
    if tok.text != "و" or nxt is None or nxt.start != tok.end or not out or out[-1].end == tok.start:
        return False
    rest = normalize(nxt.text)
    return (normalize(out[-1].text) in first_names() and rest[:1] == "ي" and len(rest) >= 3
            and rest not in first_names() and normalize(tok.text + nxt.text) not in reporting_verb_forms())


@cache
def nouns_in_nun() -> frozenset[str]:
    """Document nouns ending in ن (lexicons/clause_words.txt, document_noun: "بيان"، "إعلان"),
    whose accusative ("بيانا") the tokenizer splits into a stem and the pronoun نا."""
    return frozenset(w for w in table("clause_words.txt").get("document_noun", ()) if w.endswith("ن"))


@cache
def reporting_verb_forms() -> frozenset[str]:
    forms = set()
    for line in _lines("reporting_verbs.txt"):
        lemma, _, listed = line.partition("\t")
        forms.add(normalize(lemma))
        forms.update(normalize(f.rstrip("!")) for f in listed.split("|") if f.strip())
    return frozenset(forms)


def known_stem_word(text: str) -> bool:
    word = normalize(text)
    known = stem_initial_words()
    if word in known:
        return True
    if word.endswith("تا") and word[:-2] + "ه" in known:
        return True     # the dual in construct of a word in ة: "و + كالتا" for وكالتا
    return any(word.endswith(e) and word[: -len(e)] in known for e in _ENDINGS if len(word) - len(e) >= 2)


def _future_verb(tokens: list[Piece], k: int) -> bool:
    """Can the token at ``k``, split off a س, be the imperfect verb the future prefix marks? It
    starts with a person prefix (أ، ت، ي، ن), and is no noun whose ة became ت before a pronoun
    ("يطرت + ها" of سيطرتها, "ياست + ه")."""
    word = normalize(tokens[k].text)
    pronoun = k + 1 < len(tokens) and tokens[k + 1].start == tokens[k].end and tokens[k + 1].text in _PRONOUNS
    return word[:1] in _PERSON_PREFIXES and not (word.endswith("ت") and pronoun)


def repair(tokens: list[Piece]) -> list[Piece]:
    """One sentence's tokens with wrong conjunction splits undone and glued ones split."""
    out: list[Piece] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if tok.text in _SPLIT_OFF and nxt is not None and nxt.start == tok.end and (
                known_stem_word(tok.text + nxt.text) or _surname_in_waw(out, tok, nxt)):
            out.append(Piece(tok.text + nxt.text, tok.start, nxt.end))
            i += 2
            continue
        if nxt is not None and nxt.start == tok.end and nxt.text in _PRONOUNS:
            # "وات + هم" for واتهم: the end of a reporting verb read as a pronoun suffix
            joined = tok.text + nxt.text
            if normalize(joined) in reporting_verb_forms() or (
                    joined[:1] in CONJUNCTIONS and normalize(joined[1:]) in reporting_verb_forms()):
                if normalize(joined) not in reporting_verb_forms():
                    out.append(Piece(joined[0], tok.start, tok.start + 1))
                    out.append(Piece(joined[1:], tok.start + 1, nxt.end))
                else:
                    out.append(Piece(joined, tok.start, nxt.end))
                i += 2
                continue
        if nxt is not None and nxt.start == tok.end and normalize(nxt.text) == "نا" \
                and normalize(tok.text) + "ن" in nouns_in_nun():
            # "بيا + نا" for بيانا: a noun's accusative, not "our"
            out.append(Piece(tok.text + nxt.text, tok.start, nxt.end))
            i += 2
            continue
        if nxt is not None and nxt.start == tok.end and nxt.text == "ه" and (
                normalize(tok.text).endswith("الل") or normalize(tok.text + nxt.text) in names_in_ha()):
            # "عبدالله"، "نصرالله"، "نبيه": the ه of الله or of a first name is not a pronoun suffix
            out.append(Piece(tok.text + nxt.text, tok.start, nxt.end))
            i += 2
            continue
        if tok.text == FUTURE and nxt is not None and nxt.start == tok.end and not _future_verb(tokens, i + 1):
            # "س + يطرت + ها"، "س + كان": the word begins with س, no future prefix
            out.append(Piece(tok.text + nxt.text, tok.start, nxt.end))
            i += 2
            continue
        if tok.text in _CONJUNCTION_PREPOSITIONS and nxt is not None and nxt.start == tok.end:
            # "وب + شأن": a conjunction and a preposition read as one word (then tagged a verb)
            out.append(Piece(tok.text[0], tok.start, tok.start + 1))
            out.append(Piece(tok.text[1:], tok.start + 1, tok.end))
            i += 1
            continue
        glued_to_previous = bool(out) and out[-1].end == tok.start and out[-1].text in CONJUNCTIONS
        rest = tok.text[1:]
        if (tok.text[:1] in CONJUNCTIONS and len(rest) >= 2 and not glued_to_previous
                and normalize(rest) in reporting_verb_forms() and not known_stem_word(tok.text)
                and normalize(tok.text) not in reporting_verb_forms()):
            out.append(Piece(tok.text[0], tok.start, tok.start + 1))
            out.append(Piece(rest, tok.start + 1, tok.end))
        else:
            out.append(tok)
        i += 1
    return out
