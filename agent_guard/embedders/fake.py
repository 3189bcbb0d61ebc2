"""Fakes that stand beside the real components: numpy only, deterministic, fast.

They are real enough to train on: ``FakeTextEmbedder`` is a signed feature-hashing bag of words and bigrams, so a
guard fitted on it does learn phrasing; ``FakeImageEmbedder`` projects coarse colour/layout statistics of each
view. Use them in tests and examples that must run without torch, and never to protect an agent.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from agent_guard.errors import EmbedderError
from agent_guard.views import ViewLayout

_WORD = re.compile(r"\w+", re.UNICODE)


class FakeImageEmbedder:
    def __init__(self, dim: int = 64, layout: ViewLayout | None = None, seed: int = 0) -> None:
        self.dim = dim
        self.layout = layout or ViewLayout()
        grid_features = 8 * 8 * 3 + 3 * 8  # coarse thumbnail + per-channel histograms
        self._projection = np.random.default_rng(seed).standard_normal((grid_features + 1, dim)).astype(np.float32)
        self.fingerprint: dict[str, Any] = {"kind": "fake-image", "dim": dim, "seed": seed, **self.layout.fingerprint()}

    def view_names(self, height: int, width: int) -> tuple[str, ...]:
        return self.layout.names(height, width)

    def embed_views(self, images: Sequence[np.ndarray]) -> list[np.ndarray]:
        return [self._embed_one(image) for image in images]

    def _embed_one(self, image: np.ndarray) -> np.ndarray:
        from PIL import Image

        height, width = image.shape[:2]
        rows = []
        for _, (x0, y0, x1, y1) in self.layout.boxes(height, width):
            view = image[y0:y1, x0:x1]
            thumb = np.asarray(Image.fromarray(view).resize((8, 8), Image.Resampling.BOX), dtype=np.float32) / 255.0
            hist = np.concatenate(
                [np.bincount(view[..., c].reshape(-1) >> 5, minlength=8) / view[..., c].size for c in range(3)]
            )
            features = np.concatenate([thumb.reshape(-1), hist, [1.0]]).astype(np.float32)
            rows.append(features @ self._projection)
        return np.stack(rows)


class FakeTextEmbedder:
    def __init__(self, dim: int = 512) -> None:
        self.dim = dim
        self.fingerprint: dict[str, Any] = {"kind": "fake-text-hashing", "dim": dim, "ngrams": "1-2"}

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            words = _WORD.findall(text.lower())
            out[row, 0] = 1.0  # bias feature: empty text is a valid, non-zero vector
            for token in words + [f"{a} {b}" for a, b in zip(words, words[1:])]:
                digest = hashlib.blake2b(token.encode(), digest_size=8).digest()
                index = 1 + int.from_bytes(digest[:4], "little") % (self.dim - 1)
                out[row, index] += 1.0 if digest[4] & 1 else -1.0
        return out


class FakeOcr:
    """Returns blocks computed by ``read`` (default: none), or raises ``fail_with`` to simulate a crash."""

    def __init__(
        self,
        read: Callable[[np.ndarray], list[str]] | None = None,
        *,
        fail_with: BaseException | None = None,
    ) -> None:
        self._read = read or (lambda image: [])
        self._fail_with = fail_with
        self.fingerprint: dict[str, Any] = {"kind": "fake-ocr"}

    def read_blocks(self, image: np.ndarray) -> list[str]:
        if self._fail_with is not None:
            raise EmbedderError(f"OCR failed: {self._fail_with}") from self._fail_with
        return list(self._read(image))


def fake_from_fingerprint(fingerprint: dict[str, Any]) -> FakeImageEmbedder | FakeTextEmbedder | None:
    """Rebuild a fake component from a guard model's fingerprint (models fitted in tests and examples)."""
    kind = fingerprint.get("kind")
    if kind == "fake-image":
        layout = ViewLayout(
            global_view=fingerprint["views.global_view"],
            tile_px=int(fingerprint["views.tile_px"]),
            max_tiles=int(fingerprint["views.max_tiles"]),
            overlap=float(fingerprint["views.overlap"]),
        )
        return FakeImageEmbedder(dim=int(fingerprint["dim"]), layout=layout, seed=int(fingerprint["seed"]))
    if kind == "fake-text-hashing":
        return FakeTextEmbedder(dim=int(fingerprint["dim"]))
    return None


def fit_fake_image_guard(
    captures: Sequence[bytes],
    labels: Sequence[int],
    directory: str | os.PathLike[str],
    *,
    name: str = "fake-guard",
    Cs: Sequence[float] = (1.0,),
    min_threshold: float = 0.0,
) -> Path:
    """Fit and save an image-channel guard model on ``FakeImageEmbedder`` features, for examples and benchmarks.

    Thresholds are calibrated to block no benign capture of ``captures`` (raised to ``min_threshold`` at least).
    A guard built this way tells plumbing apart from a red box; it protects nothing.
    """
    from agent_guard.classifier import calibrate, fit_model
    from agent_guard.features import FeatureExtractor
    from agent_guard.imaging import load_capture

    extractor = FeatureExtractor(["image"], image_embedder=FakeImageEmbedder())
    features = extractor.extract([load_capture(data) for data in captures])
    model, _ = fit_model(features, list(labels), [str(i) for i in range(len(labels))], channels=["image"],
                         embedders=extractor.fingerprints(), name=name, Cs=Cs)
    benign = np.array([model.score(f).score for f, y in zip(features, labels) if y == 0])
    calibrate(model, benign, block_fpr=0.0, flag_fpr=0.0)
    model.flag_threshold = max(model.flag_threshold, min_threshold)
    model.block_threshold = max(model.block_threshold, min_threshold)
    return model.save(Path(directory))


def save_fixed_head_guard(
    fingerprint: dict[str, Any], directory: str | os.PathLike[str], *, name: str = "fixed-head-guard"
) -> Path:
    """Save an image-channel guard model whose head is a fixed ramp (no training), for any image embedder.

    For plumbing tests and speed benchmarks with a real embedder: every step of a check runs, and the scores mean
    nothing. Never use it to protect an agent.
    """
    from agent_guard.model import GuardModel, LinearHead

    dim = int(fingerprint["dim"])
    model = GuardModel(
        channels=("image",),
        heads={"image": LinearHead(coef=np.linspace(-1, 1, dim, dtype=np.float32), intercept=0.0)},
        fusion_coef=np.array([1.0], dtype=np.float32),
        fusion_intercept=0.0,
        embedders={"image": dict(fingerprint)},
        flag_threshold=0.5,
        block_threshold=0.9,
        name=name,
    )
    return model.save(Path(directory))
