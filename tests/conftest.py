"""Shared fixtures: small captures drawn with Pillow and a guard model fitted on them with the fake embedder."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from agent_guard.classifier import calibrate, fit_model
from agent_guard.embedders.fake import FakeImageEmbedder
from agent_guard.features import FeatureExtractor
from agent_guard.imaging import load_capture


def draw_capture(seed: int, malicious: bool, size: tuple[int, int] = (1280, 720)) -> bytes:
    """A page-like PNG: light background, grey text-like bars; malicious ones carry a large red pop-up box."""
    rng = np.random.default_rng(seed)
    width, height = size
    image = Image.new("RGB", size, tuple(int(v) for v in rng.integers(225, 256, 3)))
    draw = ImageDraw.Draw(image)
    for _ in range(30):
        x, y = int(rng.integers(0, width - 120)), int(rng.integers(0, height - 20))
        draw.rectangle([x, y, x + int(rng.integers(40, 120)), y + 10], fill=(90, 90, 90))
    if malicious:
        x, y = int(rng.integers(0, width - 320)), int(rng.integers(0, height - 240))
        draw.rectangle([x, y, x + 320, y + 240], fill=(210, 20, 20), outline=(0, 0, 0), width=4)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture(scope="session")
def drawn_captures() -> list[tuple[bytes, int]]:
    return [(draw_capture(seed, malicious=bool(seed % 2)), seed % 2) for seed in range(48)]


@pytest.fixture(scope="session")
def fake_model_dir(tmp_path_factory: pytest.TempPathFactory, drawn_captures: list[tuple[bytes, int]]) -> Path:
    """A real guard-model folder fitted on drawn captures with ``FakeImageEmbedder`` (image channel only)."""
    extractor = FeatureExtractor(["image"], image_embedder=FakeImageEmbedder())
    features = extractor.extract([load_capture(data) for data, _ in drawn_captures])
    labels = [label for _, label in drawn_captures]
    model, _ = fit_model(
        features[:32], labels[:32], [str(i) for i in range(32)],
        channels=["image"], embedders=extractor.fingerprints(), seed=0, name="test-fake",
    )
    benign = np.array([model.score(f).score for f, y in zip(features[32:], labels[32:]) if y == 0])
    calibrate(model, benign, block_fpr=0.0, flag_fpr=0.0)
    return model.save(tmp_path_factory.mktemp("models") / "fake")
