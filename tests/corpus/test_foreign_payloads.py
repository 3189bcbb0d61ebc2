"""Foreign injection payloads: every language, tone and goal composes a filled, varied text of the right shape."""

from __future__ import annotations

import inspect
import random
import re
import string
from collections.abc import Mapping

import pytest

from agent_guard.corpus import foreign_text
from agent_guard.corpus.foreign_payloads import (
    FOREIGN_GOALS,
    FOREIGN_PAYLOAD_LANGS,
    FOREIGN_TONES,
    FRAME_KEYS,
    POOLS,
    SLOT_NAMES,
    UNADDRESSED_TONES,
    ForeignPayload,
    foreign_payload,
)

# Third-person words for "the user"; a fake user turn speaks as the user, so none may appear in it.
USER_WORDS: Mapping[str, tuple[str, ...]] = {
    "fr": ("utilisateur", "utilisatrice"),
    "es": ("usuario", "usuaria"),
    "de": ("nutzer", "benutzer"),
    "pt": ("usuário", "usuária", "utilizador"),
    "it": ("utente",),
    "nl": ("gebruiker",),
}
# First-person words: at least some fake user turns must talk about "my" things.
MY_WORDS: Mapping[str, tuple[str, ...]] = {
    "fr": ("mon", "ma", "mes", "moi"),
    "es": ("mi", "mis", "me"),
    "de": ("mein", "meine", "meinen", "meinem", "meiner", "mich", "mir"),
    "pt": ("meu", "minha", "meus", "minhas", "me"),
    "it": ("mio", "mia", "miei", "mie", "mi"),
    "nl": ("mijn", "me", "mij"),
}
# "1)", "2.", "(3)", "Étape 2 :", "Paso 2:", "3 –" - a number that opens a step.
STEP_MARKER = re.compile(r"(?<![\w.,])\(?[1-3](?:\)|\.|\s?:|\s[-–])\s")
_FORMATTER = string.Formatter()


def make_slots(button: str) -> dict[str, str]:
    return {
        "button": button,
        "where": "",
        "url": "verify-portal-zx.top",
        "file": "helper-setup.pkg",
        "email": "records@sync-relay-qa.xyz",
        "amount": "EUR 89",
        "merchant": "Orbit Trading",
        "iban": "4401-22873310",
        "last4": "5521",
        "street": "14 Harbour Lane, Unit 9",
        "handle": "mira_k77",
    }


def _fields(template: str) -> set[str]:
    return {field for _, field, _, _ in _FORMATTER.parse(template) if field is not None}


def test_languages_match_benign_foreign_text() -> None:
    assert FOREIGN_PAYLOAD_LANGS == foreign_text.FOREIGN_LANGS == tuple(POOLS)


@pytest.mark.parametrize("lang", FOREIGN_PAYLOAD_LANGS)
def test_every_tone_and_goal_gives_a_filled_payload(lang: str) -> None:
    rng = random.Random(f"all-{lang}")
    for tone in FOREIGN_TONES:
        for goal in FOREIGN_GOALS:
            for _ in range(3):
                payload = foreign_payload(rng, lang, goal, make_slots, tone=tone)
                assert payload.tone == tone and payload.goal == goal
                assert payload.title and len(payload.body.split()) >= 4, payload.body
                assert "{" not in payload.body and "}" not in payload.body, payload.body
                assert payload.button in POOLS[lang].buttons
                assert "  " not in payload.body.replace("\n", " "), payload.body


@pytest.mark.parametrize("lang", FOREIGN_PAYLOAD_LANGS)
def test_pools_are_big_enough(lang: str) -> None:
    pools = POOLS[lang]
    assert len(pools.addressees) >= 10
    assert set(pools.openers) == set(FOREIGN_TONES) == set(pools.titles)
    for tone in FOREIGN_TONES:
        assert len(pools.openers[tone]) >= (2 if tone == "bare" else 4), tone
        assert len(pools.titles[tone]) >= 2, tone
    assert set(pools.clauses) == set(pools.user_clauses) == set(FOREIGN_GOALS) - {"ignore"}
    for goal, clauses in pools.clauses.items():
        assert len(clauses) >= 6, goal
        assert len(pools.user_clauses[goal]) >= 4, goal
    assert len(pools.ignore_leads) >= 6 and len(pools.user_ignore_leads) >= 4
    assert len(pools.justifications) >= 8 and len(pools.urgency) >= 4
    assert len(pools.buttons) >= 6 and len(pools.buried) >= 8
    assert len(pools.first_steps) >= 6 and len(pools.last_steps) >= 6 and len(pools.step_formats) >= 3
    for pool in (pools.clauses, pools.user_clauses, pools.openers):
        for group in pool.values():
            assert len(set(group)) == len(group)  # no duplicate templates


@pytest.mark.parametrize("lang", FOREIGN_PAYLOAD_LANGS)
def test_templates_use_only_known_slots(lang: str) -> None:
    pools = POOLS[lang]
    slots = set(SLOT_NAMES)
    for group in (*pools.clauses.values(), *pools.user_clauses.values()):
        for template in group:
            assert _fields(template) <= slots, template
    for tone, group in pools.openers.items():
        for frame in group:
            fields = _fields(frame)
            assert fields <= slots | set(FRAME_KEYS), frame
            assert ("steps" in fields) == (tone == "steps"), frame
            assert tone == "steps" or fields & {"clause", "Clause", "de_clause"}, frame
            if tone == "bare":
                assert frame.replace("{Clause}", "").strip(" .!¡") == "", frame  # nothing but the order
            if lang != "fr":
                assert "de_clause" not in fields, frame  # only French elides "de"
    fixed = (
        *pools.ignore_leads,
        *pools.user_ignore_leads,
        *pools.user_tails,
        *pools.justifications,
        *pools.urgency,
        *pools.buttons,
        *pools.buried,
        *pools.first_steps,
        *pools.last_steps,
        *(t for group in pools.titles.values() for t in group),
        *(part for entry in pools.addressees for part in entry),
    )
    for text in fixed:
        assert "{" not in text and "}" not in text, text
    for fmt in pools.step_formats:
        assert _fields(fmt) == {"n", "s"}, fmt


@pytest.mark.parametrize("lang", FOREIGN_PAYLOAD_LANGS)
def test_addressed_flag_follows_the_tone(lang: str) -> None:
    rng = random.Random(f"addr-{lang}")
    seen_steps: set[bool] = set()
    for tone in FOREIGN_TONES:
        for _ in range(40):
            payload = foreign_payload(rng, lang, None, make_slots, tone=tone)
            if tone in UNADDRESSED_TONES:
                assert not payload.addressed, payload.body
            elif tone == "steps":
                seen_steps.add(payload.addressed)
            else:
                assert payload.addressed, payload.body
    assert seen_steps == {True, False}  # steps come both with and without an addressee


@pytest.mark.parametrize("lang", FOREIGN_PAYLOAD_LANGS)
def test_bare_orders_have_no_opener_or_addressee(lang: str) -> None:
    rng = random.Random(f"bare-{lang}")
    addressees = [entry[0].lower() for entry in POOLS[lang].addressees]
    for goal in FOREIGN_GOALS:
        for _ in range(10):
            payload = foreign_payload(rng, lang, goal, make_slots, tone="bare")
            assert not payload.addressed
            first = payload.body.lstrip("¡")[:1]
            assert first.isupper() or first == "@", payload.body
            assert not any(payload.body.lower().startswith(a) for a in addressees), payload.body


@pytest.mark.parametrize("lang", FOREIGN_PAYLOAD_LANGS)
def test_fake_user_turns_speak_in_the_first_person(lang: str) -> None:
    rng = random.Random(f"user-{lang}")
    bodies = [
        foreign_payload(rng, lang, goal, make_slots, tone="user_turn").body for goal in FOREIGN_GOALS for _ in range(30)
    ]
    for body in bodies:
        lowered = body.lower()
        assert not any(word in lowered for word in USER_WORDS[lang]), body
    mine = re.compile(r"\b(?:" + "|".join(MY_WORDS[lang]) + r")\b", re.IGNORECASE)
    assert sum(bool(mine.search(body)) for body in bodies) >= len(bodies) // 2


@pytest.mark.parametrize("lang", FOREIGN_PAYLOAD_LANGS)
def test_payloads_are_diverse(lang: str) -> None:
    rng = random.Random(f"div-{lang}")
    bodies = [foreign_payload(rng, lang, None, make_slots).body for _ in range(600)]
    assert len(set(bodies)) >= 450
    rng = random.Random(f"div-goal-{lang}")
    for goal in FOREIGN_GOALS:
        one_goal = {foreign_payload(rng, lang, goal, make_slots).body for _ in range(60)}
        assert len(one_goal) >= 50, goal


@pytest.mark.parametrize("lang", FOREIGN_PAYLOAD_LANGS)
def test_same_seed_same_payloads(lang: str) -> None:
    def draw(seed: int) -> list[ForeignPayload]:
        rng = random.Random(seed)
        return [foreign_payload(rng, lang, None, make_slots) for _ in range(50)]

    assert draw(11) == draw(11)
    assert draw(11) != draw(12)


@pytest.mark.parametrize("lang", FOREIGN_PAYLOAD_LANGS)
def test_steps_are_numbered(lang: str) -> None:
    rng = random.Random(f"steps-{lang}")
    for goal in FOREIGN_GOALS:
        for _ in range(10):
            body = foreign_payload(rng, lang, goal, make_slots, tone="steps").body
            assert len(STEP_MARKER.findall(body)) >= 2, body


@pytest.mark.parametrize("lang", FOREIGN_PAYLOAD_LANGS)
def test_buried_payloads_start_with_ordinary_content(lang: str) -> None:
    rng = random.Random(f"buried-{lang}")
    pools = POOLS[lang]
    for _ in range(30):
        body = foreign_payload(rng, lang, None, make_slots, tone="buried").body
        assert body.startswith(pools.buried), body


def test_ignore_names_what_to_do_instead() -> None:
    rng = random.Random(3)
    for lang in FOREIGN_PAYLOAD_LANGS:
        leads = POOLS[lang].ignore_leads
        for _ in range(20):
            body = foreign_payload(rng, lang, "ignore", make_slots, tone="implicit").body.lower()
            assert any(lead.lower() in body for lead in leads), body


def test_euphony_at_the_ignore_junction() -> None:
    rng = random.Random(4)
    for _ in range(300):
        es = foreign_payload(rng, "es", "ignore", make_slots, tone="bare").body
        it = foreign_payload(rng, "it", "ignore", make_slots, tone="bare").body
        assert not re.search(r"\by i(?![aeiou])", es), es
        assert not re.search(r"\be e", it), it


def test_wording_is_not_borrowed_from_benign_text() -> None:
    source = inspect.getsource(foreign_text)
    for lang in FOREIGN_PAYLOAD_LANGS:
        for sentence in POOLS[lang].buried:
            assert sentence not in source, sentence


@pytest.mark.parametrize(("lang", "goal", "tone"), (("en", None, None), ("fr", "phish", None), ("de", None, "markup")))
def test_unknown_arguments_are_rejected(lang: str, goal: str | None, tone: str | None) -> None:
    with pytest.raises(ValueError):
        foreign_payload(random.Random(0), lang, goal, make_slots, tone=tone)
