"""Deterministic Pillow images embedded in pages as data URIs: products, photos, avatars, charts, text images."""

from __future__ import annotations

import base64
import colorsys
import io
import random
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

FONT_FILES = {
    "sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "sans-bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "serif-bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "lib-sans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "lib-sans-bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "lib-serif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "noto": "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "noto-bold": "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
}


@lru_cache(maxsize=128)
def font(name: str, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(FONT_FILES.get(name, FONT_FILES["sans"]), size)
    except OSError:  # pragma: no cover - fonts missing: Pillow's bitmap font still renders legibly
        return ImageFont.load_default(size)


def rgb(h: float, s: float, lightness: float) -> tuple[int, int, int]:
    r, g, b = colorsys.hls_to_rgb(h % 1.0, lightness, s)
    return round(r * 255), round(g * 255), round(b * 255)


def to_data_uri(img: Image.Image, fmt: str = "PNG") -> str:
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.convert("RGB").save(buf, format="JPEG", quality=82)
        mime = "image/jpeg"
    else:
        img.save(buf, format="PNG")
        mime = "image/png"
    return f"data:{mime};base64,{base64.b64encode(buf.getvalue()).decode('ascii')}"


def _gradient(w: int, h: int, top: tuple[int, int, int], bottom: tuple[int, int, int]) -> Image.Image:
    column = Image.new("RGB", (1, 256))
    for y in range(256):
        t = y / 255
        column.putpixel((0, y), tuple(round(a + (b - a) * t) for a, b in zip(top, bottom)))
    return column.resize((w, h), Image.Resampling.BILINEAR)


def product_image(rng: random.Random, w: int = 320, h: int = 320) -> str:
    hue = rng.random()
    img = _gradient(w, h, rgb(hue, 0.25, 0.95), rgb(hue, 0.3, 0.86))
    d = ImageDraw.Draw(img)
    color = rgb(rng.random(), rng.uniform(0.3, 0.8), rng.uniform(0.3, 0.6))
    dark = tuple(max(0, c - 50) for c in color)
    cx, cy = w // 2, h // 2 + h // 20
    kind = rng.randrange(5)
    d.ellipse((w * 0.2, h * 0.8, w * 0.8, h * 0.88), fill=rgb(hue, 0.2, 0.78))
    if kind == 0:  # bottle
        d.rounded_rectangle((cx - w * 0.12, cy - h * 0.25, cx + w * 0.12, cy + h * 0.3), radius=w // 16, fill=color)
        d.rectangle((cx - w * 0.05, cy - h * 0.36, cx + w * 0.05, cy - h * 0.25), fill=dark)
    elif kind == 1:  # box / bag
        d.rounded_rectangle((cx - w * 0.25, cy - h * 0.2, cx + w * 0.25, cy + h * 0.3), radius=w // 20, fill=color)
        d.arc((cx - w * 0.12, cy - h * 0.36, cx + w * 0.12, cy - h * 0.08), 180, 360, fill=dark, width=max(3, w // 40))
    elif kind == 2:  # round thing
        d.ellipse((cx - w * 0.28, cy - h * 0.28, cx + w * 0.28, cy + h * 0.28), fill=color)
        d.ellipse((cx - w * 0.1, cy - h * 0.1, cx + w * 0.1, cy + h * 0.1), fill=dark)
    elif kind == 3:  # shoe-ish
        d.polygon(
            [
                (cx - w * 0.32, cy + h * 0.2),
                (cx - w * 0.3, cy - h * 0.05),
                (cx - w * 0.05, cy - h * 0.08),
                (cx + w * 0.1, cy + h * 0.05),
                (cx + w * 0.33, cy + h * 0.1),
                (cx + w * 0.33, cy + h * 0.22),
            ],
            fill=color,
        )
        d.rectangle((cx - w * 0.32, cy + h * 0.2, cx + w * 0.33, cy + h * 0.25), fill=dark)
    else:  # lamp
        d.polygon(
            [
                (cx - w * 0.2, cy - h * 0.05),
                (cx + w * 0.2, cy - h * 0.05),
                (cx + w * 0.1, cy - h * 0.3),
                (cx - w * 0.1, cy - h * 0.3),
            ],
            fill=color,
        )
        d.rectangle((cx - w * 0.015, cy - h * 0.05, cx + w * 0.015, cy + h * 0.25), fill=dark)
        d.rectangle((cx - w * 0.12, cy + h * 0.25, cx + w * 0.12, cy + h * 0.29), fill=dark)
    return to_data_uri(img, "JPEG")


def photo(rng: random.Random, w: int = 640, h: int = 360) -> str:
    hue = rng.uniform(0.5, 0.65) if rng.random() < 0.7 else rng.random()
    evening = rng.random() < 0.3
    top = rgb(0.05 if evening else hue, 0.6, 0.55 if evening else 0.7)
    img = _gradient(w, h, top, rgb(hue, 0.4, 0.88))
    d = ImageDraw.Draw(img)
    sx, sy = rng.randint(w // 6, w - w // 6), rng.randint(h // 8, h // 3)
    r = rng.randint(h // 14, h // 8)
    d.ellipse((sx - r, sy - r, sx + r, sy + r), fill=(255, 236, 180) if not evening else (255, 190, 120))
    for layer in range(3):
        base = h * (0.5 + 0.15 * layer)
        pts = [(0, h)]
        for x in range(0, w + 40, 40):
            pts.append((x, base - rng.uniform(0, h * 0.18)))
        pts.append((w, h))
        green = rgb(rng.uniform(0.22, 0.4), 0.35, 0.42 - 0.1 * layer)
        d.polygon(pts, fill=green)
    if rng.random() < 0.5:  # buildings
        x = rng.randint(0, w // 3)
        while x < w:
            bw, bh = rng.randint(w // 20, w // 10), rng.randint(h // 6, h // 2)
            d.rectangle((x, h - bh, x + bw, h), fill=rgb(0.6, 0.05, rng.uniform(0.2, 0.45)))
            x += bw + rng.randint(2, 12)
    return to_data_uri(img, "JPEG")


def avatar(rng: random.Random, initials: str, size: int = 64) -> str:
    img = Image.new("RGB", (size, size), rgb(rng.random(), 0.45, 0.55))
    d = ImageDraw.Draw(img)
    f = font("sans-bold", size // 2 - 4)
    d.text((size / 2, size / 2), initials[:2].upper(), font=f, fill=(255, 255, 255), anchor="mm")
    return to_data_uri(img)


def chart(rng: random.Random, w: int = 640, h: int = 260, dark: bool = False, accent: str = "#3366cc") -> str:
    bg = (26, 28, 33) if dark else (255, 255, 255)
    fg = (150, 155, 165) if dark else (120, 125, 135)
    grid = (48, 52, 60) if dark else (235, 237, 240)
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    f = font("sans", 11)
    left, bottom, top = 44, h - 26, 12
    for i in range(5):
        y = top + (bottom - top) * i / 4
        d.line((left, y, w - 10, y), fill=grid)
        d.text((left - 6, y), f"{(4 - i) * rng.choice((5, 10, 25))}k", font=f, fill=fg, anchor="rm")
    color = (
        tuple(int(accent[i : i + 2], 16) for i in (1, 3, 5))
        if accent.startswith("#") and len(accent) == 7
        else (51, 102, 204)
    )
    n = 12
    values = [rng.uniform(0.2, 0.9)]
    for _ in range(n - 1):
        values.append(min(0.95, max(0.05, values[-1] + rng.uniform(-0.15, 0.17))))
    step = (w - 10 - left) / (n - 1)
    if rng.random() < 0.5:
        pts = [(left + i * step, bottom - v * (bottom - top)) for i, v in enumerate(values)]
        d.line(pts, fill=color, width=3)
        for p in pts:
            d.ellipse((p[0] - 3, p[1] - 3, p[0] + 3, p[1] + 3), fill=color)
    else:
        bw = step * 0.6
        for i, v in enumerate(values):
            x = left + i * step - bw / 2 + (bw / 2 if i == 0 else 0)
            d.rectangle((x, bottom - v * (bottom - top), x + bw, bottom), fill=color)
    for i, m in enumerate(("J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D")):
        d.text((left + i * step, h - 12), m, font=f, fill=fg, anchor="mm")
    return to_data_uri(img)


def wrap_text(draw: ImageDraw.ImageDraw, text: str, fnt, max_width: int) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        words = para.split()
        line = ""
        for word in words:
            trial = f"{line} {word}".strip()
            if draw.textlength(trial, font=fnt) <= max_width or not line:
                line = trial
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


TEXT_IMAGE_STYLES = ("ad", "notice", "note", "dark", "meme", "screenshot", "receipt", "sticker")


def text_image(
    rng: random.Random,
    text: str,
    *,
    title: str | None = None,
    width: int = 560,
    style: str | None = None,
    font_size: int | None = None,
) -> tuple[str, int, int, str]:
    """Render ``text`` (and an optional title) into an image; returns (data uri, width, height, style)."""
    style = style or rng.choice(TEXT_IMAGE_STYLES)
    size = font_size or rng.choice((15, 16, 18, 20, 22))
    family = rng.choice(("sans", "lib-sans", "serif", "noto", "lib-serif"))
    bold = {
        "sans": "sans-bold",
        "lib-sans": "lib-sans-bold",
        "serif": "serif-bold",
        "noto": "noto-bold",
        "lib-serif": "serif-bold",
    }[family]
    if style == "screenshot":
        family, bold = "mono", "mono"
    fnt = font(family, size)
    tfnt = font(bold, size + 6)
    hue = rng.random()
    palettes = {
        "ad": (rgb(hue, 0.7, 0.5), (255, 255, 255), (255, 255, 255)),
        "notice": ((255, 248, 225), (60, 45, 10), (160, 60, 0)),
        "note": ((255, 250, 205), (40, 40, 40), (20, 20, 20)),
        "dark": ((24, 26, 31), (230, 232, 236), (255, 255, 255)),
        "meme": (rgb(hue, 0.3, 0.85), (15, 15, 15), (15, 15, 15)),
        "screenshot": ((250, 250, 250), (30, 30, 30), (0, 90, 170)),
        "receipt": ((255, 255, 255), (50, 50, 50), (0, 0, 0)),
        "sticker": (rgb(hue, 0.8, 0.6), (20, 20, 20), (255, 255, 255)),
    }
    bg, fg, tcol = palettes.get(style, palettes["note"])
    pad = rng.choice((16, 20, 28))
    probe = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    lines = wrap_text(probe, text, fnt, width - 2 * pad)
    tlines = wrap_text(probe, title, tfnt, width - 2 * pad) if title else []
    lh, tlh = int(size * 1.4), int((size + 6) * 1.35)
    height = pad * 2 + len(lines) * lh + len(tlines) * tlh + (8 if tlines else 0)
    img = Image.new("RGB", (width, height), bg)
    d = ImageDraw.Draw(img)
    if style in ("notice", "receipt", "screenshot"):
        d.rectangle((0, 0, width - 1, height - 1), outline=tuple(max(0, c - 60) for c in bg), width=2)
    if style == "ad":
        d.rectangle((0, 0, width, 6), fill=tuple(min(255, c + 60) for c in bg))
    y = pad
    for line in tlines:
        d.text((pad, y), line, font=tfnt, fill=tcol)
        y += tlh
    if tlines:
        y += 8
    for line in lines:
        d.text((pad, y), line, font=fnt, fill=fg)
        y += lh
    return to_data_uri(img), width, height, style
