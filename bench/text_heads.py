"""Linear against MLP text head, on frozen MiniLM chunk vectors: which ranks unseen pages better?

Fitting a whole guard takes minutes; this compares only the text head, on vectors computed once. ``dump`` writes
the text head's chunk vectors (through the bundled guard's own extractor: OCR, DOM text, chunking, MiniLM) and
the bundled guard's lexical-head logit per capture, for the corpus splits of ``make model`` and for the unseen
sets A-D. ``compare`` fits each text head on the training split exactly as the trainer does
(``agent_guard.classifier.fit_mil_head``, same instance roles), fuses it with the lexical logit (a logistic
fusion fitted on the calibration split, a shortcut for the trainer's out-of-fold fusion) and prints, per set, the
text head's AUC alone and the fused AUC and TPR at 2/5/10% FPR. Set E stays sealed: it is not offered here.

    python bench/text_heads.py dump --out runs/text-heads                 # corpus splits, then sets A-D (~8 min)
    python bench/text_heads.py compare --out runs/text-heads --kind linear:10 --kind mlp:0.001
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from unseen import PROBE_SETS, capture_all  # noqa: E402
from unseen_set import probes  # noqa: E402

SETS = {key: PROBE_SETS[key] for key in "abcd"}  # E and F are sealed: never offered for a comparison


def _save(out: Path, name: str, features: list[Any], labels: list[int], lexical: Any, meta: list[dict]) -> None:
    from agent_guard.model import LEXICAL_HEAD, head_instances

    bags = [f.heads["text"].vectors.astype(np.float32) for f in features]
    settings = lexical.embedders.get(LEXICAL_HEAD)
    lex = [float(np.max(lexical.heads[LEXICAL_HEAD].logits(head_instances(f, LEXICAL_HEAD, settings).vectors)))
           for f in features]
    offsets = np.cumsum([0] + [b.shape[0] for b in bags])
    np.savez(out / f"{name}.npz", vectors=np.concatenate(bags), offsets=offsets, lexical=np.array(lex),
             labels=np.array(labels))
    texts = [list(f.heads["text"].texts or ()) for f in features]
    (out / f"{name}.json").write_text(json.dumps({"texts": texts, "meta": meta}))
    print(f"{name}: {len(features)} captures, {int(offsets[-1])} chunks", flush=True)


def dump(out: Path, corpus: Path, seed: int, cache_dir: Path) -> None:
    from agent_guard.guard import Guard
    from agent_guard.imaging import DEFAULT_MAX_PIXELS, load_capture
    from agent_guard.ocr import TesseractOcr
    from agent_guard.training.cache import CachedOcr, EmbeddingCache
    from agent_guard.training.dataset import load_dataset
    from agent_guard.training.embed import embed_rows
    from agent_guard.training.splits import DEFAULT_FRACTIONS, split_rows
    from agent_guard.training.trainer import prepare

    out.mkdir(parents=True, exist_ok=True)
    guard = Guard(None, audit_enabled=False, ocr=CachedOcr(TesseractOcr(), cache_dir))
    try:
        prepared = prepare(load_dataset(corpus), uses_dom=True, max_pixels=DEFAULT_MAX_PIXELS, workers=2, log=print)
        split = split_rows(prepared.rows, DEFAULT_FRACTIONS, seed)
        embedded = embed_rows(prepared.rows, guard.extractor, cache=EmbeddingCache(cache_dir, guard.extractor),
                              dom_keys=prepared.dom_keys, max_pixels=DEFAULT_MAX_PIXELS, progress=False)
        for name, rows in split.parts().items():
            meta = [{"injection_text": r.extra.get("injection_text")} for r in rows]
            _save(out, name, [embedded.features[r.index] for r in rows], [r.label for r in rows], guard.model, meta)
        for key, module in SETS.items():
            items = probes(module.MALICIOUS, module.BENIGN)
            captures = asyncio.run(capture_all(items))
            features = guard.extractor.extract([load_capture(png, dom_text=dom) for png, dom in captures])
            meta = [{k: item[k] for k in ("kind", "host", "placement")} for item in items]
            _save(out, f"set-{key}", features, [item["label"] for item in items], guard.model, meta)
    finally:
        guard.close()


def _load(out: Path, name: str) -> tuple[list[np.ndarray], np.ndarray, np.ndarray, dict]:
    arrays = np.load(out / f"{name}.npz", allow_pickle=False)
    vectors, offsets = arrays["vectors"], arrays["offsets"]
    bags = [vectors[offsets[i]:offsets[i + 1]] for i in range(len(offsets) - 1)]
    return bags, arrays["labels"], arrays["lexical"], json.loads((out / f"{name}.json").read_text())


def _tpr_at_fpr(logits: np.ndarray, labels: np.ndarray) -> list[float]:
    """TPR at the threshold the trainer would calibrate on these benign captures, for 2, 5 and 10% FPR."""
    from agent_guard.classifier import probabilities, threshold_at_fpr

    scores = probabilities(logits)  # threshold_at_fpr works on probabilities (it caps at 1)
    return [float((scores[labels == 1] >= threshold_at_fpr(scores[labels == 0], f)).mean()) for f in (0.02, 0.05, 0.10)]


def compare(out: Path, kinds: list[str], seed: int) -> None:
    from sklearn.metrics import roc_auc_score

    from agent_guard.classifier import bag_logits, fit_fusion, fit_mil_head, instance_roles

    train, calibration = _load(out, "train"), _load(out, "calibration")
    sets = {"test split": _load(out, "test"), **{f"set {k.upper()}": _load(out, f"set-{k}") for k in SETS}}
    roles = [instance_roles(texts, meta["injection_text"]) if label == 1 else None
             for texts, meta, label in zip(train[3]["texts"], train[3]["meta"], train[1])]
    for spec in kinds:
        kind, strength = spec.split(":")
        started = time.perf_counter()
        head = fit_mil_head(train[0], train[1], float(strength), seed, roles=roles, kind=kind)
        fitted = time.perf_counter() - started
        coef, intercept = fit_fusion(np.column_stack([bag_logits(head, calibration[0]), calibration[2]]),
                                     calibration[1], seed)
        print(f"{spec}: fitted in {fitted:.0f} s; fusion text {coef[0]:.3f}, lexical {coef[1]:.3f}")
        for name, (bags, labels, lexical, _) in sets.items():
            text = bag_logits(head, bags)
            fused = text * coef[0] + lexical * coef[1] + intercept
            tprs = _tpr_at_fpr(fused, labels)
            print(f"  {name:10s} text AUC {roc_auc_score(labels, text):.3f} | fused AUC {roc_auc_score(labels, fused):.3f}"
                  f", TPR at 2/5/10% FPR {' / '.join(f'{t:.2f}' for t in tprs)} (mean {np.mean(tprs):.3f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("dump", "compare"))
    parser.add_argument("--out", type=Path, required=True, help="folder of the dumped vectors")
    parser.add_argument("--corpus", type=Path, default=Path("data/corpus"))
    parser.add_argument("--cache-dir", type=Path, default=Path("data/cache"))
    parser.add_argument("--seed", type=int, default=7, help="split and fit seed (7, as make model)")
    parser.add_argument("--kind", action="append", default=None, help="KIND:STRENGTH, e.g. linear:10 or mlp:0.001")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.corpus, args.seed, args.cache_dir)
    else:
        compare(args.out, args.kind or ["linear:10", "mlp:0.001"], args.seed)


if __name__ == "__main__":
    main()
