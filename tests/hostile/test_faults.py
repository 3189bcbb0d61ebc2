"""Faults while the guard works: failing embedders and OCR, timeouts, callbacks, a closed page, a crashed browser.

The promise under test: the agent's process never crashes because of the guard, every capture gets a verdict tied
to its own bytes, and a verdict that could not be computed follows the fail mode (BLOCK by default; ALLOW only
when fail-open was chosen explicitly). After each fault the same guard keeps classifying.

The middleware suite covers the gate on a page (timeouts, a page closed after a capture, callbacks on a page);
here the same faults go through other entry points (``Guard.check`` batches, ``ComputerUseAdapter``, several pages
of one context) or happen at a different moment (while an action waits for its verdict, the browser killed).
"""

from __future__ import annotations

import asyncio
import functools
import io
import logging
import os
import random
import shutil
import signal
import stat
import threading
import time
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import pytest
from PIL import Image, ImageDraw

from agent_guard.embedders.fake import FakeImageEmbedder, FakeOcr
from agent_guard.errors import ActionBlocked, DependencyMissingError
from agent_guard.guard import Guard
from agent_guard.middleware import ComputerUseAdapter, unwrap
from agent_guard.ocr import TesseractOcr
from agent_guard.policy import Policy, Thresholds
from agent_guard.types import Decision, FailMode, Status
from tests.hostile.conftest import FakeComputer, fake_read, fit_ocr_guard, screen_png
from tests.middleware.helpers import SlowImageEmbedder, page_html, render, sha256

pytestmark = pytest.mark.asyncio(loop_scope="session")

MAGENTA_BOX = '<div style="margin:16px; width:360px; height:240px; background:#ff00ff"></div>'


def is_poisoned(image: np.ndarray) -> bool:
    """A capture showing a magenta box: the pixels our fake components 'crash' on."""
    pixels = np.asarray(image)
    hit = (pixels[..., 0] > 230) & (pixels[..., 1] < 40) & (pixels[..., 2] > 230)
    return float(hit.mean()) > 0.02


@functools.lru_cache(maxsize=None)
def poisoned_capture(seed: int = 5) -> bytes:
    image = Image.open(io.BytesIO(screen_png(False, seed))).convert("RGB")
    ImageDraw.Draw(image).rectangle([100, 250, 460, 490], fill=(255, 0, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@functools.lru_cache(maxsize=None)
def capture(seed: int, malicious: bool = False) -> bytes:
    return screen_png(malicious, seed)


class PoisonEmbedder(FakeImageEmbedder):
    """The fake image embedder, misbehaving (``how``) on poisoned captures only; the fingerprint is unchanged."""

    def __init__(self, how: str = "raise") -> None:
        super().__init__()
        self.how = how
        self.calls = 0

    def embed_views(self, images: Sequence[np.ndarray]) -> list[np.ndarray]:
        self.calls += 1
        out = super().embed_views(images)
        for i, image in enumerate(images):
            if not is_poisoned(image):
                continue
            if self.how == "raise":
                raise RuntimeError("CUDA error: an illegal memory access was encountered (poisoned)")
            if self.how == "memory":
                raise MemoryError("poisoned")
            if self.how == "nan":
                out[i] = np.full_like(out[i], np.nan)
            elif self.how == "zero":
                out[i] = np.zeros_like(out[i])
            elif self.how == "views":
                out[i] = out[i][:1]
            elif self.how == "dim":
                out[i] = out[i][:, :32]
        return out


class FlakyEmbedder(FakeImageEmbedder):
    """Crashes on the calls numbered in ``fail_on`` (1-based), whatever the images: a transient fault."""

    def __init__(self, fail_on: set[int]) -> None:
        super().__init__()
        self.fail_on = fail_on
        self.calls = 0

    def embed_views(self, images: Sequence[np.ndarray]) -> list[np.ndarray]:
        self.calls += 1
        if self.calls in self.fail_on:
            raise RuntimeError(f"embedder crashed on call {self.calls}")
        return super().embed_views(images)


class SlowOnce(FakeImageEmbedder):
    """Takes ``delay`` seconds on its first call only (a cold start, a GC pause, a swapped-out model)."""

    def __init__(self, delay: float) -> None:
        super().__init__()
        self.delay = delay
        self.calls = 0

    def embed_views(self, images: Sequence[np.ndarray]) -> list[np.ndarray]:
        self.calls += 1
        if self.calls == 1:
            time.sleep(self.delay)
        return super().embed_views(images)


class PoisonOcr(FakeOcr):
    """``FakeOcr(read=fake_read)`` that crashes on poisoned captures, from several OCR worker threads at once."""

    def __init__(self) -> None:
        super().__init__(read=fake_read)
        self.lock = threading.Lock()
        self.reads = 0

    def read_blocks(self, image: np.ndarray) -> list[str]:
        with self.lock:
            self.reads += 1
        if is_poisoned(image):
            raise RuntimeError("tesseract: Segmentation fault (poisoned)")
        return super().read_blocks(image)


def quiet_guard(model: Path, **overrides: Any) -> Guard:
    overrides.setdefault("audit_enabled", False)
    return Guard(model, **overrides)


# -- fail mode -------------------------------------------------------------------------------------------------


async def test_fail_closed_is_the_default_and_fail_open_is_explicit(guard_model_dir: Path, monkeypatch) -> None:
    monkeypatch.delenv("AGENT_GUARD_FAIL_MODE", raising=False)
    broken = b"\x89PNG\r\n\x1a\n not really"
    with quiet_guard(guard_model_dir) as guard:
        assert guard.policy.fail_mode is FailMode.CLOSED
        verdict = await guard.check(broken)
        assert verdict.status is Status.ERROR and verdict.decision is Decision.BLOCK
        assert "fail-closed" in verdict.reason
    with quiet_guard(guard_model_dir, fail_mode="open") as guard:
        verdict = await guard.check(broken)
        assert verdict.status is Status.ERROR and verdict.decision is Decision.ALLOW
        assert "fail-open" in verdict.reason
    monkeypatch.setenv("AGENT_GUARD_FAIL_MODE", "open")  # the environment can choose it too, by name
    with quiet_guard(guard_model_dir) as guard:
        assert guard.policy.fail_mode is FailMode.OPEN


# -- the image embedder failing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "how",
    [
        "raise",
        "memory",
        "nan",
        "zero",
        "views",
        "dim",
    ],
)
async def test_embedder_misbehaving_on_one_capture_fails_only_that_capture(guard_model_dir: Path, how: str) -> None:
    embedder = PoisonEmbedder(how)
    with quiet_guard(guard_model_dir, image_embedder=embedder, batch_window_ms=50) as guard:
        good, poisoned, bad = await asyncio.gather(
            guard.check(capture(21)), guard.check(poisoned_capture()), guard.check(capture(22, malicious=True))
        )
        assert guard.stats["batches"] == 1 and guard.stats["max_batch"] == 3  # one micro-batch
        assert good.status is Status.OK and good.decision is Decision.ALLOW
        assert good.capture_sha256 == sha256(capture(21))
        assert bad.status is Status.OK and bad.decision is Decision.BLOCK
        assert bad.capture_sha256 == sha256(capture(22, malicious=True))
        assert poisoned.status is Status.ERROR and poisoned.decision is Decision.BLOCK  # fail-closed, never ALLOW
        assert poisoned.score is None and poisoned.error
        # the guard is still serving
        assert (await guard.check(capture(23, malicious=True))).decision is Decision.BLOCK


async def test_a_transient_embedder_crash_loses_no_verdict(guard_model_dir: Path) -> None:
    # the batch's call crashes: each capture is retried alone, and all three get their real verdict
    embedder = FlakyEmbedder(fail_on={1})
    with quiet_guard(guard_model_dir, image_embedder=embedder, batch_window_ms=50) as guard:
        shots = [capture(31), capture(32, malicious=True), capture(33)]
        verdicts = await asyncio.gather(*(guard.check(s) for s in shots))
        assert [v.status for v in verdicts] == [Status.OK] * 3
        assert [v.decision for v in verdicts] == [Decision.ALLOW, Decision.BLOCK, Decision.ALLOW]
        assert [v.capture_sha256 for v in verdicts] == [sha256(s) for s in shots]
        assert embedder.calls == 4
    # a lone capture whose call crashes gets an error verdict; the next call works again
    embedder = FlakyEmbedder(fail_on={1})
    with quiet_guard(guard_model_dir, image_embedder=embedder) as guard:
        first = await guard.check(capture(34))
        assert first.status is Status.ERROR and first.decision is Decision.BLOCK
        assert "embedder crashed on call 1" in (first.error or "")
        second = await guard.check(capture(34))  # the failure was not cached
        assert second.status is Status.OK and second.decision is Decision.ALLOW


async def test_one_poisoned_page_among_several_fails_alone(make_guard, context) -> None:
    guard = make_guard(image_embedder=PoisonEmbedder("raise"), batch_window_ms=60)
    gcontext = guard.protect(context)
    pages = [await gcontext.new_page() for _ in range(5)]
    poisoned = 2
    await asyncio.gather(*(
        unwrap(p).set_content(page_html(label=f"page {i}", extra=MAGENTA_BOX if i == poisoned else ""))
        for i, p in enumerate(pages)
    ))
    shots = await asyncio.gather(*(p.screenshot() for p in pages))
    verdicts = await asyncio.gather(*(p.latest_verdict() for p in pages))
    assert guard.stats["max_batch"] > 1  # they were judged together
    for i, (shot, verdict) in enumerate(zip(shots, verdicts)):
        assert verdict.capture_sha256 == sha256(shot)
        if i == poisoned:
            assert verdict.status is Status.ERROR and verdict.decision is Decision.BLOCK
            assert "poisoned" in (verdict.error or "")
        else:
            assert verdict.status is Status.OK and verdict.decision is Decision.ALLOW

    async def act(p: Any) -> str:
        try:
            await p.click("#btn")
        except ActionBlocked:
            return "blocked"
        return "clicked"

    outcomes = await asyncio.gather(*(act(p) for p in pages))
    assert outcomes == ["blocked" if i == poisoned else "clicked" for i in range(5)]
    counts = await asyncio.gather(*(unwrap(p).locator("#count").text_content() for p in pages))
    assert counts == ["0" if i == poisoned else "1" for i in range(5)]
    await gcontext.drain()
    for p in pages:
        await unwrap(p).close()


async def test_a_broken_screenshot_among_agents_sharing_one_guard(guard_model_dir: Path) -> None:
    with quiet_guard(guard_model_dir, batch_window_ms=60) as guard:
        envs = [FakeComputer(malicious=i == 3, seed=20 + i) for i in range(4)]
        envs[1].screen = lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\xff" * 64  # a corrupt capture
        agents = [ComputerUseAdapter(guard, env) for env in envs]
        shots = await asyncio.gather(*(agent.screenshot() for agent in agents))
        verdicts = await asyncio.gather(*(agent.latest_verdict() for agent in agents))
        assert guard.stats["max_batch"] > 1
        assert [v.capture_sha256 for v in verdicts] == [sha256(s) for s in shots]
        assert [(v.status, v.decision) for v in verdicts] == [
            (Status.OK, Decision.ALLOW), (Status.ERROR, Decision.BLOCK), (Status.OK, Decision.ALLOW),
            (Status.OK, Decision.BLOCK),
        ]
        for agent, expected in zip(agents, ["clicked", "blocked", "clicked", "blocked"]):
            try:
                await agent.click(7, 7)
                assert expected == "clicked"
            except ActionBlocked:
                assert expected == "blocked"
        assert [len(env.done) for env in envs] == [1, 0, 1, 0]


async def test_a_screenshot_that_raises_leaves_the_agent_blind_and_blocked(guard_model_dir: Path) -> None:
    with quiet_guard(guard_model_dir) as guard:
        env = FakeComputer(seed=30)

        def broken() -> bytes:
            raise RuntimeError("display server went away")

        env.screen = broken
        agent = ComputerUseAdapter(guard, env)
        with pytest.raises(RuntimeError, match="display server"):  # the agent sees its own error, unchanged
            await agent.screenshot()
        with pytest.raises(ActionBlocked) as caught:  # blind, and the guard cannot look either: fail-closed
            await agent.click(1, 1)
        assert caught.value.verdict.status is Status.ERROR and "could not capture" in caught.value.verdict.reason
        assert env.done == []
        env.screen = env._draw  # the screen is back: the next step works normally
        await agent.screenshot()
        assert await agent.click(1, 1) == "ok"


# -- the OCR engine failing -------------------------------------------------------------------------------------


async def test_missing_tesseract_is_a_clear_start_up_error(ocr_model_dir: Path, tmp_path: Path, monkeypatch) -> None:
    with pytest.raises(DependencyMissingError, match="apt-get install tesseract-ocr"):
        TesseractOcr(tesseract_cmd="/nonexistent")
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # a machine without Tesseract: Guard() fails at once, not per capture
    with pytest.raises(DependencyMissingError, match="tesseract OCR program was not found on PATH"):
        quiet_guard(ocr_model_dir)


@pytest.mark.parametrize("fail_mode, expected", [("closed", Decision.BLOCK), ("open", Decision.ALLOW)])
async def test_ocr_crashing_follows_the_fail_mode(ocr_model_dir: Path, fail_mode: str, expected: Decision) -> None:
    ocr = FakeOcr(fail_with=RuntimeError("boom"))
    with quiet_guard(ocr_model_dir, ocr=ocr, fail_mode=fail_mode) as guard:
        rng = random.Random(9)
        for verdict in (guard.check_sync(render(False, rng)), await guard.check(render(True, rng))):
            assert verdict.status is Status.ERROR and verdict.decision is expected
            assert "boom" in (verdict.error or "") and verdict.score is None
        env = FakeComputer(malicious=True, seed=4)
        agent = ComputerUseAdapter(guard, env, audit=False)
        await agent.screenshot()
        if expected is Decision.BLOCK:
            with pytest.raises(ActionBlocked) as caught:
                await agent.click(3, 4)
            assert caught.value.verdict.status is Status.ERROR and env.done == []
        else:
            await agent.click(3, 4)  # fail-open, chosen explicitly: the agent acts although the guard is blind
            assert env.done == ["click 3 4"]


async def test_ocr_crashing_on_one_capture_mid_run(ocr_model_dir: Path) -> None:
    ocr = PoisonOcr()
    rng = random.Random(12)
    with quiet_guard(ocr_model_dir, ocr=ocr, ocr_workers=2, batch_window_ms=50) as guard:
        before = await guard.check(render(True, rng))
        assert before.status is Status.OK and before.decision is Decision.BLOCK and "ignore" in (before.top_text or "")
        benign, poisoned, malicious = await asyncio.gather(
            guard.check(render(False, rng)), guard.check(poisoned_capture(6)), guard.check(render(True, rng))
        )
        assert benign.status is Status.OK and benign.decision is Decision.ALLOW
        assert malicious.status is Status.OK and malicious.decision is Decision.BLOCK
        assert poisoned.status is Status.ERROR and poisoned.decision is Decision.BLOCK
        assert "Segmentation fault" in (poisoned.error or "")
        after = await guard.check(render(False, rng))
        assert after.status is Status.OK and after.decision is Decision.ALLOW


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
async def test_the_real_tesseract_child_crashing_mid_run(tmp_path: Path) -> None:
    real = TesseractOcr()
    marker = tmp_path / "crash-now"
    script = tmp_path / "tesseract"
    script.write_text(
        "#!/bin/sh\n"
        f'if [ -e "{marker}" ] && [ "$1" = stdin ]; then cat >/dev/null; kill -SEGV $$; fi\n'
        f'exec "{real.cmd}" "$@"\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    ocr = TesseractOcr(tesseract_cmd=script)
    model = fit_ocr_guard(tmp_path / "model", ocr_fingerprint=ocr.fingerprint)
    rng = random.Random(2)
    with quiet_guard(model, ocr=ocr) as guard:
        marker.touch()
        crashed = await guard.check(render(False, rng))
        assert crashed.status is Status.ERROR and crashed.decision is Decision.BLOCK
        assert "tesseract failed with exit status" in (crashed.error or "")
        marker.unlink()
        recovered = await guard.check(render(False, rng))
        assert recovered.status is Status.OK and "ocr" in recovered.text_sources


# -- timeouts, callbacks, closing -------------------------------------------------------------------------------


@pytest.mark.parametrize("fail_mode", ["closed", "open"])
async def test_a_verdict_timeout_then_recovery_through_the_adapter(guard_model_dir: Path, fail_mode: str) -> None:
    guard = quiet_guard(guard_model_dir, image_embedder=SlowOnce(delay=0.6), verdict_timeout_s=0.2,
                        fail_mode=fail_mode)
    env = FakeComputer(malicious=False, seed=7)
    agent = ComputerUseAdapter(guard, env)
    shot = await agent.screenshot()
    if fail_mode == "closed":
        with pytest.raises(ActionBlocked) as caught:
            await agent.click(1, 1)
        verdict = caught.value.verdict
        assert env.done == []
    else:
        await agent.click(1, 1)
        verdict = agent.verdicts[-1]
        assert env.done == ["click 1 1"]
    assert verdict.status is Status.ERROR and "no verdict" in (verdict.error or "")
    assert verdict.capture_sha256 == sha256(shot) and agent.guard_stats["timeouts"] == 1
    late = await agent.latest_verdict()  # the capture's own verdict: the same timeout, for the same bytes
    assert late is not None and late.status is Status.ERROR and late.capture_sha256 == sha256(shot)
    await asyncio.sleep(0.7)  # the slow call ends; the guard is not wedged behind it
    shot2 = await agent.screenshot()
    await agent.click(2, 2)
    assert agent.verdicts[-1].status is Status.OK and agent.verdicts[-1].capture_sha256 == sha256(shot2)
    assert env.done[-1] == "click 2 2"
    await agent.drain()
    guard.close()


@pytest.mark.parametrize("which", ["on_block", "on_flag"])
@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_raising_callback_changes_nothing(make_guard, caplog, which: str, kind: str) -> None:
    guard = make_guard(audit_enabled=False)
    if which == "on_flag":
        guard.policy = Policy(Thresholds(flag=0.5, block=1.0))  # the injected screen flags instead of blocking

    def broken(verdict: Any, action: str) -> None:
        raise RuntimeError(f"{kind} callback bug")

    async def broken_async(verdict: Any, action: str) -> None:
        await asyncio.sleep(0)
        raise RuntimeError(f"{kind} callback bug")

    env = FakeComputer(malicious=True, seed=11)
    agent = ComputerUseAdapter(guard, env, **{which: broken if kind == "sync" else broken_async})
    await agent.screenshot()
    with caplog.at_level(logging.ERROR, logger="agent_guard.middleware"):
        if which == "on_block":
            with pytest.raises(ActionBlocked):  # ours, not the callback's error
                await agent.click(5, 5)
            assert env.done == []
        else:
            assert await agent.click(5, 5) == "ok"
            assert env.done == ["click 5 5"]
    assert agent.guard_stats["callback_errors"] == 1
    assert f"{kind} callback bug" in caplog.text and which in caplog.text


async def test_a_closed_guard_answers_with_error_verdicts(guard_model_dir: Path) -> None:
    guard = quiet_guard(guard_model_dir)
    guard.close()
    verdict = await guard.check(capture(41))
    assert verdict.status is Status.ERROR and verdict.decision is Decision.BLOCK and "closed" in (verdict.error or "")


async def test_closing_the_guard_answers_queued_checks_at_once(guard_model_dir: Path) -> None:
    guard = quiet_guard(guard_model_dir, image_embedder=SlowImageEmbedder(delay=0.3), max_batch_size=1,
                        verdict_timeout_s=1.5)
    started = time.perf_counter()
    tasks = [asyncio.ensure_future(guard.check(capture(50 + i))) for i in range(3)]
    await asyncio.sleep(0.05)
    guard.close()
    verdicts = await asyncio.gather(*tasks)
    assert all(v.decision is Decision.BLOCK or v.status is Status.OK for v in verdicts)
    assert time.perf_counter() - started < 1.0


# -- the page or the browser going away -------------------------------------------------------------------------


async def test_page_closed_while_an_action_waits_for_its_verdict(make_guard, context) -> None:
    guard = make_guard(image_embedder=SlowImageEmbedder(delay=0.6))
    raw = await context.new_page()
    await raw.set_content(page_html())
    gpage = guard.protect(raw)
    shot = await gpage.screenshot()
    click = asyncio.ensure_future(gpage.click("#btn"))  # waits at the gate for the slow verdict
    await asyncio.sleep(0.15)
    assert not click.done()
    await raw.close()
    started = time.perf_counter()
    with pytest.raises(Exception) as caught:  # Playwright's "target closed", as it would be without a guard
        await asyncio.wait_for(click, 10)
    assert not isinstance(caught.value, (ActionBlocked, asyncio.TimeoutError))
    assert time.perf_counter() - started < 5
    verdict = await gpage.latest_verdict()
    assert verdict is not None and verdict.status is Status.OK and verdict.capture_sha256 == sha256(shot)
    await gpage.drain()
    other = guard.protect(await context.new_page())  # the same guard serves the next page
    await unwrap(other).set_content(page_html(malicious=True))
    await other.screenshot()
    with pytest.raises(ActionBlocked):
        await other.click("#btn")
    await unwrap(other).close()


def _process_tree() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        ppid = _parent(int(entry))
        if ppid is not None:
            children.setdefault(ppid, []).append(int(entry))
    return children


def _descendants(pid: int) -> set[int]:
    tree, found, stack = _process_tree(), set(), [pid]
    while stack:
        for child in tree.get(stack.pop(), []):
            found.add(child)
            stack.append(child)
    return found


def _parent(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return int(handle.read().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find the browser process")
async def test_browser_killed_during_a_check(make_guard, browser, context) -> None:
    from types import SimpleNamespace

    from agent_guard.browser import launch_chromium

    before = _descendants(os.getpid())
    victim = await launch_chromium(SimpleNamespace(chromium=browser.browser_type))  # its own browser, to kill
    new = _descendants(os.getpid()) - before
    mains = [pid for pid in new if _parent(pid) not in new]  # the one the Playwright driver started
    assert len(mains) == 1, mains
    guard = make_guard(image_embedder=SlowImageEmbedder(delay=0.5))
    raw = await victim.new_page()
    await raw.set_content(page_html())
    gpage = guard.protect(raw)
    shot = await gpage.screenshot()
    click = asyncio.ensure_future(gpage.click("#btn"))  # waiting at the gate
    await asyncio.sleep(0.1)
    os.kill(mains[0], signal.SIGKILL)  # the browser crashes mid-check
    with pytest.raises(Exception) as caught:
        await asyncio.wait_for(click, 10)
    assert not isinstance(caught.value, asyncio.TimeoutError)
    verdict = await gpage.latest_verdict()  # the capture the agent took still gets its verdict
    assert verdict is not None and verdict.status is Status.OK and verdict.capture_sha256 == sha256(shot)
    with pytest.raises(Exception):  # the dead page fails like an unguarded one would, quickly
        await asyncio.wait_for(gpage.screenshot(), 10)
    await gpage.drain()
    try:
        await victim.close()
    except Exception:  # noqa: BLE001 - already gone
        pass
    # the agent's process and the guard carry on with a healthy browser
    fresh = guard.protect(await context.new_page())
    await unwrap(fresh).set_content(page_html(malicious=True))
    again = await fresh.screenshot()
    with pytest.raises(ActionBlocked) as blocked:
        await fresh.click("#btn")
    assert blocked.value.verdict.capture_sha256 == sha256(again)
    await unwrap(fresh).close()
