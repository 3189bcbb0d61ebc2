"""Injection payloads: every tone and goal yields a readable instruction, and each style keeps its shape."""

from __future__ import annotations

import random

import pytest

from agent_guard.corpus import payloads
from agent_guard.corpus.payloads import FOREIGN, GOALS, TONES, make_payload


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("size", ("short", "medium", "long"))
def test_every_tone_and_size_gives_a_payload(tone: str, size: str) -> None:
    rng = random.Random(f"{tone}-{size}")
    for goal in GOALS:
        payload = make_payload(rng, size=size, tone=tone, goal=goal, lang="en")
        assert payload.tone == tone and payload.goal == goal and payload.lang == "en"
        assert payload.title and len(payload.body.split()) >= 4
        assert "{" not in payload.body.replace("{role", "").replace('{"', ""), payload.body  # no unfilled slot
        assert (payload.addressee is None) == (tone in payloads.NO_ADDRESSEE_TONES)


def test_fake_user_turns_speak_in_the_first_person() -> None:
    rng = random.Random(5)
    bodies = [make_payload(rng, tone="user_turn", goal=g, lang="en").body for g in GOALS for _ in range(5)]
    assert not any("the user's" in body for body in bodies)
    assert any(" my " in body for body in bodies)


def test_markup_payloads_wrap_the_clause() -> None:
    rng = random.Random(6)
    for _ in range(30):
        payload = make_payload(rng, tone="markup", goal="navigate", lang="en")
        assert payload.body[:1] in "<`{a[/", payload.body
        assert payload.url in payload.body


def test_buried_payloads_start_with_ordinary_content() -> None:
    rng = random.Random(7)
    asides = [opener.split("{")[0] for opener in payloads.OPENERS["buried"]]
    for _ in range(20):
        body = make_payload(rng, size="medium", tone="buried", goal="boost", lang="en").body
        assert not any(body.startswith(aside) for aside in asides), body  # page content comes first...
        assert any(aside in body[1:] for aside in asides), body  # ...then the aside with the instruction


@pytest.mark.parametrize("lang", FOREIGN)
def test_foreign_templates_fill_every_slot(lang: str) -> None:
    rng = random.Random(lang)
    for _ in range(40):
        payload = make_payload(rng, lang=lang)
        assert payload.lang == lang and "{" not in payload.body and payload.body.strip()
