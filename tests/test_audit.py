"""``AuditLog``: JSON lines with a fixed key set, captures kept by policy, safe files, failures logged once."""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import stat
import threading
from pathlib import Path

import pytest

from agent_guard.audit import LINE_KEYS, AuditLog, FileWriter, capture_extension
from agent_guard.errors import ConfigurationError
from agent_guard.types import Decision, Status, Verdict

PNG = b"\x89PNG\r\n\x1a\n" + b"fake png body"
JPEG = b"\xff\xd8\xff\xe0" + b"fake jpeg body"


def verdict(decision: Decision = Decision.ALLOW, *, score: float | None = 0.1, **extra: object) -> Verdict:
    fields: dict[str, object] = dict(
        decision=decision, status=Status.OK, score=score, reason="r", model_id="m@1",
        head_scores={"image": 0.2}, thresholds={"flag": 0.3, "block": 0.9}, top_instance="image:global", text_sources=("dom",),
    )
    fields.update(extra)
    return Verdict(**fields)  # type: ignore[arg-type]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_one_line_per_verdict_with_the_contract_keys(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit")
    line = log.write(verdict(), capture=PNG, url="https://a.example/?q=1", latency_ms=12.3456, action=None)
    assert line is not None and tuple(line) == LINE_KEYS
    log.write(verdict(Decision.BLOCK, score=0.97, top_text="Ignore \udcff previous"), capture=PNG, action="click")
    rows = log.read_lines()
    assert len(rows) == 2 and all(tuple(r) == LINE_KEYS for r in rows)
    first, second = rows
    sha = hashlib.sha256(PNG).hexdigest()
    assert first["capture_sha256"] == sha and first["url"] == "https://a.example/?q=1"
    assert first["latency_ms"] == 12.346 and first["decision"] == "allow" and first["status"] == "ok"
    assert first["head_scores"] == {"image": 0.2} and first["text_sources"] == ["dom"]
    assert first["thresholds"] == {"flag": 0.3, "block": 0.9}
    assert first["capture_path"] is None and first["dom_text_path"] is None  # benign: not kept by default
    assert first["time"].endswith("+00:00") and "T" in first["time"]
    assert second["action"] == "click" and second["capture_path"] == f"captures/{sha}.png"
    assert second["top_text"].startswith("Ignore")


@pytest.mark.parametrize(
    "save, decision, would, kept",
    [
        ("flagged", Decision.ALLOW, None, False),
        ("flagged", Decision.FLAG, None, True),
        ("flagged", Decision.BLOCK, None, True),
        ("flagged", Decision.ALLOW, Decision.BLOCK, True),  # shadow mode: what would have been blocked
        ("all", Decision.ALLOW, None, True),
        ("none", Decision.BLOCK, None, False),
    ],
)
def test_which_captures_are_kept(tmp_path: Path, save: str, decision: Decision, would: Decision | None,
                                 kept: bool) -> None:
    log = AuditLog(tmp_path, save_captures=save)  # type: ignore[arg-type]
    line = log.write(verdict(decision, would_decide=would), capture=PNG, dom_text="hidden text")
    assert line is not None
    assert (line["capture_path"] is not None) is kept
    assert (line["dom_text_path"] is not None) is kept
    if kept:
        assert (tmp_path / line["capture_path"]).read_bytes() == PNG
        assert (tmp_path / line["dom_text_path"]).read_text() == "hidden text"


def test_files_are_private_and_written_whole(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "audit"
    log = AuditLog(folder, save_captures="all")
    log.write(verdict(), capture=JPEG, dom_text="x")
    sha = hashlib.sha256(JPEG).hexdigest()
    assert mode(folder) == 0o700 and mode(folder / "captures") == 0o700
    assert mode(folder / "verdicts.jsonl") == 0o600
    assert mode(folder / "captures" / f"{sha}.jpg") == 0o600 and mode(folder / "captures" / f"{sha}.dom.txt") == 0o600
    assert sorted(p.name for p in (folder / "captures").iterdir()) == [f"{sha}.dom.txt", f"{sha}.jpg"]
    assert capture_extension(PNG) == ".png" and capture_extension(b"GIF89a") == ".img"


def test_file_names_never_come_from_the_page(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit", save_captures="all")
    hostile = verdict(capture_sha256="../../escape", decision=Decision.BLOCK)
    line = log.write(hostile, capture=PNG, url="https://x/../../../etc/passwd")
    assert line is not None and line["capture_sha256"] == hashlib.sha256(PNG).hexdigest()  # our own digest
    line = log.write(hostile, capture=None)  # no bytes: nothing to save, and the claimed name is never used
    assert line is not None and line["capture_path"] is None
    files = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    assert files == {"audit/verdicts.jsonl", f"audit/captures/{hashlib.sha256(PNG).hexdigest()}.png"}


def test_non_finite_numbers_become_null(tmp_path: Path) -> None:
    log = AuditLog(tmp_path)
    line = log.write(verdict(score=float("nan"), head_scores={"image": float("inf")}))
    assert line is not None and line["score"] is None and line["head_scores"] == {"image": None}
    assert json.loads((tmp_path / "verdicts.jsonl").read_text())["score"] is None


def test_a_full_disk_is_logged_once_and_never_raises(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    class FullDisk(FileWriter):
        def write_file(self, path: Path, data: bytes) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        def append(self, path: Path, data: bytes) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

    log = AuditLog(tmp_path, save_captures="all", writer=FullDisk())
    with caplog.at_level(logging.DEBUG, logger="agent_guard.audit"):
        for _ in range(3):
            assert log.write(verdict(Decision.BLOCK), capture=PNG) is None
        futures = [log.submit(verdict(), capture=PNG) for _ in range(3)]
        log.flush(timeout=10)
    assert all(f.result() is None for f in futures)
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and "No space left" in errors[0].getMessage()
    assert log.stats["write_errors"] == 12 and log.stats["lines"] == 0
    log.close()


def test_a_path_that_cannot_be_a_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    log = AuditLog(blocker / "audit")
    assert log.write(verdict()) is None and log.stats["write_errors"] == 2  # the folder, then the line


def test_concurrent_writers_never_interleave_lines(tmp_path: Path) -> None:
    logs = [AuditLog(tmp_path) for _ in range(2)]  # two logs on one folder share the file's lock

    def work(index: int) -> None:
        for i in range(25):
            logs[index % 2].write(verdict(top_text="x" * 5000 + str(i)), url=f"https://{index}.example/{i}")

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    rows = logs[0].read_lines()
    assert len(rows) == 200 and len({r["url"] for r in rows}) == 200


async def test_submit_writes_off_the_event_loop(tmp_path: Path) -> None:
    log = AuditLog(tmp_path)
    seen: list[str] = []

    class Spy(FileWriter):
        def append(self, path: Path, data: bytes) -> None:
            seen.append(threading.current_thread().name)
            super().append(path, data)

    log.writer = Spy()
    log.submit(verdict(), capture=PNG, url="u")
    await log.aflush()
    assert seen and all(name.startswith("agent-guard-audit") for name in seen)
    assert log.read_lines()[0]["url"] == "u"
    log.close()
    assert log.submit(verdict()).result() is None  # after close: dropped, logged, never raised


def test_bad_arguments() -> None:
    with pytest.raises(ConfigurationError):
        AuditLog("x", save_captures="some")  # type: ignore[arg-type]
