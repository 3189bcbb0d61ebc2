"""Rendering composed pages with Playwright: one browser, one fresh context per page, deterministic captures."""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from typing import Any

from agent_guard.corpus.components import INJ_ATTR
from agent_guard.corpus.plan import ItemSpec
from agent_guard.domtext import extract_dom_text
from agent_guard.errors import GuardError

MAX_FULL_PAGE_HEIGHT = 4000
#: Screenshots taken at most while waiting for two in a row to be identical (a settled page).
MAX_SCREENSHOTS = 6

log = logging.getLogger("agent_guard.corpus.render")

#: Wait until every image is decoded and every web font is ready, then for two animation frames, so the screenshot
#: shows the page as laid out at its final viewport. Without it, a busy machine once captured a full-page captcha
#: (a data-URI image, viewport grown just before) with different pixels from the same page rendered again.
SETTLE_JS = """async () => {
  await Promise.all([document.fonts.ready, ...Array.from(document.images, (img) => img.decode().catch(() => null))]);
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}"""

#: Decide the scroll offset: keep the marked element (injection, or its place in the benign twin) in view and,
#: for an injection, clear of fixed overlays (trying a few offsets); measure how much of it the capture shows;
#: then drop the marker so neither the capture nor the DOM text can see it.
SCROLL_JS = f"""
([frac, anchor, fullPage, cap, avoidCover]) => {{
  const vh = window.innerHeight, vw = window.innerWidth;
  const doc = document.documentElement;
  const height = Math.max(doc.scrollHeight, document.body ? document.body.scrollHeight : 0);
  const maxScroll = Math.max(0, height - vh);
  const capH = Math.min(height, cap);
  const marks = Array.from(document.querySelectorAll('[{INJ_ATTR}]'));
  const isFixed = (el) => {{
    for (let cur = el; cur && cur.nodeType === 1; cur = cur.parentElement) {{
      if (getComputedStyle(cur).position === 'fixed') return true;
    }}
    return false;
  }};
  const inFlow = marks.find((el) => !isFixed(el)) || null;
  const shown = inFlow || marks[0] || null;
  // share of el's boxes inside the capture, clipped by scrolling ancestors; uncovered share sampled when on screen
  const share = (el, full) => {{
    let clip = [-1e9, -1e9, 1e9, 1e9];
    for (let cur = el.parentElement; cur && cur !== document.body; cur = cur.parentElement) {{
      const cs = getComputedStyle(cur);
      if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') {{
        const c = cur.getBoundingClientRect();
        clip = [Math.max(clip[0], c.left), Math.max(clip[1], c.top),
                Math.min(clip[2], c.right), Math.min(clip[3], c.bottom)];
      }}
    }}
    const offset = (full && el === inFlow) ? window.scrollY : 0;
    const bottomEdge = (full && el === inFlow) ? capH : vh;
    let area = 0, seen = 0, hits = 0, total = 0;
    for (const r of Array.from(el.getClientRects())) {{
      const w = Math.max(r.width, 1), h = Math.max(r.height, 1);
      area += w * h;
      const x0 = Math.max(r.left, clip[0], 0), x1 = Math.min(r.right, clip[2], vw);
      const y0 = Math.max(r.top, clip[1]) + offset, y1 = Math.min(r.bottom, clip[3]) + offset;
      const yy0 = Math.max(y0, 0), yy1 = Math.min(y1, bottomEdge);
      if (x1 <= x0 || yy1 <= yy0) continue;
      seen += (x1 - x0) * (yy1 - yy0);
      if (full && el === inFlow) continue;
      for (let i = 0; i < 5; i++) for (let j = 0; j < 3; j++) {{
        const hit = document.elementFromPoint(x0 + (x1 - x0) * (i + 0.5) / 5, yy0 + (yy1 - yy0) * (j + 0.5) / 3);
        total += 1;
        if (hit && (hit === el || el.contains(hit))) hits += 1;
      }}
    }}
    if (!area) return 0;
    return (seen / area) * (total ? hits / total : 1);
  }};
  let full = fullPage;
  let target = full ? 0 : Math.round(frac * maxScroll);
  if (inFlow) {{
    const r = inFlow.getBoundingClientRect();
    const top = r.top + window.scrollY, bottom = top + Math.max(r.height, 1);
    if (full && bottom > capH) {{ full = false; target = Math.round(frac * maxScroll); }}
    if (!full) {{
      const place = (a) => Math.max(0, Math.min(maxScroll, Math.round(top - vh * a)));
      if (top < target || bottom > target + vh) target = place(anchor);
      if (avoidCover) {{
        window.scrollTo(0, target);
        if (share(inFlow, false) < 0.95) {{
          let best = [share(inFlow, false), target];
          for (const a of [0.5, 0.7, 0.05, 0.3, 0.85]) {{
            const t = place(a);
            window.scrollTo(0, t);
            const sh = share(inFlow, false);
            if (sh > best[0] + 1e-6) best = [sh, t];
            if (sh >= 0.95) break;
          }}
          target = best[1];
        }}
      }}
    }}
  }}
  if (full) target = 0;
  window.scrollTo(0, target);
  const inView = shown ? Math.round(100 * share(shown, full)) / 100 : null;
  for (const el of marks) el.removeAttribute('{INJ_ATTR}');
  return [window.scrollY, height, full, inView];
}}
"""


@dataclass(frozen=True)
class Rendered:
    png: bytes
    dom_text: str
    scroll_y: int
    page_height: int
    full_page: bool
    in_view: float | None  # share of the marked element's box inside the capture


async def open_page(browser: Any) -> Any:
    """A page to render many corpus pages in turn (a fresh page per corpus page costs ~0.3 s in Chromium)."""
    context = await browser.new_context(
        viewport={"width": 1280, "height": 720},
        device_scale_factor=1,
        locale="en-US",
        timezone_id="UTC",
        reduced_motion="reduce",
    )
    return await context.new_page()


async def _screenshot(page: Any) -> bytes:
    return await page.screenshot(animations="disabled", caret="hide", type="png")


async def _settled_screenshot(page: Any, spec: ItemSpec) -> bytes:
    """The first screenshot that equals the one before it. Both captures ever seen to differ between two renders
    of one seed were full-page ones, taken right after the viewport grew, on a busy machine. Only those captures
    pay for the second screenshot: for every page, it made a 2000-page corpus about 60% slower to render."""
    previous = await _screenshot(page)
    for taken in range(2, MAX_SCREENSHOTS + 1):
        current = await _screenshot(page)
        if current == previous:
            if taken > 2:
                log.info("corpus page %s settled after %d screenshots", spec.id, taken)
            return current
        previous = current
    raise GuardError(f"corpus page {spec.id} ({spec.site}) kept changing over {MAX_SCREENSHOTS} screenshots")


async def render_page(page: Any, spec: ItemSpec, html: str) -> Rendered:
    """Render ``html`` at the spec's viewport on a reusable page; full-page captures grow the viewport instead
    of using Playwright's ``full_page`` (which leaves state behind that changes the next capture's pixels)."""
    width, height = spec.viewport
    try:
        await page.set_viewport_size({"width": width, "height": height})
        await page.set_content(html, wait_until="load")
        anchor = random.Random(spec.page_seed ^ 0x5EED).uniform(0.12, 0.35)
        scroll_y, page_height, full, in_view = await page.evaluate(
            SCROLL_JS, [spec.scroll_frac, anchor, spec.full_page, MAX_FULL_PAGE_HEIGHT, spec.label == 1]
        )
        grown = full and page_height > height
        if grown:
            await page.set_viewport_size({"width": width, "height": min(int(page_height), MAX_FULL_PAGE_HEIGHT)})
            await page.evaluate("window.scrollTo(0, 0)")
        await page.evaluate(SETTLE_JS)
        png = await (_settled_screenshot(page, spec) if grown else _screenshot(page))
        dom_text = await extract_dom_text(page)
        return Rendered(
            png=png,
            dom_text=dom_text,
            scroll_y=int(scroll_y),
            page_height=int(page_height),
            full_page=bool(full),
            in_view=None if in_view is None else float(in_view),
        )
    except GuardError:
        raise
    except Exception as exc:  # noqa: BLE001 - Playwright errors become GuardError with the page named
        raise GuardError(f"rendering corpus page {spec.id} ({spec.site}) failed: {exc}") from exc
