"""A guarded BrowserContext: new pages, pop-ups and 16 pages at once, each judged by its own capture."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from agent_guard.errors import ActionBlocked
from agent_guard.middleware import GuardedContext, GuardedPage, unwrap
from agent_guard.types import Decision, Status
from tests.middleware.helpers import page_html, sha256

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_pages_of_a_protected_context_are_guarded(guard, context, site) -> None:
    existing = await context.new_page()  # opened before protect()
    async with guard.protect(context) as gcontext:
        assert isinstance(gcontext, GuardedContext)
        seen: list[Any] = []
        gcontext.on("page", lambda p: seen.append(p))
        created = await gcontext.new_page()
        assert isinstance(created, GuardedPage)
        assert all(isinstance(p, GuardedPage) for p in gcontext.pages)
        assert gcontext.wrap(existing) in gcontext.pages and gcontext.wrap(existing) is gcontext.wrap(existing)

        await created.goto(f"{site}/opener")
        await created.screenshot()
        async with created.expect_popup() as popup_info:
            await created.click("#open")  # allowed: the opener page is benign
        popup = await popup_info.value
        assert isinstance(popup, GuardedPage)
        await popup.wait_for_load_state()
        assert popup.url.endswith("/malicious")
        with pytest.raises(ActionBlocked):  # blind on the pop-up: the guard captures it, and blocks
            await popup.click("#btn")
        assert await unwrap(popup).locator("#count").text_content() == "0"
        assert seen and all(isinstance(p, GuardedPage) for p in seen) and popup in seen
        assert isinstance(created.context, GuardedContext)


async def test_popups_of_a_protected_page_are_guarded(guard, page, site) -> None:
    await page.goto(f"{site}/opener")
    gpage = guard.protect(page)
    popups: list[Any] = []
    gpage.on("popup", lambda p: popups.append(p))
    await gpage.screenshot()
    await gpage.click("#open")
    for _ in range(100):
        if popups:
            break
        await asyncio.sleep(0.02)
    (popup,) = popups
    assert isinstance(popup, GuardedPage)
    await popup.wait_for_load_state()
    await popup.screenshot()
    with pytest.raises(ActionBlocked):
        await popup.get_by_role("button", name="Add to cart").click()
    await unwrap(popup).close()


async def test_sixteen_concurrent_pages_get_verdicts_for_their_own_captures(make_guard, context) -> None:
    guard = make_guard(batch_window_ms=30)
    gcontext = guard.protect(context)
    pages = list(await asyncio.gather(*(gcontext.new_page() for _ in range(16))))
    malicious = [i % 3 == 0 for i in range(16)]
    await asyncio.gather(*(
        unwrap(p).set_content(page_html(malicious=m, label=f"page {i}")) for i, (p, m) in enumerate(zip(pages, malicious))
    ))
    shots = await asyncio.gather(*(p.screenshot() for p in pages))
    assert len({sha256(s) for s in shots}) == 16  # every page shows something different
    verdicts = await asyncio.gather(*(p.latest_verdict() for p in pages))
    for shot, verdict, bad in zip(shots, verdicts, malicious):
        assert verdict.status is Status.OK and verdict.capture_sha256 == sha256(shot)
        assert verdict.decision is (Decision.BLOCK if bad else Decision.ALLOW)
    assert guard.stats["max_batch"] > 1 and guard.stats["batches"] < 16  # micro-batching happened

    async def act(p: Any) -> str:
        try:
            await p.click("#btn")
            return "clicked"
        except ActionBlocked as exc:
            assert exc.verdict.capture_sha256 == sha256(shots[pages.index(p)])
            return "blocked"

    outcomes = await asyncio.gather(*(act(p) for p in pages))
    assert outcomes == ["blocked" if bad else "clicked" for bad in malicious]
    counts = await asyncio.gather(*(unwrap(p).locator("#count").text_content() for p in pages))
    assert counts == ["0" if bad else "1" for bad in malicious]
    await gcontext.drain()
    for p in pages:
        await unwrap(p).close()
