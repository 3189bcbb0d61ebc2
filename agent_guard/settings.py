"""One settings object for the whole library.

Values come from, in order of precedence: explicit constructor arguments, ``AGENT_GUARD_*`` environment
variables, then the defaults below. ``Guard(settings=GuardSettings(block_threshold=0.9))`` beats
``AGENT_GUARD_BLOCK_THRESHOLD=0.5`` in the environment, which beats the thresholds stored in the guard model.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, Optional

from pydantic import Field, ValidationError, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from agent_guard.errors import ConfigurationError
from agent_guard.types import FailMode


class GuardSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AGENT_GUARD_", extra="forbid", validate_default=True)

    model_dir: Optional[Path] = Field(None, description="guard-model folder; default: the bundled guard")
    device: Literal["auto", "cpu", "cuda"] = "auto"

    # Image channel. Untrained weights detect nothing; they exist for tests and must be asked for by name.
    allow_untrained_weights: bool = False
    clip_checkpoint: Optional[Path] = Field(None, description="local open_clip checkpoint instead of the hub tag")

    # Policy. None means: use the calibrated thresholds stored in the guard model.
    flag_threshold: Optional[float] = Field(None, ge=0.0, le=1.0)
    block_threshold: Optional[float] = Field(None, ge=0.0, le=1.0)
    fail_mode: FailMode = FailMode.CLOSED
    shadow: bool = False
    verdict_timeout_s: float = Field(15.0, gt=0)

    # Throughput.
    batch_window_ms: float = Field(4.0, ge=0)
    max_batch_size: int = Field(16, ge=1, le=1024)
    cache_size: int = Field(1024, ge=0)
    max_pixels: int = Field(40_000_000, ge=1)
    ocr_workers: int = Field(2, ge=1, le=64)
    # float32 keeps the verdict ahead of a 1 s think time on a 2-core CPU (bench/RESULTS.md, stop 21); its vectors
    # differ from training's float64 ones by rounding only (<= 3e-7) but depend on what shares the micro-batch.
    # float64 (what train and eval use) gives a capture the same vectors, and score, in any batch.
    text_compute_dtype: Literal["float64", "float32"] = "float32"
    # PNG decoding of a micro-batch runs on this many threads (Pillow releases the GIL while it inflates), so a
    # GPU serving many pages is not held back by decoding one capture after another.
    decode_workers: int = Field(4, ge=1, le=64)

    # Audit log. Captures can contain secrets: saving them is switchable.
    audit_dir: Optional[Path] = Path("agent_guard_audit")
    audit_enabled: bool = True
    save_captures: Literal["none", "flagged", "all"] = "flagged"

    @model_validator(mode="after")
    def _thresholds_ordered(self) -> "GuardSettings":
        if (
            self.flag_threshold is not None
            and self.block_threshold is not None
            and self.flag_threshold > self.block_threshold
        ):
            raise ValueError("flag_threshold must be <= block_threshold")
        return self


def load_settings(settings: GuardSettings | None = None, **overrides: object) -> GuardSettings:
    """Settings from the environment, with explicit values on top; pydantic errors become ConfigurationError."""
    try:
        if settings is None:
            return GuardSettings(**overrides)  # type: ignore[arg-type]
        if overrides:
            merged = settings.model_dump(exclude_unset=True) | overrides
            return GuardSettings(**merged)  # type: ignore[arg-type]
        return settings
    except ValidationError as exc:
        raise ConfigurationError(f"invalid agent-guard settings: {exc}") from exc
