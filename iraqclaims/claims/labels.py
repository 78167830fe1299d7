"""Headlines whose "speaker" is a section label: "ليبيا: قتيلان في اشتباكات بنغازي" files the news
under a country, while "تركيا: التحالف يطلق معركة شاملة" reports what Turkey said. Within the title
line the two look alike; the article tells them apart. A country that speaks in the headline is
heard in the body too, through someone of its own ("وزير الخارجية التركي"، "الحكومة الليبية") or
by its name; a label's country speaks nowhere else."""
from __future__ import annotations

from ..normalize import normalize
from .cues import cue_lexicon
from .model import Claim


def without_country_labels(found: list[tuple[str, Claim]]) -> list[tuple[str, Claim]]:
    """The article's claims less a headline whose one-word speaker is a country (lexicon class
    ``country_name``) that no other claim's speaker names or is of."""
    countries = cue_lexicon().word_class("country_name")
    return [(pattern, claim) for pattern, claim in found
            if not (claim.kind == "headline" and normalize(claim.speaker_text) in countries
                    and not _heard_again(normalize(claim.speaker_text), claim, found))]


def _heard_again(country: str, headline: Claim, found: list[tuple[str, Claim]]) -> bool:
    bare = country.removeprefix("ال")
    stem = bare.removesuffix("يه").removesuffix("يا").removesuffix("ه").removesuffix("ا")
    nisba = stem + "ي"      # تركيا -> تركي (التركي، التركية), لبنان -> لبناني, السعودية -> سعودي
    for _, claim in found:
        if claim is headline:
            continue
        words = normalize(claim.speaker_text).split()
        if any(bare in w or w.removeprefix("ال").startswith(nisba) for w in words):
            return True
    return False
