"""Turning an :class:`ItemSpec` into one HTML document (and the facts the manifest records about it)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Iterator

from agent_guard.corpus import words
from agent_guard.corpus.authored import authored_payload
from agent_guard.corpus.components import INJ_ATTR, Ctx, e
from agent_guard.corpus.overlays import (
    BENIGN_BUILDERS,
    FAMILY_PAYLOAD,
    MALICIOUS_BUILDERS,
    Element,
    hidden_copy,
    inline_html,
    ugc_wrapper_tag,
)
from agent_guard.corpus.payloads import Payload, make_payload
from agent_guard.corpus.plan import ItemSpec
from agent_guard.corpus.sites import SITE_BUILDERS, Built
from agent_guard.corpus.theme import BASE_CSS, make_theme

HIDDEN_COPY_SHARE = 0.2


@dataclass(frozen=True)
class Composed:
    html: str
    placement: str | None
    lang: str
    injection_text: str | None
    site_variant: str
    element_variant: str | None
    goal: str | None
    tone: str | None
    hidden_copy: bool


TOP_PLACEMENTS = ("top-banner", "top-left", "top-right", "top-center")


def _benign_draws(spec: ItemSpec, ctx: Ctx) -> Iterator[Element | None]:
    """Successive draws of the page's look-alike element (None for plain pages), never a blocking modal where an
    in-flow injection must stay readable."""
    if spec.category == "plain" or spec.authored is not None:
        while True:
            yield None
    rng = random.Random(spec.overlay_seed)
    builder = BENIGN_BUILDERS[spec.category]
    while True:
        element = builder(ctx, rng)
        tries = 0
        while spec.avoid_blocking and element.blocking and tries < 12:
            element = builder(ctx, rng)
            tries += 1
        yield element


def _covers(benign: Element | None, injection: Element | None) -> bool:
    """A fixed look-alike at the top of the viewport would hide an injection at the top of the page flow."""
    return (
        benign is not None
        and injection is not None
        and benign.flow_slot is None
        and injection.flow_slot == "top"
        and benign.placement in TOP_PLACEMENTS
    )


def _payload(family: str, rng: random.Random, spec: ItemSpec) -> Payload:
    if spec.authored is not None:
        return authored_payload(rng, spec.authored)
    size, goals = FAMILY_PAYLOAD[family]
    goal = rng.choice(goals) if goals else None
    if family == "inline" and rng.random() < 0.3:
        size = "long"
    if family == "popup" and rng.random() < 0.3:
        size = rng.choice(("short", "long"))
    return make_payload(rng, size=size, goal=goal)


def _injection(
    family: str, spec: ItemSpec, probe: Ctx, benign: Element | None
) -> tuple[random.Random, Payload, Element | None]:
    """The payload and (for every family but inline) the element carrying it; same draws for both halves of a pair."""
    inj_rng = random.Random(spec.inj_seed)
    payload = _payload(family, inj_rng, spec)
    if family == "inline":
        return inj_rng, payload, None
    builder = MALICIOUS_BUILDERS[family]
    element = builder(probe, inj_rng, payload)
    tries = 0
    while (
        benign is not None
        and benign.flow_slot is None
        and element.flow_slot is None
        and element.placement == benign.placement
        and tries < 8
    ):
        element = builder(probe, inj_rng, payload)
        tries += 1
    return inj_rng, payload, element


def compose(spec: ItemSpec) -> Composed:
    page_rng = random.Random(spec.page_seed)
    width, height = spec.viewport
    theme = make_theme(page_rng, spec.theme)
    brand = words.brand_name(page_rng)
    ctx_args = dict(theme=theme, width=width, height=height, brand=brand, domain=words.domain(page_rng, brand))
    state_after_header = page_rng.getstate()

    probe = Ctx(rng=random.Random(0), avoid_blocking=spec.avoid_blocking, **ctx_args)  # type: ignore[arg-type]
    # Both halves of a pair draw the look-alike element and the injection the same way (the benign half needs the
    # injection's place for its scroll marker), so they agree on every choice.
    family = spec.family if spec.label == 1 else (spec.pair_family or spec.container)
    draws = _benign_draws(spec, probe)
    benign = next(draws)
    inj_rng, payload, malicious = random.Random(0), None, None
    if family is not None:
        for _ in range(6):
            inj_rng, payload, malicious = _injection(family, spec, probe, benign)
            if not _covers(benign, malicious):
                break
            benign = next(draws)
    partner = malicious
    look_alike = payload if spec.container is not None else None  # an authored benign text, in an injection's box
    if spec.label == 0:
        if look_alike is not None:
            benign, partner = malicious, None
        payload, malicious = None, None
    assert spec.label == 0 or (spec.family is not None and payload is not None)
    in_user_content = payload if spec.family == "inline" else look_alike if spec.container == "inline" else None
    inline_render = None
    if in_user_content is not None:
        render_rng = random.Random(inj_rng.getrandbits(64))
        carried: Payload = in_user_content

        def inline_render(kind: str, normal_html: str) -> str:
            return inline_html(render_rng, carried, kind, normal_html)

    elif spec.pair_family == "inline":

        def inline_render(kind: str, normal_html: str) -> str:
            tag = ugc_wrapper_tag(kind, normal_html)
            return f'<{tag} {INJ_ATTR}="1">{normal_html}</{tag}>'

    slots: dict[str, str] = {}
    if benign is not None and benign.flow_slot:
        slots[benign.flow_slot] = benign.html
    if malicious is not None and malicious.flow_slot:
        slots[malicious.flow_slot] = slots.get(malicious.flow_slot, "") + malicious.html
    # Scroll marker for the benign half of a pair whose injection sits in the flow: same place, no content.
    if spec.label == 0 and partner is not None:
        if partner.flow_slot:
            slots[partner.flow_slot] = slots.get(partner.flow_slot, "") + f'<div {INJ_ATTR}="1"></div>'

    slot_index = spec.ugc_slot
    built: Built | None = None
    ctx: Ctx | None = None
    for _ in range(3):
        page_rng.setstate(state_after_header)
        ctx = Ctx(
            rng=page_rng,
            text_rng=random.Random(f"text-{spec.page_seed}"),
            require_ugc=spec.require_ugc,
            inline_render=inline_render,
            inline_slot=slot_index,
            slots=dict(slots),
            **ctx_args,
        )  # type: ignore[arg-type]
        built = SITE_BUILDERS[spec.site](ctx)
        if inline_render is None or ctx.placed_inline or ctx.ugc_count == 0:
            break
        slot_index = ctx.ugc_count - 1
    assert built is not None and ctx is not None
    if spec.label == 1 and spec.family == "inline" and not ctx.placed_inline:
        raise AssertionError(f"site {spec.site!r} produced no user content for the inline family")  # pragma: no cover

    body = built.body
    leftover = "".join(html for name, html in ctx.slots.items() if name not in ctx.used_slots)
    if leftover:
        cut = body.find("</header>")
        body = body[: cut + 9] + leftover + body[cut + 9 :] if cut >= 0 else leftover + body
    fixed_html = ""
    if benign is not None and benign.flow_slot is None:
        fixed_html += benign.html
    if malicious is not None and malicious.flow_slot is None:
        fixed_html += malicious.html
    has_hidden = False
    if payload is not None and inj_rng.random() < HIDDEN_COPY_SHARE:
        fixed_html += hidden_copy(inj_rng, payload)
        has_hidden = True
    html_doc = (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{e(built.title)}</title>'
        f"<style>:root{{{theme.css_vars()}color-scheme:{theme.mode}}}{BASE_CSS}{built.css}</style></head>"
        f"<body>{body}{fixed_html}</body></html>"
    )
    if spec.label == 1:
        assert payload is not None
        placement = "inline" if spec.family == "inline" else malicious.placement  # type: ignore[union-attr]
        element_variant = "user_content" if spec.family == "inline" else malicious.variant  # type: ignore[union-attr]
        return Composed(
            html_doc,
            placement,
            payload.lang,
            payload.body if spec.family in ("inline", "banner") else payload.text,
            built.variant,
            element_variant,
            payload.goal,
            payload.tone,
            has_hidden,
        )
    if look_alike is not None:
        placement = benign.placement if benign else "inline"
        variant = benign.variant if benign else "user_content"
        return Composed(html_doc, placement, look_alike.lang, None, built.variant, variant, None, look_alike.tone, False)
    return Composed(
        html_doc,
        benign.placement if benign else None,
        benign.lang if benign else "en",
        None,
        built.variant,
        benign.variant if benign else None,
        None,
        None,
        False,
    )
