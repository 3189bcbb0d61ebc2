"""Scanning a web page as a guarded agent would see it: ``agent-guard scan URL`` (or a local ``.html`` file).

A capture file gives the guard only pixels, so only OCR reads it. A page opened in Chromium gives what the
middleware gets: the screenshot *and* the page's DOM text (including text a person cannot see), when the guard
model reads the ``dom`` channel. The scan goes through the middleware itself (``guard.protect``), so its verdict
is the one an agent taking a screenshot of that page would get, from the same code.

Each page opens in a fresh browser context (no cookies or storage shared between targets) at a fixed viewport
(1280x720 by default, the corpus's), waits for the ``load`` event, then ``settle_ms`` more: pop-ups that injected
scripts open a moment after load are on screen by then. Only the viewport is captured, as an agent's screenshot is.
Navigation happens on the raw page, before it is guarded: opening the page is the scanner's act, not an agent's.

A page that cannot be opened (unreachable host, missing file, timeout) gets an error verdict, which follows the
fail mode (fail-closed blocks), and ``scan`` exits 2, as for an unreadable capture file.

The page's scripts run, as they would for an agent. Chromium comes from ``browser.launch_chromium``: Playwright's
own where installed (sandboxed), else the system one with ``--no-sandbox`` (which running as root needs), so on
such machines untrusted pages are best scanned inside a disposable container.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agent_guard.errors import ConfigurationError, GuardError

if TYPE_CHECKING:
    from agent_guard.audit import AuditLog
    from agent_guard.guard import Guard
    from agent_guard.types import Verdict

URL_SCHEMES = ("http://", "https://", "file://")
HTML_SUFFIXES = (".html", ".htm")
DEFAULT_VIEWPORT = (1280, 720)
MAX_VIEWPORT_SIDE = 8192  # the guard's own pixel cap applies too; this catches typos ("1280x72000") early
DEFAULT_SETTLE_MS = 1000
DEFAULT_LOAD_TIMEOUT_S = 30.0


def page_address(target: str) -> str | None:
    """The URL to open for a scan target, or None when the target is a capture file to read as an image.

    URLs (http, https, file) are taken as given; a path ending in ``.html`` / ``.htm`` becomes a ``file://`` URL
    (whether or not it exists: a missing page is reported like an unreachable one).
    """
    if target.lower().startswith(URL_SCHEMES):
        return target
    if target.lower().endswith(HTML_SUFFIXES):
        return Path(target).resolve().as_uri()
    return None


def parse_viewport(text: str) -> tuple[int, int]:
    """``"1280x720"`` -> ``(1280, 720)``; anything else is a ``ConfigurationError``."""
    match = re.fullmatch(r"\s*(\d+)\s*[xX]\s*(\d+)\s*", text)
    if not match:
        raise ConfigurationError(f"viewport must look like 1280x720, got {text!r}")
    width, height = int(match.group(1)), int(match.group(2))
    check_viewport((width, height))
    return width, height


def check_viewport(viewport: tuple[int, int]) -> None:
    if not all(1 <= side <= MAX_VIEWPORT_SIDE for side in viewport):
        raise ConfigurationError(f"viewport sides must be 1..{MAX_VIEWPORT_SIDE} pixels, got {viewport}")


def check_scan_options(viewport: tuple[int, int], settle_ms: int, load_timeout_s: float) -> None:
    """``PageScanner``'s option checks, callable before the guard model is loaded."""
    check_viewport(viewport)
    if settle_ms < 0:
        raise ConfigurationError(f"settle_ms must be >= 0, got {settle_ms}")
    if not load_timeout_s > 0:
        raise ConfigurationError(f"load_timeout_s must be > 0, got {load_timeout_s}")


@dataclass(frozen=True)
class PageScan:
    """One scanned page: where it ended up, what the server answered, and the guard's verdict."""

    target: str
    url: str | None  # after redirects; None when the page never opened
    http_status: int | None  # None for file:// pages and pages that never opened
    verdict: "Verdict"


class PageScanner:
    """Opens pages in one headless Chromium and classifies each through ``guard.protect``.

    ``async with PageScanner(guard) as scanner: scan = await scanner.scan(url)``. Options are checked here, before
    Chromium starts: ``viewport`` (width, height), ``settle_ms`` (>= 0), ``load_timeout_s`` (> 0), ``audit``
    (an ``AuditLog`` that records every verdict with the page's URL, or None for none).
    """

    def __init__(
        self,
        guard: "Guard",
        *,
        viewport: tuple[int, int] = DEFAULT_VIEWPORT,
        settle_ms: int = DEFAULT_SETTLE_MS,
        load_timeout_s: float = DEFAULT_LOAD_TIMEOUT_S,
        audit: "AuditLog | None" = None,
    ) -> None:
        check_scan_options(viewport, settle_ms, load_timeout_s)
        self.guard = guard
        self.viewport = viewport
        self.settle_ms = settle_ms
        self.load_timeout_s = load_timeout_s
        self.audit = audit
        self._playwright: Any = None
        self._browser: Any = None

    async def __aenter__(self) -> "PageScanner":
        from agent_guard.browser import import_async_playwright, launch_chromium

        self._playwright = await import_async_playwright()().start()
        try:
            self._browser = await launch_chromium(self._playwright)
        except GuardError:
            await self._playwright.stop()
            raise
        except Exception as exc:  # noqa: BLE001 - Playwright's launch errors
            await self._playwright.stop()
            raise GuardError(f"could not start Chromium: {exc}") from exc
        return self

    async def __aexit__(self, *exc: object) -> None:
        try:
            if self._browser is not None:
                await self._browser.close()
        finally:
            if self._playwright is not None:
                await self._playwright.stop()
            self._browser = self._playwright = None

    async def scan(self, target: str) -> PageScan:
        """Open ``target`` (a URL or an .html path), capture it as an agent would, and return the verdict."""
        if self._browser is None:
            raise GuardError("PageScanner is not open: use `async with PageScanner(guard) as scanner`")
        address = page_address(target) or target
        width, height = self.viewport
        context = await self._browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=1)
        try:
            raw = await context.new_page()
            try:
                response = await raw.goto(address, wait_until="load", timeout=self.load_timeout_s * 1000)
                if self.settle_ms:
                    await raw.wait_for_timeout(self.settle_ms)
            except Exception as exc:  # noqa: BLE001 - Playwright's Error / TimeoutError, net:: errors
                verdict = self._failed(f"could not open {target}: {_first_line(exc)}", url=address)
                return PageScan(target=target, url=None, http_status=None, verdict=verdict)
            over_http = address.lower().startswith(("http:", "https:"))
            status = response.status if response is not None and over_http else None
            try:
                async with self.guard.protect(raw, audit=self.audit if self.audit is not None else False) as page:
                    await page.screenshot()
                    verdict = await page.latest_verdict()
            except Exception as exc:  # noqa: BLE001 - the page crashed or closed while being captured
                verdict = self._failed(f"could not capture {target}: {_first_line(exc)}", url=raw.url)
            if verdict is None:  # the hook records every capture it is given; None would be our bug, not the page's
                raise GuardError(f"no verdict was recorded for {target}")
            return PageScan(target=target, url=raw.url, http_status=status, verdict=verdict)
        finally:
            await context.close()

    def _failed(self, message: str, *, url: str) -> "Verdict":
        """The error verdict (by the fail mode) for a page that could not be opened or captured, audited with its
        URL: the middleware never saw it, so nothing else records it."""
        verdict = self.guard.verdict_for_error(GuardError(message))
        if self.audit is not None:
            self.audit.submit(verdict, url=url)
        return verdict


def _first_line(exc: BaseException) -> str:
    """Playwright's messages carry a multi-line call log; its first line says what went wrong."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
