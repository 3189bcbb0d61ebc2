"""Whole-viewport views of a capture: nothing is cropped away.

Embedding-I's preprocessing (resize the short side to 224, center-crop) throws away the left and right 22% of a
1280x720 capture, which is exactly where edge pop-ups sit. We cover the whole capture instead:

- one ``global`` view of the entire image, squashed (or letter-boxed) to the model's square input;
- a grid of overlapping ``tiles`` at about ``tile_px`` source pixels each, so text-sized detail reaches the model
  at roughly 2x the resolution of the global view.

The per-view embeddings are scored by the classifier one by one and the capture takes the maximum (multi-instance
learning): an injection that fills one tile is not averaged away by five clean ones.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Literal

from agent_guard.errors import ConfigurationError

Box = tuple[int, int, int, int]  # x0, y0, x1, y1 (exclusive)


@dataclass(frozen=True)
class ViewLayout:
    global_view: Literal["squash", "pad", "none"] = "squash"
    tile_px: int = 448
    max_tiles: int = 12
    overlap: float = 0.15  # fraction of a tile shared with its neighbour, so boundary-straddling boxes are seen whole

    def __post_init__(self) -> None:
        if self.global_view not in ("squash", "pad", "none"):
            raise ConfigurationError(f"global_view must be squash, pad or none, not {self.global_view!r}")
        if self.tile_px < 0 or self.max_tiles < 0:
            raise ConfigurationError("tile_px and max_tiles must be >= 0 (0 disables tiles)")
        if not 0.0 <= self.overlap < 0.5:
            raise ConfigurationError("overlap must be in [0, 0.5)")
        if self.global_view == "none" and (self.tile_px == 0 or self.max_tiles == 0):
            raise ConfigurationError("a layout needs a global view or tiles")

    @property
    def tiles_enabled(self) -> bool:
        return self.tile_px > 0 and self.max_tiles > 0

    def fingerprint(self) -> dict[str, object]:
        return {f"views.{key}": value for key, value in asdict(self).items()}

    def grid(self, height: int, width: int) -> tuple[int, int]:
        """(rows, cols) of the tile grid for an image of this size; (0, 0) when tiles are off."""
        if not self.tiles_enabled:
            return (0, 0)
        cols = max(1, round(width / self.tile_px))
        rows = max(1, round(height / self.tile_px))
        cols = min(cols, self.max_tiles)
        rows = max(1, min(rows, self.max_tiles // cols))
        if rows * cols == 1 and self.global_view != "none":
            return (0, 0)  # a single tile would repeat the global view
        return (rows, cols)

    def boxes(self, height: int, width: int) -> list[tuple[str, Box]]:
        views: list[tuple[str, Box]] = []
        if self.global_view != "none":
            views.append(("global", (0, 0, width, height)))
        rows, cols = self.grid(height, width)
        for row in range(rows):
            y0, y1 = _span(row, rows, height, self.overlap)
            for col in range(cols):
                x0, x1 = _span(col, cols, width, self.overlap)
                views.append((f"tile_r{row}c{col}", (x0, y0, x1, y1)))
        return views

    def names(self, height: int, width: int) -> tuple[str, ...]:
        return tuple(name for name, _ in self.boxes(height, width))


def _span(index: int, count: int, length: int, overlap: float) -> tuple[int, int]:
    """Start/end of cell ``index`` of ``count`` cells over ``length`` pixels, widened by ``overlap`` each side."""
    if count == 1:
        return (0, length)
    cell = length / count
    pad = cell * overlap
    start = max(0, math.floor(index * cell - pad))
    end = min(length, math.ceil((index + 1) * cell + pad))
    return (start, max(end, start + 1))
