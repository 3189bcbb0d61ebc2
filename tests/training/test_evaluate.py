"""Metrics at the guard's thresholds, and at the thresholds the data's own benign scores would set."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from agent_guard.training.dataset import Row
from agent_guard.training.evaluate import Scored, compute_metrics, format_table
from agent_guard.training.report import per_family_markdown


def scored(label: int, score: float, subset: str, index: int) -> Scored:
    row = Row(index=index, line=index + 1, path=Path(f"/shots/{index}.png"), display=f"{index}.png", label=label,
              family=subset if label == 1 else None, category=subset if label == 0 else None)
    return Scored(row=row, score=score, head_scores={}, top_instance=None, top_text=None)


def captures(benign: list[float], malicious: dict[str, list[float]]) -> list[Scored]:
    rows = [scored(0, s, "shop", i) for i, s in enumerate(benign)]
    for family, scores in malicious.items():
        rows += [scored(1, s, family, len(rows) + i) for i, s in enumerate(scores)]
    return rows


def test_own_thresholds_allow_at_most_the_rate_and_count_the_families_above_them() -> None:
    # 200 benign scores 0.000 .. 0.995: a 1% FPR lets the two highest (0.99, 0.995) through, a 5% FPR ten.
    benign = [i / 200 for i in range(200)]
    data = captures(benign, {"popup": [0.999, 0.992, 0.97, 0.5], "forum": [0.996, 0.3]})
    metrics = compute_metrics(data, block=0.9999, flag=0.999)  # the guard's own thresholds catch (almost) nothing
    assert metrics["tpr"] == 0.0
    own = metrics["at_own_fpr"]
    assert list(own) == ["0.01", "0.05"]
    one = own["0.01"]
    assert 0.985 < one["threshold"] <= 0.99
    assert one["fpr"] == pytest.approx(2 / 200)
    assert one["tpr"] == pytest.approx(3 / 6)  # 0.999, 0.992, 0.996
    assert one["per_family"] == {"forum": 0.5, "popup": 0.5}
    five = own["0.05"]
    assert five["fpr"] == pytest.approx(10 / 200)
    assert five["per_family"] == {"forum": 0.5, "popup": 0.75}
    # ties at the threshold are never split: every benign score equal to a passing one passes too
    tied = compute_metrics(captures([0.9] * 150 + [0.1] * 50, {"popup": [0.95, 0.9]}), block=1.0, flag=1.0)
    assert tied["at_own_fpr"]["0.01"]["fpr"] == 0.0
    assert tied["at_own_fpr"]["0.01"]["tpr"] == 0.5


def test_own_thresholds_need_benign_scores_and_tolerate_no_malicious_ones() -> None:
    assert compute_metrics(captures([], {"popup": [0.9, 0.2]}), block=0.5, flag=0.4)["at_own_fpr"] == {}
    only_benign = compute_metrics(captures([0.1, 0.4, 0.8], {}), block=0.5, flag=0.4)["at_own_fpr"]
    assert only_benign["0.01"]["tpr"] is None and only_benign["0.01"]["per_family"] == {}
    assert only_benign["0.01"]["fpr"] == 0.0


def test_a_benign_category_named_like_a_family_is_not_counted_as_that_family() -> None:
    data = captures([i / 100 for i in range(100)], {"popup": [0.999]})
    data.append(scored(0, 0.999, "popup", 500))  # a benign pop-up, reported as "popup (benign)"
    own = compute_metrics(data, block=1.0, flag=1.0)["at_own_fpr"]["0.01"]
    assert own["per_family"] == {"popup": 1.0}


def test_the_table_and_the_report_show_both_operating_points() -> None:
    data = captures([i / 200 for i in range(200)], {"popup": [0.999, 0.5]})
    metrics = compute_metrics(data, block=0.9999, flag=0.9995)
    table = format_table(metrics)
    assert "this data's own thresholds" in table and "50.0% at FPR 1.0%" in table
    assert "TPR at own 1.0%" in table
    popup_line = next(line for line in table.splitlines() if line.strip().startswith("popup"))
    assert popup_line.split()[-1] == "50.0%"  # the family's own-threshold TPR, beside its 0% blocked
    markdown = per_family_markdown({"test": (data, metrics)}, "guard")
    assert "| malicious (TPR) | popup | 2 | 0.0% | 0.0% | 50.0% |" in markdown
    assert "| benign (FPR) | shop | 200 | 0.0% | 0.0% |  |" in markdown
    # without malicious captures there is nothing to say at the data's own thresholds
    no_malicious = compute_metrics(captures([0.1, 0.2], {}), block=0.5, flag=0.4)
    assert "own" not in format_table(no_malicious)
    assert "own" not in per_family_markdown({"test": ([], no_malicious)}, "guard")
    assert np.isfinite(metrics["at_own_fpr"]["0.05"]["threshold"])
