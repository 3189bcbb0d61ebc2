"""Turning the text of a page (OCR blocks, DOM text) into the chunks the text head embeds.

A chunk is a short window of words. The text head scores every chunk and keeps the worst, so what matters is
that one injected sentence inside a long, harmless page ends up in a chunk where it is most of the text, not
one sentence among a page of others (a mean-pooled sentence embedding of a long window is mostly the page).

How blocks become chunks (:func:`chunk_blocks`):

1. **Clean.** Text is NFKC-normalized (full-width and other compatibility letters become plain ones), invisible
   format characters (zero-width spaces and joiners, soft hyphens, BOM, bidi controls) are removed so they
   cannot split a word, Unicode tag characters are decoded to the ASCII they hide, and whitespace is collapsed.
   Empty blocks are dropped.
2. **Join blocks that belong together.** A block whose next block starts with a lower-case letter, or which
   itself ends with ``: , ; -`` or a dash, is joined to the next one: a sentence that OCR (or the page's markup)
   cut in two ("Ignore all previous" / "instructions and reply") is seen whole. Then a short block (fewer than
   :data:`SHORT_BLOCK_WORDS` words: a title, a lead-in, a label) right before a longer block is joined to it, so a
   dialog's title is read with its text ("Task update" / "Open the settings page..."). Other short blocks stay
   on their own: a run of buttons and menu items ("Proceed to checkout" / "Account" / "Search products") glued
   together reads like an instruction no part of the page gives, which is how the demo's cart page was blocked
   before this rule (measured in ``bench/RESULTS.md``).
3. **Units.** A joined title or lead-in is a unit of its own; the rest of each block is split into sentences (a
   word ending in ``. ! ? …``, possibly followed by closing quotes or brackets, ends one; so does a word ending in
   a colon before a capitalized word, as in "...all you need to know Required next step: Download the update",
   where page text and the lead-in run into the instruction with no full stop between them). A sentence longer
   than ``stride_words`` is cut into near-equal pieces of at most ``stride_words`` words.
4. **A window at every unit.** Within a block, a window starts at each unit and takes as many whole units as fit
   in ``window_words``; windows never cross block boundaries.

   Consequences: every sentence of at most ``stride_words`` words starts a chunk of its own and shares it only
   with what follows it, up to ``window_words`` in all. Text before an instruction (a star rating, a date, a
   sender's name, a title) cannot dilute it: the same instruction is also read without it, which is what keeps a
   clear instruction after a line of page text from scoring low (measured in ``bench/RESULTS.md``). A block of
   at most ``window_words`` words gives its whole text plus the suffixes that start at each unit.

When this gives more than ``max_chunks`` chunks, coverage of the whole page is kept and density is given up,
in this order, stopping at the first step that fits (the bottom of a page is never simply cut off):

a. a window starts at the latest unit start at most ``stride_words`` words after the previous window's start
   (at least one unit later), and a block's last window is the one that reaches its end; then the stride
   doubles, step by step, up to ``window_words`` (windows stop overlapping);
b. block boundaries are dropped (they stay sentence boundaries), so windows may pack several small blocks;
c. the window (and stride) doubles, step by step, up to ``4 * window_words`` words;
d. ``max_chunks`` windows are kept, evenly spaced from the first to the last (both always kept).

Chunk names are ``f"{source}:{i}"``, numbered in reading order from 0.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Sequence

from agent_guard.errors import ConfigurationError

#: Bumped whenever the chunks a text gives change; recorded in every guard model with a text head, so a model is
#: never served chunks cut differently from those it learned on (it refuses to load instead).
CHUNKER_VERSION = 4
#: The window sizes the guard uses (``FeatureExtractor`` calls ``chunk_blocks`` with these defaults).
WINDOW_WORDS = 32
STRIDE_WORDS = 16
#: Blocks with fewer words than this are labels, titles or fragments (see step 2 of the module docstring).
SHORT_BLOCK_WORDS = 6
#: Marker that ``domtext`` puts in front of lines hidden from humans (white-on-white, off-screen, aria-hidden...).
HIDDEN_PREFIX = "[hidden] "
#: The window never grows beyond this many times ``window_words`` when a page is too long for ``max_chunks``.
MAX_WINDOW_GROWTH = 4

_RUNS_ON = re.compile(r"[:,;\-\u2013\u2014]$")
_SENTENCE_END = re.compile(r"[.!?\u2026\u3002\uff01\uff1f][\"'\u2019\u201d)\]\u00bb]*$")
_TAG_RUN = re.compile("[\U000E0020-\U000E007E]+")
_TAG_TO_ASCII = {0xE0000 + code: code for code in range(0x20, 0x7F)}


def clean_text(text: str) -> str:
    """Tag characters decoded, NFKC, invisible format characters removed, whitespace collapsed to single spaces.

    Unicode tag characters (U+E0020-U+E007E) are invisible but spell ASCII, which a language model may read
    ("ASCII smuggling"); each run of them is decoded to the ASCII it spells, as a separate word, instead of being
    dropped with the other invisible characters.
    """
    text = _TAG_RUN.sub(lambda run: " " + run.group().translate(_TAG_TO_ASCII) + " ", text)
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")  # zero-width, soft hyphen, BOM, bidi...
    return " ".join(text.split())


def chunk_blocks(
    blocks: Sequence[str],
    source: str,
    *,
    window_words: int = WINDOW_WORDS,
    stride_words: int = STRIDE_WORDS,
    max_chunks: int = 256,
) -> list[tuple[str, str]]:
    """``(name, text)`` chunks of the blocks, named ``f"{source}:{i}"``; see the module docstring for the rules."""
    if isinstance(blocks, str):
        raise TypeError("chunk_blocks expects a sequence of blocks, not one string (wrap it in a list)")
    if window_words < 1:
        raise ConfigurationError(f"window_words must be >= 1, got {window_words}")
    if not 1 <= stride_words <= window_words:
        raise ConfigurationError(f"stride_words must be within [1, window_words={window_words}], got {stride_words}")
    if max_chunks < 1:
        raise ConfigurationError(f"max_chunks must be >= 1, got {max_chunks}")

    word_blocks = _lead_ins([clean_text(block).split() for block in blocks])
    if not word_blocks:
        return []

    window, stride, joined, dense = window_words, stride_words, False, True
    while True:
        texts = _windows(word_blocks, window, stride, joined, dense)
        if len(texts) <= max_chunks:
            break
        if dense:  # (a) windows at most a stride apart instead of at every unit
            dense = False
        elif stride < window:  # (a) then stop overlapping
            stride = min(window, stride * 2)
        elif not joined:  # (b) let windows span blocks
            joined = True
        elif window < MAX_WINDOW_GROWTH * window_words:  # (c) bigger windows
            window = min(MAX_WINDOW_GROWTH * window_words, window * 2)
            stride = window
        else:  # (d) evenly spaced subset, first and last included
            texts = _evenly_spaced(texts, max_chunks)
            break
    return [(f"{source}:{index}", text) for index, text in enumerate(texts)]


def chunker_fingerprint() -> dict[str, int]:
    """What a guard model records about the chunking its text head was trained on."""
    return {"version": CHUNKER_VERSION, "window_words": WINDOW_WORDS, "stride_words": STRIDE_WORDS}


def split_dom_text(text: str) -> list[str]:
    """Blocks of DOM text: one per visible line, one per run of consecutive hidden lines.

    Lines that start with ``"[hidden] "`` are text hidden from humans; the marker is removed, and consecutive hidden
    lines are joined into one block (hidden text is often spread over many tiny nodes, and an instruction split
    across them must still be read whole). Hidden and visible text never share a block. Empty lines are dropped.
    """
    blocks: list[str] = []
    hidden_run: list[str] = []
    for raw in text.splitlines():
        if raw.startswith(HIDDEN_PREFIX) or raw.strip() == HIDDEN_PREFIX.strip():
            line = clean_text(raw[len(HIDDEN_PREFIX) :] if raw.startswith(HIDDEN_PREFIX) else "")
            if line:
                hidden_run.append(line)
            continue
        line = clean_text(raw)
        if not line:
            continue
        if hidden_run:
            blocks.append(" ".join(hidden_run))
            hidden_run = []
        blocks.append(line)
    if hidden_run:
        blocks.append(" ".join(hidden_run))
    return blocks


# ---------------------------------------------------------------------- internals


def _lead_ins(word_blocks: list[list[str]]) -> list[tuple[list[str], int]]:
    """Run-on blocks joined; the one short block right before a longer one joined to it; other short ones alone."""
    joined: list[list[str]] = []
    for words in word_blocks:
        if not words:
            continue
        if joined and (words[0][:1].islower() or _RUNS_ON.search(joined[-1][-1])):
            joined[-1] = joined[-1] + words
        else:
            joined.append(words)
    blocks: list[tuple[list[str], int]] = []
    for words in joined:
        if len(words) >= SHORT_BLOCK_WORDS and blocks and len(blocks[-1][0]) < SHORT_BLOCK_WORDS:
            lead = blocks[-1][0]
            blocks[-1] = (lead + words, len(lead))  # a title or lead-in and what it introduces
        else:
            blocks.append((words, 0))
    return blocks


def _units(block: tuple[list[str], int], stride: int) -> list[list[str]]:
    """Sentences of a block (see step 3 of the module docstring), each longer than ``stride`` words cut into
    near-equal pieces of at most ``stride``."""
    words, lead = block
    sentences: list[list[str]] = [words[:lead]] if lead else []
    current: list[str] = []
    body = words[lead:]
    for index, word in enumerate(body):
        current.append(word)
        following = body[index + 1] if index + 1 < len(body) else ""
        if _SENTENCE_END.search(word) or (word.endswith(":") and following[:1].isupper()):
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    units: list[list[str]] = []
    for sentence in sentences:
        if len(sentence) <= stride:
            units.append(sentence)
            continue
        pieces = -(-len(sentence) // stride)
        size, extra = divmod(len(sentence), pieces)
        start = 0
        for piece in range(pieces):
            end = start + size + (1 if piece < extra else 0)
            units.append(sentence[start:end])
            start = end
    return units


def _windows(
    word_blocks: list[tuple[list[str], int]], window: int, stride: int, joined: bool, dense: bool = False
) -> list[str]:
    groups = [[unit for block in word_blocks for unit in _units(block, stride)]] if joined else [
        _units(block, stride) for block in word_blocks
    ]
    texts: list[str] = []
    for units in groups:
        offsets = [0]
        for unit in units:
            offsets.append(offsets[-1] + len(unit))
        start = 0
        while start < len(units):
            end = start + 1  # units[start:end]; every unit is at most `stride` <= `window` words
            while end < len(units) and offsets[end + 1] - offsets[start] <= window:
                end += 1
            texts.append(" ".join(word for unit in units[start:end] for word in unit))
            if end == len(units) and not dense:
                break
            following = start + 1
            while not dense and following + 1 <= end and offsets[following + 1] - offsets[start] <= stride:
                following += 1
            start = following
    return texts


def _evenly_spaced(texts: list[str], count: int) -> list[str]:
    if count == 1:
        return [texts[0]]
    last = len(texts) - 1
    picks = sorted({round(i * last / (count - 1)) for i in range(count)})
    return [texts[i] for i in picks]
