"""OpenCLIP image embedder over whole-viewport views (no center crop).

Preprocessing is ours, not open_clip's default transform (which resizes the short side and center-crops, throwing
away the left and right edges of a wide capture). Every view of ``agent_guard.views.ViewLayout`` (global +
tiles) is cut out of the uint8 capture and resized to the model's square input with an antialiased bilinear
filter, rounded to uint8 like any image resize, then scaled to [0, 1] and normalized with CLIP's mean/std:

* on the CPU the resize runs on the uint8, channels-last crop, which PyTorch does with a SIMD kernel: 3 ms for the
  7 views of a 1280x720 capture on 2 cores, where resizing a float copy took 150 ms (as long as the bf16 forward
  pass of those 7 views);
* on CUDA the uint8 capture is moved to the device once and every view is resized there in float and rounded to
  uint8 levels (the same numbers up to one level in a few pixels: there is no uint8 kernel on CUDA).

The forward pass runs under ``torch.inference_mode`` in batches of ``batch_size`` views. Precision (``precision``):

* ``"auto"`` (default): bf16 on CUDA (autocast); bf16 on a CPU with native bf16 dot products (AVX512-BF16 or
  AMX-BF16), fp32 on other CPUs, where bf16 is emulated and slow;
* ``"fp32"`` / ``"bf16"``: forced.

On the CPU, bf16 runs a bf16 copy of the vision tower (made once per process): CPU autocast would re-cast every
weight on every call, which measured slower than fp32. The precision is deliberately not part of the
fingerprint: embeddings differ from fp32 only at the bf16 rounding level, and a guard trained on a GPU (bf16)
must run on a CPU (fp32 or bf16) and vice versa. Pass ``precision="fp32"`` for bit-for-bit fp32 numbers.

The model (and its bf16 copy) is loaded once per process and shared between every embedder and guard with the
same architecture, weights and device.
"""

from __future__ import annotations

import copy
import functools
import logging
import platform
import re
import threading
import warnings
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from agent_guard.errors import ConfigurationError, EmbedderError, ModelError, missing_dependency
from agent_guard.files import file_sha256
from agent_guard.views import ViewLayout

log = logging.getLogger(__name__)

DEFAULT_ARCH = "ViT-B-32"
DEFAULT_PRETRAINED = "laion2b_s34b_b79k"
UNTRAINED = "untrained"
PRECISIONS = ("auto", "fp32", "bf16")
PREPROCESS = "uint8 views, bilinear antialias resize to uint8 (no crop), /255, clip mean/std"
_UNTRAINED_SEED = 0
_CPU_BF16_FLAGS = frozenset({"avx512_bf16", "amx_bf16"})


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
    if device != "cpu" and not (device == "cuda" or re.fullmatch(r"cuda:\d+", device)):
        raise ConfigurationError(f"device must be auto, cpu, cuda or cuda:N, not {device!r}")
    if device.startswith("cuda") and not torch.cuda.is_available():
        raise ConfigurationError("device='cuda' requested but torch sees no CUDA device")
    return device


@functools.lru_cache(maxsize=1)
def cpu_has_native_bf16() -> bool:
    """True where this x86 CPU has bf16 dot-product instructions (AVX512-BF16 or AMX-BF16), read from /proc/cpuinfo.

    Elsewhere (no such flags, another OS or architecture) bf16 on the CPU is emulated and slower than fp32.
    """
    if platform.machine().lower() not in ("x86_64", "amd64"):
        return False
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("flags"):
                    return bool(_CPU_BF16_FLAGS & set(line.split(":", 1)[1].split()))
    except OSError:
        return False
    return False


def resolve_precision(precision: str, device: str) -> str:
    """``"fp32"`` or ``"bf16"`` for this device; see the module docstring for what ``"auto"`` picks."""
    if precision not in PRECISIONS:
        raise ConfigurationError(f"precision must be one of {PRECISIONS}, not {precision!r}")
    if precision != "auto":
        return precision
    if device.startswith("cuda"):
        return "bf16"
    return "bf16" if cpu_has_native_bf16() else "fp32"


_SHA_CACHE: dict[tuple[str, int, int], str] = {}


def _checkpoint_sha256(path: Path) -> str:
    """sha256 of a checkpoint, remembered per (path, size, mtime) so a second guard does not re-read 600 MB."""
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    if key not in _SHA_CACHE:
        _SHA_CACHE[key] = file_sha256(path)
    return _SHA_CACHE[key]


_MODELS: dict[tuple[str, str, str], tuple[Any, Any]] = {}
_BF16_VISUAL: dict[tuple[str, str, str], Any] = {}
_MODELS_LOCK = threading.Lock()


def _check_arch_and_tag(open_clip: Any, arch: str, pretrained_arg: str | None, weights: str) -> None:
    """Refuse an unknown architecture or hub tag before open_clip turns it into a download or a bare RuntimeError."""
    if arch.startswith(("hf-hub:", "local-dir:")):
        return
    if arch not in open_clip.list_models():
        raise ConfigurationError(f"unknown OpenCLIP architecture {arch!r} (see open_clip.list_models())")
    if pretrained_arg is None or weights.startswith("sha256:"):
        return
    tags = open_clip.list_pretrained_tags_by_model(arch)
    if pretrained_arg not in tags:
        raise ConfigurationError(
            f"OpenCLIP {arch} has no pretrained tag {pretrained_arg!r} (known: {sorted(tags) or 'none'}); "
            "for a local file pass checkpoint=PATH (AGENT_GUARD_CLIP_CHECKPOINT)"
        )


def _load_open_clip(arch: str, weights: str, pretrained_arg: str | None, device: str) -> tuple[Any, Any]:
    """(model, default_preprocess), cached per process so every guard shares one copy."""
    key = (arch, weights, device)
    with _MODELS_LOCK:
        if key in _MODELS:
            return _MODELS[key]
        torch, open_clip = _import_torch()
        _check_arch_and_tag(open_clip, arch, pretrained_arg, weights)
        try:
            with torch.random.fork_rng(devices=[]):
                # Untrained weights are drawn on the CPU from a fixed seed, so they are the same on every machine
                # and fingerprints mean something; the model moves to the device afterwards.
                torch.manual_seed(_UNTRAINED_SEED)
                model, _, preprocess = open_clip.create_model_and_transforms(arch, pretrained=pretrained_arg)
            model = model.to(device)
        except Exception as exc:  # noqa: BLE001 - torch.load/open_clip raise many unrelated types for a bad file
            where = f"checkpoint {pretrained_arg}" if weights.startswith("sha256:") else f"weights {weights!r}"
            raise ModelError(
                f"could not load OpenCLIP {arch} {where}: {type(exc).__name__}: {exc}. Without hub access, pass a "
                "local checkpoint (clip_checkpoint=PATH / AGENT_GUARD_CLIP_CHECKPOINT) saved for this architecture "
                "(a state_dict in .pt/.bin via torch.save, or .safetensors); for plumbing tests only, "
                "allow_untrained_weights=True."
            ) from exc
        model.eval()
        model.requires_grad_(False)
        _MODELS[key] = (model, preprocess)
        return _MODELS[key]


def _bf16_visual(key: tuple[str, str, str], model: Any) -> Any:
    """A bf16 copy of the vision tower, made once per process (CPU bf16 path)."""
    torch, _ = _import_torch()
    with _MODELS_LOCK:
        if key not in _BF16_VISUAL:
            visual = copy.deepcopy(model.visual).to(torch.bfloat16).eval()
            visual.requires_grad_(False)
            _BF16_VISUAL[key] = visual
        return _BF16_VISUAL[key]


def _writable_contiguous(array: np.ndarray) -> np.ndarray:
    """``array`` as a C-contiguous, writable array (decoded captures are read-only; torch warns on those)."""
    if array.flags.c_contiguous and array.flags.writeable:
        return array
    return np.array(array, order="C", copy=True)


def _resize_uint8_cpu(crop: np.ndarray, size: int) -> Any:
    """(1, 3, size, size) uint8 tensor: antialiased bilinear resize of an (h, w, 3) uint8 array, channels-last."""
    torch, _ = _import_torch()
    import torch.nn.functional as F

    tensor = torch.from_numpy(_writable_contiguous(crop)).permute(2, 0, 1).unsqueeze(0)  # channels-last strides
    return F.interpolate(tensor, size=(size, size), mode="bilinear", antialias=True, align_corners=False)


def _resize_uint8_float(crop: Any, size: int) -> Any:
    """The same resize for a (1, 3, h, w) float tensor of 0..255 values on any device, rounded to uint8 levels."""
    torch, _ = _import_torch()
    import torch.nn.functional as F

    resized = F.interpolate(crop, size=(size, size), mode="bilinear", antialias=True, align_corners=False)
    return resized.round_().clamp_(0.0, 255.0).to(torch.uint8)


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
        precision: str = "auto",
    ) -> None:
        self.layout = layout or ViewLayout()
        if batch_size < 1:
            raise ConfigurationError(f"batch_size must be >= 1, got {batch_size}")
        self.device = resolve_device(device)
        self.precision = resolve_precision(precision, self.device)
        self.batch_size = batch_size
        if checkpoint is not None:
            path = Path(checkpoint)
            if not path.is_file():
                raise ConfigurationError(f"CLIP checkpoint {path} does not exist (or is not a file)")
            try:
                weights = f"sha256:{_checkpoint_sha256(path)}"
            except OSError as exc:
                raise ConfigurationError(f"CLIP checkpoint {path} cannot be read: {exc}") from exc
            pretrained_arg: str | None = str(path)
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
        self._key = (arch, weights, self.device)
        self._model, self.default_preprocess = _load_open_clip(arch, weights, pretrained_arg, self.device)
        torch, open_clip = _import_torch()
        self._visual = (
            _bf16_visual(self._key, self._model)
            if self.precision == "bf16" and self.device == "cpu"
            else self._model.visual
        )
        cfg = open_clip.get_model_preprocess_cfg(self._model)
        self.input_size = int(cfg["size"][0] if isinstance(cfg["size"], (tuple, list)) else cfg["size"])
        # x/255 then (x - mean)/std, folded into one multiply-add per channel on the uint8 values
        mean = torch.tensor(cfg["mean"], dtype=torch.float32, device=self.device).view(1, 3, 1, 1)
        std = torch.tensor(cfg["std"], dtype=torch.float32, device=self.device).view(1, 3, 1, 1)
        self._scale = 1.0 / (255.0 * std)
        self._shift = -mean / std
        self.dim = int(self._model.visual.output_dim)
        self.fingerprint: dict[str, Any] = {
            "kind": "open_clip",
            "arch": arch,
            "weights": weights,
            "input_size": self.input_size,
            "preprocess": PREPROCESS,
            "mean": [round(float(v), 8) for v in cfg["mean"]],
            "std": [round(float(v), 8) for v in cfg["std"]],
            "normalization": "l2",
            "dim": self.dim,
            **self.layout.fingerprint(),
        }

    @property
    def model(self) -> Any:
        """The shared fp32 open_clip model (read-only use; it is shared by every embedder of this process)."""
        return self._model

    def view_names(self, height: int, width: int) -> tuple[str, ...]:
        return self.layout.names(height, width)

    # -- preprocessing ----------------------------------------------------------------------------------------

    def views_uint8(self, image: np.ndarray) -> Any:
        """All views of one RGB uint8 (H, W, 3) image, resized: a (n_views, 3, S, S) uint8 tensor on the device."""
        torch, _ = _import_torch()
        if not (isinstance(image, np.ndarray) and image.dtype == np.uint8 and image.ndim == 3 and image.shape[2] == 3
                and image.shape[0] > 0 and image.shape[1] > 0):
            shape = getattr(image, "shape", None)
            raise EmbedderError(f"expected an RGB uint8 (H, W, 3) image, got {type(image).__name__} {shape}")
        views = self._views_cpu(image) if self.device == "cpu" else self._views_device(image, self.device)
        return torch.cat(views, dim=0).contiguous()

    def _views_cpu(self, image: np.ndarray) -> list[Any]:
        """CPU: crop in numpy, resize each uint8 crop with PyTorch's SIMD uint8 kernel."""
        height, width = image.shape[:2]
        views = []
        for name, (x0, y0, x1, y1) in self.layout.boxes(height, width):
            crop = image[y0:y1, x0:x1]
            if name == "global" and self.layout.global_view == "pad":
                side = max(x1 - x0, y1 - y0)
                square = np.zeros((side, side, 3), dtype=np.uint8)  # black letter-box below / right of the capture
                square[: y1 - y0, : x1 - x0] = crop
                crop = square
            views.append(_resize_uint8_cpu(crop, self.input_size))
        return views

    def _views_device(self, image: np.ndarray, device: str) -> list[Any]:
        """Accelerators: move the uint8 capture once, resize each view there in float, round to uint8 levels."""
        torch, _ = _import_torch()
        import torch.nn.functional as F

        height, width = image.shape[:2]
        pixels = torch.from_numpy(_writable_contiguous(image)).to(device)
        pixels = pixels.permute(2, 0, 1).unsqueeze(0).float()
        views = []
        for name, (x0, y0, x1, y1) in self.layout.boxes(height, width):
            crop = pixels[:, :, y0:y1, x0:x1]
            if name == "global" and self.layout.global_view == "pad":
                side = max(x1 - x0, y1 - y0)
                crop = F.pad(crop, (0, side - (x1 - x0), 0, side - (y1 - y0)), value=0.0)
            views.append(_resize_uint8_float(crop, self.input_size))
        return views

    def normalize_views(self, views: Any) -> Any:
        """uint8 views -> float32 model input: x/255, then CLIP mean/std."""
        return views.float().mul_(self._scale).add_(self._shift)

    def preprocess_views(self, image: np.ndarray) -> Any:
        """All views of one RGB uint8 image as a normalized (n_views, 3, S, S) float32 tensor on the device."""
        torch, _ = _import_torch()
        with torch.inference_mode():
            return self.normalize_views(self.views_uint8(image))

    # -- embedding --------------------------------------------------------------------------------------------

    def _forward(self, batch: Any) -> Any:
        torch, _ = _import_torch()
        if self.precision == "bf16":
            if self.device == "cpu":
                return self._visual(batch.to(torch.bfloat16)).float()
            with torch.autocast(self.device.split(":")[0], dtype=torch.bfloat16):
                return self._visual(batch).float()
        return self._visual(batch)

    def embed_views(self, images: Sequence[np.ndarray]) -> list[np.ndarray]:
        torch, _ = _import_torch()
        if len(images) == 0:
            return []
        try:
            with torch.inference_mode():
                per_image = [self.views_uint8(image) for image in images]
                counts = [int(views.shape[0]) for views in per_image]
                stacked = torch.cat(per_image, dim=0)
                outputs = []
                for start in range(0, stacked.shape[0], self.batch_size):
                    chunk = self.normalize_views(stacked[start : start + self.batch_size])
                    outputs.append(self._forward(chunk))
                embeddings = torch.cat(outputs, dim=0).cpu().numpy().astype(np.float32, copy=False)
        except (RuntimeError, ValueError) as exc:
            raise EmbedderError(f"OpenCLIP embedding failed: {exc}") from exc
        return list(np.split(embeddings, np.cumsum(counts)[:-1]))

    def embed_center_crop(self, image: np.ndarray) -> np.ndarray:
        """Embedding-I's view: open_clip's default preprocess (resize short side, center crop), fp32.

        For comparison only: it discards the edges of a wide capture (see ``agent_guard.views``).
        """
        torch, _ = _import_torch()
        from PIL import Image

        with torch.inference_mode():
            tensor = self.default_preprocess(Image.fromarray(image)).unsqueeze(0).to(self.device)
            return self._model.encode_image(tensor).float().cpu().numpy()[0]


def embedder_from_fingerprint(
    fingerprint: dict[str, Any], *, device: str = "auto", checkpoint: Path | None = None,
    allow_untrained_weights: bool = False, precision: str = "auto",
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
        precision=precision,
    )


__all__ = [
    "DEFAULT_ARCH",
    "DEFAULT_PRETRAINED",
    "UNTRAINED",
    "PRECISIONS",
    "OpenClipEmbedder",
    "UntrainedWeightsWarning",
    "cpu_has_native_bf16",
    "embedder_from_fingerprint",
    "file_sha256",
    "resolve_device",
    "resolve_precision",
]
