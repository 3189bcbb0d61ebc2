"""On-disk embedding cache: what ``FeatureExtractor.extract`` returned for one capture, keyed by what produced it.

Layout (default root: ``MODEL_DIR/../.cache/embeddings`` for ``train``; ``--cache-dir`` for either command)::

    ROOT/<extractor-hash[:16]>/extractor.json                   the fingerprint the hash was taken over
    ROOT/<extractor-hash[:16]>/<sha[:2]>/<sha>.<dom>.safetensors one entry per capture

* ``extractor-hash`` is the sha256 of the canonical JSON of: the channels, every component's fingerprint
  (``FeatureExtractor.fingerprints()``), the image embedder's precision (bf16 / fp32), the text embedder's
  compute dtype (float64 / float32), and the sha256 of the source of the modules that turn a capture into
  instances (``agent_guard.features``, ``agent_guard.textchunks``), so a change in chunking or normalization can
  never be served stale vectors. Different embedders, precisions, channels or code -> a different folder.
* ``sha`` is the sha256 of the image file's bytes, ``dom`` the first 16 hex digits of the sha256 of the DOM
  text given to the extractor (``-`` when none: models without the ``dom`` channel never read it).
* an entry is a safetensors file: one float32 tensor ``<head>`` (n_instances x dim) per head, and string
  metadata holding JSON: the instance names and texts per head, the text sources, the extraction timings.
  No pickle anywhere. Each entry is written to a temporary file and renamed into place (``os.replace``), so a
  run killed at any moment leaves whole entries or none; files are 0600 and folders 0700 (OCR text of a
  capture can carry whatever the page showed).

An entry that cannot be read back (truncated by a full disk, edited, wrong shapes, non-normalized vectors) is a
miss: the capture is embedded again and the entry rewritten.

OCR text has a cache of its own beside it (:class:`CachedOcr`), because OCR is most of the cost (about 0.6 s a
capture) and does not change when the chunking or the text embedder does::

    ROOT/ocr-text/<ocr-fingerprint-hash[:16]>/<pixels-sha[:2]>/<pixels-sha>.json    the blocks, as a JSON list

keyed by the OCR engine's fingerprint (program version, languages, settings), the sha256 of the source of the
engine's module (its block grouping) and the sha256 of the decoded pixels and their shape, so a new Tesseract,
other settings or changed grouping code read again.
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
import json
import os
from pathlib import Path
from typing import Any

import numpy as np

from agent_guard.errors import ConfigurationError
from agent_guard.features import FeatureExtractor
from agent_guard.model import atomic_write
from agent_guard.types import Features, Instances

CACHE_FORMAT = 1
_PIPELINE_MODULES = ("agent_guard.features", "agent_guard.textchunks")


def _module_digest(name: str) -> str:
    try:
        module = importlib.import_module(name)
        source = inspect.getsource(module)
    except (ImportError, OSError, TypeError):
        return "unavailable"
    return hashlib.sha256(source.encode()).hexdigest()


def extractor_identity(extractor: FeatureExtractor) -> dict[str, Any]:
    channels = list(extractor.channels)
    text_modules = _PIPELINE_MODULES if "text" in extractor.heads else _PIPELINE_MODULES[:1]
    identity = {
        "cache_format": CACHE_FORMAT,
        "channels": channels,
        "components": extractor.fingerprints(),
        "code": {name: _module_digest(name) for name in text_modules},
    }
    if "image" in extractor.channels:
        # bf16 and fp32 vectors are close but not equal; a guard model does not record precision (it may be
        # served in either), but one training run must not mix them.
        identity["image_precision"] = getattr(extractor.image_embedder, "precision", None)
    if "text" in extractor.heads:
        identity["text_compute_dtype"] = getattr(extractor.text_embedder, "compute_dtype", None)
    return identity


def _identity_digest(identity: Any) -> str:
    """sha256 of the canonical JSON of ``identity``: the one way both caches turn what produced an entry into a key."""
    canonical = json.dumps(identity, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def extractor_hash(extractor: FeatureExtractor) -> str:
    return _identity_digest(extractor_identity(extractor))


class EmbeddingCache:
    def __init__(self, root: str | Path, extractor: FeatureExtractor) -> None:
        self.root = Path(root)
        self.identity = extractor_identity(extractor)
        self.hash = extractor_hash(extractor)
        self.folder = self.root / self.hash[:16]
        self._heads = tuple(extractor.heads)
        self._ready = False

    def _prepare(self) -> None:
        if self._ready:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            info = self.folder / "extractor.json"
            if not info.exists():
                text = json.dumps(self.identity, indent=2, sort_keys=True, default=str) + "\n"
                atomic_write(info, text.encode(), 0o600)
        except OSError as exc:
            raise ConfigurationError(
                f"cannot create the embedding cache at {self.folder}: {exc.strerror or exc}; choose another "
                "--cache-dir or pass --no-cache"
            ) from exc
        self._ready = True

    def entry_path(self, image_sha: str, dom_sha: str) -> Path:
        return self.folder / image_sha[:2] / f"{image_sha}.{dom_sha[:16]}.safetensors"

    def count(self) -> int:
        if not self.folder.is_dir():
            return 0
        return sum(1 for _ in self.folder.glob("*/*.safetensors"))

    def get(self, image_sha: str, dom_sha: str) -> Features | None:
        path = self.entry_path(image_sha, dom_sha)
        if not path.is_file():
            return None
        try:
            return self._read(path)
        except Exception:  # noqa: BLE001 - any unreadable entry is a miss and gets rewritten
            return None

    def put(self, image_sha: str, dom_sha: str, features: Features) -> None:
        from safetensors.numpy import save

        self._prepare()
        tensors: dict[str, np.ndarray] = {}
        metadata: dict[str, str] = {
            "format": str(CACHE_FORMAT),
            "extractor": self.hash,
            "text_sources": json.dumps(list(features.text_sources)),
            "timings_ms": json.dumps({k: float(v) for k, v in features.timings_ms.items()}),
        }
        for head, instances in features.heads.items():
            tensors[head] = np.ascontiguousarray(instances.vectors, dtype=np.float32)
            metadata[f"names.{head}"] = json.dumps(list(instances.names))
            metadata[f"texts.{head}"] = json.dumps(None if instances.texts is None else list(instances.texts))
        path = self.entry_path(image_sha, dom_sha)
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            atomic_write(path, save(tensors, metadata=metadata), 0o600)
        except OSError as exc:
            raise ConfigurationError(
                f"cannot write the embedding cache at {self.folder}: {exc.strerror or exc}; choose another "
                "--cache-dir or pass --no-cache"
            ) from exc

    def _read(self, path: Path) -> Features:
        from safetensors import safe_open

        with safe_open(str(path), framework="numpy") as handle:
            metadata = handle.metadata() or {}
            if metadata.get("format") != str(CACHE_FORMAT) or metadata.get("extractor") != self.hash:
                raise ValueError("foreign cache entry")
            if set(handle.keys()) != set(self._heads):
                raise ValueError("heads differ")
            heads = {}
            for head in self._heads:
                vectors = np.asarray(handle.get_tensor(head), dtype=np.float32)
                names = tuple(json.loads(metadata[f"names.{head}"]))
                texts = json.loads(metadata[f"texts.{head}"])
                if vectors.ndim != 2 or vectors.shape[0] != len(names) or vectors.shape[0] == 0:
                    raise ValueError("shape mismatch")
                if texts is not None and len(texts) != len(names):
                    raise ValueError("texts mismatch")
                norms = np.linalg.norm(vectors, axis=1)
                if not np.all(np.isfinite(vectors)) or not np.allclose(norms, 1.0, atol=1e-3):
                    raise ValueError("vectors are not normalized")
                heads[head] = Instances(vectors=vectors, names=names, texts=None if texts is None else tuple(texts))
        return Features(
            heads=heads,
            timings_ms=json.loads(metadata.get("timings_ms", "{}")),
            text_sources=tuple(json.loads(metadata.get("text_sources", "[]"))),
        )


def default_cache_dir(model_dir: Path) -> Path:
    return Path(os.path.abspath(model_dir)).parent / ".cache" / "embeddings"


OCR_TEXT_FOLDER = "ocr-text"


class CachedOcr:
    """An ``OcrEngine`` that keeps what the wrapped engine read on disk and reads it back for the same pixels.

    Same fingerprint as the wrapped engine: it changes where the text comes from, never what it is. An entry that
    cannot be read back is a miss (read again, rewritten); one that cannot be written only costs the next run time.
    """

    def __init__(self, engine: Any, root: str | Path) -> None:
        self.engine = engine
        self.fingerprint = engine.fingerprint
        digest = _identity_digest({"engine": dict(engine.fingerprint), "code": _module_digest(type(engine).__module__)})
        self.folder = Path(root) / OCR_TEXT_FOLDER / digest[:16]
        self.hits = 0
        self.misses = 0

    def __repr__(self) -> str:
        return f"CachedOcr({self.engine!r}, folder={str(self.folder)!r})"

    def entry_path(self, image: np.ndarray) -> Path:
        key = hashlib.sha256(np.ascontiguousarray(image).tobytes() + repr(image.shape).encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.json"

    def read_blocks(self, image: np.ndarray) -> list[str]:
        path = self.entry_path(image)
        try:
            blocks = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(blocks, list) and all(isinstance(block, str) for block in blocks):
                self.hits += 1
                return blocks
        except (OSError, ValueError):
            pass
        self.misses += 1
        blocks = list(self.engine.read_blocks(image))
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            atomic_write(path, json.dumps(blocks, ensure_ascii=False).encode("utf-8"), 0o600)
        except OSError:
            pass  # a full or read-only disk costs the next run an OCR pass, nothing else
        return blocks


def remember_ocr_text(extractor: FeatureExtractor, root: str | Path) -> None:
    """Route ``extractor``'s OCR through a :class:`CachedOcr` under ``root`` (no-op without OCR or if done)."""
    if extractor.ocr is not None and not isinstance(extractor.ocr, CachedOcr):
        extractor.ocr = CachedOcr(extractor.ocr, root)
