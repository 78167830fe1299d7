"""The rule registry: rules are plain functions registered with :func:`rule`.

A rule takes two claims and a :class:`~iraqclaims.rules.context.RuleContext` and returns a
:class:`~iraqclaims.rules.model.Conflict` (made with ``ctx.conflict(...)``) or None. The
decorator records the rule's name, the kind of conflict it detects, its docstring and Arabic
examples that must and must not fire; it checks all of that when the rule is registered, so a
malformed rule fails at import with a message saying what to fix.
"""
from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import Callable

from ..errors import IraqclaimsError
from ..plugins import load_entry_points, same_definition
from .blocking import Needs

ENTRY_POINT_GROUP = "iraqclaims.rules"


class RuleError(IraqclaimsError, ValueError):
    """A rule that cannot be registered or found."""

    exit_code = 2


@dataclass(frozen=True)
class Example:
    """Two statements and whether the rule must fire on them. Speakers differ and dates are
    equal unless given (``"YYYY-MM-DD"``)."""

    a: str
    b: str
    fires: bool
    date_a: str | None = None
    date_b: str | None = None
    same_speaker: bool = False


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    func: Callable
    doc: str
    examples: tuple[Example, ...]
    score: float
    needs: "Needs | None" = None     # what each side must have for the rule to fire; None: every pair
    corpus: bool = True               # run by default over a corpus's claims (False: compare() only)

    def __call__(self, a, b, ctx):
        return self.func(a, b, ctx)


_REGISTRY: dict[str, Rule] = {}


def _as_example(item) -> Example:
    if isinstance(item, Example):
        return item
    if isinstance(item, (tuple, list)) and len(item) == 3 and isinstance(item[2], bool):
        return Example(str(item[0]), str(item[1]), item[2])
    raise RuleError(f"an example must be Example(a, b, fires) or a tuple (text_a, text_b, True/False), got {item!r}")


def rule(name: str | None = None, *, kind: str, examples=(), score: float = 0.7, replace: bool = False,
         needs=None, corpus: bool = True):
    """Register a conflict rule::

        @rule(kind="scope", examples=[("ستقلص القوات", "انسحاب جميع القوات", True)])
        def scope(a, b, ctx):
            '''Partial vs total withdrawal.'''
            ...

    ``examples`` need at least one that fires and one that does not; ``replace=True`` lets a
    user's rule take the place of a registered one with the same name. ``needs`` (a
    :class:`~iraqclaims.rules.blocking.Needs` or a dict ``a=, b=, same=``) says what each side of a
    pair must have for the rule to fire, so the engine only builds those pairs; without it the
    rule is tried on every pair of claims that share a topic or an event. ``corpus=False``: the
    rule judges pairs of statements given to :func:`~iraqclaims.rules.compare.compare` but is not
    run over a corpus unless named in its ``rules``."""

    def register(func: Callable) -> Callable:
        _load_builtin()   # so a user's rule named like a shipped one is caught now, not overwritten later
        if not callable(func):
            raise RuleError(f"rule {name or func!r}: @rule decorates a function, got {type(func).__name__}")
        rule_name = name or getattr(func, "__name__", repr(func))
        params = [p for p in inspect.signature(func).parameters.values()
                  if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
        if len(params) != 3:
            raise RuleError(f"rule {rule_name!r}: a rule takes (a, b, ctx) — two claims and a context — "
                            f"but {func.__name__}{inspect.signature(func)} takes {len(params)} positional parameters")
        doc = inspect.getdoc(func) or ""
        if not doc.strip():
            raise RuleError(f"rule {rule_name!r}: add a docstring saying what conflict it detects")
        exs = tuple(_as_example(e) for e in examples)
        if not any(e.fires for e in exs) or all(e.fires for e in exs):
            raise RuleError(f"rule {rule_name!r}: give examples that fire and examples that must not "
                            "(tuples (text_a, text_b, True/False))")
        if not isinstance(kind, str) or not kind:
            raise RuleError(f"rule {rule_name!r}: kind must name the conflict it detects, e.g. 'scope'")
        try:
            declared = Needs.of(needs)
        except ValueError as exc:
            raise RuleError(f"rule {rule_name!r}: {exc}") from None
        if rule_name in _REGISTRY and not replace and not same_definition(_REGISTRY[rule_name].func, func):
            raise RuleError(f"a rule named {rule_name!r} is already registered; pick another name or pass "
                            f"replace=True (known rules: {', '.join(sorted(_REGISTRY))})")
        _REGISTRY[rule_name] = Rule(rule_name, kind, func, doc, exs, float(score), declared, bool(corpus))
        func.rule = _REGISTRY[rule_name]
        return func

    return register


def _load_builtin() -> None:
    import importlib

    for module in ("frame_rules", "timing", "cause", "builtin", "stance"):
        importlib.import_module(f"{__package__}.{module}")


def registered_rules() -> tuple[Rule, ...]:
    _load_builtin()
    load_entry_points(ENTRY_POINT_GROUP, "rule")
    return tuple(_REGISTRY.values())


def corpus_rules() -> tuple[Rule, ...]:
    """The rules a corpus run uses when it is not given its own list."""
    return tuple(r for r in registered_rules() if r.corpus)


def get_rule(name_or_func) -> Rule:
    """A registered rule by name, by its function, or the Rule itself."""
    registered_rules()
    if isinstance(name_or_func, Rule):
        return name_or_func
    if callable(name_or_func) and isinstance(getattr(name_or_func, "rule", None), Rule):
        return name_or_func.rule
    if isinstance(name_or_func, str) and name_or_func in _REGISTRY:
        return _REGISTRY[name_or_func]
    raise RuleError(f"no rule {name_or_func!r}; known rules: {', '.join(sorted(_REGISTRY))}")


def unregister(name: str) -> None:
    """Remove a rule (for tests and notebooks that register throw-away rules)."""
    if name not in _REGISTRY:
        raise RuleError(f"no rule {name!r}; known rules: {', '.join(sorted(_REGISTRY))}")
    del _REGISTRY[name]
