"""Counted nouns in Arabic: "ادعاء واحد"، "ادعاءان"، "3 ادعاءات"، "11 ادعاءً", never "1 ادعاءات".

Arabic number agreement: one and two are said with the noun alone (the dual for two), three to
ten take the plural, and eleven upwards, as well as round hundreds and thousands, the singular."""
from __future__ import annotations

# noun -> (singular, dual, plural, singular after 11+; تنوين الفتح where the accusative shows it)
NOUNS = {
    "claim": ("ادعاء", "ادعاءان", "ادعاءات", "ادعاءً"),
    "conflict": ("تعارض", "تعارضان", "تعارضات", "تعارضًا"),
    "article": ("مقالة", "مقالتان", "مقالات", "مقالة"),
    "line": ("سطر", "سطران", "أسطر", "سطرًا"),
    "speaker": ("متحدث", "متحدثان", "متحدثين", "متحدثًا"),
    "topic": ("موضوع", "موضوعان", "مواضيع", "موضوعًا"),
    "error": ("خطأ", "خطآن", "أخطاء", "خطأً"),
    "edge": ("خط", "خطان", "خطوط", "خطًا"),
    "outlet": ("وسيلة", "وسيلتان", "وسائل", "وسيلة"),
}


def count_phrase(n: int, noun: str) -> str:
    one, two, plural, many = NOUNS[noun]
    if n == 1:
        return f"{one} واحد" if not one.endswith("ة") else f"{one} واحدة"
    if n == 2:
        return two
    if 3 <= n % 100 <= 10:
        return f"{n} {plural}"
    if n == 0:
        return f"0 {plural}"
    # 100, 200, 1000 ... take the genitive singular; 11-99 after the hundreds the accusative
    return f"{n} {one if n % 100 == 0 else many}"
