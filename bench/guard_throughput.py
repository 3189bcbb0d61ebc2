"""How many captures one ``Guard`` (image channel, OpenCLIP) classifies per second for many concurrent agents.

    .venv/bin/python bench/guard_throughput.py --png-dir DIR [--device cuda] [--agents 1 16 64]

Each "agent" is a coroutine that checks PNG captures (bytes, as a Playwright screenshot returns them) one after
another with no think time, so this is the guard saturated: the ceiling of verdicts per second, not an agent's
experience (``bench/overhead.py`` measures that with a browser). The verdict cache is off (``cache_size=0``), so
every check is decoded and embedded. Configurations, all in one run on the same captures, after a warm-up each:

* ``max_batch_size=1, decode_workers=1``: no micro-batching (one forward pass per capture);
* ``max_batch_size=B, decode_workers=1``: micro-batching, decoding one capture after another;
* ``max_batch_size=B, decode_workers=W``: micro-batching with parallel PNG decoding (the default settings).

Reported per configuration and agent count: verdicts/s, latency p50/p95 per check, mean batch size, event-loop
lag p99. Weights are UNTRAINED and the head is arbitrary: speed only, no detection quality.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any, Sequence

import numpy as np

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
sys.path.insert(0, str(ROOT))

from common import Ticker  # noqa: E402


async def _saturate(guard: Any, pngs: Sequence[bytes], agents: int, checks: int) -> dict[str, Any]:
    latencies: list[float] = []
    counter = iter(range(checks))
    batches_before, captures_before = guard.stats["batches"], guard.stats["captures"]

    async def agent(offset: int) -> None:
        for index in counter:
            started = time.perf_counter()
            verdict = await guard.check(pngs[(index + offset) % len(pngs)])
            latencies.append((time.perf_counter() - started) * 1000)
            if verdict.status.value != "ok":
                raise RuntimeError(f"check failed: {verdict.reason}")

    async with Ticker() as ticker:
        started = time.perf_counter()
        await asyncio.gather(*(agent(a) for a in range(agents)))
        wall = time.perf_counter() - started
    batches = guard.stats["batches"] - batches_before
    return {
        "verdicts_per_s": checks / wall,
        "latency_p50_ms": statistics.median(latencies),
        "latency_p95_ms": float(np.percentile(latencies, 95)),
        "mean_batch": (guard.stats["captures"] - captures_before) / max(1, batches),
        "loop_lag_p99_ms": float(np.percentile(ticker.lags, 99)) if ticker.lags else 0.0,
    }


async def _run(args: argparse.Namespace) -> list[dict[str, Any]]:
    from agent_guard.embedders.clip import OpenClipEmbedder, UntrainedWeightsWarning
    from agent_guard.embedders.fake import save_fixed_head_guard
    from agent_guard.guard import Guard

    pngs = [path.read_bytes() for path in sorted(args.png_dir.glob("*.png"))]
    if not pngs:
        raise SystemExit(f"no PNG files in {args.png_dir}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UntrainedWeightsWarning)  # said loudly in the output instead
        embedder = OpenClipEmbedder(args.arch, None, allow_untrained_weights=True, device=args.device)
    print(f"UNTRAINED {args.arch} weights, arbitrary head (speed only). device={embedder.device}, "
          f"precision={embedder.precision}, {len(pngs)} captures", flush=True)
    directory = save_fixed_head_guard(embedder.fingerprint, Path(tempfile.mkdtemp(prefix="agent-guard-tp-")) / "m",
                                      name="throughput-bench-UNTRAINED")
    configs = [(1, 1), (args.max_batch, 1), (args.max_batch, args.decode_workers)]
    rows = []
    for max_batch, decode_workers in configs:
        with Guard(directory, image_embedder=embedder, audit_enabled=False, cache_size=0,
                   max_batch_size=max_batch, decode_workers=decode_workers, verdict_timeout_s=600) as guard:
            await _saturate(guard, pngs, max(args.agents), min(len(pngs), 2 * max_batch))  # warm-up
            for agents in args.agents:
                result = await _saturate(guard, pngs, agents, args.checks)
                row = {"max_batch_size": max_batch, "decode_workers": decode_workers, "agents": agents, **result}
                rows.append(row)
                print(f"max_batch={max_batch:3d} decode_workers={decode_workers:2d} agents={agents:3d}: "
                      f"{result['verdicts_per_s']:7.1f} verdicts/s, p50 {result['latency_p50_ms']:7.1f} ms, "
                      f"p95 {result['latency_p95_ms']:7.1f} ms, mean batch {result['mean_batch']:5.1f}, "
                      f"loop lag p99 {result['loop_lag_p99_ms']:5.1f} ms", flush=True)
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--png-dir", type=Path, required=True, help="folder of PNG captures")
    parser.add_argument("--arch", default="ViT-B-32")
    parser.add_argument("--device", default="auto", choices=("auto", "cpu", "cuda"))
    parser.add_argument("--agents", type=int, nargs="+", default=[1, 16, 64])
    parser.add_argument("--checks", type=int, default=512, help="checks per measurement (default 512)")
    parser.add_argument("--max-batch", type=int, default=64)
    parser.add_argument("--decode-workers", type=int, default=8)
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args(argv)
    rows = asyncio.run(_run(args))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
