"""What the rule and claim-pattern registries share: plugins from installed packages, and
telling a notebook cell re-run from a clash of two definitions."""
from __future__ import annotations

import logging
from typing import Callable

LOG = logging.getLogger(__name__)
_loaded_groups: set[str] = set()


def same_definition(old: Callable, new: Callable) -> bool:
    """The same function, or the same definition run again (a notebook cell re-run)."""
    return old is new or (getattr(old, "__module__", None) == getattr(new, "__module__", 0)
                          and getattr(old, "__qualname__", None) == getattr(new, "__qualname__", 0)
                          and getattr(new, "__module__", "") in ("__main__",))


def load_entry_points(group: str, what: str) -> None:
    """Import, once, what installed packages declare under the entry point ``group``; a broken
    plugin is logged (naming ``what`` it should have added) and must not take the library down."""
    if group in _loaded_groups:
        return
    _loaded_groups.add(group)
    from importlib.metadata import entry_points

    for ep in entry_points(group=group):
        try:
            ep.load()
        except Exception as exc:
            LOG.warning("could not load %s plugin %s (%s): %s", what, ep.name, ep.value, exc)
