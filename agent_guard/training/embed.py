"""Embedding a dataset through ``FeatureExtractor.extract``, batched, with decode in worker threads and a cache.

Cached captures are read back; the others are decoded by a small thread pool (the next batch decodes while the
current one is embedded), embedded ``batch_size`` at a time, and each result is written to the cache as soon as
its batch is done, so an interrupted run keeps everything it finished. Unreadable images (found when decoding)
and captures the extractor fails on are collected and reported together at the end, after everything else has
been embedded and cached.
"""

from __future__ import annotations

import sys
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Iterator, Sequence, TextIO

from agent_guard.errors import DatasetError, EmbedderError, GuardError
from agent_guard.features import FeatureExtractor
from agent_guard.imaging import load_capture
from agent_guard.training.cache import EmbeddingCache
from agent_guard.training.dataset import Row, read_dom_text
from agent_guard.types import Capture, Features


@dataclass
class EmbedResult:
    features: dict[int, Features]  # row.index -> features
    embedded: int = 0
    from_cache: int = 0
    seconds: float = 0.0  # wall-clock of the embedding of the misses (decode + extract + cache writes)
    failures: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.embedded / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        rate = f" ({self.rate:.2f} captures/s)" if self.embedded else ""
        return f"embedded {self.embedded}, from cache {self.from_cache}{rate}"


class Progress:
    """A tqdm bar on a terminal, plain lines (at most one every few seconds) otherwise; always on stderr."""

    def __init__(self, total: int, *, enabled: bool = True, stream: TextIO | None = None, label: str = "embedding"):
        self.total = total
        self.done = 0
        self.stream = stream or sys.stderr
        self.enabled = enabled and total > 0
        self.label = label
        self._bar = None
        self._started = time.perf_counter()
        self._last_line = 0.0
        if self.enabled and getattr(self.stream, "isatty", lambda: False)():
            try:
                from tqdm import tqdm

                self._bar = tqdm(total=total, desc=label, unit="img", file=self.stream, leave=False)
            except ImportError:
                self._bar = None

    def update(self, count: int) -> None:
        self.done += count
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.update(count)
            return
        now = time.perf_counter()
        if now - self._last_line >= 5.0 or self.done >= self.total:
            elapsed = now - self._started
            rate = self.done / elapsed if elapsed > 0 else 0.0
            print(f"{self.label}: {self.done}/{self.total} ({rate:.2f}/s)", file=self.stream, flush=True)
            self._last_line = now

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def dom_shas(rows: Sequence[Row], uses_dom: bool) -> dict[int, str]:
    """The cache/dedupe key of each row's DOM text (``-`` when the model does not read DOM text)."""
    from agent_guard.training.dataset import text_sha256

    return {row.index: text_sha256(read_dom_text(row)) if uses_dom else "-" for row in rows}


def embed_rows(
    rows: Sequence[Row],
    extractor: FeatureExtractor,
    *,
    cache: EmbeddingCache | None,
    dom_keys: dict[int, str],
    max_pixels: int,
    batch_size: int = 32,
    workers: int = 2,
    progress: bool = True,
) -> EmbedResult:
    uses_dom = "dom" in extractor.channels
    result = EmbedResult(features={})
    misses: list[Row] = []
    for row in rows:
        hit = cache.get(row.sha256, dom_keys[row.index]) if cache is not None else None
        if hit is not None:
            result.features[row.index] = hit
            result.from_cache += 1
        else:
            misses.append(row)
    if not misses:
        return result

    def decode(row: Row) -> Capture | str:
        try:
            dom_text = read_dom_text(row) if uses_dom else None
            capture = load_capture(row.path, max_pixels=max_pixels, dom_text=dom_text)
        except DatasetError as exc:
            return f"{row.where} ({exc})"
        except GuardError as exc:  # ImageError and friends
            message = str(exc).replace(str(row.path), "").lstrip(": ")
            return f"{row.where} (unreadable image: {message})"
        if capture.sha256 != row.sha256:
            return f"{row.where} (the file changed while the dataset was being read)"
        return capture

    started = time.perf_counter()
    bar = Progress(len(misses), enabled=progress)
    try:
        with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="decode") as pool:
            for batch, decoded in _prefetched(pool, misses, batch_size, decode):
                ready = [(row, item) for row, item in zip(batch, decoded) if not isinstance(item, str)]
                result.failures.extend(item for item in decoded if isinstance(item, str))
                if ready:
                    outcomes = _extract(extractor, [capture for _, capture in ready])
                    for (row, capture), outcome in zip(ready, outcomes):
                        if isinstance(outcome, GuardError):
                            result.failures.append(f"{row.where} (extraction failed: {outcome})")
                            continue
                        if cache is not None:
                            cache.put(row.sha256, dom_keys[row.index], outcome)
                        result.features[row.index] = outcome
                        result.embedded += 1
                bar.update(len(batch))
    finally:
        bar.close()
        result.seconds = time.perf_counter() - started
    return result


def _prefetched(
    pool: ThreadPoolExecutor, rows: list[Row], batch_size: int, decode
) -> Iterator[tuple[list[Row], list[Capture | str]]]:
    """Yield (batch, decoded) while the next batch decodes in the pool."""
    batches = [rows[i : i + batch_size] for i in range(0, len(rows), batch_size)]
    pending: list[Future] | None = None
    for index, batch in enumerate(batches):
        current = pending if pending is not None else [pool.submit(decode, row) for row in batch]
        pending = (
            [pool.submit(decode, row) for row in batches[index + 1]] if index + 1 < len(batches) else None
        )
        yield batch, [future.result() for future in current]


def _extract(extractor: FeatureExtractor, captures: list[Capture]) -> list[Features | GuardError]:
    """One ``extract`` call for the batch; on failure, capture by capture so one bad capture names itself.

    When every capture of the batch fails on its own too, the failure is systemic (a broken engine, not a bad
    image) and is raised instead of being blamed on the rows.
    """
    try:
        return list(extractor.extract(captures))
    except GuardError:
        pass
    outcomes = extractor.extract_isolated(captures) if len(captures) > 1 else _single(extractor, captures[0])
    errors = [o for o in outcomes if isinstance(o, GuardError)]
    if errors and len(errors) == len(outcomes) and len(outcomes) > 1:
        raise EmbedderError(f"feature extraction failed for a whole batch of {len(outcomes)}: {errors[0]}")
    return outcomes


def _single(extractor: FeatureExtractor, capture: Capture) -> list[Features | GuardError]:
    try:
        return list(extractor.extract([capture]))
    except GuardError as exc:
        return [exc]
