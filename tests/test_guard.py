import asyncio
import threading
import time
from pathlib import Path
from typing import Sequence

import numpy as np
import pytest

from agent_guard.embedders.fake import FakeImageEmbedder
from agent_guard.errors import ConfigurationError, ModelError
from agent_guard.guard import Guard
from agent_guard.policy import Policy, Thresholds
from agent_guard.types import Decision, FailMode, Status
from tests.conftest import draw_capture


def test_sync_facade_blocks_malicious_and_allows_benign(fake_model_dir: Path) -> None:
    with Guard(fake_model_dir, audit_enabled=False) as guard:
        benign = guard.check_sync(draw_capture(1000, malicious=False))
        malicious = guard.check_sync(draw_capture(1001, malicious=True))
    assert benign.status is Status.OK and benign.decision is Decision.ALLOW
    assert malicious.status is Status.OK and malicious.decision is Decision.BLOCK
    assert malicious.score is not None and benign.score is not None and malicious.score > benign.score
    assert malicious.view_scores and all(name.startswith("image:") for name in malicious.view_scores)
    assert malicious.model_id.startswith("test-fake@")
    assert "block threshold" in malicious.reason


def test_sync_facade_works_inside_a_running_event_loop(fake_model_dir: Path) -> None:
    async def inside_loop() -> Decision:
        with Guard(fake_model_dir, audit_enabled=False) as guard:
            return guard.check_sync(draw_capture(1003, malicious=True)).decision

    assert asyncio.run(inside_loop()) is Decision.BLOCK


@pytest.mark.parametrize("decode_workers", [1, 4])
async def test_async_checks_are_batched_and_tied_to_their_capture(fake_model_dir: Path, decode_workers: int) -> None:
    captures = [draw_capture(2000 + i, malicious=bool(i % 2)) for i in range(12)]
    captures[5] = b"\x89PNG\r\n\x1a\n not really"  # one undecodable capture inside the batch fails alone
    with Guard(fake_model_dir, audit_enabled=False, batch_window_ms=20, decode_workers=decode_workers) as guard:
        expected = [guard.check_sync(c).score for c in captures]
        guard._cache.clear()
        verdicts = await asyncio.gather(*(guard.check(c) for c in captures))
        assert guard.stats["max_batch"] > 1
    assert expected[5] is None and verdicts[5].status is Status.ERROR and verdicts[5].decision is Decision.BLOCK
    assert [v.score for v in verdicts] == pytest.approx(expected)
    assert [v.decision for i, v in enumerate(verdicts) if i != 5] == [
        Decision.BLOCK if i % 2 else Decision.ALLOW for i in range(12) if i != 5
    ]


async def test_identical_capture_reuses_the_verdict(fake_model_dir: Path) -> None:
    capture = draw_capture(3000, malicious=True)
    with Guard(fake_model_dir, audit_enabled=False) as guard:
        first = await guard.check(capture)
        second = await guard.check(capture)
        assert guard.stats["cache_hits"] == 1
    assert second.score == first.score and second.timings_ms["cached"] == 1.0


async def test_bad_capture_fails_closed_by_default_and_open_when_chosen(fake_model_dir: Path) -> None:
    with Guard(fake_model_dir, audit_enabled=False) as guard:
        closed = await guard.check(b"not an image")
    with Guard(fake_model_dir, audit_enabled=False, fail_mode="open") as guard:
        opened = await guard.check(b"not an image")
    assert closed.status is Status.ERROR and closed.decision is Decision.BLOCK
    assert opened.status is Status.ERROR and opened.decision is Decision.ALLOW
    assert "not a recognised image" in (closed.error or "")


async def test_shadow_mode_records_but_never_blocks(fake_model_dir: Path) -> None:
    with Guard(fake_model_dir, audit_enabled=False, shadow=True) as guard:
        verdict = await guard.check(draw_capture(3001, malicious=True))
        failed = await guard.check(b"")
    assert verdict.decision is Decision.ALLOW and verdict.would_decide is Decision.BLOCK
    assert failed.decision is Decision.ALLOW and failed.would_decide is Decision.BLOCK


class SlowEmbedder(FakeImageEmbedder):
    def __init__(self, delay_s: float) -> None:
        super().__init__()
        self.delay_s = delay_s

    def embed_views(self, images: Sequence[np.ndarray]) -> list[np.ndarray]:
        time.sleep(self.delay_s)
        return super().embed_views(images)


async def test_verdict_timeout_applies_the_fail_mode(fake_model_dir: Path) -> None:
    with Guard(fake_model_dir, image_embedder=SlowEmbedder(1.0), audit_enabled=False) as guard:
        started = time.perf_counter()
        verdict = await guard.check(draw_capture(3002, malicious=False), timeout=0.1)
        assert time.perf_counter() - started < 0.9
    assert verdict.status is Status.ERROR and verdict.decision is Decision.BLOCK
    assert "VerdictTimeoutError" in verdict.reason


async def test_event_loop_keeps_running_while_the_model_works(fake_model_dir: Path) -> None:
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    task = asyncio.create_task(ticker())
    with Guard(fake_model_dir, image_embedder=SlowEmbedder(0.3), audit_enabled=False) as guard:
        await guard.check(draw_capture(3003, malicious=False))
    task.cancel()
    assert ticks >= 10  # the loop ticked throughout the 0.3 s of model work


def test_explicit_policy_and_thresholds(fake_model_dir: Path) -> None:
    policy = Policy(Thresholds(flag=0.0, block=1.0))
    with Guard(fake_model_dir, audit_enabled=False, policy=policy) as guard:
        assert guard.check_sync(draw_capture(3004, malicious=True)).decision is Decision.FLAG
    with Guard(fake_model_dir, audit_enabled=False, block_threshold=1.0, flag_threshold=1.0) as guard:
        assert guard.check_sync(draw_capture(3004, malicious=True)).decision is Decision.ALLOW


def test_verdict_records_the_thresholds_it_was_decided_with(fake_model_dir: Path) -> None:
    # model_id names only the weights; the thresholds (stored, from settings, or per action) are part of the decision
    strict = Thresholds(flag=0.1, block=0.2)
    policy = Policy(Thresholds(flag=0.3, block=0.8), action_overrides={"type": strict})
    with Guard(fake_model_dir, audit_enabled=False, policy=policy) as guard:
        capture = draw_capture(3005, malicious=True)
        assert guard.check_sync(capture, action="click").thresholds == {"flag": 0.3, "block": 0.8}
        assert guard.check_sync(capture, action="type").thresholds == {"flag": 0.1, "block": 0.2}
        assert guard.check_sync(b"not an image").thresholds == {}  # no score, so no threshold was applied
    with Guard(fake_model_dir, audit_enabled=False) as guard:
        stored = guard.model
        assert guard.check_sync(capture).thresholds == {"flag": stored.flag_threshold, "block": stored.block_threshold}


def test_missing_model_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not a guard-model folder"):
        Guard(tmp_path / "nope", audit_enabled=False)
    with pytest.raises(ConfigurationError):
        Guard(tmp_path, audit_enabled=False, block_threshold=2.0)


def test_check_sync_from_many_threads(fake_model_dir: Path) -> None:
    results: list[Decision] = []
    with Guard(fake_model_dir, audit_enabled=False) as guard:
        threads = [threading.Thread(target=lambda i=i: results.append(
            guard.check_sync(draw_capture(4000 + i, malicious=True)).decision)) for i in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert results == [Decision.BLOCK] * 4


def test_fail_mode_enum_accepts_strings(fake_model_dir: Path) -> None:
    with Guard(fake_model_dir, audit_enabled=False, fail_mode="open") as guard:
        assert guard.policy.fail_mode is FailMode.OPEN
