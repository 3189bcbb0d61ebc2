"""Fixtures for the trainer's tests: Pillow-drawn datasets (fast) and a Chromium-rendered one (session-wide)."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pytest
from PIL import Image, ImageDraw

from agent_guard import cli


def draw_png(seed: int, malicious: bool, size: tuple[int, int] = (320, 200)) -> bytes:
    """A small page-like PNG; malicious ones carry a red box. Distinct per seed (no accidental duplicates)."""
    rng = np.random.default_rng(seed)
    width, height = size
    image = Image.new("RGB", size, tuple(int(v) for v in rng.integers(225, 256, 3)))
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = int(rng.integers(0, width - 60)), int(rng.integers(0, height - 10))
        draw.rectangle([x, y, x + int(rng.integers(20, 60)), y + 6], fill=(90, 90, 90))
    if malicious:
        x, y = int(rng.integers(0, width - 120)), int(rng.integers(0, height - 90))
        draw.rectangle([x, y, x + 120, y + 90], fill=(210, 20, 20), outline=(0, 0, 0), width=3)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def write_manifest(folder: Path, rows: list[Any], name: str = "manifest.jsonl") -> Path:
    """Write rows (dicts become JSON lines, strings are written verbatim) to a manifest in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [row if isinstance(row, str) else json.dumps(row) for row in rows]
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def drawn_dataset(tmp_path: Path) -> Callable[..., Path]:
    """Factory: ``drawn_dataset(n=24)`` writes n PNGs (alternating labels, two families/categories) + manifest."""

    def make(n: int = 24, *, folder: Path | None = None, extra_rows: list[Any] = (), groups: bool = False) -> Path:
        root = folder or (tmp_path / "drawn")
        (root / "img").mkdir(parents=True, exist_ok=True)
        rows: list[Any] = []
        for i in range(n):
            label = i % 2
            (root / "img" / f"{i:03d}.png").write_bytes(draw_png(1000 + i, bool(label)))
            row: dict[str, Any] = {"path": f"img/{i:03d}.png", "label": label}
            row["family" if label else "category"] = ("popup", "banner")[i // 2 % 2] if label else ("news", "shop")[i // 2 % 2]
            if groups:
                row["group"] = f"g{i // 4}"
            rows.append(row)
        return write_manifest(root, rows + list(extra_rows))

    return make


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """Run ``agent-guard ARGS`` in this process; returns (exit code, stdout, stderr)."""

    def run(*args: Any) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = cli.main([str(a) for a in args])
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture(scope="session")
def rendered_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """24 pages rendered in Chromium (3 benign categories, 3 injection families, 4 each, groups of 2), each with
    its DOM text sidecar, a manifest.jsonl and a corpus.json. Read-only: copy it with ``rendered``."""
    from tests.training.pages import render_dataset

    return render_dataset(tmp_path_factory.mktemp("rendered") / "data", per_subset=4).parent


@pytest.fixture
def rendered(rendered_source: Path, tmp_path: Path) -> Path:
    """A private copy of the rendered dataset folder (tests may add or break files)."""
    target = tmp_path / "data"
    shutil.copytree(rendered_source, target)
    return target


@pytest.fixture(scope="session")
def rendered_small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """12 rendered pages (2 per category / family, no groups): for the tests that run real OCR."""
    from tests.training.pages import render_dataset

    return render_dataset(tmp_path_factory.mktemp("rendered-small") / "data", per_subset=2, seed=1, group_size=1).parent
