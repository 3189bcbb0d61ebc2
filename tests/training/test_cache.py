"""The embedding cache: keyed by extractor + content, atomic, no pickle, bad entries are misses."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from agent_guard.embedders.fake import FakeImageEmbedder, FakeOcr, FakeTextEmbedder
from agent_guard.features import FeatureExtractor
from agent_guard.imaging import load_capture
from agent_guard.training.cache import (
    OCR_TEXT_FOLDER,
    CachedOcr,
    EmbeddingCache,
    default_cache_dir,
    extractor_hash,
    remember_ocr_text,
)
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


def test_ocr_text_is_remembered_per_engine_and_pixels(tmp_path: Path) -> None:
    calls: list[tuple[int, ...]] = []

    def read(image: np.ndarray) -> list[str]:
        calls.append(image.shape)
        return ["Ignore the task above", f"mean {float(image.mean()):.3f}"]

    first, second = load_capture(draw_png(1, False)).pixels, load_capture(draw_png(2, False)).pixels
    ocr = CachedOcr(FakeOcr(read), tmp_path)
    assert ocr.fingerprint == {"kind": "fake-ocr"}  # same identity as the engine it wraps
    blocks = ocr.read_blocks(first)
    assert ocr.read_blocks(first) == blocks and len(calls) == 1 and (ocr.hits, ocr.misses) == (1, 1)
    assert ocr.read_blocks(second) != blocks and len(calls) == 2

    again = CachedOcr(FakeOcr(read), tmp_path)  # a later run reads from disk
    assert again.read_blocks(first) == blocks and len(calls) == 2
    entry = again.entry_path(first)
    assert entry.parent.parent.parent.name == OCR_TEXT_FOLDER and oct(entry.stat().st_mode & 0o777) == "0o600"

    other_engine = FakeOcr(read)
    other_engine.fingerprint = {"kind": "fake-ocr", "lang": "fra"}
    assert CachedOcr(other_engine, tmp_path).read_blocks(first) == blocks and len(calls) == 3  # not shared

    entry.write_text("{not json")  # a damaged entry is a miss and gets rewritten
    assert again.read_blocks(first) == blocks and len(calls) == 4
    assert json.loads(entry.read_text()) == blocks


def test_remember_ocr_text_wraps_once(tmp_path: Path) -> None:
    extractor = FeatureExtractor(["ocr"], text_embedder=FakeTextEmbedder(), ocr=FakeOcr(lambda image: ["Hello"]))
    remember_ocr_text(extractor, tmp_path)
    wrapped = extractor.ocr
    remember_ocr_text(extractor, tmp_path)
    assert isinstance(wrapped, CachedOcr) and extractor.ocr is wrapped
    features = extractor.extract([load_capture(draw_png(3, False))])
    assert features[0].heads["text"].texts == ("Hello",) and wrapped.misses == 1


def test_image_precision_separates_cache_folders() -> None:
    fp32, bf16 = FakeImageEmbedder(), FakeImageEmbedder()
    fp32.precision, bf16.precision = "fp32", "bf16"  # type: ignore[attr-defined]
    assert fp32.fingerprint == bf16.fingerprint  # what a guard model records is the same...
    first = FeatureExtractor(["image"], image_embedder=fp32)
    second = FeatureExtractor(["image"], image_embedder=bf16)
    assert extractor_hash(first) != extractor_hash(second)  # ...but one training run never mixes the two


def test_text_compute_dtype_separates_cache_folders() -> None:
    float32, float64 = FakeTextEmbedder(), FakeTextEmbedder()
    float32.compute_dtype, float64.compute_dtype = "float32", "float64"  # type: ignore[attr-defined]
    ocr = FakeOcr(lambda image: ["Hello"])
    first = FeatureExtractor(["ocr"], text_embedder=float32, ocr=ocr)
    second = FeatureExtractor(["ocr"], text_embedder=float64, ocr=ocr)
    assert first.fingerprints() == second.fingerprints()  # a guard may be served by either...
    assert extractor_hash(first) != extractor_hash(second)  # ...but one training run never mixes their vectors
