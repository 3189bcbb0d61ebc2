"""Launching Chromium for the corpus generator, the examples, the demo and the tests.

Playwright's own Chromium is used where it is installed. Where it is not (machines that cannot download it),
we fall back to a system Chromium (Debian's ``/usr/bin/chromium``) with flags that keep it from reaching out to
the network at start-up, which a closed network answers with a storm of refused connections.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agent_guard.errors import DependencyMissingError, missing_dependency

if TYPE_CHECKING:
    from playwright.async_api import Browser, Playwright

SYSTEM_CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
QUIET_FLAGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
    "--font-render-hinting=none",
)


def system_chromium() -> str | None:
    """Path of a system Chromium, honouring AGENT_GUARD_CHROMIUM first."""
    explicit = os.environ.get("AGENT_GUARD_CHROMIUM")
    if explicit:
        return explicit
    for candidate in SYSTEM_CHROMIUM_CANDIDATES:
        if Path(candidate).exists():
            return candidate
    found = shutil.which("chromium")
    return found


def _playwright_chromium_installed(playwright: "Playwright") -> bool:
    try:
        return Path(playwright.chromium.executable_path).exists()
    except Exception:  # noqa: BLE001 - Playwright raises its own error when no browser is registered
        return False


async def launch_chromium(playwright: "Playwright", **kwargs: Any) -> "Browser":
    """Launch headless Chromium: Playwright's own if present, else the system one with quiet flags."""
    args = list(kwargs.pop("args", []))
    kwargs.setdefault("headless", True)
    if not os.environ.get("AGENT_GUARD_CHROMIUM") and _playwright_chromium_installed(playwright):
        return await playwright.chromium.launch(args=args, **kwargs)
    executable = system_chromium()
    if executable is None:
        raise DependencyMissingError(
            "No Chromium found: run `playwright install chromium`, or on Debian `apt-get install chromium`, "
            "or point AGENT_GUARD_CHROMIUM at a Chromium binary."
        )
    return await playwright.chromium.launch(
        executable_path=executable, args=[*QUIET_FLAGS, *args], **kwargs
    )


def import_async_playwright() -> Any:
    """``playwright.async_api.async_playwright``, or a fix-it error."""
    try:
        from playwright.async_api import async_playwright
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise missing_dependency("playwright", "browser", exc) from exc
    return async_playwright
