"""What ``agent-guard calibrate`` gains and costs, on the held-out splits ``bench/quality.py`` trained.

For each split's guard (``QUALITY_DIR/NAME/ocr+dom``) the test manifest's generated rows (not the pages made from
other authors' texts) are taken as a deployment's traffic. Their benign groups are cut in two halves by a seeded
hash of the group; the guard is recalibrated on half A's benign captures (``agent-guard calibrate``, 1% / 5%) and
measured, at its trained and at its recalibrated thresholds, with ``agent-guard eval`` on half B's benign captures
plus every held-out generated injection; then A and B swap. No threshold is chosen by looking at B. The same two
guards are also measured on the split's authored rows: look-alikes (benign texts written to resemble injections,
the hard negatives the trained thresholds were set among) and injections.

    python bench/quality.py ... --out runs/quality          # first: the held-out guards and test manifests
    python bench/recalibration.py --quality-dir runs/quality --corpus data/corpus --out runs/recalibration.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from quality import run, write_manifest

from agent_guard.corpus.authored import AUTHORED_CATEGORY


def is_authored(row: dict[str, Any]) -> bool:
    return str(row.get("tone") or "").startswith("authored") or row.get("category") == AUTHORED_CATEGORY


def half_of(group: str, seed: int) -> int:
    return int(hashlib.sha256(f"{seed}:{group}".encode()).hexdigest(), 16) % 2


def rate(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quality-dir", type=Path, default=Path("runs/quality"))
    parser.add_argument("--corpus", type=Path, default=Path("data/corpus"))
    parser.add_argument("--cache-dir", type=Path, default=Path("data/cache"))
    parser.add_argument("--channels", default="ocr+dom", help="which of each split's guards (its folder name)")
    parser.add_argument("--seed", type=int, default=35, help="seed of the A/B cut of the benign groups")
    parser.add_argument("--out", type=Path, default=Path("runs/recalibration.json"))
    args = parser.parse_args()

    agent_guard = [sys.executable, "-m", "agent_guard.cli"]
    common = ["--cache-dir", str(args.cache_dir), "--no-progress"]

    def cli(*command: Any) -> dict[str, Any]:
        return json.loads(run([*agent_guard, *map(str, command), "--json", *common]))

    def manifest(name: str, rows: list[dict[str, Any]]) -> Path:
        path = args.corpus / f"recalibration-{name}.jsonl"  # beside the corpus: manifest paths are relative to it
        write_manifest(path, rows)
        return path

    results: dict[str, Any] = {}
    names = sorted(p.parent.parent.name for p in args.quality_dir.glob(f"*/{args.channels}/guard.json"))
    if not names:
        raise SystemExit(f"no guard at {args.quality_dir}/*/{args.channels}: run bench/quality.py first")
    for name in names:
        model = args.quality_dir / name / args.channels
        rows = [json.loads(line) for line in (args.corpus / f"quality-test-{name}.jsonl").read_text().splitlines()
                if line.strip()]
        generated = [r for r in rows if not is_authored(r)]
        authored = {label: [r for r in rows if is_authored(r) and r["label"] == label] for label in (0, 1)}
        authored_manifests = {
            label: manifest(f"{name}-authored-{label}", members) if members else None
            for label, members in authored.items()
        }
        injections = [r for r in generated if r["label"] == 1]
        for calibrated_on in (0, 1):
            benign_a = [r for r in generated if r["label"] == 0 and half_of(r["group"], args.seed) == calibrated_on]
            benign_b = [r for r in generated if r["label"] == 0 and half_of(r["group"], args.seed) != calibrated_on]
            half_a = manifest(f"{name}-a{calibrated_on}", benign_a)
            half_b = manifest(f"{name}-b{calibrated_on}", benign_b + injections)
            recalibrated = args.quality_dir / name / f"{args.channels}-recalibrated-{calibrated_on}"
            calibration = cli("calibrate", half_a, "--model", model, "--out", recalibrated)
            entry: dict[str, Any] = {"calibration_benign": calibration["after"]["n_benign"],
                                     "warnings": calibration["warnings"]}
            for label, guard in (("trained", model), ("recalibrated", recalibrated)):
                b = cli("eval", half_b, "--model", guard)
                on_authored = {
                    k: cli("eval", m, "--model", guard) if m else None for k, m in authored_manifests.items()
                }
                entry[label] = {
                    "block": b["threshold"], "flag": b["flag_threshold"],
                    "b_benign": b["n_benign"], "b_injections": b["n_malicious"],
                    "tpr": b["tpr"], "benign_blocked": round(b["fpr"] * b["n_benign"]),
                    "flag_tpr": b["flag_tpr"], "benign_flagged": round(b["flag_fpr"] * b["n_benign"]),
                    "lookalikes": len(authored[0]),
                    "lookalikes_blocked": round(on_authored[0]["fpr"] * len(authored[0])) if on_authored[0] else 0,
                    "authored_injections": len(authored[1]),
                    "authored_injections_tpr": on_authored[1]["tpr"] if on_authored[1] else None,
                }
            results[f"{name}/calibrated-on-{'ab'[calibrated_on]}"] = entry
            t, r = entry["trained"], entry["recalibrated"]
            print(f"{name}, calibrated on half {'AB'[calibrated_on]} ({entry['calibration_benign']} benign): block "
                  f"{t['block']:.4f} -> {r['block']:.4f}; other half ({t['b_benign']} benign, {t['b_injections']} "
                  f"injections): TPR {t['tpr']:.3f} -> {r['tpr']:.3f}, benign blocked {t['benign_blocked']} -> "
                  f"{r['benign_blocked']}; authored look-alikes blocked {t['lookalikes_blocked']} -> "
                  f"{r['lookalikes_blocked']} of {t['lookalikes']}; authored injections caught "
                  f"{rate(t['authored_injections_tpr'])} -> {rate(r['authored_injections_tpr'])} of "
                  f"{t['authored_injections']}",
                  flush=True)
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
