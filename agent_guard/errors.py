"""Every exception agent-guard raises on purpose, in one tree.

Third-party errors (Pillow, torch, safetensors, Playwright, Tesseract, scikit-learn) are translated where they
enter the library: ``raise SomeGuardError(...) from exc``, so callers catch one family and still see the cause.

    GuardError                       base of everything below
    ├── ConfigurationError           bad settings or arguments (thresholds out of range, unknown channel...)
    ├── DependencyMissingError       an optional heavy dependency (torch, open_clip, playwright, tesseract...)
    │                                is not installed; the message says how to install it
    ├── ImageError                   a capture could not be read as an image
    │   └── ImageTooLargeError       pixel count above the cap (decompression-bomb guard)
    ├── ModelError                   a guard-model file cannot be used
    │   ├── ModelFormatError         missing/extra files or fields, not JSON, wrong shapes/dtypes, NaN, bad checksum
    │   └── ModelMismatchError       the model was trained with a different embedder; names the differing field
    ├── EmbedderError                the image/text embedder or the OCR engine failed on a batch
    ├── DatasetError                 a training/eval dataset is unusable; ``rows`` names the offending rows
    ├── VerdictTimeoutError          a verdict did not arrive within the configured wait
    └── ActionBlocked                the middleware refused an action; ``verdict`` carries the reason

``ActionBlocked`` is the one exception a guarded agent is expected to see in normal operation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from agent_guard.types import Verdict


class GuardError(Exception):
    """Base class of every error agent-guard raises on purpose."""


class ConfigurationError(GuardError, ValueError):
    """Invalid settings or arguments."""


class DependencyMissingError(GuardError, ImportError):
    """An optional dependency is missing; the message carries the fix."""


class ImageError(GuardError):
    """A capture could not be decoded as an image."""


class ImageTooLargeError(ImageError):
    """The image has more pixels than the configured cap."""


class ModelError(GuardError):
    """A guard-model file cannot be used."""


class ModelFormatError(ModelError):
    """The guard-model files are malformed, corrupted or of an unknown version."""


class ModelMismatchError(ModelError):
    """The guard model was built with a different embedder than the one in use."""


class EmbedderError(GuardError):
    """An embedder or the OCR engine failed."""


class DatasetError(GuardError):
    """A dataset cannot be used for training or evaluation."""

    def __init__(self, message: str, rows: Sequence[str] = ()) -> None:
        self.rows = list(rows)
        if self.rows:
            shown = "\n".join(f"  - {row}" for row in self.rows[:20])
            more = f"\n  ... and {len(self.rows) - 20} more" if len(self.rows) > 20 else ""
            message = f"{message}\n{shown}{more}"
        super().__init__(message)


class VerdictTimeoutError(GuardError, TimeoutError):
    """No verdict arrived within the configured wait."""


class ActionBlocked(GuardError):
    """The guard refused to let the agent act on a page it judged malicious."""

    def __init__(self, verdict: "Verdict", action: str) -> None:
        self.verdict = verdict
        self.action = action
        super().__init__(
            f"agent-guard blocked {action!r}: score={verdict.score if verdict.score is not None else 'n/a'} "
            f"status={verdict.status.value} reason={verdict.reason}"
        )


def missing_dependency(package: str, extra: str, exc: BaseException | None = None) -> DependencyMissingError:
    """Build the fix-it error for an optional heavy import that failed."""
    detail = f" ({exc})" if exc else ""
    return DependencyMissingError(
        f"{package} is required for this feature but could not be imported{detail}. "
        f"Install it with: pip install 'agent-guard[{extra}]' (or run `make setup`)."
    )
