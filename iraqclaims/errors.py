"""Errors users can act on. Each message is one line that names the file and what to do."""
from __future__ import annotations


class IraqclaimsError(Exception):
    """Base class: the CLI prints ``str(error)`` and exits non-zero, without a traceback."""

    exit_code = 1


class InputError(IraqclaimsError):
    """An article file that cannot be read as Arabic text."""

    exit_code = 2


class ModelError(IraqclaimsError):
    """A model directory that is missing, incomplete or unreadable."""

    exit_code = 3


class CacheError(IraqclaimsError):
    """A parse cache directory that cannot be written."""

    exit_code = 4
