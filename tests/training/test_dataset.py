"""Bad data stops `agent-guard train` with exit 2 and a message that names the offending rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent_guard.errors import DatasetError
from agent_guard.training.dataset import data_hash, hash_rows, load_dataset
from tests.training.conftest import draw_png, write_manifest

FAKE = ("--channels", "image", "--image-embedder", "fake", "--no-progress")


def train(run_cli, data: Path, tmp_path: Path, *more: str) -> tuple[int, str, str]:
    return run_cli("train", data, "--out", tmp_path / "model", "--cache-dir", tmp_path / "cache", *FAKE, *more)


def test_good_manifest_reads_every_field(drawn_dataset, tmp_path: Path) -> None:
    manifest = drawn_dataset(8, extra_rows=[])
    dataset = load_dataset(manifest)
    assert dataset.layout == "manifest" and len(dataset.rows) == 8
    row = dataset.rows[1]
    assert row.line == 2 and row.label == 1 and row.family == "popup" and row.path.is_absolute()
    assert load_dataset(manifest.parent).source == manifest  # a folder holding manifest.jsonl is that manifest


def test_other_text_fields_ride_along(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(draw_png(1, malicious=True))
    record = {"path": "a.png", "label": 1, "family": "popup", "tone": "urgent", "injection_text": "Agent: stop.",
              "n_words": 3, "lang": None}
    row = load_dataset(write_manifest(tmp_path, [record])).rows[0]
    # a string field can key cross-validation (--cv-folds tone); fields read into the row are not repeated
    assert row.extra == {"tone": "urgent", "injection_text": "Agent: stop."}


@pytest.mark.parametrize(
    ("label_json", "shown"),
    [("true", "label=true"), ('"1"', 'label="1"'), ("2", "label=2"), ("1.0", "label=1.0"), ("-1", "label=-1")],
)
def test_label_must_be_exactly_0_or_1(run_cli, drawn_dataset, tmp_path: Path, label_json: str, shown: str) -> None:
    (tmp_path / "drawn" / "img").mkdir(parents=True)
    (tmp_path / "drawn" / "img" / "odd.png").write_bytes(draw_png(1, False))
    manifest = drawn_dataset(8, extra_rows=[f'{{"path": "img/odd.png", "label": {label_json}}}'])
    code, out, err = train(run_cli, manifest, tmp_path)
    assert code == 2, err
    assert "label is not 0 or 1" in err and f"line 9: img/odd.png ({shown})" in err
    assert "Traceback" not in err and not (tmp_path / "model").exists()


def test_unlabeled_rows_say_how_many_and_where(run_cli, drawn_dataset, tmp_path: Path) -> None:
    manifest = drawn_dataset(6, extra_rows=[{"path": "img/000.png", "label": None}, {"path": "img/x.png"}])
    code, _, err = train(run_cli, manifest, tmp_path)
    assert code == 2
    assert "2 rows without a label (label: null, lines 7, 8)" in err
    assert "line 7: img/000.png" in err and "line 8: img/x.png" in err


def test_missing_file_is_named_and_skip_missing_counts(run_cli, drawn_dataset, tmp_path: Path) -> None:
    manifest = drawn_dataset(24, extra_rows=[{"path": "img/gone.png", "label": 1}, {"path": "img/gone2.png", "label": 0}])
    code, _, err = train(run_cli, manifest, tmp_path)
    assert code == 2 and "2 missing files" in err
    assert "line 25: img/gone.png (no such file)" in err and "line 26: img/gone2.png" in err
    code, out, err = train(run_cli, manifest, tmp_path, "--skip-missing")
    assert code == 0, err
    assert "skipped 2 rows whose files are missing" in err and "embedded 24, from cache 0" in err


def test_missing_dom_text_sidecar_is_a_missing_file(drawn_dataset, tmp_path: Path) -> None:
    manifest = drawn_dataset(4, extra_rows=[{"path": "img/000.png", "label": 0, "dom_text_path": "img/none.txt"}])
    with pytest.raises(DatasetError) as info:
        load_dataset(manifest)
    assert any("line 5" in row and "none.txt" in row for row in info.value.rows)


@pytest.mark.parametrize(
    "bad_path", ["../../etc/passwd", "/etc/passwd", "img/../../outside.png", "../drawn-sibling/a.png"]
)
def test_paths_that_leave_the_dataset_folder_are_refused(run_cli, drawn_dataset, tmp_path: Path, bad_path: str) -> None:
    (tmp_path / "outside.png").write_bytes(draw_png(5, True))
    manifest = drawn_dataset(8, extra_rows=[{"path": bad_path, "label": 1}])
    code, _, err = train(run_cli, manifest, tmp_path)
    assert code == 2 and "paths that leave the dataset folder" in err and f"line 9: {bad_path}" in err


def test_dom_text_path_that_leaves_the_folder_is_refused(drawn_dataset) -> None:
    manifest = drawn_dataset(4, extra_rows=[{"path": "img/000.png", "label": 0, "dom_text_path": "/etc/hostname"}])
    with pytest.raises(DatasetError, match="leave the dataset folder") as info:
        load_dataset(manifest)
    assert info.value.rows == [f"line 5: img/000.png (dom_text_path /etc/hostname is outside {manifest.parent.resolve()})"]


def test_absolute_path_inside_the_folder_is_fine(drawn_dataset, tmp_path: Path) -> None:
    manifest = drawn_dataset(4)
    rows = [json.loads(line) for line in manifest.read_text().splitlines()]
    rows[0]["path"] = str((manifest.parent / rows[0]["path"]).resolve())
    write_manifest(manifest.parent, rows)
    assert len(load_dataset(manifest).rows) == 4


def test_duplicate_paths_name_both_lines(run_cli, drawn_dataset, tmp_path: Path) -> None:
    manifest = drawn_dataset(8, extra_rows=[{"path": "./img/003.png", "label": 1}])
    code, _, err = train(run_cli, manifest, tmp_path)
    assert code == 2 and "1 duplicate paths" in err
    assert "line 9: ./img/003.png (same file as line 4: img/003.png)" in err


@pytest.mark.parametrize(
    ("line", "kind"),
    [("not json at all", "not JSON"), ("[1, 2]", "not JSON objects"), ('"img/000.png"', "not JSON objects"),
     ('{"label": 1}', "without a path"), ('{"path": 7, "label": 1}', "without a path")],
)
def test_malformed_lines(run_cli, drawn_dataset, tmp_path: Path, line: str, kind: str) -> None:
    manifest = drawn_dataset(6, extra_rows=[line])
    code, _, err = train(run_cli, manifest, tmp_path)
    assert code == 2 and kind in err and "line 7" in err


def test_every_problem_is_reported_at_once(drawn_dataset) -> None:
    manifest = drawn_dataset(4, extra_rows=["{", {"path": "/etc/passwd", "label": 0}, {"path": "img/000.png", "label": 2}])
    with pytest.raises(DatasetError) as info:
        load_dataset(manifest)
    assert [row.split(":")[0] for row in info.value.rows] == ["line 5", "line 6", "line 7"]


def test_unreadable_images_found_before_embedding(run_cli, drawn_dataset, tmp_path: Path) -> None:
    root = tmp_path / "drawn"
    (root / "img").mkdir(parents=True)
    (root / "img" / "text.png").write_text("this is not an image")
    (root / "img" / "empty.png").write_bytes(b"")
    manifest = drawn_dataset(8, extra_rows=[{"path": "img/text.png", "label": 0}, {"path": "img/empty.png", "label": 1}])
    code, _, err = train(run_cli, manifest, tmp_path)
    assert code == 2 and "2 unreadable images" in err
    assert "line 9: img/text.png (not a recognised image format)" in err
    assert "line 10: img/empty.png (empty file (0 bytes))" in err
    assert not (tmp_path / "cache").exists()  # nothing was embedded


def test_truncated_image_found_when_decoding_and_the_rest_is_cached(run_cli, drawn_dataset, tmp_path: Path) -> None:
    root = tmp_path / "drawn"
    (root / "img").mkdir(parents=True)
    (root / "img" / "cut.png").write_bytes(draw_png(77, True)[:600])  # valid header, pixel data cut short
    manifest = drawn_dataset(24, extra_rows=[{"path": "img/cut.png", "label": 1}])
    code, _, err = train(run_cli, manifest, tmp_path)
    assert code == 2, err
    assert "1 captures could not be decoded or embedded" in err
    assert "line 25: img/cut.png (unreadable image:" in err
    assert "embedded 24, from cache 0" in err
    # fixing the data (here: dropping the row) reuses every embedding already made
    manifest.write_text("".join(manifest.read_text().splitlines(keepends=True)[:24]))
    code, _, err = train(run_cli, manifest, tmp_path)
    assert code == 0 and "embedded 0, from cache 24" in err


def test_one_class_only(run_cli, tmp_path: Path) -> None:
    root = tmp_path / "one"
    (root / "img").mkdir(parents=True)
    rows = []
    for i in range(6):
        (root / "img" / f"{i}.png").write_bytes(draw_png(i * 2, False))
        rows.append({"path": f"img/{i}.png", "label": 0})
    code, _, err = train(run_cli, write_manifest(root, rows), tmp_path)
    assert code == 2 and "every capture is benign (0)" in err


def test_empty_dataset(run_cli, tmp_path: Path) -> None:
    manifest = write_manifest(tmp_path / "empty", ["", "# nothing here"])
    code, _, err = train(run_cli, manifest, tmp_path)
    assert code == 2 and "the dataset is empty" in err
    (tmp_path / "folder" / "benign").mkdir(parents=True)
    code, _, err = train(run_cli, tmp_path / "folder", tmp_path)
    assert code == 2 and "the dataset is empty" in err
    code, _, err = train(run_cli, tmp_path / "nowhere", tmp_path)
    assert code == 2 and "no such file or folder" in err


def test_same_image_with_conflicting_labels_lists_both_rows(run_cli, drawn_dataset, tmp_path: Path) -> None:
    root = tmp_path / "drawn"
    (root / "img").mkdir(parents=True)
    (root / "img" / "copy.png").write_bytes(draw_png(1003, True))  # the bytes of img/003.png (label 1)
    manifest = drawn_dataset(8, extra_rows=[{"path": "img/copy.png", "label": 0}])
    code, _, err = train(run_cli, manifest, tmp_path)
    assert code == 2 and "conflicting labels" in err
    assert "line 4: img/003.png (label 1" in err and "line 9: img/copy.png (label 0" in err


def test_exact_duplicates_are_removed_before_splitting(run_cli, drawn_dataset, tmp_path: Path) -> None:
    root = tmp_path / "drawn"
    (root / "img").mkdir(parents=True)
    for k in range(3):
        (root / "img" / f"copy{k}.png").write_bytes(draw_png(1003, True))
    manifest = drawn_dataset(24, extra_rows=[{"path": f"img/copy{k}.png", "label": 1} for k in range(3)])
    code, out, err = train(run_cli, manifest, tmp_path)
    assert code == 0, err
    assert "removed 3 exact duplicates" in err and "embedded 24, from cache 0" in err
    card = json.loads((tmp_path / "model" / "guard.json").read_text())["training"]
    assert card["data"]["duplicates_removed"] == 3
    assert sum(card["counts"][s]["n"] for s in ("train", "calibration", "test")) == 24


def test_folder_layout(tmp_path: Path) -> None:
    root = tmp_path / "layout"
    for i, (kind, subset) in enumerate([("benign", "news"), ("benign", "shop"), ("malicious", "popup")] * 2):
        (root / kind / subset).mkdir(parents=True, exist_ok=True)
        (root / kind / subset / f"{i}.png").write_bytes(draw_png(i, kind == "malicious"))
    (root / "benign" / "loose.jpg").write_bytes(draw_png(50, False))
    (root / "benign" / "news" / "0.dom.txt").write_text("dom text")
    (root / "benign" / "news" / "notes.txt").write_text("ignored")
    dataset = load_dataset(root)
    by_path = {r.display: r for r in dataset.rows}
    assert sorted(by_path) == ["benign/loose.jpg", "benign/news/0.png", "benign/news/3.png", "benign/shop/1.png",
                               "benign/shop/4.png", "malicious/popup/2.png", "malicious/popup/5.png"]
    assert by_path["malicious/popup/2.png"].family == "popup" and by_path["malicious/popup/2.png"].label == 1
    assert by_path["benign/loose.jpg"].category == "benign"
    assert by_path["benign/news/0.png"].dom_text_path is not None
    hash_rows(dataset, max_pixels=10**7)
    assert len(data_hash(dataset.rows)) == 64


def test_not_a_dataset_folder(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="not a dataset"):
        load_dataset(tmp_path)
