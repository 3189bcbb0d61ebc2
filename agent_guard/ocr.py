"""Reading the text of a capture with Tesseract, as paragraph-like blocks in reading order.

The engine is the ``tesseract`` command-line program (Debian ``tesseract-ocr``), run once per image (or per
horizontal strip of a very tall image) as a child process:

* the image goes in on stdin as an uncompressed PGM/PPM, the word table (TSV) comes back on stdout: no temporary
  files, and nothing global is changed, so several threads may read at once;
* the child gets ``OMP_THREAD_LIMIT=1`` in its own environment: Tesseract's OpenMP threads only fight the guard's
  other work on a two-core machine (and setting it in our own environment would also cap torch);
* a child that crashes, fails or runs past ``timeout_s`` is killed and surfaces as :class:`EmbedderError`;
* a child process also keeps a crash inside Tesseract/Leptonica, fed attacker-made pixels, out of the agent's
  process.

Before OCR the capture is made gray, light-on-dark regions are turned dark-on-light (:func:`normalize_polarity`),
boxes on a tinted mid-tone background (coloured ads, stickers, grey notices, text drawn into an image) are
flattened to dark text on white (:func:`flatten_tinted_boxes`), and it is upscaled 1.5x; after OCR, Tesseract's
blocks are repaired where it mixed two columns (see ``_group_blocks``) and low-confidence noise is dropped. Very
tall captures are read in strips of at most ``strip_height`` rows, cut at blank rows; blank strips are skipped;
the whole call has a ``max_total_s`` budget.

With ``faint_text`` (off by default; a guard model records whether it was trained with it), near-invisible text
(a few grey levels off its background, as in "light grey on white" hidden instructions) is found by
:func:`reveal_faint_text`, redrawn as black on white and read in a second Tesseract run over just that area; its
blocks follow the strip's own. With ``small_text`` (also off by default and recorded), text too small for the
page-wide reading (6-9 px fine print, a miniature form in a corner) is found where the first run read nothing
(:func:`enlarge_small_text`), enlarged 3x and read in another run; its blocks follow too.

Why this engine and these defaults: ``bench/ocr.py`` and the "OCR engine choice" section of ``bench/RESULTS.md``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

import numpy as np

from agent_guard.errors import ConfigurationError, DependencyMissingError, EmbedderError

#: Tesseract page-segmentation modes that make sense for a web page (3 = automatic layout, 4 = one column,
#: 6 = one uniform block, 11 = sparse text in no particular order, 12 = sparse text with OSD).
SUPPORTED_PSM = frozenset({3, 4, 6, 11, 12})
#: Version of our own pre- and post-processing (polarity, scaling, block grouping); part of the fingerprint.
#: Bump it whenever a change here can change the text read from the same pixels.
PIPELINE_VERSION = 2
_LANG_RE = re.compile(r"^[A-Za-z0-9_]+(\+[A-Za-z0-9_]+)*$")
_VERSION_RE = re.compile(r"tesseract\s+v?(\d+(?:\.\d+)*\S*)", re.IGNORECASE)
_HAS_ALNUM = re.compile(r"\w")
_PARAM_RE = re.compile(r"^[a-z_][a-z0-9_]*$")
_COLUMN_GAP = 2.0  # a gap wider than this many word heights inside a Tesseract line separates two columns
_CONTINUE_GAP = 1.2  # a block starting at most this many line heights below another may continue it
_CONTINUE_LOOKBACK = 4  # how many earlier blocks a block may continue
#: Reading passes beyond the default one, each a :class:`TesseractOcr` keyword (off by default) and, when on, a
#: ``True`` entry of its fingerprint; a guard model's OCR fingerprint says which of them it was trained with.
OPTIONAL_PASSES = ("faint_text", "small_text")

INSTALL_HINT = "Install it with `apt-get install tesseract-ocr` (Debian/Ubuntu) or `brew install tesseract` (macOS)"


@dataclass(frozen=True)
class _Word:
    block: int
    par: int
    line: int
    left: int
    top: int
    width: int
    height: int
    conf: float
    text: str

    @property
    def right(self) -> int:
        return self.left + self.width


class TesseractOcr:
    """:class:`~agent_guard.embedders.OcrEngine` backed by the ``tesseract`` program.

    Args:
        lang: Tesseract language(s), ``"eng"`` or several joined with ``+`` (``"eng+fra+deu"``). Each must be
            installed (``tesseract --list-langs``; Debian packages ``tesseract-ocr-<lang>``). More languages
            read accents better but cost time roughly in proportion.
        psm: page-segmentation mode (3 automatic layout, 4, 6, 11 sparse text, 12).
        oem: OCR engine mode; 1 = LSTM only, the only mode the Debian "fast" models support.
        scale: resize factor applied before OCR (1.0 = none; default 1.5). Web text of 12-16 px is small for
            Tesseract; upscaling reads small grey text better but costs time roughly with the pixel count.
        grayscale: convert to 8-bit gray before OCR (less to pipe; Tesseract binarizes gray anyway).
        polarity: rewrite light-on-dark regions (dark headers, coloured buttons, dark mode) as dark-on-light
            before OCR, see :func:`normalize_polarity`; implies ``grayscale``. Tesseract's layout analysis skips
            most text on coloured buttons and its per-line inversion retry costs time; this costs ~20 ms.
        tinted_boxes: also rewrite solid mid-tone boxes (coloured ads and stickers, grey notices, text drawn into
            an image) as dark text on white, see :func:`flatten_tinted_boxes`; implies ``grayscale``. Tesseract
            otherwise skips many of them as pictures (``bench/ocr.py --injections``); this costs ~30 ms.
        min_confidence: words Tesseract is less sure of (0-100) are dropped as noise (icons, photos, borders).
        timeout_s: wall-clock limit for one Tesseract run (one strip); past it the child is killed.
        max_total_s: wall-clock limit for one :meth:`read_blocks` call over all strips of a very tall image
            (dense text costs up to ~1.8 s per 1280x720 of page); past it the call fails rather than returning a page
            whose bottom was never read.
        strip_height: images taller than this (in source pixels) are read in horizontal strips, cut at the
            quietest row near each boundary so that lines of text are not split.
        dpi: resolution Tesseract is told (screens: 96); also silences its "Estimating resolution" guess.
        config: extra Tesseract parameters passed as ``-c name=value`` (e.g. ``{"thresholding_method": "1"}``).
        tesseract_cmd: path or name of the program; default ``tesseract`` on ``PATH``.
        faint_text: also read near-invisible text (see :func:`reveal_faint_text`); implies ``grayscale``. A page
            can hide an instruction from the person watching in text a few grey levels off its background, which
            Tesseract's binarization wipes out; an agent reading the DOM, or a vision model, may still take it in.
            Costs ~45 ms per 1280x720 capture, plus a second Tesseract run (~100-150 ms) on pages where
            such text is found. Part of the fingerprint only when on, so guards trained without it load as before.
        small_text: also read text too small for the page-wide run (see :func:`enlarge_small_text`): fine print
            of 6-9 px, where an instruction can sit in plain sight yet unread by a person at a glance, comes out of
            Tesseract as nothing or as noise. Regions of such text that the first run did not read are enlarged 3x
            and read in one more Tesseract run (~150-200 ms on pages that have them). Part of the fingerprint only
            when on.
    """

    def __init__(
        self,
        lang: str = "eng",
        *,
        psm: int = 3,
        oem: int = 1,
        scale: float = 1.5,
        grayscale: bool = True,
        polarity: bool = True,
        tinted_boxes: bool = True,
        min_confidence: float = 30.0,
        timeout_s: float = 15.0,
        max_total_s: float = 120.0,
        strip_height: int = 2400,
        dpi: int = 96,
        config: Mapping[str, str | int | float] | None = None,
        tesseract_cmd: str | os.PathLike[str] | None = None,
        faint_text: bool = False,
        small_text: bool = False,
    ) -> None:
        if not isinstance(lang, str) or not _LANG_RE.match(lang):
            raise ConfigurationError(f"lang must look like 'eng' or 'eng+fra', got {lang!r}")
        if psm not in SUPPORTED_PSM:
            raise ConfigurationError(f"psm must be one of {sorted(SUPPORTED_PSM)}, got {psm!r}")
        if oem not in (0, 1, 2, 3):
            raise ConfigurationError(f"oem must be 0..3, got {oem!r}")
        if not (0.25 <= float(scale) <= 4.0):
            raise ConfigurationError(f"scale must be within [0.25, 4], got {scale!r}")
        if not (0.0 <= float(min_confidence) <= 100.0):
            raise ConfigurationError(f"min_confidence must be within [0, 100], got {min_confidence!r}")
        if not float(timeout_s) > 0:
            raise ConfigurationError(f"timeout_s must be > 0, got {timeout_s!r}")
        if not float(max_total_s) > 0:
            raise ConfigurationError(f"max_total_s must be > 0, got {max_total_s!r}")
        if int(strip_height) < 256:
            raise ConfigurationError(f"strip_height must be >= 256, got {strip_height!r}")
        if not (30 <= int(dpi) <= 1200):
            raise ConfigurationError(f"dpi must be within [30, 1200], got {dpi!r}")

        self.lang = lang
        self.psm = int(psm)
        self.oem = int(oem)
        self.scale = float(scale)
        self.polarity = bool(polarity)
        self.tinted_boxes = bool(tinted_boxes)
        self.faint_text = bool(faint_text)
        self.small_text = bool(small_text)
        self.grayscale = (
            bool(grayscale) or self.polarity or self.tinted_boxes or self.faint_text or self.small_text
        )
        self.min_confidence = float(min_confidence)
        self.timeout_s = float(timeout_s)
        self.max_total_s = float(max_total_s)
        self.strip_height = int(strip_height)
        self.dpi = int(dpi)
        self.config = {str(k): str(v) for k, v in sorted((config or {}).items())}
        for key, value in self.config.items():
            if not _PARAM_RE.match(key) or not value or any(ch.isspace() for ch in value):
                raise ConfigurationError(f"bad Tesseract parameter {key!r}={value!r}")
        self.cmd = _resolve_command(tesseract_cmd)
        self.version = _tesseract_version(self.cmd)
        self.languages = _installed_languages(self.cmd)
        missing = [code for code in lang.split("+") if code not in self.languages]
        if missing:
            packages = " ".join(f"tesseract-ocr-{code.lower().replace('_', '-')}" for code in missing)
            raise DependencyMissingError(
                f"Tesseract language data for {', '.join(missing)} is not installed "
                f"(installed: {', '.join(sorted(self.languages)) or 'none'}). "
                f"Install it with `apt-get install {packages}`, or pass lang= with installed languages."
            )
        self._env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        self.fingerprint: dict[str, Any] = {
            "engine": "tesseract",
            "version": self.version,
            "lang": self.lang,
            "psm": self.psm,
            "oem": self.oem,
            "scale": self.scale,
            "grayscale": self.grayscale,
            "polarity": self.polarity,
            "tinted_boxes": self.tinted_boxes,
            "min_confidence": self.min_confidence,
            "dpi": self.dpi,
            "pipeline_version": PIPELINE_VERSION,
        }
        for name in OPTIONAL_PASSES:
            if getattr(self, name):
                self.fingerprint[name] = True
        if self.config:
            self.fingerprint["config"] = ",".join(f"{k}={v}" for k, v in self.config.items())

    def __repr__(self) -> str:
        return (
            f"TesseractOcr(lang={self.lang!r}, psm={self.psm}, oem={self.oem}, scale={self.scale}, "
            f"grayscale={self.grayscale}, polarity={self.polarity}, tinted_boxes={self.tinted_boxes}, "
            f"faint_text={self.faint_text}, small_text={self.small_text}, version={self.version!r})"
        )

    # ------------------------------------------------------------------ reading

    def read_blocks(self, image: np.ndarray) -> list[str]:
        """Text blocks (paragraph-like groups of lines, lines joined by newlines) in reading order.

        ``image`` is RGB uint8 (H, W, 3); gray (H, W) is accepted too. A blank image gives ``[]``.
        """
        pixels = _check_image(image)
        if pixels.shape[0] == 0 or pixels.shape[1] == 0:
            return []
        deadline = time.monotonic() + self.max_total_s
        activity = _row_activity(pixels)
        strips = _strip_bounds(activity, self.strip_height)
        blocks: list[str] = []
        for index, (top, bottom) in enumerate(strips):
            if not activity[top:bottom].any():
                continue  # one flat colour: nothing to read, no child process
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise EmbedderError(
                    f"OCR of a {pixels.shape[1]}x{pixels.shape[0]} image took more than {self.max_total_s:g} s; "
                    f"gave up before strip {index + 1} of {len(strips)} (rows {top}-{bottom})"
                )
            # (the strip is not trimmed to its content: with the blank space below cut off, Tesseract was seen to
            # drop a lone button label near the new bottom edge)
            blocks.extend(self._read_strip(pixels[top:bottom], min(self.timeout_s, remaining)))
        return blocks

    def _read_strip(self, pixels: np.ndarray, timeout_s: float) -> list[str]:
        deadline = time.monotonic() + timeout_s
        prepared = self._prepare(pixels)
        words = self._tesseract(prepared, timeout_s, self.scale)
        blocks = _group_blocks(words, self.min_confidence)
        # (name, image, resize factor): the small-text image comes enlarged already, by more than ``scale``
        extra_passes: list[tuple[str, np.ndarray | None, float]] = []
        if self.faint_text:
            extra_passes.append(("faint-text", reveal_faint_text(prepared), self.scale))
        if self.small_text:
            read_boxes = [
                (w.top / self.scale, (w.top + w.height) / self.scale, w.left / self.scale, w.right / self.scale)
                for w in words
                if w.conf >= self.min_confidence and _HAS_ALNUM.search(w.text)
            ]
            extra_passes.append(("small-text", enlarge_small_text(prepared, read_boxes), 1.0))
        seen = {" ".join(block.split()) for block in blocks}
        for name, image, scale in extra_passes:
            if image is None:
                continue
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise EmbedderError(
                    f"OCR of a {pixels.shape[1]}x{pixels.shape[0]} strip ran past {timeout_s:.3g} s before its "
                    f"{name} pass"
                )
            found = _group_blocks(self._tesseract(image, remaining, scale), self.min_confidence)
            blocks.extend(block for block in found if " ".join(block.split()) not in seen)
            seen.update(" ".join(block.split()) for block in found)
        return blocks

    def _tesseract(self, prepared: np.ndarray, timeout_s: float, scale: float) -> list[_Word]:
        """The words Tesseract reads in ``prepared`` resized by ``scale`` (boxes in resized pixels)."""
        payload = self._encode(prepared, scale)
        args = [
            self.cmd, "stdin", "stdout",
            "-l", self.lang, "--psm", str(self.psm), "--oem", str(self.oem), "--dpi", str(self.dpi),
            *(item for key, value in self.config.items() for item in ("-c", f"{key}={value}")),
            "tsv",
        ]  # fmt: skip
        try:
            result = subprocess.run(
                args, input=payload, capture_output=True, env=self._env, timeout=timeout_s, check=False
            )
        except subprocess.TimeoutExpired as exc:
            raise EmbedderError(
                f"tesseract did not finish within {timeout_s:.3g} s on a {prepared.shape[1]}x{prepared.shape[0]} "
                "image; it was killed"
            ) from exc
        except OSError as exc:
            raise EmbedderError(f"tesseract could not be run ({self.cmd}): {exc}") from exc
        if result.returncode != 0:
            stderr = result.stderr.decode("utf-8", "replace").strip()[-500:]
            cause = subprocess.CalledProcessError(result.returncode, args, result.stdout, result.stderr)
            raise EmbedderError(f"tesseract failed with exit status {result.returncode}: {stderr}") from cause
        try:
            words = _parse_tsv(result.stdout.decode("utf-8", "replace"))
        except (ValueError, IndexError) as exc:
            raise EmbedderError(f"tesseract returned output that is not its TSV word table: {exc}") from exc
        return words

    def _prepare(self, pixels: np.ndarray) -> np.ndarray:
        """The strip after the configured preprocessing, at source scale: gray (H, W) or RGB (H, W, 3)."""
        from PIL import Image

        image = Image.fromarray(pixels)
        if not self.grayscale:
            return np.asarray(image if image.mode == "RGB" else image.convert("RGB"))
        gray = np.asarray(image.convert("L") if image.mode != "L" else image)
        if self.polarity:
            gray = normalize_polarity(gray)
        if self.tinted_boxes:
            gray = flatten_tinted_boxes(gray)
        return gray

    def _encode(self, prepared: np.ndarray, scale: float) -> bytes:
        """A prepared image as a binary PGM (gray) or PPM (RGB), resized by ``scale``."""
        from PIL import Image

        image = Image.fromarray(prepared)
        if scale != 1.0:
            size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
            image = image.resize(size, Image.Resampling.BICUBIC if scale > 1 else Image.Resampling.BOX)
        array = np.asarray(image, dtype=np.uint8)
        magic = b"P5" if array.ndim == 2 else b"P6"
        return magic + f"\n{array.shape[1]} {array.shape[0]}\n255\n".encode("ascii") + array.tobytes()


# ---------------------------------------------------------------------- preprocessing


def _opening(mask: np.ndarray, size: int | tuple[int, int]) -> np.ndarray:
    """Morphological opening of a boolean mask by a ``size`` rectangle: what is at least that wide survives."""
    from scipy import ndimage

    return ndimage.maximum_filter(ndimage.minimum_filter(mask, size), size)


def _solid_regions(
    mask: np.ndarray, stroke_px: int, hole_px: int, *, pad_border: bool
) -> tuple[np.ndarray, int, np.ndarray] | None:
    """Solid areas of ``mask`` (labels, count, boundary pixels), or None when there are none.

    An opening by ``stroke_px`` removes thin things (text strokes); a closing by ``hole_px`` fills the holes text
    punches into a ground. With ``pad_border`` the closing runs inside a blank margin, so that an area near the
    image border does not grow out to it (``normalize_polarity`` predates that and keeps its own behaviour).
    """
    from scipy import ndimage

    if not mask.any():
        return None
    solid = _opening(mask, stroke_px)
    if not solid.any():
        return None
    if pad_border:
        closed = ndimage.minimum_filter(ndimage.maximum_filter(np.pad(solid, hole_px), hole_px), hole_px)
        region = closed[hole_px:-hole_px, hole_px:-hole_px]
    else:
        region = ndimage.minimum_filter(ndimage.maximum_filter(solid, hole_px), hole_px)
    labels, count = ndimage.label(region)
    if count == 0:
        return None
    edge = region & ~ndimage.minimum_filter(region, 3, mode="constant", cval=False)
    return labels, count, edge


def normalize_polarity(
    gray: np.ndarray,
    *,
    dark_below: int = 128,
    stroke_px: int = 7,
    hole_px: int = 25,
    min_dark_share: float = 0.75,
    min_edge_dark_share: float = 0.85,
) -> np.ndarray:
    """Rewrite every dark-background region of a gray image as dark text on a white background.

    1. ``dark`` = pixels darker than ``dark_below``;
    2. an opening of ``dark`` by a ``stroke_px`` square removes thin dark things: strokes of dark text on light;
    3. a closing by a ``hole_px`` square fills the holes that light text punches into a dark background, which
       leaves solid regions: dark headers and banners, coloured buttons, dark-mode pages;
    4. a region is kept only if it is mostly dark (``min_dark_share`` of its pixels) and dark all along its edge
       (``min_edge_dark_share`` of its boundary pixels). Large bold dark text on white (strokes thicker than
       ``stroke_px``, a 60 px headline) also survives step 2 and merges into blobs in step 3, but those blobs are
       only ~55-70% dark inside and along their edge, where real backgrounds measure 88% and more;
    5. each kept region is inverted and stretched so that its (inverted) background median becomes white.

    Sizes are in image pixels and suit captures at device scale 1 (body text strokes of 1-4 px).
    """
    gray = np.asarray(gray, dtype=np.uint8)
    dark = gray < dark_below
    found = _solid_regions(dark, stroke_px, hole_px, pad_border=False)
    if found is None:
        return gray
    labels, count, edge = found
    inverted = 255 - gray
    # one 256-bin histogram of the inverted pixels per region gives its median and its share of dark pixels
    histogram = np.bincount(
        labels.ravel().astype(np.int64) * 256 + inverted.ravel(), minlength=(count + 1) * 256
    ).reshape(count + 1, 256)
    cumulative = np.cumsum(histogram, axis=1)
    sizes = cumulative[:, -1]
    medians = np.argmax(cumulative >= (sizes[:, None] + 1) // 2, axis=1).astype(np.float32)
    dark_share = histogram[:, 256 - dark_below :].sum(axis=1) / np.maximum(sizes, 1)
    edge_labels = labels[edge]
    edge_sizes = np.bincount(edge_labels, minlength=count + 1)
    edge_dark = np.bincount(edge_labels, weights=dark[edge], minlength=count + 1) / np.maximum(edge_sizes, 1)
    keep = (dark_share >= min_dark_share) & (edge_dark >= min_edge_dark_share)
    keep[0] = False  # label 0 is everything outside the regions
    if not keep.any():
        return gray
    gain = np.where(keep, 255.0 / np.maximum(medians, 64.0), 1.0).astype(np.float32)
    mask = keep[labels]
    out = gray.copy()
    out[mask] = np.clip(inverted[mask] * gain[labels[mask]], 0, 255).astype(np.uint8)
    return out


def flatten_tinted_boxes(
    gray: np.ndarray,
    *,
    band: tuple[int, int] = (128, 224),
    stroke_px: int = 7,
    hole_px: int = 25,
    min_band_share: float = 0.75,
    min_edge_band_share: float = 0.85,
    min_area_px: int = 600,
    text_delta: int = 40,
) -> np.ndarray:
    """Rewrite every solid mid-tone box of a gray image (gray level within ``band``) as dark text on white.

    Why: Tesseract's page layout takes a solid grey box for a picture and skips it, and its global threshold can
    swallow light text on a mid-tone ground. Such boxes are common where attackers put text: a coloured ad or
    sticker, a tinted notice, an instruction drawn into an image. :func:`normalize_polarity` handles grounds darker
    than 128; this handles the band above it. Regions are found the same way (opening removes thin strokes, closing
    fills the holes text punches, a region must be mostly in the band inside and along its edge). In each region the
    text is whichever side of the ground's median has more pixels over ``text_delta`` away from it: light text is
    inverted first, then the ground is stretched to white.
    """
    from scipy import ndimage

    gray = np.asarray(gray, dtype=np.uint8)
    low, high = band
    in_band = (gray >= low) & (gray < high)
    found = _solid_regions(in_band, stroke_px, hole_px, pad_border=True)
    if found is None:
        return gray
    labels, _, edge = found
    out = gray.copy()
    for label, box in enumerate(ndimage.find_objects(labels), start=1):
        if box is None:
            continue
        inside = labels[box] == label
        edge_inside = edge[box] & inside
        if (
            inside.sum() < min_area_px
            or in_band[box][inside].mean() < min_band_share
            or not edge_inside.any()
            or in_band[box][edge_inside].mean() < min_edge_band_share
        ):
            continue
        values = gray[box][inside].astype(np.float32)
        ground = float(np.median(values))
        light_text = np.count_nonzero(values > ground + text_delta) > np.count_nonzero(values < ground - text_delta)
        if light_text:
            values, ground = 255.0 - values, 255.0 - ground
        target = out[box]
        target[inside] = np.clip(values * (255.0 / max(ground, 64.0)), 0, 255).astype(np.uint8)
    return out


def reveal_faint_text(
    gray: np.ndarray,
    *,
    min_contrast: int = 3,
    max_contrast: int = 48,
    background_px: int = 9,
    line_px: int = 25,
    solid_px: int = 4,
    min_cluster_px: int = 40,
    pad_px: int = 6,
) -> np.ndarray | None:
    """The near-invisible text of a prepared gray image, redrawn black on white and cropped; None when there is none.

    1. each pixel's darkness below its local background (the lightest pixel within ``background_px``): ordinary
       text is far darker (over ``max_contrast`` levels), the text this looks for only ``min_contrast`` or more;
    2. pixels near ordinary ink are dropped (the anti-aliased rims of every normal glyph are faint too), and so are
       straight runs of ``line_px`` (box borders, rules, underlines) and areas ``solid_px`` wide (shadows,
       gradients, photos), which are not strokes of small text;
    3. what is left is grouped into line-shaped clusters (at least ``min_cluster_px`` pixels, wider than twice
       their height); each cluster is stretched so its own ink becomes black, everything else is white;
    4. the result is cropped to the clusters (plus ``pad_px``) so that Tesseract only reads that area.

    Text that is transparent, off-screen or the background's exact colour has no pixels to find: only the DOM
    channel sees it. Light text on a dark ground is dark on light by now (:func:`normalize_polarity`).
    """
    from scipy import ndimage

    levels = np.asarray(gray, dtype=np.int16)
    if levels.ndim != 2 or min(levels.shape) < 3:
        return None
    contrast = ndimage.maximum_filter(levels, size=background_px) - levels
    ordinary = contrast > max_contrast
    faint = (contrast >= min_contrast) & ~ndimage.maximum_filter(ordinary, size=5)
    if not faint.any():
        return None
    not_text = _opening(faint, (1, line_px)) | _opening(faint, (line_px, 1)) | _opening(faint, solid_px)
    faint &= ~ndimage.maximum_filter(not_text, size=3)
    # a lone pixel or a pair is noise, not part of a stroke
    faint &= ndimage.uniform_filter(faint.astype(np.float32), 3) * 9 >= 2.5
    labels, count = ndimage.label(ndimage.maximum_filter(faint, size=(5, 13)))
    ink_per_label = np.bincount(labels[faint], minlength=count + 1)  # one pass, however many clusters a page has
    height, width = levels.shape
    boxes: list[tuple[int, int, int, int]] = []
    for label, (rows, cols) in enumerate(ndimage.find_objects(labels), start=1):
        box_h, box_w = rows.stop - rows.start, cols.stop - cols.start
        if ink_per_label[label] >= min_cluster_px and 5 <= box_h <= 160 and box_w >= 2 * box_h:
            boxes.append(
                (
                    max(0, rows.start - pad_px),
                    min(height, rows.stop + pad_px),
                    max(0, cols.start - pad_px),
                    min(width, cols.stop + pad_px),
                )
            )
    if not boxes:
        return None
    out = np.full(levels.shape, 255, dtype=np.uint8)
    for top, bottom, left, right in boxes:
        ink = np.where(ordinary[top:bottom, left:right], 0, contrast[top:bottom, left:right]).astype(np.float32)
        found = faint[top:bottom, left:right]
        # stretch by the cluster's own ink (its 90th percentile), so 4-level and 40-level text both come out black
        full = max(float(np.percentile(ink[found], 90)) if found.any() else 0.0, float(min_contrast))
        out[top:bottom, left:right] = 255 - np.clip(255.0 * ink / full, 0, 255).astype(np.uint8)
    top = min(box[0] for box in boxes)
    bottom = max(box[1] for box in boxes)
    left = min(box[2] for box in boxes)
    right = max(box[3] for box in boxes)
    return out[top:bottom, left:right]


def enlarge_small_text(
    gray: np.ndarray,
    read_boxes: Sequence[tuple[float, float, float, float]],
    *,
    factor: float = 3.0,
    ink_contrast: int = 48,
    max_glyph_px: float = 8.5,
    min_glyphs: int = 8,
    min_unread: float = 0.3,
    min_width_px: int = 80,
    line_px: int = 25,
    pad_px: int = 3,
    gap_px: int = 12,
    max_area_px: int = 120_000,
) -> np.ndarray | None:
    """The regions of small text that the page-wide reading missed, enlarged ``factor`` times and stacked; or None.

    ``read_boxes`` are the (top, bottom, left, right) boxes, in ``gray``'s pixels, of the words already read.

    1. ink = pixels over ``ink_contrast`` levels darker than their local background; straight runs of ``line_px``
       (borders, rules, input outlines) are removed, so that a box's border does not join the text inside it;
    2. glyphs are the connected pieces of ink; regions are ink grouped by a small closing (lines of a paragraph
       join, separate paragraphs and columns do not);
    3. a region is small text when it holds ``min_glyphs`` glyphs or more, is wider than 1.5 times its height or
       ``min_width_px`` wide (a column of fine print is tall; an icon is narrow), and the 90th percentile of its glyphs' heights is at most ``max_glyph_px`` (6-9 px fonts give 4-8 px;
       ordinary 13-16 px text has capitals and ascenders of 9 px and more);
    4. it is kept when at least ``min_unread`` of its ink lies outside ``read_boxes``: fine print that the first
       run did read is not read twice;
    5. regions are taken, most unread ink first, up to ``max_area_px`` source pixels (a page of nothing but fine
       print cannot make the extra run arbitrarily long; the region that crosses the budget keeps only its top
       rows that fit), then each is cut out with ``pad_px`` of margin,
       enlarged ``factor`` times and stacked top to bottom in reading order on white, ``gap_px`` apart.
    """
    from PIL import Image
    from scipy import ndimage

    levels = np.asarray(gray, dtype=np.int16)
    if levels.ndim != 2 or min(levels.shape) < 3:
        return None
    ink = ndimage.maximum_filter(levels, size=9) - levels > ink_contrast
    ink &= ~(_opening(ink, (1, line_px)) | _opening(ink, (line_px, 1)))
    if not ink.any():
        return None
    height, width = levels.shape
    read = np.zeros(levels.shape, dtype=bool)
    for top, bottom, left, right in read_boxes:
        read[max(0, int(top) - 1) : int(np.ceil(bottom)) + 1, max(0, int(left) - 1) : int(np.ceil(right)) + 1] = True
    glyphs, _ = ndimage.label(ink, structure=np.ones((3, 3), dtype=bool))
    glyph_height = np.array([0] + [rows.stop - rows.start for rows, _ in ndimage.find_objects(glyphs)])
    regions, _ = ndimage.label(ndimage.maximum_filter(ink, size=(3, 7)))
    candidates: list[tuple[int, tuple[int, int, int, int]]] = []  # (unread ink, box)
    for label, (rows, cols) in enumerate(ndimage.find_objects(regions), start=1):
        box_h, box_w = rows.stop - rows.start, cols.stop - cols.start
        if box_w < 1.5 * box_h and box_w < min_width_px:
            continue
        inside = (regions[rows, cols] == label) & ink[rows, cols]
        heights = glyph_height[np.unique(glyphs[rows, cols][inside])]
        heights = heights[heights >= 2]  # specks and dots are not glyphs
        if len(heights) < min_glyphs or float(np.percentile(heights, 90)) > max_glyph_px:
            continue
        unread = int(np.count_nonzero(inside & ~read[rows, cols]))
        if unread < min_unread * np.count_nonzero(inside):
            continue
        candidates.append((unread, (rows.start, rows.stop, cols.start, cols.stop)))
    chosen: list[tuple[int, int, int, int]] = []
    area = 0
    for _, (top, bottom, left, right) in sorted(candidates, key=lambda item: -item[0]):
        top, bottom = max(0, top - pad_px), min(height, bottom + pad_px)
        left, right = max(0, left - pad_px), min(width, right + pad_px)
        # a region past the budget keeps the rows that still fit (a few lines at least), the rest is not read
        bottom = min(bottom, top + (max_area_px - area) // (right - left))
        if bottom - top < 12:
            continue
        area += (bottom - top) * (right - left)
        chosen.append((top, bottom, left, right))
    if not chosen:
        return None
    source = Image.fromarray(np.asarray(gray, dtype=np.uint8))
    pieces = [
        np.asarray(
            source.crop((left, top, right, bottom)).resize(
                (round((right - left) * factor), round((bottom - top) * factor)), Image.Resampling.BICUBIC
            )
        )
        for top, bottom, left, right in sorted(chosen)
    ]
    out = np.full(
        (sum(piece.shape[0] for piece in pieces) + gap_px * (len(pieces) + 1),
         max(piece.shape[1] for piece in pieces) + 2 * gap_px),
        255,
        dtype=np.uint8,
    )  # fmt: skip
    row = gap_px
    for piece in pieces:
        out[row : row + piece.shape[0], gap_px : gap_px + piece.shape[1]] = piece
        row += piece.shape[0] + gap_px
    return out


# ---------------------------------------------------------------------- helpers


def _resolve_command(tesseract_cmd: str | os.PathLike[str] | None) -> str:
    name = os.fspath(tesseract_cmd) if tesseract_cmd is not None else "tesseract"
    found = shutil.which(name)
    if found is None:
        where = f"at {name!r}" if tesseract_cmd is not None else "on PATH"
        raise DependencyMissingError(f"The tesseract OCR program was not found {where}. {INSTALL_HINT}.")
    return found


def _run_quick(cmd: str, *args: str) -> str:
    try:
        result = subprocess.run(
            [cmd, *args], capture_output=True, timeout=20, check=False, env={**os.environ, "OMP_THREAD_LIMIT": "1"}
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise DependencyMissingError(f"{cmd} {' '.join(args)} could not be run ({exc}). {INSTALL_HINT}.") from exc
    output = (result.stdout + b"\n" + result.stderr).decode("utf-8", "replace")
    if result.returncode != 0:
        raise DependencyMissingError(
            f"{cmd} {' '.join(args)} failed with exit status {result.returncode}: {output.strip()[-300:]}. "
            f"{INSTALL_HINT}."
        )
    return output


def _tesseract_version(cmd: str) -> str:
    output = _run_quick(cmd, "--version")
    match = _VERSION_RE.search(output)
    if match is None:
        raise DependencyMissingError(f"{cmd} does not look like tesseract (--version said {output[:100]!r}).")
    version = match.group(1)
    major = int(version.split(".")[0])
    if major < 4:
        raise DependencyMissingError(f"tesseract {version} is too old (4.0 or newer is needed). {INSTALL_HINT}.")
    return version


def _installed_languages(cmd: str) -> frozenset[str]:
    output = _run_quick(cmd, "--list-langs")
    lines = [line.strip() for line in output.splitlines()]
    return frozenset(line for line in lines if line and " " not in line and not line.endswith(":"))


def _check_image(image: np.ndarray) -> np.ndarray:
    array = np.asarray(image)
    if array.dtype != np.uint8:
        raise EmbedderError(f"OCR expects a uint8 image, got dtype {array.dtype}")
    if array.ndim == 3 and array.shape[2] == 3:
        return np.ascontiguousarray(array)
    if array.ndim == 2:
        return np.ascontiguousarray(array)
    raise EmbedderError(f"OCR expects an (H, W, 3) RGB or (H, W) gray image, got shape {array.shape}")


def _row_activity(pixels: np.ndarray) -> np.ndarray:
    """Per row, the spread (max - min) of its values over width and channels: 0 for a row of one flat colour."""
    flat = pixels.reshape(pixels.shape[0], -1)
    return (flat.max(axis=1) - flat.min(axis=1)).astype(np.int16)


def _strip_bounds(activity: np.ndarray, strip_height: int) -> list[tuple[int, int]]:
    """Row ranges covering the image, each at most ``strip_height`` tall, cut at quiet rows.

    Each cut is placed at the quietest row (least spread of values; ideally a blank gap between two lines of
    text) within the last quarter of the strip, the lowest such row among equals, so that lines are not cut.
    """
    height = int(activity.shape[0])
    bounds = []
    top = 0
    while height - top > strip_height:
        lo, hi = top + (3 * strip_height) // 4, top + strip_height
        window = activity[lo:hi]
        cut = hi - 1 - int(np.argmin(window[::-1]))
        bounds.append((top, cut))
        top = cut
    bounds.append((top, height))
    return bounds


def _parse_tsv(tsv: str) -> list[_Word]:
    lines = tsv.splitlines()
    if not lines:
        return []
    header = lines[0].split("\t")
    column = {name: index for index, name in enumerate(header)}
    fields = ("block_num", "par_num", "line_num", "left", "top", "width", "height")
    absent = [name for name in ("level", *fields, "conf", "text") if name not in column]
    if absent:
        raise ValueError(f"columns {absent} missing from header {header}")
    words = []
    for line in lines[1:]:
        cells = line.split("\t")
        if len(cells) < len(header) or cells[column["level"]] != "5":
            continue
        text = cells[column["text"]].strip()
        if not text:
            continue
        block, par, line_num, left, top, width, height = (int(cells[column[name]]) for name in fields)
        words.append(_Word(block, par, line_num, left, top, width, height, float(cells[column["conf"]]), text))
    return words


@dataclass
class _Block:
    lines: list[str]
    x0: int
    x1: int
    top: int
    bottom: int
    height: float

    @classmethod
    def of(cls, lines: list[str], words: list[_Word]) -> "_Block":
        return cls(
            lines,
            min(w.left for w in words),
            max(w.right for w in words),
            min(w.top for w in words),
            max(w.top + w.height for w in words),
            float(np.median([w.height for w in words])),
        )

    def continued_by(self, other: "_Block") -> bool:
        """``other`` is the next part of the same column: just below, horizontally on top of this block."""
        gap = other.top - self.bottom
        line = max(self.height, other.height)
        if not -line <= gap <= _CONTINUE_GAP * line:
            return False
        overlap = min(self.x1, other.x1) - max(self.x0, other.x0)
        return overlap >= 0.5 * min(self.x1 - self.x0, other.x1 - other.x0)

    def extend(self, other: "_Block") -> None:
        self.lines += other.lines
        self.x0, self.x1 = min(self.x0, other.x0), max(self.x1, other.x1)
        self.top, self.bottom = min(self.top, other.top), max(self.bottom, other.bottom)
        self.height = max(self.height, other.height)


def _group_blocks(words: Sequence[_Word], min_confidence: float) -> list[str]:
    """Words -> lines -> paragraphs in Tesseract's reading order, repaired where columns got mixed, cleaned.

    Tesseract sometimes mixes two columns (an article and the sidebar beside it): one line runs across both, a
    paragraph alternates their lines, or the article is cut into several blocks with a sidebar block in between.
    Three repairs, on the word boxes:

    1. a line is cut where the gap between two words exceeds :data:`_COLUMN_GAP` times its median word height
       (word spacing is ~0.3 em, columns are further apart);
    2. the pieces of a paragraph's lines are grouped into columns (pieces whose horizontal extents overlap),
       each column its own block, left to right; an ordinary paragraph is one column;
    3. a block that continues an earlier one (starts right below it, within :data:`_CONTINUE_GAP` line heights,
       and overlaps it horizontally by half the narrower one) is appended to it, so a sentence that runs on past
       a sidebar item is read in one piece.

    Then a word below ``min_confidence`` is dropped; a line left with no letter or digit is dropped (rules, bullets,
    icon debris); a block with no line left is dropped.
    """
    paragraphs: dict[tuple[int, int], dict[int, list[_Word]]] = {}
    for word in words:
        paragraphs.setdefault((word.block, word.par), {}).setdefault(word.line, []).append(word)
    blocks: list[_Block] = []
    for lines in paragraphs.values():
        pieces = [
            (order, piece)
            for order, line_words in enumerate(lines.values())
            for piece in _split_at_gaps(line_words)
        ]
        for group in _columns(pieces):
            kept = [" ".join(w.text for w in piece if w.conf >= min_confidence) for _, piece in group]
            kept = [line for line in kept if _HAS_ALNUM.search(line)]
            if not kept:
                continue
            block = _Block.of(kept, [w for _, piece in group for w in piece])
            for earlier in reversed(blocks[-_CONTINUE_LOOKBACK:]):
                if earlier.continued_by(block):
                    earlier.extend(block)
                    break
            else:
                blocks.append(block)
    return ["\n".join(block.lines) for block in blocks]


def _split_at_gaps(line: list[_Word]) -> list[list[_Word]]:
    ordered = sorted(line, key=lambda w: w.left)
    limit = _COLUMN_GAP * float(np.median([w.height for w in ordered]))
    pieces = [[ordered[0]]]
    for previous, word in zip(ordered, ordered[1:]):
        if word.left - previous.right > limit:
            pieces.append([])
        pieces[-1].append(word)
    return pieces


def _columns(pieces: list[tuple[int, list[_Word]]]) -> list[list[tuple[int, list[_Word]]]]:
    """Pieces of lines grouped by overlapping horizontal extent, columns left to right, lines in order."""
    columns: list[tuple[list[int], list[tuple[int, list[_Word]]]]] = []  # ([x0, x1], members)
    for order, piece in sorted(pieces, key=lambda item: item[1][0].left):
        x0, x1 = piece[0].left, max(w.right for w in piece)
        for extent, members in columns:
            if x0 <= extent[1] and x1 >= extent[0]:
                extent[0], extent[1] = min(extent[0], x0), max(extent[1], x1)
                members.append((order, piece))
                break
        else:
            columns.append(([x0, x1], [(order, piece)]))
    return [sorted(members, key=lambda item: item[0]) for _, members in columns]
