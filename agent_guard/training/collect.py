"""``agent-guard collect LOGDIR --out manifest.jsonl``: turn the guard's audit log into a manifest to label.

Reads ``LOGDIR/verdicts.jsonl`` (one verdict per line, paths relative to LOGDIR), keeps the verdicts whose capture
was saved (``capture_path`` not null), collapses repeats of the same capture (``capture_sha256``; the first one
is kept), and writes one manifest row per capture::

    {"path": ..., "label": null, "decision": "block", "score": 0.93, "url": ..., "site": "example.com",
     "capture_sha256": ..., "time": ..., "dom_text_path": ...}

Paths in the manifest are relative to the manifest's folder, which must contain the captures (the trainer refuses
paths that leave it): write the manifest into LOGDIR or a folder above it, or pass ``--copy`` to copy the
captures (mode 0600) into ``<manifest stem>_captures/`` beside the manifest.

A person then sets each ``label`` to 0 (benign) or 1 (malicious). Running ``collect`` again on the same output
keeps every row already there (and its label) and appends only captures it does not list yet. The manifest is
written atomically.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from agent_guard.errors import DatasetError
from agent_guard.model import atomic_write
from agent_guard.training.dataset import file_sha256, inside

VERDICTS_FILE = "verdicts.jsonl"


@dataclass
class CollectResult:
    out: Path
    written: int  # rows in the manifest now
    added: int
    kept: int  # rows already in the manifest
    without_capture: int
    duplicates: int
    missing: int
    outside: int
    malformed: int

    def summary(self) -> str:
        skipped = (
            f"{self.without_capture} without a saved capture, {self.duplicates} repeats of a capture, "
            f"{self.missing} whose capture file is gone, {self.outside} pointing outside the log folder, "
            f"{self.malformed} unreadable lines"
        )
        return (
            f"wrote {self.out}: {self.written} rows ({self.added} new, {self.kept} kept from before, all new rows "
            f"with label null); skipped {skipped}. Set each label to 0 (benign) or 1 (malicious), then "
            f"`agent-guard train {self.out} --out MODEL_DIR`."
        )


def _relative(path: Path, folder: Path) -> str:
    return Path(os.path.relpath(path.resolve(), folder.resolve())).as_posix()


def collect(log_dir: str | Path, out: str | Path, *, copy: bool = False) -> CollectResult:
    log_dir, out = Path(log_dir), Path(out)
    verdicts = log_dir / VERDICTS_FILE
    if not verdicts.is_file():
        raise DatasetError(f"{log_dir}: no {VERDICTS_FILE} here; point collect at the guard's audit folder")
    out_dir = out.parent.resolve()
    copy_dir = out_dir / f"{out.stem}_captures"

    existing: list[dict[str, Any]] = []
    known_shas: set[str] = set()
    known_paths: set[str] = set()
    if out.exists():
        for number, line in enumerate(out.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise DatasetError(f"{out}: line {number} is not JSON; fix or move the file first", rows=[f"line {number}"]) from exc
            if not isinstance(record, dict):
                raise DatasetError(f"{out}: line {number} is not a JSON object", rows=[f"line {number}"])
            existing.append(record)
            if isinstance(record.get("capture_sha256"), str):
                known_shas.add(record["capture_sha256"])
            if isinstance(record.get("path"), str):
                known_paths.add(record["path"])

    counts = dict(without_capture=0, duplicates=0, missing=0, outside=0, malformed=0)
    seen: set[str] = set()
    added: list[dict[str, Any]] = []
    not_under: list[str] = []
    for line in verdicts.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            counts["malformed"] += 1  # e.g. the last line of a log whose writer was killed mid-line
            continue
        if not isinstance(record, dict):
            counts["malformed"] += 1
            continue
        capture_rel = record.get("capture_path")
        if capture_rel is None:
            counts["without_capture"] += 1
            continue
        if not isinstance(capture_rel, str) or not capture_rel:
            counts["malformed"] += 1
            continue
        capture = log_dir / capture_rel
        if not inside(capture, log_dir):
            counts["outside"] += 1
            continue
        if not capture.is_file():
            counts["missing"] += 1
            continue
        sha = record.get("capture_sha256")
        if not isinstance(sha, str) or len(sha) != 64:
            sha = file_sha256(capture)
        if sha in seen or sha in known_shas:
            counts["duplicates"] += 1
            continue
        seen.add(sha)
        dom = record.get("dom_text_path")
        dom_path = log_dir / dom if isinstance(dom, str) and dom else None
        if dom_path is not None and (not inside(dom_path, log_dir) or not dom_path.is_file()):
            dom_path = None
        if not copy and not inside(capture, out_dir):
            not_under.append(capture_rel)
            continue
        if copy and not inside(capture, out_dir):
            copy_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            target = copy_dir / f"{sha}{capture.suffix.lower() or '.png'}"
            _copy_private(capture, target)
            capture = target
            if dom_path is not None:
                dom_target = copy_dir / f"{sha}.dom.txt"
                _copy_private(dom_path, dom_target)
                dom_path = dom_target
        path_text = _relative(capture, out_dir)
        if path_text in known_paths:
            counts["duplicates"] += 1
            continue
        url = record.get("url") if isinstance(record.get("url"), str) else None
        row: dict[str, Any] = {
            "path": path_text,
            "label": None,
            "decision": record.get("decision"),
            "score": record.get("score"),
            "url": url,
            "site": (urlsplit(url).hostname if url else None),
            "capture_sha256": sha,
            "time": record.get("time"),
        }
        if dom_path is not None:
            row["dom_text_path"] = _relative(dom_path, out_dir)
        added.append(row)
    if not_under:
        raise DatasetError(
            f"{out}: the manifest's folder {out_dir} does not contain the captures of {log_dir}; the trainer "
            "refuses paths that leave the manifest's folder. Write the manifest inside the log folder (or a folder "
            "above it), or pass --copy to copy the captures beside the manifest",
            rows=not_under,
        )
    rows = existing + added
    payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    atomic_write(out, payload, 0o600)
    return CollectResult(out=out, written=len(rows), added=len(added), kept=len(existing), **counts)


def _copy_private(source: Path, target: Path) -> None:
    if target.exists():
        return
    temp = target.with_name(f".{target.name}.tmp")
    shutil.copyfile(source, temp)
    os.chmod(temp, 0o600)
    os.replace(temp, target)
