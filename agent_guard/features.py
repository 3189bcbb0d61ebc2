"""The one embedding path: captures -> per-head normalized instances. Guard and trainer both call this.

``image`` head: one instance per view (global + tiles) from the ``ImageEmbedder``.
``text`` head: one instance per text chunk, from OCR of the capture (channel ``ocr``) and/or the page's DOM text
(channel ``dom``), embedded by the ``TextEmbedder``. A capture with no readable text gets one empty-string chunk,
so the head always has an opinion.
``tuned`` head (guards trained with ``--tuned-encoder``): the same chunks embedded again by MiniLM with the guard's
fine-tuned layers (``tuned_text_embedder``), through :func:`tuned_instances`, which the trainer calls too.

Every vector leaves this module L2-normalized by ``l2_normalize``; nowhere else normalizes.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from typing import Sequence

import numpy as np

from agent_guard.embedders import ImageEmbedder, OcrEngine, TextEmbedder, l2_normalize
from agent_guard.errors import ConfigurationError, EmbedderError, GuardError
from agent_guard.types import Capture, Features, Instances

CHANNELS = ("image", "ocr", "dom")
EMPTY_TEXT_CHUNK = ("empty", "")


def heads_for(channels: Sequence[str]) -> tuple[str, ...]:
    heads = []
    if "image" in channels:
        heads.append("image")
    if "ocr" in channels or "dom" in channels:
        heads.append("text")
    return tuple(heads)


def embed_chunk_texts(embedder: TextEmbedder, texts: Sequence[str], what: str) -> np.ndarray:
    """Unit vectors of ``texts``, one per text; any failure of ``embedder`` (named ``what`` in the message) becomes
    an :class:`EmbedderError`, so a capture is never scored on vectors that do not match its chunks."""
    try:
        raw = np.asarray(embedder.embed_texts(list(texts)), dtype=np.float32)
    except GuardError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise EmbedderError(f"{what} failed: {exc!r}") from exc
    if raw.shape[0] != len(texts):
        raise EmbedderError(f"{what} returned {raw.shape[0]} vectors for {len(texts)} chunks")
    return l2_normalize(raw)


def tuned_instances(text: Instances, tuned_text_embedder: TextEmbedder) -> Instances:
    """The ``tuned`` head's instances: the text head's chunks (same names, same texts) through the tuned embedder."""
    if text.texts is None:
        raise EmbedderError("the text instances carry no chunk texts to embed with the tuned encoder")
    vectors = embed_chunk_texts(tuned_text_embedder, text.texts, "tuned text embedder")
    return Instances(vectors=vectors, names=text.names, texts=text.texts)


def validate_channels(channels: Sequence[str]) -> tuple[str, ...]:
    unknown = [c for c in channels if c not in CHANNELS]
    if unknown or not channels:
        raise ConfigurationError(f"channels must be a non-empty subset of {CHANNELS}, got {list(channels)}")
    return tuple(c for c in CHANNELS if c in channels)


class FeatureExtractor:
    def __init__(
        self,
        channels: Sequence[str],
        *,
        image_embedder: ImageEmbedder | None = None,
        text_embedder: TextEmbedder | None = None,
        ocr: OcrEngine | None = None,
        ocr_workers: int = 2,
        tuned_text_embedder: TextEmbedder | None = None,
    ) -> None:
        self.channels = validate_channels(channels)
        self.heads = heads_for(self.channels)
        if "image" in self.channels and image_embedder is None:
            raise ConfigurationError("channel 'image' needs an image embedder")
        if "text" in self.heads and text_embedder is None:
            raise ConfigurationError("channels 'ocr'/'dom' need a text embedder")
        if "ocr" in self.channels and ocr is None:
            raise ConfigurationError("channel 'ocr' needs an OCR engine")
        if tuned_text_embedder is not None and "text" not in self.heads:
            raise ConfigurationError("a tuned text embedder needs a text channel ('ocr' or 'dom')")
        self.tuned_text_embedder = tuned_text_embedder
        self.image_embedder = image_embedder
        self.text_embedder = text_embedder
        self.ocr = ocr
        self.ocr_workers = ocr_workers

    def fingerprints(self) -> dict[str, dict]:
        prints: dict[str, dict] = {}
        if self.image_embedder is not None and "image" in self.channels:
            prints["image"] = dict(self.image_embedder.fingerprint)
        if self.text_embedder is not None and "text" in self.heads:
            prints["text"] = dict(self.text_embedder.fingerprint)
        if self.tuned_text_embedder is not None:
            prints["tuned"] = dict(self.tuned_text_embedder.fingerprint)
        if self.ocr is not None and "ocr" in self.channels:
            prints["ocr"] = dict(self.ocr.fingerprint)
        if "text" in self.heads:
            from agent_guard.textchunks import chunker_fingerprint

            # A text head trained on one chunking and served another would degrade silently: record it.
            prints["chunker"] = chunker_fingerprint()
        return prints

    def extract(self, captures: Sequence[Capture]) -> list[Features]:
        """Features for every capture, batched; raises on the first failure."""
        if not captures:
            return []
        timings: list[dict[str, float]] = [{} for _ in captures]
        heads: list[dict[str, Instances]] = [{} for _ in captures]
        if "image" in self.channels:
            self._extract_image(captures, heads, timings)
        sources: list[tuple[str, ...]] = [() for _ in captures]
        if "text" in self.heads:
            sources = self._extract_text(captures, heads, timings)
        return [
            Features(heads=heads[i], timings_ms=timings[i], text_sources=sources[i]) for i in range(len(captures))
        ]

    def extract_isolated(self, captures: Sequence[Capture]) -> list[Features | GuardError]:
        """Like ``extract``, but one capture's failure does not fail the others in its batch."""
        try:
            return list(self.extract(captures))
        except GuardError:
            if len(captures) == 1:
                raise
        results: list[Features | GuardError] = []
        for capture in captures:
            try:
                results.append(self.extract([capture])[0])
            except GuardError as exc:
                results.append(exc)
        return results

    def _extract_image(self, captures: Sequence[Capture], heads: list, timings: list) -> None:
        assert self.image_embedder is not None
        started = time.perf_counter()
        try:
            raw = self.image_embedder.embed_views([c.pixels for c in captures])
        except GuardError:
            raise
        except Exception as exc:  # noqa: BLE001 - third-party embedder errors are translated here
            raise EmbedderError(f"image embedder failed: {exc!r}") from exc
        share = (time.perf_counter() - started) * 1000 / len(captures)
        for i, (capture, vectors) in enumerate(zip(captures, raw)):
            names = self.image_embedder.view_names(capture.height, capture.width)
            if vectors.shape[0] != len(names):
                raise EmbedderError(f"image embedder returned {vectors.shape[0]} views, expected {len(names)}")
            heads[i]["image"] = Instances(vectors=l2_normalize(vectors), names=names)
            timings[i]["image_ms"] = share

    def _read_ocr(self, capture: Capture) -> tuple[list[str], float]:
        assert self.ocr is not None
        started = time.perf_counter()
        try:
            blocks = self.ocr.read_blocks(capture.pixels)
        except GuardError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise EmbedderError(f"OCR failed: {exc!r}") from exc
        return blocks, (time.perf_counter() - started) * 1000

    def _extract_text(self, captures: Sequence[Capture], heads: list, timings: list) -> list[tuple[str, ...]]:
        from agent_guard.textchunks import chunk_blocks, split_dom_text

        assert self.text_embedder is not None
        chunk_lists: list[list[tuple[str, str]]] = [[] for _ in captures]
        sources: list[list[str]] = [[] for _ in captures]
        if "ocr" in self.channels:
            if len(captures) > 1 and self.ocr_workers > 1:
                with ThreadPoolExecutor(max_workers=min(self.ocr_workers, len(captures))) as pool:
                    ocr_results = list(pool.map(self._read_ocr, captures))
            else:
                ocr_results = [self._read_ocr(c) for c in captures]
            for i, (blocks, elapsed) in enumerate(ocr_results):
                chunk_lists[i].extend(chunk_blocks(blocks, "ocr"))
                sources[i].append("ocr")
                timings[i]["ocr_ms"] = elapsed
        if "dom" in self.channels:
            for i, capture in enumerate(captures):
                if capture.dom_text is not None:
                    chunk_lists[i].extend(chunk_blocks(split_dom_text(capture.dom_text), "dom"))
                    sources[i].append("dom")
        for chunks in chunk_lists:
            if not chunks:
                chunks.append(EMPTY_TEXT_CHUNK)
        flat = [text for chunks in chunk_lists for _, text in chunks]
        started = time.perf_counter()
        vectors = embed_chunk_texts(self.text_embedder, flat, "text embedder")
        share = (time.perf_counter() - started) * 1000 / len(captures)
        offset = 0
        for i, chunks in enumerate(chunk_lists):
            count = len(chunks)
            heads[i]["text"] = Instances(
                vectors=vectors[offset : offset + count],
                names=tuple(name for name, _ in chunks),
                texts=tuple(text for _, text in chunks),
            )
            offset += count
            timings[i]["text_ms"] = share
        if self.tuned_text_embedder is not None:
            started = time.perf_counter()
            for i in range(len(captures)):
                heads[i]["tuned"] = tuned_instances(heads[i]["text"], self.tuned_text_embedder)
            share = (time.perf_counter() - started) * 1000 / len(captures)
            for timing in timings:
                timing["tuned_ms"] = share
        return [tuple(s) for s in sources]
