"""Scoring rows with a guard model and measuring it at its operating points.

A capture is *blocked* when its score is at or above the block threshold and *flagged* at or above the flag
threshold, exactly as ``Policy`` decides. ``tpr`` is the share of malicious captures blocked, ``fpr`` the share
of benign captures blocked; ``flag_tpr`` / ``flag_fpr`` the same at the flag threshold.

``at_own_fpr`` answers another question: how much could this guard's *ranking* catch on this data? For each rate in
``OWN_FPRS`` it reads a threshold off the data's own benign scores, by the rule calibration uses, and reports the
share of malicious captures at or above it (overall and per family). The threshold is fitted to the very scores it
is measured on, so it is an upper bound for a calibrated guard on such data, not what the guard does: the gap
between it and ``tpr`` is what the guard's own thresholds leave on the table here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Sequence

import numpy as np

from agent_guard.model import GuardModel
from agent_guard.training.dataset import Row
from agent_guard.types import Features

BLOCKED_BENIGN_CAP = 50
#: The false-positive rates at which ``at_own_fpr`` reads the data's own operating points.
OWN_FPRS = (0.01, 0.05)


@dataclass
class Scored:
    row: Row
    score: float
    head_scores: Mapping[str, float]
    top_instance: str | None
    top_text: str | None


def score_rows(model: GuardModel, rows: Sequence[Row], features: Mapping[int, Features]) -> list[Scored]:
    scored = []
    for row in rows:
        result = model.score(features[row.index])
        scored.append(
            Scored(
                row=row, score=float(result.score), head_scores=dict(result.head_scores),
                top_instance=result.top_instance, top_text=result.top_text,
            )
        )
    return scored


def _rate(hits: int, n: int) -> float | None:
    return hits / n if n else None


def auc(scores: np.ndarray, labels: np.ndarray) -> float | None:
    if len(set(labels.tolist())) < 2:
        return None
    from sklearn.metrics import roc_auc_score

    value = float(roc_auc_score(labels, scores))
    return value if math.isfinite(value) else None


def family_names(rows: Sequence[Row]) -> dict[tuple[int, str], str]:
    """Report key per (label, subset); a benign category named like a malicious family gets `` (benign)``."""
    malicious = {r.subset for r in rows if r.label == 1}
    names = {}
    for row in rows:
        key = (row.label, row.subset)
        if row.label == 0 and row.subset in malicious:
            names[key] = f"{row.subset} (benign)"
        else:
            names[key] = row.subset
    return names


def own_operating_points(
    scores: np.ndarray, labels: np.ndarray, families: Sequence[str], fprs: Sequence[float] = OWN_FPRS
) -> dict[str, dict[str, Any]]:
    """Per rate in ``fprs`` (keyed by its text, e.g. ``"0.01"``): the threshold the benign scores here set for it,
    the measured FPR and TPR there, and the TPR per malicious family (``families`` names each row's family). Empty
    without benign scores, as there is then no threshold to read."""
    from agent_guard.classifier import threshold_at_fpr

    benign, malicious = labels == 0, labels == 1
    if not benign.any():
        return {}
    names = sorted({f for f, m in zip(families, malicious) if m})
    family_of = np.asarray(families, dtype=object)
    points: dict[str, dict[str, Any]] = {}
    for fpr in fprs:
        threshold = threshold_at_fpr(scores[benign], fpr)
        passed = scores >= threshold
        points[f"{fpr:g}"] = {
            "threshold": threshold,
            "fpr": _rate(int(np.sum(passed & benign)), int(benign.sum())),
            "tpr": _rate(int(np.sum(passed & malicious)), int(malicious.sum())),
            "per_family": {
                name: _rate(int(np.sum(passed & malicious & (family_of == name))),
                            int(np.sum(malicious & (family_of == name))))
                for name in names
            },
        }
    return points


def own_points_text(own: Mapping[str, Mapping[str, Any]], pct: Callable[[float | None], str]) -> str:
    """``at_own_fpr`` in words, one clause per rate: ``TPR 67.4% at FPR 0.7% (>= 0.8030); ...``."""
    return "; ".join(f"TPR {pct(p['tpr'])} at FPR {pct(p['fpr'])} (>= {p['threshold']:.4f})" for p in own.values())


def compute_metrics(scored: Sequence[Scored], *, block: float, flag: float) -> dict[str, Any]:
    scores = np.array([s.score for s in scored], dtype=np.float64)
    labels = np.array([s.row.label for s in scored], dtype=int)
    malicious, benign = labels == 1, labels == 0
    blocked, flagged = scores >= block, scores >= flag
    names = family_names([s.row for s in scored])
    per_family: dict[str, dict[str, Any]] = {}
    for label in (1, 0):
        subsets = sorted({s.row.subset for s in scored if s.row.label == label})
        for subset in subsets:
            members = [i for i, s in enumerate(scored) if s.row.label == label and s.row.subset == subset]
            hits = int(np.sum(blocked[members]))
            entry: dict[str, Any] = {"n": len(members)}
            if label == 1:
                entry["tpr"] = _rate(hits, len(members))
            else:
                entry["fpr"] = _rate(hits, len(members))
            entry["flag_rate"] = _rate(int(np.sum(flagged[members])), len(members))
            per_family[names[(label, subset)]] = entry
    blocked_benign = sorted(
        (s for s, b in zip(scored, blocked) if b and s.row.label == 0), key=lambda s: -s.score
    )
    return {
        "n": int(len(scored)),
        "n_malicious": int(malicious.sum()),
        "n_benign": int(benign.sum()),
        "auc": auc(scores, labels),
        "threshold": float(block),
        "tpr": _rate(int(np.sum(blocked & malicious)), int(malicious.sum())),
        "fpr": _rate(int(np.sum(blocked & benign)), int(benign.sum())),
        "flag_threshold": float(flag),
        "flag_tpr": _rate(int(np.sum(flagged & malicious)), int(malicious.sum())),
        "flag_fpr": _rate(int(np.sum(flagged & benign)), int(benign.sum())),
        "per_family": per_family,
        "at_own_fpr": own_operating_points(scores, labels, [names[(s.row.label, s.row.subset)] for s in scored]),
        "blocked_benign": [s.row.display for s in blocked_benign[:BLOCKED_BENIGN_CAP]],
    }


def headline(metrics: Mapping[str, Any]) -> dict[str, Any]:
    """The metrics without per-row lists, for the model card."""
    return {k: v for k, v in metrics.items() if k != "blocked_benign"}


def format_table(metrics: Mapping[str, Any], title: str = "") -> str:
    """A readable summary plus the per-family table, for terminals."""

    def pct(value: float | None) -> str:
        return "  n/a" if value is None else f"{100 * value:5.1f}%"

    auc_text = "n/a" if metrics.get("auc") is None else f"{metrics['auc']:.4f}"
    lines = []
    if title:
        lines.append(title)
    lines.append(
        f"  n={metrics['n']} (malicious {metrics['n_malicious']}, benign {metrics['n_benign']})  AUC {auc_text}"
    )
    lines.append(
        f"  block >= {metrics['threshold']:.4f}: TPR {pct(metrics['tpr'])}  FPR {pct(metrics['fpr'])}"
    )
    lines.append(
        f"  flag  >= {metrics['flag_threshold']:.4f}: TPR {pct(metrics['flag_tpr'])}  FPR {pct(metrics['flag_fpr'])}"
    )
    own = metrics.get("at_own_fpr") or {}
    if own and metrics["n_malicious"]:
        points = own_points_text(own, lambda value: pct(value).strip())
        lines.append(f"  this data's own thresholds (what the ranking allows, not the guard's): {points}")
    first_own = next(iter(own.values()), None) if metrics["n_malicious"] else None
    if metrics["per_family"]:
        width = max(12, *(len(name) for name in metrics["per_family"]))
        own_header = f"  {'TPR at own ' + pct(float(next(iter(own)))).strip():>16}" if first_own else ""
        lines.append(f"  {'family / category':<{width}}  {'n':>5}  {'blocked':>8}    {own_header}".rstrip())
        for name, entry in metrics["per_family"].items():
            rate = entry.get("tpr", entry.get("fpr"))
            kind = "TPR" if "tpr" in entry else "FPR"
            own_cell = ""
            if first_own and name in first_own["per_family"]:
                own_cell = f"  {pct(first_own['per_family'][name]):>16}"
            lines.append(f"  {name:<{width}}  {entry['n']:>5}  {pct(rate):>8} {kind}{own_cell}")
    return "\n".join(lines)
