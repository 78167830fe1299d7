"""Event frames: what each claim asserts about which event, read once and shared by the conflict
rules, candidate blocking and the graph (see :func:`read_frames`)."""
from .agent import doer
from .model import FAMILY, SCOPES, STATUSES, EventFrame, Quantity
from .reader import event_key, read_frames

__all__ = ["EventFrame", "Quantity", "FAMILY", "SCOPES", "STATUSES", "read_frames", "event_key", "doer"]
