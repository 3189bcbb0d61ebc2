"""Interfaces of the three model components, and the one normalization both guard and trainer use.

Real implementations live in their own modules with lazy heavy imports (``clip``, ``text``, ``ocr``);
fakes that need only numpy live in ``fake`` so tests and examples run anywhere.

Every component carries a ``fingerprint``: a flat JSON-able dict that identifies exactly what produced the
numbers (architecture, weights tag or checkpoint sha256, preprocessing, view layout...). Guard models record it,
and loading a model with a different fingerprint fails naming the differing field.
"""

from __future__ import annotations

from typing import Any, Protocol, Sequence, runtime_checkable

import numpy as np

Fingerprint = dict[str, Any]


@runtime_checkable
class ImageEmbedder(Protocol):
    """Embeds every view of each image. Output is raw (not normalized): shape (n_images, n_views, dim)."""

    fingerprint: Fingerprint
    dim: int

    def view_names(self, height: int, width: int) -> tuple[str, ...]: ...

    def embed_views(self, images: Sequence[np.ndarray]) -> list[np.ndarray]:
        """One (n_views_i, dim) float32 array per RGB uint8 image."""
        ...


@runtime_checkable
class TextEmbedder(Protocol):
    """Embeds text chunks. Output is raw (not normalized): shape (n_texts, dim)."""

    fingerprint: Fingerprint
    dim: int

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray: ...


@runtime_checkable
class OcrEngine(Protocol):
    """Reads the text of a capture, as blocks (paragraph-like groups of lines, in reading order)."""

    fingerprint: Fingerprint

    def read_blocks(self, image: np.ndarray) -> list[str]: ...


def l2_normalize(embeddings: np.ndarray) -> np.ndarray:
    """``emb / emb.norm(dim=-1, keepdim=True)``, in float32; rows that are all zero are an error, not a silent zero."""
    array = np.asarray(embeddings, dtype=np.float32)
    norms = np.linalg.norm(array, axis=-1, keepdims=True)
    if not np.all(np.isfinite(array)) or np.any(norms == 0):
        from agent_guard.errors import EmbedderError

        raise EmbedderError("embedder returned a zero or non-finite vector; refusing to normalize it")
    return (array / norms).astype(np.float32)


def fingerprint_diff(expected: Fingerprint, actual: Fingerprint) -> list[str]:
    """Names of the fields that differ between two fingerprints, as 'field: model=... embedder=...'."""
    differences = []
    for key in sorted(set(expected) | set(actual)):
        if expected.get(key) != actual.get(key):
            differences.append(f"{key}: model={expected.get(key)!r} embedder={actual.get(key)!r}")
    return differences
