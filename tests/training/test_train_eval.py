"""End to end on pages rendered in Chromium: train -> report -> eval --json -> Guard; resume after SIGKILL."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from agent_guard.errors import ModelFormatError, ModelMismatchError
from agent_guard.guard import Guard
from agent_guard.model import GuardModel

REPO = Path(__file__).resolve().parents[2]
EVAL_KEYS = {"n", "auc", "tpr", "fpr", "threshold", "per_family", "flag_tpr", "flag_fpr", "flag_threshold",
             "n_malicious", "n_benign", "blocked_benign"}
CARD_KEYS = {"data", "counts", "channels", "seed", "C", "cv_auc", "metrics", "thresholds", "corpus", "created_at"}
COMPONENTS = {
    "image": ("--channels", "image", "--image-embedder", "fake"),
    "dom": ("--channels", "dom", "--text-embedder", "fake"),
}


@pytest.mark.parametrize("channel", sorted(COMPONENTS))
def test_train_eval_and_guard_on_rendered_pages(run_cli, rendered: Path, tmp_path: Path, channel: str) -> None:
    model_dir, cache = tmp_path / "models" / "mine", tmp_path / "cache"
    code, out, err = run_cli("train", rendered, "--out", model_dir, "--cache-dir", cache, "--seed", "1",
                             "--name", "rendered-test", *COMPONENTS[channel])
    assert code == 0, err
    assert "AUC" in out and "thresholds: block" in out and f"report: {model_dir}" in out
    assert "embedded 24, from cache 0" in err and "FAKE" in err

    # the model folder holds the model and the report, nothing executable
    names = sorted(p.name for p in model_dir.iterdir())
    assert names == ["guard.json", "guard.safetensors", "metrics.json", "per_family.md", "roc.png", "worst.html"]
    assert (model_dir / "roc.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    metrics = json.loads((model_dir / "metrics.json").read_text())
    assert EVAL_KEYS <= set(metrics) and metrics["split"] == "test"
    assert EVAL_KEYS <= set(metrics["calibration"])
    # the top-level rates are the test split's, measured: the flag FPR is the benign families' flag rates pooled
    benign_families = [entry for entry in metrics["per_family"].values() if "fpr" in entry]
    flagged_benign = sum(round(entry["flag_rate"] * entry["n"]) for entry in benign_families)
    assert metrics["flag_fpr"] == flagged_benign / metrics["n_benign"]
    assert metrics["target_fpr"] == 0.01 and metrics["target_flag_fpr"] == 0.05
    assert metrics["auc"] is not None and 0.0 <= metrics["auc"] <= 1.0
    for name, entry in metrics["per_family"].items():
        assert ("tpr" in entry) != ("fpr" in entry) and entry["n"] >= 1, name
    assert "| malicious (TPR) |" in (model_dir / "per_family.md").read_text()
    worst = (model_dir / "worst.html").read_text()
    assert "data:image/jpeg;base64," in worst and "<script" not in worst.lower()

    model = GuardModel.load(model_dir)
    card = model.training
    assert CARD_KEYS <= set(card)
    assert card["corpus"] == {"generator": "tests/training/pages.py", "seed": 0}
    assert card["environment"]["packages"]["scikit-learn"] and "cores" in card["environment"]["machine"]
    assert len(card["data"]["data_sha256"]) == 64 and card["seed"] == 1 and card["channels"] == [channel]
    assert sum(card["counts"][s]["n"] for s in ("train", "calibration", "test")) == 24
    assert card["thresholds"] == {"block": model.block_threshold, "flag": model.flag_threshold}
    # thresholds rest on the calibration split's benign captures and the training split's, scored out of fold
    assert card["threshold_benign_scores"] == {"calibration_split": card["counts"]["calibration"]["benign"],
                                               "train_out_of_fold": card["counts"]["train"]["benign"]}
    assert metrics["threshold"] == model.block_threshold and model.name == "rendered-test"

    # eval --json: one JSON object, on every row of the data, with the saved thresholds; the cache is reused
    code, out, err = run_cli("eval", rendered, "--model", model_dir, "--json", "--cache-dir", cache)
    assert code == 0, err
    assert len(out.strip().splitlines()) == 1
    result = json.loads(out)
    assert EVAL_KEYS <= set(result) and result["n"] == 24 and result["n_malicious"] == 12
    assert result["threshold"] == model.block_threshold and result["flag_threshold"] == model.flag_threshold
    assert set(result["per_family"]) == {"news", "shop", "docs", "ignore-previous", "fake-system", "urgent-popup"}
    assert result["per_family"]["news"]["n"] == 4 and "fpr" in result["per_family"]["news"]
    assert "tpr" in result["per_family"]["fake-system"]
    assert all(p.startswith("benign/") for p in result["blocked_benign"])
    assert "embedded 0, from cache 24" in err

    # run-time threshold overrides reach eval, as they reach the Guard
    code, out, _ = run_cli("eval", rendered, "--model", model_dir, "--json", "--block-threshold", "1.0",
                           "--flag-threshold", "0.999")
    assert code == 0 and json.loads(out)["threshold"] == 1.0 and json.loads(out)["tpr"] <= 0.5
    code, out, _ = run_cli("eval", rendered, "--model", model_dir)
    assert code == 0 and "AUC" in out and "fake-system" in out

    # the Guard loads the model with the calibrated thresholds and scores a capture like eval did
    png = rendered / "malicious" / "fake-system" / "00.png"
    dom = (rendered / "malicious" / "fake-system" / "00.dom.txt").read_text()
    with Guard(model_dir, audit_enabled=False) as guard:
        assert guard.policy.thresholds.block == model.block_threshold
        assert guard.policy.thresholds.flag == model.flag_threshold
        verdict = guard.check_sync(png.read_bytes(), dom_text=dom if channel == "dom" else None)
    assert verdict.status.value == "ok" and verdict.score is not None


def test_eval_on_one_class_and_on_unlabeled_data(run_cli, rendered: Path, tmp_path: Path) -> None:
    code, _, err = run_cli("train", rendered, "--out", tmp_path / "m", *COMPONENTS["image"], "--no-cache")
    assert code == 0, err
    rows = [json.loads(line) for line in (rendered / "manifest.jsonl").read_text().splitlines()]
    benign_only = rendered / "benign.jsonl"
    benign_only.write_text("".join(json.dumps(r) + "\n" for r in rows if r["label"] == 0))
    code, out, err = run_cli("eval", benign_only, "--model", tmp_path / "m", "--json", "--report", tmp_path / "rep")
    assert code == 0, err
    result = json.loads(out)
    assert result["auc"] is None and result["tpr"] is None and result["n_benign"] == 12 and result["fpr"] is not None
    assert (tmp_path / "rep" / "metrics.json").is_file() and (tmp_path / "rep" / "roc.png").is_file()
    unlabeled = rendered / "unlabeled.jsonl"
    unlabeled.write_text("".join(json.dumps({**r, "label": None}) + "\n" for r in rows[:3]))
    code, _, err = run_cli("eval", unlabeled, "--model", tmp_path / "m", "--json")
    assert code == 2 and "3 rows without a label (label: null, lines 1, 2, 3)" in err


def test_report_escapes_what_the_pages_say(run_cli, rendered: Path, tmp_path: Path) -> None:
    """Injected text reaches worst.html as text, never as markup."""
    for dom in (rendered / "malicious").rglob("*.dom.txt"):
        dom.write_text(dom.read_text() + "\n<script>alert('pwned')</script><img src=x onerror=alert(1)>")
    code, _, err = run_cli("train", rendered, "--out", tmp_path / "m", *COMPONENTS["dom"], "--no-cache")
    assert code == 0, err
    worst = (tmp_path / "m" / "worst.html").read_text()
    assert "<script>" not in worst and "<img src=x" not in worst
    assert "&lt;script&gt;" in worst or "&lt;img" in worst or "alert" not in worst
    assert "Content-Security-Policy" in worst


def _entries(cache: Path) -> int:
    return sum(1 for _ in cache.glob("*/*/*.safetensors"))


def test_interrupted_training_resumes_from_the_cache(rendered_small: Path, tmp_path: Path) -> None:
    """SIGKILL mid-embedding loses nothing already embedded; the rerun embeds only what is missing.

    Real Tesseract OCR with one capture per batch makes the embedding slow enough to interrupt (no test hook)."""
    data, cache = tmp_path / "data", tmp_path / "cache"
    rows = [json.loads(line) for line in (rendered_small / "manifest.jsonl").read_text().splitlines()]
    rows = [r for r in rows if r["label"] == 0][:4] + [r for r in rows if r["label"] == 1][:4]
    for row in rows:
        for key in ("path", "dom_text_path"):
            (data / row[key]).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(rendered_small / row[key], data / row[key])
    (data / "manifest.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    command = [sys.executable, "-m", "agent_guard.cli", "train", str(data), "--out", str(tmp_path / "m"),
               "--cache-dir", str(cache), "--channels", "ocr", "--text-embedder", "fake", "--no-progress"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    process = subprocess.Popen([*command, "--batch-size", "1", "--workers", "1"], cwd=REPO, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 90
    while process.poll() is None and _entries(cache) < 3 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert process.poll() is None, "training ended before it could be interrupted: " + process.stderr.read().decode()
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    process.stdout.close()
    process.stderr.close()
    done = _entries(cache)
    assert 3 <= done < 8
    assert not (tmp_path / "m").exists()

    rerun = subprocess.run([*command, "--batch-size", "4"], cwd=REPO, env=env, capture_output=True, text=True,
                           timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert f"embedded {8 - done}, from cache {done}" in rerun.stderr
    assert _entries(cache) == 8 and GuardModel.load(tmp_path / "m").channels == ("ocr",)


@pytest.mark.slow
def test_mlp_text_head_from_the_command_line(run_cli, rendered: Path, tmp_path: Path) -> None:
    from agent_guard.model import LinearHead, MlpHead

    model_dir, cache = tmp_path / "mlp", tmp_path / "cache"
    code, out, err = run_cli("train", rendered, "--out", model_dir, "--cache-dir", cache, "--text-head", "mlp",
                             *COMPONENTS["dom"])
    assert code == 0, err
    model = GuardModel.load(model_dir)
    assert isinstance(model.heads["text"], MlpHead) and isinstance(model.heads["lexical"], LinearHead)
    assert model.training["head_kinds"] == {"text": "mlp", "lexical": "linear"}
    code, out, err = run_cli("eval", rendered, "--model", model_dir, "--json", "--cache-dir", cache)
    assert code == 0, err
    assert json.loads(out)["n"] == 24
    code, out, err = run_cli("train", rendered, "--out", tmp_path / "x", "--text-head", "forest", *COMPONENTS["dom"])
    assert code != 0 and "--text-head" in err
    # an ensemble of MLPs is an MLP head's option: asked of a linear head it is refused, not ignored
    code, out, err = run_cli("train", rendered, "--out", tmp_path / "y", "--mlp-members", "3", *COMPONENTS["dom"])
    assert code != 0 and "--mlp-members" in err and not (tmp_path / "y").exists()


def test_real_ocr_and_minilm(run_cli, rendered_small: Path, tmp_path: Path) -> None:
    """The default components (Tesseract + MiniLM from PyPI), on a dozen pages, through train and eval."""
    started = time.perf_counter()
    code, out, err = run_cli("train", rendered_small, "--out", tmp_path / "m", "--cache-dir", tmp_path / "cache")
    assert code == 0, err
    model = GuardModel.load(tmp_path / "m")
    assert model.channels == ("ocr", "dom") and set(model.embedders) == {"text", "ocr", "chunker", "lexical"}
    assert model.embedders["ocr"]["engine"] == "tesseract"
    code, out, err = run_cli("eval", rendered_small, "--model", tmp_path / "m", "--json", "--cache-dir",
                             tmp_path / "cache")
    assert code == 0, err
    result = json.loads(out)
    assert result["n"] == 12 and result["auc"] is not None and result["auc"] >= 0.75
    assert "embedded 0, from cache 12" in err  # eval embeds as train does: same cache folder
    (identity,) = [json.loads(path.read_text()) for path in (tmp_path / "cache").glob("*/extractor.json")]
    assert identity["text_compute_dtype"] == "float64"  # batch-independent vectors, so fits are reproducible
    print(f"train + eval with Tesseract + MiniLM on 12 pages: {time.perf_counter() - started:.1f} s")


@pytest.mark.slow
def test_layer_means_text_embedder_from_training_to_the_guard(run_cli, rendered_small: Path, tmp_path: Path) -> None:
    """--text-embedder minilm-layers: the model records the pooling, and a Guard built from it embeds the same way
    (its 2688-wide MLP head would not accept the sentence embedding's 384 dims)."""
    from agent_guard.model import MlpHead

    model_dir, cache = tmp_path / "layers", tmp_path / "cache"
    code, out, err = run_cli("train", rendered_small, "--out", model_dir, "--cache-dir", cache, "--channels", "dom",
                             "--text-embedder", "minilm-layers", "--text-head", "mlp")
    assert code == 0, err
    model = GuardModel.load(model_dir)
    assert model.embedders["text"]["pooling"] == "layer-means" and model.embedders["text"]["dim"] == 2688
    assert model.training["components"]["text_embedder"] == "minilm-layers"
    head = model.heads["text"]
    assert isinstance(head, MlpHead) and head.hidden_weight.shape[0] == 2688
    code, out, err = run_cli("eval", rendered_small, "--model", model_dir, "--json", "--cache-dir", cache)
    assert code == 0, err
    assert "embedded 0, from cache 12" in err  # eval rebuilt the layer-means embedder from the model's fingerprint
    png = rendered_small / "malicious" / "fake-system" / "00.png"
    dom = (rendered_small / "malicious" / "fake-system" / "00.dom.txt").read_text()
    with Guard(model_dir, audit_enabled=False) as guard:
        assert guard.extractor.text_embedder.fingerprint["pooling"] == "layer-means"
        verdict = guard.check_sync(png.read_bytes(), dom_text=dom)
    assert verdict.status.value == "ok" and verdict.score is not None


@pytest.mark.slow
@pytest.mark.parametrize("name", ["faint_text", "small_text"])
def test_optional_ocr_pass_from_training_to_the_guard(
    run_cli, rendered_small: Path, tmp_path: Path, name: str
) -> None:
    """--ocr-faint-text / --ocr-small-text: the model records it, a Guard built from it reads captures the same
    way, and the guard refuses an OCR engine set the other way (the text it would read is not the text the heads
    were trained on)."""
    from agent_guard.ocr import TesseractOcr

    model_dir = tmp_path / name
    code, out, err = run_cli("train", rendered_small, "--out", model_dir, "--cache-dir", tmp_path / "cache",
                             "--channels", "ocr", "--ocr-" + name.replace("_", "-"))
    assert code == 0, err
    recorded = GuardModel.load(model_dir).embedders["ocr"]
    assert recorded[name] is True
    assert not ({"faint_text", "small_text"} - {name}) & set(recorded)  # only the pass asked for
    code, out, err = run_cli("eval", rendered_small, "--model", model_dir, "--json", "--cache-dir", tmp_path / "cache")
    assert code == 0, err
    assert "embedded 0, from cache 12" in err  # eval read the pages with the same pass, as training did
    png = rendered_small / "malicious" / "fake-system" / "00.png"
    with Guard(model_dir, audit_enabled=False) as guard:
        assert guard.extractor.ocr is not None and guard.extractor.ocr.fingerprint[name] is True
        verdict = guard.check_sync(png.read_bytes())
    assert verdict.status.value == "ok" and verdict.text_sources == ("ocr",)
    with pytest.raises(ModelMismatchError, match=name):
        Guard(model_dir, audit_enabled=False, ocr=TesseractOcr())


def test_fit_seed_changes_the_fit_and_keeps_the_split(run_cli, rendered: Path, tmp_path: Path) -> None:
    def train(name: str, *extra: str) -> GuardModel:
        code, out, err = run_cli("train", rendered, "--out", tmp_path / name, "--cache-dir", tmp_path / "cache",
                                 "--seed", "3", "--text-head", "mlp", *extra, *COMPONENTS["dom"])
        assert code == 0, err
        return GuardModel.load(tmp_path / name)

    plain, same, other = train("plain"), train("same", "--fit-seed", "3"), train("other", "--fit-seed", "4")
    # the fit seed equal to the seed gives the model trained without it, and its card names no fit seed
    assert same.arrays_sha256 == plain.arrays_sha256 and "fit_seed" not in same.training
    assert other.arrays_sha256 != plain.arrays_sha256 and other.training["fit_seed"] == 4
    assert other.training["seed"] == 3 and other.training["counts"] == plain.training["counts"]
    for split in ("test", "calibration"):  # the same captures in each split, family by family
        assert _split_families(other, split) == _split_families(plain, split)
    # a seed scikit-learn would refuse mid-fit (with a message blaming the data) is refused before anything runs
    for flag in ("--seed", "--fit-seed"):
        code, out, err = run_cli("train", rendered, "--out", tmp_path / "x", flag, "-1", *COMPONENTS["dom"])
        assert code != 0 and flag in err and not (tmp_path / "x").exists()


def _split_families(model: GuardModel, split: str) -> dict[str, int]:
    metrics = model.training["metrics"][split]
    return {"benign": metrics["n_benign"], **{family: row["n"] for family, row in metrics["per_family"].items()}}


def test_family_folds_from_the_command_line(run_cli, rendered: Path, tmp_path: Path) -> None:
    code, out, err = run_cli("train", rendered, "--out", tmp_path / "fam", "--cv-folds", "families", *COMPONENTS["dom"])
    assert code == 0, err
    card = GuardModel.load(tmp_path / "fam").training
    assert card["cv_folds"] == "families" and all(card["cv_auc"].values())  # cross-validation ran, by family
    for wrong in ("no such field", "pages"):  # not a field name; a field no row has
        code, out, err = run_cli("train", rendered, "--out", tmp_path / "x", "--cv-folds", wrong, *COMPONENTS["dom"])
        assert code != 0 and "--cv-folds" in err and not (tmp_path / "x").exists()



def test_low_fpr_fusion_from_the_command_line(run_cli, rendered: Path, tmp_path: Path) -> None:
    code, out, err = run_cli("train", rendered, "--out", tmp_path / "low", "--fusion", "low-fpr", *COMPONENTS["dom"])
    assert code == 0, err
    card = GuardModel.load(tmp_path / "low").training
    assert card["fusion"]["method"] == "low-fpr" and len(card["fusion"]["coef"]) == 2
    code, out, err = run_cli("train", rendered, "--out", tmp_path / "x", "--fusion", "median", *COMPONENTS["dom"])
    assert code != 0 and "--fusion" in err and not (tmp_path / "x").exists()


def test_fit_warnings_tell_a_head_left_out_by_design_from_one_that_learned_noise() -> None:
    from agent_guard.classifier import FitReport
    from agent_guard.training.trainer import fit_warnings

    def report(fusion: str) -> FitReport:
        return FitReport(C={"text": 1.0, "lexical": 1.0}, cv_auc={"text": {"1.0": 0.42}, "lexical": {"1.0": 0.9}},
                         fusion_coef=[0.0, 1.2], fusion_intercept=0.0, fusion=fusion)

    (noise,) = fit_warnings(report("logistic"))
    assert "text head" in noise and "ran against the labels" in noise
    (left_out,) = fit_warnings(report("low-fpr"))
    assert "no weight" in left_out and "ran against" not in left_out
    assert fit_warnings(FitReport(C={"text": 1.0}, cv_auc={"text": {}}, fusion_coef=[0.7], fusion_intercept=0.0)) == []


@pytest.mark.slow
def test_tuned_encoder_from_the_command_line(run_cli, rendered: Path, tmp_path: Path) -> None:
    """``--tuned-encoder``: MiniLM's layers fine-tuned on the pages' chunks ship beside the model and serve it."""
    from tests.training.pages import page_specs

    injections = {
        f"malicious/{spec['subset']}/{spec['index']:02d}.png": spec["injection"]
        for spec in page_specs(4) if spec["label"]
    }
    manifest = rendered / "manifest.jsonl"
    rows = [json.loads(line) for line in manifest.read_text().splitlines()]
    for row in rows:
        if row["label"]:
            row["injection_text"] = injections[row["path"]]
    manifest.write_text("".join(json.dumps(row) + "\n" for row in rows))

    model_dir = tmp_path / "tuned"
    code, out, err = run_cli("train", rendered, "--out", model_dir, *COMPONENTS["dom"], "--tuned-encoder")
    assert code == 0, err
    assert "fine-tuning MiniLM's layers on" in err and "tuned head weighed on the calibration split" in err
    model = GuardModel.load(model_dir)
    assert model.head_names == ("text", "lexical", "tuned") and model.fusion_coef.shape == (3,)
    layers = model_dir / "text-encoder.safetensors"
    assert layers.stat().st_size > 10_000_000 and model.tuned_layers == layers.read_bytes()
    card = model.training
    assert card["tuned"]["fine_tuning"]["positives"] >= 5 and card["tuned"]["stage_two"]["n"] == card["counts"]["calibration"]["n"]
    assert card["threshold_benign_scores"]["train_out_of_fold"] == 0  # the tuned encoder saw the training split
    assert card["fusion"]["coef"] == pytest.approx(model.fusion_coef.tolist(), rel=1e-6)

    # eval rebuilds the tuned encoder from the model folder, as the guard does
    code, out, err = run_cli("eval", rendered, "--model", model_dir, "--json")
    assert code == 0, err
    assert json.loads(out)["n"] == 24

    # calibrate keeps the tuned layers: the recalibrated guard ships them and scores with them
    code, out, err = run_cli("calibrate", rendered, "--model", model_dir, "--out", tmp_path / "tuned-mine", "--json")
    assert code == 0, err
    assert (tmp_path / "tuned-mine" / "text-encoder.safetensors").read_bytes() == layers.read_bytes()
    assert GuardModel.load(tmp_path / "tuned-mine").model_id == model.model_id
    code, out, err = run_cli("eval", rendered, "--model", tmp_path / "tuned-mine", "--json")
    assert code == 0 and json.loads(out)["n"] == 24, err

    # other layers under the same name are refused at load
    payload = bytearray(layers.read_bytes())
    payload[-1] ^= 0x01
    layers.write_bytes(bytes(payload))
    with pytest.raises(ModelFormatError, match="text-encoder.safetensors"):
        GuardModel.load(model_dir)

    code, out, err = run_cli("train", rendered, "--out", tmp_path / "x", *COMPONENTS["image"], "--tuned-encoder")
    assert code != 0 and "--tuned-encoder" in err and not (tmp_path / "x").exists()
