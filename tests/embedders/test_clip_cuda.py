"""The CUDA path of OpenClipEmbedder, with UNTRAINED weights: views resized on the device, bf16 autocast, batching.

Skipped where torch sees no CUDA device (CI has none); run on a GPU machine with
``pytest -m cuda tests/embedders/test_clip_cuda.py``. Every check compares the device path with the CPU fp32 path
on the same captures, so it bounds the numerics of the code path, never detection quality.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("open_clip")

from agent_guard.embedders.clip import OpenClipEmbedder, UntrainedWeightsWarning, resolve_device  # noqa: E402
from agent_guard.embedders.fake import save_fixed_head_guard  # noqa: E402
from agent_guard.features import FeatureExtractor  # noqa: E402
from agent_guard.guard import Guard  # noqa: E402
from agent_guard.imaging import load_capture  # noqa: E402
from agent_guard.types import Capture  # noqa: E402
from agent_guard.views import ViewLayout  # noqa: E402
from tests.conftest import draw_capture  # noqa: E402

pytestmark = [
    pytest.mark.clip,
    pytest.mark.cuda,
    pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA device"),
]

ARCH = "ViT-B-32"  # the shipped architecture: cheap on a GPU


def _untrained(device: str, precision: str, layout: ViewLayout | None = None) -> OpenClipEmbedder:
    with pytest.warns(UntrainedWeightsWarning, match="UNTRAINED"):
        return OpenClipEmbedder(ARCH, None, allow_untrained_weights=True, device=device, precision=precision,
                                **({"layout": layout} if layout else {}))


@pytest.fixture(scope="module")
def captures() -> list[Capture]:
    sizes = [(1280, 720), (1280, 720), (390, 844), (1920, 1080), (1280, 2400)]  # desktop, mobile, full page
    return [load_capture(draw_capture(seed, malicious=bool(seed % 2), size=size)) for seed, size in enumerate(sizes)]


def _pixels(captures: list[Capture]) -> list[np.ndarray]:
    return [capture.pixels for capture in captures]


def _cosine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(-1) / (np.linalg.norm(a, axis=-1) * np.linalg.norm(b, axis=-1))


def test_auto_picks_cuda_and_bf16() -> None:
    assert resolve_device("auto") == "cuda"
    embedder = _untrained("auto", "auto")
    assert (embedder.device, embedder.precision) == ("cuda", "bf16")
    assert next(embedder.model.parameters()).device.type == "cuda"


def test_device_views_match_cpu_views(captures: list[Capture]) -> None:
    cpu, gpu = _untrained("cpu", "fp32"), _untrained("cuda", "fp32")
    for image in _pixels(captures):
        on_cpu = cpu.views_uint8(image)
        on_gpu = gpu.views_uint8(image)
        assert on_gpu.device.type == "cuda" and on_gpu.dtype == torch.uint8
        assert on_gpu.shape == on_cpu.shape == (len(cpu.view_names(*image.shape[:2])), 3, 224, 224)
        difference = (on_gpu.cpu().int() - on_cpu.int()).abs()
        assert int(difference.max()) <= 1, f"views differ by {int(difference.max())} levels for {image.shape}"


def test_cuda_bf16_embeddings_stay_close_to_cpu_fp32(captures: list[Capture]) -> None:
    images = _pixels(captures)
    reference = _untrained("cpu", "fp32").embed_views(images)
    fp32 = _untrained("cuda", "fp32").embed_views(images)
    bf16 = _untrained("cuda", "bf16").embed_views(images)
    for ref, full, half in zip(reference, fp32, bf16):
        assert full.dtype == half.dtype == np.float32 and full.shape == half.shape == ref.shape
        assert np.isfinite(half).all()
        assert _cosine(ref, full).min() > 0.999  # tf32 matmuls allowed
        assert _cosine(ref, half).min() > 0.99


def test_batching_does_not_change_embeddings(captures: list[Capture]) -> None:
    embedder = _untrained("cuda", "fp32")
    images = _pixels(captures)
    together = embedder.embed_views(images)
    alone = [embedder.embed_views([image])[0] for image in images]
    for a, b in zip(together, alone):
        assert _cosine(a, b).min() > 0.9999


def test_features_are_unit_norm_on_cuda(captures: list[Capture]) -> None:
    extractor = FeatureExtractor(["image"], image_embedder=_untrained("cuda", "bf16"))
    for features in extractor.extract(captures):
        norms = np.linalg.norm(features.heads["image"].vectors, axis=-1)
        np.testing.assert_allclose(norms, 1.0, atol=1e-5)


async def test_guard_micro_batches_concurrent_checks_on_cuda(tmp_path: Path) -> None:
    embedder = _untrained("cuda", "bf16")
    directory = save_fixed_head_guard(embedder.fingerprint, tmp_path / "model", name="cuda-plumbing-test")
    pngs = [draw_capture(100 + seed, malicious=bool(seed % 2)) for seed in range(12)]
    with Guard(directory, image_embedder=embedder, audit_enabled=False, batch_window_ms=20.0) as guard:
        verdicts = await asyncio.gather(*(guard.check(png) for png in pngs))
        assert [v.status.value for v in verdicts] == ["ok"] * len(pngs), [v.error for v in verdicts]
        assert guard.stats["max_batch"] > 1, guard.stats  # concurrent checks shared a forward pass
        alone = guard.check_sync(pngs[0])
    assert abs(alone.score - verdicts[0].score) < 1e-6  # served from the verdict cache
