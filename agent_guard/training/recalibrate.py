"""Re-set a trained guard's thresholds on a deployment's own benign captures: ``agent-guard calibrate``.

``train`` sets the block and flag thresholds at target false-positive rates on its corpus's benign pages. That pool
holds many look-alikes written to resemble injections, so its 1% tail sits high: on the bundled corpus's held-out
splits the block threshold the pool sets is 0.91-0.93, while ordinary generated pages reach 1% FPR near 0.25-0.67
(stop 35, ``bench/RESULTS.md``). A deployment's benign traffic is mostly ordinary pages. Where captures of it are at
hand (the audit log keeps them with ``save_captures="all"``; ``agent-guard collect`` lists them to label),
thresholds read off them hold that traffic's own false-positive rate instead of the corpus's.

Only the thresholds change. Heads, fusion and embedders stay as trained, and so does the model id (a digest of the
weights); the card keeps its training record and gains an entry in ``recalibrations`` naming the data, its counts,
the targets and the thresholds before and after. The trained folder is never written to: the recalibrated guard
goes to a folder of its own, so nothing is lost.

Malicious rows in the data are allowed and do not move the thresholds; they are scored at the previous and at the
new thresholds, so the trade is visible. The benign FPR after is in-sample (at most the target by construction):
measure it on benign captures the calibration did not see. And a benign pool with few look-alikes gives low
thresholds: look-alike dialogs the deployment rarely met before will be blocked more often than the corpus's guard
blocks them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from agent_guard.errors import ConfigurationError, DatasetError
from agent_guard.model import GuardModel
from agent_guard.policy import Thresholds
from agent_guard.training.evaluate import Scored, compute_metrics
from agent_guard.training.trainer import EvalResult, Log, _stderr, check_target_rates, thin_pool_warning


@dataclass
class RecalibrationResult:
    model: GuardModel  # the recalibrated guard, as saved in ``out``
    out: Path
    previous: Thresholds
    thresholds: Thresholds
    before: dict[str, Any]  # metrics on the data at the previous thresholds
    after: dict[str, Any]  # the same at the new ones (benign FPR in-sample)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        def pct(value: float | None) -> str:
            return "n/a" if value is None else f"{100 * value:.1f}%"

        lines = [
            f"recalibrated {self.model.model_id} on {self.after['n_benign']} benign captures -> {self.out}",
            f"  block {self.previous.block:.4f} -> {self.thresholds.block:.4f}   "
            f"flag {self.previous.flag:.4f} -> {self.thresholds.flag:.4f}",
            f"  benign blocked here: {pct(self.before['fpr'])} -> {pct(self.after['fpr'])} (in-sample: measure it on "
            "benign captures this calibration did not see)",
        ]
        if self.after["n_malicious"]:
            lines.append(
                f"  malicious captures here ({self.after['n_malicious']}): blocked {pct(self.before['tpr'])} -> "
                f"{pct(self.after['tpr'])}, flagged or blocked {pct(self.before['flag_tpr'])} -> "
                f"{pct(self.after['flag_tpr'])}"
            )
        lines += [f"  WARNING: {warning}" for warning in self.warnings]
        return "\n".join(lines)


def missing_dom_warning(model: GuardModel, benign: list[Scored]) -> str | None:
    """A guard that reads DOM text scores a page with it higher or lower than its screenshot alone: thresholds set
    on screenshots without it fit screenshot-only use, not the middleware's."""
    if "dom" not in model.channels:
        return None
    without = sum(1 for s in benign if s.row.dom_text_path is None)
    if not without:
        return None
    return (
        f"{without} of {len(benign)} benign captures have no DOM text, but this guard reads the page's DOM text "
        "where one is at hand (the middleware); thresholds set on screenshots alone fit screenshot-only use "
        "(scan, check without dom_text)"
    )


def check_out_folder(out: str | Path, source: str | Path | None) -> None:
    """Refuse to write the recalibrated guard over the folder it was loaded from."""
    if source is not None and Path(out).resolve() == Path(source).resolve():
        raise ConfigurationError(
            f"--out {out} is the folder the guard was loaded from; write the recalibrated guard to a new folder "
            "(the trained one is kept as it is)"
        )


def recalibrate(
    result: EvalResult,
    *,
    data: str | Path,
    out: str | Path,
    source: str | Path | None = None,
    target_fpr: float = 0.01,
    flag_fpr: float = 0.05,
    log: Log = _stderr,
) -> RecalibrationResult:
    """Set the thresholds of ``result.model`` (in place) at the target FPRs on the benign captures ``result`` scored
    (:func:`agent_guard.training.trainer.evaluate` on ``data``) and save the guard to ``out``. ``source`` is the
    folder the model was loaded from; ``out`` may not be it."""
    from agent_guard.classifier import calibrate

    check_target_rates(target_fpr, flag_fpr)
    check_out_folder(out, source)
    out, model = Path(out), result.model
    previous = Thresholds(flag=model.flag_threshold, block=model.block_threshold)
    before = compute_metrics(result.scored, block=previous.block, flag=previous.flag)
    benign = [s for s in result.scored if s.row.label == 0]
    if not benign:
        raise DatasetError(
            f"{data}: no benign captures to calibrate on ({len(result.scored)} rows, all malicious); thresholds are "
            "read off benign scores"
        )
    flag, block = calibrate(model, np.array([s.score for s in benign]), block_fpr=target_fpr, flag_fpr=flag_fpr)
    thresholds = Thresholds(flag=flag, block=block)
    after = compute_metrics(result.scored, block=block, flag=flag)
    warnings = [w for w in (thin_pool_warning(len(benign), target_fpr, f"the benign captures of {data}"),
                            missing_dom_warning(model, benign)) if w]
    for warning in warnings:
        log(f"WARNING: {warning}")
    row_hashes = sorted(s.row.sha256 for s in benign)
    benign_digest = hashlib.sha256("\n".join(row_hashes).encode()).hexdigest() if all(row_hashes) else None
    model.training = {
        **model.training,
        "recalibrations": [
            *model.training.get("recalibrations", []),
            {
                "at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "data": str(data),
                "benign": len(benign),
                "malicious": before["n_malicious"],
                # a digest of the benign captures' contents (sorted), so the calibration data can be recognized
                "benign_sha256": benign_digest,
                "target_fpr": target_fpr,
                "flag_fpr": flag_fpr,
                "previous": {"flag": previous.flag, "block": previous.block},
                "thresholds": {"flag": flag, "block": block},
                "warnings": warnings,
            },
        ],
    }
    try:
        model.save(out)
    except OSError as exc:
        raise ConfigurationError(f"cannot write the model folder {out}: {exc.strerror or exc}") from exc
    return RecalibrationResult(
        model=model, out=out, previous=previous, thresholds=thresholds, before=before, after=after,
        warnings=warnings,
    )
