"""``generate_corpus``: plan, compose, render and write a synthetic screenshot corpus with its manifest.

    DIR/manifest.jsonl                       one JSON object per page (keys in MANIFEST_KEYS order)
    DIR/benign/<category>/<id>.png|.txt      benign pages and their DOM text sidecars
    DIR/malicious/<family>/<id>.png|.txt     malicious pages

The same seed gives a byte-identical manifest and identical PNG bytes (on one machine and Chromium build).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

from agent_guard.corpus.authored import read_authored_texts
from agent_guard.corpus.compose import compose
from agent_guard.corpus.plan import ItemSpec, make_plan
from agent_guard.corpus.render import Rendered, open_page, render_page
from agent_guard.errors import ConfigurationError, GuardError
from agent_guard.files import atomic_write
from agent_guard.provenance import machine_description

MANIFEST_NAME = "manifest.jsonl"
MANIFEST_KEYS = (
    "path",
    "label",
    "family",
    "category",
    "placement",
    "site",
    "viewport",
    "theme",
    "lang",
    "full_page",
    "group",
    "dom_text_path",
    "injection_text",
    # extra, for analysis
    "id",
    "site_variant",
    "variant",
    "goal",
    "tone",
    "hidden_copy",
    "scroll_y",
    "injection_in_view",
)


def _atomic_write(path: Path, data: bytes) -> None:
    atomic_write(path, data, durable=False)  # the corpus can be regenerated: skip fsync for speed


def _row(spec: ItemSpec, composed: Any, rendered: Rendered) -> dict[str, Any]:
    width, height = spec.viewport
    row = {
        "path": spec.rel_png,
        "label": spec.label,
        "family": spec.family,
        "category": spec.category,
        "placement": composed.placement,
        "site": spec.site,
        "viewport": f"{width}x{height}",
        "theme": spec.theme,
        "lang": composed.lang,
        "full_page": rendered.full_page,
        "group": spec.group,
        "dom_text_path": spec.rel_txt,
        "injection_text": composed.injection_text,
        "id": spec.id,
        "site_variant": composed.site_variant,
        "variant": composed.element_variant,
        "goal": composed.goal,
        "tone": composed.tone,
        "hidden_copy": composed.hidden_copy,
        "scroll_y": rendered.scroll_y,
        "injection_in_view": rendered.in_view if spec.label == 1 else None,
    }
    return {key: row[key] for key in MANIFEST_KEYS}


async def generate_corpus(
    out: Path,
    n: int,
    seed: int,
    *,
    exclude_families: Sequence[str] = (),
    exclude_sites: Sequence[str] = (),
    only_families: Sequence[str] | None = None,
    only_sites: Sequence[str] | None = None,
    malicious_fraction: float = 0.5,
    concurrency: int = 4,
    texts: Path | None = None,
) -> Path:
    """Render ``n`` pages into ``out``, plus one page per text of ``texts`` (see :mod:`.authored`); returns the
    manifest path."""
    if concurrency < 1:
        raise ConfigurationError(f"concurrency must be >= 1, got {concurrency}")
    authored, texts_sha256 = read_authored_texts(texts) if texts is not None else ([], None)
    plan = make_plan(
        n,
        seed,
        exclude_families=exclude_families,
        exclude_sites=exclude_sites,
        only_families=only_families,
        only_sites=only_sites,
        malicious_fraction=malicious_fraction,
        authored=authored,
    )
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    rows: list[dict[str, Any] | None] = [None] * len(plan)
    browser_version: str | None = None
    if plan:
        from agent_guard.browser import import_async_playwright, launch_chromium

        async_playwright = import_async_playwright()
        queue: asyncio.Queue[ItemSpec] = asyncio.Queue()
        for spec in plan:
            queue.put_nowait(spec)

        async with async_playwright() as pw:
            browser = await launch_chromium(pw)
            browser_version = browser.version
            try:

                async def worker() -> None:
                    page = await open_page(browser)
                    try:
                        while True:
                            try:
                                spec = queue.get_nowait()
                            except asyncio.QueueEmpty:
                                return
                            composed = compose(spec)
                            rendered = await render_page(page, spec, composed.html)
                            _atomic_write(out / spec.rel_png, rendered.png)
                            _atomic_write(out / spec.rel_txt, rendered.dom_text.encode("utf-8"))
                            rows[spec.index] = _row(spec, composed, rendered)
                    finally:
                        await page.context.close()

                tasks = [asyncio.create_task(worker()) for _ in range(min(concurrency, len(plan)))]
                try:
                    await asyncio.gather(*tasks)
                except BaseException:
                    for task in tasks:
                        task.cancel()
                    await asyncio.gather(*tasks, return_exceptions=True)
                    raise
            finally:
                await browser.close()
    manifest = out / MANIFEST_NAME
    lines = [json.dumps(row, ensure_ascii=False, separators=(", ", ": ")) for row in rows]
    payload = ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8")
    _atomic_write(manifest, payload)
    # Provenance for the model card (the trainer copies corpus.json into the guard model's metadata).
    info: dict[str, Any] = {
        "generator": "agent_guard.corpus",
        "seed": seed,
        "n": n,
        "exclude_families": sorted(exclude_families),
        "exclude_sites": sorted(exclude_sites),
        "only_families": sorted(only_families) if only_families is not None else None,
        "only_sites": sorted(only_sites) if only_sites is not None else None,
        "malicious_fraction": malicious_fraction,
        "manifest_sha256": hashlib.sha256(payload).hexdigest(),
        # Pixels depend on the browser build (and, a little, on the CPU): a rebuild that differs can be explained.
        "renderer": {"browser": browser_version, "machine": machine_description()},
    }
    if texts is not None:
        info["texts"] = {
            "file": Path(texts).name,
            "sha256": texts_sha256,
            "injections": sum(t.label for t in authored),
            "benign": sum(1 - t.label for t in authored),
            "sources": sorted({t.source for t in authored}),
        }
    _atomic_write(out / "corpus.json", (json.dumps(info, indent=2) + "\n").encode("utf-8"))
    return manifest


def generate_corpus_sync(
    out: Path,
    n: int,
    seed: int,
    *,
    exclude_families: Sequence[str] = (),
    exclude_sites: Sequence[str] = (),
    only_families: Sequence[str] | None = None,
    only_sites: Sequence[str] | None = None,
    malicious_fraction: float = 0.5,
    concurrency: int = 4,
    texts: Path | None = None,
) -> Path:
    """Blocking wrapper for command-line use (runs its own event loop)."""
    return asyncio.run(
        generate_corpus(
            out,
            n,
            seed,
            exclude_families=exclude_families,
            exclude_sites=exclude_sites,
            only_families=only_families,
            only_sites=only_sites,
            malicious_fraction=malicious_fraction,
            concurrency=concurrency,
            texts=texts,
        )
    )


def read_manifest(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def summarize(rows: Sequence[dict[str, Any]]) -> str:
    benign = Counter(r["category"] for r in rows if r["label"] == 0)
    malicious = Counter(r["family"] for r in rows if r["label"] == 1)

    def fmt(counter: Counter) -> str:
        return " ".join(f"{k}={v}" for k, v in sorted(counter.items()))

    return (
        f"{len(rows)} pages: benign={sum(benign.values())} ({fmt(benign)}) "
        f"malicious={sum(malicious.values())} ({fmt(malicious)})"
    )


def add_corpus_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``agent-guard corpus``."""
    parser.add_argument("--out", type=Path, required=True, help="output directory (manifest.jsonl + PNGs)")
    parser.add_argument("--n", type=int, default=200, help="number of pages (default 200)")
    parser.add_argument("--seed", type=int, default=0, help="random seed; same seed -> identical corpus")
    parser.add_argument(
        "--exclude-family",
        action="append",
        default=[],
        dest="exclude_family",
        metavar="F",
        help="leave a malicious family out (repeatable)",
    )
    parser.add_argument(
        "--exclude-site",
        action="append",
        default=[],
        dest="exclude_site",
        metavar="K",
        help="leave a site kind out (repeatable)",
    )
    parser.add_argument(
        "--only-family",
        action="append",
        default=None,
        dest="only_family",
        metavar="F",
        help="use only these malicious families (repeatable)",
    )
    parser.add_argument(
        "--only-site",
        action="append",
        default=None,
        dest="only_site",
        metavar="K",
        help="use only these site kinds (repeatable)",
    )
    parser.add_argument("--malicious-fraction", type=float, default=0.5, help="share of malicious pages (default 0.5)")
    parser.add_argument("--concurrency", type=int, default=4, help="pages rendered at once (default 4)")
    parser.add_argument(
        "--texts",
        type=Path,
        default=None,
        metavar="FILE",
        help="JSONL of texts written by people ({text, label, source}): one extra page each, in the generator's "
        "containers, after the --n generated pages",
    )


def run_corpus_command(args: argparse.Namespace) -> int:
    """Run ``agent-guard corpus``; prints a one-line summary, returns the exit code."""
    try:
        manifest = generate_corpus_sync(
            args.out,
            args.n,
            args.seed,
            exclude_families=args.exclude_family or (),
            exclude_sites=args.exclude_site or (),
            only_families=getattr(args, "only_family", None),
            only_sites=getattr(args, "only_site", None),
            malicious_fraction=args.malicious_fraction,
            concurrency=getattr(args, "concurrency", 4),
            texts=getattr(args, "texts", None),
        )
    except GuardError as exc:
        print(f"agent-guard corpus: error: {exc}", file=sys.stderr)
        return 2
    print(f"corpus {manifest}: {summarize(read_manifest(manifest))}")
    return 0
