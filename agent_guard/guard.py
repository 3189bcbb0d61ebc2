"""``Guard``: one capture in, one typed ``Verdict`` out.

``await guard.check(image)`` queues the capture for a micro-batch: captures arriving within ``batch_window_ms`` of
each other (from many pages or agents sharing this guard) are decoded, embedded and scored together on one worker
thread, so the event loop never waits on a model and one accelerator serves many agents. Identical captures
(same bytes, same DOM text) reuse their verdict from a small LRU cache.

``guard.check_sync(image)`` runs the same pipeline in the calling thread, with no event loop involved.

Errors never escape as exceptions from ``check``: an unreadable image, a failing embedder or a timeout becomes a
verdict with ``status=error`` whose decision follows the fail mode (BLOCK unless fail-open was chosen).
"""

from __future__ import annotations

import asyncio
import hashlib
import threading
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping

from agent_guard.embedders import ImageEmbedder, OcrEngine, TextEmbedder
from agent_guard.errors import ConfigurationError, GuardError, ModelError, VerdictTimeoutError
from agent_guard.features import FeatureExtractor
from agent_guard.imaging import ImageSource, load_capture
from agent_guard.model import GuardModel
from agent_guard.policy import Policy, Thresholds
from agent_guard.settings import GuardSettings, load_settings
from agent_guard.types import ActionKind, Capture, Decision, Features, Scores, Status, Verdict

if TYPE_CHECKING:
    from agent_guard.middleware import ProtectedTarget

BUNDLED_MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "default"


def bundled_model_dir() -> Path:
    return BUNDLED_MODEL_DIR


def resolve_model(model: GuardModel | str | Path | None, settings: GuardSettings) -> GuardModel:
    if isinstance(model, GuardModel):
        return model
    return GuardModel.load(model_folder(model, settings))


def model_folder(model: str | Path | None, settings: GuardSettings) -> Path:
    """The folder a guard loads from: ``model`` when given, else the settings' ``model_dir``, else the bundled guard."""
    directory = Path(model) if model is not None else settings.model_dir
    if directory is None:
        directory = bundled_model_dir()
        if not (directory / "guard.json").exists():
            raise ModelError(
                f"no guard model given and no bundled guard at {directory}: build it with `make model`, "
                "or pass a model folder (--model DIR / AGENT_GUARD_MODEL_DIR)"
            )
    return directory


def text_pooling(model: GuardModel) -> str:
    """The pooling of the MiniLM the model's text heads were trained on."""
    # a model trained before poolings existed records none: the sentence embedding
    return str(model.embedders["text"].get("pooling", "sentence"))


def ocr_passes(model: GuardModel) -> dict[str, bool]:
    """Which optional OCR passes (``TesseractOcr`` keywords: ``faint_text``, ``small_text``) the model's OCR channel
    was trained with, each True or False."""
    from agent_guard.ocr import OPTIONAL_PASSES

    recorded = model.embedders.get("ocr", {})
    # models from before an option record nothing for it: they were trained without it
    return {name: bool(recorded.get(name, False)) for name in OPTIONAL_PASSES}


def build_extractor(
    model: GuardModel,
    settings: GuardSettings,
    *,
    image_embedder: ImageEmbedder | None = None,
    text_embedder: TextEmbedder | None = None,
    ocr: OcrEngine | None = None,
    tuned_text_embedder: TextEmbedder | None = None,
) -> FeatureExtractor:
    """The components this model was trained with (loaded once per process), checked against its fingerprints."""
    from agent_guard.embedders.fake import fake_from_fingerprint

    if "image" in model.channels and image_embedder is None:
        image_embedder = fake_from_fingerprint(model.embedders["image"])  # type: ignore[assignment]
    if "text" in model.embedders and text_embedder is None:
        text_embedder = fake_from_fingerprint(model.embedders["text"])  # type: ignore[assignment]
    if "image" in model.channels and image_embedder is None:
        from agent_guard.embedders.clip import embedder_from_fingerprint

        image_embedder = embedder_from_fingerprint(
            model.embedders["image"],
            device=settings.device,
            checkpoint=settings.clip_checkpoint,
            allow_untrained_weights=settings.allow_untrained_weights,
        )
    if ("ocr" in model.channels or "dom" in model.channels) and text_embedder is None:
        from agent_guard.embedders.text import get_text_embedder

        text_embedder = get_text_embedder(settings.device, settings.text_compute_dtype, pooling=text_pooling(model))
    if model.tuned_layers is not None and tuned_text_embedder is None:
        from agent_guard.embedders.text import get_text_embedder

        tuned_text_embedder = get_text_embedder(
            settings.device, settings.text_compute_dtype, tuned_layers=model.tuned_layers
        )
    if "ocr" in model.channels and ocr is None:
        from agent_guard.ocr import TesseractOcr

        ocr = TesseractOcr(**ocr_passes(model))
    extractor = FeatureExtractor(
        model.channels,
        image_embedder=image_embedder,
        text_embedder=text_embedder,
        ocr=ocr,
        ocr_workers=settings.ocr_workers,
        tuned_text_embedder=tuned_text_embedder,
    )
    model.check_embedders(extractor.fingerprints())
    return extractor


def policy_from(model: GuardModel, settings: GuardSettings) -> Policy:
    block = settings.block_threshold if settings.block_threshold is not None else model.block_threshold
    flag = settings.flag_threshold if settings.flag_threshold is not None else min(model.flag_threshold, block)
    return Policy(Thresholds(flag=flag, block=block), shadow=settings.shadow, fail_mode=settings.fail_mode)


@dataclass
class _Scored:
    sha256: str
    scores: Scores
    timings_ms: Mapping[str, float]
    text_sources: tuple[str, ...]
    cached: bool = False


@dataclass
class _Pending:
    source: ImageSource
    dom_text: str | None
    future: "asyncio.Future[_Scored | GuardError]"
    queued_at: float = field(default_factory=time.perf_counter)


class Guard:
    """Classifies captures with a guard model and turns scores into decisions.

    Components (embedders, OCR) are built from the model's metadata unless passed in — pass fakes from
    ``agent_guard.embedders.fake`` in tests. Explicit keyword ``overrides`` beat ``settings``, which beat the
    environment (``AGENT_GUARD_*``).
    """

    def __init__(
        self,
        model: GuardModel | str | Path | None = None,
        *,
        settings: GuardSettings | None = None,
        image_embedder: ImageEmbedder | None = None,
        text_embedder: TextEmbedder | None = None,
        ocr: OcrEngine | None = None,
        policy: Policy | None = None,
        **overrides: Any,
    ) -> None:
        self.settings = load_settings(settings, **overrides)
        self.model = resolve_model(model, self.settings)
        self.extractor = build_extractor(
            self.model, self.settings, image_embedder=image_embedder, text_embedder=text_embedder, ocr=ocr
        )
        self.policy = policy or policy_from(self.model, self.settings)
        self.model_id = self.model.model_id
        self._cache: OrderedDict[tuple[str, str], _Scored] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._model_lock = threading.Lock()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="agent-guard")
        self._decoders = ThreadPoolExecutor(
            max_workers=self.settings.decode_workers, thread_name_prefix="agent-guard-decode"
        )
        self._pending: list[_Pending] = []
        self._flush_handle: asyncio.TimerHandle | None = None
        self._busy = False
        self._closed = False
        self.stats = {"batches": 0, "captures": 0, "cache_hits": 0, "max_batch": 0}

    # -- public API -------------------------------------------------------------------------------------------

    @property
    def channels(self) -> tuple[str, ...]:
        return self.model.channels

    async def check(
        self,
        image: ImageSource,
        *,
        dom_text: str | None = None,
        action: str | ActionKind | None = None,
        timeout: float | None = None,
    ) -> Verdict:
        """Classify one capture; never raises for a bad capture or a model failure (see the fail mode)."""
        started = time.perf_counter()
        wait = self.settings.verdict_timeout_s if timeout is None else timeout
        hit = self._cache_lookup(image, dom_text)
        if hit is not None:
            return self._verdict(hit, action, started)
        if self._closed:
            return self._verdict(GuardError("guard is closed"), action, started)
        loop = asyncio.get_running_loop()
        future: asyncio.Future[_Scored | GuardError] = loop.create_future()
        self._pending.append(_Pending(image, dom_text, future))
        self._schedule_flush(loop)
        try:
            result = await asyncio.wait_for(asyncio.shield(future), wait)
        except asyncio.TimeoutError:
            future.cancel()  # nobody waits for it any more: a batch not yet started drops it
            result = VerdictTimeoutError(f"no verdict within {wait:.3g} s")
        return self._verdict(result, action, started)

    def check_sync(
        self, image: ImageSource, *, dom_text: str | None = None, action: str | ActionKind | None = None
    ) -> Verdict:
        """The same classification, in the calling thread; safe with or without a running event loop."""
        started = time.perf_counter()
        hit = self._cache_lookup(image, dom_text)
        if hit is not None:
            return self._verdict(hit, action, started)
        result = self._process_batch([(image, dom_text)])[0]
        return self._verdict(result, action, started)

    def verdict_for_error(self, error: GuardError, action: str | ActionKind | None = None) -> Verdict:
        """A verdict for a failure that happened outside the guard (page closed, capture failed...)."""
        return self._verdict(error, action, time.perf_counter())

    def skipped_verdict(self, reason: str, action: str | ActionKind | None = None) -> Verdict:
        return Verdict(
            decision=Decision.ALLOW, status=Status.SKIPPED, score=None, reason=reason,
            model_id=self.model_id, action=str(action.value if isinstance(action, ActionKind) else action)
            if action is not None else None,
        )

    def protect(self, target: Any, **options: Any) -> "ProtectedTarget":
        """Guard a Playwright ``Page`` or ``BrowserContext``: ``async with guard.protect(page) as page: ...``."""
        from agent_guard.middleware import protect

        return protect(self, target, **options)

    def close(self) -> None:
        self._closed = True
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._decoders.shutdown(wait=False, cancel_futures=True)
        pending, self._pending = self._pending, []
        for item in pending:
            # Checks still queued get an error verdict now instead of waiting out their timeout.
            _resolve_threadsafe(item.future, GuardError("guard is closed"))

    async def aclose(self) -> None:
        self.close()

    def __enter__(self) -> "Guard":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> "Guard":
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.close()

    # -- batching ---------------------------------------------------------------------------------------------

    def _schedule_flush(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._busy:
            return  # the running batch's completion flushes what accumulated meanwhile
        if len(self._pending) >= self.settings.max_batch_size or self.settings.batch_window_ms == 0:
            self._flush(loop)
        elif self._flush_handle is None:
            self._flush_handle = loop.call_later(self.settings.batch_window_ms / 1000.0, self._flush, loop)

    def _flush(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._flush_handle is not None:
            self._flush_handle.cancel()
            self._flush_handle = None
        self._pending = [p for p in self._pending if not p.future.done()]
        if self._busy or not self._pending:
            return
        batch = self._pending[: self.settings.max_batch_size]
        self._pending = self._pending[self.settings.max_batch_size :]
        self._busy = True
        try:
            work = loop.run_in_executor(
                self._executor, self._process_batch, [(p.source, p.dom_text) for p in batch]
            )
        except RuntimeError as exc:  # executor shut down
            self._busy = False
            for pending in batch:
                if not pending.future.done():
                    pending.future.set_result(GuardError(f"guard is closed: {exc}"))
            return
        work.add_done_callback(lambda done: self._batch_done(loop, batch, done))

    def _batch_done(self, loop: asyncio.AbstractEventLoop, batch: list[_Pending], done: "asyncio.Future[Any]") -> None:
        self._busy = False
        if self._closed:
            results: list[Any] = [GuardError("guard is closed")] * len(batch)
        elif done.cancelled():
            results = [GuardError("batch cancelled")] * len(batch)
        elif done.exception() is not None:
            exc = done.exception()
            results = [exc if isinstance(exc, GuardError) else GuardError(f"internal error: {exc!r}")] * len(batch)
        else:
            results = done.result()
        for pending, result in zip(batch, results):
            if not pending.future.done():
                pending.future.set_result(result)
        if self._pending and not self._closed:
            self._schedule_flush(loop)

    def _process_batch(self, items: list[tuple[ImageSource, str | None]]) -> list[_Scored | GuardError]:
        """Decode, embed and score a batch; each item gets its own result or error. Runs on the worker thread."""
        results: list[_Scored | GuardError | None] = [None] * len(items)
        captures = []
        for index, capture in enumerate(self._decode_all(items)):
            if isinstance(capture, GuardError):
                results[index] = capture
                continue
            cached = self._cache_get((capture.sha256, _text_key(capture.dom_text)))
            if cached is not None:
                results[index] = cached
            else:
                captures.append((index, capture))
        if captures:
            outcomes: list[tuple[Features, Scores] | GuardError]
            try:
                with self._model_lock:
                    features = self.extractor.extract_isolated([c for _, c in captures])
                    outcomes = [f if isinstance(f, GuardError) else self._score_one(f) for f in features]
            except GuardError as exc:
                outcomes = [exc] * len(captures)
            except Exception as exc:  # noqa: BLE001 - a bug must become a verdict, not kill the agent
                outcomes = [GuardError(f"internal error: {exc!r}")] * len(captures)
            for (index, capture), outcome in zip(captures, outcomes):
                if isinstance(outcome, GuardError):
                    results[index] = outcome
                    continue
                feature, scores = outcome
                entry = _Scored(
                    sha256=capture.sha256,
                    scores=scores,
                    timings_ms=dict(feature.timings_ms),
                    text_sources=tuple(feature.text_sources),
                )
                self._cache_put((capture.sha256, _text_key(capture.dom_text)), entry)
                results[index] = entry
        self.stats["batches"] += 1
        self.stats["captures"] += len(items)
        self.stats["max_batch"] = max(self.stats["max_batch"], len(items))
        return [r if r is not None else GuardError("internal error: no result") for r in results]

    def _decode_one(self, item: tuple[ImageSource, str | None]) -> Capture | GuardError:
        source, dom_text = item
        try:
            return load_capture(source, max_pixels=self.settings.max_pixels, dom_text=dom_text)
        except GuardError as exc:
            return exc

    def _decode_all(self, items: list[tuple[ImageSource, str | None]]) -> list[Capture | GuardError]:
        if len(items) == 1 or self.settings.decode_workers == 1:
            return [self._decode_one(item) for item in items]
        try:
            return list(self._decoders.map(self._decode_one, items))
        except RuntimeError:  # the pool was shut down by close() meanwhile: finish in this thread
            return [self._decode_one(item) for item in items]

    def _score_one(self, features: Features) -> tuple[Features, Scores] | GuardError:
        """One capture's scores; a capture the model cannot score fails alone, not its whole batch."""
        try:
            return features, self.model.score(features)
        except GuardError as exc:
            return exc
        except Exception as exc:  # noqa: BLE001
            return GuardError(f"internal error while scoring: {exc!r}")

    # -- cache ------------------------------------------------------------------------------------------------

    def _cache_lookup(self, image: ImageSource, dom_text: str | None) -> _Scored | None:
        if not isinstance(image, (bytes, bytearray, memoryview)) or self.settings.cache_size == 0:
            return None
        hit = self._cache_get((hashlib.sha256(bytes(image)).hexdigest(), _text_key(dom_text)))
        if hit is not None:
            self.stats["cache_hits"] += 1
        return hit

    def _cache_get(self, key: tuple[str, str]) -> _Scored | None:
        with self._cache_lock:
            entry = self._cache.get(key)
            if entry is None:
                return None
            self._cache.move_to_end(key)
            return _Scored(entry.sha256, entry.scores, entry.timings_ms, entry.text_sources, cached=True)

    def _cache_put(self, key: tuple[str, str], entry: _Scored) -> None:
        if self.settings.cache_size == 0:
            return
        with self._cache_lock:
            self._cache[key] = entry
            self._cache.move_to_end(key)
            while len(self._cache) > self.settings.cache_size:
                self._cache.popitem(last=False)

    # -- verdicts ---------------------------------------------------------------------------------------------

    def _verdict(self, result: _Scored | GuardError, action: str | ActionKind | None, started: float) -> Verdict:
        action_name = action.value if isinstance(action, ActionKind) else action
        total_ms = (time.perf_counter() - started) * 1000
        if isinstance(result, GuardError):
            decision, would = self.policy.enforce(self.policy.on_failure())
            return Verdict(
                decision=decision,
                status=Status.ERROR,
                score=None,
                reason=f"{type(result).__name__}: {result} (fail-{self.policy.fail_mode.value})",
                model_id=self.model_id,
                action=action_name,
                would_decide=would,
                timings_ms={"total_ms": total_ms},
                error=str(result),
            )
        scores = result.scores
        thresholds = self.policy.thresholds_for(action)
        decision, would = self.policy.enforce(thresholds.decide(scores.score))
        return Verdict(
            decision=decision,
            status=Status.OK,
            score=scores.score,
            reason=_reason(scores, thresholds),
            model_id=self.model_id,
            capture_sha256=result.sha256,
            action=action_name,
            would_decide=would,
            head_scores=scores.head_scores,
            thresholds={"flag": thresholds.flag, "block": thresholds.block},
            view_scores=scores.instance_scores,
            top_instance=scores.top_instance,
            top_text=scores.top_text,
            text_sources=result.text_sources,
            timings_ms={**result.timings_ms, "total_ms": total_ms, "cached": float(result.cached)},
        )


def _resolve_threadsafe(future: "asyncio.Future[Any]", result: Any) -> None:
    def resolve() -> None:
        if not future.done():
            future.set_result(result)

    try:
        future.get_loop().call_soon_threadsafe(resolve)
    except RuntimeError:  # that loop is closed: nobody is waiting any more
        pass


def _text_key(dom_text: str | None) -> str:
    return "" if dom_text is None else hashlib.sha256(dom_text.encode("utf-8", "surrogatepass")).hexdigest()


def _reason(scores: Scores, thresholds: Thresholds) -> str:
    head = thresholds.explain(scores.score)
    detail = f"; strongest evidence {scores.top_instance}"
    if scores.top_text:
        snippet = scores.top_text if len(scores.top_text) <= 120 else scores.top_text[:117] + "..."
        detail += f": {snippet!r}"
    return head + detail


__all__ = [
    "Guard", "resolve_model", "text_pooling", "ocr_passes", "build_extractor", "policy_from",
    "bundled_model_dir",
    "ConfigurationError",
]
