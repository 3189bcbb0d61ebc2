"""``python -m agent_guard.demo``: the guarded shopping run that ``make demo`` shows."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Sequence

from agent_guard.demo.agent import as_dicts, as_json, run_agent
from agent_guard.demo.report import table, write_report
from agent_guard.demo.shop import INJECTED_PATHS, ShopServer
from agent_guard.errors import GuardError


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m agent_guard.demo", description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("runs/demo"), help="report folder")
    parser.add_argument("--model", type=Path, default=None, help="guard-model folder (default: bundled)")
    parser.add_argument("--think", type=float, default=1.0, help="simulated think time per step, seconds")
    parser.add_argument("--json", action="store_true", help="print the steps as JSON instead of a table")
    return parser.parse_args(argv)


async def _run(args: argparse.Namespace) -> int:
    from agent_guard.guard import Guard

    args.out.mkdir(parents=True, exist_ok=True)
    with Guard(args.model, audit_dir=args.out / "audit") as guard:
        with ShopServer() as shop:
            results = await run_agent(guard, shop.base_url, think_s=args.think, screenshots_dir=args.out)
        report = write_report(results, args.out, model_id=guard.model_id, think_s=args.think)
    (args.out / "steps.json").write_text(json.dumps(as_dicts(results), indent=2) + "\n")
    if args.json:
        print(json.dumps(as_json(results)))
        return 0
    print(table(results))
    missed = [r.path for r in results if r.path in INJECTED_PATHS and r.executed]
    wrongly_blocked = [r.path for r in results if r.path not in INJECTED_PATHS and not r.executed]
    print(f"\nreport: {report}")
    print(f"injected pages: {len(INJECTED_PATHS)}, blocked: {sum(1 for r in results if not r.executed)}, "
          f"missed: {missed or 'none'}, benign steps blocked: {wrongly_blocked or 'none'}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        return asyncio.run(_run(args))
    except GuardError as exc:
        print(f"demo: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
