import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import draw_capture


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
