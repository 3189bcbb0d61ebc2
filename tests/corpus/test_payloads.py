"""Injection payloads: every tone and goal yields a readable instruction, and each style keeps its shape."""

from __future__ import annotations

import random
import re

import pytest

from agent_guard.corpus import payloads
from agent_guard.corpus.payloads import FOREIGN_LANGS, GOALS, TONES, make_payload


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


@pytest.mark.parametrize("lang", FOREIGN_LANGS)
def test_foreign_templates_fill_every_slot(lang: str) -> None:
    rng = random.Random(lang)
    for _ in range(40):
        payload = make_payload(rng, lang=lang)
        assert payload.lang == lang and "{" not in payload.body and payload.body.strip()


def test_fake_user_turns_keep_the_user_as_speaker() -> None:
    rng = random.Random(8)
    bodies = [make_payload(rng, tone="user_turn", goal=g, lang="en").body for g in GOALS for _ in range(40)]
    # "the user" rewritten to "me" must not leave it as a subject ("what me asked").
    awkward = re.compile(r"\bme (?:asked|wants|has|is|was|would|receives|sees|said)\b")
    assert not [body for body in bodies if awkward.search(body)]


def test_bare_orders_have_no_opener_or_addressee() -> None:
    rng = random.Random(9)
    addressees = tuple(a.lower() for a in payloads.ADDRESSEES)
    openers = {o.split("{")[0].lower() for tone, group in payloads.OPENERS.items() for o in group if tone != "bare"}
    openers.discard("")
    verbs = {c.split()[0].lower() for group in payloads.GOAL_CLAUSES.values() for c in group}
    verbs |= {lead.split()[0].lower() for lead in payloads.IGNORE_LEADS}
    for size in ("short", "medium", "long"):
        for goal in GOALS:
            for _ in range(5):
                payload = make_payload(rng, size=size, tone="bare", goal=goal, lang="en")
                body = payload.body.lower()
                assert payload.addressee is None
                assert not body.startswith(addressees) and not body.startswith(tuple(openers)), payload.body
                assert payload.body[0].isupper() and body.split()[0] in verbs, payload.body  # starts with the order


STEP_MARKER = re.compile(
    r"(?:^|\s)(?:Step \d:|\(\d\)|\d[.)]|#\d|[a-d]\)|[A-D]\.|First,|Then,|Next,|After that,|Finally,)"
)


@pytest.mark.parametrize("size", ("short", "medium", "long"))
def test_step_payloads_list_at_least_two_steps(size: str) -> None:
    rng = random.Random(f"steps-{size}")
    for goal in GOALS:
        for _ in range(10):
            body = make_payload(rng, size=size, tone="steps", goal=goal, lang="en").body
            assert len(STEP_MARKER.findall(body)) >= 2, body
            if size == "short":
                assert "\n" not in body  # banners stay on one line


def test_english_payloads_vary() -> None:
    rng = random.Random(10)
    bodies = [make_payload(rng, lang="en").body for _ in range(2000)]
    assert len(set(bodies)) >= 1900
    assert len({" ".join(body.split()[:3]).lower() for body in bodies}) >= 520  # distinct ways to begin


def test_pools_are_broad() -> None:
    clauses = payloads.GOAL_CLAUSES
    assert set(clauses) == set(GOALS) - {"ignore"}
    assert all(len(group) >= 12 for group in clauses.values())
    assert len(clauses["mislead"]) >= 18 and len(clauses["destroy"]) >= 10
    assert all(len(payloads.OPENERS[tone]) >= 8 for tone in ("conditional", "appeal", "steps"))
    assert all(len(set(group)) == len(group) for group in (*clauses.values(), *payloads.OPENERS.values()))
    for tone in TONES:
        assert tone in payloads.OPENERS and tone in payloads.TITLES


@pytest.mark.parametrize("goal", ("exfiltrate", "suppress"))
def test_new_goal_clauses_fill_every_slot(goal: str) -> None:
    rng = random.Random(goal)
    slots = payloads._slots(rng, "Continue", payloads.fake_domain(rng))
    for clause in payloads.GOAL_CLAUSES[goal]:
        filled = clause.format(**slots)
        assert "{" not in filled and "}" not in filled, clause
    for tone in TONES:
        body = make_payload(rng, tone=tone, goal=goal, lang="en").body
        assert "{" not in body.replace('{"', "").replace("{role", ""), body
