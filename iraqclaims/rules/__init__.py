"""Conflict rules: registry and decorator, context, the shipped rules, the engine, compare()."""
from .compare import Comparison, compare
from .context import RuleContext
from .engine import find_conflicts
from .model import CONFLICT_COLUMNS, Conflict, ConflictList, RuleFailure
from .registry import Example, Rule, RuleError, corpus_rules, get_rule, registered_rules, rule, unregister

__all__ = ["Comparison", "compare", "RuleContext", "find_conflicts", "CONFLICT_COLUMNS", "Conflict",
           "ConflictList", "RuleFailure", "Example", "Rule", "RuleError", "corpus_rules", "get_rule", "registered_rules", "rule", "unregister"]
