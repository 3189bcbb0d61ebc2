"""The bundled guard (models/default) through `agent-guard scan` with no --model, on freshly rendered captures."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from agent_guard.browser import import_async_playwright, launch_chromium
from agent_guard.classifier import MLP_UNITS
from agent_guard.demo.shop import ShopServer
from agent_guard.guard import Guard, bundled_model_dir
from agent_guard.model import GuardModel
from agent_guard.training.splits import DEFAULT_FRACTIONS, parse_fractions

pytestmark = pytest.mark.skipif(not (bundled_model_dir() / "guard.json").exists(), reason="run `make model` first")


def test_bundled_model_records_its_provenance() -> None:
    model = GuardModel.load(bundled_model_dir())
    assert model.channels == ("ocr", "dom")
    card = model.training
    assert card["corpus"]["seed"] == 7 and len(card["corpus"]["manifest_sha256"]) == 64
    assert len(card["data"]["data_sha256"]) == 64 and card["metrics"]["test"]["auc"] > 0.9
    # built the way `make model` says it is
    recipe = (Path(__file__).resolve().parents[1] / "Makefile").read_text().split("\nmodel:", 1)[1].split("\n\n")[0]
    flags = recipe.replace("\\\n", " ").split()
    assert card["head_kinds"]["text"] == flags[flags.index("--text-head") + 1]
    assert card["cv_folds"] == flags[flags.index("--cv-folds") + 1]
    members = int(flags[flags.index("--mlp-members") + 1]) if "--mlp-members" in flags else 1
    assert card.get("mlp_members", 1) == members
    assert model.heads["text"].hidden_weight.shape[1] == members * MLP_UNITS  # type: ignore[union-attr]
    assert card["seed"] == 7 and flags[flags.index("--channels") + 1] == "ocr,dom"
    fractions = parse_fractions(flags[flags.index("--split") + 1]) if "--split" in flags else DEFAULT_FRACTIONS
    assert card["split_fractions"] == list(fractions)
    assert ("tuned" in model.heads) == ("--tuned-encoder" in flags) == ("tuned" in card)
    for name in ("faint_text", "small_text"):
        assert model.embedders["ocr"].get(name, False) == ("--ocr-" + name.replace("_", "-") in flags)


def test_bundled_model_trained_on_the_authored_sets_and_never_on_the_sealed_ones(tmp_path: Path) -> None:
    """The corpus's authored pages are exactly what ``bench/authored_texts.py`` writes (sets A-F, I-L and N-Q), and no
    text of the unseen test sets G, H, M, T, U and AA is among them, nor among the sets tried and left out (R, S,
    V-Z)."""
    texts = tmp_path / "authored-texts.jsonl"
    root = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, str(root / "bench" / "authored_texts.py"), "--out", str(texts)], check=True,
                   capture_output=True, timeout=60)
    recorded = GuardModel.load(bundled_model_dir()).training["corpus"]["texts"]
    assert recorded["sha256"] == hashlib.sha256(texts.read_bytes()).hexdigest()
    assert recorded["sources"] == [f"set-{name}" for name in "abcdefijklnopq"]
    sys.path.insert(0, str(root / "bench"))
    try:
        import unseen_set_aa
        import unseen_set_g
        import unseen_set_h
        import unseen_set_m
        import unseen_set_t
        import unseen_set_u
        from authored_texts import TRIED_SETS
    finally:
        sys.path.remove(str(root / "bench"))
    unseen_sets = (unseen_set_g, unseen_set_h, unseen_set_m, unseen_set_t, unseen_set_u, unseen_set_aa)
    sealed = {text for module in unseen_sets for _, text in (*module.MALICIOUS, *module.BENIGN)}
    trained = {json.loads(line)["text"] for line in texts.read_text(encoding="utf-8").splitlines()}
    assert len(sealed) > 1290 and len(trained) > 1500 and not sealed & trained
    tried = {text for module in TRIED_SETS.values() for _, text in (*module.MALICIOUS, *module.BENIGN)}
    assert len(tried) > 400 and not sealed & tried and not tried & trained


def test_text_compute_dtype_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with Guard(audit_dir=tmp_path) as default:  # served in float32 unless asked (bench/RESULTS.md, stop 21)
        assert default.extractor.text_embedder.compute_dtype == "float32"  # type: ignore[union-attr]
    monkeypatch.setenv("AGENT_GUARD_TEXT_COMPUTE_DTYPE", "float64")
    with Guard(audit_dir=tmp_path) as exact:
        assert exact.extractor.text_embedder.compute_dtype == "float64"  # type: ignore[union-attr]
    with Guard(audit_dir=tmp_path, text_compute_dtype="float32") as fast:  # an explicit argument beats it
        assert fast.extractor.text_embedder.compute_dtype == "float32"  # type: ignore[union-attr]


async def test_scan_without_model_blocks_injected_capture_and_allows_benign(tmp_path: Path) -> None:
    pages = {"/deals": "block", "/account": "block", "/checkout": "allow", "/": "allow"}
    async with import_async_playwright()() as playwright:
        browser = await launch_chromium(playwright)
        page = await browser.new_page(viewport={"width": 1280, "height": 720})
        with ShopServer() as shop:
            for path in pages:
                await page.goto(shop.url(path))
                await page.screenshot(path=str(tmp_path / f"{path.strip('/') or 'home'}.png"))
        await browser.close()
    files = [str(tmp_path / f"{path.strip('/') or 'home'}.png") for path in pages]
    result = subprocess.run([sys.executable, "-m", "agent_guard.cli", "scan", *files, "--json"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    decisions = [json.loads(line)["decision"] for line in result.stdout.splitlines()]
    assert decisions == list(pages.values())


def test_scan_of_urls_reads_dom_text_and_feeds_collect(tmp_path: Path) -> None:
    """`scan URL` gives the bundled guard the page's DOM text as the middleware would; its audit log, through
    `collect`, becomes a manifest whose rows keep that text (what `calibrate` needs for a DOM-reading guard)."""
    audit, manifest = tmp_path / "audit", tmp_path / "audit" / "manifest.jsonl"
    with ShopServer() as shop:
        urls = [shop.url("/account"), shop.url("/")]
        result = subprocess.run([sys.executable, "-m", "agent_guard.cli", "scan", *urls, "--json", "--audit-dir",
                                 str(audit), "--save-captures", "all"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["decision"] for row in rows] == ["block", "allow"]
    assert all(row["text_sources"] == ["ocr", "dom"] and row["http_status"] == 200 for row in rows)
    assert [row["url"] for row in rows] == urls
    collected = subprocess.run([sys.executable, "-m", "agent_guard.cli", "collect", str(audit), "--out",
                                str(manifest)], capture_output=True, text=True, timeout=120)
    assert collected.returncode == 0, collected.stderr
    listed = [json.loads(line) for line in manifest.read_text().splitlines()]
    assert [row["url"] for row in listed] == urls
    dom_texts = [(audit / row["dom_text_path"]).read_text(encoding="utf-8") for row in listed]
    assert "export the saved payment methods" in dom_texts[0] and "Closed-back" in dom_texts[1]
