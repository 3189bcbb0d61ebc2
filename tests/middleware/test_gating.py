"""The action gate on a guarded Playwright page: block, flag, allow, shadow, timeouts, blind actions."""

from __future__ import annotations

import html
import logging
from typing import Any

import pytest

from agent_guard.errors import ActionBlocked, ConfigurationError
from agent_guard.middleware import GuardedLocator, GuardedPage, unwrap
from agent_guard.policy import Policy, Thresholds
from agent_guard.types import ActionKind, Decision, Status
from tests.middleware.helpers import SlowImageEmbedder, page_html, sha256

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def count(page: Any) -> str:
    return await unwrap(page).locator("#count").text_content()


async def test_blocked_click_does_not_happen(guard, page) -> None:
    blocked: list[tuple[Any, str]] = []
    await page.set_content(page_html(malicious=True))
    async with guard.protect(page, on_block=lambda v, a: blocked.append((v, a))) as gpage:
        assert isinstance(gpage, GuardedPage)
        shot = await gpage.screenshot()
        assert shot.startswith(b"\x89PNG")
        with pytest.raises(ActionBlocked) as caught:
            await gpage.click("#btn")
    assert await count(page) == "0"  # the click really did not happen
    verdict = caught.value.verdict
    assert verdict.decision is Decision.BLOCK and verdict.status is Status.OK
    assert verdict.capture_sha256 == sha256(shot) and verdict.action == "click"
    assert caught.value.action == "click"
    assert [a for _, a in blocked] == ["click"] and blocked[0][0] is verdict
    assert [v.action for v in gpage.verdicts] == [None, "click"]


async def test_allowed_click_happens(guard, page) -> None:
    await page.set_content(page_html())
    async with guard.protect(page) as gpage:
        shot = await gpage.screenshot()
        await gpage.click("#btn")
        await gpage.locator("#btn").click()
        latest = await gpage.latest_verdict()
    assert await count(page) == "2"
    assert latest is not None and latest.decision is Decision.ALLOW and latest.capture_sha256 == sha256(shot)
    assert gpage.guard_stats["allowed"] == 2 and gpage.guard_stats["blind_captures"] == 0


async def test_flagged_click_happens_and_on_flag_fires(guard, page, caplog) -> None:
    # clicks only flag on this page, typing is blocked: per-action thresholds re-decide the same verdict
    guard.policy = Policy(Thresholds(flag=0.5, block=0.5), action_overrides={ActionKind.CLICK: Thresholds(0.5, 1.0)})
    flagged: list[tuple[Any, str]] = []

    async def on_flag(verdict: Any, action: str) -> None:  # async callbacks are awaited
        flagged.append((verdict, action))

    await page.set_content(page_html(malicious=True))
    gpage = guard.protect(page, on_flag=on_flag)
    await gpage.screenshot()
    with caplog.at_level(logging.WARNING, logger="agent_guard.middleware"):
        await gpage.click("#btn")
    assert await count(page) == "1"
    assert len(flagged) == 1 and flagged[0][1] == "click" and flagged[0][0].decision is Decision.FLAG
    assert "click" in flagged[0][0].reason and "flag" in caplog.text
    with pytest.raises(ActionBlocked):
        await gpage.fill("#field", "hunter2")
    assert await unwrap(page).input_value("#field") == ""
    await gpage.drain()


async def test_shadow_mode_never_blocks(make_guard, page) -> None:
    guard = make_guard(shadow=True)
    blocked: list[Any] = []
    await page.set_content(page_html(malicious=True))
    async with guard.protect(page, on_block=lambda v, a: blocked.append(v)) as gpage:
        await gpage.screenshot()
        await gpage.click("#btn")
        await gpage.keyboard.type("abc")
    assert await count(page) == "1" and not blocked
    action_verdicts = [v for v in gpage.verdicts if v.action is not None]
    assert [v.decision for v in action_verdicts] == [Decision.ALLOW, Decision.ALLOW]
    assert [v.would_decide for v in action_verdicts] == [Decision.BLOCK, Decision.BLOCK]
    assert gpage.guard_stats["shadow_blocked"] == 2


async def test_verdict_timeout_blocks_when_fail_closed(make_guard, page) -> None:
    guard = make_guard(image_embedder=SlowImageEmbedder(delay=1.0), verdict_timeout_s=0.25)
    await page.set_content(page_html())
    gpage = guard.protect(page)
    shot = await gpage.screenshot()
    with pytest.raises(ActionBlocked) as caught:
        await gpage.click("#btn")
    assert await count(page) == "0"
    verdict = caught.value.verdict
    assert verdict.status is Status.ERROR and "no verdict" in (verdict.error or "")
    assert verdict.capture_sha256 == sha256(shot)
    assert gpage.guard_stats["timeouts"] == 1


async def test_verdict_timeout_allows_when_fail_open(make_guard, page) -> None:
    guard = make_guard(image_embedder=SlowImageEmbedder(delay=1.0), verdict_timeout_s=0.25, fail_mode="open")
    await page.set_content(page_html(malicious=True))
    gpage = guard.protect(page)
    await gpage.screenshot()
    await gpage.click("#btn")
    assert await count(page) == "1"
    (verdict,) = [v for v in gpage.verdicts if v.action == "click"]
    assert verdict.status is Status.ERROR and verdict.decision is Decision.ALLOW


async def test_page_closed_during_a_check_does_not_crash(make_guard, context) -> None:
    guard = make_guard(image_embedder=SlowImageEmbedder(delay=0.4))
    raw = await context.new_page()
    await raw.set_content(page_html())
    async with guard.protect(raw) as gpage:
        shot = await gpage.screenshot()
        await raw.close()
        verdict = await gpage.latest_verdict()
        assert verdict is not None and verdict.capture_sha256 == sha256(shot)
        with pytest.raises(Exception) as caught:  # Playwright's own "target closed" error, as without a guard
            await gpage.click("#btn")
        assert not isinstance(caught.value, ActionBlocked)


async def test_acting_blind_takes_a_capture_first(guard, page) -> None:
    await page.set_content(page_html(malicious=True))
    gpage = guard.protect(page)
    with pytest.raises(ActionBlocked):  # no screenshot yet: the guard looks for itself
        await gpage.click("#btn")
    assert gpage.guard_stats["blind_captures"] == 1 and await count(page) == "0"
    await page.set_content(page_html())  # same-document change: the window is still the old capture ...
    gpage2 = guard.protect(page)
    await gpage2.click("#btn")  # ... for gpage; a fresh guarded page captures the benign page
    assert await count(page) == "1"


@pytest.mark.parametrize("policy, expect_blocked", [("fail", True), ("allow", False)])
async def test_blind_policy_fail_or_allow(guard, page, policy: str, expect_blocked: bool) -> None:
    await page.set_content(page_html())
    gpage = guard.protect(page, blind_policy=policy)
    if expect_blocked:
        with pytest.raises(ActionBlocked) as caught:
            await gpage.click("#btn")
        assert caught.value.verdict.status is Status.ERROR and "blind" in caught.value.verdict.reason
    else:
        await gpage.click("#btn")
        assert gpage.verdicts[-1].status is Status.SKIPPED
    assert await count(page) == ("0" if expect_blocked else "1")
    assert gpage.guard_stats["blind_captures"] == 0


async def test_capture_when_blind_false_means_fail(guard, page) -> None:
    await page.set_content(page_html())
    gpage = guard.protect(page, capture_when_blind=False)
    with pytest.raises(ActionBlocked):
        await gpage.click("#btn")
    with pytest.raises(ConfigurationError):
        guard.protect(page, capture_when_blind=False, blind_policy="capture")
    with pytest.raises(ConfigurationError):
        guard.protect(page, blind_polcy="capture")


async def test_navigation_makes_the_last_capture_stale(guard, page, site) -> None:
    await page.goto(f"{site}/benign")
    gpage = guard.protect(page)
    await gpage.screenshot()
    await gpage.goto(f"{site}/malicious")  # allowed: judged by the benign page the agent saw
    with pytest.raises(ActionBlocked):  # the page changed since: the guard captures it before the click
        await gpage.click("#btn")
    assert gpage.guard_stats["blind_captures"] == 1
    with pytest.raises(ActionBlocked):  # navigating is an action too, judged by the malicious page now on screen
        await gpage.go_back()
    assert page.url.endswith("/malicious")


async def test_locator_and_get_by_actions_are_gated(guard, page) -> None:
    extra = '<label for="f2" style="margin:16px">Email</label><input id="f2" data-testid="email" title="mail">'
    await page.set_content(page_html(malicious=True, extra=extra))
    gpage = guard.protect(page)
    await gpage.screenshot()
    attempts = [
        lambda: gpage.locator("#btn").click(),
        lambda: gpage.get_by_role("button", name="Add to cart").click(),
        lambda: gpage.get_by_text("Add to cart").dblclick(),
        lambda: gpage.get_by_placeholder("Search").fill("x"),
        lambda: gpage.get_by_label("Email").fill("x"),
        lambda: gpage.get_by_test_id("email").type("x"),
        lambda: gpage.get_by_title("mail").press("a"),
        lambda: gpage.locator("body").locator("#btn").first.click(),
        lambda: gpage.locator("button").nth(0).hover(),
        lambda: gpage.locator("button").last.tap(),
        lambda: gpage.locator("button").filter(has_text="Add").click(),
        lambda: gpage.locator("body").get_by_role("button").click(),
        lambda: gpage.locator("#btn").and_(gpage.get_by_text("Add to cart")).click(),
        lambda: gpage.main_frame.click("#btn"),
        lambda: gpage.main_frame.locator("#btn").click(),
    ]
    for attempt in attempts:
        with pytest.raises(ActionBlocked):
            await attempt()
    assert isinstance(gpage.locator("body").locator("#btn").first, GuardedLocator)
    assert await count(page) == "0" and await unwrap(page).input_value("#f2") == ""
    handle = await gpage.query_selector("#btn")
    with pytest.raises(ActionBlocked):
        await handle.click()
    assert await gpage.locator("#btn").count() == 1  # queries pass straight through
    assert gpage.locator("#btn").page is gpage


async def test_keyboard_and_mouse_are_gated(guard, page) -> None:
    await page.set_content(page_html(malicious=True))
    gpage = guard.protect(page)
    await gpage.screenshot()
    box = await unwrap(page).locator("#btn").bounding_box()
    x, y = box["x"] + 5, box["y"] + 5
    for attempt in (
        lambda: gpage.mouse.click(x, y),
        lambda: gpage.mouse.dblclick(x, y),
        lambda: gpage.mouse.move(x, y),
        lambda: gpage.mouse.down(),
        lambda: gpage.mouse.up(),
        lambda: gpage.mouse.wheel(0, 100),
        lambda: gpage.keyboard.type("secret"),
        lambda: gpage.keyboard.press("Enter"),
        lambda: gpage.keyboard.down("a"),
        lambda: gpage.keyboard.up("a"),
        lambda: gpage.keyboard.insert_text("secret"),
    ):
        with pytest.raises(ActionBlocked) as caught:
            await attempt()
        assert caught.value.action.split(".")[0] in ("mouse", "keyboard")
    assert await count(page) == "0"

    await page.set_content(page_html())
    await gpage.screenshot()
    await gpage.mouse.click(x, y)
    await unwrap(page).focus("#field")
    await gpage.keyboard.type("ok")
    assert await count(page) == "1" and await unwrap(page).input_value("#field") == "ok"


async def test_a_malicious_partial_capture_blocks_even_after_a_clean_full_one(guard, page) -> None:
    await page.set_content(page_html())
    gpage = guard.protect(page)
    await gpage.screenshot()  # clean
    await unwrap(page).evaluate(
        "document.body.insertAdjacentHTML('beforeend', '<div id=\"late\" style=\"position:absolute;left:0;"
        "top:0;width:800px;height:600px;background:#e01010\"></div>')"
    )
    part = await gpage.locator("#late").screenshot()  # the agent looked at the new element only
    assert part.startswith(b"\x89PNG")
    with pytest.raises(ActionBlocked) as caught:
        await gpage.mouse.click(5, 5)
    assert caught.value.verdict.capture_sha256 == sha256(part)


async def test_a_clean_partial_capture_does_not_clear_a_page_never_seen_whole(guard, page) -> None:
    await page.set_content(page_html(malicious=True))
    gpage = guard.protect(page)
    await gpage.locator("#btn").screenshot()  # just the button: looks harmless
    with pytest.raises(ActionBlocked):
        await gpage.click("#btn")  # the guard also captured the whole page, and that one blocks
    assert gpage.guard_stats["blind_captures"] == 1


async def test_iframes_are_gated(guard, page) -> None:
    frame_html = "<button id='inner' onclick=\"parent.document.getElementById('count').textContent='9'\">Go</button>"
    extra = f'<iframe id="fr" srcdoc="{html.escape(frame_html, quote=True)}" style="margin:16px;width:200px;height:60px"></iframe>'
    await page.set_content(page_html(malicious=True, extra=extra))
    await unwrap(page).frame_locator("#fr").locator("#inner").wait_for(timeout=5000)
    gpage = guard.protect(page)
    await gpage.screenshot()
    with pytest.raises(ActionBlocked):
        await gpage.frame_locator("#fr").locator("#inner").click()
    assert gpage.main_frame == gpage.main_frame and len(gpage.frames) == 2
    (child,) = [f for f in gpage.frames if f.parent_frame is not None]
    assert child.parent_frame == gpage.main_frame
    with pytest.raises(ActionBlocked):
        await child.click("#inner")
    assert await count(page) == "0"


async def test_callback_exceptions_do_not_break_the_agent(guard, page, caplog) -> None:
    def broken(verdict: Any, action: str) -> None:
        raise RuntimeError("callback bug")

    async def broken_async(verdict: Any, action: str) -> None:
        raise ValueError("async callback bug")

    await page.set_content(page_html(malicious=True))
    gpage = guard.protect(page, on_block=broken, on_flag=broken_async)
    await gpage.screenshot()
    with caplog.at_level(logging.ERROR, logger="agent_guard.middleware"):
        with pytest.raises(ActionBlocked):  # the decision stands, and it is ours, not the callback's error
            await gpage.click("#btn")
        guard.policy = Policy(Thresholds(flag=0.5, block=1.0))
        await gpage.click("#btn")  # flagged; the async callback fails; the click still happens
    assert await count(page) == "1"
    assert gpage.guard_stats["callback_errors"] == 2
    assert "callback bug" in caplog.text and "async callback bug" in caplog.text


async def test_protect_refuses_what_it_cannot_guard(guard, page) -> None:
    with pytest.raises(ConfigurationError):
        guard.protect(object())
    gpage = guard.protect(page)
    with pytest.raises(ConfigurationError):
        guard.protect(gpage)
    assert unwrap(gpage) is page and gpage.raw is page
    assert gpage.url == page.url and await gpage.title() == await page.title()


async def test_many_partial_captures_keep_the_worst_one(guard, page) -> None:
    await page.set_content(page_html(extra='<div id="red" style="width:700px;height:500px;background:#e01010"></div>'))
    gpage = guard.protect(page)
    await unwrap(page).locator("#red").evaluate("e => e.style.display = 'none'")
    await gpage.screenshot()  # clean full view
    await unwrap(page).locator("#red").evaluate("e => e.style.display = 'block'")
    bad = await gpage.locator("#red").screenshot()
    for _ in range(17):  # many harmless partial views afterwards: more than the window keeps
        await gpage.locator("#btn").screenshot()
    await gpage.latest_verdict()
    with pytest.raises(ActionBlocked) as caught:
        await gpage.locator("#btn").click()
    assert caught.value.verdict.capture_sha256 == sha256(bad)
    assert len(gpage._ag_watch.window) <= 17
