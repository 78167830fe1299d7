"""One speaker id per person or body across mentions and articles.

Evidence, strongest first:
  1. the alias file (``lexicons/speakers.txt`` plus any user file): canonical name, kind, aliases;
  2. a known name inside a longer mention ("رئيس الوزراء العراقي مصطفى الكاظمي");
  3. appositions inside an article: a mention "role + name" links that role to that name for the
     rest of the article ("وزير الخارجية العراقي فؤاد حسين" ... "وزير الخارجية العراقي");
  4. a bare surname that ends a name already seen in the same article ("حسين"), or a shortened
     role ("الوزير العراقي") of a person named with that role earlier in the article, as a
     speaker or anywhere in the text (:meth:`SpeakerRegistry.observe`).
A mention headed by an office, a statement or a medium ("مكتب رئيس الوزراء مصطفى الكاظمي") is
never merged into the person it names. Bare roles without nationality are never linked across
articles, so the Iraqi and the US foreign minister stay apart.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..lexicon import _lines
from ..normalize import normalize
from .cues import cue_lexicon
from .model import Speaker

_PREFIXES = ("و", "ف")


@dataclass
class _Entry:
    id: str
    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)


def _key(text: str) -> str:
    """Normalised, without punctuation: "وزير الخارجية العراقي، فؤاد حسين" -> "وزير الخارجيه العراقي فواد حسين"."""
    return " ".join(re.sub(r"[^\w\s]", " ", normalize(text)).split())


def _slug(text: str) -> str:
    return _key(text).replace(" ", "_")


def parse_alias_lines(lines: list[str], source: str) -> list[tuple[str, str, list[str]]]:
    rows = []
    for n, line in enumerate(lines, start=1):
        parts = line.split("\t")
        if len(parts) != 3 or not parts[0].strip():
            raise InputError(f"{source}:{n}: expected 'name<TAB>kind<TAB>alias|alias', got {line!r}")
        name, kind, aliases = (p.strip() for p in parts)
        if kind not in ("person", "organisation", "government", "statement", "anonymous", "media"):
            raise InputError(f"{source}:{n}: unknown speaker kind {kind!r}: use person, organisation, "
                             f"government, statement, anonymous or media")
        listed = [a for a in aliases.split("|") if a.strip()]
        if not listed:
            raise InputError(f"{source}:{n}: {name!r} has no aliases; list at least one after the kind, |-separated")
        rows.append((name, kind, listed))
    return rows


def load_alias_file(path: str | os.PathLike) -> list[tuple[str, str, list[str]]]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read alias file ({exc}): give a UTF-8 text file") from None
    lines = [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return parse_alias_lines(lines, str(path))


class SpeakerRegistry:
    def __init__(self, alias_files: list[str | os.PathLike] = ()):
        self.entries: dict[str, _Entry] = {}
        self.by_alias: dict[str, str] = {}
        rows = parse_alias_lines(_lines("speakers.txt"), "speakers.txt")
        for path in alias_files:
            rows += load_alias_file(path)
        for name, kind, aliases in rows:
            entry = self._entry(name, kind)
            for alias in [name, *aliases]:
                entry.aliases.add(alias)
                self.by_alias[_key(alias)] = entry.id
        self._known = sorted(self.by_alias, key=len, reverse=True)
        self._article_links: dict[str, dict[str, str]] = {}
        self._anonymous_count: dict[str, int] = {}
        kinds = cue_lexicon().speaker_kinds
        self._kind_heads = {k: kinds.get(k, frozenset()) for k in
                            ("statement", "media", "government", "organisation", "anonymous")}
        self._compound_roles = tuple(_key(role) for role in kinds.get("compound_role", ()))
        self._honorifics = frozenset(_key(w) for w in kinds.get("honorific", ()))
        self._role_words = cue_lexicon().speaker_nouns
        self._joint_words = tuple(_key(w) for w in kinds.get("joint", ()))
        self._joint_articles: set[str] = set()

    def _entry(self, name: str, kind: str, entry_id: str | None = None) -> _Entry:
        entry_id = entry_id or _slug(name)
        if entry_id not in self.entries:
            self.entries[entry_id] = _Entry(entry_id, name, kind)
        return self.entries[entry_id]

    def _kind_of(self, head: str, norm: str) -> str:
        first = norm.split()[0] if norm else ""
        for kind in ("statement", "media", "organisation", "government"):
            if head in self._kind_heads[kind] or first in self._kind_heads[kind]:
                return kind
        return "person"

    def begin_article(self, article_id: str, text: str) -> None:
        """Note whether the article reports a joint statement (see :meth:`resolve`)."""
        padded = f" {_key(text)} "
        if any(f" {w} " in padded for w in self._joint_words if " " in w or w.startswith("حكومت")):
            self._joint_articles.add(article_id)

    def _joint(self, article_id: str, norm: str) -> str | None:
        """One source for a joint statement however the text words it: "البيان المشترك"،
        "البلدين"، "حكومتا البلدين"، and, in an article that has a joint statement, "البيان"."""
        words = norm.split()
        if not words:
            return None
        joint = any(norm == w or norm.startswith(w + " ") for w in self._joint_words)
        bare_statement = article_id in self._joint_articles and words[0] in ("البيان", "بيان") and len(words) <= 2
        if not (joint or bare_statement):
            return None
        return self._entry("البيان المشترك", "statement", f"joint:{article_id}").id

    def resolve(self, article_id: str, text: str, head: str, anonymous: bool, *, name: str = "") -> str:
        """The speaker id for a mention in an article (registering new speakers as needed).
        ``name`` is a proper name ending the mention ("المتحدث باسم الحكومة حسن ناظم")."""
        norm = _key(text)
        if not any(len(w) >= 2 for w in norm.split()):
            # no word at all ("َمْ", the end of a fully vowelled word the tokenizer cut): no one
            return self.unresolved(article_id)
        while norm[:1] in _PREFIXES and _key(norm[1:]) in self.by_alias:
            norm = norm[1:]
        # "والبلدين": one conjunction off a definite joint word
        joint = self._joint(article_id, norm[1:] if norm[:1] in _PREFIXES and norm[1:3] == "ال" else norm)
        if joint is not None:
            return self._note(joint, text)
        links = self._article_links.setdefault(article_id, {})
        if anonymous:
            return self._anonymous(article_id, text, norm, head, links)
        if norm in self.by_alias:
            speaker_id = self.by_alias[norm]
            links[norm] = links[_key(self.entries[speaker_id].name)] = speaker_id
            return self._note(speaker_id, text)
        if norm in links:
            return self._note(links[norm], text)
        kind = self._kind_of(head, norm)
        words = norm.split()
        # a person named before his role ("كفاح محمود المستشار الإعلامي في رئاسة إقليم كردستان") is
        # that person, whatever body or place his role ends with
        leading_name = bool(name) and norm.startswith(_key(name) + " ")
        if kind == "person" and not leading_name:
            # a known name or alias inside the mention: role + name apposition
            for alias in self._known:
                if len(alias.split()) < len(words) and norm.startswith(alias + " ") \
                        and self.entries[self.by_alias[alias]].kind == "person":
                    # name + role in apposition: "الكاظمي القائد العام للقوات المسلحة"
                    speaker_id = self.by_alias[alias]
                    links[norm] = links[alias] = speaker_id
                    return self._note(speaker_id, text)
                if len(alias.split()) <= len(words) and re.search(rf"(^| ){re.escape(alias)}$", norm):
                    speaker_id = self.by_alias[alias]
                    role = norm[: -len(alias)].strip()
                    if role:
                        links[role] = speaker_id
                    links[norm] = links[alias] = links[_key(self.entries[speaker_id].name)] = speaker_id
                    return self._note(speaker_id, text)
            # a bare surname of a name seen earlier in this article
            if len(words) == 1:
                for known_norm, speaker_id in links.items():
                    parts = known_norm.split()
                    if len(parts) > 1 and parts[-1] == words[0]:
                        return self._note(speaker_id, text)
            # a fuller mention of a name seen alone earlier in this article: the headline's
            # "الجبير", then "وزير الخارجية عادل بن أحمد الجبير" (a role word alone, "الرئيس",
            # is no name: "نائب الرئيس" is someone else)
            if len(words) > 1 and words[-1] in links and words[-1].removeprefix("ال") not in self._role_words:
                speaker_id = links[words[-1]]
                if self.entries[speaker_id].kind == "person" and not speaker_id.startswith("anonymous:"):
                    links[norm] = speaker_id
                    return self._note(speaker_id, text)
            # a shortened role seen earlier in this article: "الوزير العراقي" after
            # "وزير الخارجية العراقي فؤاد حسين"; "معالي وزير الخارجية" (an honorific, then a role
            # made definite by its genitive) after "معالي وزير الخارجية عادل الجبير"
            role = words[1:] if words[0] in self._honorifics and len(words) > 1 else words
            if role[0].startswith("ال") or (len(role) > 1 and role[1].startswith("ال")):
                bare = {w.removeprefix("ال") for w in words}
                for known_norm, speaker_id in reversed(links.items()):
                    known = {w.removeprefix("ال") for w in known_norm.split()}
                    if len(known) > len(bare) and bare <= known and not speaker_id.startswith("anonymous:") \
                            and self.entries[speaker_id].kind == "person" and not self._splits_role(norm, known_norm):
                        return self._note(speaker_id, text)
        if kind == "person" and name and _key(name) != norm:
            name_norm = _key(name)
            entry = self._entry(name, kind) if name_norm not in self.by_alias else self.entries[self.by_alias[name_norm]]
            links[norm[: -len(name_norm)].strip() if norm.endswith(name_norm) else norm] = entry.id
            links[name_norm] = entry.id
            links[norm] = entry.id
            return self._note(entry.id, text)
        entry = self._entry(text, kind)
        links[norm] = entry.id
        return self._note(entry.id, text)

    def surname_seen(self, article_id: str, text: str) -> bool:
        """Is ``text`` one word, the last of a person's name given in full earlier in the
        article ("المطيري" after "فيصل المطيري")? A bare family name looks like a common noun
        ("الزيات": the oil seller) and is a person only where the article has named him."""
        words = _key(text).split()
        if len(words) != 1:
            return False
        return any(len(known.split()) > 1 and known.split()[-1] == words[0] and not speaker_id.startswith("anonymous:")
                   and self.entries[speaker_id].kind == "person"
                   for known, speaker_id in self._article_links.get(article_id, {}).items())

    def _splits_role(self, mention: str, known: str) -> bool:
        """Would reading ``mention`` as a short form of ``known`` cut a compound role in two
        ("الرئيس" from "رئيس الوزراء العراقي")?"""
        padded_mention, padded_known = f" {mention} ", f" {known} "
        mention_words = {w.removeprefix("ال") for w in mention.split()}
        for role in self._compound_roles:
            if f" {role} " in padded_known and f" {role} " not in padded_mention:
                if any(w.removeprefix("ال") in mention_words for w in role.split()):
                    return True
        return False

    def observe(self, article_id: str, text: str) -> None:
        """Note known people named with their role anywhere in the article's text, not only as
        speakers: after ""إن "وزير الخارجية العراقي فؤاد حسين ونظيره ... افتتحا"" a later
        "الوزير العراقي" is فؤاد حسين (the shortened-role rule of :meth:`resolve`)."""
        norm = f" {_key(text)} "
        links = self._article_links.setdefault(article_id, {})
        for alias in self._known:
            speaker_id = self.by_alias[alias]
            if (" " in alias and alias not in links and self.entries[speaker_id].kind == "person"
                    and f" {alias} " in norm):
                links[alias] = speaker_id

    def _anonymous(self, article_id: str, text: str, norm: str, head: str, links: dict) -> str:
        # a later definite mention ("المسؤول في وزارة الدفاع") is the source introduced earlier
        bare = head.removeprefix("ال")
        key = f"anon-head:{bare}"
        if head.startswith("ال") and key in links:
            return self._note(links[key], text)
        count = self._anonymous_count.get(article_id, 0) + 1
        self._anonymous_count[article_id] = count
        entry = self._entry(text, "anonymous", f"anonymous:{article_id}:{count}")
        links[key] = entry.id
        links[norm] = entry.id
        return self._note(entry.id, text)

    def unresolved(self, article_id: str) -> str:
        """The speaker of the article's claims whose implicit speaker points back to no one."""
        entry = self._entry("(متحدث غير محدد)", "unresolved", f"unresolved:{article_id}")
        return entry.id

    def _note(self, speaker_id: str, text: str) -> str:
        self.entries[speaker_id].aliases.add(" ".join(text.split()))
        return speaker_id

    def speakers(self, used: set[str]) -> tuple[Speaker, ...]:
        return tuple(Speaker(e.id, e.name, e.kind, tuple(sorted(e.aliases)))
                     for e in self.entries.values() if e.id in used)
