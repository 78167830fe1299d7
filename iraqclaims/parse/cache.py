"""On-disk parse cache: one CoNLL-U file per parsed text.

CoNLL-U rather than pickles: readable, diffable, loadable by any UD tool, and safe to share.
The key covers everything that changes a parse: the text, the model files and the Stanza version.
"""
from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from pathlib import Path

from ..atomic import atomic_write_text
from ..errors import CacheError
from .clitics import repair_digest

LOG = logging.getLogger(__name__)
CACHE_DIR_ENV = "IRAQCLAIMS_CACHE_DIR"
# Bump when the way text is prepared for Stanza changes (segmentation, normalisation).
PARSE_SCHEME = "lines-v1+clitics-v7+marks-v2+forms-v3+titles-v1+stops-v1+entities-v1"


def default_cache_dir() -> Path:
    env = os.environ.get(CACHE_DIR_ENV)
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "iraqclaims" / "parses"


class ParseCache:
    def __init__(self, directory: str | os.PathLike | None = None):
        self.directory = Path(directory).expanduser() if directory is not None else default_cache_dir()
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            probe = tempfile.NamedTemporaryFile(dir=self.directory, prefix=".probe", delete=True)
            probe.close()
        except OSError as exc:
            raise CacheError(f"parse cache directory {self.directory} is not writable "
                             f"({exc.strerror or exc}): choose a writable one with --cache-dir, "
                             f"{CACHE_DIR_ENV} or cache_dir=") from None

    @staticmethod
    def key(text: str, model_identity: str, stanza_version: str) -> str:
        digest = hashlib.sha256()
        # the word lists of the clitic repair decide the tokens the tagger sees (parse/clitics.py)
        for part in (PARSE_SCHEME, repair_digest(), stanza_version, model_identity, text):
            digest.update(part.encode("utf-8"))
            digest.update(b"\0")
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.conllu"

    def get(self, key: str) -> str | None:
        try:
            return self._path(key).read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            LOG.warning("ignoring unreadable cache entry %s: %s", self._path(key), exc)
            return None

    def put(self, key: str, conllu: str) -> None:
        try:
            atomic_write_text(self._path(key), conllu)
        except OSError as exc:
            raise CacheError(f"cannot write to parse cache {self.directory} ({exc.strerror or exc}): "
                             f"set {CACHE_DIR_ENV} to a writable directory") from None
