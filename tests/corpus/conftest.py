"""Shared corpora for the generator tests: rendered once per module run (Chromium is the slow part)."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent_guard.errors import DependencyMissingError


def _generate(out: Path, n: int, seed: int, **kwargs) -> Path:
    from agent_guard.corpus import generate_corpus_sync

    try:
        return generate_corpus_sync(out, n, seed, **kwargs)
    except DependencyMissingError as exc:  # pragma: no cover - environment without Chromium/Playwright
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def make_corpus(tmp_path_factory):
    cache: dict[tuple, Path] = {}

    def make(n: int, seed: int, **kwargs) -> Path:
        key = (n, seed, tuple(sorted((k, tuple(v) if isinstance(v, (list, tuple)) else v) for k, v in kwargs.items())))
        if key not in cache:
            out = tmp_path_factory.mktemp(f"corpus_n{n}_s{seed}")
            cache[key] = _generate(out, n, seed, **kwargs)
        return cache[key]

    return make
