"""Fixtures for the middleware tests: one Chromium for the whole suite, a fake guard per test, a local site."""

from __future__ import annotations

from pathlib import Path
from typing import Any, AsyncIterator, Callable, Iterator

import pytest
import pytest_asyncio

from agent_guard.demo.server import PageServer
from agent_guard.errors import DependencyMissingError
from agent_guard.guard import Guard
from tests.middleware.helpers import VIEWPORT, fit_fake_guard, page_html

SITE_PAGES = {
    "/benign": page_html(label="home"),
    "/benign2": page_html(label="other"),
    "/malicious": page_html(malicious=True, label="deal"),
    "/opener": page_html(
        label="opener",
        extra='<button id="open" style="margin:16px" onclick="window.open(\'/malicious\')">Open deal</button>',
    ),
}


@pytest.fixture(scope="session")
def guard_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fit_fake_guard(tmp_path_factory.mktemp("middleware-model") / "guard")


@pytest.fixture
def make_guard(guard_model_dir: Path, tmp_path: Path) -> Iterator[Callable[..., Guard]]:
    guards: list[Guard] = []

    def make(**overrides: Any) -> Guard:
        overrides.setdefault("audit_dir", tmp_path / "audit")
        guard = Guard(guard_model_dir, **overrides)
        guards.append(guard)
        return guard

    yield make
    for guard in guards:
        guard.close()


@pytest.fixture
def guard(make_guard: Callable[..., Guard]) -> Guard:
    return make_guard()


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def browser() -> AsyncIterator[Any]:
    from agent_guard.browser import import_async_playwright, launch_chromium

    async with import_async_playwright()() as playwright:
        try:
            chromium = await launch_chromium(playwright)
        except DependencyMissingError as exc:  # pragma: no cover - a machine without Chromium
            pytest.skip(str(exc))
        yield chromium
        await chromium.close()


@pytest_asyncio.fixture(loop_scope="session")
async def context(browser: Any) -> AsyncIterator[Any]:
    ctx = await browser.new_context(viewport=VIEWPORT)
    yield ctx
    await ctx.close()


@pytest_asyncio.fixture(loop_scope="session")
async def page(context: Any) -> Any:
    return await context.new_page()


@pytest.fixture(scope="session")
def site() -> Iterator[str]:
    """Base URL of a local HTTP server (127.0.0.1, ephemeral port) serving ``SITE_PAGES``."""
    def respond(path: str) -> tuple[int, str] | None:
        html = SITE_PAGES.get(path.split("?")[0])
        return None if html is None else (200, html)

    with PageServer(respond) as site:
        yield site.base_url
