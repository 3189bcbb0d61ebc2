import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import draw_capture
from tests.middleware.helpers import fit_fake_guard, page_html


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "agent_guard.cli", *args], capture_output=True, text=True, timeout=120, cwd=cwd
    )


def test_scan_json_contract_on_good_and_bad_files(tmp_path: Path, fake_model_dir: Path) -> None:
    benign, malicious = tmp_path / "benign.png", tmp_path / "malicious.png"
    benign.write_bytes(draw_capture(5000, malicious=False))
    malicious.write_bytes(draw_capture(5001, malicious=True))
    result = run_cli("scan", str(benign), str(malicious), "--model", str(fake_model_dir), "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["path"] for row in rows] == [str(benign), str(malicious)]
    assert [row["decision"] for row in rows] == ["allow", "block"]
    for row in rows:
        assert {"path", "score", "decision", "status", "error"} <= set(row)
        assert row["status"] == "ok" and row["error"] is None and 0.0 <= row["score"] <= 1.0
        assert set(row["thresholds"]) == {"flag", "block"}


def test_scan_exits_2_when_any_input_is_unreadable_without_traceback(tmp_path: Path, fake_model_dir: Path) -> None:
    good = tmp_path / "good.png"
    good.write_bytes(draw_capture(5002, malicious=False))
    text = tmp_path / "notes.png"
    text.write_text("this is a text file")
    result = run_cli("scan", str(good), str(text), str(tmp_path / "missing.png"), "--model", str(fake_model_dir), "--json")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr + result.stdout
    rows = {row["path"]: row for row in map(json.loads, result.stdout.splitlines())}
    assert rows[str(good)]["status"] == "ok"
    assert rows[str(text)]["status"] == "error" and "not a recognised image" in rows[str(text)]["error"]
    assert rows[str(tmp_path / "missing.png")]["error"].endswith("no such file")


def test_scan_with_unusable_model_exits_2_with_message(tmp_path: Path) -> None:
    image = tmp_path / "a.png"
    image.write_bytes(draw_capture(5003, malicious=False))
    result = run_cli("scan", str(image), "--model", str(tmp_path / "no-model"))
    assert result.returncode == 2
    assert "not a guard-model folder" in result.stderr and "Traceback" not in result.stderr


def test_scan_opens_pages_in_chromium_in_order_with_files_and_audits_them(tmp_path: Path) -> None:
    model = fit_fake_guard(tmp_path / "guard")
    benign_page, malicious_page = tmp_path / "home.html", tmp_path / "deal.html"
    benign_page.write_text(page_html(label="home"), encoding="utf-8")
    malicious_page.write_text(page_html(malicious=True, label="deal"), encoding="utf-8")
    capture = tmp_path / "shot.png"
    capture.write_bytes(draw_capture(5004, malicious=False))
    audit = tmp_path / "audit"
    targets = [str(malicious_page), str(capture), benign_page.as_uri(), str(tmp_path / "gone.html")]
    result = run_cli("scan", *targets, "--model", str(model), "--json", "--viewport", "800x600", "--settle-ms", "0",
                     "--audit-dir", str(audit), "--save-captures", "all")
    assert result.returncode == 2, result.stderr  # the missing page counts as unreadable input
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["path"] for row in rows] == targets
    assert [row["decision"] for row in rows[:3:2]] == ["block", "allow"]
    assert [row["url"] for row in rows] == [malicious_page.as_uri(), None, benign_page.as_uri(), None]
    assert rows[1]["status"] == "ok" and rows[1]["http_status"] is None and rows[1]["text_sources"] == []
    assert rows[3]["status"] == "error" and rows[3]["decision"] == "block" and "ERR_FILE_NOT_FOUND" in rows[3]["error"]
    logged = [json.loads(line) for line in (audit / "verdicts.jsonl").read_text().splitlines()]
    # the audit log names the page that could not be opened, too
    assert [line["url"] for line in logged] == [malicious_page.as_uri(), None, benign_page.as_uri(),
                                                (tmp_path / "gone.html").as_uri()]
    assert all(line["capture_path"] for line in logged[:3]) and logged[3]["capture_path"] is None


def test_scan_refuses_bad_page_options_before_loading_anything(tmp_path: Path) -> None:
    missing_model = str(tmp_path / "no-model")  # never reached: the options are refused first
    for options, message in (
        (["--viewport", "1280"], "viewport must look like 1280x720"),
        (["--settle-ms", "-1"], "settle_ms must be >= 0"),
        (["--load-timeout", "0"], "load_timeout_s must be > 0"),
        (["--save-captures", "all"], "--save-captures needs --audit-dir"),
    ):
        result = run_cli("scan", "https://example.com", "--model", missing_model, *options)
        assert result.returncode == 2 and message in result.stderr, (options, result.stderr)
        assert "Traceback" not in result.stderr
