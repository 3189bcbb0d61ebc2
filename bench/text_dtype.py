"""MiniLM in float64 (the default) against float32, in one run: time per chunk, and whether a text's vector depends
on the batch it was encoded in. ``--compare pooling`` times the sentence embedding against the layer means
(``--text-embedder minilm-layers``) the same way, both computed in ``--dtype`` (float32: what a Guard serves in).

    python bench/text_dtype.py --corpus data/corpus --pages 40
    python bench/text_dtype.py --corpus data/corpus --pages 40 --compare pooling

Chunks are the DOM text of ``--pages`` pages of a corpus (``agent-guard corpus``), split the way the guard splits
them. Timing: each dtype encodes all the chunks once per round, in the guard's own batches, alternating which goes
first; the median round is reported. Batch dependence: the chunks encoded all at once, then in batches of 7, then
in reverse order in batches of 16; the float32 rows of each arrangement are compared element by element.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import numpy as np

from agent_guard.embedders.text import COMPUTE_DTYPES, POOLINGS, MiniLmTextEmbedder
from agent_guard.textchunks import chunk_blocks, split_dom_text


def corpus_chunks(corpus: Path, pages: int) -> list[str]:
    files = sorted(corpus.rglob("*.txt"))[:pages]
    if not files:
        raise SystemExit(f"no DOM text files under {corpus} (build one with `agent-guard corpus`)")
    return [text for path in files for _, text in chunk_blocks(split_dom_text(path.read_text()), "dom")]


def arrangements_differing(embedder: MiniLmTextEmbedder, chunks: list[str]) -> dict[str, int]:
    whole = embedder.embed_texts(chunks)
    by_seven = np.concatenate([embedder.embed_texts(chunks[i : i + 7]) for i in range(0, len(chunks), 7)])
    reversed_rows = np.concatenate(
        [embedder.embed_texts(chunks[::-1][i : i + 16]) for i in range(0, len(chunks), 16)]
    )[::-1]
    return {
        "batches of 7": int(np.count_nonzero(by_seven != whole)),
        "reversed, batches of 16": int(np.count_nonzero(reversed_rows != whole)),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("data/corpus"))
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--compare", choices=("dtype", "pooling"), default="dtype")
    parser.add_argument("--dtype", choices=COMPUTE_DTYPES, default="float32", help="--compare pooling: compute in")
    args = parser.parse_args()
    chunks = corpus_chunks(args.corpus, args.pages)
    if args.compare == "dtype":
        embedders = {dtype: MiniLmTextEmbedder("cpu", compute_dtype=dtype) for dtype in COMPUTE_DTYPES}
    else:
        embedders = {
            f"{pooling} ({args.dtype})": MiniLmTextEmbedder("cpu", compute_dtype=args.dtype, pooling=pooling)
            for pooling in POOLINGS
        }
    times: dict[str, list[float]] = {name: [] for name in embedders}
    for embedder in embedders.values():
        embedder.embed_texts(chunks[:64])  # warm-up
    for round_index in range(args.rounds):
        order = list(embedders) if round_index % 2 == 0 else list(embedders)[::-1]
        for name in order:
            started = time.perf_counter()
            embedders[name].embed_texts(chunks)
            times[name].append((time.perf_counter() - started) * 1e3 / len(chunks))
    per_page = len(chunks) / args.pages
    print(f"{len(chunks)} chunks from {args.pages} pages ({per_page:.0f} a page), {args.rounds} rounds")
    for name, embedder in embedders.items():
        median = statistics.median(times[name])
        differing = arrangements_differing(embedder, chunks)
        print(
            f"{name}: {median:.2f} ms a chunk ({median * per_page:.0f} ms a page); float32 elements that differ from"
            f" the all-at-once encoding: "
            + ", ".join(f"{arrangement} {count}" for arrangement, count in differing.items())
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
