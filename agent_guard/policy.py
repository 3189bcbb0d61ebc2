"""From a score to a decision: thresholds, per-action overrides, shadow mode and the fail mode."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from agent_guard.errors import ConfigurationError
from agent_guard.types import ActionKind, Decision, FailMode, action_kind


@dataclass(frozen=True)
class Thresholds:
    flag: float
    block: float

    def __post_init__(self) -> None:
        for name, value in (("flag", self.flag), ("block", self.block)):
            if not isinstance(value, (int, float)) or not 0.0 <= float(value) <= 1.0:
                raise ConfigurationError(f"{name} threshold must be a number in [0, 1], got {value!r}")
        if self.flag > self.block:
            raise ConfigurationError(f"flag threshold ({self.flag}) must be <= block threshold ({self.block})")

    def decide(self, score: float) -> Decision:
        if score >= self.block:
            return Decision.BLOCK
        if score >= self.flag:
            return Decision.FLAG
        return Decision.ALLOW

    def explain(self, score: float, scope: str = "") -> str:
        """Why ``score`` gets its decision, e.g. 'score 0.970 >= click block threshold 0.930'."""
        prefix = f"{scope} " if scope else ""
        decision = self.decide(score)
        if decision is Decision.BLOCK:
            return f"score {score:.3f} >= {prefix}block threshold {self.block:.3f}"
        if decision is Decision.FLAG:
            return f"score {score:.3f} >= {prefix}flag threshold {self.flag:.3f}"
        return f"score {score:.3f} below {prefix}flag threshold {self.flag:.3f}"


@dataclass(frozen=True)
class Policy:
    """``thresholds`` apply to every action unless ``action_overrides`` names its kind (e.g. stricter for TYPE)."""

    thresholds: Thresholds
    action_overrides: Mapping[ActionKind, Thresholds] = field(default_factory=dict)
    shadow: bool = False
    fail_mode: FailMode = FailMode.CLOSED

    def __post_init__(self) -> None:
        normalized: dict[ActionKind, Thresholds] = {}
        for key, value in dict(self.action_overrides).items():
            kind = key if isinstance(key, ActionKind) else _parse_kind(key)
            if not isinstance(value, Thresholds):
                raise ConfigurationError(f"override for {kind.value} must be Thresholds, got {type(value).__name__}")
            normalized[kind] = value
        object.__setattr__(self, "action_overrides", normalized)
        object.__setattr__(self, "fail_mode", FailMode(self.fail_mode))

    def thresholds_for(self, action: str | ActionKind | None) -> Thresholds:
        return self.action_overrides.get(action_kind(action), self.thresholds)

    def decide(self, score: float, action: str | ActionKind | None = None) -> Decision:
        return self.thresholds_for(action).decide(score)

    def on_failure(self) -> Decision:
        return Decision.BLOCK if self.fail_mode is FailMode.CLOSED else Decision.ALLOW

    def enforce(self, decision: Decision) -> tuple[Decision, Decision | None]:
        """(decision to act on, what would have happened) — shadow mode records but never blocks or flags."""
        if self.shadow:
            return Decision.ALLOW, decision
        return decision, None


def _parse_kind(key: object) -> ActionKind:
    try:
        return ActionKind(str(key))
    except ValueError as exc:
        raise ConfigurationError(
            f"unknown action kind {key!r}; use one of {[k.value for k in ActionKind]}"
        ) from exc
