"""Near-duplicate articles: the same wire story republished by several outlets, an article
filed twice (France24 files many under two sections) or updated in place. They are kept as one
content: the earliest copy is canonical and the others point to it, so a figure they repeat is
one voice, not several, and the copies take no part in finding stories.

Resemblance is the Jaccard similarity of word 5-shingles over normalised text, estimated by a
MinHash signature (datasketch); an LSH index over the signatures' bands finds the candidate
pairs, so no pair is compared blindly. Identical normalised texts share a content hash and are
copies whatever their dates; near copies must be published within ``WINDOW_DAYS`` of each
other (an article days later that reuses a wire text is a new report, and comparing only a
window keeps a large store's work bounded).
"""
from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # imported where used: datasketch loads scipy.integrate (0.4 s), which
    # listing or digesting a store never needs
    from datasketch import LeanMinHash, MinHashLSH

from .arabic.normalize import normalize

SHINGLE = 5
NUM_PERM = 64
THRESHOLD = 0.8  # estimated shared share of shingles at which two texts are one content
WINDOW_DAYS = 15.0


def _shingles(words: list[str]) -> set[bytes]:
    if len(words) < SHINGLE:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


@lru_cache(maxsize=1)
def _permutations() -> tuple:
    from datasketch import MinHash

    # generated once: building them is most of the cost of a fresh MinHash
    return MinHash(num_perm=NUM_PERM, scheme="affine32").permutations


def content_hash(text: str) -> str:
    """Equal for texts that differ only in spacing, diacritics and letter variants."""
    return _hash(normalize(text).split())


def _hash(words: list[str]) -> str:
    return hashlib.blake2b(" ".join(words).encode(), digest_size=16).hexdigest()


def fingerprint(text: str) -> tuple[str, np.ndarray]:
    """The content hash of the normalised text and its MinHash signature (``NUM_PERM`` values)."""
    words = normalize(text).split()
    digest = _hash(words)
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32, permutations=_permutations(), scheme="affine32")
    m.update_batch(_shingles(words))
    return digest, m.hashvalues.astype(np.uint64)


@dataclass(frozen=True, slots=True)
class Print:
    """What copy detection needs of one article."""

    key: str  # the article id
    published: datetime | None
    content: str  # content hash
    signature: np.ndarray


def find_copies(new: list[Print], known: list[Print] = ()) -> dict[str, str]:
    """Copies among ``new``, checked against each other and against ``known`` (canonical
    articles already kept, e.g. in a store): article id -> the id of the canonical article it
    copies. ``new`` is taken earliest first, so within it the earliest copy is canonical."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    by_key: dict[str, Print] = {}
    by_content: dict[str, str] = {}

    def keep(p: Print) -> None:
        lsh.insert(p.key, _minhash(p.signature), check_duplication=False)
        by_key[p.key] = p
        by_content.setdefault(p.content, p.key)

    for p in known:
        keep(p)
    copies: dict[str, str] = {}
    for p in sorted(new, key=lambda p: (_time(p.published), p.key)):
        original = by_content.get(p.content) or _near_copy(p, lsh, by_key)
        if original is not None:
            copies[p.key] = original
        else:
            keep(p)
    return copies


def _near_copy(p: Print, lsh: MinHashLSH, by_key: dict[str, Print]) -> str | None:
    best: tuple[float, float, str] | None = None
    for key in lsh.query(_minhash(p.signature)):
        q = by_key[key]
        if p.published and q.published and abs((p.published - q.published).total_seconds()) > WINDOW_DAYS * 86400:
            continue
        similarity = float(np.mean(p.signature == q.signature))
        if similarity >= THRESHOLD:
            candidate = (-similarity, _time(q.published), key)
            best = candidate if best is None or candidate < best else best
    return best[2] if best else None


def _minhash(signature: np.ndarray) -> LeanMinHash:
    # the index needs only the values: a lean sketch skips building the permutations
    from datasketch import LeanMinHash

    return LeanMinHash(seed=1, hashvalues=signature, scheme="affine32")


def _time(published: datetime | None) -> float:
    return published.timestamp() if published else float("inf")
