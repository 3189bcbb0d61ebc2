"""Middleware overhead: what a guarded Playwright page adds to an agent's step, and what 16 pages at once cost.

    .venv/bin/python bench/overhead.py --guard fake --steps 40 --think 1.0

Part 1, the agent loop. A scripted agent does ``capture -> think -> act`` over local pages (a stdlib HTTP server on
127.0.0.1): screenshot, ``asyncio.sleep(think)`` standing in for the LLM call, then an action (a click that changes
the page, a ``fill``, or a ``goto`` to the next page every few steps, so that every capture is new and the guard's
cache never answers). The same script runs on a raw page (baseline) and on a page guarded by
``guard.protect(page)``, in one process and one browser, the two taking turns step by step (alternating which goes
first) so that both see the same machine. Reported: step time (capture + think + act) p50/p95 for both; the added
latency per step = guarded step minus the baseline step of the same index (same action), p50/p95, and p95 as a
share of the median step; the time the action spent waiting for its verdict (the gate); the share of steps whose
verdict was ready before the action.

Part 2, concurrency. ``--pages`` guarded pages in one context run ``change the page -> screenshot -> click`` in a
loop for ``--rounds`` rounds each, all at once; reported: verdicts per second, the guard's micro-batch sizes, and
the event-loop lag (a ticker task that sleeps 5 ms and records how late it wakes up: p50/p99/max). The same
workload on raw pages gives the baseline lag and screenshots per second in the same run.

``--guard fake``: a guard fitted here on fake image features (``FakeImageEmbedder``, Pillow renderings); it costs
what decoding a 1280x720 PNG and a few numpy statistics cost, so it measures the middleware's plumbing, not a
model. ``--guard bundled``: ``Guard()`` with the bundled model (models/default; OCR + MiniLM), the real cost.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from common import Ticker

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from agent_guard.browser import import_async_playwright, launch_chromium  # noqa: E402
from agent_guard.demo.server import PageServer  # noqa: E402
from agent_guard.errors import ActionBlocked  # noqa: E402

VIEWPORT = {"width": 1280, "height": 720}
N_PAGES = 5

PAGE = """<!doctype html><html><head><title>Shop {n}</title><style>
body {{ margin: 0; font-family: 'DejaVu Sans', sans-serif; background: #fafafa; color: #222; }}
header {{ background: #334; color: #fff; padding: 14px 24px; font-size: 20px; }}
main {{ display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 18px; padding: 24px; }}
.card {{ background: #fff; border: 1px solid #ddd; border-radius: 8px; padding: 14px; }}
.pic {{ height: 90px; background: hsl({hue}, 45%, 75%); border-radius: 6px; margin-bottom: 8px; }}
</style></head><body>
<header>Outdoor shop &middot; page {n} &middot; step <span id="step">{step}</span></header>
<main>{cards}</main>
<div style="padding: 0 24px">Cart: <span id="count">0</span> items
<button id="btn" onclick="var c=document.getElementById('count'); c.textContent=String(Number(c.textContent)+1)">
Add to cart</button> <input id="q" placeholder="Search products"></div>
</body></html>"""
CARD = '<div class="card"><div class="pic"></div><b>{name}</b><p>{text}</p></div>'
NAMES = ["Trail kettle", "Camp stove", "Down jacket", "Head torch", "Rain shell", "Wool socks", "Dry bag",
         "Map case", "Tent pegs"]


def page_html(n: int, step: int) -> str:
    rng = random.Random(n)
    cards = "".join(
        CARD.format(name=name, text=f"{rng.randint(10, 99)}.99 EUR, ships in {rng.randint(1, 5)} days")
        for name in rng.sample(NAMES, 6)
    )
    return PAGE.format(n=n, step=step, hue=(n * 67) % 360, cards=cards)


def respond(request_path: str) -> tuple[int, str] | None:
    """``/p<n>?step=<k>``: page ``n`` at step ``k``; anything else a 404."""
    path, _, query = request_path.partition("?")
    try:
        n = int(path.strip("/").removeprefix("p"))
        step = int(dict(p.split("=") for p in query.split("&") if "=" in p).get("step", "0"))
    except ValueError:
        return None
    return 200, page_html(n, step)


def fake_guard(folder: Path) -> Any:
    """A guard on fake image features fitted on Pillow renderings (benign pages vs big red pop-ups)."""
    from PIL import Image, ImageDraw

    from agent_guard.embedders.fake import fit_fake_image_guard
    from agent_guard.guard import Guard

    rng = random.Random(0)

    def render(malicious: bool) -> bytes:
        image = Image.new("RGB", (1280, 720), (250, 250, 250))
        draw = ImageDraw.Draw(image)
        draw.rectangle([0, 0, 1280, 50], fill=(50, 50, 68))
        for _ in range(rng.randint(4, 9)):
            x, y = rng.randint(20, 900), rng.randint(70, 680)
            draw.rectangle([x, y, x + rng.randint(120, 360), y + rng.randint(60, 160)], fill=(255, 255, 255),
                           outline=(220, 220, 220))
        if malicious:
            w, h = rng.randint(400, 800), rng.randint(250, 450)
            x, y = rng.randint(0, 1280 - w), rng.randint(0, 720 - h)
            draw.rectangle([x, y, x + w, y + h], fill=(220, 20, 20))
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        return buffer.getvalue()

    labels = [i % 2 for i in range(24)]
    fit_fake_image_guard([render(bool(y)) for y in labels], labels, folder / "model", name="bench-fake-guard", min_threshold=0.5)
    return Guard(folder / "model", audit_dir=folder / "audit")


def bundled_guard(folder: Path) -> Any:
    from agent_guard.errors import ModelError
    from agent_guard.guard import Guard

    try:
        return Guard(audit_dir=folder / "audit")
    except ModelError as exc:
        raise SystemExit(f"--guard bundled: {exc}")


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


# -- part 1 --------------------------------------------------------------------------------------------------------


class Probe:
    """Timestamps on the raw Playwright page: when its screenshot returned, when its action started.

    Installed on both pages, it separates what the middleware adds directly (guarded: the screenshot hook between
    Playwright's bytes and the agent, and the gate between the agent's call and Playwright's action) from the
    browser's own, much noisier, timings. On the baseline page the same numbers are the probe's own cost.
    """

    def __init__(self, raw: Any) -> None:
        self.shot_done = 0.0
        self.act_start = 0.0
        screenshot = raw.screenshot

        async def timed_screenshot(*args: Any, **kwargs: Any) -> bytes:
            data = await screenshot(*args, **kwargs)
            self.shot_done = time.perf_counter()
            return data

        raw.screenshot = timed_screenshot
        for name in ("click", "fill", "goto"):
            setattr(raw, name, self._timed_action(getattr(raw, name)))

    def _timed_action(self, method: Any) -> Any:
        async def timed(*args: Any, **kwargs: Any) -> Any:
            self.act_start = time.perf_counter()
            return await method(*args, **kwargs)

        return timed


async def one_step(page: Any, probe: Probe, base: str, i: int, think: float, out: dict[str, list[float]]) -> None:
    """capture -> think -> act, once; appends its timings (ms) to ``out``."""
    started = time.perf_counter()
    await page.screenshot()
    captured = time.perf_counter()
    await asyncio.sleep(think)  # the LLM call
    acting = time.perf_counter()
    if i % 6 == 5:
        await page.goto(f"{base}/p{(i // 6 + 1) % N_PAGES}?step={i}")
    elif i % 3 == 1:
        await page.fill("#q", f"kettle {i}")
    else:
        await page.click("#btn")
    done = time.perf_counter()
    out["step"].append((done - started) * 1000)
    out["capture"].append((captured - started) * 1000)
    out["act"].append((done - acting) * 1000)
    out["direct"].append(((captured - probe.shot_done) + (probe.act_start - acting)) * 1000)


async def part_one(browser: Any, guard: Any, base: str, steps: int, think: float) -> dict[str, Any]:
    """The same script on a raw and on a guarded page, step by step in turns (alternating which goes first)."""
    # one context (one window) each: a second tab of one window would be a background tab, which Chromium paints
    # less eagerly, and the comparison would measure that instead of the guard
    contexts = [await browser.new_context(viewport=VIEWPORT) for _ in range(2)]
    raw = await contexts[0].new_page()
    raw_guarded = await contexts[1].new_page()
    probes = {"baseline": Probe(raw), "guarded": Probe(raw_guarded)}
    gpage = guard.protect(raw_guarded)
    pages = {"baseline": raw, "guarded": gpage}
    keys = ("step", "capture", "act", "direct")
    timings: dict[str, dict[str, list[float]]] = {k: {key: [] for key in keys} for k in pages}
    warm: dict[str, list[float]] = {key: [] for key in keys}
    for name, page in pages.items():
        await page.goto(f"{base}/p0?step=0")
        for i in range(3):  # warm-up: first-call costs, browser caches
            await one_step(page, probes[name], base, i, 0.05, warm)
    blind_before = gpage.guard_stats["blind_captures"]
    for i in range(steps):
        order = ("baseline", "guarded") if i % 2 == 0 else ("guarded", "baseline")
        for name in order:
            await one_step(pages[name], probes[name], base, i, think, timings[name])
    blind = gpage.guard_stats["blind_captures"] - blind_before
    gates = [v for v in gpage.verdicts if v.action is not None][-steps:]  # the measured steps' actions
    await gpage.drain()
    for context in contexts:
        await context.close()
    baseline, guarded = timings["baseline"], timings["guarded"]
    gate_ms = [v.timings_ms.get("gate_wait_ms", float("nan")) for v in gates]
    ready = [v.timings_ms.get("ready", 0.0) for v in gates]
    paired = [g - b for g, b in zip(guarded["step"], baseline["step"])]
    return {
        "steps": steps, "think_s": think,
        "baseline_step_p50": pct(baseline["step"], 50), "baseline_step_p95": pct(baseline["step"], 95),
        "guarded_step_p50": pct(guarded["step"], 50), "guarded_step_p95": pct(guarded["step"], 95),
        "added_p50": pct(guarded["step"], 50) - pct(baseline["step"], 50),
        "added_p95": pct(guarded["step"], 95) - pct(baseline["step"], 95),
        "added_paired_p50": pct(paired, 50), "added_paired_p95": pct(paired, 95),
        "added_p95_share_of_step": pct(paired, 95) / pct(baseline["step"], 50),
        "direct_p50": pct(guarded["direct"], 50), "direct_p95": pct(guarded["direct"], 95),
        "direct_max": max(guarded["direct"]), "direct_p95_share_of_step": pct(guarded["direct"], 95)
        / pct(baseline["step"], 50),
        "probe_p95": pct(baseline["direct"], 95),
        "baseline_capture_p50": pct(baseline["capture"], 50), "guarded_capture_p50": pct(guarded["capture"], 50),
        "baseline_act_p50": pct(baseline["act"], 50), "baseline_act_p95": pct(baseline["act"], 95),
        "guarded_act_p50": pct(guarded["act"], 50), "guarded_act_p95": pct(guarded["act"], 95),
        "gate_wait_p50": pct(gate_ms, 50), "gate_wait_p95": pct(gate_ms, 95), "gate_wait_max": max(gate_ms),
        "ready_share": sum(ready) / len(ready) if ready else float("nan"), "gated_actions": len(gates),
        "blind_captures": blind,
    }


# -- part 2 --------------------------------------------------------------------------------------------------------


async def many_pages(pages: list[Any], rounds: int, guarded: bool) -> tuple[float, int]:
    async def worker(index: int, page: Any) -> int:
        done = 0
        for r in range(rounds):
            await page.evaluate("s => { document.getElementById('step').textContent = s }", f"{index}-{r}")
            await page.screenshot()
            try:
                await page.click("#btn")
            except ActionBlocked:
                pass
            done += 1
        return done

    started = time.perf_counter()
    counts = await asyncio.gather(*(worker(i, p) for i, p in enumerate(pages)))
    if guarded:
        for page in pages:
            await page.latest_verdict()
    return time.perf_counter() - started, sum(counts)


async def part_two(browser: Any, guard: Any, base: str, n_pages: int, rounds: int) -> dict[str, Any]:
    results: dict[str, Any] = {"pages": n_pages, "rounds": rounds}
    for guarded in (False, True):
        context = await browser.new_context(viewport=VIEWPORT)
        target = guard.protect(context) if guarded else context
        pages = [await target.new_page() for _ in range(n_pages)]
        await asyncio.gather(*(p.goto(f"{base}/p{i % N_PAGES}?step=0") for i, p in enumerate(pages)))
        await many_pages(pages, 1, guarded)  # warm-up
        before = dict(guard.stats)
        async with Ticker(period=0.005) as ticker:
            elapsed, done = await many_pages(pages, rounds, guarded)
        key = "guarded" if guarded else "baseline"
        results[f"{key}_seconds"] = elapsed
        results[f"{key}_captures_per_s"] = done / elapsed
        results[f"{key}_lag_p50"] = pct(ticker.lags, 50)
        results[f"{key}_lag_p99"] = pct(ticker.lags, 99)
        results[f"{key}_lag_max"] = max(ticker.lags)
        if guarded:
            batches = guard.stats["batches"] - before["batches"]
            captures = guard.stats["captures"] - before["captures"]
            results["verdicts_per_s"] = captures / elapsed
            results["batches"] = batches
            results["mean_batch"] = captures / batches if batches else float("nan")
            results["max_batch"] = guard.stats["max_batch"]
            await target.drain()
        await context.close()
    return results


# -- report --------------------------------------------------------------------------------------------------------


def machine() -> str:
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, check=True).stdout
        model = next(line.split(":", 1)[1].strip() for line in out.splitlines() if line.startswith("Model name"))
    except Exception:  # noqa: BLE001
        model = platform.processor() or "unknown CPU"
    import os

    return f"{model}, {os.cpu_count()} CPU cores, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def report(one: dict[str, Any], two: dict[str, Any], guard_kind: str, command: str) -> str:
    f = lambda v: f"{v:.1f}"  # noqa: E731
    return "\n".join([
        f"Command: `{command}` (guard: {guard_kind}); machine: {machine()}.",
        "",
        f"**Agent loop** ({one['steps']} steps of capture -> think {one['think_s']:g} s -> act; click / fill / goto;"
        " baseline = the same script on a raw page in the same browser, the two taking turns step by step):",
        "",
        "| | baseline | guarded | difference |",
        "|---|---|---|---|",
        f"| step time p50 (ms) | {f(one['baseline_step_p50'])} | {f(one['guarded_step_p50'])} | {f(one['added_p50'])} |",
        f"| step time p95 (ms) | {f(one['baseline_step_p95'])} | {f(one['guarded_step_p95'])} | {f(one['added_p95'])} |",
        f"| screenshot call p50 (ms) | {f(one['baseline_capture_p50'])} | {f(one['guarded_capture_p50'])} | |",
        f"| action call p50 / p95 (ms) | {f(one['baseline_act_p50'])} / {f(one['baseline_act_p95'])} | "
        f"{f(one['guarded_act_p50'])} / {f(one['guarded_act_p95'])} | |",
        "",
        f"**Latency the middleware adds to a step, measured directly** (screenshot hook + action gate, timed "
        f"against probes on the raw page): p50 {one['direct_p50']:.2f} ms, p95 {one['direct_p95']:.2f} ms, max "
        f"{one['direct_max']:.2f} ms = {100 * one['direct_p95_share_of_step']:.3f}% of the median step at p95 "
        f"(the probe itself, on the baseline page: p95 {one['probe_p95']:.2f} ms).",
        "",
        f"End to end, guarded step minus baseline step of the same index: p50 {f(one['added_paired_p50'])} ms, "
        f"p95 {f(one['added_paired_p95'])} ms = {100 * one['added_p95_share_of_step']:.2f}% of the "
        f"{f(one['baseline_step_p50'])} ms median step (difference of the percentiles: p50 {f(one['added_p50'])} "
        f"ms, p95 {f(one['added_p95'])} ms). "
        f"Gate wait (time an action waited for its verdict): p50 {one['gate_wait_p50']:.2f} ms, "
        f"p95 {one['gate_wait_p95']:.2f} ms, max {one['gate_wait_max']:.2f} ms. "
        f"Verdict ready before the action: {100 * one['ready_share']:.0f}% of {one['gated_actions']} steps "
        f"({one['blind_captures']} blind captures).",
        "",
        f"**{two['pages']} concurrent pages** ({two['rounds']} rounds each of change -> screenshot -> click):",
        "",
        "| | baseline (raw pages) | guarded |",
        "|---|---|---|",
        f"| captures per second | {f(two['baseline_captures_per_s'])} | {f(two['guarded_captures_per_s'])} |",
        f"| verdicts per second | - | {f(two['verdicts_per_s'])} |",
        f"| event-loop lag p50 / p99 / max (ms) | {two['baseline_lag_p50']:.2f} / {two['baseline_lag_p99']:.2f} / "
        f"{two['baseline_lag_max']:.2f} | {two['guarded_lag_p50']:.2f} / {two['guarded_lag_p99']:.2f} / "
        f"{two['guarded_lag_max']:.2f} |",
        f"| guard micro-batches (mean / max size) | - | {two['batches']} ({two['mean_batch']:.1f} / "
        f"{two['max_batch']}) |",
    ])


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    site = PageServer(respond)
    site.start()
    base = site.base_url
    with tempfile.TemporaryDirectory(prefix="agent-guard-bench-") as tmp:
        guard = fake_guard(Path(tmp)) if args.guard == "fake" else bundled_guard(Path(tmp))
        try:
            async with import_async_playwright()() as playwright:
                browser = await launch_chromium(playwright)
                one = await part_one(browser, guard, base, args.steps, args.think)
                two = await part_two(browser, guard, base, args.pages, args.rounds)
                await browser.close()
        finally:
            guard.close()
            site.close()
    return {"part1": one, "part2": two}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--guard", choices=("fake", "bundled"), default="fake")
    parser.add_argument("--steps", type=int, default=40)
    parser.add_argument("--think", type=float, default=1.0, help="seconds the scripted agent 'thinks' per step")
    parser.add_argument("--pages", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    args = parser.parse_args()
    results = asyncio.run(main_async(args))
    command = "python bench/overhead.py " + " ".join(sys.argv[1:])
    print(report(results["part1"], results["part2"], args.guard, command.strip()))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    one = results["part1"]
    print(f"\ntarget p95 added < 5% of step time: direct {100 * one['direct_p95_share_of_step']:.3f}%, "
          f"end to end {100 * one['added_p95_share_of_step']:.2f}% (noise of the browser included)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
