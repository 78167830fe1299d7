"""SaudiNewsNet: reading articles by URL, and the gold annotations kept as offsets.

The corpus (``../shared/data/saudinewsnet/``, CC BY-NC-SA) may not be copied into the repository,
so gold files hold URLs and character offsets only; the text is read from the ZIPs at run time.

An article's *text*, which every offset points into, is built the same way everywhere::

    title + "\\n\\n" + content      (just content when the title is empty)

so a headline ("الجبير: ...", "طهران تنفي ...") is the first line, as in the fixture files.
Each gold article row carries the SHA-1 of that text, so a changed corpus is caught instead of
silently shifting offsets.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from _tsv import read_rows

ROOT = Path(__file__).resolve().parent.parent
SNN_DIR = ROOT.parent / "shared" / "data" / "saudinewsnet"
GOLD_DIR = ROOT / "tests" / "data" / "saudinewsnet"
# the gold comes in shares (articles_A.tsv + claims_A.tsv, ...), one per annotator
ARTICLE_FILES = "articles_*.tsv"
CLAIM_FILES = "claims_*.tsv"

ARTICLE_COLUMNS = ("article_id", "split", "source", "date", "url", "sha1")
CLAIM_COLUMNS = ("article_id", "speaker_start", "speaker_end", "speaker_key", "cue_start", "cue_end",
                 "content_start", "content_end", "kind", "anonymous", "classes", "note")
KINDS = ("direct", "indirect", "report", "according_to", "headline")
ERROR_CLASSES = ("addressee", "long_subject", "adverbial", "negative_object", "prodrop", "headline",
                 "joint", "chain", "clitic", "noise")
UNRESOLVED = "UNRESOLVED"


def available() -> bool:
    return SNN_DIR.is_dir() and any(SNN_DIR.glob("*.zip"))


@cache
def _by_url() -> dict[str, dict]:
    articles = {}
    for path in sorted(SNN_DIR.glob("*.zip")):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if name.endswith(".json"):
                    for record in json.load(z.open(name)):
                        articles[record["url"]] = record
    return articles


def all_records() -> list[dict]:
    """Every SaudiNewsNet record (source, url, date_extracted, title, author, content)."""
    return list(_by_url().values())


def record(url: str) -> dict:
    try:
        return _by_url()[url]
    except KeyError:
        raise KeyError(f"{url}: not in {SNN_DIR}") from None


def article_text(rec: dict) -> str:
    title = (rec.get("title") or "").strip()
    return f"{title}\n\n{rec['content']}" if title else rec["content"]


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def record_date(rec: dict) -> dt.date | None:
    try:
        return dt.date.fromisoformat(rec["date_extracted"][:10])
    except (KeyError, ValueError):
        return None


@dataclass(frozen=True)
class GoldArticle:
    id: str
    split: str
    source: str
    date: str
    url: str
    sha1: str

    @property
    def text(self) -> str:
        return article_text(record(self.url))


@dataclass(frozen=True)
class GoldClaim:
    line: str                          # file:line, for messages
    article_id: str
    speaker: tuple[int, int] | None    # the mention in the text the reader resolves to; None if unresolved
    speaker_key: str                   # 1-3 words that name the speaker, or UNRESOLVED
    cue: tuple[int, int] | None
    content: tuple[int, int]
    kind: str
    anonymous: bool
    classes: tuple[str, ...]
    note: str


def _share_files(pattern: str, shares: str | None) -> list[Path]:
    """The gold files of the given shares (letters such as "ABC"), or of every share."""
    paths = sorted(GOLD_DIR.glob(pattern))
    return [p for p in paths if shares is None or p.stem.rsplit("_", 1)[-1] in shares]


def load_articles(path: Path | None = None, shares: str | None = None) -> list[GoldArticle]:
    """The gold articles of one file, or of every share (or the given shares) in the gold folder."""
    paths = [path] if path else _share_files(ARTICLE_FILES, shares)
    return [GoldArticle(*fields) for p in paths for _, fields in read_rows(p, ARTICLE_COLUMNS)]


def _span(a: str, b: str, where: str) -> tuple[int, int] | None:
    if a == b == "":
        return None
    start, end = int(a), int(b)
    if not 0 <= start < end:
        raise ValueError(f"{where}: bad span {a}-{b}")
    return start, end


def load_claims(path: Path | None = None, shares: str | None = None) -> list[GoldClaim]:
    """The gold claims of one file, or of every share (or the given shares) in the gold folder."""
    paths = [path] if path else _share_files(CLAIM_FILES, shares)
    return [c for p in paths for c in _load_claim_file(p)]


def _load_claim_file(path: Path) -> list[GoldClaim]:
    claims = []
    for n, f in read_rows(path, CLAIM_COLUMNS):
        where = f"{path}:{n}"
        kind, anonymous = f[8], f[9]
        classes = tuple(c for c in f[10].split("|") if c)
        if kind not in KINDS or anonymous not in ("0", "1") or not set(classes) <= set(ERROR_CLASSES):
            raise ValueError(f"{where}: kind must be one of {KINDS}, anonymous 0/1, classes among {ERROR_CLASSES}")
        content = _span(f[6], f[7], where)
        if content is None:
            raise ValueError(f"{where}: a claim needs a content span")
        claims.append(GoldClaim(f"{path.name}:{n}", f[0], _span(f[1], f[2], where), f[3], _span(f[4], f[5], where), content,
                                kind, anonymous == "1", classes, f[11]))
    return claims


def validate(articles: list[GoldArticle], claims: list[GoldClaim]) -> list[str]:
    """Problems in the gold files: unknown articles, changed texts, spans outside the text."""
    problems = []
    texts = {}
    for art in articles:
        text = art.text
        texts[art.id] = text
        if sha1(text) != art.sha1:
            problems.append(f"{art.id}: text hash {sha1(text)} != {art.sha1} ({art.url})")
    for c in claims:
        text = texts.get(c.article_id)
        if text is None:
            problems.append(f"line {c.line}: unknown article {c.article_id}")
            continue
        for name, span in (("speaker", c.speaker), ("cue", c.cue), ("content", c.content)):
            if span and span[1] > len(text):
                problems.append(f"line {c.line}: {name} span {span} beyond the text ({len(text)})")
            elif span and text[span[0]:span[1]] != text[span[0]:span[1]].strip():
                problems.append(f"line {c.line}: {name} span has outer whitespace: {text[span[0]:span[1]]!r}")
        if (c.speaker is None) != (c.speaker_key == UNRESOLVED):
            problems.append(f"line {c.line}: an unresolved speaker has no span, and only it")
    return problems


def build_corpus(articles: list[GoldArticle], **kwargs):
    """A :class:`iraqclaims.Corpus` of the gold articles, their text read from the corpus ZIPs
    (the parse cache applies as usual)."""
    import datetime as dt

    from iraqclaims import Corpus, article_from_text
    from iraqclaims.parse import parse_articles

    built = [article_from_text(a.text, id=a.id, outlet=a.source, date=dt.date.fromisoformat(a.date))
             for a in articles]
    return Corpus(built, parse_articles(built, progress=kwargs.pop("progress", False), **kwargs))
