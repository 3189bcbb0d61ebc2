"""Decoding captures safely: one function turns bytes, a path or a PIL image into RGB uint8 pixels.

Everything that can go wrong with an image becomes an ``ImageError`` with a message a person can act on:
zero bytes, not an image, truncated data, too many pixels (decompression bombs are refused before decoding).
"""

from __future__ import annotations

import hashlib
import io
import threading
import warnings
from pathlib import Path
from typing import Union

import numpy as np
from PIL import Image, UnidentifiedImageError

from agent_guard.errors import ImageError, ImageTooLargeError
from agent_guard.types import Capture

ImageSource = Union[bytes, bytearray, memoryview, str, Path, Image.Image]

DEFAULT_MAX_PIXELS = 40_000_000
_OPEN_LOCK = threading.Lock()


def load_capture(
    source: ImageSource, *, max_pixels: int = DEFAULT_MAX_PIXELS, dom_text: str | None = None
) -> Capture:
    """Decode ``source`` into a ``Capture`` (RGB uint8). Raises ``ImageError`` for anything unreadable."""
    if isinstance(source, Image.Image):
        pixels = _to_rgb_array(source, max_pixels)
        digest = hashlib.sha256(pixels.tobytes() + repr(pixels.shape).encode()).hexdigest()
        return Capture(pixels=pixels, sha256=digest, dom_text=dom_text, source="<PIL.Image>")
    if isinstance(source, (str, Path)):
        path = Path(source)
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise ImageError(f"{path}: no such file") from exc
        except IsADirectoryError as exc:
            raise ImageError(f"{path}: is a directory, not an image") from exc
        except OSError as exc:
            raise ImageError(f"{path}: cannot read file ({exc.strerror or exc})") from exc
        label = str(path)
    elif isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        label = "<bytes>"
    else:
        raise ImageError(f"unsupported capture type {type(source).__name__}; pass bytes, a path or a PIL image")
    return Capture(
        pixels=decode_image_bytes(data, max_pixels=max_pixels, label=label),
        sha256=hashlib.sha256(data).hexdigest(),
        dom_text=dom_text,
        source=label,
    )


def decode_image_bytes(data: bytes, *, max_pixels: int = DEFAULT_MAX_PIXELS, label: str = "<bytes>") -> np.ndarray:
    if not data:
        raise ImageError(f"{label}: empty file (0 bytes)")
    try:
        image = _open_header(data)
        _check_pixel_count(image, max_pixels, label)
        return _to_rgb_array(image, max_pixels)
    except ImageError:
        raise
    except Image.DecompressionBombError as exc:
        raise ImageTooLargeError(
            f"{label}: image exceeds the cap of {max_pixels:,} pixels and Pillow's decompression-bomb limit ({exc})"
        ) from exc
    except UnidentifiedImageError as exc:
        raise ImageError(f"{label}: not a recognised image format") from exc
    except (OSError, SyntaxError, ValueError, EOFError, MemoryError) as exc:
        raise ImageError(f"{label}: corrupt or truncated image ({exc})") from exc


def _open_header(data: bytes) -> Image.Image:
    """``Image.open`` (reads the header only) with Pillow's own bomb warning silenced: our cap is the one that counts.

    ``warnings.catch_warnings`` swaps process-wide state, so concurrent decode threads could restore each other's
    filters out of order; the lock makes that impossible and costs little, since pixels are decoded outside it.
    """
    with _OPEN_LOCK, warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        return Image.open(io.BytesIO(data))


def _check_pixel_count(image: Image.Image, max_pixels: int, label: str) -> None:
    width, height = image.size
    if width <= 0 or height <= 0:
        raise ImageError(f"{label}: image has no pixels ({width}x{height})")
    if width * height > max_pixels:
        raise ImageTooLargeError(
            f"{label}: {width}x{height} = {width * height:,} pixels exceeds the cap of {max_pixels:,} "
            "(raise max_pixels if this is a genuine capture)"
        )


def _to_rgb_array(image: Image.Image, max_pixels: int, label: str = "<PIL.Image>") -> np.ndarray:
    _check_pixel_count(image, max_pixels, label)
    if getattr(image, "is_animated", False):
        image.seek(0)  # an animated capture is judged by its first frame
    image.load()
    mode = image.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        # 16/32-bit greyscale: rescale to 8 bits instead of clipping everything above 255 to white.
        values = np.asarray(image, dtype=np.float64)
        top = 65535.0 if mode.startswith("I;16") or values.max(initial=0) > 255 else 255.0
        grey = np.clip(values / top * 255.0, 0, 255).astype(np.uint8)
        return np.ascontiguousarray(np.repeat(grey[:, :, None], 3, axis=2))
    if mode == "F":
        values = np.asarray(image, dtype=np.float64)
        values = np.nan_to_num(values, nan=0.0, posinf=1.0, neginf=0.0)
        grey = (np.clip(values, 0.0, 1.0 if values.max(initial=0) <= 1.0 else 255.0) /
                (1.0 if values.max(initial=0) <= 1.0 else 255.0) * 255).astype(np.uint8)
        return np.ascontiguousarray(np.repeat(grey[:, :, None], 3, axis=2))
    if mode in ("RGBA", "LA", "PA", "RGBa", "La") or (mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, rgba)
    rgb = image if image.mode == "RGB" else image.convert("RGB")  # screenshots are RGB already: no extra copy
    # np.array copies once into a writable array, which the embedders can hand to torch without another copy.
    return np.array(rgb, dtype=np.uint8)


def encode_png(pixels: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, format="PNG")
    return buffer.getvalue()
