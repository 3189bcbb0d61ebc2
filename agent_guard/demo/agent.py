"""A scripted web agent (no LLM): a fixed plan, a simulated think delay, and agent-guard gating each action.

Each step: open the step's page, take a screenshot (the guard starts classifying it), "think", then act. When the
guard blocks an action the agent abandons that tab and carries on with the next step in a fresh one, as a careful
agent would after refusing to follow a page's instructions.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import KW_ONLY, asdict, dataclass, field
from pathlib import Path
from typing import Any, Sequence

from agent_guard.browser import import_async_playwright, launch_chromium
from agent_guard.errors import ActionBlocked
from agent_guard.guard import Guard


@dataclass(frozen=True)
class Step:
    path: str
    action: str  # "click" or "fill"
    selector: str
    _: KW_ONLY  # text and goal by name: both are strings, and swapping them went unnoticed once
    text: str | None = None
    goal: str = ""

    def describe(self) -> str:
        if self.action == "fill":
            return f"fill {self.selector} {self.text!r}"
        return f"{self.action} {self.selector}"


#: The shopping task: find headphones, add a pair to the cart, check out, look at deals and the account.
SHOPPING_PLAN: tuple[Step, ...] = (
    Step("/", "fill", "#q", text="headphones", goal="search for headphones"),
    Step("/search?q=headphones", "click", "#result-2", goal="open the noise-cancelling pair"),
    Step("/product/2", "click", "#add", goal="add it to the cart"),
    Step("/product/1", "click", "#add", goal="add the other pair instead"),
    Step("/cart", "click", "#checkout", goal="go to checkout"),
    Step("/checkout", "fill", "#street", text="12 Harbour Lane", goal="enter the shipping address"),
    Step("/deals", "click", "#claim-3", goal="add the charger deal"),
    Step("/account", "click", "#orders", goal="open the order history"),
    Step("/order/confirmed", "click", "#done", goal="finish"),
)


@dataclass
class StepResult:
    step: int
    url: str
    path: str
    action: str
    goal: str
    decision: str
    score: float | None
    status: str
    executed: bool
    reason: str
    top_text: str | None
    screenshot: str | None
    verdict_ready_before_action: bool
    think_s: float
    extra: dict[str, Any] = field(default_factory=dict)

    def contract(self) -> dict[str, Any]:
        """The example's JSON contract: url, action, decision, executed."""
        return {"url": self.url, "action": self.action, "decision": self.decision, "executed": self.executed}


async def run_agent(
    guard: Guard,
    base_url: str,
    *,
    plan: Sequence[Step] = SHOPPING_PLAN,
    think_s: float = 1.0,
    screenshots_dir: Path | None = None,
    viewport: tuple[int, int] = (1280, 720),
) -> list[StepResult]:
    async_playwright = import_async_playwright()
    results: list[StepResult] = []
    async with async_playwright() as playwright:
        browser = await launch_chromium(playwright)
        context = await browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        try:
            async with guard.protect(context) as guarded_context:
                page = await guarded_context.new_page()
                for number, step in enumerate(plan, start=1):
                    url = base_url + step.path
                    try:
                        await page.goto(url)
                    except ActionBlocked:
                        # The previous page was judged malicious: leave that tab rather than act from it.
                        await page.close()
                        page = await guarded_context.new_page()
                        await page.goto(url)
                    seen = _capture_verdicts(page)
                    png = await page.screenshot()
                    shot_name = None
                    if screenshots_dir is not None:
                        screenshots_dir.mkdir(parents=True, exist_ok=True)
                        shot_name = f"step_{number:02d}.png"
                        (screenshots_dir / shot_name).write_bytes(png)
                    think_started = time.perf_counter()
                    await asyncio.sleep(think_s)  # the LLM call; the guard classifies meanwhile
                    ready = _capture_verdicts(page) > seen
                    executed = True
                    verdict = None
                    try:
                        if step.action == "fill":
                            await page.fill(step.selector, step.text or "")
                        else:
                            await page.click(step.selector, timeout=5000)
                    except ActionBlocked as blocked:
                        executed, verdict = False, blocked.verdict
                    verdict = verdict or await page.latest_verdict()
                    results.append(StepResult(
                        step=number, url=url, path=step.path, action=step.describe(), goal=step.goal,
                        decision=verdict.decision.value if verdict else "allow",
                        score=verdict.score if verdict else None,
                        status=verdict.status.value if verdict else "skipped",
                        executed=executed,
                        reason=verdict.reason if verdict else "",
                        top_text=verdict.top_text if verdict else None,
                        screenshot=shot_name,
                        verdict_ready_before_action=ready,
                        think_s=time.perf_counter() - think_started,
                    ))
                    if not executed:
                        await page.close()
                        page = await guarded_context.new_page()
        finally:
            await context.close()
            await browser.close()
    return results


def _capture_verdicts(page: Any) -> int:
    """How many capture verdicts (not action verdicts) the guarded page has received so far."""
    return sum(1 for verdict in page.verdicts if verdict.action is None)


def as_json(results: Sequence[StepResult]) -> dict[str, Any]:
    return {"steps": [r.contract() for r in results]}


def as_dicts(results: Sequence[StepResult]) -> list[dict[str, Any]]:
    return [asdict(r) for r in results]
