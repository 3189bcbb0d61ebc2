"""Benign look-alike text: deterministic, diverse, well-formed, and carrying the vocabulary it is meant to defuse."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest

from agent_guard.corpus.benign_text import ai_talk, benign_sentence, human_instruction

N = 2000
FUNCTIONS: tuple[Callable[[random.Random], str], ...] = (ai_talk, human_instruction, benign_sentence)
AI_TERM = re.compile(
    r"\b(AI|assistants?|agents?|agentic|bots?|chatbots?|models?|copilots?|crawlers?|LLMs?|scrap(?:ers?|ing)"
    r"|robots\.txt|prompts?|automat\w*|summariser)\b",
    re.IGNORECASE,
)
IMPERATIVE_STARTS = (
    "Add", "Bring", "Check", "Choose", "Click", "Confirm", "Delete", "Disregard", "Do", "Don't", "Enter", "Fill",
    "Forget", "Ignore", "Keep", "Leave", "Mark", "Never", "Open", "Preheat", "Press", "Put", "Read", "Report",
    "Reset", "Review", "Run", "Search", "Select", "Sign", "Stop", "Tick", "Turn", "Unplug", "Use", "Write",
)


def _outputs(fn: Callable[[random.Random], str], seed: int = 0, n: int = N) -> list[str]:
    rng = random.Random(seed)
    return [fn(rng) for _ in range(n)]


@pytest.fixture(scope="module")
def samples() -> dict[str, list[str]]:
    return {fn.__name__: _outputs(fn) for fn in FUNCTIONS}


@pytest.mark.parametrize("fn", FUNCTIONS, ids=lambda f: f.__name__)
def test_same_seed_same_sequence(fn: Callable[[random.Random], str]) -> None:
    assert _outputs(fn, seed=11, n=200) == _outputs(fn, seed=11, n=200)
    assert _outputs(fn, seed=11, n=200) != _outputs(fn, seed=12, n=200)


def test_global_random_state_is_untouched() -> None:
    random.seed(3)
    expected = random.random()
    random.seed(3)
    for fn in FUNCTIONS:
        _outputs(fn, n=50)
    assert random.random() == expected


@pytest.mark.parametrize("name", ["ai_talk", "human_instruction"])
def test_diversity(samples: dict[str, list[str]], name: str) -> None:
    assert len(set(samples[name])) >= 1500


@pytest.mark.parametrize("name", ["ai_talk", "human_instruction", "benign_sentence"])
def test_shape(samples: dict[str, list[str]], name: str) -> None:
    for text in samples[name]:
        assert 40 <= len(text) <= 260, text
        assert "{" not in text and "}" not in text, text
        assert "\n" not in text and "\r" not in text, text
        assert "<" not in text and ">" not in text, text
        assert "  " not in text and text == text.strip(), text
        assert text[-1] in ".!?", text
        assert text[0].isupper() or text[0] == '"', text
        assert not re.search(r"\b(the the|a a|an [bcdfgjkpqstvwyz]\w|a [aei]\w)", text, re.IGNORECASE), text


def test_ai_talk_mentions_ai(samples: dict[str, list[str]]) -> None:
    missing = [text for text in samples["ai_talk"] if not AI_TERM.search(text)]
    assert len(missing) <= N // 100, missing[:5]


def test_human_instruction_uses_injection_like_words(samples: dict[str, list[str]]) -> None:
    texts = samples["human_instruction"]
    for word in ("ignore", "disregard", "forget"):
        hits = [t for t in texts if re.search(rf"\b{word}\b", t, re.IGNORECASE)]
        assert len(hits) >= 20, word
    for word in ("urgent", "must", "before you continue", "password", "instructions"):
        assert any(word in t.lower() for t in texts), word


def test_human_instruction_is_often_imperative(samples: dict[str, list[str]]) -> None:
    starts = [t for t in samples["human_instruction"] if t.split(" ", 1)[0].rstrip(",:") in IMPERATIVE_STARTS]
    assert len(starts) >= N // 5
    assert len({t.split(" ", 1)[0] for t in starts}) >= 10


def test_benign_sentence_mixes_both_kinds(samples: dict[str, list[str]]) -> None:
    human = samples["human_instruction"]
    human_rate = sum(bool(AI_TERM.search(t)) for t in human) / len(human)
    assert human_rate < 0.1
    mixed = samples["benign_sentence"]
    ai_rate = sum(bool(AI_TERM.search(t)) for t in mixed) / len(mixed)
    assert 0.4 <= ai_rate <= 0.6 + human_rate


def test_ai_talk_includes_agent_docs_and_support_chats(samples: dict[str, list[str]]) -> None:
    # Hard negatives for the words attacks lean on: docs use "instructions" and "system prompt" technically, and
    # support chats have the "User: ... Assistant: ..." shape of a forged transcript, all on one line.
    texts = samples["ai_talk"]
    docs = [t for t in texts if "`" in t]
    assert len(docs) >= N // 30
    assert any("instructions" in t for t in docs) and any("system prompt" in t for t in texts)
    chats = [t for t in texts if re.match(r"(Chat transcript\. )?(User|Customer|You|Me): ", t)]
    assert len(chats) >= N // 60
    assert all(re.search(r"\b(Assistant|Support bot|Chatbot|Help assistant): [A-Z]", t) for t in chats), chats[:3]


def test_human_instruction_includes_security_advice_and_accessibility_help(samples: dict[str, list[str]]) -> None:
    texts = samples["human_instruction"]
    assert sum("we recommend" in t or "we suggest" in t for t in texts) >= N // 100
    assert sum("Screen reader" in t or "Keyboard users" in t or "press Tab" in t for t in texts) >= N // 200
