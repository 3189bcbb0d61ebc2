"""Texts written by people, placed in the generator's own pages: ``agent-guard corpus --texts FILE.jsonl``.

The generator's injections come from one pool of templates, so a guard trained on them learns that pool's phrasing
as much as the intent (``bench/unseen.py``: every new author's texts score lower than the generator's). A file of
texts written by other hands widens the phrasing the guard sees without touching the templates: each text becomes
one page, in one of the containers the generator uses for injections (pop-up, user content, fake system dialog,
injected form, banner) on one of its site pages. Benign texts go into the *same* containers with the same titles
and buttons, so the box, its wording around the text and its place on the page say nothing about the label; only
the text does.

One JSON object a line::

    {"text": "...", "label": 1, "source": "set-b", "style": "fake_error"}

``label`` is 1 for an injection and 0 for a benign look-alike; ``source`` names the author or collection (an
injection's manifest ``tone`` becomes ``authored-<source>``, so ``agent-guard train --cv-folds tone`` holds each
author out in turn); ``style`` and ``lang`` are optional and only recorded.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from agent_guard.corpus.payloads import Payload, fake_domain
from agent_guard.errors import ConfigurationError

#: Containers an authored text may land in. ``image_text`` is left out: the picture's fixed size cuts long texts.
AUTHORED_CONTAINERS = ("popup", "inline", "fake_system", "injected_form", "banner")
#: A banner is one line: only texts up to this length go there.
BANNER_MAX_CHARS = 200
#: The benign category of an authored look-alike page.
AUTHORED_CATEGORY = "authored_lookalike"
#: Titles and buttons shared by both labels, so that neither tells the label.
NEUTRAL_TITLES = ("", "Notice", "Important", "Please read", "Message", "Update", "Attention", "Information", "Note")
NEUTRAL_BUTTONS = ("OK", "Continue", "Got it", "Open", "Confirm", "Learn more", "Close", "Done", "View")
MAX_TEXT_CHARS = 2000
_SOURCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")


@dataclass(frozen=True)
class AuthoredText:
    text: str
    label: int
    source: str
    style: str | None = None
    lang: str = "und"


def _field(row: dict[str, object], name: str, where: str) -> object:
    if name not in row:
        raise ConfigurationError(f"{where}: missing field {name!r}")
    return row[name]


def parse_authored_line(line: str, where: str) -> AuthoredText:
    """One JSONL line, checked: a bad line is an error naming the line, never a silently wrong label."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ConfigurationError(f"{where}: not JSON ({exc.msg})") from exc
    if not isinstance(row, dict):
        raise ConfigurationError(f"{where}: expected a JSON object")
    text, label, source = (_field(row, name, where) for name in ("text", "label", "source"))
    if not isinstance(text, str) or not text.strip():
        raise ConfigurationError(f"{where}: 'text' must be a non-empty string")
    if len(text) > MAX_TEXT_CHARS:
        raise ConfigurationError(f"{where}: 'text' is {len(text)} characters; at most {MAX_TEXT_CHARS} fit a container")
    if label not in (0, 1) or isinstance(label, bool):
        raise ConfigurationError(f"{where}: 'label' must be 0 (benign) or 1 (injection), got {label!r}")
    if not isinstance(source, str) or not _SOURCE.match(source):
        raise ConfigurationError(f"{where}: 'source' must be 1-40 letters, digits, '.', '_' or '-', got {source!r}")
    style, lang = row.get("style"), row.get("lang", "und")
    if style is not None and not isinstance(style, str):
        raise ConfigurationError(f"{where}: 'style' must be a string")
    if not isinstance(lang, str) or not lang:
        raise ConfigurationError(f"{where}: 'lang' must be a non-empty string")
    return AuthoredText(text=text.strip(), label=int(label), source=source, style=style, lang=lang)


def read_authored_texts(path: Path) -> tuple[list[AuthoredText], str]:
    """The texts of a JSONL file and the sha256 of its bytes (recorded in ``corpus.json``)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ConfigurationError(f"cannot read the texts file {path}: {exc.strerror or exc}") from exc
    try:
        lines = data.decode("utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise ConfigurationError(f"{path}: not UTF-8") from exc
    texts = [parse_authored_line(line, f"{path}:{number}") for number, line in enumerate(lines, 1) if line.strip()]
    if not texts:
        raise ConfigurationError(f"{path}: no texts")
    return texts, hashlib.sha256(data).hexdigest()


def authored_container(rng: random.Random, text: AuthoredText, allowed_families: list[str]) -> str:
    """The container family for one text, among the allowed ones; long texts never go into a banner."""
    options = [f for f in AUTHORED_CONTAINERS if f in allowed_families]
    if len(text.text) > BANNER_MAX_CHARS:
        options = [f for f in options if f != "banner"]
    if not options:
        raise ConfigurationError(
            f"no container left for authored texts: they go into {', '.join(AUTHORED_CONTAINERS)}, all excluded"
        )
    return rng.choice(options)


def authored_payload(rng: random.Random, text: AuthoredText) -> Payload:
    """The text as a payload for the generator's element builders, with label-neutral trimmings."""
    return Payload(
        title=rng.choice(NEUTRAL_TITLES),
        body=text.text,
        button=rng.choice(NEUTRAL_BUTTONS),
        url=fake_domain(rng),
        lang=text.lang,
        tone=f"authored-{text.source}",
        goal="authored",
        addressee=None,
    )
