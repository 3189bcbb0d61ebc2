"""Site builders: benign look-alike text is mixed into user content from its own stream."""

from __future__ import annotations

from agent_guard.corpus import foreign_text, sites
from tests.corpus.helpers import page_ctx


def test_mixing_draws_only_from_the_text_stream() -> None:
    ctx = page_ctx(1)
    before = ctx.rng.getstate()
    texts = [sites._mixed(ctx, "My kettle arrived on time.", "shop", instruction=0.5, ai=0.5, foreign=0.2)
             for _ in range(200)]
    assert ctx.rng.getstate() == before  # the page's own choices are untouched
    assert sum(t == "My kettle arrived on time." for t in texts) < 150
    assert any("My kettle arrived on time." in t and t != "My kettle arrived on time." for t in texts)


def test_rates_of_zero_leave_the_text_alone_and_a_foreign_rate_of_one_replaces_it() -> None:
    ctx = page_ctx(2)
    assert sites._mixed(ctx, "Same text.", "forum", instruction=0.0, ai=0.0, foreign=0.0) == "Same text."
    replaced = {sites._mixed(ctx, "Same text.", "forum", instruction=0.0, ai=0.0, foreign=1.0) for _ in range(30)}
    assert "Same text." not in replaced and len(replaced) > 20


def test_every_site_builder_still_builds_with_the_mixing() -> None:
    for seed in range(3):
        for name, builder in sites.SITE_BUILDERS.items():
            built = builder(page_ctx(seed))
            assert built.body, name


def test_foreign_topics_used_by_the_sites_exist() -> None:
    for topic in ("shop", "forum", "mail", "news", "docs", "social"):
        assert topic in foreign_text.TOPICS
