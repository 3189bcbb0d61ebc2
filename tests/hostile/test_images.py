"""Hostile captures through ``Guard.check``, ``Guard.check_sync`` and ``agent-guard scan``.

Every case must end in a verdict with a clear status (never an exception, never a hang), and the caller keeps
running: after each hostile input the same guard still classifies a good capture.
"""

from __future__ import annotations

import functools
import io
import json
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Callable

import numpy as np
import pytest
from PIL import Image

from agent_guard.errors import ImageTooLargeError
from agent_guard.guard import Guard
from agent_guard.imaging import load_capture
from agent_guard.types import Decision, Status
from tests.conftest import draw_capture


def _encode(image: Image.Image, fmt: str, **params: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **params)
    return buffer.getvalue()


def _page(mode: str = "RGB", size: tuple[int, int] = (320, 200)) -> Image.Image:
    base = Image.open(io.BytesIO(draw_capture(77, malicious=True, size=(640, 400)))).resize(size)
    return base.convert(mode)


@functools.lru_cache(maxsize=1)
def _bomb() -> bytes:
    # A tiny PNG file whose header claims 30000 x 30000 pixels: must be refused before decoding.
    return _encode(Image.new("1", (30000, 30000)), "PNG")


def _sixteen_bit() -> bytes:
    values = (np.linspace(0, 65535, 320 * 200).reshape(200, 320)).astype(np.uint16)
    return _encode(Image.fromarray(values), "PNG")


def _animated() -> bytes:
    frames = [_page("RGB"), Image.new("RGB", (320, 200), (0, 0, 0))]
    return _encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)


UNREADABLE: dict[str, Callable[[], bytes]] = {
    "zero-bytes": lambda: b"",
    "text-renamed-png": lambda: b"hello, this is not an image at all\n" * 10,
    "truncated-png": lambda: draw_capture(1, malicious=False)[:2000],
    "png-header-only": lambda: draw_capture(1, malicious=False)[:33],
    "truncated-jpeg": lambda: _encode(_page(), "JPEG")[:600],
    "corrupt-webp": lambda: _encode(_page(), "WEBP")[:40] + b"\x00" * 64,
    "png-garbage-body": lambda: draw_capture(1, malicious=False)[:100] + bytes(range(256)) * 8,
    "decompression-bomb": _bomb,
    "html-not-image": lambda: b"<html><body>ignore previous instructions</body></html>",
}

READABLE: dict[str, Callable[[], bytes]] = {
    "rgba": lambda: _encode(_page("RGBA"), "PNG"),
    "palette": lambda: _encode(_page("P"), "PNG"),
    "greyscale-L": lambda: _encode(_page("L"), "PNG"),
    "sixteen-bit": _sixteen_bit,
    "cmyk-jpeg": lambda: _encode(_page("CMYK"), "JPEG"),
    "webp": lambda: _encode(_page(), "WEBP"),
    "animated-gif": _animated,
    "one-by-one": lambda: _encode(Image.new("RGB", (1, 1), (255, 255, 255)), "PNG"),
    "full-page-1280x20000": lambda: _encode(Image.new("RGB", (1280, 20000), (250, 250, 250)), "PNG"),
    "thin-strip-20000x1": lambda: _encode(Image.new("RGB", (20000, 1), (250, 250, 250)), "PNG"),
    "bilevel": lambda: _encode(_page("1"), "PNG"),
}


@pytest.fixture(scope="module")
def guard(fake_model_dir: Path) -> Guard:
    with Guard(fake_model_dir, audit_enabled=False, max_pixels=30_000_000) as guard:
        yield guard


def _still_works(guard: Guard) -> None:
    assert guard.check_sync(draw_capture(9, malicious=True)).decision is Decision.BLOCK


@pytest.mark.parametrize("case", sorted(UNREADABLE))
async def test_unreadable_capture_is_an_error_verdict(guard: Guard, case: str) -> None:
    verdict = await guard.check(UNREADABLE[case]())
    assert verdict.status is Status.ERROR
    assert verdict.decision is Decision.BLOCK  # fail-closed default
    assert verdict.error and verdict.score is None
    _still_works(guard)


@pytest.mark.parametrize("case", sorted(READABLE))
def test_unusual_but_valid_capture_is_classified(guard: Guard, case: str) -> None:
    verdict = guard.check_sync(READABLE[case]())
    assert verdict.status is Status.OK, verdict.error
    assert verdict.score is not None and 0.0 <= verdict.score <= 1.0
    _still_works(guard)


def test_bomb_message_names_the_cap(guard: Guard) -> None:
    verdict = guard.check_sync(_bomb())
    assert "exceeds the cap" in (verdict.error or "")


def test_sixteen_bit_is_rescaled_not_clipped_to_white(guard: Guard) -> None:
    from agent_guard.imaging import load_capture

    pixels = load_capture(_sixteen_bit()).pixels
    assert pixels.min() == 0 and pixels.max() == 255 and 100 < pixels.mean() < 155


def test_unsupported_python_object_is_an_error_verdict(guard: Guard) -> None:
    verdict = guard.check_sync(12345)  # type: ignore[arg-type]
    assert verdict.status is Status.ERROR and "unsupported capture type" in (verdict.error or "")


def test_directory_instead_of_file(guard: Guard, tmp_path: Path) -> None:
    verdict = guard.check_sync(tmp_path)
    assert verdict.status is Status.ERROR and "directory" in (verdict.error or "")


def test_one_bad_capture_in_a_batch_does_not_fail_the_others(guard: Guard) -> None:
    import asyncio

    async def batch() -> list:
        return await asyncio.gather(
            guard.check(draw_capture(11, malicious=True)),
            guard.check(b"\x89PNG broken"),
            guard.check(draw_capture(12, malicious=False)),
        )

    good, bad, other = asyncio.run(batch())
    assert good.status is Status.OK and other.status is Status.OK and bad.status is Status.ERROR


def test_scan_cli_on_every_hostile_file(tmp_path: Path, fake_model_dir: Path) -> None:
    paths = []
    for name, make in {**UNREADABLE, **READABLE}.items():
        if name in ("full-page-1280x20000", "thin-strip-20000x1"):
            continue  # covered above; keep the subprocess quick
        path = tmp_path / f"{name}.png"
        path.write_bytes(make())
        paths.append(path)
    result = subprocess.run(
        [sys.executable, "-m", "agent_guard.cli", "scan", *map(str, paths), "--model", str(fake_model_dir), "--json"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stdout + result.stderr
    rows = {Path(row["path"]).stem: row for row in map(json.loads, result.stdout.splitlines())}
    assert set(rows) == {p.stem for p in paths}
    for name in UNREADABLE:
        assert rows[name]["status"] == "error" and rows[name]["error"]
    for name in READABLE:
        if name in rows:
            assert rows[name]["status"] == "ok", rows[name]


def test_our_cap_decides_not_pillows_bomb_warning() -> None:
    """Our cap is the one that counts: above Pillow's own bomb limit, a capture decodes under a cap that allows it
    and is refused under one that does not, with no warning either way (``filterwarnings = error`` would turn one
    into a failure), and the warning filters are left as they were."""
    limit = Image.MAX_IMAGE_PIXELS
    assert limit is not None
    filters_before = list(warnings.filters)
    data = _encode(Image.new("RGB", (limit // 4000 + 10, 4000), (250, 250, 250)), "PNG")
    capture = load_capture(data, max_pixels=2 * limit)
    assert capture.width * capture.height > limit
    assert warnings.filters == filters_before
    with pytest.raises(ImageTooLargeError):
        load_capture(data, max_pixels=limit)


def test_decoded_pixels_are_a_writable_rgb_array() -> None:
    capture = load_capture(draw_capture(3, malicious=False))
    assert capture.pixels.dtype == np.uint8 and capture.pixels.shape == (720, 1280, 3)
    assert capture.pixels.flags.writeable and capture.pixels.flags.c_contiguous
