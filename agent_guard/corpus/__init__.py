"""Synthetic screenshot corpus: benign pages (with look-alike dialogs) and pages carrying prompt injections.

    from agent_guard.corpus import generate_corpus_sync
    manifest = generate_corpus_sync(Path("corpus"), n=200, seed=0)

Site kinds: ``SITES``; benign categories: ``CATEGORIES``; malicious families: ``FAMILIES``.
"""

from agent_guard.corpus.generator import (
    MANIFEST_KEYS,
    MANIFEST_NAME,
    add_corpus_arguments,
    generate_corpus,
    generate_corpus_sync,
    read_manifest,
    run_corpus_command,
    summarize,
)
from agent_guard.corpus.overlays import CATEGORIES, FAMILIES
from agent_guard.corpus.sites import SITES, UGC_SITES

__all__ = [
    "CATEGORIES",
    "FAMILIES",
    "MANIFEST_KEYS",
    "MANIFEST_NAME",
    "SITES",
    "UGC_SITES",
    "add_corpus_arguments",
    "generate_corpus",
    "generate_corpus_sync",
    "read_manifest",
    "run_corpus_command",
    "summarize",
]
