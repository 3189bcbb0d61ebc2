"""``ComputerUseAdapter``: the same screenshot hook and gate for agent loops that are not raw Playwright."""

from __future__ import annotations

import asyncio
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from agent_guard.errors import ActionBlocked, ConfigurationError
from agent_guard.middleware import ComputerUseAdapter
from agent_guard.policy import Policy, Thresholds
from agent_guard.types import ActionKind, Decision, Status
from tests.middleware.helpers import render, sha256

REPO = Path(__file__).resolve().parents[2]


class Env:
    """A fake computer: the screen is benign or injected; actions are recorded."""

    def __init__(self, malicious: bool = False, *, as_image: bool = False) -> None:
        self.malicious = malicious
        self.as_image = as_image
        self.done: list[str] = []
        self.shots = 0

    def screenshot(self) -> Any:
        self.shots += 1
        data = render(self.malicious, random.Random(self.shots))
        if self.as_image:
            import io

            return Image.open(io.BytesIO(data))
        return data

    async def click(self, x: int, y: int) -> str:
        self.done.append(f"click {x} {y}")
        return "ok"

    def type(self, text: str) -> None:  # a plain method works too
        self.done.append(f"type {text}")

    async def navigate(self, url: str) -> None:
        self.malicious = "evil" in url
        self.done.append(f"navigate {url}")

    def cursor_position(self) -> tuple[int, int]:  # not an action: passed through untouched
        return (1, 2)


async def test_adapter_blocks_on_an_injected_screen(guard) -> None:
    env = Env(malicious=True)
    blocked: list[str] = []
    async with ComputerUseAdapter(guard, env, on_block=lambda v, a: blocked.append(a)) as agent:
        shot = await agent.screenshot()
        with pytest.raises(ActionBlocked) as caught:
            await agent.type("hunter2")
    assert env.done == [] and blocked == ["type"]
    assert caught.value.verdict.capture_sha256 == sha256(shot) and caught.value.action == "type"
    assert agent.cursor_position() == (1, 2) and agent.env is env


async def test_adapter_lets_benign_actions_through_and_returns_their_results(guard) -> None:
    env = Env()
    agent = ComputerUseAdapter(guard, env)
    await agent.screenshot()
    assert await agent.click(3, 4) == "ok"
    await agent.type("hello")
    assert env.done == ["click 3 4", "type hello"]
    verdict = await agent.latest_verdict()
    assert verdict is not None and verdict.decision is Decision.ALLOW
    assert agent.guard_stats["blind_captures"] == 0 and env.shots == 1


async def test_adapter_navigation_makes_the_screen_stale(guard) -> None:
    env = Env()
    agent = ComputerUseAdapter(guard, env)
    await agent.screenshot()
    await agent.navigate("https://evil.example/")  # judged by the benign screen: allowed
    with pytest.raises(ActionBlocked):  # no screenshot since: the guard takes one, and it is injected
        await agent.click(1, 1)
    assert agent.guard_stats["blind_captures"] == 1 and env.shots == 2
    assert env.done == ["navigate https://evil.example/"]


async def test_adapter_accepts_pil_screens_action_maps_and_options(guard) -> None:
    env = Env(malicious=True, as_image=True)
    guard.policy = Policy(Thresholds(0.5, 0.5), action_overrides={ActionKind.POINTER: Thresholds(0.5, 1.0)})
    flagged: list[str] = []
    agent = ComputerUseAdapter(
        guard, env, actions={"click": ActionKind.POINTER, "type": "type"}, on_flag=lambda v, a: flagged.append(a),
        blind_policy="fail",
    )
    with pytest.raises(ActionBlocked) as caught:  # blind, and blind_policy="fail"
        await agent.click(1, 1)
    assert caught.value.verdict.status is Status.ERROR
    shot = await agent.screenshot()
    assert shot.startswith(b"\x89PNG")
    assert await agent.click(1, 1) == "ok" and flagged == ["click"]  # pointer actions only flag here
    with pytest.raises(ActionBlocked):
        await agent.type("x")
    with pytest.raises(ConfigurationError):
        ComputerUseAdapter(guard, object())
    with pytest.raises(ConfigurationError):
        ComputerUseAdapter(guard, env, blind_policy="maybe")


async def test_adapter_screenshots_overlap_the_think_time(make_guard) -> None:
    guard = make_guard(audit_enabled=False)
    agent = ComputerUseAdapter(guard, Env())
    loop = asyncio.get_running_loop()
    started = loop.time()
    await agent.screenshot()
    returned = loop.time() - started
    await asyncio.sleep(0.3)  # think
    verdict = await agent.verdict_for("click")
    assert verdict.timings_ms["ready"] == 1.0  # classified while the agent was thinking
    assert verdict.timings_ms["gate_wait_ms"] < 50 and returned < 0.2


def test_example_runs() -> None:
    # hash seed 9 moved the live pop-up where the demo guard missed it while the screens were seeded with hash(url)
    result = subprocess.run(
        [sys.executable, str(REPO / "examples" / "computer_use_loop.py"), "--think", "0.05"],
        capture_output=True, text=True, timeout=120, cwd=REPO, env={**os.environ, "PYTHONHASHSEED": "9"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BLOCKED" in result.stdout and "type 'hunter2'" not in result.stdout.split("what reached")[1]


async def test_a_long_running_agent_keeps_only_the_latest_verdicts(guard) -> None:
    env = Env()
    agent = ComputerUseAdapter(guard, env, keep_verdicts=3)
    for step in range(5):
        await agent.screenshot()
        await agent.click(step, step)
    await agent.drain()
    kept = agent.verdicts
    assert len(kept) == 3 and kept[-1].action == "click"  # the newest three, in order
    assert agent.guard_stats["actions"] == 5 and env.done[-1] == "click 4 4"
    for bad in (0, -1, 2.5, True):
        with pytest.raises(ConfigurationError, match="keep_verdicts"):
            ComputerUseAdapter(guard, env, keep_verdicts=bad)
