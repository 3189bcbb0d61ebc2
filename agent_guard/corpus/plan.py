"""Planning a corpus: which pages, in which groups, with which labels, all from one seed.

The plan is drawn sequentially from ``random.Random`` seeded with the corpus seed, before anything renders, and
every page gets its own seeds derived by hashing, so concurrency never changes a byte of the output.

A *group* is one base page. A paired group yields the benign base page and its malicious variant (the same page
plus an injection) under one group id; other groups yield one benign or one malicious page.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from typing import Any, Sequence

from agent_guard.corpus.authored import AUTHORED_CATEGORY, AuthoredText, authored_container
from agent_guard.corpus.overlays import BENIGN_BUILDERS, CATEGORIES, FAMILIES
from agent_guard.corpus.sites import SITES, UGC_SITES
from agent_guard.errors import ConfigurationError

VIEWPORTS: tuple[tuple[int, int], ...] = ((1280, 720), (1440, 900), (390, 844))
VIEWPORT_WEIGHTS = (0.5, 0.25, 0.25)
FULL_PAGE_SHARE = 0.12
DARK_SHARE = 0.35
SCROLL_SHARE = 0.35
PAIR_SHARE = 0.5  # share of min(benign, malicious) pages that come as pairs
PLAIN_SHARE_BENIGN = 0.35  # benign pages with no look-alike element
PLAIN_SHARE_MALICIOUS = 0.55  # base pages of malicious-only groups with no look-alike element
#: Families whose injection may sit in the page flow, so the base page must not carry a blocking modal.
IN_FLOW_FAMILIES = ("inline", "image_text", "injected_form", "banner")


@dataclass(frozen=True)
class ItemSpec:
    index: int
    id: str
    group: str
    label: int
    family: str | None
    category: str
    site: str
    page_seed: int
    overlay_seed: int
    inj_seed: int
    viewport: tuple[int, int]
    theme: str
    full_page: bool
    scroll_frac: float
    ugc_slot: int
    require_ugc: bool
    avoid_blocking: bool
    pair_family: str | None  # for the benign half of a pair: its partner's family (drives the scroll marker)
    authored: AuthoredText | None = None  # a text from ``--texts``: the page's only injection or look-alike
    container: str | None = None  # for an authored look-alike: the (injection) family whose element carries it

    @property
    def rel_png(self) -> str:
        folder = f"malicious/{self.family}" if self.label else f"benign/{self.category}"
        return f"{folder}/{self.id}.png"

    @property
    def rel_txt(self) -> str:
        return self.rel_png[:-4] + ".txt"


def derive_seed(seed: int, *parts: object) -> int:
    digest = hashlib.sha256(":".join(str(p) for p in (seed, *parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big")


def _validate(names: Sequence[str] | None, known: Sequence[str], what: str) -> list[str]:
    if names is None:
        return []
    names = list(names)
    unknown = sorted(set(names) - set(known))
    if unknown:
        raise ConfigurationError(f"unknown {what}: {', '.join(unknown)}; known: {', '.join(known)}")
    return names


def allowed(known: Sequence[str], exclude: Sequence[str], only: Sequence[str] | None, what: str) -> list[str]:
    exclude_l = _validate(exclude, known, what)
    only_l = _validate(only, known, what) if only is not None else None
    result = [k for k in known if k not in exclude_l and (only_l is None or k in only_l)]
    return result


class _Cycle:
    """Balanced draws: shuffle the options, hand them out in turn, reshuffle when exhausted."""

    def __init__(self, rng: random.Random, options: Sequence[str]) -> None:
        self.rng = rng
        self.options = list(options)
        self.queue: list[str] = []

    def next(self, accept: Sequence[str] | None = None) -> str | None:
        pool = [o for o in self.options if accept is None or o in accept]
        if not pool:
            return None
        for _ in range(2):
            for i, option in enumerate(self.queue):
                if option in pool:
                    return self.queue.pop(i)
            self.queue = list(self.options)
            self.rng.shuffle(self.queue)
        return self.rng.choice(pool)  # pragma: no cover - unreachable: a refilled queue holds every option


def _page_layout(rng: random.Random) -> dict[str, Any]:
    """Viewport, theme and scrolling of one page (drawn in this order: a plan's bytes depend on it)."""
    viewport = rng.choices(VIEWPORTS, weights=VIEWPORT_WEIGHTS)[0]
    theme = "dark" if rng.random() < DARK_SHARE else "light"
    full_page = rng.random() < FULL_PAGE_SHARE
    scroll_frac = 0.0 if full_page or rng.random() >= SCROLL_SHARE else round(rng.uniform(0.1, 0.7), 3)
    ugc_slot = rng.choice((0, 0, 1, 1, 2, 3))
    return dict(viewport=viewport, theme=theme, full_page=full_page, scroll_frac=scroll_frac, ugc_slot=ugc_slot)


def make_plan(
    n: int,
    seed: int,
    *,
    exclude_families: Sequence[str] = (),
    exclude_sites: Sequence[str] = (),
    only_families: Sequence[str] | None = None,
    only_sites: Sequence[str] | None = None,
    malicious_fraction: float = 0.5,
    authored: Sequence[AuthoredText] = (),
) -> list[ItemSpec]:
    """``n`` generated pages, then one page for each authored text (drawn after them, from a stream of its own,
    so adding texts never changes a generated page)."""
    if n < 0:
        raise ConfigurationError(f"n must be >= 0, got {n}")
    if not 0.0 <= malicious_fraction <= 1.0:
        raise ConfigurationError(f"malicious_fraction must be within [0, 1], got {malicious_fraction}")
    families = allowed(FAMILIES, exclude_families, only_families, "family")
    sites = allowed(SITES, exclude_sites, only_sites, "site kind")
    if not sites:
        raise ConfigurationError("every site kind is excluded; nothing to render")
    n_mal = round(n * malicious_fraction)
    if n_mal and not families:
        raise ConfigurationError("every malicious family is excluded but malicious_fraction > 0")
    if n_mal and families == ["inline"] and not set(sites) & set(UGC_SITES):
        raise ConfigurationError("the inline family needs a site kind with user content (every one but login)")
    n_ben = n - n_mal
    n_pairs = int(min(n_mal, n_ben) * PAIR_SHARE)
    rng = random.Random(f"agent-guard-corpus:{seed}")
    kinds = ["pair"] * n_pairs + ["mal"] * (n_mal - n_pairs) + ["ben"] * (n_ben - n_pairs)
    rng.shuffle(kinds)
    family_cycle = _Cycle(rng, families)
    site_cycle = _Cycle(rng, sites)
    hard_negatives = list(BENIGN_BUILDERS)
    category_cycle = _Cycle(rng, hard_negatives)
    ugc_sites = [s for s in sites if s in UGC_SITES]

    items: list[ItemSpec] = []
    for gidx, kind in enumerate(kinds):
        group = f"s{seed}-g{gidx:05d}"
        family = None
        if kind in ("pair", "mal"):
            family = family_cycle.next()
            if family == "inline" and not ugc_sites:
                family = family_cycle.next([f for f in families if f != "inline"])
        site = site_cycle.next(ugc_sites if family == "inline" else None) or rng.choice(sites)
        plain_share = PLAIN_SHARE_MALICIOUS if kind == "mal" else PLAIN_SHARE_BENIGN
        category = "plain" if rng.random() < plain_share else (category_cycle.next() or "plain")
        layout = _page_layout(rng)
        common = dict(
            group=group,
            category=category,
            site=site,
            page_seed=derive_seed(seed, gidx, "page"),
            overlay_seed=derive_seed(seed, gidx, "overlay"),
            **layout,
            require_ugc=family == "inline",
            avoid_blocking=family in IN_FLOW_FAMILIES,
        )
        variants: list[tuple[int, str | None, str | None]] = []
        if kind in ("pair", "ben"):
            variants.append((0, None, family if kind == "pair" else None))
        if kind in ("pair", "mal"):
            variants.append((1, family, None))
        for label, fam, partner in variants:
            index = len(items)
            item_id = f"{index:05d}-{derive_seed(seed, index, 'id') & 0xFFFFFFFF:08x}"
            items.append(
                ItemSpec(
                    index=index,
                    id=item_id,
                    label=label,
                    family=fam,
                    pair_family=partner,
                    inj_seed=derive_seed(seed, gidx, "inject"),
                    **common,
                )
            )  # type: ignore[arg-type]
    if authored:
        _plan_authored(items, authored, seed, families, sites, ugc_sites)
    assert all(item.category in (*CATEGORIES, AUTHORED_CATEGORY) for item in items)
    return items


def _plan_authored(
    items: list[ItemSpec],
    texts: Sequence[AuthoredText],
    seed: int,
    families: list[str],
    sites: list[str],
    ugc_sites: list[str],
) -> None:
    """One plain page per text, in a container chosen for it, from a random stream of its own."""
    rng = random.Random(f"agent-guard-corpus:{seed}:authored")
    site_cycle = _Cycle(rng, sites)
    container_families = families if ugc_sites else [f for f in families if f != "inline"]
    for tidx, text in enumerate(texts):
        container = authored_container(rng, text, container_families)
        site = site_cycle.next(ugc_sites if container == "inline" else None) or rng.choice(sites)
        layout = _page_layout(rng)
        index = len(items)
        malicious = text.label == 1
        items.append(
            ItemSpec(
                index=index,
                id=f"{index:05d}-{derive_seed(seed, 'authored', tidx, 'id') & 0xFFFFFFFF:08x}",
                group=f"s{seed}-a{tidx:05d}",
                label=text.label,
                family=container if malicious else None,
                category="plain" if malicious else AUTHORED_CATEGORY,
                site=site,
                page_seed=derive_seed(seed, "authored", tidx, "page"),
                overlay_seed=derive_seed(seed, "authored", tidx, "overlay"),
                inj_seed=derive_seed(seed, "authored", tidx, "inject"),
                **layout,
                require_ugc=container == "inline",
                avoid_blocking=container in IN_FLOW_FAMILIES,
                pair_family=None,
                authored=text,
                container=None if malicious else container,
            )
        )
