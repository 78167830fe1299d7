"""The vocabulary of attribution, read from the lexicon data files."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property

from ..lexicon import _lines, table
from ..normalize import normalize


@dataclass(frozen=True)
class CueLexicon:
    verb_forms: dict[str, str]          # normalised surface form -> lemma
    verb_lemmas: dict[str, str]         # normalised lemma -> lemma
    noun_ambiguous: frozenset[str]      # forms that count only when tagged VERB
    participles: dict[str, str]         # normalised participle -> its first (masculine) form
    attribution: tuple[tuple[str, tuple[str, ...]], ...]   # (kind, normalised words), longest first
    clause: dict[str, frozenset[str]]
    speaker_kinds: dict[str, frozenset[str]]

    def word_class(self, name: str) -> frozenset[str]:
        return self.clause.get(name, frozenset())

    @cached_property
    def speaker_nouns(self) -> frozenset[str]:
        """Words (ال removed) that head a phrase naming a speaker: an office, a body, a source or a
        statement. Looked up for every word of every speaker phrase, so built once."""
        return frozenset(w.removeprefix("ال") for kind in ("speaker_role", "statement", "media", "government",
                                                             "organisation", "anonymous", "person")
                         for w in self.speaker_kinds.get(kind, ()))

    @cached_property
    def attribution_openers(self) -> frozenset[str]:
        """First words of "according to" phrases that no name or title contains ("وفقا"، "بحسب"،
        "نقلا"، "استنادا"; not "على" of "على لسان"), so a speaker phrase ends before one."""
        return frozenset(words[0] for kind, words in self.attribution if kind == "according_to" and len(words[0]) > 3)

    @cached_property
    def person_nouns(self) -> frozenset[str]:
        """Words (ال removed) that name a person by kind or office (speaker kinds ``person`` and
        ``speaker_role``: مواطن، وزير), not a body."""
        return frozenset(w.removeprefix("ال") for kind in ("person", "speaker_role")
                         for w in self.speaker_kinds.get(kind, ()))

    @cached_property
    def first_names(self) -> dict[str, str]:
        """Listed first names (normalised) -> "Masc" / "Fem" (``lexicons/first_names.txt``)."""
        genders = {"male": "Masc", "female": "Fem"}
        return {name: genders[kind] for kind, names in table("first_names.txt").items() for name in names}

    @cached_property
    def spelled_names(self) -> tuple[tuple[str, ...], ...]:
        """Names spelled in Latin letters (class spelled_name: "سي إن إن"), as words, longest first."""
        return tuple(sorted((tuple(p.split()) for p in self.word_class("spelled_name")), key=len, reverse=True))

    @cached_property
    def named_bodies(self) -> frozenset[str]:
        """Organisations and media as listed: bodies whose name is quoted after them (شركة "X")."""
        return frozenset(w for kind in ("organisation", "media") for w in self.speaker_kinds.get(kind, ()))

    @cached_property
    def locating_nouns(self) -> frozenset[str]:
        """Words (ال removed) that locate a speaker after ب: places, governments, organisations, media
        ("مصادر بمحافظة مأرب"، "مصدر بوزارة الداخلية")."""
        kinds = (w for kind in ("government", "organisation", "media") for w in self.speaker_kinds.get(kind, ()))
        return frozenset(w.removeprefix("ال") for w in (*kinds, *self.word_class("place_noun")))


@cache
def cue_lexicon() -> CueLexicon:
    verb_forms, verb_lemmas, ambiguous = {}, {}, set()
    for line in _lines("reporting_verbs.txt"):
        lemma, _, forms = line.partition("\t")
        verb_lemmas[normalize(lemma)] = lemma
        for form in forms.split("|"):
            bare = form.rstrip("!")
            verb_forms[normalize(bare)] = lemma
            if form.endswith("!"):
                ambiguous.add(normalize(bare))
    participles = {}
    for line in _lines("reporting_participles.txt"):
        forms = line.split("|")
        for form in forms:
            participles[normalize(form)] = forms[0]
    attribution = []
    for line in _lines("attribution.txt"):
        kind, _, phrase = line.partition("\t")
        attribution.append((kind, tuple(normalize(phrase).split())))
    attribution.sort(key=lambda item: -len(item[1]))
    clause = {k: frozenset(v) for k, v in table("clause_words.txt").items()}
    kinds = {k: frozenset(v) for k, v in table("speaker_kinds.txt").items()}
    return CueLexicon(verb_forms, verb_lemmas, frozenset(ambiguous), participles, tuple(attribution),
                      clause, kinds)
