"""The synthetic corpus generator: determinism, exclusions, manifest shape, label mix."""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import defaultdict
from pathlib import Path

import pytest
from PIL import Image

from agent_guard.corpus import (
    CATEGORIES,
    FAMILIES,
    MANIFEST_KEYS,
    SITES,
    add_corpus_arguments,
    generate_corpus_sync,
    read_manifest,
    run_corpus_command,
)
from agent_guard.corpus.plan import make_plan
from agent_guard.errors import ConfigurationError

REQUIRED_KEYS = {
    "path",
    "label",
    "family",
    "category",
    "placement",
    "site",
    "viewport",
    "theme",
    "lang",
    "full_page",
    "group",
    "dom_text_path",
    "injection_text",
}


def _files(manifest: Path) -> dict[str, str]:
    root = manifest.parent
    digests = {}
    for row in read_manifest(manifest):
        for key in ("path", "dom_text_path"):
            digests[row[key]] = hashlib.sha256((root / row[key]).read_bytes()).hexdigest()
    return digests


def test_same_seed_gives_identical_bytes(make_corpus, tmp_path) -> None:
    first = make_corpus(8, 1234)
    second = generate_corpus_sync(tmp_path / "again", 8, 1234, concurrency=2)  # other concurrency, same bytes
    assert first.read_bytes() == second.read_bytes()
    assert _files(first) == _files(second)


def test_different_seed_gives_different_manifest(make_corpus) -> None:
    assert make_corpus(8, 1234).read_bytes() != make_corpus(8, 99).read_bytes()


def test_exclusions_hold(make_corpus) -> None:
    manifest = make_corpus(8, 5, exclude_families=["popup", "inline"], exclude_sites=["shop", "login", "forum"])
    rows = read_manifest(manifest)
    assert len(rows) == 8
    assert not {r["family"] for r in rows} & {"popup", "inline"}
    assert not {r["site"] for r in rows} & {"shop", "login", "forum"}


def test_only_filters_hold() -> None:
    plan = make_plan(40, 3, only_families=["banner"], only_sites=["news", "docs"])
    assert {p.family for p in plan if p.label} == {"banner"}
    assert {p.site for p in plan} <= {"news", "docs"}


def test_mix_keys_and_files(make_corpus) -> None:
    manifest = make_corpus(24, 0)
    root = manifest.parent
    rows = read_manifest(manifest)
    assert len(rows) == 24
    assert {r["label"] for r in rows} == {0, 1}
    assert len({r["family"] for r in rows if r["label"] == 1}) >= 4
    assert any(r["category"] != "plain" for r in rows if r["label"] == 0)  # look-alike dialogs appear
    for row in rows:
        assert REQUIRED_KEYS <= set(row), row
        assert list(row) == list(MANIFEST_KEYS)
        assert not Path(row["path"]).is_absolute() and (root / row["path"]).is_file()
        assert (root / row["dom_text_path"]).is_file()
        assert row["site"] in SITES and row["category"] in CATEGORIES and row["theme"] in ("light", "dark")
        width, height = (int(v) for v in row["viewport"].split("x"))
        with Image.open(root / row["path"]) as img:
            assert img.width == width
            assert img.height == height or (row["full_page"] and height < img.height <= 4000)
        if row["label"] == 1:
            assert row["family"] in FAMILIES and row["injection_text"] and row["placement"]
            assert row["path"].startswith(f"malicious/{row['family']}/")
        else:
            assert row["family"] is None and row["injection_text"] is None
            assert row["path"].startswith(f"benign/{row['category']}/")
        assert (root / row["dom_text_path"]).read_text(encoding="utf-8").strip()


def test_pairs_share_a_page(make_corpus) -> None:
    rows = read_manifest(make_corpus(24, 0))
    groups = defaultdict(list)
    for row in rows:
        groups[row["group"]].append(row)
    pairs = [g for g in groups.values() if len(g) == 2]
    assert pairs, "expected some benign/malicious pairs"
    for benign, malicious in pairs:
        assert (benign["label"], malicious["label"]) == (0, 1)
        for key in ("site", "viewport", "theme", "category", "site_variant"):
            assert benign[key] == malicious[key], key
    assert all(len(g) <= 2 for g in groups.values())


def test_injected_text_reaches_dom_text(make_corpus) -> None:
    manifest = make_corpus(24, 0)
    hits = 0
    for row in read_manifest(manifest):
        if row["label"] == 1 and row["family"] != "image_text":
            text = " ".join((manifest.parent / row["dom_text_path"]).read_text(encoding="utf-8").split())
            hits += " ".join(row["injection_text"].split())[:40] in text
    assert hits >= 5


def test_bad_arguments_are_configuration_errors(tmp_path) -> None:
    with pytest.raises(ConfigurationError):
        generate_corpus_sync(tmp_path, 4, 0, exclude_families=["no_such_family"])
    with pytest.raises(ConfigurationError):
        generate_corpus_sync(tmp_path, 4, 0, exclude_sites=list(SITES))
    with pytest.raises(ConfigurationError):
        generate_corpus_sync(tmp_path, 4, 0, malicious_fraction=1.5)
    with pytest.raises(ConfigurationError):
        generate_corpus_sync(tmp_path, 4, 0, exclude_families=list(FAMILIES))


def test_plan_balance_and_fraction() -> None:
    plan = make_plan(300, 7, malicious_fraction=0.4)
    assert sum(p.label for p in plan) == 120
    counts = defaultdict(int)
    for p in plan:
        if p.label:
            counts[p.family] += 1
    assert set(counts) == set(FAMILIES) and max(counts.values()) - min(counts.values()) <= 1
    assert {p.viewport for p in plan} == {(1280, 720), (1440, 900), (390, 844)}
    assert {p.theme for p in plan} == {"light", "dark"} and any(p.full_page for p in plan)
    assert all(p.site != "login" for p in plan if p.family == "inline")
    assert make_plan(10, 7, malicious_fraction=0.0) and not any(
        p.label for p in make_plan(10, 7, malicious_fraction=0.0)
    )


def test_empty_corpus(tmp_path) -> None:
    manifest = generate_corpus_sync(tmp_path, 0, 0)
    assert manifest.read_bytes() == b""


def test_cli_command(tmp_path, capsys) -> None:
    parser = argparse.ArgumentParser()
    add_corpus_arguments(parser)
    args = parser.parse_args(
        [
            "--out",
            str(tmp_path / "c"),
            "--n",
            "2",
            "--seed",
            "3",
            "--exclude-family",
            "inline",
            "--exclude-site",
            "login",
            "--malicious-fraction",
            "0.5",
        ]
    )
    assert run_corpus_command(args) == 0
    out = capsys.readouterr().out.strip()
    assert len(out.splitlines()) == 1 and "2 pages" in out and "benign=1" in out and "malicious=1" in out
    rows = [json.loads(line) for line in (tmp_path / "c" / "manifest.jsonl").read_text().splitlines()]
    assert len(rows) == 2
    bad = parser.parse_args(["--out", str(tmp_path / "d"), "--exclude-family", "nope"])
    assert run_corpus_command(bad) == 2
