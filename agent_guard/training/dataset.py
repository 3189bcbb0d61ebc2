"""Reading a training / evaluation dataset into checked rows.

Two layouts are understood:

* a JSONL **manifest**, one object per line::

      {"path": "shots/0001.png", "label": 1, "family": "ignore-previous", "group": "site-17",
       "dom_text_path": "shots/0001.dom.txt"}

  ``path`` and ``dom_text_path`` are relative to the manifest's folder (absolute paths are accepted when they lie
  inside it). ``label`` is 0 (benign) or 1 (malicious). Optional: ``family`` (malicious rows), ``category`` (benign
  rows), ``group`` (rows of one group never land on two sides of a split), ``site``, ``injection_text`` (what
  the injection of a malicious row says: the text head then learns from the chunks that carry it, see
  ``agent_guard.classifier``); any other key is ignored.
  Blank lines and lines starting with ``#`` are skipped.

* a **folder** ``benign/<category>/*.png`` + ``malicious/<family>/*.png`` (``.jpg``, ``.jpeg``, ``.webp`` too;
  images directly under ``benign/`` or ``malicious/`` get the category/family ``benign``/``malicious``). A
  sidecar ``<name>.dom.txt`` beside an image is its DOM text. A folder that holds a ``manifest.jsonl`` is read
  as that manifest.

Every check that can be made without decoding happens here, and every problem is reported at once, each row
named by line number (manifests) and path: not JSON, not an object, no path, a label that is not exactly the
integer 0 or 1 (``true``, ``"1"``, ``2``, ``null`` are refused), a path that leaves the dataset folder (``..``,
an absolute path elsewhere, a symlink pointing out: links are followed before the check), the same
path twice, a missing file (or, with ``skip_missing``, a count of skipped rows), an empty dataset.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from agent_guard.errors import DatasetError
from agent_guard.files import file_sha256

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")
MANIFEST_NAME = "manifest.jsonl"
CORPUS_INFO_NAME = "corpus.json"
DOM_SIDECAR_SUFFIX = ".dom.txt"
MAX_DOM_TEXT_BYTES = 4 * 1024 * 1024
LABEL_NAMES = {0: "benign", 1: "malicious"}
UNSPECIFIED = {0: "benign (unspecified)", 1: "malicious (unspecified)"}


@dataclass
class Row:
    """One capture of a dataset, as read from its manifest line or its place in the folder layout."""

    index: int  # position in the dataset, 0-based
    line: int | None  # 1-based manifest line; None for the folder layout
    path: Path  # absolute, resolved
    display: str  # the path as written in the manifest (or relative to the folder)
    label: int
    family: str | None = None
    category: str | None = None
    group: str | None = None
    site: str | None = None
    dom_text_path: Path | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    sha256: str = ""  # content hash of the image file, filled in by ``hash_rows``

    @property
    def where(self) -> str:
        """How error messages name this row: ``line 12: shots/a.png`` or just the path."""
        return f"line {self.line}: {self.display}" if self.line is not None else self.display

    @property
    def kind(self) -> str:
        return LABEL_NAMES[self.label]

    @property
    def subset(self) -> str:
        """The malicious family or benign category this row is reported under."""
        if self.label == 1:
            return self.family or self.category or UNSPECIFIED[1]
        return self.category or self.family or UNSPECIFIED[0]

    @property
    def group_key(self) -> str:
        return f"group:{self.group}" if self.group is not None else f"row:{self.index}"


_ROW_FIELDS = frozenset({"path", "label", "family", "category", "group", "site", "dom_text_path"})


@dataclass
class Dataset:
    root: Path  # the folder every path must stay inside
    source: Path  # the manifest file or the folder given
    layout: str  # "manifest" or "folder"
    rows: list[Row]
    skipped_missing: list[str] = field(default_factory=list)
    corpus_info: dict[str, Any] | None = None


class _Problems:
    """Collects every problem of a dataset so that one error names them all, grouped by kind."""

    def __init__(self) -> None:
        self.by_kind: dict[str, list[str]] = {}

    def add(self, kind: str, where: str) -> None:
        self.by_kind.setdefault(kind, []).append(where)

    def raise_if_any(self, source: Path) -> None:
        if not self.by_kind:
            return
        summary = "; ".join(f"{len(rows)} {kind}" for kind, rows in self.by_kind.items())
        rows = [row for kind_rows in self.by_kind.values() for row in kind_rows]
        raise DatasetError(f"{source}: {summary}", rows=rows)


def load_dataset(data: str | Path, *, skip_missing: bool = False) -> Dataset:
    """Read ``data`` (a manifest file or a folder) and check it; raises ``DatasetError`` naming bad rows."""
    data = Path(data)
    if not data.exists():
        raise DatasetError(f"{data}: no such file or folder")
    if data.is_dir():
        manifest = data / MANIFEST_NAME
        if manifest.is_file():
            return _load_manifest(manifest, skip_missing)
        return _load_folder(data, skip_missing)
    return _load_manifest(data, skip_missing)


def read_corpus_info(root: Path) -> dict[str, Any] | None:
    path = root / CORPUS_INFO_NAME
    if not path.is_file():
        return None
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise DatasetError(f"{path}: not readable JSON ({exc})") from exc
    return info if isinstance(info, dict) else {"value": info}


def inside(path: Path, root: Path) -> bool:
    """True when the resolved ``path`` lies inside the resolved ``root`` (symlinks followed)."""
    try:
        path.resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return True


def _resolve_inside(raw: str, root: Path) -> Path | None:
    candidate = Path(raw)
    if not candidate.is_absolute():
        candidate = root / candidate
    try:
        resolved = Path(os.path.normpath(candidate)).resolve()
    except (OSError, ValueError):  # embedded NUL byte, name too long, symlink loop: not a usable path
        return None
    return resolved if inside(resolved, root) else None


def _optional_text(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError(f"{key} must be a string, got {json.dumps(value)[:40]}")
    text = str(value).strip()
    return text or None


def _load_manifest(manifest: Path, skip_missing: bool) -> Dataset:
    root = manifest.parent.resolve()
    try:
        raw_lines = manifest.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise DatasetError(f"{manifest}: not UTF-8 text ({exc})") from exc
    except OSError as exc:
        raise DatasetError(f"{manifest}: cannot read ({exc.strerror or exc})") from exc
    problems = _Problems()
    rows: list[Row] = []
    unlabeled: list[str] = []
    for number, text in enumerate(raw_lines, start=1):
        stripped = text.strip()
        if not stripped or stripped.startswith("#"):
            continue
        try:
            record = json.loads(stripped)
        except ValueError:
            problems.add("lines that are not JSON", f"line {number}: {stripped[:60]!r}")
            continue
        if not isinstance(record, dict):
            problems.add("lines that are not JSON objects", f"line {number}: {stripped[:60]!r}")
            continue
        raw_path = record.get("path")
        if not isinstance(raw_path, str) or not raw_path.strip():
            problems.add("rows without a path", f"line {number}: path={json.dumps(raw_path)[:60]}")
            continue
        where = f"line {number}: {raw_path}"
        label = record.get("label")
        if label is None:
            unlabeled.append(where)
            continue
        if type(label) is not int or label not in (0, 1):  # bools are ints in Python: refused on purpose
            problems.add("rows whose label is not 0 or 1", f"{where} (label={json.dumps(label)[:30]})")
            continue
        path = _resolve_inside(raw_path, root)
        if path is None:
            problems.add("paths that leave the dataset folder", f"{where} (outside {root})")
            continue
        try:
            family = _optional_text(record, "family")
            category = _optional_text(record, "category")
            group = _optional_text(record, "group")
            site = _optional_text(record, "site")
        except ValueError as exc:
            problems.add("rows with a malformed field", f"{where} ({exc})")
            continue
        dom_path = None
        raw_dom = record.get("dom_text_path")
        if raw_dom is not None:
            if not isinstance(raw_dom, str) or not raw_dom.strip():
                problems.add("rows with a malformed dom_text_path", f"{where} (dom_text_path={json.dumps(raw_dom)[:40]})")
                continue
            dom_path = _resolve_inside(raw_dom, root)
            if dom_path is None:
                problems.add("paths that leave the dataset folder", f"{where} (dom_text_path {raw_dom} is outside {root})")
                continue
        rows.append(
            Row(
                index=len(rows), line=number, path=path, display=raw_path, label=label, family=family,
                category=category, group=group, site=site, dom_text_path=dom_path,
                # text fields ride along: injection_text guides the text head, others can key cross-validation
                extra={k: v for k, v in record.items() if k in ("url", "decision", "score")
                       or (isinstance(v, str) and k not in _ROW_FIELDS)},
            )
        )
    if unlabeled:
        numbers = ", ".join(w.split(":", 1)[0].removeprefix("line ") for w in unlabeled[:30])
        more = ", ..." if len(unlabeled) > 30 else ""
        kind = (
            f"rows without a label (label: null, lines {numbers}{more}): label each 0 (benign) or 1 (malicious) "
            "before using the dataset"
        )
        problems.by_kind[kind] = unlabeled
    _check_rows(rows, problems, root)
    dataset = Dataset(root=root, source=manifest, layout="manifest", rows=rows, corpus_info=None)
    return _finish(dataset, problems, skip_missing)


def _check_rows(rows: list[Row], problems: _Problems, root: Path) -> None:
    seen: dict[Path, Row] = {}
    for row in rows:
        first = seen.get(row.path)
        if first is not None:
            problems.add("duplicate paths", f"{row.where} (same file as {first.where})")
        else:
            seen[row.path] = row


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except (OSError, ValueError):  # a name too long for the file system is as missing as an absent one
        return False


def _finish(dataset: Dataset, problems: _Problems, skip_missing: bool) -> Dataset:
    kept: list[Row] = []
    for row in dataset.rows:
        missing = []
        if not _is_file(row.path):
            missing.append(f"{row.where} (no such file)")
        elif row.dom_text_path is not None and not _is_file(row.dom_text_path):
            missing.append(f"{row.where} (dom_text_path {row.dom_text_path} does not exist)")
        if missing and skip_missing:
            dataset.skipped_missing.extend(missing)
        elif missing:
            problems.add("missing files (pass --skip-missing to leave them out)", missing[0])
        else:
            kept.append(row)
    problems.raise_if_any(dataset.source)
    if not kept:
        detail = f" ({len(dataset.skipped_missing)} rows skipped as missing)" if dataset.skipped_missing else ""
        raise DatasetError(f"{dataset.source}: the dataset is empty{detail}")
    for index, row in enumerate(kept):
        row.index = index
    dataset.rows = kept
    dataset.corpus_info = read_corpus_info(dataset.root)
    return dataset


def _load_folder(folder: Path, skip_missing: bool) -> Dataset:
    root = folder.resolve()
    parts = [(0, root / "benign"), (1, root / "malicious")]
    if not any(part.is_dir() for _, part in parts):
        raise DatasetError(
            f"{folder}: not a dataset: expected a manifest (.jsonl, or {MANIFEST_NAME} in the folder) or the folders "
            "benign/<category>/ and malicious/<family>/ with images"
        )
    rows: list[Row] = []
    problems = _Problems()
    for label, part in parts:
        if not part.is_dir():
            continue
        for path in sorted(_images_under(part)):
            resolved = path.resolve()
            display = path.relative_to(root).as_posix()
            if not inside(resolved, root):
                problems.add("paths that leave the dataset folder", f"{display} (links outside {root})")
                continue
            relative = path.relative_to(part)
            subset = relative.parts[0] if len(relative.parts) > 1 else LABEL_NAMES[label]
            sidecar = path.with_name(path.stem + DOM_SIDECAR_SUFFIX)
            dom_path = sidecar.resolve() if sidecar.is_file() and inside(sidecar, root) else None
            rows.append(
                Row(
                    index=len(rows), line=None, path=resolved, display=display, label=label,
                    family=subset if label == 1 else None, category=subset if label == 0 else None,
                    dom_text_path=dom_path,
                )
            )
    dataset = Dataset(root=root, source=folder, layout="folder", rows=rows)
    return _finish(dataset, problems, skip_missing)


def _images_under(folder: Path) -> Iterable[Path]:
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if not name.startswith(".") and name.lower().endswith(IMAGE_SUFFIXES):
                yield Path(dirpath) / name


# -- content hashing, decode checks, duplicates ----------------------------------------------------------------


def text_sha256(text: str | None) -> str:
    """Key of a capture's DOM text in the embedding cache; ``-`` when there is none."""
    if text is None:
        return "-"
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def read_dom_text(row: Row) -> str | None:
    if row.dom_text_path is None:
        return None
    try:
        size = row.dom_text_path.stat().st_size
        if size > MAX_DOM_TEXT_BYTES:
            raise DatasetError(
                f"{row.where}: DOM text file is {size:,} bytes, more than the {MAX_DOM_TEXT_BYTES:,} allowed",
                rows=[row.where],
            )
        return row.dom_text_path.read_bytes().decode("utf-8", "replace")
    except OSError as exc:
        raise DatasetError(f"{row.where}: cannot read DOM text ({exc.strerror or exc})", rows=[row.where]) from exc


def hash_rows(dataset: Dataset, *, max_pixels: int, workers: int = 2) -> None:
    """Fill in each row's content sha256 and check its header decodes as an image of an allowed size.

    Reading the header catches empty files, non-images and pixel bombs before any embedding starts; a file
    whose pixel data is truncated is found when it is decoded for embedding.
    """
    from concurrent.futures import ThreadPoolExecutor

    def check(row: Row) -> str | None:
        try:
            row.sha256 = file_sha256(row.path)
            _check_header(row.path, max_pixels)
        except OSError as exc:
            return f"{row.where} (cannot read: {exc.strerror or exc})"
        except _Unreadable as exc:
            return f"{row.where} ({exc})"
        return None

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        failures = [f for f in pool.map(check, dataset.rows) if f is not None]
    if failures:
        raise DatasetError(f"{dataset.source}: {len(failures)} unreadable images", rows=failures)


class _Unreadable(Exception):
    pass


def _check_header(path: Path, max_pixels: int) -> None:
    import warnings

    from PIL import Image, UnidentifiedImageError

    if path.stat().st_size == 0:
        raise _Unreadable("empty file (0 bytes)")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                width, height = image.size
    except UnidentifiedImageError as exc:
        raise _Unreadable("not a recognised image format") from exc
    except Image.DecompressionBombError as exc:
        raise _Unreadable(f"image too large to decode safely ({exc})") from exc
    except (SyntaxError, ValueError, EOFError) as exc:
        raise _Unreadable(f"corrupt image header ({exc})") from exc
    if width <= 0 or height <= 0:
        raise _Unreadable(f"image has no pixels ({width}x{height})")
    if width * height > max_pixels:
        raise _Unreadable(f"{width}x{height} exceeds the cap of {max_pixels:,} pixels")


def content_key(row: Row, dom_sha: str) -> str:
    return f"{row.sha256}:{dom_sha}"


def remove_duplicates(rows: list[Row], keys: dict[int, str], source: Path) -> tuple[list[Row], list[str]]:
    """Collapse rows whose content key (image sha256, plus DOM text sha256 where used) is equal.

    The first row of each key is kept; the same content under two labels is an error naming every row involved.
    """
    first: dict[str, Row] = {}
    conflicts: dict[str, list[Row]] = {}
    removed: list[str] = []
    kept: list[Row] = []
    for row in rows:
        key = keys[row.index]
        seen = first.get(key)
        if seen is None:
            first[key] = row
            kept.append(row)
            continue
        if seen.label != row.label:
            conflicts.setdefault(key, [seen]).append(row)
        else:
            removed.append(f"{row.where} (same image as {seen.where})")
    if conflicts:
        named = [f"{r.where} (label {r.label}, sha256 {r.sha256[:12]})" for group in conflicts.values() for r in group]
        raise DatasetError(
            f"{source}: {len(conflicts)} images appear with conflicting labels (the same image cannot be both benign "
            "and malicious; fix or drop one of each pair)",
            rows=named,
        )
    return kept, removed


def data_hash(rows: Iterable[Row]) -> str:
    """sha256 over the sorted ``<image sha256>:<label>`` of every row: identifies the data a model saw."""
    lines = sorted(f"{row.sha256}:{row.label}" for row in rows)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()
