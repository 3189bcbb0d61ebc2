"""The corpus renderer keeps a capture only once the page has stopped changing."""

from __future__ import annotations

import pytest

from agent_guard.corpus.plan import make_plan
from agent_guard.corpus.render import MAX_SCREENSHOTS, _settled_screenshot
from agent_guard.errors import GuardError


class ScriptedPage:
    """Stands in for a Playwright page: hands out the given screenshots in turn, repeating the last one."""

    def __init__(self, shots: list[bytes]) -> None:
        self.shots = shots
        self.taken = 0

    async def screenshot(self, **_: object) -> bytes:
        shot = self.shots[min(self.taken, len(self.shots) - 1)]
        self.taken += 1
        return shot


SPEC = make_plan(1, 3)[0]


async def test_a_settled_page_costs_two_screenshots() -> None:
    page = ScriptedPage([b"same"])
    assert await _settled_screenshot(page, SPEC) == b"same"
    assert page.taken == 2


async def test_a_page_still_painting_is_captured_once_it_settles() -> None:
    page = ScriptedPage([b"early", b"late", b"final"])
    assert await _settled_screenshot(page, SPEC) == b"final"
    assert page.taken == 4


async def test_a_page_that_never_settles_is_an_error_naming_it() -> None:
    page = ScriptedPage([bytes([i]) for i in range(MAX_SCREENSHOTS + 2)])
    with pytest.raises(GuardError, match=SPEC.id):
        await _settled_screenshot(page, SPEC)
    assert page.taken == MAX_SCREENSHOTS
