"""The lexical head's view of text: hashed n-grams of the same chunks the text head embeds.

MiniLM places a sentence by its topic first; a linear head on it learns the corpus's phrasings and topics as much as
the intent, and missed instructions written in words it had not seen (``bench/unseen.py``). Character n-grams of the
words themselves ("assist", "instruc", "your ", "the user'") carry over to new phrasings, to OCR misreads ("Al
agent") and to cognates in other languages. Character n-grams stop at word boundaries, though, so they cannot tell
"the user asked you" from "you asked the user"; version 2 adds word 1- and 2-grams ("your task", "the user's",
"if you") to the same hashed space. The guard model fuses this head with the MiniLM head.

Stateless by design: ``HashingVectorizer`` has no vocabulary to fit or ship, so the guard model stores only one
coefficient per hash bucket (safetensors), and the settings below are recorded as the head's fingerprint. A model
is scored with the settings it recorded, so guards trained with version 1 (character n-grams only) keep working.
"""

from __future__ import annotations

import functools
import json
from typing import TYPE_CHECKING, Any, Mapping, Sequence

import numpy as np

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

LEXICAL_VERSION = 2
N_FEATURES = 2**18
NGRAM_RANGE = (3, 5)
WORD_NGRAM_RANGE = (1, 2)
#: Words, and each punctuation mark as a token of its own: "user's" gives user ' s, and "Assistant:" keeps its colon.
WORD_TOKENS = r"(?u)\b\w+\b|[^\w\s]"
#: The lexical head's coefficient C: fixed, not cross-validated, so training stays a few fits long.
LEXICAL_C = 1.0

_VERSION_1 = {
    "kind": "hashed-char-ngrams",
    "version": 1,
    "analyzer": "char_wb",
    "ngram_range": [3, 5],
    "lowercase": True,
    "normalization": "l2",
    "dim": N_FEATURES,
}


def fingerprint() -> dict[str, Any]:
    """The settings a model trained by this version records (``embedders.lexical`` in ``guard.json``)."""
    return {
        "kind": "hashed-char-word-ngrams",
        "version": LEXICAL_VERSION,
        "analyzer": "char_wb+word",
        "ngram_range": list(NGRAM_RANGE),
        "word_ngram_range": list(WORD_NGRAM_RANGE),
        "word_token_pattern": WORD_TOKENS,
        "lowercase": True,
        "normalization": "l2",
        "dim": N_FEATURES,
    }


def supported_settings() -> tuple[dict[str, Any], ...]:
    """Every recorded setting this version can reproduce exactly: the current one and version 1's."""
    return (fingerprint(), dict(_VERSION_1))


def is_supported(settings: Mapping[str, Any]) -> bool:
    return dict(settings) in supported_settings()


@functools.cache
def _vectorizers(key: str) -> tuple[Any, ...]:
    from sklearn.feature_extraction.text import HashingVectorizer

    settings = json.loads(key)
    common = dict(n_features=N_FEATURES, alternate_sign=False, norm="l2", lowercase=True, dtype=np.float32)
    chars = HashingVectorizer(analyzer="char_wb", ngram_range=tuple(settings["ngram_range"]), **common)
    if settings["version"] == 1:
        return (chars,)
    words = HashingVectorizer(
        analyzer="word", ngram_range=tuple(settings["word_ngram_range"]),
        token_pattern=settings["word_token_pattern"], **common,
    )
    return (chars, words)


def lexical_vectors(texts: Sequence[str], settings: Mapping[str, Any] | None = None) -> "csr_matrix":
    """(len(texts), N_FEATURES) sparse, L2-normalized rows (an empty text gives an all-zero row).

    ``settings`` are the ones a guard model recorded (default: this version's); unsupported ones raise ValueError.
    """
    chosen = fingerprint() if settings is None else dict(settings)
    if not is_supported(chosen):
        raise ValueError(f"lexical settings this version cannot reproduce: {chosen}")
    parts = [vectorizer.transform(list(texts)) for vectorizer in _vectorizers(json.dumps(chosen, sort_keys=True))]
    if len(parts) == 1:
        return parts[0].tocsr()
    from sklearn.preprocessing import normalize

    # each part is unit length; their sum is renormalized so that characters and words weigh the same
    return normalize(parts[0] + parts[1]).astype(np.float32).tocsr()
