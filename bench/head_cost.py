"""Time one head's logits per capture: the bundled guard's text head against another guard's, in the same run.

    python bench/head_cost.py --model models/default --baseline runs/model-old

Random unit vectors stand in for MiniLM chunk vectors (the cost depends on the count, not the values).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from agent_guard.model import GuardModel, Head, MlpHead


def input_dim(head: Head) -> int:
    return int(head.hidden_weight.shape[0] if isinstance(head, MlpHead) else head.coef.shape[0])


def best_ms(head: Head, vectors: np.ndarray, calls: int, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        for _ in range(calls):
            head.logits(vectors)
        times.append((time.perf_counter() - started) / calls * 1e3)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=Path("models/default"))
    parser.add_argument("--baseline", type=Path, required=True)
    parser.add_argument("--head", default="text")
    parser.add_argument("--chunks", type=int, nargs="+", default=[40, 200])
    args = parser.parse_args()
    guards = {"baseline": GuardModel.load(args.baseline), "model": GuardModel.load(args.model)}
    rng = np.random.default_rng(0)
    for n in args.chunks:
        vectors = rng.standard_normal((n, input_dim(guards["model"].heads[args.head]))).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        cells = [f"{name} ({type(g.heads[args.head]).__name__}) {best_ms(g.heads[args.head], vectors, 200, 5):.3f} ms"
                 for name, g in guards.items()]
        print(f"{n} chunks: " + ", ".join(cells) + " per capture (min of 5 x 200 calls)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
