"""Visual themes: palette, fonts, sizes and radii drawn per page, light or dark; system fonts only."""

from __future__ import annotations

import colorsys
import random
from dataclasses import dataclass

FONT_STACKS = (
    "'DejaVu Sans', sans-serif",
    "'Liberation Sans', sans-serif",
    "'Noto Sans', sans-serif",
    "'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif",
    "'Liberation Sans Narrow', 'Liberation Sans', sans-serif",
    "'DejaVu Serif', serif",
    "'Liberation Serif', serif",
    "'Noto Serif', serif",
)
SANS_STACKS = FONT_STACKS[:5]
MONO_STACKS = ("'DejaVu Sans Mono', monospace", "'Liberation Mono', monospace")


def hsl(h: float, s: float, lightness: float) -> str:
    r, g, b = colorsys.hls_to_rgb(h % 1.0, lightness, s)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


@dataclass(frozen=True)
class Theme:
    mode: str  # light | dark
    bg: str
    surface: str
    surface2: str
    text: str
    muted: str
    border: str
    accent: str
    accent_text: str
    accent_soft: str
    link: str
    font: str
    heading_font: str
    mono: str
    font_size: int
    line_height: float
    radius: int
    shadow: bool
    header_style: str  # accent | surface | dark
    hue: float

    @property
    def dark(self) -> bool:
        return self.mode == "dark"

    def css_vars(self) -> str:
        return (
            f"--bg:{self.bg};--surface:{self.surface};--surface2:{self.surface2};--text:{self.text};"
            f"--muted:{self.muted};--border:{self.border};--accent:{self.accent};--accent-text:{self.accent_text};"
            f"--accent-soft:{self.accent_soft};--link:{self.link};--font:{self.font};--hfont:{self.heading_font};"
            f"--mono:{self.mono};--fs:{self.font_size}px;--lh:{self.line_height};--r:{self.radius}px;"
            f"--shadow:{'0 2px 10px rgba(0,0,0,.12)' if self.shadow else 'none'};"
        )


def make_theme(rng: random.Random, mode: str) -> Theme:
    hue = rng.random()
    sat = rng.uniform(0.45, 0.85)
    font = rng.choice(FONT_STACKS)
    heading = font if rng.random() < 0.6 else rng.choice(FONT_STACKS)
    if mode == "dark":
        base_l = rng.uniform(0.05, 0.12)
        tint = rng.uniform(0.0, 0.25)
        bg = hsl(hue, tint, base_l)
        surface = hsl(hue, tint, base_l + rng.uniform(0.03, 0.07))
        surface2 = hsl(hue, tint, base_l + rng.uniform(0.08, 0.12))
        text = hsl(hue, 0.05, rng.uniform(0.86, 0.95))
        muted = hsl(hue, 0.06, rng.uniform(0.58, 0.68))
        border = hsl(hue, tint, base_l + rng.uniform(0.12, 0.18))
        accent = hsl(hue, sat, rng.uniform(0.55, 0.65))
        accent_text = "#0b0b0b" if rng.random() < 0.5 else "#ffffff"
        accent_soft = hsl(hue, sat * 0.6, base_l + 0.1)
        link = hsl(hue, sat, 0.7)
    else:
        bg = rng.choice(("#ffffff", "#fafafa", "#f6f7f9", "#f4f1ea", "#f2f4f8", "#fbfaf7", hsl(hue, 0.3, 0.97)))
        surface = "#ffffff" if bg != "#ffffff" or rng.random() < 0.5 else "#f7f7f7"
        surface2 = hsl(hue, 0.15, rng.uniform(0.93, 0.96))
        text = rng.choice(("#111111", "#1f2328", "#222222", "#2b2b2b", "#1a1a2e", "#333333"))
        muted = rng.choice(("#5f6368", "#6b7280", "#666666", "#707070", "#57606a"))
        border = rng.choice(("#dddddd", "#e5e7eb", "#d0d7de", "#e2e2e2", "#cccccc"))
        accent = hsl(hue, sat, rng.uniform(0.32, 0.48))
        accent_text = "#ffffff"
        accent_soft = hsl(hue, sat, 0.93)
        link = hsl(hue, sat, 0.38)
    return Theme(
        mode=mode,
        bg=bg,
        surface=surface,
        surface2=surface2,
        text=text,
        muted=muted,
        border=border,
        accent=accent,
        accent_text=accent_text,
        accent_soft=accent_soft,
        link=link,
        font=font,
        heading_font=heading,
        mono=rng.choice(MONO_STACKS),
        font_size=rng.choice((13, 14, 14, 15, 15, 16, 16, 17)),
        line_height=rng.choice((1.35, 1.45, 1.5, 1.6)),
        radius=rng.choice((0, 2, 4, 6, 8, 10, 14)),
        shadow=rng.random() < 0.6,
        header_style=rng.choice(("accent", "surface", "surface", "dark")),
        hue=hue,
    )


BASE_CSS = """
*{box-sizing:border-box;animation:none!important;transition:none!important;caret-color:transparent}
html{scroll-behavior:auto}
body{margin:0;background:var(--bg);color:var(--text);font-family:var(--font);font-size:var(--fs);
 line-height:var(--lh);-webkit-font-smoothing:antialiased}
h1,h2,h3,h4{font-family:var(--hfont);line-height:1.25;margin:.4em 0 .5em}
h1{font-size:1.7em}h2{font-size:1.35em}h3{font-size:1.12em}
a{color:var(--link);text-decoration:none}
p{margin:.45em 0 .8em}
.muted{color:var(--muted)}.small{font-size:.85em}.tiny{font-size:.75em}
.card{background:var(--surface);border:1px solid var(--border);border-radius:var(--r);box-shadow:var(--shadow)}
.btn{display:inline-block;padding:.5em 1.1em;border-radius:var(--r);background:var(--accent);color:var(--accent-text);
 border:1px solid var(--accent);font:inherit;font-weight:600;cursor:pointer}
.btn.ghost{background:transparent;color:var(--text);border-color:var(--border)}
.btn.sm{padding:.3em .7em;font-size:.88em}
input,textarea,select{font:inherit;color:var(--text);background:var(--surface);border:1px solid var(--border);
 border-radius:var(--r);padding:.5em .7em}
.row{display:flex;gap:16px;align-items:center}
.wrap{max-width:1180px;margin:0 auto;padding:0 20px}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.tag{display:inline-block;padding:.1em .55em;border-radius:999px;background:var(--accent-soft);color:var(--text);
 font-size:.8em;margin-right:4px}
.stars{color:#e3a008;letter-spacing:1px}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.55em .7em;border-bottom:1px solid var(--border)}
th{color:var(--muted);font-weight:600;font-size:.88em}
code,pre{font-family:var(--mono)}
hr{border:0;border-top:1px solid var(--border)}
"""
