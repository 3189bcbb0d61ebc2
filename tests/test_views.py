"""ViewLayout: whole-viewport views (global + overlapping tiles) that leave no pixel of a capture out."""

from __future__ import annotations

import numpy as np
import pytest

from agent_guard.errors import ConfigurationError
from agent_guard.views import ViewLayout

SIZES = [  # (width, height)
    (1280, 720),  # desktop viewport
    (1440, 900),  # laptop viewport
    (390, 844),  # phone viewport (portrait)
    (1280, 20000),  # full-page screenshot of a long page
    (1, 1),  # degenerate
]

LAYOUTS = [
    ViewLayout(),
    ViewLayout(global_view="pad"),
    ViewLayout(global_view="none"),
    ViewLayout(tile_px=224, max_tiles=24, overlap=0.3),
    ViewLayout(tile_px=0),
    ViewLayout(max_tiles=2),
]


def _tiles(layout: ViewLayout, width: int, height: int) -> list[tuple[str, tuple[int, int, int, int]]]:
    return [(name, box) for name, box in layout.boxes(height, width) if name.startswith("tile_")]


def test_default_layouts_for_common_sizes() -> None:
    layout = ViewLayout()
    desktop = ("global", *(f"tile_r{r}c{c}" for r in range(2) for c in range(3)))
    assert layout.names(720, 1280) == desktop  # 7 views: a 3x2 grid of ~448 px tiles
    assert layout.names(900, 1440) == desktop
    assert layout.names(844, 390) == ("global", "tile_r0c0", "tile_r1c0")  # phone: one column, two rows
    tall = layout.names(20000, 1280)
    assert tall[0] == "global" and len(tall) == 1 + layout.max_tiles  # capped: 3 columns x 4 rows
    assert layout.grid(20000, 1280) == (4, 3)
    assert layout.names(1, 1) == ("global",)  # a single tile would only repeat the global view
    assert layout.grid(1, 1) == (0, 0)


@pytest.mark.parametrize("layout", LAYOUTS, ids=repr)
@pytest.mark.parametrize("width,height", SIZES)
def test_every_pixel_is_covered_and_boxes_are_valid(layout: ViewLayout, width: int, height: int) -> None:
    boxes = layout.boxes(height, width)
    assert boxes, "a layout always yields at least one view"
    names = [name for name, _ in boxes]
    assert len(set(names)) == len(names)
    covered = np.zeros((height, width), dtype=bool)
    for _, (x0, y0, x1, y1) in boxes:
        assert 0 <= x0 < x1 <= width and 0 <= y0 < y1 <= height
        covered[y0:y1, x0:x1] = True
    assert covered.all(), "some pixels are in no view"
    tiles = _tiles(layout, width, height)
    if tiles:  # the tiles alone cover everything too, so no detail is left to the low-resolution global view
        tiled = np.zeros((height, width), dtype=bool)
        for _, (x0, y0, x1, y1) in tiles:
            tiled[y0:y1, x0:x1] = True
        assert tiled.all()
    assert len(tiles) <= layout.max_tiles
    if layout.global_view != "none":
        assert boxes[0] == ("global", (0, 0, width, height))
    else:
        assert "global" not in names


@pytest.mark.parametrize("width,height", [(1280, 720), (1440, 900), (390, 844), (1280, 20000)])
def test_neighbouring_tiles_overlap(width: int, height: int) -> None:
    layout = ViewLayout()
    rows, cols = layout.grid(height, width)
    boxes = dict(_tiles(layout, width, height))
    assert len(boxes) == rows * cols > 1
    for r in range(rows):
        for c in range(cols):
            x0, y0, x1, y1 = boxes[f"tile_r{r}c{c}"]
            if c + 1 < cols:
                nx0, _, _, _ = boxes[f"tile_r{r}c{c + 1}"]
                shared = x1 - nx0
                cell = width / cols
                # each side is widened by overlap * cell, so neighbours share ~2 * overlap * cell pixels
                assert shared >= 2 * layout.overlap * cell - 2, (r, c, shared)
            if r + 1 < rows:
                _, ny0, _, _ = boxes[f"tile_r{r + 1}c{c}"]
                shared = y1 - ny0
                assert shared >= 2 * layout.overlap * (height / rows) - 2, (r, c, shared)


def test_zero_overlap_tiles_partition_the_image() -> None:
    layout = ViewLayout(overlap=0.0)
    counts = np.zeros((720, 1280), dtype=int)
    for _, (x0, y0, x1, y1) in _tiles(layout, 1280, 720):
        counts[y0:y1, x0:x1] += 1
    assert counts.min() == 1 and counts.max() <= 2  # ceil/floor rounding may share one pixel column


def test_desktop_edges_land_in_edge_tiles_only() -> None:
    """The leftmost / rightmost 10% of a 1280x720 capture (where Embedding-I's center crop sees nothing) fall in
    the global view and the edge columns of tiles, never in the middle column."""
    boxes = dict(ViewLayout().boxes(720, 1280))
    for row in range(2):
        assert boxes[f"tile_r{row}c0"][0] == 0 and boxes[f"tile_r{row}c0"][2] > 128
        assert boxes[f"tile_r{row}c2"][2] == 1280 and boxes[f"tile_r{row}c2"][0] < 1152
        x0, _, x1, _ = boxes[f"tile_r{row}c1"]
        assert 128 < x0 and x1 < 1152


def test_pad_and_squash_share_boxes_but_not_fingerprints() -> None:
    squash, pad = ViewLayout(global_view="squash"), ViewLayout(global_view="pad")
    for width, height in SIZES:
        assert squash.boxes(height, width) == pad.boxes(height, width)  # the difference is in preprocessing
    assert squash.fingerprint()["views.global_view"] == "squash"
    assert pad.fingerprint()["views.global_view"] == "pad"
    assert squash.fingerprint() != pad.fingerprint()


def test_fingerprint_names_every_field() -> None:
    assert ViewLayout().fingerprint() == {
        "views.global_view": "squash",
        "views.tile_px": 448,
        "views.max_tiles": 12,
        "views.overlap": 0.15,
    }


def test_tiles_can_be_turned_off() -> None:
    for layout in (ViewLayout(tile_px=0), ViewLayout(max_tiles=0)):
        assert not layout.tiles_enabled
        assert layout.names(720, 1280) == ("global",)


def test_tiles_only_layout_keeps_a_single_tile_for_small_images() -> None:
    layout = ViewLayout(global_view="none")
    assert layout.boxes(1, 1) == [("tile_r0c0", (0, 0, 1, 1))]
    assert layout.boxes(300, 300) == [("tile_r0c0", (0, 0, 300, 300))]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"global_view": "crop"},
        {"global_view": "center"},
        {"tile_px": -1},
        {"max_tiles": -3},
        {"overlap": 0.5},
        {"overlap": -0.01},
        {"overlap": 1.0},
        {"global_view": "none", "tile_px": 0},
        {"global_view": "none", "max_tiles": 0},
    ],
)
def test_bad_configs_raise_configuration_error(kwargs: dict) -> None:
    with pytest.raises(ConfigurationError):
        ViewLayout(**kwargs)
