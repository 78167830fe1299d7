"""Which Stanza models parse the text: the bundled PUD models, or an official model directory."""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from ..errors import ModelError

MODEL_DIR_ENV = "IRAQCLAIMS_MODEL_DIR"
BUNDLED_FILES = {"tokenize": "tokenizer.pt", "pos": "tagger.pt", "lemma": "lemmatizer.pt",
                 "depparse": "parser.pt"}
OFFICIAL_PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
LANG = "ar"


@dataclass(frozen=True)
class ModelSpec:
    """A validated model directory and how to build a Stanza pipeline from it."""

    kind: str               # "bundled" (our flat layout) or "official" (stanza_resources tree)
    directory: Path
    identity: str           # changes whenever the model files change; part of the cache key
    processors: tuple[tuple[str, str], ...]   # (processor, package or model file)

    def pipeline_kwargs(self) -> dict:
        common = dict(lang=LANG, dir=str(self.directory), download_method=None, use_gpu=False,
                      logging_level="WARN")
        if self.kind == "bundled":
            # An empty resources.json next to the models stops Stanza from looking up (and
            # adding) default processors; the paths below are then used exactly as given.
            paths = {f"{proc}_model_path": str(self.directory / name) for proc, name in self.processors}
            return dict(common, allow_unknown_language=True,
                        processors=",".join(p for p, _ in self.processors), **paths)
        return dict(common, processors=dict(self.processors))


def bundled_model_dir() -> Path:
    return Path(str(resources.files("iraqclaims").joinpath("models", "ar_pud")))


def _hash_files(files: list[Path], *, content: bool) -> str:
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.name.encode())
        if content:
            with open(path, "rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    digest.update(block)
        else:
            stat = path.stat()
            digest.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def _bundled(directory: Path) -> ModelSpec:
    missing = [name for name in BUNDLED_FILES.values() if not (directory / name).is_file()]
    if missing:
        raise ModelError(f"model directory {directory} lacks {', '.join(missing)}: retrain with "
                         f"`python scripts/train_models.py` or reinstall iraqclaims")
    files = [directory / name for name in BUNDLED_FILES.values()]
    return ModelSpec("bundled", directory, f"ar_pud-{_hash_files(files, content=True)}",
                     tuple(BUNDLED_FILES.items()))


def _official(directory: Path, origin: str) -> ModelSpec:
    resources_file = directory / "resources.json"
    try:
        table = json.loads(resources_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"{resources_file} is not a readable Stanza resources file ({exc}): "
                         f"download the models again or point {origin} elsewhere") from None
    lang = table.get(LANG) if isinstance(table, dict) else None
    if not isinstance(lang, dict):
        raise ModelError(f"{resources_file} has no Arabic ('{LANG}') entry: this is not a Stanza "
                         f"Arabic model directory")
    defaults = lang.get("default_processors", {})
    processors, needed = [], []
    for proc in OFFICIAL_PROCESSORS:
        package = defaults.get(proc)
        if package is None:
            if proc == "mwt":          # languages without multi-word tokens ship no mwt model
                continue
            raise ModelError(f"{resources_file} names no default '{proc}' model for Arabic: "
                             f"the directory needs tokenize, pos, lemma and depparse models")
        processors.append((proc, package))
        needed.append(directory / LANG / proc / f"{package}.pt")
        for dep in lang.get(proc, {}).get(package, {}).get("dependencies", []):
            needed.append(directory / LANG / dep["model"] / f"{dep['package']}.pt")
    missing = [str(p.relative_to(directory)) for p in needed if not p.is_file()]
    if missing:
        raise ModelError(f"model directory {directory} lacks {', '.join(missing)}: download the "
                         f"Stanza Arabic models into it (stanza.download('ar', model_dir=...))")
    identity = f"stanza-ar-{_hash_files(needed + [resources_file], content=False)}"
    return ModelSpec("official", directory, identity, tuple(processors))


@cache
def _resolve(directory: Path, origin: str) -> ModelSpec:
    if not directory.exists():
        raise ModelError(f"model directory {directory} does not exist: fix the path given as "
                         f"{origin}, or leave it out to use the bundled models")
    if not directory.is_dir():
        raise ModelError(f"model directory {directory} is a file, not a directory")
    if (directory / "resources.json").is_file() and (directory / LANG).is_dir():
        return _official(directory, origin)
    if any((directory / name).exists() for name in BUNDLED_FILES.values()):
        return _bundled(directory)
    raise ModelError(f"{directory} holds neither the bundled layout ({', '.join(BUNDLED_FILES.values())}) "
                     f"nor a Stanza resources tree (resources.json + {LANG}/): point {origin} "
                     f"at a Stanza model directory")


def resolve_models(model_dir: str | os.PathLike | None = None) -> ModelSpec:
    """The model to use: ``model_dir``, else ``$IRAQCLAIMS_MODEL_DIR``, else the bundled models."""
    # errors name what the user actually set, so they know which setting to fix
    if model_dir is not None:
        return _resolve(Path(model_dir).expanduser().resolve(), "--model-dir / model_dir")
    if os.environ.get(MODEL_DIR_ENV):
        return _resolve(Path(os.environ[MODEL_DIR_ENV]).expanduser().resolve(), f"${MODEL_DIR_ENV}")
    return _resolve(bundled_model_dir(), "the bundled models (reinstall iraqclaims)")
