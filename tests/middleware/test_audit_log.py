"""The middleware writes the audit log: verdict lines, flagged captures, DOM text; a broken disk changes nothing."""

from __future__ import annotations

import errno
import json
import logging
import stat
from pathlib import Path
from typing import Any

import pytest

from agent_guard.audit import LINE_KEYS, AuditLog, FileWriter
from agent_guard.errors import ActionBlocked
from agent_guard.middleware import unwrap
from tests.middleware.helpers import page_html, sha256

pytestmark = pytest.mark.asyncio(loop_scope="session")


def lines(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (folder / "verdicts.jsonl").read_text().splitlines()]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


async def test_audit_lines_and_flagged_captures(make_guard, page, tmp_path: Path) -> None:
    folder = tmp_path / "audit-here"
    guard = make_guard(audit_dir=folder)
    await page.set_content(page_html())
    async with guard.protect(page) as gpage:
        benign_shot = await gpage.screenshot()
        await gpage.click("#btn")
        await page.set_content(page_html(malicious=True))
        bad_shot = await gpage.screenshot()
        with pytest.raises(ActionBlocked):
            await gpage.click("#btn")
    written = lines(folder)  # leaving the block flushed the log
    assert all(tuple(line) == LINE_KEYS for line in written)
    capture_lines = [line for line in written if line["action"] is None]
    assert [line["capture_sha256"] for line in capture_lines] == [sha256(benign_shot), sha256(bad_shot)]
    benign, bad = capture_lines
    assert benign["decision"] == "allow" and benign["capture_path"] is None  # benign captures are not kept
    assert bad["decision"] == "block" and bad["status"] == "ok" and bad["score"] > 0.5
    assert bad["capture_path"] == f"captures/{sha256(bad_shot)}.png" and bad["dom_text_path"] is None
    assert bad["url"] == "about:blank" and bad["model_id"].startswith("test-fake-guard@")
    assert bad["time"].endswith("+00:00") and bad["latency_ms"] > 0 and "image" in bad["head_scores"]
    (blocked,) = [line for line in written if line["action"] == "click" and line["decision"] == "block"]
    assert blocked["capture_sha256"] == sha256(bad_shot) and blocked["capture_path"] == bad["capture_path"]
    saved = folder / bad["capture_path"]
    assert saved.read_bytes() == bad_shot
    assert mode(saved) == 0o600 and mode(folder / "verdicts.jsonl") == 0o600
    assert mode(folder) == 0o700 and mode(folder / "captures") == 0o700
    assert sorted(p.name for p in (folder / "captures").iterdir()) == [saved.name]  # no temp files left


async def test_recorder_saves_every_capture_with_its_dom_text(make_guard, page, tmp_path: Path) -> None:
    folder = tmp_path / "recorder"
    guard = make_guard(audit_dir=folder, save_captures="all")
    await page.set_content(page_html(label="Kettle"))
    async with guard.protect(page, dom_text=True) as gpage:  # DOM text read with each screenshot
        shot = await gpage.screenshot()
    (line,) = lines(folder)
    assert line["capture_path"] == f"captures/{sha256(shot)}.png"
    assert line["dom_text_path"] == f"captures/{sha256(shot)}.dom.txt"
    dom_text = (folder / line["dom_text_path"]).read_text()
    assert "Shop Kettle" in dom_text and "Add to cart" in dom_text
    assert mode(folder / line["dom_text_path"]) == 0o600


async def test_audit_can_be_switched_off(make_guard, page, tmp_path: Path) -> None:
    guard = make_guard(audit_dir=tmp_path / "off")
    await page.set_content(page_html(malicious=True))
    async with guard.protect(page, audit=False) as gpage:
        await gpage.screenshot()
        with pytest.raises(ActionBlocked):
            await gpage.click("#btn")
    assert not (tmp_path / "off").exists()
    guard2 = make_guard(audit_dir=tmp_path / "off2", audit_enabled=False)
    async with guard2.protect(page) as gpage:
        await gpage.screenshot()
    assert not (tmp_path / "off2").exists()


async def test_an_unwritable_audit_folder_does_not_break_the_agent(make_guard, page, tmp_path: Path, caplog) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("in the way")  # mkdir fails, even for root
    guard = make_guard(audit_dir=not_a_folder)
    with caplog.at_level(logging.ERROR, logger="agent_guard.audit"):
        for html in (page_html(malicious=True), page_html(malicious=True, label="again")):
            await page.set_content(html)
            async with guard.protect(page) as gpage:
                await gpage.screenshot()
                with pytest.raises(ActionBlocked):  # gating still works
                    await gpage.click("#btn")
    assert await unwrap(page).locator("#count").text_content() == "0"
    errors = [r for r in caplog.records if r.name == "agent_guard.audit" and r.levelno >= logging.ERROR]
    assert len(errors) == 1  # logged once, not once per verdict


async def test_a_full_disk_does_not_break_the_agent(guard, page, tmp_path: Path, caplog) -> None:
    class FullDisk(FileWriter):
        def write_file(self, path: Path, data: bytes) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        def append(self, path: Path, data: bytes) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

    audit = AuditLog(tmp_path / "full", writer=FullDisk())
    await page.set_content(page_html(malicious=True))
    with caplog.at_level(logging.ERROR, logger="agent_guard.audit"):
        async with guard.protect(page, audit=audit) as gpage:
            shot = await gpage.screenshot()
            with pytest.raises(ActionBlocked) as caught:
                await gpage.click("#btn")
    assert caught.value.verdict.capture_sha256 == sha256(shot)  # the verdict is not lost
    assert audit.stats["write_errors"] >= 2 and audit.stats["lines"] == 0
    assert sum("No space left" in r.getMessage() for r in caplog.records) == 1
