"""Hostile datasets through the real command line: ``python -m agent_guard.cli train|eval|collect`` in a child process.

Each broken dataset must stop the command with exit status 2 and a message on stderr that names the offending
rows (manifest line and path), never a Python traceback, and ``train`` must not leave a model folder behind. The
trainer's own suite (tests/training) checks the same rules in-process and in more detail; this one runs the
installed entry point end to end, with the fast fake embedders, and adds inputs made to break the reader itself.

All cases run at once (a few child processes in parallel) in a module fixture; each test reads its own result.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import pytest

from tests.training.conftest import draw_png, write_manifest

REPO = Path(__file__).resolve().parents[2]
FAKE_IMAGE = ("--channels", "image", "--image-embedder", "fake", "--no-progress", "--no-cache")


@dataclass
class Case:
    build: Callable[[Path], list[str]]  # makes the data under the folder given, returns the CLI arguments
    code: int = 2
    stderr: tuple[str, ...] = ()  # every one of these must appear on stderr
    stdout: tuple[str, ...] = ()
    xfail: str | None = None  # a known library bug (see the report): the case documents the expected behaviour
    result: dict[str, Any] = field(default_factory=dict)


def dataset(root: Path, n: int = 8, *, extra: list[Any] = (), labels: Callable[[int], int] = lambda i: i % 2) -> Path:
    """``n`` small distinct PNGs under ``root/img`` plus a manifest (rows, then ``extra`` lines verbatim)."""
    (root / "img").mkdir(parents=True, exist_ok=True)
    rows: list[Any] = []
    for i in range(n):
        (root / "img" / f"{i:03d}.png").write_bytes(draw_png(3000 + i, bool(labels(i))))
        rows.append({"path": f"img/{i:03d}.png", "label": labels(i)})
    return write_manifest(root, rows + list(extra))


def train(manifest: Path, *more: str) -> list[str]:
    return ["train", str(manifest), "--out", str(manifest.parent / "model-out"), *FAKE_IMAGE, *more]


def evaluate(manifest: Path, *more: str) -> list[str]:
    return ["eval", str(manifest), "--model", "{model}", "--no-progress", *more]


def _missing(root: Path) -> Path:
    return dataset(root, extra=[{"path": "img/gone.png", "label": 1}, {"path": "img/gone2.png", "label": 0}])


def _bad_labels(root: Path) -> Path:
    return dataset(root, extra=[
        '{"path": "img/two.png", "label": 2}',
        '{"path": "img/string.png", "label": "1"}',
        '{"path": "img/bool.png", "label": true}',
        '{"path": "img/null.png", "label": null}',
        '{"path": "img/nolabel.png"}',
    ])


def _conflicting(root: Path) -> Path:
    manifest = dataset(root, extra=[{"path": "img/copy.png", "label": 0}])
    (root / "img" / "copy.png").write_bytes((root / "img" / "003.png").read_bytes())  # row 4 has label 1
    return manifest


def _escaping(root: Path) -> Path:
    manifest = dataset(root, extra=[
        {"path": "../../etc/passwd", "label": 1},
        {"path": "/etc/passwd", "label": 0},
        {"path": "img/link.png", "label": 1},
    ])
    os.symlink("/etc/passwd", root / "img" / "link.png")  # a link inside the folder that points out of it
    return manifest


def _unreadable(root: Path) -> Path:
    manifest = dataset(root, extra=[{"path": "img/text.png", "label": 0}, {"path": "img/empty.png", "label": 1}])
    (root / "img" / "text.png").write_text("this is not an image")
    (root / "img" / "empty.png").write_bytes(b"")
    return manifest


def _truncated(root: Path) -> Path:
    manifest = dataset(root, extra=[{"path": "img/cut.png", "label": 1}])
    (root / "img" / "cut.png").write_bytes(draw_png(77, True)[:600])  # a valid header, pixel data cut short
    return manifest


def _not_utf8(root: Path) -> Path:
    root.mkdir(parents=True)
    (root / "manifest.jsonl").write_bytes(b'{"path": "img/000.png", "label": 0}\n\xff\xfe\x00\x81 binary junk\n')
    return root / "manifest.jsonl"


CASES: dict[str, Case] = {
    "missing-files": Case(
        lambda r: train(_missing(r)),
        stderr=("2 missing files", "line 9: img/gone.png (no such file)", "line 10: img/gone2.png (no such file)"),
    ),
    "missing-files-skipped": Case(
        lambda r: evaluate(_missing(r), "--skip-missing", "--json"),
        code=0, stderr=("skipped 2 rows whose files are missing",), stdout=('"model_id"',),
    ),
    "bad-labels-train": Case(
        lambda r: train(_bad_labels(r)),
        stderr=(
            "3 rows whose label is not 0 or 1", "line 9: img/two.png (label=2)",
            'line 10: img/string.png (label="1")', "line 11: img/bool.png (label=true)",
            "rows without a label (label: null, lines 12, 13)", "line 12: img/null.png", "line 13: img/nolabel.png",
        ),
    ),
    "bad-labels-eval": Case(
        lambda r: evaluate(_bad_labels(r)),
        stderr=("line 9: img/two.png (label=2)", "line 11: img/bool.png (label=true)", "line 13: img/nolabel.png"),
    ),
    "duplicate-paths": Case(
        lambda r: train(dataset(r, extra=[{"path": "./img/003.png", "label": 1},
                                          {"path": "img//003.png", "label": 1}])),
        stderr=("2 duplicate paths", "line 9: ./img/003.png (same file as line 4: img/003.png)",
                "line 10: img//003.png (same file as line 4: img/003.png)"),
    ),
    "conflicting-labels-train": Case(
        lambda r: train(_conflicting(r)),
        stderr=("conflicting labels", "line 4: img/003.png (label 1", "line 9: img/copy.png (label 0"),
    ),
    "conflicting-labels-eval": Case(
        lambda r: evaluate(_conflicting(r)),
        stderr=("conflicting labels", "line 4: img/003.png (label 1", "line 9: img/copy.png (label 0"),
    ),
    "escaping-paths-train": Case(
        lambda r: train(_escaping(r)),
        stderr=("3 paths that leave the dataset folder", "line 9: ../../etc/passwd (outside",
                "line 10: /etc/passwd (outside", "line 11: img/link.png (outside"),
    ),
    "escaping-paths-eval": Case(
        lambda r: evaluate(_escaping(r)),
        stderr=("3 paths that leave the dataset folder", "line 9: ../../etc/passwd", "line 11: img/link.png"),
    ),
    "line-not-json": Case(
        lambda r: train(dataset(r, extra=["{'path': 'img/000.png', 'label': 0}",
                                          '{"path": "img/000.png", "label": 0'])),
        stderr=("2 lines that are not JSON", "line 9: ", "line 10: "),
    ),
    "line-not-an-object": Case(
        lambda r: train(dataset(r, extra=['["img/000.png", 0]', '"img/000.png"', "null", "7"])),
        stderr=("4 lines that are not JSON objects", "line 9: ", "line 10: ", "line 11: ", "line 12: "),
    ),
    "empty-manifest": Case(
        lambda r: train(write_manifest(r, [])),
        stderr=("the dataset is empty",),
    ),
    "only-comments-eval": Case(
        lambda r: evaluate(write_manifest(r, ["# nothing here", ""])),
        stderr=("the dataset is empty",),
    ),
    "one-class-only": Case(
        lambda r: train(dataset(r, n=6, labels=lambda i: 0)),
        stderr=("every capture is benign (0)", "needs both benign and malicious"),
    ),
    "unreadable-images-train": Case(
        lambda r: train(_unreadable(r)),
        stderr=("2 unreadable images", "line 9: img/text.png (not a recognised image format)",
                "line 10: img/empty.png (empty file (0 bytes))"),
    ),
    "truncated-image-eval": Case(
        lambda r: evaluate(_truncated(r)),
        stderr=("1 captures could not be decoded or embedded", "line 9: img/cut.png (unreadable image"),
    ),
    "manifest-not-utf8": Case(
        lambda r: train(_not_utf8(r)),
        stderr=("not UTF-8 text",),
    ),
    "collect-without-verdicts": Case(
        lambda r: (r.mkdir(parents=True), ["collect", str(r), "--out", str(r / "to-label.jsonl")])[1],
        stderr=("no verdicts.jsonl here",),
    ),
    "path-with-nul-byte": Case(
        lambda r: train(dataset(r, extra=['{"path": "img/000\\u0000.png", "label": 1}'])),
        stderr=("line 9",),
    ),
    "path-too-long": Case(
        lambda r: train(dataset(r, extra=[{"path": "x" * 5000 + ".png", "label": 1}])),
        stderr=("line 9",),
    ),
}


def _run(root: Path, model: Path, name: str, case: Case) -> dict[str, Any]:
    args = [arg.replace("{model}", str(model)) for arg in case.build(root / name)]
    env = {**os.environ, "PYTHONPATH": str(REPO), "AGENT_GUARD_AUDIT_ENABLED": "false"}
    done = subprocess.run(
        [sys.executable, "-m", "agent_guard.cli", *args],
        capture_output=True, text=True, timeout=120, cwd=root, env=env,
    )
    return {"args": args, "code": done.returncode, "stdout": done.stdout, "stderr": done.stderr}


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory, guard_model_dir: Path) -> dict[str, dict[str, Any]]:
    root = tmp_path_factory.mktemp("hostile-datasets")
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = {name: pool.submit(_run, root, guard_model_dir, name, case) for name, case in CASES.items()}
    return {name: future.result() for name, future in futures.items()}


def _params() -> list[Any]:
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, raises=AssertionError, reason=case.xfail))
        if case.xfail else name
        for name, case in CASES.items()
    ]


@pytest.mark.parametrize("name", _params())
def test_hostile_dataset(results: dict[str, dict[str, Any]], name: str) -> None:
    case, result = CASES[name], results[name]
    shown = f"{' '.join(result['args'])}\n--- stdout\n{result['stdout']}\n--- stderr\n{result['stderr']}"
    assert "Traceback" not in result["stdout"] + result["stderr"], shown
    assert result["code"] == case.code, shown
    for text in case.stderr:
        assert text in result["stderr"], f"{text!r} missing\n{shown}"
    for text in case.stdout:
        assert text in result["stdout"], f"{text!r} missing\n{shown}"
    if case.code == 2:
        assert f"agent-guard {result['args'][0]}: error: " in result["stderr"], shown
        assert not result["stdout"].strip(), shown  # results go to stdout; an error leaves it empty
    if result["args"][0] == "train":
        assert not Path(result["args"][result["args"].index("--out") + 1]).exists()  # no half-written model
    if name == "missing-files-skipped":
        assert json.loads(result["stdout"])["n"] == 8  # the 8 present rows were evaluated
