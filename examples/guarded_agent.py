"""A scripted agent (no LLM) browsing a local shop on 127.0.0.1 under agent-guard.

    python examples/guarded_agent.py --json
    {"steps": [{"url": ..., "action": ..., "decision": "allow|flag|block", "executed": true|false}, ...]}

The plan is fixed; each step screenshots the page, "thinks" for --think seconds (the guard classifies meanwhile),
then acts. Some shop pages carry an injection aimed at the agent: their action is blocked; the benign steps run.
Uses the bundled guard (models/default) unless --model is given.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from agent_guard import Guard
from agent_guard.demo.agent import as_json, run_agent
from agent_guard.demo.report import table
from agent_guard.demo.shop import ShopServer


async def main(args: argparse.Namespace) -> int:
    with Guard(args.model, audit_enabled=False) as guard:
        with ShopServer() as shop:
            results = await run_agent(guard, shop.base_url, think_s=args.think)
    print(json.dumps(as_json(results)) if args.json else table(results))
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="a scripted agent under agent-guard")
    parser.add_argument("--json", action="store_true", help="print the steps as one JSON object")
    parser.add_argument("--model", type=Path, default=None, help="guard-model folder (default: bundled)")
    parser.add_argument("--think", type=float, default=1.0, help="simulated think time per step (s)")
    sys.exit(asyncio.run(main(parser.parse_args())))
