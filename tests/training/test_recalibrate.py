"""``agent-guard calibrate``: thresholds re-set on one's own benign captures, written to a new folder, nothing lost."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

import pytest

from agent_guard.guard import Guard
from agent_guard.model import GuardModel

FAKE_IMAGE = ("--channels", "image", "--image-embedder", "fake")


@pytest.fixture
def trained(run_cli, drawn_dataset: Callable[..., Path], tmp_path: Path) -> tuple[Path, Path]:
    """A guard trained on 40 drawn captures, and a benign-only manifest of 20 more it never saw."""
    manifest = drawn_dataset(n=40)
    code, _, err = run_cli("train", manifest, "--out", tmp_path / "trained", "--no-cache", "--seed", "3", *FAKE_IMAGE)
    assert code == 0, err
    fresh = drawn_dataset(n=40, folder=tmp_path / "fresh")
    rows = [json.loads(line) for line in fresh.read_text().splitlines()]
    benign = fresh.parent / "benign.jsonl"
    benign.write_text("".join(json.dumps(r) + "\n" for r in rows if r["label"] == 0))
    return tmp_path / "trained", benign


def eval_json(run_cli, data: Path, model: Path) -> dict[str, Any]:
    code, out, err = run_cli("eval", data, "--model", model, "--json")
    assert code == 0, err
    return json.loads(out)


def test_thresholds_hold_the_target_rates_on_the_benign_captures_and_only_they_change(
    run_cli, trained: tuple[Path, Path], tmp_path: Path
) -> None:
    model_dir, benign = trained
    before_files = {p.name: p.read_bytes() for p in model_dir.iterdir()}
    original = GuardModel.load(model_dir)
    out = tmp_path / "recalibrated"
    code, stdout, err = run_cli("calibrate", benign, "--model", model_dir, "--out", out, "--target-fpr", "0.1",
                                "--flag-fpr", "0.3", "--json")
    assert code == 0, err
    result = json.loads(stdout)
    model = GuardModel.load(out)
    # the thresholds are the ones the benign captures set: 2 of 20 blocked, 6 of 20 flagged or blocked
    measured = eval_json(run_cli, benign, out)
    assert measured["fpr"] == pytest.approx(2 / 20) and measured["flag_fpr"] == pytest.approx(6 / 20)
    assert result["thresholds"] == {"flag": model.flag_threshold, "block": model.block_threshold}
    assert result["previous"] == {"flag": original.flag_threshold, "block": original.block_threshold}
    assert result["after"]["fpr"] == measured["fpr"] and result["before"]["fpr"] == eval_json(
        run_cli, benign, model_dir)["fpr"]
    # 20 benign scores resolve a 10% FPR, but only just: said
    assert "read off the 3 highest of them" in err and "about 100 or more" in err
    assert result["warnings"] and "WARNING" in err
    # same weights, same id; the training record is kept and the recalibration is recorded beside it
    assert model.model_id == original.model_id == result["model_id"]
    assert model.training["metrics"] == original.training["metrics"]
    (entry,) = model.training["recalibrations"]
    assert entry["data"] == str(benign) and entry["benign"] == 20 and entry["malicious"] == 0
    assert entry["target_fpr"] == 0.1 and entry["flag_fpr"] == 0.3 and len(entry["benign_sha256"]) == 64
    assert entry["previous"] == result["previous"] and entry["thresholds"] == result["thresholds"]
    # the trained folder is untouched
    assert {p.name: p.read_bytes() for p in model_dir.iterdir()} == before_files
    # a guard serves the new thresholds; a second recalibration adds a second entry
    with Guard(out, audit_enabled=False) as guard:
        assert guard.policy.thresholds.block == model.block_threshold
    code, stdout, err = run_cli("calibrate", benign, "--model", out, "--out", tmp_path / "again")
    assert code == 0, err
    assert "block" in stdout and "->" in stdout
    again = GuardModel.load(tmp_path / "again").training["recalibrations"]
    assert len(again) == 2 and again[1]["previous"] == entry["thresholds"] and again[1]["target_fpr"] == 0.01
    # 20 benign scores cannot resolve a 1% FPR: said, and the block threshold sits above every one of them
    assert "needs at least 100" in err and again[1]["warnings"]
    assert eval_json(run_cli, benign, tmp_path / "again")["fpr"] == 0.0


def test_no_warning_where_the_benign_captures_hold_the_rate_steadily(
    run_cli, trained: tuple[Path, Path], tmp_path: Path
) -> None:
    model_dir, benign = trained
    code, stdout, err = run_cli("calibrate", benign, "--model", model_dir, "--out", tmp_path / "steady",
                                "--target-fpr", "0.5", "--flag-fpr", "0.6", "--json")
    assert code == 0, err
    assert json.loads(stdout)["warnings"] == [] and "WARNING" not in err
    assert GuardModel.load(tmp_path / "steady").training["recalibrations"][0]["warnings"] == []


def test_malicious_rows_are_reported_at_both_thresholds_and_do_not_move_them(
    run_cli, trained: tuple[Path, Path], tmp_path: Path
) -> None:
    model_dir, benign = trained
    mixed = benign.parent / "manifest.jsonl"  # the same 20 benign captures plus 20 malicious ones
    code, stdout, err = run_cli("calibrate", benign, "--model", model_dir, "--out", tmp_path / "benign-only", "--json")
    assert code == 0, err
    code, mixed_out, err = run_cli("calibrate", mixed, "--model", model_dir, "--out", tmp_path / "mixed", "--json")
    assert code == 0, err
    benign_only, with_malicious = json.loads(stdout), json.loads(mixed_out)
    assert with_malicious["thresholds"] == benign_only["thresholds"]
    assert with_malicious["after"]["n_malicious"] == 20 and with_malicious["after"]["tpr"] is not None
    assert with_malicious["before"]["tpr"] == eval_json(run_cli, mixed, model_dir)["tpr"]
    code, text, err = run_cli("calibrate", mixed, "--model", model_dir, "--out", tmp_path / "mixed2")
    assert code == 0, err
    assert "malicious captures here (20)" in text


def test_refusals_name_the_problem_and_write_nothing(
    run_cli, trained: tuple[Path, Path], tmp_path: Path
) -> None:
    model_dir, benign = trained
    before_files = {p.name: p.read_bytes() for p in model_dir.iterdir()}
    code, _, err = run_cli("calibrate", benign, "--model", model_dir, "--out", model_dir)
    assert code == 2 and "the folder the guard was loaded from" in err
    code, _, err = run_cli("calibrate", benign, "--model", model_dir, "--out", model_dir / ".." / model_dir.name)
    assert code == 2 and "new folder" in err
    assert {p.name: p.read_bytes() for p in model_dir.iterdir()} == before_files

    rows = [json.loads(line) for line in (benign.parent / "manifest.jsonl").read_text().splitlines()]
    malicious = benign.parent / "malicious.jsonl"
    malicious.write_text("".join(json.dumps(r) + "\n" for r in rows if r["label"] == 1))
    code, _, err = run_cli("calibrate", malicious, "--model", model_dir, "--out", tmp_path / "none")
    assert code == 2 and "no benign captures to calibrate on" in err
    assert not (tmp_path / "none").exists()

    for rates in (("--target-fpr", "0"), ("--target-fpr", "0.1", "--flag-fpr", "0.05")):
        code, _, err = run_cli("calibrate", benign, "--model", model_dir, "--out", tmp_path / "bad", *rates)
        assert code == 2 and "fpr must be in" in err
    assert not (tmp_path / "bad").exists()


def test_a_dom_reading_guard_calibrated_on_screenshots_alone_is_warned(
    run_cli, rendered: Path, tmp_path: Path
) -> None:
    dom = ("--channels", "dom", "--text-embedder", "fake")
    code, _, err = run_cli("train", rendered, "--out", tmp_path / "dom", "--no-cache", *dom)
    assert code == 0, err
    rows = [json.loads(line) for line in (rendered / "manifest.jsonl").read_text().splitlines()]
    with_dom = rendered / "benign-dom.jsonl"
    with_dom.write_text("".join(json.dumps(r) + "\n" for r in rows if r["label"] == 0))
    screenshots = rendered / "benign-screenshots.jsonl"
    screenshots.write_text("".join(
        json.dumps({k: v for k, v in r.items() if k != "dom_text_path"}) + "\n" for r in rows if r["label"] == 0
    ))
    code, out, err = run_cli("calibrate", with_dom, "--model", tmp_path / "dom", "--out", tmp_path / "a", "--json")
    assert code == 0, err
    assert not any("DOM text" in w for w in json.loads(out)["warnings"])
    code, out, err = run_cli("calibrate", screenshots, "--model", tmp_path / "dom", "--out", tmp_path / "b", "--json")
    assert code == 0, err
    (warning,) = [w for w in json.loads(out)["warnings"] if "DOM text" in w]
    assert warning.startswith("12 of 12 benign captures have no DOM text") and "WARNING: 12 of 12" in err
