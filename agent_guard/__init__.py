"""agent-guard: protects web agents from prompt injection they see.

    from agent_guard import Guard
    guard = Guard()                       # the bundled guard model, or AGENT_GUARD_MODEL_DIR
    verdict = await guard.check(png_bytes)
    async with guard.protect(page) as page:
        ...                               # the agent's own Playwright code, unchanged

Heavy dependencies (torch, open_clip, sentence-transformers, Tesseract, Playwright) load only when a feature
needs them.
"""

from __future__ import annotations

from typing import Any

from agent_guard.errors import (
    ActionBlocked,
    ConfigurationError,
    DatasetError,
    DependencyMissingError,
    EmbedderError,
    GuardError,
    ImageError,
    ImageTooLargeError,
    ModelError,
    ModelFormatError,
    ModelMismatchError,
    VerdictTimeoutError,
)
from agent_guard.policy import Policy, Thresholds
from agent_guard.settings import GuardSettings
from agent_guard.types import ActionKind, Decision, FailMode, Status, Verdict

__version__ = "0.1.0"

_LAZY = {
    "Guard": ("agent_guard.guard", "Guard"),
    "GuardModel": ("agent_guard.model", "GuardModel"),
    "ComputerUseAdapter": ("agent_guard.middleware", "ComputerUseAdapter"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module_name, attribute = _LAZY[name]
        return getattr(importlib.import_module(module_name), attribute)
    raise AttributeError(f"module 'agent_guard' has no attribute {name!r}")


__all__ = [
    "ActionBlocked", "ActionKind", "ConfigurationError", "DatasetError", "Decision", "DependencyMissingError",
    "EmbedderError", "FailMode", "Guard", "GuardError", "GuardModel", "GuardSettings", "ImageError",
    "ImageTooLargeError", "ModelError", "ModelFormatError", "ModelMismatchError", "Policy", "Status",
    "Thresholds", "Verdict", "VerdictTimeoutError", "ComputerUseAdapter", "__version__",
]
