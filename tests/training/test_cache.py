"""The embedding cache: keyed by extractor + content, atomic, no pickle, bad entries are misses."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from agent_guard.embedders.fake import FakeImageEmbedder
from agent_guard.features import FeatureExtractor
from agent_guard.imaging import load_capture
from agent_guard.training.cache import EmbeddingCache, default_cache_dir, extractor_hash
from tests.training.conftest import draw_png


def extractor(seed: int = 0) -> FeatureExtractor:
    return FeatureExtractor(["image"], image_embedder=FakeImageEmbedder(seed=seed))


def test_round_trip_and_layout(tmp_path: Path) -> None:
    ex = extractor()
    capture = load_capture(draw_png(3, True))
    features = ex.extract([capture])[0]
    cache = EmbeddingCache(tmp_path, ex)
    assert cache.get(capture.sha256, "-") is None
    cache.put(capture.sha256, "-", features)
    entry = cache.entry_path(capture.sha256, "-")
    assert entry == tmp_path / cache.hash[:16] / capture.sha256[:2] / f"{capture.sha256}.-.safetensors"
    assert entry.stat().st_mode & 0o777 == 0o600
    assert json.loads((cache.folder / "extractor.json").read_text())["components"]["image"]["kind"] == "fake-image"
    again = cache.get(capture.sha256, "-")
    assert again is not None
    np.testing.assert_array_equal(again.heads["image"].vectors, features.heads["image"].vectors)
    assert again.heads["image"].names == features.heads["image"].names
    assert [p.name for p in entry.parent.iterdir()] == [entry.name]  # no temporary file left behind
    assert b"pickle" not in entry.read_bytes() and entry.read_bytes()[8:9] == b"{"  # safetensors JSON header
    assert cache.count() == 1


def test_key_separates_extractors_and_dom_text(tmp_path: Path) -> None:
    assert extractor_hash(extractor(0)) == extractor_hash(extractor(0))
    assert extractor_hash(extractor(0)) != extractor_hash(extractor(1))
    cache = EmbeddingCache(tmp_path, extractor())
    assert cache.entry_path("ab" * 32, "-") != cache.entry_path("ab" * 32, "cd" * 32)
    other = EmbeddingCache(tmp_path, extractor(1))
    assert other.folder != cache.folder


def test_corrupt_or_foreign_entries_are_misses(tmp_path: Path) -> None:
    ex = extractor()
    capture = load_capture(draw_png(4, False))
    cache = EmbeddingCache(tmp_path, ex)
    cache.put(capture.sha256, "-", ex.extract([capture])[0])
    entry = cache.entry_path(capture.sha256, "-")
    entry.write_bytes(entry.read_bytes()[:40])
    assert cache.get(capture.sha256, "-") is None
    entry.write_bytes(b"")
    assert cache.get(capture.sha256, "-") is None
    # an entry moved in from another extractor's folder is refused by its metadata
    other = EmbeddingCache(tmp_path / "other", extractor(1))
    other.put(capture.sha256, "-", extractor(1).extract([capture])[0])
    os.replace(other.entry_path(capture.sha256, "-"), entry)
    assert cache.get(capture.sha256, "-") is None


def test_default_cache_dir_sits_beside_the_model_folder(tmp_path: Path) -> None:
    assert default_cache_dir(tmp_path / "models" / "mine") == tmp_path / "models" / ".cache" / "embeddings"
