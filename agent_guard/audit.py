"""The audit log: one JSON line per verdict, plus the captures worth keeping.

    DIR/verdicts.jsonl                  one line per verdict (keys below), appended under a lock
    DIR/captures/<sha256>.png           the capture, when saved (``.jpg`` for a JPEG capture)
    DIR/captures/<sha256>.dom.txt       the page's DOM text, when the verdict used it and the capture is saved

Line keys (a contract: ``agent-guard collect DIR`` reads them): ``time`` (ISO 8601, UTC), ``url``,
``capture_sha256``, ``score``, ``decision``, ``status``, ``action``, ``latency_ms``, ``model_id``, ``thresholds``
(the flag and block thresholds the decision was made with: ``model_id`` names only the weights), ``head_scores``,
``top_instance``, ``top_text``, ``text_sources``, ``error``, ``capture_path`` and ``dom_text_path`` (relative to
DIR, or null).

Which captures are saved (``save_captures``): ``"flagged"`` (default) keeps those whose verdict flagged or blocked
(in shadow mode: would have), ``"all"`` keeps every capture (the recorder: the folder becomes a dataset),
``"none"`` keeps no image at all (captures can contain secrets).

Safety: the folder and ``captures/`` are created 0700, every file 0600; files are written to a temporary file in
the same folder and moved into place with ``os.replace``, so a reader never sees half a file; file names come only
from the sha256 hex digest of the capture, never from a URL or a page, so nothing can be written outside DIR.

Writing happens on one background thread (``submit``), never on the event loop. A failure to write (read-only
folder, disk full...) is logged once, counted in ``stats["write_errors"]`` and otherwise ignored: the verdict it
describes has already been acted upon, and the agent must not crash because a log could not be written.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import math
import os
import re
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal, Protocol

from agent_guard.errors import ConfigurationError
from agent_guard.files import atomic_write
from agent_guard.types import Decision, Verdict

logger = logging.getLogger("agent_guard.audit")

VERDICTS_FILE = "verdicts.jsonl"
CAPTURES_DIR = "captures"
SAVE_MODES = ("none", "flagged", "all")
LINE_KEYS = (
    "time", "url", "capture_sha256", "score", "decision", "status", "action", "latency_ms", "model_id",
    "thresholds", "head_scores", "top_instance", "top_text", "text_sources", "error", "capture_path", "dom_text_path",
)
_SHA256 = re.compile(r"[0-9a-f]{64}")
_FILE_MODE = 0o600
_DIR_MODE = 0o700

# One lock per verdicts file for the whole process, so two AuditLogs on one folder never interleave lines.
_APPEND_LOCKS: dict[str, threading.Lock] = {}
_APPEND_LOCKS_GUARD = threading.Lock()


def _append_lock(path: Path) -> threading.Lock:
    key = os.path.abspath(path)
    with _APPEND_LOCKS_GUARD:
        lock = _APPEND_LOCKS.get(key)
        if lock is None:
            lock = _APPEND_LOCKS[key] = threading.Lock()
        return lock


class AuditWriter(Protocol):
    """Where the audit log's bytes go. Swap it in tests to simulate a full disk."""

    def make_dir(self, path: Path) -> None: ...

    def write_file(self, path: Path, data: bytes) -> None: ...

    def append(self, path: Path, data: bytes) -> None: ...


class FileWriter:
    """The real file system: 0700 folders, 0600 files, atomic replace for whole files, O_APPEND for lines."""

    def make_dir(self, path: Path) -> None:
        if path.is_dir():
            return
        path.mkdir(mode=_DIR_MODE, parents=True, exist_ok=True)
        os.chmod(path, _DIR_MODE)  # mkdir's mode is filtered by the umask

    def write_file(self, path: Path, data: bytes) -> None:
        atomic_write(path, data, _FILE_MODE)

    def append(self, path: Path, data: bytes) -> None:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, _FILE_MODE)
        try:
            size_before = os.fstat(fd).st_size
            try:
                view = memoryview(data)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
            except OSError:
                # Half a line (disk full mid-write) would swallow the next line too: cut back to where we began.
                try:
                    os.ftruncate(fd, size_before)
                except OSError:
                    pass
                raise
        finally:
            os.close(fd)


def capture_extension(data: bytes) -> str:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return ".png"
    if data.startswith(b"\xff\xd8\xff"):
        return ".jpg"
    return ".img"


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _finite_scores(scores: Any) -> dict[str, Any]:
    return {str(k): _finite(float(v)) for k, v in dict(scores).items()}


def _effective(verdict: Verdict) -> Decision:
    """What the verdict decided, or in shadow mode what it would have decided."""
    return verdict.would_decide or verdict.decision


class AuditLog:
    """Append-only audit of verdicts in ``directory``; see the module docstring for the layout and guarantees."""

    def __init__(
        self,
        directory: str | os.PathLike[str],
        *,
        save_captures: Literal["none", "flagged", "all"] = "flagged",
        writer: AuditWriter | None = None,
    ) -> None:
        if save_captures not in SAVE_MODES:
            raise ConfigurationError(f"save_captures must be one of {SAVE_MODES}, got {save_captures!r}")
        self.directory = Path(directory)
        self.save_captures = save_captures
        self.writer: AuditWriter = writer or FileWriter()
        self.stats = {"lines": 0, "captures_saved": 0, "write_errors": 0}
        self._executor: ThreadPoolExecutor | None = None
        self._executor_lock = threading.Lock()
        self._failure_logged = False
        self._closed = False

    @classmethod
    def from_settings(cls, settings: Any) -> "AuditLog | None":
        """The audit log a guard's settings ask for, or None when auditing is off."""
        if not getattr(settings, "audit_enabled", False) or getattr(settings, "audit_dir", None) is None:
            return None
        return cls(settings.audit_dir, save_captures=settings.save_captures)

    @property
    def verdicts_path(self) -> Path:
        return self.directory / VERDICTS_FILE

    # -- writing ------------------------------------------------------------------------------------------------

    def submit(
        self,
        verdict: Verdict,
        *,
        capture: bytes | None = None,
        dom_text: str | None = None,
        url: str | None = None,
        latency_ms: float | None = None,
        action: str | None = None,
    ) -> "Future[dict[str, Any] | None]":
        """Queue one verdict for the writer thread; returns at once. Never raises."""
        when = datetime.now(timezone.utc)
        try:
            executor = self._get_executor()
            return executor.submit(
                self.write, verdict, capture=capture, dom_text=dom_text, url=url, latency_ms=latency_ms,
                action=action, when=when,
            )
        except Exception as exc:  # noqa: BLE001 - closed executor at interpreter exit, etc.
            self._failed(exc)
            done: Future[dict[str, Any] | None] = Future()
            done.set_result(None)
            return done

    def write(
        self,
        verdict: Verdict,
        *,
        capture: bytes | None = None,
        dom_text: str | None = None,
        url: str | None = None,
        latency_ms: float | None = None,
        action: str | None = None,
        when: datetime | None = None,
    ) -> dict[str, Any] | None:
        """Write one verdict now, in the calling thread; returns the line written (None if it could not be)."""
        capture_sha = verdict.capture_sha256
        if capture is not None:
            capture_sha = hashlib.sha256(capture).hexdigest()
        capture_path = dom_text_path = None
        try:
            self.writer.make_dir(self.directory)
            if capture is not None and capture_sha and self._should_save(verdict):
                capture_path, dom_text_path = self._save_capture(capture, capture_sha, dom_text)
        except Exception as exc:  # noqa: BLE001 - OSError mostly; a writer must never break the agent
            self._failed(exc)
        line = {
            "time": (when or datetime.now(timezone.utc)).isoformat(timespec="milliseconds"),
            "url": url,
            "capture_sha256": capture_sha,
            "score": _finite(verdict.score),
            "decision": verdict.decision.value,
            "status": verdict.status.value,
            "action": action if action is not None else verdict.action,
            "latency_ms": None if latency_ms is None else round(float(latency_ms), 3),
            "model_id": verdict.model_id,
            "thresholds": _finite_scores(verdict.thresholds),
            "head_scores": _finite_scores(verdict.head_scores),
            "top_instance": verdict.top_instance,
            "top_text": verdict.top_text,
            "text_sources": list(verdict.text_sources),
            "error": verdict.error,
            "capture_path": capture_path,
            "dom_text_path": dom_text_path,
        }
        try:
            data = (json.dumps(line, ensure_ascii=True, allow_nan=False) + "\n").encode("ascii")
            with _append_lock(self.verdicts_path):
                self.writer.append(self.verdicts_path, data)
        except Exception as exc:  # noqa: BLE001
            self._failed(exc)
            return None
        self.stats["lines"] += 1
        return line

    def _should_save(self, verdict: Verdict) -> bool:
        if self.save_captures == "all":
            return True
        if self.save_captures == "flagged":
            return _effective(verdict) in (Decision.FLAG, Decision.BLOCK)
        return False

    def _save_capture(self, capture: bytes, sha: str, dom_text: str | None) -> tuple[str | None, str | None]:
        if not _SHA256.fullmatch(sha):  # names come from our own digest only; refuse anything else
            raise ValueError(f"refusing capture file name {sha!r}")
        folder = self.directory / CAPTURES_DIR
        self.writer.make_dir(folder)
        name = sha + capture_extension(capture)
        target = folder / name
        if not target.exists():
            self.writer.write_file(target, capture)
            self.stats["captures_saved"] += 1
        dom_path = None
        if dom_text is not None:
            dom_name = f"{sha}.dom.txt"
            self.writer.write_file(folder / dom_name, dom_text.encode("utf-8", "replace"))
            dom_path = f"{CAPTURES_DIR}/{dom_name}"
        return f"{CAPTURES_DIR}/{name}", dom_path

    def _failed(self, exc: BaseException) -> None:
        self.stats["write_errors"] += 1
        if not self._failure_logged:
            self._failure_logged = True
            logger.error(
                "agent-guard could not write its audit log in %s (%s: %s); verdicts are still enforced, "
                "further audit write errors are counted in stats['write_errors'] and not logged again",
                self.directory, type(exc).__name__, exc,
            )
        else:
            logger.debug("audit write failed again: %r", exc)

    # -- lifecycle ----------------------------------------------------------------------------------------------

    def _get_executor(self) -> ThreadPoolExecutor:
        with self._executor_lock:
            if self._closed:
                raise RuntimeError("audit log is closed")
            if self._executor is None:
                self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="agent-guard-audit")
            return self._executor

    def flush(self, timeout: float | None = None) -> None:
        """Block until every line submitted so far is written (call it from a thread, or use ``aflush``)."""
        with self._executor_lock:
            executor = self._executor
        if executor is None:
            return
        try:
            executor.submit(lambda: None).result(timeout)
        except RuntimeError:  # shut down meanwhile: its queue was drained by shutdown(wait=True)
            pass

    async def aflush(self) -> None:
        """Wait, without blocking the event loop, until every line submitted so far is written."""
        with self._executor_lock:
            executor = self._executor
        if executor is None:
            return
        try:
            barrier = executor.submit(lambda: None)
        except RuntimeError:
            return
        await asyncio.wrap_future(barrier)

    def close(self) -> None:
        with self._executor_lock:
            self._closed = True
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True)

    def read_lines(self) -> list[dict[str, Any]]:
        """Every line written so far (for tests and tools; reads the file)."""
        try:
            text = self.verdicts_path.read_text("utf-8")
        except FileNotFoundError:
            return []
        lines = []
        for line in text.splitlines():
            try:
                lines.append(json.loads(line))
            except ValueError:
                continue  # a line damaged by an earlier crash does not hide the others
        return lines


__all__ = ["AuditLog", "AuditWriter", "FileWriter", "LINE_KEYS", "VERDICTS_FILE", "CAPTURES_DIR", "capture_extension"]
