"""OpenCLIP image embedder over whole-viewport views (no center crop).

Preprocessing is ours, not open_clip's default transform: the capture is decoded to uint8 on the CPU, moved to the
device once, and every view (global + tiles, see ``agent_guard.views``) is cropped, resized with antialiasing and
normalized there as a tensor. On CUDA the forward pass runs under bf16 autocast; everywhere under
``torch.inference_mode``. The model is loaded once per process and shared between guards.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import warnings
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from agent_guard.errors import ConfigurationError, EmbedderError, ModelError, missing_dependency
from agent_guard.views import ViewLayout

log = logging.getLogger(__name__)

DEFAULT_ARCH = "ViT-B-32"
DEFAULT_PRETRAINED = "laion2b_s34b_b79k"
UNTRAINED = "untrained"
_UNTRAINED_SEED = 0


class UntrainedWeightsWarning(UserWarning):
    """The image channel runs on random weights: it cannot detect anything. Tests and plumbing only."""


def _import_torch() -> tuple[Any, Any]:
    try:
        import open_clip
        import torch
    except ImportError as exc:
        raise missing_dependency("torch and open_clip_torch", "image", exc) from exc
    return torch, open_clip


def resolve_device(device: str = "auto") -> str:
    torch, _ = _import_torch()
    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise ConfigurationError("device='cuda' requested but torch sees no CUDA device")
    return device


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


_MODELS: dict[tuple[str, str, str], tuple[Any, Any]] = {}
_MODELS_LOCK = threading.Lock()


def _load_open_clip(arch: str, weights: str, pretrained_arg: str | None, device: str) -> tuple[Any, Any]:
    """(model, default_preprocess), cached per process so every guard shares one copy."""
    key = (arch, weights, device)
    with _MODELS_LOCK:
        if key in _MODELS:
            return _MODELS[key]
        torch, open_clip = _import_torch()
        try:
            with torch.random.fork_rng(devices=[]):
                torch.manual_seed(_UNTRAINED_SEED)  # untrained weights are reproducible, so fingerprints mean something
                model, _, preprocess = open_clip.create_model_and_transforms(
                    arch, pretrained=pretrained_arg, device=device
                )
        except RuntimeError as exc:
            raise ModelError(
                f"could not load OpenCLIP {arch} weights {weights!r}: {exc}. Without hub access, pass a local "
                "checkpoint (clip_checkpoint=PATH / AGENT_GUARD_CLIP_CHECKPOINT); for plumbing tests only, "
                "allow_untrained_weights=True."
            ) from exc
        except (OSError, ValueError) as exc:
            raise ModelError(f"could not load OpenCLIP {arch} with weights {weights!r}: {exc}") from exc
        model.eval()
        _MODELS[key] = (model, preprocess)
        return _MODELS[key]


class OpenClipEmbedder:
    """``ImageEmbedder`` backed by OpenCLIP. Raw (un-normalized) view embeddings; see FeatureExtractor."""

    def __init__(
        self,
        arch: str = DEFAULT_ARCH,
        pretrained: str | None = DEFAULT_PRETRAINED,
        *,
        checkpoint: str | Path | None = None,
        layout: ViewLayout | None = None,
        device: str = "auto",
        allow_untrained_weights: bool = False,
        batch_size: int = 64,
    ) -> None:
        self.layout = layout or ViewLayout()
        self.device = resolve_device(device)
        self.batch_size = batch_size
        if checkpoint is not None:
            path = Path(checkpoint)
            if not path.is_file():
                raise ConfigurationError(f"CLIP checkpoint {path} does not exist")
            weights, pretrained_arg = f"sha256:{file_sha256(path)}", str(path)
        elif pretrained in (None, "", UNTRAINED):
            if not allow_untrained_weights:
                raise ConfigurationError(
                    "the image embedder has no pretrained weights; pass a hub tag or a checkpoint, or opt in "
                    "to random weights with allow_untrained_weights=True (tests only: it detects nothing)"
                )
            warnings.warn(
                f"OpenCLIP {arch} is running with UNTRAINED random weights: the image channel detects nothing. "
                "Use this only to test plumbing, never to protect an agent or to measure detection quality.",
                UntrainedWeightsWarning,
                stacklevel=2,
            )
            weights, pretrained_arg = UNTRAINED, None
        else:
            weights, pretrained_arg = str(pretrained), str(pretrained)
        self.arch = arch
        self.weights = weights
        self._model, self.default_preprocess = _load_open_clip(arch, weights, pretrained_arg, self.device)
        torch, open_clip = _import_torch()
        cfg = open_clip.get_model_preprocess_cfg(self._model)
        self.input_size = int(cfg["size"][0] if isinstance(cfg["size"], (tuple, list)) else cfg["size"])
        self._mean = torch.tensor(cfg["mean"], device=self.device).view(1, 3, 1, 1)
        self._std = torch.tensor(cfg["std"], device=self.device).view(1, 3, 1, 1)
        self.dim = int(self._model.visual.output_dim)
        self.fingerprint: dict[str, Any] = {
            "kind": "open_clip",
            "arch": arch,
            "weights": weights,
            "input_size": self.input_size,
            "preprocess": "uint8->float32/255, per-view bilinear antialias resize, no crop, clip mean/std",
            "mean": [round(float(v), 8) for v in cfg["mean"]],
            "std": [round(float(v), 8) for v in cfg["std"]],
            "normalization": "l2",
            "dim": self.dim,
            **self.layout.fingerprint(),
        }

    def view_names(self, height: int, width: int) -> tuple[str, ...]:
        return self.layout.names(height, width)

    def preprocess_views(self, image: np.ndarray) -> Any:
        """All views of one RGB uint8 image as a normalized (n_views, 3, S, S) tensor on the device."""
        torch, _ = _import_torch()
        import torch.nn.functional as F

        height, width = image.shape[:2]
        pixels = torch.from_numpy(np.ascontiguousarray(image)).to(self.device, non_blocking=True)
        pixels = pixels.permute(2, 0, 1).unsqueeze(0).float().div_(255.0)
        size = self.input_size
        views = []
        for name, (x0, y0, x1, y1) in self.layout.boxes(height, width):
            crop = pixels[:, :, y0:y1, x0:x1]
            if name == "global" and self.layout.global_view == "pad":
                side = max(x1 - x0, y1 - y0)
                crop = F.pad(crop, (0, side - (x1 - x0), 0, side - (y1 - y0)), value=0.0)
            views.append(F.interpolate(crop, size=(size, size), mode="bilinear", antialias=True, align_corners=False))
        batch = torch.cat(views, dim=0).clamp_(0.0, 1.0)
        return (batch - self._mean) / self._std

    def embed_views(self, images: Sequence[np.ndarray]) -> list[np.ndarray]:
        torch, _ = _import_torch()
        try:
            with torch.inference_mode():
                per_image = [self.preprocess_views(image) for image in images]
                counts = [int(views.shape[0]) for views in per_image]
                if not counts:
                    return []
                stacked = torch.cat(per_image, dim=0)
                outputs = []
                for start in range(0, stacked.shape[0], self.batch_size):
                    chunk = stacked[start : start + self.batch_size]
                    if self.device == "cuda":
                        with torch.autocast("cuda", dtype=torch.bfloat16):
                            outputs.append(self._model.encode_image(chunk).float())
                    else:
                        outputs.append(self._model.encode_image(chunk))
                embeddings = torch.cat(outputs, dim=0).cpu().numpy().astype(np.float32)
        except (RuntimeError, ValueError) as exc:
            raise EmbedderError(f"OpenCLIP embedding failed: {exc}") from exc
        return list(np.split(embeddings, np.cumsum(counts)[:-1]))

    def embed_center_crop(self, image: np.ndarray) -> np.ndarray:
        """Embedding-I's view: open_clip's default preprocess (resize short side, center crop). For comparison only."""
        torch, _ = _import_torch()
        from PIL import Image

        with torch.inference_mode():
            tensor = self.default_preprocess(Image.fromarray(image)).unsqueeze(0).to(self.device)
            return self._model.encode_image(tensor).float().cpu().numpy()[0]


def embedder_from_fingerprint(
    fingerprint: dict[str, Any], *, device: str = "auto", checkpoint: Path | None = None,
    allow_untrained_weights: bool = False,
) -> OpenClipEmbedder:
    """Rebuild the embedder a guard model was trained with."""
    layout = ViewLayout(
        global_view=fingerprint.get("views.global_view", "squash"),
        tile_px=int(fingerprint.get("views.tile_px", 448)),
        max_tiles=int(fingerprint.get("views.max_tiles", 12)),
        overlap=float(fingerprint.get("views.overlap", 0.15)),
    )
    weights = str(fingerprint.get("weights", DEFAULT_PRETRAINED))
    pretrained: str | None = None if weights == UNTRAINED else weights
    if weights.startswith("sha256:") and checkpoint is None:
        raise ConfigurationError(
            f"this guard model was trained with a local CLIP checkpoint ({weights}); pass it with "
            "clip_checkpoint=PATH / AGENT_GUARD_CLIP_CHECKPOINT"
        )
    return OpenClipEmbedder(
        str(fingerprint.get("arch", DEFAULT_ARCH)),
        pretrained,
        checkpoint=checkpoint,
        layout=layout,
        device=device,
        allow_untrained_weights=allow_untrained_weights,
    )
