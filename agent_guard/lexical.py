"""The lexical head's view of text: hashed character n-grams of the same chunks the text head embeds.

MiniLM places a sentence by its topic first; a linear head on it learns the corpus's phrasings and topics as much as
the intent, and missed instructions written in words it had not seen (``bench/unseen.py``). Character n-grams of the
words themselves ("assist", "instruc", "your ", "the user'") carry over to new phrasings, to OCR misreads ("Al
agent") and to cognates in other languages. The guard model fuses this head with the MiniLM head.

Stateless by design: ``HashingVectorizer`` has no vocabulary to fit or ship, so the guard model stores only one
coefficient per hash bucket (safetensors), and the parameters below are recorded as the head's fingerprint.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Sequence

import numpy as np

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

LEXICAL_VERSION = 1
N_FEATURES = 2**18
NGRAM_RANGE = (3, 5)
#: The lexical head's coefficient C: fixed, not cross-validated, so training stays a few fits long.
LEXICAL_C = 1.0


def fingerprint() -> dict[str, Any]:
    return {
        "kind": "hashed-char-ngrams",
        "version": LEXICAL_VERSION,
        "analyzer": "char_wb",
        "ngram_range": list(NGRAM_RANGE),
        "lowercase": True,
        "normalization": "l2",
        "dim": N_FEATURES,
    }


@functools.cache
def _vectorizer() -> Any:
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        analyzer="char_wb",
        ngram_range=NGRAM_RANGE,
        n_features=N_FEATURES,
        alternate_sign=False,
        norm="l2",
        lowercase=True,
        dtype=np.float32,
    )


def lexical_vectors(texts: Sequence[str]) -> "csr_matrix":
    """(len(texts), N_FEATURES) sparse, L2-normalized rows (an empty text gives an all-zero row)."""
    return _vectorizer().transform(list(texts)).tocsr()
