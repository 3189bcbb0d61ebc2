"""Benign look-alike elements: every builder builds, and the notice box carries ordinary text in alert styles."""

from __future__ import annotations

import random

from agent_guard.corpus import overlays
from agent_guard.corpus.components import Ctx
from tests.corpus.helpers import page_ctx


def _ctx(seed: int, width: int = 1280) -> Ctx:
    return page_ctx(seed, width=width, theme="dark" if seed % 2 else "light")


def test_every_benign_builder_builds_text_and_html() -> None:
    for seed in range(4):
        for name, builder in overlays.BENIGN_BUILDERS.items():
            element = builder(_ctx(seed, 390 if seed == 3 else 1280), random.Random(seed))
            assert element.html and element.text.strip(), name
            assert element.text.split("\n")[-1] in element.html or "&" in element.html, name


def test_notice_box_mixes_languages_forms_and_alert_styles() -> None:
    rng = random.Random(5)
    elements = [overlays.notice_box(_ctx(i), rng) for i in range(300)]
    assert {el.variant for el in elements} == {"notice_box"}
    langs = [el.lang for el in elements]
    assert 0.6 < langs.count("en") / len(langs) < 0.95 and len(set(langs)) >= 5
    placements = {el.placement for el in elements}
    assert {"inline", "center"} <= placements and placements & {"top-banner", "bottom-banner"}
    assert len(placements) >= 6
    assert len({el.text for el in elements}) >= 280
    assert any(el.blocking for el in elements) and not all(el.blocking for el in elements)
