"""Shared by the corpus tests: a page context like the one ``compose`` builds, from a seed."""

from __future__ import annotations

import random

from agent_guard.corpus.components import Ctx
from agent_guard.corpus.theme import make_theme


def page_ctx(seed: int, *, width: int = 1280, theme: str = "light") -> Ctx:
    rng = random.Random(seed)
    return Ctx(rng=rng, theme=make_theme(rng, theme), width=width, height=720, brand="Fernwick",
               domain="fernwick.example", text_rng=random.Random(f"text-{seed}"))
