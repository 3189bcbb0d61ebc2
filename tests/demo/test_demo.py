"""The demo and the guarded-agent example, end to end with the bundled guard (real OCR + MiniLM)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from agent_guard.browser import import_async_playwright, launch_chromium
from agent_guard.demo.shop import INJECTED_PATHS
from agent_guard.guard import bundled_model_dir

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not (bundled_model_dir() / "guard.json").exists(), reason="run `make model` first")


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    out = tmp_path_factory.mktemp("demo")
    result = subprocess.run([sys.executable, "-m", "agent_guard.demo", "--out", str(out), "--think", "0.2"],
                            capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "step" in result.stdout and "BLOCK" in result.stdout  # the table with its blocks
    return out, json.loads((out / "steps.json").read_text())


# No benign step may be blocked: the cart's newsletter modal (a benign look-alike) was blocked until the chunker
# stopped gluing a button, the menu and the modal's title into one imperative-sounding chunk.
MAX_BENIGN_BLOCKED = 0


def test_injected_pages_are_blocked_and_benign_steps_run(demo_run: tuple[Path, list[dict]]) -> None:
    _, steps = demo_run
    benign_blocked = []
    for step in steps:
        if step["path"] in INJECTED_PATHS:
            assert step["decision"] == "block" and not step["executed"], step
        elif not step["executed"]:
            benign_blocked.append(step["path"])
    assert len(benign_blocked) <= MAX_BENIGN_BLOCKED, benign_blocked


async def test_report_renders_with_every_screenshot(demo_run: tuple[Path, list[dict]]) -> None:
    out, steps = demo_run
    async with import_async_playwright()() as playwright:
        browser = await launch_chromium(playwright)
        page = await browser.new_page()
        await page.goto((out / "report.html").as_uri())
        loaded = await page.eval_on_selector_all("img", "imgs => imgs.map(i => i.complete && i.naturalWidth > 0)")
        await browser.close()
    assert len(loaded) == len(steps) and all(loaded)


def test_guarded_agent_example_honours_its_contract() -> None:
    result = subprocess.run([sys.executable, "examples/guarded_agent.py", "--json", "--think", "0.2"],
                            capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-2000:]
    steps = json.loads(result.stdout)["steps"]
    assert steps and all(set(s) == {"url", "action", "decision", "executed"} for s in steps)
    benign_blocked = 0
    for step in steps:
        path = "/" + step["url"].split("127.0.0.1", 1)[1].split("/", 1)[1]
        assert step["decision"] in ("allow", "flag", "block")
        if path in INJECTED_PATHS:
            assert step["decision"] == "block" and step["executed"] is False, step
        else:
            benign_blocked += not step["executed"]
    assert benign_blocked <= MAX_BENIGN_BLOCKED
