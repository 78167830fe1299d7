"""Atomic file writes: a reader (or a crash) never sees half a file."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _permissions(directory: bool = False) -> int:
    """What a plain open() or mkdir() would give under the process umask: temporary files and
    folders are created private (0600, 0700), and a report should not stay so after the rename."""
    mask = os.umask(0)
    os.umask(mask)
    return (0o777 if directory else 0o666) & ~mask


def atomic_write_text(path: str | os.PathLike, text: str, *, encoding: str = "utf-8") -> None:
    atomic_write_bytes(path, text.encode(encoding))


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Write to a temporary file in the same directory, then rename it over ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, _permissions())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def replace_folder(path: str | os.PathLike, files: dict[str, bytes]) -> None:
    """Make ``path`` a folder holding exactly ``files``: written beside it first, then swapped in
    by renames, so a failure leaves the old folder as it was."""
    import shutil

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}.", suffix=".new"))
    os.chmod(staging, _permissions(directory=True))
    old = staging.with_suffix(".old")
    try:
        for name, data in files.items():
            (staging / name).write_bytes(data)
        if path.exists():
            os.replace(path, old)
        try:
            os.replace(staging, path)
        except BaseException:
            if old.exists():
                os.replace(old, path)
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
