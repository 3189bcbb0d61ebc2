"""What `agent-guard scan URL` costs and what the DOM text changes, against scanning a capture of the same page.

    .venv/bin/python bench/page_scan.py --rounds 3 --out runs/page-scan.json

The demo shop's ten pages (three carry an injection) are served on 127.0.0.1. For each page, in one process with
one guard (default: the bundled guard, OCR + MiniLM) and one Chromium, two ways take turns, alternating which goes
first so that both see the same machine:

* ``page``: ``PageScanner.scan(url)`` with ``--settle-ms`` (default 0, so the figure is the scan's own work): a
  fresh browser context, load, screenshot, DOM text, verdict through the middleware.
* ``capture`` (the baseline): a raw page already open on the same URL takes a screenshot, and ``guard.check_sync``
  classifies the bytes (what `agent-guard scan FILE` does with a saved capture: OCR only, no page load).

The guard's verdict cache is off (``cache_size=0``), so no verdict is a cache hit. Reported: median and p95
seconds per page for each way, and per page both scores and decisions.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from agent_guard.browser import import_async_playwright, launch_chromium
from agent_guard.demo.shop import INJECTED_PATHS, ShopServer
from agent_guard.guard import Guard
from agent_guard.pagescan import PageScanner
from agent_guard.provenance import machine_description

SHOP_PATHS = ("/", "/search?q=headphones", "/product/1", "/product/2", "/product/3", "/cart", "/checkout", "/deals",
              "/account", "/order/confirmed")


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


async def run(args: argparse.Namespace) -> dict[str, Any]:
    times: dict[str, list[float]] = {"page": [], "capture": []}
    pages: dict[str, dict[str, Any]] = {}
    # cache_size=0: every verdict is computed, none answered from the guard's verdict cache
    with Guard(args.model, audit_enabled=False, cache_size=0) as guard, ShopServer() as shop:
        async with import_async_playwright()() as playwright:
            browser = await launch_chromium(playwright)
            raw = await browser.new_page(viewport={"width": 1280, "height": 720})
            async with PageScanner(guard, settle_ms=args.settle_ms) as scanner:
                for round_number in range(args.rounds):
                    for index, path in enumerate(SHOP_PATHS):
                        url = shop.url(path)
                        order = ("page", "capture") if (round_number + index) % 2 == 0 else ("capture", "page")
                        for way in order:
                            started = time.perf_counter()
                            if way == "page":
                                verdict = (await scanner.scan(url)).verdict
                            else:
                                await raw.goto(url)
                                started = time.perf_counter()  # the baseline starts from a page already loaded
                                verdict = guard.check_sync(await raw.screenshot())
                            times[way].append(time.perf_counter() - started)
                            pages.setdefault(path, {"injected": path.split("?")[0] in INJECTED_PATHS})[way] = {
                                "score": round(verdict.score, 4) if verdict.score is not None else None,
                                "decision": verdict.decision.value, "text_sources": list(verdict.text_sources),
                            }
            await browser.close()
        model_id = guard.model.model_id
    return {
        "machine": machine_description(), "model_id": model_id, "rounds": args.rounds,
        "settle_ms": args.settle_ms,
        "seconds": {way: {"median": round(statistics.median(v), 3), "p95": round(p95(v), 3), "n": len(v)}
                    for way, v in times.items()},
        "pages": pages,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=None, help="guard-model folder (default: the bundled guard)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--settle-ms", type=int, default=0)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    result = asyncio.run(run(args))
    text = json.dumps(result, indent=1)
    print(text)
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
