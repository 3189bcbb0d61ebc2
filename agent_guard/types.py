"""Typed values that flow through the guard: captures, decisions and verdicts."""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass, field
from typing import Any, Mapping

import numpy as np


class Decision(str, enum.Enum):
    ALLOW = "allow"
    FLAG = "flag"
    BLOCK = "block"


class Status(str, enum.Enum):
    OK = "ok"
    ERROR = "error"
    SKIPPED = "skipped"


class FailMode(str, enum.Enum):
    """What a verdict that could not be computed (error, timeout) becomes."""

    CLOSED = "closed"  # BLOCK: a guard that cannot see must not wave traffic through
    OPEN = "open"  # ALLOW: availability over safety, chosen explicitly


class ActionKind(str, enum.Enum):
    """Families of agent actions, so policy can be stricter for some."""

    CLICK = "click"
    TYPE = "type"  # fill, type, press, keyboard.*, set_input_files, select_option
    NAVIGATE = "navigate"  # goto, go_back, go_forward, reload
    POINTER = "pointer"  # hover, mouse.*, drag_and_drop
    OTHER = "other"


#: Playwright method name -> action kind; the middleware and the policy share this table.
ACTION_KINDS: Mapping[str, ActionKind] = {
    "click": ActionKind.CLICK,
    "dblclick": ActionKind.CLICK,
    "tap": ActionKind.CLICK,
    "check": ActionKind.CLICK,
    "uncheck": ActionKind.CLICK,
    "set_checked": ActionKind.CLICK,
    "fill": ActionKind.TYPE,
    "type": ActionKind.TYPE,
    "press": ActionKind.TYPE,
    "press_sequentially": ActionKind.TYPE,
    "insert_text": ActionKind.TYPE,
    "select_option": ActionKind.TYPE,
    "set_input_files": ActionKind.TYPE,
    "goto": ActionKind.NAVIGATE,
    "go_back": ActionKind.NAVIGATE,
    "go_forward": ActionKind.NAVIGATE,
    "reload": ActionKind.NAVIGATE,
    "hover": ActionKind.POINTER,
    "drag_and_drop": ActionKind.POINTER,
    "drag_to": ActionKind.POINTER,
    "move": ActionKind.POINTER,
    "down": ActionKind.POINTER,
    "up": ActionKind.POINTER,
    "wheel": ActionKind.POINTER,
}


def action_kind(action: str | ActionKind | None) -> ActionKind:
    if action is None:
        return ActionKind.OTHER
    if isinstance(action, ActionKind):
        return action
    name = action.rsplit(".", 1)[-1]
    if action.startswith("keyboard."):
        return ActionKind.TYPE
    if action.startswith("mouse."):
        return ActionKind.CLICK if name in ("click", "dblclick") else ActionKind.POINTER
    try:
        return ActionKind(action)
    except ValueError:
        return ACTION_KINDS.get(name, ActionKind.OTHER)


@dataclass(frozen=True, eq=False)
class Capture:
    """One decoded screenshot (RGB uint8, H x W x 3) plus what else is known about the page."""

    pixels: np.ndarray
    sha256: str
    dom_text: str | None = None
    source: str = "<bytes>"

    @property
    def width(self) -> int:
        return int(self.pixels.shape[1])

    @property
    def height(self) -> int:
        return int(self.pixels.shape[0])

    @staticmethod
    def digest(data: bytes) -> str:
        return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Instances:
    """The normalized embeddings one channel produced for one capture (views of the image, or text chunks)."""

    vectors: np.ndarray  # (n, dim) float32, every row of L2 norm 1
    names: tuple[str, ...]  # "global", "tile_r0c1", "ocr:0", "dom:3" ...
    texts: tuple[str, ...] | None = None  # the chunk text for text channels


@dataclass(frozen=True)
class Features:
    """Everything the classifier needs about one capture: instances per head ("image", "text")."""

    heads: Mapping[str, Instances]
    timings_ms: Mapping[str, float] = field(default_factory=dict)
    text_sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Scores:
    """Classifier output for one capture."""

    score: float  # fused probability of "malicious", in [0, 1]
    head_scores: Mapping[str, float]  # per head, probability from its best instance
    instance_scores: Mapping[str, float]  # "image:global" -> p, "text:ocr:3" -> p ...
    top_instance: str | None
    top_text: str | None


@dataclass(frozen=True)
class Verdict:
    """The guard's answer about one capture. ``decision`` is what the policy made of ``score``."""

    decision: Decision
    status: Status
    score: float | None
    reason: str
    model_id: str
    capture_sha256: str | None = None
    action: str | None = None
    would_decide: Decision | None = None  # in shadow mode: what would have happened
    head_scores: Mapping[str, float] = field(default_factory=dict)
    #: The flag and block thresholds this decision was made with (after settings and per-action overrides); empty
    #: when there was no score. Two guards with the same ``model_id`` can differ only here.
    thresholds: Mapping[str, float] = field(default_factory=dict)
    view_scores: Mapping[str, float] = field(default_factory=dict)
    top_instance: str | None = None
    top_text: str | None = None
    text_sources: tuple[str, ...] = ()
    timings_ms: Mapping[str, float] = field(default_factory=dict)
    error: str | None = None

    @property
    def blocked(self) -> bool:
        return self.decision is Decision.BLOCK

    def to_dict(self) -> dict[str, Any]:
        return {
            "decision": self.decision.value,
            "status": self.status.value,
            "score": self.score,
            "reason": self.reason,
            "model_id": self.model_id,
            "capture_sha256": self.capture_sha256,
            "action": self.action,
            "would_decide": self.would_decide.value if self.would_decide else None,
            "head_scores": dict(self.head_scores),
            "thresholds": dict(self.thresholds),
            "view_scores": dict(self.view_scores),
            "top_instance": self.top_instance,
            "top_text": self.top_text,
            "text_sources": list(self.text_sources),
            "timings_ms": {k: round(v, 3) for k, v in self.timings_ms.items()},
            "error": self.error,
        }
