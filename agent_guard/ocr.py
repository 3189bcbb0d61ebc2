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

Why this engine and these defaults: ``bench/ocr.py`` and the "OCR engine choice" section of ``bench/RESULTS.md``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np

from agent_guard.errors import ConfigurationError, DependencyMissingError, EmbedderError

#: Tesseract page-segmentation modes that make sense for a web page (3 = automatic layout, 4 = one column,
#: 6 = one uniform block, 11 = sparse text in no particular order, 12 = sparse text with OSD).
SUPPORTED_PSM = frozenset({3, 4, 6, 11, 12})
_LANG_RE = re.compile(r"^[A-Za-z0-9_]+(\+[A-Za-z0-9_]+)*$")
_VERSION_RE = re.compile(r"tesseract\s+v?(\d+(?:\.\d+)*\S*)", re.IGNORECASE)
_HAS_ALNUM = re.compile(r"\w")

INSTALL_HINT = "Install it with `apt-get install tesseract-ocr` (Debian/Ubuntu) or `brew install tesseract` (macOS)"


@dataclass(frozen=True)
class _Word:
    block: int
    par: int
    line: int
    top: int
    conf: float
    text: str


class TesseractOcr:
    """:class:`~agent_guard.embedders.OcrEngine` backed by the ``tesseract`` program.

    Args:
        lang: Tesseract language(s), ``"eng"`` or several joined with ``+`` (``"eng+fra+deu"``). Each must be
            installed (``tesseract --list-langs``; Debian packages ``tesseract-ocr-<lang>``). More languages
            read accents better but cost time roughly in proportion.
        psm: page-segmentation mode (3 automatic layout, 4, 6, 11 sparse text, 12).
        oem: OCR engine mode; 1 = LSTM only, the only mode the Debian "fast" models support.
        scale: resize factor applied before OCR (1.0 = none). Web text of 12-16 px is small for Tesseract;
            upscaling reads small grey text better but costs time roughly with the pixel count.
        grayscale: convert to 8-bit gray before OCR (less to pipe; Tesseract binarizes gray anyway).
        min_confidence: words Tesseract is less sure of (0-100) are dropped as noise (icons, photos, borders).
        timeout_s: wall-clock limit for one Tesseract run (one strip); past it the child is killed.
        strip_height: images taller than this (in source pixels) are read in horizontal strips, cut at the
            quietest row near each boundary so that lines of text are not split.
        dpi: resolution Tesseract is told (screens: 96); also silences its "Estimating resolution" guess.
        tesseract_cmd: path or name of the program; default ``tesseract`` on ``PATH``.
    """

    def __init__(
        self,
        lang: str = "eng",
        *,
        psm: int = 3,
        oem: int = 1,
        scale: float = 1.0,
        grayscale: bool = True,
        min_confidence: float = 30.0,
        timeout_s: float = 15.0,
        strip_height: int = 2400,
        dpi: int = 96,
        tesseract_cmd: str | os.PathLike[str] | None = None,
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
        if int(strip_height) < 256:
            raise ConfigurationError(f"strip_height must be >= 256, got {strip_height!r}")
        if not (30 <= int(dpi) <= 1200):
            raise ConfigurationError(f"dpi must be within [30, 1200], got {dpi!r}")

        self.lang = lang
        self.psm = int(psm)
        self.oem = int(oem)
        self.scale = float(scale)
        self.grayscale = bool(grayscale)
        self.min_confidence = float(min_confidence)
        self.timeout_s = float(timeout_s)
        self.strip_height = int(strip_height)
        self.dpi = int(dpi)
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
            "min_confidence": self.min_confidence,
        }

    def __repr__(self) -> str:
        return (
            f"TesseractOcr(lang={self.lang!r}, psm={self.psm}, oem={self.oem}, scale={self.scale}, "
            f"grayscale={self.grayscale}, version={self.version!r})"
        )

    # ------------------------------------------------------------------ reading

    def read_blocks(self, image: np.ndarray) -> list[str]:
        """Text blocks (paragraph-like groups of lines, lines joined by newlines) in reading order.

        ``image`` is RGB uint8 (H, W, 3); gray (H, W) is accepted too. A blank image gives ``[]``.
        """
        pixels = _check_image(image)
        if pixels.shape[0] == 0 or pixels.shape[1] == 0 or int(pixels.max()) == int(pixels.min()):
            return []  # nothing but one flat colour: there is no text to find, skip the child process
        blocks: list[str] = []
        for top, bottom in _strip_bounds(pixels, self.strip_height):
            blocks.extend(self._read_strip(pixels[top:bottom]))
        return blocks

    def _read_strip(self, pixels: np.ndarray) -> list[str]:
        if int(pixels.max()) == int(pixels.min()):
            return []
        payload = self._encode(pixels)
        args = [
            self.cmd, "stdin", "stdout",
            "-l", self.lang, "--psm", str(self.psm), "--oem", str(self.oem), "--dpi", str(self.dpi),
            "tsv",
        ]  # fmt: skip
        try:
            result = subprocess.run(
                args, input=payload, capture_output=True, env=self._env, timeout=self.timeout_s, check=False
            )
        except subprocess.TimeoutExpired as exc:
            raise EmbedderError(
                f"tesseract did not finish within {self.timeout_s:g} s on a {pixels.shape[1]}x{pixels.shape[0]} "
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
        return _group_blocks(words, self.min_confidence)

    def _encode(self, pixels: np.ndarray) -> bytes:
        """The strip as a binary PGM (gray) or PPM (RGB), after the configured preprocessing."""
        from PIL import Image

        image = Image.fromarray(pixels)
        if self.grayscale and image.mode != "L":
            image = image.convert("L")
        elif not self.grayscale and image.mode != "RGB":
            image = image.convert("RGB")
        if self.scale != 1.0:
            size = (max(1, round(image.width * self.scale)), max(1, round(image.height * self.scale)))
            image = image.resize(size, Image.Resampling.BICUBIC if self.scale > 1 else Image.Resampling.BOX)
        array = np.asarray(image, dtype=np.uint8)
        magic = b"P5" if array.ndim == 2 else b"P6"
        return magic + f"\n{array.shape[1]} {array.shape[0]}\n255\n".encode("ascii") + array.tobytes()


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


def _strip_bounds(pixels: np.ndarray, strip_height: int) -> list[tuple[int, int]]:
    """Row ranges covering the image, each at most ``strip_height`` tall, cut at quiet rows.

    Each cut is placed at the row, within the last quarter of the strip, that differs least from its own median
    colour (ideally a blank gap between two lines of text), so that no line of text is cut in two.
    """
    height = pixels.shape[0]
    if height <= strip_height:
        return [(0, height)]
    gray = pixels if pixels.ndim == 2 else pixels.mean(axis=2, dtype=np.float32)
    bounds = []
    top = 0
    while height - top > strip_height:
        lo, hi = top + (3 * strip_height) // 4, top + strip_height
        window = np.asarray(gray[lo:hi], dtype=np.float32)
        busy = np.abs(window - np.median(window, axis=1, keepdims=True)).sum(axis=1)
        cut = lo + int(np.argmin(busy))
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
    needed = ("level", "block_num", "par_num", "line_num", "top", "conf", "text")
    absent = [name for name in needed if name not in column]
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
        words.append(
            _Word(
                block=int(cells[column["block_num"]]),
                par=int(cells[column["par_num"]]),
                line=int(cells[column["line_num"]]),
                top=int(cells[column["top"]]),
                conf=float(cells[column["conf"]]),
                text=text,
            )
        )
    return words


def _group_blocks(words: Sequence[_Word], min_confidence: float) -> list[str]:
    """Words -> lines -> paragraphs, in Tesseract's reading order, without low-confidence noise.

    A word below ``min_confidence`` is dropped; a line left with no letter or digit is dropped (rules, bullets,
    icon debris); a paragraph with no line left is dropped.
    """
    paragraphs: dict[tuple[int, int], dict[int, list[str]]] = {}
    for word in words:
        if word.conf < min_confidence:
            continue
        paragraphs.setdefault((word.block, word.par), {}).setdefault(word.line, []).append(word.text)
    blocks = []
    for lines in paragraphs.values():
        kept = [" ".join(tokens) for tokens in lines.values()]
        kept = [line for line in kept if _HAS_ALNUM.search(line)]
        if kept:
            blocks.append("\n".join(kept))
    return blocks
