"""Arabic normalisation: the one place that decides which spellings count as the same.

Two kinds of normalisation live here:

* :func:`normalize` folds orthographic variation for *matching* (lexicons, lemmas, speaker
  names): hamza forms, alef maqsura, ta marbuta, diacritics, tatweel, Arabic-Indic digits.
  Its output is shorter than its input and is never used for offsets.
* :func:`normalize_for_parser` maps characters one-to-one (same length, so character offsets
  stay valid) to the forms the bundled models saw in training: Arabic-Indic digits, typographic
  quotes, tanwin after its alif.
* :func:`parser_marks` finds the short vowels and shadda the parser is not shown (the parse layer
  drops them and maps offsets back).
"""
from __future__ import annotations

import html
import re
import unicodedata

# Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks.
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]")
_TATWEEL = "\u0640"

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

_LETTER_FOLDS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",  # hamza / madda / wasla on alef
    "ى": "ي",                                # alef maqsura
    "ة": "ه",                                # ta marbuta
    "ؤ": "و", "ئ": "ي",                      # hamza on waw / ya
    "ک": "ك", "ی": "ي",                      # Persian kaf / ya seen in scraped text
})

# Arabic presentation forms (the contextual shapes some scraped pages carry: "ﺍﻟﻤﻘﺎﻭﻣﺔ") as the plain
# letters they show. For matching, where length may change, all of them ("ﻻ" -> "لا"); for the
# parser only those that are one letter (the lam-alef ligatures are two and stay)
_PRESENTATION = {ch: plain for ch in map(chr, [*range(0xFB50, 0xFDFF), *range(0xFE70, 0xFEFF)])
                 if (plain := unicodedata.normalize("NFKC", ch)) != ch}
_PRESENTATION_FORMS = {ch: plain for ch, plain in _PRESENTATION.items() if len(plain) == 1}
_PRESENTATION_TABLE = str.maketrans(_PRESENTATION)

# One-to-one replacements only: offsets into the original text must stay valid.
_PARSER_MAP = str.maketrans({
    **_PRESENTATION_FORMS,
    **{c: d for c, d in zip("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")},
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'",
    "٪": "%", "٫": ".",
    # the models never saw a semicolon (UD Arabic-PUD has none) and keep it glued to the word
    # before ("عسكري؛ قال"); it joins clauses as a comma does
    "؛": "،", ";": "،",
    "\u00a0": " ", "\u200f": " ", "\u200e": " ", "\u200b": " ", "\ufeff": " ",
})

# Short vowels, sukun, shadda and Quranic marks: the bundled models were trained on text with tanwin
# only (UD Arabic-PUD), so a fully vowelled hadith or verse was cut inside words ("نَع + َمْ").
# Tanwin stays: the models saw it and it marks adverbs and indefinite objects ("مؤخراً").
_PARSER_MARKS = re.compile("[\u064e-\u065f\u0610-\u061a\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]+")

_TANWIN_BEFORE_ALIF = re.compile("(\u064b)([\u0627\u0649])")
# tatweel standing alone between spaces is a dash ("إدارة القوات ـ الرينجرز ـ في كراتشي")
_TATWEEL_DASH = re.compile("(?<!\\S)\u0640+(?!\\S)")

_ARABIC_LETTER = re.compile("[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_SPACES = re.compile(r"\s+")
_HTML_ENTITY = re.compile(r"&(?:quot|amp|lt|gt|apos|#[0-9]{2,5});")


def strip_diacritics(text: str) -> str:
    return _DIACRITICS.sub("", text).replace(_TATWEEL, "")


def normalize(text: str) -> str:
    """Fold an Arabic string for matching: ``normalize("أكّدَ") == normalize("اكد")``."""
    text = unicodedata.normalize("NFC", text).translate(_PRESENTATION_TABLE)
    text = strip_diacritics(text)
    text = text.translate(_LETTER_FOLDS).translate(_DIGITS)
    return _SPACES.sub(" ", text).strip()


def marbuta_forms(norm: str) -> tuple[str, ...]:
    """A normalised word and, when it ends in ت, the same with its ta marbuta (normalised ه):
    before a suffix ة is written ت ("جلالته"، "قصتها"، "شقيقته")."""
    return (norm, norm[:-1] + "ه") if norm.endswith("ت") else (norm,)


def _entity_character(match: re.Match) -> str:
    """The character an HTML entity stands for, padded with spaces to the entity's length."""
    character = html.unescape(match.group()).translate(_PARSER_MAP)
    return character + " " * (len(match.group()) - len(character))


def normalize_for_parser(text: str) -> str:
    """Same-length character mapping applied before Stanza sees the text. Tanwin written before
    its alif ("صفًا"، "مؤخرًا", common in some outlets) is moved after it ("صفاً"), as the models
    saw it: the tokenizer cut "صفً + ا". The swap stays inside the word, so word offsets hold.
    HTML entities left by scrapers ("&quot;أوباما&quot;:", in 178 SaudiNewsNet articles) become
    the character they stand for followed by spaces, so the parser sees the quotation marks.
    A tatweel standing alone between spaces is the dash some outlets type with it."""
    mapped = _TANWIN_BEFORE_ALIF.sub(r"\2\1", _HTML_ENTITY.sub(_entity_character, text).translate(_PARSER_MAP))
    mapped = _TATWEEL_DASH.sub(lambda m: "-" * len(m.group()), mapped)
    assert len(mapped) == len(text)
    return mapped


def parser_marks(text: str) -> list[re.Match]:
    """The runs of marks the parser does not see (:data:`_PARSER_MARKS`), as matches into ``text``."""
    return list(_PARSER_MARKS.finditer(text))


def arabic_letter_count(text: str) -> int:
    return len(_ARABIC_LETTER.findall(text))


def has_arabic(text: str) -> bool:
    return _ARABIC_LETTER.search(text) is not None
