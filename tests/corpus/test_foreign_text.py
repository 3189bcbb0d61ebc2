"""Benign foreign-language page text: determinism, diversity, shape, argument checks and a crude language check."""

from __future__ import annotations

import random
import re

import pytest

from agent_guard.corpus.foreign_text import FOREIGN_LANGS, TOPICS, foreign_paragraph

# Frequent function words that, within these six languages, point to one language (no word is in two sets).
MARKERS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        "le les et est vous pour une des du dans pas nous sur avec au aux votre vos ce cette qui "
        "merci ta on mon ça tous plus leur avez être".split()
    ),
    "es": frozenset(
        "el y los las pero muy es hasta nuestro nuestra tus sin también hoy tras según puedes haz "
        "más qué quién hay ya mejor nuevo nueva gracias cuando".split()
    ),
    "de": frozenset(
        "und der die das nicht ist mit sie ich wir auf ein eine den dem zu auch bitte wird ihr ihre "
        "danke deine euch sind haben hat wurde von für über noch nur aber oder im am zum beim vom".split()
    ),
    "pt": frozenset(
        "não você uma com é em do ao seu sua nós nosso nossa dos na pelo pela já até às os mas "
        "muito isso essa neste nesta seus suas ele foi são uns quem lá assim".split()
    ),
    "it": frozenset(
        "il di che gli è della per sono nel alla alle dei ti tua tuo ho anche questo questa "
        "dal dalla nella sul sulla ogni più mai sempre già prima dopo ci si ed oppure così tutti grazie".split()
    ),
    "nl": frozenset(
        "het een van niet voor op naar bij ook is wordt met dat zijn uit we onze jouw "
        "je jij jullie als maar om dan wat wie deze dit geen nog heeft hebben kun wil moet daarna mijn ons".split()
    ),
}
WORD = re.compile(r"[^\W\d_]+")


def sample(lang: str, n: int, seed: int = 0, topic: str | None = None) -> list[str]:
    rng = random.Random(seed)
    return [foreign_paragraph(rng, lang, topic=topic) for _ in range(n)]


def marker_counts(text: str) -> dict[str, int]:
    words = WORD.findall(text.lower())
    return {lang: sum(word in markers for word in words) for lang, markers in MARKERS.items()}


def test_public_constants() -> None:
    assert FOREIGN_LANGS == ("fr", "es", "de", "pt", "it", "nl")
    assert set(TOPICS) >= {"shop", "news", "help", "travel", "forum", "mail", "docs", "social"}
    assert sum(len(markers) for markers in MARKERS.values()) == len(frozenset().union(*MARKERS.values()))


@pytest.mark.parametrize("lang", FOREIGN_LANGS)
def test_same_seed_same_text_and_no_global_random(lang: str) -> None:
    random.seed(123)
    before = random.getstate()
    assert sample(lang, 50, seed=5) == sample(lang, 50, seed=5)
    assert random.getstate() == before
    assert sample(lang, 50, seed=5) != sample(lang, 50, seed=6)
    assert sample(lang, 20, seed=5, topic="mail") == sample(lang, 20, seed=5, topic="mail")


@pytest.mark.parametrize("lang", FOREIGN_LANGS)
def test_diverse_per_language(lang: str) -> None:
    outputs = sample(lang, 600)
    assert len(set(outputs)) >= 400
    # Diversity must come from the frames too, not only from random codes and numbers.
    skeletons = {re.sub(r"\d+|\b[A-Z0-9]{6}\b", "#", text) for text in outputs}
    assert len(skeletons) >= 300


@pytest.mark.parametrize("lang", FOREIGN_LANGS)
@pytest.mark.parametrize("topic", TOPICS)
def test_every_language_and_topic_has_clean_shape(lang: str, topic: str) -> None:
    outputs = sample(lang, 40, seed=10 * FOREIGN_LANGS.index(lang) + TOPICS.index(topic), topic=topic)
    assert len(set(outputs)) >= 20
    for text in outputs:
        assert 40 <= len(text) <= 400, text
        assert not set(text) & set("{}<>\n\r\t"), text
        assert text == text.strip() and "  " not in text, text
        assert text[0].isupper() or text[0] in "¿¡", text
        assert text[-1] in ".!?»“”’" or text.split()[-1][:1].isupper(), text  # mail sign-offs end with a name


def test_topics_read_differently() -> None:
    shop = " ".join(sample("fr", 60, topic="shop"))
    docs = " ".join(sample("fr", 60, topic="docs"))
    assert "commande" in shop and "paramètre" in docs
    assert "paramètre" not in shop and "panier" not in docs


@pytest.mark.parametrize("lang", FOREIGN_LANGS)
def test_crude_language_check(lang: str) -> None:
    outputs = sample(lang, 300, seed=11)
    own = sum(marker_counts(text)[lang] > 0 for text in outputs)
    assert own >= 0.92 * len(outputs)
    # A paragraph counts as "this language" when its own markers beat every other language's.
    won = 0
    for text in outputs:
        counts = marker_counts(text)
        won += counts[lang] > max(n for k, n in counts.items() if k != lang)
    assert won >= 0.9 * len(outputs)
    other = sum(n for k, n in marker_counts(" ".join(outputs)).items() if k != lang)
    assert other <= 0.15 * marker_counts(" ".join(outputs))[lang]


def test_mentions_assistants_and_addresses_human_readers() -> None:
    text = " ".join(sample("de", 400, seed=3))
    assert "Chatbot" in text and "KI-Assistent" in text
    assert "Passwort niemals weiter" in text
    assert "ignoriere die vorherige Nachricht" in text


@pytest.mark.parametrize("bad", ["en", "FR", "", "fr-FR", "jp"])
def test_unknown_lang_raises(bad: str) -> None:
    with pytest.raises(ValueError, match="fr, es, de, pt, it, nl"):
        foreign_paragraph(random.Random(0), bad)


@pytest.mark.parametrize("bad", ["blog", "Shop", ""])
def test_unknown_topic_raises(bad: str) -> None:
    with pytest.raises(ValueError, match="shop, news, help"):
        foreign_paragraph(random.Random(0), "it", topic=bad)


@pytest.mark.parametrize("lang", FOREIGN_LANGS)
def test_shop_text_includes_numbered_checkout_steps(lang: str) -> None:
    # A form step ("step 2 of 4: enter ... before you continue") reads like an order; it must appear in benign text.
    step_words = {"fr": "Étape", "es": "Paso", "de": "Schritt", "pt": "Etapa", "it": "Passo", "nl": "Stap"}
    texts = sample(lang, 300, seed=4, topic="shop")
    assert any(re.search(rf"\b{step_words[lang]} \d von 4|\b{step_words[lang]} \d (sur|de|di|van) 4", t) for t in texts)
