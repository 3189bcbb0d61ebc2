"""The audit log under hostile conditions: a folder that cannot be written, a disk that fills up, page URLs made to
escape the folder, and captures that must stay private.

What must hold: the agent's actions still get their verdicts and gating still works whatever happens to the log;
a write failure is reported once (logged) and never raised; every file the log writes lies inside its folder, is
named after a sha256 digest only, and is private (files 0600, folders 0700) whatever the umask; with
``save_captures="none"`` no image (and no DOM text) is written at all.

Tests run as root, so permission bits stop nothing: an unwritable folder is simulated by a path under a regular
file and by writers that raise ``PermissionError`` / ``EROFS`` / ``ENOSPC``. The unit suite (tests/test_audit.py) and
the middleware suite cover the plain full-disk and not-a-folder cases; here they go through ``ComputerUseAdapter``
and ``Guard`` settings, mid-run, and with real Playwright URLs.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import stat
import threading
from pathlib import Path
from typing import Any

import pytest

from agent_guard.audit import AuditLog, FileWriter
from agent_guard.errors import ActionBlocked
from agent_guard.guard import Guard
from agent_guard.middleware import ComputerUseAdapter, unwrap
from agent_guard.types import Decision, Status, Verdict
from tests.hostile.conftest import FakeComputer
from tests.middleware.helpers import page_html, sha256

pytestmark = pytest.mark.asyncio(loop_scope="session")

AUDIT_NAME = re.compile(r"^(verdicts\.jsonl|captures|captures/[0-9a-f]{64}\.(png|jpg|img|dom\.txt))$")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def audit_errors(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "agent_guard.audit" and r.levelno >= logging.ERROR]


class Failing(FileWriter):
    """A writer whose every operation fails with ``error`` (errno), after ``allow`` successful appends."""

    def __init__(self, error: int, *, allow: int = 0) -> None:
        self.error = error
        self.allow = allow
        self.failing = True

    def _fail(self) -> None:
        if self.failing:
            cls = PermissionError if self.error == errno.EACCES else OSError
            raise cls(self.error, os.strerror(self.error))

    def make_dir(self, path: Path) -> None:
        if self.allow <= 0:
            self._fail()
        super().make_dir(path)

    def write_file(self, path: Path, data: bytes) -> None:
        if self.allow <= 0:
            self._fail()
        super().write_file(path, data)

    def append(self, path: Path, data: bytes) -> None:
        if self.allow > 0:
            self.allow -= 1
        else:
            self._fail()
        super().append(path, data)


async def _agent_session(guard: Guard, audit: Any, env_malicious: list[bool]) -> tuple[ComputerUseAdapter, list[str]]:
    """An agent looking at each screen in turn and clicking; returns the adapter and what happened to each click."""
    env = FakeComputer(seed=3)
    agent = ComputerUseAdapter(guard, env, **({} if audit is None else {"audit": audit}))
    outcomes = []
    for malicious in env_malicious:
        env.malicious = malicious
        await agent.screenshot()
        try:
            await agent.click(10, 10)
            outcomes.append("clicked")
        except ActionBlocked:
            outcomes.append("blocked")
    await agent.drain()
    for shot, verdict in zip(env.shots, [v for v in agent.verdicts if v.action is None]):
        assert verdict.capture_sha256 == sha256(shot) and verdict.status is Status.OK  # no verdict lost
    assert env.done == ["click 10 10"] * outcomes.count("clicked")
    return agent, outcomes


@pytest.mark.parametrize("how", ["path-under-a-file", "permission-denied", "read-only-fs", "disk-full"])
async def test_an_unwritable_audit_log_never_breaks_the_agent(guard_model_dir: Path, tmp_path: Path, caplog,
                                                              how: str) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("a regular file where the audit folder's parent should be")
    audit: AuditLog | None = None
    if how == "path-under-a-file":  # the guard's own settings point the log somewhere it cannot be created
        guard = Guard(guard_model_dir, audit_dir=blocker / "sub", save_captures="all")
    else:
        error = {"permission-denied": errno.EACCES, "read-only-fs": errno.EROFS, "disk-full": errno.ENOSPC}[how]
        guard = Guard(guard_model_dir, audit_enabled=False)
        audit = AuditLog(tmp_path / "audit", save_captures="all", writer=Failing(error))
    with caplog.at_level(logging.ERROR, logger="agent_guard.audit"):
        agent, outcomes = await _agent_session(guard, audit, [False, True, False, True])
    assert outcomes == ["clicked", "blocked", "clicked", "blocked"]  # gating is unaffected
    log = audit if audit is not None else agent._ag_ctl.audit
    assert log is not None and log.stats["lines"] == 0 and log.stats["write_errors"] >= 8
    errors = audit_errors(caplog)
    assert len(errors) == 1, [r.getMessage() for r in errors]  # reported once, not once per verdict
    assert "verdicts are still enforced" in errors[0].getMessage()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]  # nothing was written anywhere
    guard.close()


async def test_the_disk_filling_up_mid_run_and_freeing_again(guard_model_dir: Path, tmp_path: Path, caplog) -> None:
    writer = Failing(errno.ENOSPC, allow=2)
    audit = AuditLog(tmp_path / "audit", writer=writer)  # default: keeps flagged/blocked captures only
    guard = Guard(guard_model_dir, audit_enabled=False)
    with caplog.at_level(logging.ERROR, logger="agent_guard.audit"):
        agent, outcomes = await _agent_session(guard, audit, [False, False, True, True])
        assert outcomes == ["clicked", "clicked", "blocked", "blocked"]
        writer.failing = False  # space was freed
        await _agent_session(guard, audit, [True])
    lines = audit.read_lines()
    assert [line["decision"] for line in lines] == ["allow", "allow", "block", "block"]  # before the disk filled, after
    assert [line["action"] for line in lines] == [None, None, None, "click"]
    assert lines[2]["capture_path"] is not None and (audit.directory / lines[2]["capture_path"]).is_file()
    assert len(audit_errors(caplog)) == 1 and audit.stats["write_errors"] >= 5
    guard.close()


def _a_verdict(decision: Decision = Decision.BLOCK) -> Verdict:
    return Verdict(decision=decision, status=Status.OK, score=0.9, reason="r", model_id="m@1")


async def test_disk_full_while_saving_a_capture_leaves_no_partial_file(tmp_path: Path, monkeypatch, caplog) -> None:
    real_fsync, me = os.fsync, threading.get_ident()

    def no_space(fd: int) -> None:
        if threading.get_ident() != me:  # only this test's own write runs out of space
            return real_fsync(fd)
        raise OSError(errno.ENOSPC, "No space left on device")

    log = AuditLog(tmp_path / "audit", save_captures="all")
    monkeypatch.setattr(os, "fsync", no_space)  # the capture's bytes are in a temp file, then ENOSPC
    with caplog.at_level(logging.ERROR, logger="agent_guard.audit"):
        line = log.write(_a_verdict(), capture=b"\x89PNG\r\n\x1a\n" + b"p" * 5000, dom_text="secret dom text")
    monkeypatch.undo()
    assert line is not None and line["capture_path"] is None  # the verdict line still made it
    assert list((tmp_path / "audit" / "captures").iterdir()) == []  # no temp file, no half capture left behind
    assert len(audit_errors(caplog)) == 1 and log.stats["write_errors"] == 1


async def test_a_torn_line_from_a_full_disk_does_not_take_the_next_line_with_it(tmp_path: Path, monkeypatch) -> None:
    real_write, me = os.write, threading.get_ident()
    calls = {"n": 0}

    def short_then_full(fd: int, data: Any) -> int:
        if threading.get_ident() != me:  # only this test's own write runs out of space
            return real_write(fd, data)
        calls["n"] += 1
        if calls["n"] == 1:
            return real_write(fd, bytes(data)[:20])
        raise OSError(errno.ENOSPC, "No space left on device")

    log = AuditLog(tmp_path)
    log.write(_a_verdict(), url="https://first.example/")
    monkeypatch.setattr(os, "write", short_then_full)
    assert log.write(_a_verdict(), url="https://torn.example/") is None
    monkeypatch.undo()
    log.write(_a_verdict(), url="https://after.example/")
    urls = [line["url"] for line in log.read_lines()]
    assert urls[0] == "https://first.example/" and urls[-1] == "https://after.example/"


HOSTILE_URLS = {
    "dot-dot": "https://evil.example/../../../../etc/cron.d/agent",
    "percent-encoded": "https://evil.example/%2e%2e/%2e%2e%2f%2e%2e%2fetc%2fpasswd?f=..%2f..%2f.bashrc",
    "very-long": "https://evil.example/" + "a/" * 5_000 + "?q=" + "b" * 20_000,
    "unicode": "https://ｅｖｉｌ.example/\u202etxt.exe/\u0000/ünï/😈/..\\..\\windows",
    "not-http": "file:///etc/passwd",
}


@pytest.mark.parametrize("case", sorted(HOSTILE_URLS))
async def test_urls_never_name_audit_files(guard_model_dir: Path, tmp_path: Path, case: str) -> None:
    url = HOSTILE_URLS[case]
    folder = tmp_path / "deep" / "audit"
    guard = Guard(guard_model_dir, audit_dir=folder, save_captures="all")
    env = FakeComputer(seed=5)
    agent = ComputerUseAdapter(guard, env, url=lambda: url)
    old_umask = os.umask(0)  # permissions must not depend on the process's umask
    try:
        for malicious in (False, True):
            env.malicious = malicious
            await agent.screenshot()
            try:
                await agent.click(1, 1)
            except ActionBlocked:
                pass
        await agent.drain()
    finally:
        os.umask(old_umask)
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))
    assert all(p == "deep" or p.startswith("deep/audit") for p in written), written  # nothing outside the folder
    inside = [p for p in folder.rglob("*")]
    assert all(AUDIT_NAME.fullmatch(p.relative_to(folder).as_posix()) for p in inside), inside
    for path in [folder, *inside]:
        assert not path.is_symlink()
        assert mode(path) == (0o700 if path.is_dir() else 0o600), (path, oct(mode(path)))
    assert {p.name for p in (folder / "captures").iterdir()} == {
        f"{sha256(shot)}.png" for shot in env.shots
    }
    lines = [json.loads(line) for line in (folder / "verdicts.jsonl").read_text("ascii").splitlines()]
    assert len(lines) == 3 and all(line["url"] == url for line in lines)  # recorded as data, exactly
    guard.close()


async def test_a_real_page_with_a_hostile_url(make_guard, page, site: str, tmp_path: Path) -> None:
    folder = tmp_path / "audit"
    guard = make_guard(audit_dir=folder, save_captures="all")
    await page.goto(f"{site}/malicious")
    hostile = "/ünï/😈/..%2f..%2fetc%2fpasswd?next=../../../etc/shadow&x=" + "a" * 3000 + "#/../../root"
    await page.evaluate("path => history.pushState(null, '', path)", hostile)  # no navigation: the URL just changes
    assert "..%2f..%2fetc%2fpasswd" in page.url and "next=../../../etc/shadow" in page.url
    async with guard.protect(page, dom_text=True) as gpage:
        shot = await gpage.screenshot()
        with pytest.raises(ActionBlocked):
            await gpage.click("#btn")
    files = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))
    assert files == sorted([
        "audit", "audit/verdicts.jsonl", "audit/captures", f"audit/captures/{sha256(shot)}.png",
        f"audit/captures/{sha256(shot)}.dom.txt",
    ])
    assert all(mode(tmp_path / f) == (0o700 if (tmp_path / f).is_dir() else 0o600) for f in files)
    lines = [json.loads(line) for line in (folder / "verdicts.jsonl").read_text().splitlines()]
    assert [line["url"] for line in lines] == [page.url, page.url]
    assert await unwrap(page).locator("#count").text_content() == "0"


async def test_save_captures_none_writes_no_image(make_guard, page, tmp_path: Path) -> None:
    folder = tmp_path / "audit"
    guard = make_guard(audit_dir=folder, save_captures="none")
    await page.set_content(page_html(malicious=True, label="secret account 4242"))
    async with guard.protect(page, dom_text=True) as gpage:  # DOM text is read too, and must not be kept either
        shot = await gpage.screenshot()
        with pytest.raises(ActionBlocked):
            await gpage.click("#btn")
        await page.set_content(page_html(label="benign"))
        await gpage.screenshot()
        await gpage.click("#btn")
    assert sorted(p.name for p in folder.rglob("*")) == ["verdicts.jsonl"]  # no captures/ folder at all
    lines = [json.loads(line) for line in (folder / "verdicts.jsonl").read_text().splitlines()]
    assert [(line["action"], line["decision"]) for line in lines] == [
        (None, "block"), ("click", "block"), (None, "allow"),
    ]
    assert lines[0]["capture_sha256"] == sha256(shot)
    assert all(line["capture_path"] is None and line["dom_text_path"] is None for line in lines)
    assert "4242" not in (folder / "verdicts.jsonl").read_text()  # nor any page text in the lines
