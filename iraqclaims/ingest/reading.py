"""Reading article files: decoding with a stated encoding, refusing what is not Arabic text."""
from __future__ import annotations

import logging
from pathlib import Path

from ..errors import InputError
from ..normalize import arabic_letter_count

LOG = logging.getLogger(__name__)

# Tried in order. cp1256 (Windows Arabic) decodes almost any byte string, so it comes last and
# its result must still look like Arabic.
ENCODINGS = (("utf-8-sig", "UTF-8 with BOM"), ("utf-8", "UTF-8"), ("cp1256", "Windows-1256"))
MIN_ARABIC_LETTERS = 20


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\0" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.05


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Return (text, encoding name). Raises :class:`InputError` with a one-line message."""
    if not data.strip():
        raise InputError(f"{source}: file is empty: give an article with Arabic text")
    if _looks_binary(data):
        raise InputError(f"{source}: looks like a binary file, not text: give a plain-text (.txt) article")
    for codec, name in ENCODINGS:
        if codec == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf"):
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if codec == "cp1256":
            LOG.warning("%s: not valid UTF-8, read as Windows-1256", source)
        if not text.strip():
            raise InputError(f"{source}: file holds only whitespace: give an article with Arabic text")
        letters = arabic_letter_count(text)
        # valid UTF-8 with Arabic letters is Arabic however short (a headline: "شرب وغسل ولعب");
        # Windows-1256 decodes nearly any bytes, so what it gives must look like Arabic text
        if letters == 0 or (codec == "cp1256" and letters < MIN_ARABIC_LETTERS):
            raise InputError(f"{source}: no Arabic text found (read as {name}): iraqclaims reads "
                             f"Arabic news; check the file or its encoding")
        return text, name
    raise InputError(f"{source}: cannot decode as UTF-8 or Windows-1256: convert it to UTF-8")


def read_text(path: str | Path) -> tuple[str, str]:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory; give article files, or use load_articles() on a folder") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode(data, str(path))
