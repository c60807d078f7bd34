"""Near-duplicate articles: the same wire story republished by several outlets, an article
filed twice (France24 files many under two sections) or updated in place. They are kept as one
content: the earliest copy is canonical and the others point to it, so a figure they repeat is
one voice, not several, and the copies take no part in finding stories.

Resemblance is the Jaccard similarity of word 5-shingles over normalised text, estimated by a
MinHash signature (datasketch); an LSH index over the signatures' bands finds the candidate
pairs, so no pair is compared blindly. An input of at most ``EXACT_MAX`` articles (a folder
of files to digest) needs neither: its shingle sets are compared exactly, pair by pair, which
is cheaper than loading the index (datasketch's import alone took a third of a digest of five
files) and never misses a pair the bands would. Identical normalised texts share a content
hash and are copies whatever their dates; near copies must be published within
``WINDOW_DAYS`` of each other (an article days later that reuses a wire text is a new report,
and comparing only a window keeps a large store's work bounded).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # imported where used: datasketch loads scipy.integrate (0.4 s), which
    # listing or digesting a store never needs
    from datasketch import LeanMinHash

from khulasa.analyse.fingerprint import NUM_PERM

THRESHOLD = 0.8  # estimated shared share of shingles at which two texts are one content
WINDOW_DAYS = 15.0
EXACT_MAX = 50  # inputs up to this many articles compare shingle sets exactly


@dataclass(frozen=True, slots=True)
class Print:
    """What copy detection needs of one article."""

    key: str  # the article id
    published: datetime | None
    content: str  # content hash
    signature: np.ndarray | frozenset[bytes]  # MinHash values, or the shingles (``exact``)


def find_copies(new: list[Print], known: Sequence[Print] = ()) -> dict[str, str]:
    """Copies among ``new``, checked against each other and against ``known`` (canonical
    articles already kept, e.g. in a store): article id -> the id of the canonical article it
    copies. ``new`` is taken earliest first, so within it the earliest copy is canonical.
    Prints are all MinHash signatures or all shingle sets (``fingerprint(exact=True)``)."""
    exact = all(isinstance(p.signature, frozenset) for p in (*known, *new))
    if exact:
        lsh = None
    else:
        from datasketch import MinHashLSH

        lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    by_key: dict[str, Print] = {}
    by_content: dict[str, str] = {}

    def keep(p: Print) -> None:
        if lsh is not None:
            lsh.insert(p.key, _minhash(p.signature), check_duplication=False)
        by_key[p.key] = p
        by_content.setdefault(p.content, p.key)

    for p in known:
        keep(p)
    copies: dict[str, str] = {}
    for p in sorted(new, key=lambda p: (_time(p.published), p.key)):
        candidates = by_key if lsh is None else lsh.query(_minhash(p.signature))
        original = by_content.get(p.content) or _near_copy(p, candidates, by_key)
        if original is not None:
            copies[p.key] = original
        else:
            keep(p)
    return copies


def _similarity(p: Print, q: Print) -> float:
    if isinstance(p.signature, frozenset):
        return len(p.signature & q.signature) / (len(p.signature | q.signature) or 1)
    return float(np.mean(p.signature == q.signature))


def _near_copy(p: Print, candidates, by_key: dict[str, Print]) -> str | None:
    best: tuple[float, float, str] | None = None
    for key in candidates:
        q = by_key[key]
        if p.published and q.published and abs((p.published - q.published).total_seconds()) > WINDOW_DAYS * 86400:
            continue
        similarity = _similarity(p, q)
        if similarity >= THRESHOLD:
            candidate = (-similarity, _time(q.published), key)
            best = candidate if best is None or candidate < best else best
    return best[2] if best else None


def _minhash(signature: np.ndarray | frozenset[bytes]) -> LeanMinHash:
    # the index needs only the values: a lean sketch skips building the permutations (it is
    # built only for MinHash signatures, never for the shingle sets of ``exact``)
    from datasketch import LeanMinHash

    return LeanMinHash(seed=1, hashvalues=signature, scheme="affine32")


def _time(published: datetime | None) -> float:
    return published.timestamp() if published else float("inf")
