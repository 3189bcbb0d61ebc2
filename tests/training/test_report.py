"""The training report's metrics.json: extras add keys beside the measured metrics, never over them."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent_guard.training.report import write_report


def test_an_extra_that_names_a_measured_metric_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    measured = {"fpr": 0.006, "flag_fpr": 0.0227}
    with pytest.raises(ValueError, match=r"overwrite measured metrics: \['flag_fpr'\]"):
        write_report(tmp_path / "report", {"test": ([], measured)}, primary="test",
                     extra={"target_fpr": 0.01, "flag_fpr": 0.05})
    assert not (tmp_path / "report").exists()
    # a split name is a key of metrics.json too
    with pytest.raises(ValueError, match=r"\['calibration'\]"):
        write_report(tmp_path / "report", {"test": ([], measured), "calibration": ([], measured)}, primary="test",
                     extra={"calibration": "elsewhere"})
