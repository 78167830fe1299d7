"""What report.html shows of a large corpus.

The page is for reading. At thousands of articles, listing every claim and conflict makes a page
of hundreds of megabytes that a browser cannot open and nobody scrolls through, while the CSVs
and report.json already hold everything. So each section shows the strongest or largest part up
to a limit, says in Arabic how many of how many it shows, and names the files with all of them.
Below the limits nothing is cut: a small corpus's page is as complete as its files."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

MAX_CONFLICTS = 200         # conflicts drawn side by side, strongest first
MAX_SPEAKER_ROWS = 100      # rows of the per-speaker summary table, most claims first
MAX_SPEAKER_VIEWS = 30      # speakers whose claims are listed, most conflicts first
MAX_CLAIMS_PER_LIST = 50    # claims listed for one speaker or one topic
MAX_TIMELINE_TOPICS = 20    # topics with a timeline
MAX_ARTICLES = 300          # rows of the articles table
MAX_SKIPPED = 200           # rows of the table of files that could not be read
MAX_ERRORS = 50             # rows of the table of rule failures

# where the whole of each list is, as the "shown of total" lines name them
CONFLICT_FILES = ("conflicts.csv", "report.json")
CLAIM_FILES = ("claims.csv", "report.json")
JSON_ONLY = ("report.json",)
GRAPH_FILES = ("graph.graphml",)


@dataclass(frozen=True)
class Shown:
    """The part of a list that a section shows, the length of the whole list and where it is."""

    items: tuple
    total: int
    noun: str                       # a noun of arabic_counts.NOUNS, for the "shown of total" line
    files: tuple[str, ...] = ()
    how: str = ""                   # which ones are shown, in Arabic

    @property
    def cut(self) -> bool:
        return len(self.items) < self.total

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __bool__(self):
        return bool(self.items)

    def map(self, view) -> "Shown":
        """The same part of the same list, each item turned into what the template draws."""
        return replace(self, items=tuple(view(item) for item in self.items))


def first(items, limit: int, noun: str, files=JSON_ONLY, how: str = "") -> Shown:
    items = list(items)
    return Shown(tuple(items[:limit]), len(items), noun, tuple(files), how)


def strongest_conflicts(conflicts, limit: int = MAX_CONFLICTS) -> Shown:
    """The ``limit`` highest-scoring conflicts. The sort is stable, so among equal scores the
    engine's order (by claim ids) decides and the same run always shows the same ones."""
    ranked = sorted(conflicts, key=lambda k: -k.score)
    return first(ranked, limit, "conflict", CONFLICT_FILES, "الأعلى درجةً")


def chronological(claim):
    # undated claims last; within a day, in article and sentence order
    return (claim.article_date or dt.date.max, claim.article_id, claim.sentence_index)


def claim_sample(claims, in_conflict: Counter, limit: int = MAX_CLAIMS_PER_LIST) -> Shown:
    """At most ``limit`` claims in chronological order. When some must go, the claims in the
    most conflicts stay first, then those in fewer, then the others; where only part of such a
    group fits, the part is spread evenly over its dates, so a long list is not cut down to its
    first weeks."""
    claims = sorted(claims, key=chronological)
    if len(claims) <= limit:
        return Shown(tuple(claims), len(claims), "claim", CLAIM_FILES)
    groups: dict[int, list] = defaultdict(list)
    for c in claims:
        groups[in_conflict[c.id]].append(c)
    picked: list = []
    for n in sorted(groups, reverse=True):
        group, room = groups[n], limit - len(picked)
        picked += group if len(group) <= room else [group[i * len(group) // room] for i in range(room)]
        if len(picked) == limit:
            break
    picked.sort(key=chronological)
    return Shown(tuple(picked), len(claims), "claim", CLAIM_FILES, "المتعارضة أولًا، ثم عيّنة موزّعة على المدة")


def speaker_summary(claims, speakers, conflicts, outlets: dict[str, str | None]) -> list[dict]:
    """One row per speaker: name, kind, claims, conflicts it is in (each counted once, also a
    speaker's change of position between two of its own claims), outlets that quoted it (most
    claims first) and the first and last dates. Most claims first."""
    names = {s.id: s for s in speakers}
    by_speaker: dict[str, list] = defaultdict(list)
    for c in claims:
        by_speaker[c.speaker_id].append(c)
    speaker_of = {c.id: c.speaker_id for c in claims}
    in_conflicts: Counter = Counter()
    for k in conflicts:
        for sid in {speaker_of.get(k.claim_a), speaker_of.get(k.claim_b)} - {None}:
            in_conflicts[sid] += 1
    rows = []
    for sid, said in by_speaker.items():
        speaker = names.get(sid)
        dates = [c.article_date for c in said if c.article_date]
        quoted = Counter(outlets.get(c.article_id) for c in said)
        quoted.pop(None, None)
        rows.append({"id": sid, "speaker": speaker, "name": speaker.name if speaker else said[0].speaker_text,
                     "kind": speaker.kind if speaker else None, "claims": len(said),
                     "conflicts": in_conflicts[sid],
                     "outlets": [o for o, _ in sorted(quoted.items(), key=lambda kv: (-kv[1], kv[0]))],
                     "first": min(dates, default=None), "last": max(dates, default=None)})
    rows.sort(key=lambda r: (-r["claims"], -r["conflicts"], r["id"]))
    return rows
