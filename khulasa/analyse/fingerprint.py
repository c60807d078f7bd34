"""An article's fingerprint for copy detection: the content hash of its normalised text, and
the MinHash signature (datasketch) of its word 5-shingles, or the shingle set itself for a
small input that is compared exactly (see ``khulasa.grouping.copies``)."""
from __future__ import annotations

import hashlib
import zlib
from functools import lru_cache
from itertools import accumulate

import numpy as np

from khulasa.arabic.normalize import normalize

SHINGLE = 5
NUM_PERM = 64


def _shingles(joined: bytes) -> set[bytes]:
    """Every run of ``SHINGLE`` words of the space-joined text, as bytes: slices of the text
    encoded once, not each run joined and encoded again."""
    words = joined.split(b" ")
    if len(words) <= SHINGLE:
        return {joined}
    ends = list(accumulate(len(w) + 1 for w in words))  # one past each word's space
    starts = [0, *ends[:-1]]
    return {joined[starts[i]:ends[i + SHINGLE - 1] - 1] for i in range(len(words) - SHINGLE + 1)}


@lru_cache(maxsize=1)
def _permutations() -> tuple:
    from datasketch import MinHash

    # generated once: building them is most of the cost of a fresh MinHash
    return MinHash(num_perm=NUM_PERM, scheme="affine32").permutations


def content_hash(text: str) -> str:
    """Equal for texts that differ only in spacing, diacritics and letter variants."""
    return _hash(_joined(text))


def _joined(text: str) -> bytes:
    """The normalised words, one space between them, encoded."""
    return " ".join(normalize(text).split()).encode()


def _hash(joined: bytes) -> str:
    return hashlib.blake2b(joined, digest_size=16).hexdigest()


def fingerprint(text: str, exact: bool = False) -> tuple[str, np.ndarray | frozenset[bytes]]:
    """The content hash of the normalised text and its MinHash signature (``NUM_PERM`` values),
    or with ``exact`` its set of shingles itself."""
    joined = _joined(text)
    digest = _hash(joined)
    if exact:
        return digest, frozenset(_shingles(joined))
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32, permutations=_permutations(), scheme="affine32")
    m.update_batch(_shingles(joined))
    return digest, m.hashvalues.astype(np.uint64)
