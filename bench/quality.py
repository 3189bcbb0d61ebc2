"""Out-of-distribution quality of the guard on our synthetic corpus, measured with ``agent-guard eval``.

For each scenario a whole attack family (or whole site kinds) is left out of training:

    train manifest = every group that holds no row of the held-out family / site kinds
    test manifest  = every group that does, plus a seeded quarter of the remaining benign groups
                     (so the test FPR is measured on benign pages the guard never trained on)

then ``agent-guard train`` (its own calibration split sets the thresholds at 1% FPR) and ``agent-guard eval --json``
on the test manifest. Channel sets are compared side by side on identical splits. Embeddings are cached, so the
channels' extraction runs once per corpus.

    python bench/quality.py --corpus data/corpus --channels ocr,dom ocr --out runs/quality

The image-only, text-only and fused guards side by side need OpenCLIP's pretrained weights (the hub tag, or a local
checkpoint given here, which reaches both ``train`` and ``eval``):

    python bench/quality.py --channels image ocr,dom image,ocr,dom --clip-checkpoint PATH \
        --extra-train-args "--text-head mlp --cv-folds tone --split 0.8,0.1,0.1 --ocr-faint-text"

``--allow-untrained-weights`` runs the same commands on random image weights, to check the plumbing only: every
figure it prints for a channel set with ``image`` is meaningless, and the table and ``quality.json`` say so.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from agent_guard.corpus import CATEGORIES
from agent_guard.corpus.authored import AUTHORED_CATEGORY

UNTRAINED_BANNER = ("UNTRAINED IMAGE WEIGHTS (--allow-untrained-weights): plumbing check only; every figure for a "
                    "channel set with 'image' is meaningless and says nothing about detection quality")

#: Every benign look-alike element the generator draws, and look-alike texts from ``corpus --texts``.
HARD_NEGATIVE_CATEGORIES = (set(CATEGORIES) - {"plain"}) | {AUTHORED_CATEGORY}


def read_rows(corpus: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (corpus / "manifest.jsonl").read_text().splitlines() if line.strip()]


def scenarios(rows: list[dict[str, Any]], families: list[str], site_sets: list[list[str]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for family in families:
        out[f"holdout-family-{family}"] = lambda r, f=family: r.get("family") == f
    for sites in site_sets:
        out[f"holdout-sites-{'+'.join(sites)}"] = lambda r, s=tuple(sites): r.get("site") in s
    return out


def split(rows: list[dict[str, Any]], held_out: Any, seed: int) -> tuple[list[dict], list[dict]]:
    by_group: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_group[row["group"]].append(row)
    test_groups = {g for g, members in by_group.items() if any(held_out(r) for r in members)}
    rng = random.Random(seed)
    benign_only = sorted(g for g, members in by_group.items()
                         if g not in test_groups and all(r["label"] == 0 for r in members))
    test_groups |= set(rng.sample(benign_only, len(benign_only) // 4))
    train = [r for g, m in by_group.items() if g not in test_groups for r in m]
    test = [r for g, m in by_group.items() if g in test_groups for r in m]
    return train, test


def write_manifest(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))


def run(command: list[str]) -> str:
    print("+", " ".join(command), file=sys.stderr, flush=True)
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"command failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return result.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("data/corpus"))
    parser.add_argument("--out", type=Path, default=Path("runs/quality"))
    parser.add_argument("--cache-dir", type=Path, default=Path("data/cache"))
    parser.add_argument("--channels", nargs="+", default=["ocr,dom", "ocr"])
    parser.add_argument("--families", nargs="*", default=["popup", "inline", "fake_system", "banner",
                                                          "injected_form", "image_text"])
    parser.add_argument("--site-sets", nargs="*", default=["webmail,travel", "forum,social"])
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--extra-train-args", default="", help="passed to agent-guard train (space-separated)")
    parser.add_argument("--clip-checkpoint", type=Path, default=None,
                        help="local open_clip checkpoint for the image channel, passed to train and eval")
    parser.add_argument("--allow-untrained-weights", action="store_true",
                        help="random image weights, passed to train and eval: plumbing only, figures meaningless")
    args = parser.parse_args()
    image_args = [*(["--clip-checkpoint", str(args.clip_checkpoint)] if args.clip_checkpoint else []),
                  *(["--allow-untrained-weights"] if args.allow_untrained_weights else [])]
    untrained = args.allow_untrained_weights and any("image" in c.split(",") for c in args.channels)
    if untrained:
        print(UNTRAINED_BANNER, file=sys.stderr, flush=True)

    rows = read_rows(args.corpus)
    agent_guard = [sys.executable, "-m", "agent_guard.cli"]
    results: dict[str, dict[str, Any]] = {}
    for name, held_out in scenarios(rows, args.families, [s.split(",") for s in args.site_sets]).items():
        train_rows, test_rows = split(rows, held_out, args.seed)
        train_manifest = args.corpus / f"quality-train-{name}.jsonl"
        test_manifest = args.corpus / f"quality-test-{name}.jsonl"
        write_manifest(train_manifest, train_rows)
        write_manifest(test_manifest, test_rows)
        for channels in args.channels:
            model_dir = args.out / name / channels.replace(",", "+")
            run([*agent_guard, "train", str(train_manifest), "--out", str(model_dir), "--channels", channels,
                 "--seed", str(args.seed), "--cache-dir", str(args.cache_dir), "--no-progress",
                 *image_args, *args.extra_train_args.split()])
            metrics = json.loads(run([*agent_guard, "eval", str(test_manifest), "--model", str(model_dir), "--json",
                                      "--cache-dir", str(args.cache_dir), "--no-progress", *image_args]))
            hard = {k: v for k, v in metrics["per_family"].items() if k in HARD_NEGATIVE_CATEGORIES}
            results.setdefault(name, {})[channels] = {
                "n_train": len(train_rows), "n_test": metrics["n"], "auc": metrics["auc"], "tpr": metrics["tpr"],
                "fpr": metrics["fpr"], "threshold": metrics["threshold"],
                "per_family": metrics["per_family"], "at_own_fpr": metrics["at_own_fpr"],
                "hard_negative_fpr": hard,
                "blocked_benign": metrics.get("blocked_benign", [])[:10],
            }
            if untrained and "image" in channels.split(","):
                results[name][channels]["untrained_image_weights"] = UNTRAINED_BANNER
            print(json.dumps({name: {channels: results[name][channels]}}), flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "quality.json").write_text(json.dumps(results, indent=2) + "\n")
    if untrained:
        print(UNTRAINED_BANNER)
    print(render_table(results, args.channels))
    return 0


def render_table(results: dict[str, dict[str, Any]], channel_sets: list[str]) -> str:
    lines = ["| scenario | " + " | ".join(f"{c}: AUC / TPR / FPR at block; TPR at own 1% FPR (worst family)"
                                      for c in channel_sets) + " |",
             "|---|" + "---|" * len(channel_sets)]
    for name, by_channels in results.items():
        cells = []
        for channels in channel_sets:
            m = by_channels.get(channels)
            if m is None:
                cells.append("n/a")
                continue
            fmt = lambda v: "n/a" if v is None else f"{v:.3f}"  # noqa: E731
            own = m.get("at_own_fpr", {}).get("0.01")
            own_text = "n/a" if not own else (
                f"{fmt(own['tpr'])} ({fmt(min(own['per_family'].values(), default=None))})"
            )
            cells.append(f"{fmt(m['auc'])} / {fmt(m['tpr'])} / {fmt(m['fpr'])}; {own_text}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
