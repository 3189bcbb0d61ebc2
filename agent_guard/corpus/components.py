"""Building blocks shared by the site builders: page context, icons, logo, header, footer."""

# ruff: noqa: E501  (HTML templates: long f-string lines read better unbroken)

from __future__ import annotations

import html
import random
from dataclasses import dataclass, field
from typing import Callable

from agent_guard.corpus import images, words
from agent_guard.corpus.theme import Theme

#: Attribute marking the element whose visibility the renderer checks (removed before capture).
INJ_ATTR = "data-ag-inj"


def e(text: object) -> str:
    return html.escape(str(text), quote=True)


@dataclass
class Ctx:
    """Everything a site builder needs; ``rng`` is the page's own stream (the same for a pair's two variants)."""

    rng: random.Random
    theme: Theme
    width: int
    height: int
    brand: str
    domain: str
    require_ugc: bool = False
    avoid_blocking: bool = False  # no backdrops: an in-flow injection must stay readable
    inline_render: Callable[[str, str], str] | None = None
    inline_slot: int = 0
    slots: dict[str, str] = field(default_factory=dict)
    ugc_count: int = 0
    placed_inline: bool = False
    used_slots: set[str] = field(default_factory=set)
    #: A second stream for the look-alike sentences (benign talk about AI, instructions to people, other
    #: languages) mixed into user content: drawing them from ``rng`` would shift every later choice of the page.
    text_rng: random.Random = field(default_factory=lambda: random.Random(0))

    @property
    def mobile(self) -> bool:
        return self.width < 700

    def ugc(self, kind: str, normal_html: str) -> str:
        """User-written content (post, review, email body...); the inline family replaces one of them."""
        index = self.ugc_count
        self.ugc_count += 1
        if self.inline_render is not None and index == self.inline_slot:
            self.placed_inline = True
            return self.inline_render(kind, normal_html)
        return normal_html

    def slot(self, name: str) -> str:
        """A place in the page flow where an in-flow overlay (notice, form, text image) may go."""
        content = self.slots.get(name)
        if content and name not in self.used_slots:
            self.used_slots.add(name)
            return content
        return ""


ICONS = {
    "search": '<circle cx="11" cy="11" r="7"/><line x1="16.5" y1="16.5" x2="21" y2="21"/>',
    "cart": '<path d="M3 4h2l2.4 11h10.2L20 8H7"/><circle cx="9" cy="19" r="1.5"/><circle cx="17" cy="19" r="1.5"/>',
    "bell": '<path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4z"/><path d="M10 20a2 2 0 0 0 4 0"/>',
    "user": '<circle cx="12" cy="8" r="4"/><path d="M4 21c1-4 4-6 8-6s7 2 8 6"/>',
    "menu": '<line x1="4" y1="6" x2="20" y2="6"/><line x1="4" y1="12" x2="20" y2="12"/><line x1="4" y1="18" x2="20" y2="18"/>',
    "warning": '<path d="M12 3 2 21h20z"/><line x1="12" y1="10" x2="12" y2="14"/><circle cx="12" cy="17.5" r=".6"/>',
    "info": '<circle cx="12" cy="12" r="9"/><line x1="12" y1="11" x2="12" y2="17"/><circle cx="12" cy="7.5" r=".6"/>',
    "lock": '<rect x="5" y="11" width="14" height="10" rx="2"/><path d="M8 11V8a4 4 0 0 1 8 0v3"/>',
    "shield": '<path d="M12 3 4 6v6c0 5 3.5 8 8 9 4.5-1 8-4 8-9V6z"/>',
    "close": '<line x1="6" y1="6" x2="18" y2="18"/><line x1="18" y1="6" x2="6" y2="18"/>',
    "chat": '<path d="M4 5h16v11H9l-5 4z"/>',
    "check": '<path d="M5 12l4 4 10-10"/>',
    "mail": '<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3 7l9 6 9-6"/>',
    "star": '<path d="M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1L3.2 9.5l6.1-.9z"/>',
    "home": '<path d="M3 11l9-7 9 7v9H5v-9"/>',
    "gear": '<circle cx="12" cy="12" r="3"/><path d="M12 2v3M12 19v3M2 12h3M19 12h3M5 5l2 2M17 17l2 2M5 19l2-2M17 7l2-2"/>',
    "download": '<path d="M12 4v11M7 10l5 5 5-5M5 20h14"/>',
    "heart": '<path d="M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.5-7 10-7 10z"/>',
    "reply": '<path d="M10 8 4 13l6 5M4 13h10a6 6 0 0 1 6 6"/>',
    "share": '<circle cx="6" cy="12" r="2"/><circle cx="18" cy="6" r="2"/><circle cx="18" cy="18" r="2"/><path d="M8 11l8-4M8 13l8 4"/>',
    "folder": '<path d="M3 6h6l2 2h10v11H3z"/>',
    "inbox": '<path d="M3 13l3-8h12l3 8v6H3z"/><path d="M3 13h5l1 2h6l1-2h5"/>',
    "send": '<path d="M3 11l18-8-8 18-2-8z"/>',
    "doc": '<path d="M6 3h8l4 4v14H6z"/><path d="M14 3v4h4"/>',
    "chart": '<path d="M4 20V10M10 20V4M16 20v-7M22 20H2"/>',
    "globe": '<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18"/>',
    "plane": '<path d="M2 14l20-8-6 14-3-6z"/>',
    "bed": '<path d="M3 18V8M3 14h18v4M7 14v-3h10a4 4 0 0 1 4 3"/>',
}


def icon(name: str, size: int = 18, color: str = "currentColor", stroke: float = 2) -> str:
    return (
        f'<svg width="{size}" height="{size}" viewBox="0 0 24 24" fill="none" stroke="{color}" '
        f'stroke-width="{stroke}" stroke-linecap="round" stroke-linejoin="round" style="vertical-align:middle;'
        f'flex:none">{ICONS[name]}</svg>'
    )


def logo(ctx: Ctx, color: str | None = None, size: int = 26) -> str:
    rng = ctx.rng
    shape = rng.randrange(3)
    fill = color or "var(--accent)"
    letter = e(ctx.brand[0].upper())
    if shape == 0:
        mark = f'<rect x="0" y="0" width="24" height="24" rx="6" fill="{fill}"/>'
    elif shape == 1:
        mark = f'<circle cx="12" cy="12" r="12" fill="{fill}"/>'
    else:
        mark = f'<path d="M12 0 24 12 12 24 0 12z" fill="{fill}"/>'
    svg = (
        f'<svg width="{size}" height="{size}" viewBox="0 0 24 24" style="vertical-align:middle">{mark}'
        f'<text x="12" y="16.5" font-size="13" font-weight="700" text-anchor="middle" fill="#fff" '
        f'font-family="DejaVu Sans">{letter}</text></svg>'
    )
    return (
        f'<a class="logo" href="#" style="display:inline-flex;align-items:center;gap:8px;font-weight:700;'
        f'font-size:1.2em;color:inherit;letter-spacing:-.01em">{svg}<span>{e(ctx.brand)}</span></a>'
    )


def header_colors(theme: Theme) -> tuple[str, str, str]:
    """(background, text, border) of the top bar."""
    if theme.header_style == "accent":
        return "var(--accent)", "var(--accent-text)", "transparent"
    if theme.header_style == "dark":
        return "#15171a", "#f1f1f1", "#000"
    return "var(--surface)", "var(--text)", "var(--border)"


def header(
    ctx: Ctx,
    links: list[str],
    *,
    search: str | None = None,
    right: str = "",
    sticky: bool = False,
) -> str:
    bg, fg, border = header_colors(ctx.theme)
    rng = ctx.rng
    position = "position:sticky;top:0;z-index:5;" if sticky else ""
    if ctx.mobile:
        return (
            f'<header style="{position}background:{bg};color:{fg};border-bottom:1px solid {border};'
            f'padding:10px 14px;display:flex;align-items:center;gap:12px">{icon("menu", 22)}'
            f"{logo(ctx, 'currentColor' if ctx.theme.header_style == 'accent' else None)}"
            f'<span style="margin-left:auto;display:flex;gap:14px">{icon("search", 20)}{icon("user", 20)}</span>'
            "</header>"
        )
    nav = "".join(
        f'<a href="#" style="color:inherit;opacity:{0.95 if i else 1};padding:4px 2px">{e(link)}</a>'
        for i, link in enumerate(links)
    )
    search_html = ""
    if search:
        search_html = (
            f'<div style="flex:1;max-width:{rng.choice((360, 420, 520))}px;display:flex;align-items:center;'
            f"gap:8px;background:rgba(127,127,127,.14);border-radius:{rng.choice((4, 8, 999))}px;padding:7px 12px;"
            f'color:inherit">{icon("search", 16)}<span style="opacity:.75">{e(search)}</span></div>'
        )
    return (
        f'<header style="{position}background:{bg};color:{fg};border-bottom:1px solid {border}">'
        f'<div style="max-width:{rng.choice((1180, 1240, 1320))}px;margin:0 auto;padding:{rng.choice((10, 12, 14))}px 20px;'
        f'display:flex;align-items:center;gap:22px">'
        f"{logo(ctx, 'currentColor' if ctx.theme.header_style == 'accent' else None)}"
        f'<nav style="display:flex;gap:18px;font-size:.95em">{nav}</nav>{search_html}'
        f'<div style="margin-left:auto;display:flex;align-items:center;gap:16px">{right}</div></div></header>'
    )


def footer(ctx: Ctx, columns: int | None = None) -> str:
    rng = ctx.rng
    groups = (
        ("Company", ("About", "Careers", "Press", "Blog")),
        ("Help", ("Contact", "Returns", "Shipping", "FAQ", "Status")),
        ("Legal", ("Terms", "Privacy", "Cookies", "Accessibility")),
        ("Community", ("Forum", "Events", "Partners", "Developers")),
    )
    count = columns or rng.randint(2, 4)
    cols = "".join(
        f'<div><div style="font-weight:600;margin-bottom:6px">{title}</div>'
        + "".join(f'<div><a href="#" class="muted">{item}</a></div>' for item in items)
        + "</div>"
        for title, items in groups[:count]
    )
    layout = "display:grid;grid-template-columns:1fr 1fr;gap:18px" if ctx.mobile else "display:flex;gap:60px"
    return (
        f'<footer style="margin-top:40px;border-top:1px solid var(--border);background:var(--surface2);padding:28px 0">'
        f'<div class="wrap small" style="{layout}">{cols}</div>'
        f'<div class="wrap tiny muted" style="margin-top:18px">&copy; 2025 {e(ctx.brand)} Inc. &middot; {e(ctx.domain)}</div>'
        "</footer>"
    )


def skip_link() -> str:
    return '<a class="sr-only" href="#main">Skip to main content</a>'


def avatar_img(ctx: Ctx, name: str, size: int = 36) -> str:
    initials = "".join(part[0] for part in name.split()[:2]) or "?"
    uri = images.avatar(ctx.rng, initials, 64)
    return (
        f'<img src="{uri}" alt="{e(name)}" width="{size}" height="{size}" '
        f'style="border-radius:50%;flex:none;object-fit:cover">'
    )


def stars(rating: float) -> str:
    full = int(round(rating))
    return f'<span class="stars" aria-label="{rating:.1f} out of 5 stars">{"&#9733;" * full}{"&#9734;" * (5 - full)}</span>'


def paragraphs(rng: random.Random, bank: tuple[str, ...], count: int, lo: int = 2, hi: int = 4) -> str:
    return "".join(f"<p>{e(words.paragraph(rng, bank, lo, hi))}</p>" for _ in range(count))


def button(label: str, *, ghost: bool = False, small: bool = False, style: str = "") -> str:
    cls = "btn" + (" ghost" if ghost else "") + (" sm" if small else "")
    return f'<button class="{cls}" style="{style}">{e(label)}</button>'
