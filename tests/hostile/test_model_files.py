"""Hostile guard-model folders: the loader refuses each with a ModelError naming the problem, and never runs code."""

from __future__ import annotations

import hashlib
import json
import pickle
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Callable

import numpy as np
import pytest
from safetensors.numpy import load as load_arrays
from safetensors.numpy import save as save_arrays

from agent_guard.embedders.fake import FakeImageEmbedder
from agent_guard.errors import ModelFormatError, ModelMismatchError
from agent_guard.guard import Guard
from agent_guard.model import METADATA_FILE, WEIGHTS_FILE, GuardModel
from agent_guard.views import ViewLayout
from tests.conftest import draw_capture


def _metadata(folder: Path) -> dict:
    return json.loads((folder / METADATA_FILE).read_text())


def _write_metadata(folder: Path, document: dict) -> None:
    (folder / METADATA_FILE).write_text(json.dumps(document))


def _rewrite_arrays(folder: Path, change: Callable[[dict], None]) -> None:
    """Change the arrays and fix up the checksum, so only the loader's own validation can catch it."""
    arrays = dict(load_arrays((folder / WEIGHTS_FILE).read_bytes()))
    change(arrays)
    payload = save_arrays(arrays)
    (folder / WEIGHTS_FILE).write_bytes(payload)
    document = _metadata(folder)
    document["arrays_sha256"] = hashlib.sha256(payload).hexdigest()
    _write_metadata(folder, document)


def _flip_byte(folder: Path) -> None:
    data = bytearray((folder / WEIGHTS_FILE).read_bytes())
    data[-5] ^= 0xFF
    (folder / WEIGHTS_FILE).write_bytes(bytes(data))


def _set(key: str, value: object) -> Callable[[Path], None]:
    def change(folder: Path) -> None:
        document = _metadata(folder)
        document[key] = value
        _write_metadata(folder, document)
    return change


def _drop(key: str) -> Callable[[Path], None]:
    def change(folder: Path) -> None:
        document = _metadata(folder)
        del document[key]
        _write_metadata(folder, document)
    return change


def _nan(arrays: dict) -> None:
    arrays["heads.image.coef"] = arrays["heads.image.coef"].copy()
    arrays["heads.image.coef"][3] = np.nan


CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    "flipped-byte": (_flip_byte, "checksum mismatch"),
    "nan-weights": (lambda f: _rewrite_arrays(f, _nan), "NaN"),
    "wrong-dtype": (lambda f: _rewrite_arrays(f, lambda a: a.update(
        {"fusion.coef": a["fusion.coef"].astype(np.float64)})), "dtype"),
    "wrong-shape": (lambda f: _rewrite_arrays(f, lambda a: a.update(
        {"heads.image.coef": a["heads.image.coef"][:10]})), "coef shape"),
    "extra-array": (lambda f: _rewrite_arrays(f, lambda a: a.update(
        {"surprise": np.zeros(3, np.float32)})), "differ from the expected"),
    "missing-array": (lambda f: _rewrite_arrays(f, lambda a: a.pop("fusion.intercept")), "differ from the expected"),
    "hidden-layer-shapes-disagree": (lambda f: _rewrite_arrays(f, lambda a: a.update({
        "heads.image.hidden.weight": np.zeros((a["heads.image.coef"].shape[0], 4), np.float32),
        "heads.image.hidden.bias": np.zeros(4, np.float32)})), "do not fit together"),
    "hidden-weight-not-a-matrix": (lambda f: _rewrite_arrays(f, lambda a: a.update({
        "heads.image.hidden.weight": np.zeros(4, np.float32),
        "heads.image.hidden.bias": np.zeros(4, np.float32)})), "expected 2 dimension"),
    "hidden-bias-alone": (lambda f: _rewrite_arrays(f, lambda a: a.update(
        {"heads.image.hidden.bias": np.zeros(4, np.float32)})), "differ from the expected"),
    "metadata-not-json": (lambda f: (f / METADATA_FILE).write_text("{not json"), "not valid JSON"),
    "metadata-not-object": (lambda f: (f / METADATA_FILE).write_text("[1, 2, 3]"), "JSON object"),
    "metadata-extra-field": (_set("run_this", "os.system('id')"), "Extra inputs are not permitted"),
    "metadata-missing-field": (_drop("thresholds"), "thresholds"),
    "metadata-nan-threshold": (lambda f: (f / METADATA_FILE).write_text(
        (f / METADATA_FILE).read_text().replace('"block": ', '"block": NaN, "x": ', 1)), "not valid JSON"),
    "unknown-version": (_set("format_version", 99), "format_version 99"),
    "thresholds-disordered": (_set("thresholds", {"flag": 0.9, "block": 0.1}), "flag threshold must be <="),
    "unknown-channel": (_set("channels", ["telepathy"]), "channels must be"),
    "missing-weights-file": (lambda f: (f / WEIGHTS_FILE).unlink(), "missing"),
    "weights-not-safetensors": (lambda f: (f / WEIGHTS_FILE).write_bytes(b"\x00" * 64), "checksum mismatch"),
    "pickle-beside-model": (lambda f: (f / "classifier.pkl").write_bytes(b"x"), "executable formats"),
}


@pytest.fixture
def model_copy(tmp_path: Path, fake_model_dir: Path) -> Path:
    target = tmp_path / "model"
    shutil.copytree(fake_model_dir, target)
    return target


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_model_folder_is_refused(model_copy: Path, case: str) -> None:
    corrupt, message = CASES[case]
    corrupt(model_copy)
    with pytest.raises(ModelFormatError, match=message.replace("(", r"\(")):
        GuardModel.load(model_copy)


def test_model_for_another_embedder_names_the_field(fake_model_dir: Path) -> None:
    other = FakeImageEmbedder(layout=ViewLayout(tile_px=224))
    with pytest.raises(ModelMismatchError, match="views.tile_px"):
        Guard(fake_model_dir, image_embedder=other, audit_enabled=False)


def test_pickle_payload_never_executes(model_copy: Path, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self) -> tuple:
            return (Path.touch, (marker,))

    payload = pickle.dumps(Exploit())
    (model_copy / WEIGHTS_FILE).write_bytes(payload)
    document = _metadata(model_copy)
    document["arrays_sha256"] = hashlib.sha256(payload).hexdigest()  # even with a matching checksum
    _write_metadata(model_copy, document)
    with pytest.raises(ModelFormatError, match="not a valid safetensors file"):
        GuardModel.load(model_copy)
    assert not marker.exists()


def test_package_never_imports_pickle_or_joblib() -> None:
    import agent_guard

    source = "\n".join(p.read_text() for p in Path(agent_guard.__file__).parent.rglob("*.py"))
    for forbidden in ("import pickle", "import joblib", "torch.load(", "allow_pickle=True"):
        assert forbidden not in source


def test_scan_with_corrupt_model_exits_2(model_copy: Path, tmp_path: Path) -> None:
    _flip_byte(model_copy)
    capture = tmp_path / "a.png"
    capture.write_bytes(draw_capture(1, malicious=False))
    result = subprocess.run([sys.executable, "-m", "agent_guard.cli", "scan", str(capture), "--model", str(model_copy)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "checksum mismatch" in result.stderr and "Traceback" not in result.stderr
