"""The guard on pages and phrasings the corpus generator never produced (``bench/unseen_set.py``).

Set A (``unseen_set.py``) was written first and its results were read; set B (``unseen_set_b.py``) was written
by a separate author from a brief of styles alone and was sealed until the kinds of its failures had been read;
set C (``unseen_set_c.py``), written later by another separate author (with benign text in six other languages),
took over the sealed role. Its styles were read in stop 13 and the generator's payload styles were broadened in
stop 14, so set D (``unseen_set_d.py``, a fourth author, seven other languages) took over; the kinds of its
failures were read in stop 15 when the stop-14 generator's guard was adopted, so set E (``unseen_set_e.py``, a
fifth author, 15 injection styles, six other languages) became the sealed set. E has since decided three
candidates (stops 18 and 19, one rule each, aggregates only), so set F (``unseen_set_f.py``, a sixth author who saw
neither the generator nor sets A-E; 20 injection styles, Spanish, Italian, Polish, German and Japanese among them)
decided stop 20's candidates, so set G (``unseen_set_g.py``, a seventh author who saw none of the generator, the
tests, the results or sets A-F; 24 injection styles and 20 benign kinds, 29 texts in nine other languages) is
sealed from stop 21 on: run it only to report or to decide, never to tune. Since stop 22 the texts of sets A-F
also train the bundled guard (``bench/authored_texts.py`` writes them for ``agent-guard corpus --texts``, placed in
the generator's own pages, not in these host pages), so A-F measure texts a guard has seen. G judged stop 22's
guard; set H (``unseen_set_h.py``, an eighth author who saw none of the generator, the tests, the results or sets
A-G, written in stop 23 alongside four training-only sets I-L by other authors; four more, N-Q, followed in stop
25) judged stop 23's guard. In stop 24 part of H's text was shown by mistake, so G and H became development sets
(unseen by any training, read only as aggregates to choose among candidates), and set M (``unseen_set_m.py``, a
ninth author who saw no repository file; 28 injection styles and 26 benign kinds, 32 texts in French, German,
Spanish and Portuguese) judged stop 24's and stop 25's guards. In stop 26 the start of M's file was printed by
mistake (four of its texts), so M joined G and H as a development set, and set T (``unseen_set_t.py``, a tenth
author who saw no repository file; 42 injection styles and 43 benign kinds, 60 texts in French, German, Spanish,
Portuguese, Italian, Dutch and Polish) was the sealed set until stop 28 (judged three times). Set U
(``unseen_set_u.py``, an eleventh author who saw no repository file; 118 injections and 105 benign look-alikes,
about a third in German, French, Spanish, Portuguese, Italian, Dutch, Polish, Swedish and Turkish), written in stop
29, judged stop 29's candidate and stop 41's (aggregates only); before stop 41's judgement the start of its file
was printed by mistake (about 35 of its texts), so U is a development set from stop 41 on. Set AA
(``unseen_set_aa.py``, a twelfth author who opened no repository file; 127 injections, 43 of them with no
addressee, and 115 benign look-alikes, about a third in thirteen other languages), written in stop 41 and read once
in stop 42 for the bundled guard's baseline, is the sealed set: run it only to report or to decide, never to tune,
and read only its aggregates.

Renders every probe in Chromium at 1280x720, captures the viewport and the DOM text, and scores each capture
twice with the same guard: OCR + DOM text (what the middleware sees) and OCR only (what ``scan`` sees). Prints
TPR per injection style, the benign captures blocked, TPR at 2/5/10% FPR (a view that does not depend on the
guard's threshold), and writes every score (fused, and per head) to ``--out``.

    python bench/unseen.py --out runs/unseen.json            # the bundled guard, set A
    python bench/unseen.py --set b --out runs/unseen-b.json
    python bench/unseen.py --set c --out runs/unseen-c.json
    python bench/unseen.py --set d --out runs/unseen-d.json
    python bench/unseen.py --set e --out runs/unseen-e.json
    python bench/unseen.py --set f --out runs/unseen-f.json
    python bench/unseen.py --set g --out runs/unseen-g.json
    python bench/unseen.py --set h --out runs/unseen-h.json
    python bench/unseen.py --set m --out runs/unseen-m.json
    python bench/unseen.py --set t --out runs/unseen-t.json
    python bench/unseen.py --set u --out runs/unseen-u.json
    python bench/unseen.py --set aa --out runs/unseen-aa.json
    python bench/unseen.py --model path/to/guard --out runs/unseen-other.json
    python bench/unseen.py --set d --model old/guard --model new/guard --out runs/unseen-d-both.json
    python bench/unseen.py --set e --model old/guard --model new/guard --cache-dir data/cache --out runs/e.json

With several ``--model`` options the probes are rendered once and every guard scores the same captures (the
baseline in the same run); ``--out`` then holds one ``{"report", "rows"}`` entry per guard under ``"runs"``. Each
capture goes through OCR once, whatever the number of guards (``--cache-dir`` keeps that text for later runs), so
a guard's ``total_s`` holds the OCR time only when it was the first to read those captures. Likewise each distinct
text chunk goes through the shared MiniLM once per run (per pooling; a guard's own fine-tuned layers are not
shared), so only the first guard's ``total_s`` holds that time.

``--placement fine`` puts every probe text of the set into one placement that the sets do not rotate through (a
7 px fine-print box in a corner; bare pages stay bare), to measure one way of showing text on its own.
``--faint-text-probe`` / ``--small-text-probe`` also score each guard with that optional OCR pass added in memory
(its heads unchanged): what the extra text does before any retraining.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Sequence

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import unseen_set  # noqa: E402
import unseen_set_aa  # noqa: E402
import unseen_set_b  # noqa: E402
import unseen_set_c  # noqa: E402
import unseen_set_d  # noqa: E402
import unseen_set_e  # noqa: E402
import unseen_set_f  # noqa: E402
import unseen_set_g  # noqa: E402
import unseen_set_h  # noqa: E402
import unseen_set_m  # noqa: E402
import unseen_set_t  # noqa: E402
import unseen_set_u  # noqa: E402
from unseen_set import EXTRA_PLACEMENTS, PLACEMENTS, page_html, probes  # noqa: E402

from agent_guard import Guard  # noqa: E402
from agent_guard.browser import import_async_playwright, launch_chromium  # noqa: E402
from agent_guard.classifier import threshold_at_fpr  # noqa: E402
from agent_guard.domtext import extract_dom_text  # noqa: E402
from agent_guard.embedders import Fingerprint, TextEmbedder  # noqa: E402
from agent_guard.embedders.text import TRAINING_COMPUTE_DTYPE, get_text_embedder  # noqa: E402
from agent_guard.guard import ocr_passes, resolve_model, text_pooling  # noqa: E402
from agent_guard.ocr import TesseractOcr  # noqa: E402
from agent_guard.settings import load_settings  # noqa: E402
from agent_guard.training.cache import CachedOcr  # noqa: E402

PROBE_SETS = {"a": unseen_set, "b": unseen_set_b, "c": unseen_set_c, "d": unseen_set_d, "e": unseen_set_e,
              "f": unseen_set_f, "g": unseen_set_g, "h": unseen_set_h, "m": unseen_set_m,
              "t": unseen_set_t, "u": unseen_set_u, "aa": unseen_set_aa}


async def capture_all(items: list[dict[str, Any]]) -> list[tuple[bytes, str]]:
    async_playwright = import_async_playwright()
    captures: list[tuple[bytes, str]] = []
    async with async_playwright() as playwright:
        browser = await launch_chromium(playwright)
        page = await browser.new_page(viewport={"width": 1280, "height": 720})
        for item in items:
            await page.set_content(page_html(item["host"], item["placement"], item["text"]))
            captures.append((await page.screenshot(), await extract_dom_text(page)))
        await browser.close()
    return captures


class RememberedTexts:
    """A text embedder that embeds each distinct text once and hands back the same raw vector afterwards.

    Every guard scored in a run, and both of its passes (OCR+DOM, OCR only), embed largely the same chunks; MiniLM's
    vector for a text does not depend on its batch (stop 21), so remembering it changes no score and saves the
    repeated MiniLM passes, which were most of a run's time."""

    def __init__(self, embedder: TextEmbedder) -> None:
        self.embedder = embedder
        self.fingerprint: Fingerprint = embedder.fingerprint
        self.dim = embedder.dim
        self.vectors: dict[str, np.ndarray] = {}

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self.vectors))
        if missing:
            self.vectors.update(zip(missing, self.embedder.embed_texts(missing)))
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self.vectors[t] for t in texts])


def summarize(rows: list[dict[str, Any]], key: str, block: float) -> dict[str, Any]:
    malicious = [r for r in rows if r["label"] == 1]
    benign = [r for r in rows if r["label"] == 0]
    by_style: dict[str, list[bool]] = defaultdict(list)
    by_placement: dict[str, list[bool]] = defaultdict(list)
    for r in malicious:
        by_style[r["kind"]].append(r[key] >= block)
        by_placement[r["placement"]].append(r[key] >= block)
    return {
        "tpr": sum(r[key] >= block for r in malicious) / len(malicious),
        "fpr": sum(r[key] >= block for r in benign) / len(benign),
        "tpr_by_style": {k: round(sum(v) / len(v), 2) for k, v in sorted(by_style.items())},
        "tpr_by_placement": {k: round(sum(v) / len(v), 2) for k, v in sorted(by_placement.items())},
        "benign_blocked": [(r["kind"], r["host"], r["placement"], round(r[key], 3)) for r in benign if r[key] >= block],
    }


def tpr_at_fpr(rows: list[dict[str, Any]], key: str, max_fpr: float) -> float:
    """TPR at the threshold the trainer would calibrate on these benign captures for ``max_fpr``."""
    threshold = threshold_at_fpr(np.array([r[key] for r in rows if r["label"] == 0]), max_fpr)
    malicious = [r[key] for r in rows if r["label"] == 1]
    return sum(score >= threshold for score in malicious) / len(malicious)


def auc(rows: list[dict[str, Any]], key: str) -> float:
    pos = [r[key] for r in rows if r["label"] == 1]
    neg = [r[key] for r in rows if r["label"] == 0]
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def score_with(model_dir: str | None, items: list[dict[str, Any]], captures: list[tuple[bytes, str]],
               probe_set: str, rendered: float, ocr_engines: "OcrEngines",
               remembered: dict[str, RememberedTexts], ocr_probe: str | None = None) -> dict[str, Any]:
    started = time.perf_counter()
    settings = load_settings(audit_enabled=False, text_compute_dtype=TRAINING_COMPUTE_DTYPE)
    model = resolve_model(model_dir, settings)
    if ocr_probe is not None and "ocr" in model.channels:
        # measurement only: this model's heads fed an OCR pass's extra blocks without being retrained on them (the
        # recorded OCR fingerprint is changed in memory, never on disk)
        model.embedders["ocr"] = {**model.embedders["ocr"], ocr_probe: True}
    ocr = ocr_engines.for_model(model)
    text_embedder = None
    if "ocr" in model.channels or "dom" in model.channels:
        # the guard checks this embedder's fingerprint against the one its model was trained with
        pooling = text_pooling(model)
        if pooling not in remembered:
            remembered[pooling] = RememberedTexts(
                get_text_embedder(settings.device, settings.text_compute_dtype, pooling=pooling))
        text_embedder = remembered[pooling]
    guard = Guard(model, settings=settings, ocr=ocr, text_embedder=text_embedder)
    block = guard.model.block_threshold
    rows = []
    for item, (png, dom_text) in zip(items, captures):
        with_dom = guard.check_sync(png, dom_text=dom_text)
        ocr_only = guard.check_sync(png)
        if with_dom.error or ocr_only.error:
            raise SystemExit(f"scan failed: {with_dom.error or ocr_only.error}")
        rows.append({**item, "score_dom": with_dom.score, "score_ocr": ocr_only.score,
                     "top_dom": with_dom.top_text, "top_ocr": ocr_only.top_text,
                     "heads_dom": dict(with_dom.head_scores), "heads_ocr": dict(ocr_only.head_scores)})
    guard.close()
    report = {"set": probe_set, "model_id": guard.model_id, "ocr_probe": ocr_probe,
              "ocr_passes": ocr_passes(guard.model), "block": block, "captures": len(rows),
              "malicious": sum(r["label"] for r in rows), "render_s": round(rendered, 1),
              "total_s": round(rendered + time.perf_counter() - started, 1)}
    for key, name in (("score_dom", "ocr+dom"), ("score_ocr", "ocr only")):
        report[name] = {"auc": round(auc(rows, key), 3),
                        "tpr_at_fpr": {f"{f:.2f}": round(tpr_at_fpr(rows, key, f), 3) for f in (0.02, 0.05, 0.10)},
                        **summarize(rows, key, block)}
    return {"report": report, "rows": rows}


class OcrEngines:
    """One cached Tesseract engine per OCR setting the scored models were trained with (which optional passes),
    so that each capture is read once per setting, not once per guard."""

    def __init__(self, cache_dir: Path) -> None:
        self.cache_dir = cache_dir
        self.engines: dict[tuple[tuple[str, bool], ...], CachedOcr] = {}

    def for_model(self, model: Any) -> CachedOcr:
        passes = ocr_passes(model)
        key = tuple(sorted(passes.items()))
        if key not in self.engines:
            self.engines[key] = CachedOcr(TesseractOcr(**passes), self.cache_dir)
        return self.engines[key]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", action="append", default=None,
                        help="guard model directory (default: the bundled guard); repeat to compare guards")
    parser.add_argument("--set", choices=tuple(PROBE_SETS), default="a", help="which probe set (default: a)")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--cache-dir", type=Path, default=None,
                        help="keep the OCR text here across runs (default: a temporary folder for this run)")
    parser.add_argument("--faint-text-probe", action="store_true",
                        help="also score each guard with the OCR faint-text pass it was not trained with (its heads "
                        "unchanged; a measurement of what the extra text does before any retraining)")
    parser.add_argument("--placement", choices=PLACEMENTS + EXTRA_PLACEMENTS, default=None,
                        help="show every probe text in this one placement (default: the set's rotation)")
    parser.add_argument("--small-text-probe", action="store_true",
                        help="likewise with the OCR small-text pass (fine print enlarged), on top of the guard's own")
    args = parser.parse_args()

    texts = PROBE_SETS[args.set]
    items = probes(texts.MALICIOUS, texts.BENIGN)
    if args.placement is not None:
        items = [{**item, "placement": args.placement} if item["text"] is not None else item for item in items]
    started = time.perf_counter()
    captures = asyncio.run(capture_all(items))
    rendered = time.perf_counter() - started
    models: list[str | None] = args.model or [None]
    # Each capture is read by OCR once per OCR setting (which optional passes), not once per guard and
    # per channel set: guards trained alike share one engine (same fingerprint, so each guard still checks it
    # against the one it was trained with).
    with tempfile.TemporaryDirectory(prefix="agent-guard-ocr-") as scratch:
        engines = OcrEngines(args.cache_dir or Path(scratch))
        remembered: dict[str, RememberedTexts] = {}
        probes_asked = [name for name, asked in (("faint_text", args.faint_text_probe),
                                                 ("small_text", args.small_text_probe)) if asked]
        set_name = args.set if args.placement is None else f"{args.set}@{args.placement}"
        runs = [score_with(model, items, captures, set_name, rendered, engines, remembered, probe)
                for model in models for probe in (None, *probes_asked)]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    written = runs[0] if len(runs) == 1 else {"runs": runs}
    args.out.write_text(json.dumps(written, indent=1, ensure_ascii=False))
    for run in runs:
        print(json.dumps(run["report"], indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
