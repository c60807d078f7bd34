"""Near-duplicate articles within a story: the same wire story republished by several outlets,
an article filed twice (France24 files many under two sections) or updated in place. They are
kept as one content: the earliest copy is canonical and the others point to it, so a figure
they repeat is one voice, not several.

Within a story the candidates are few, so the resemblance is measured exactly: Jaccard
similarity of word 5-shingles over normalised text. (A corpus store would find candidates with
MinHash/LSH first.)
"""
from __future__ import annotations

from .arabic.normalize import normalize
from .model import Article

SHINGLE = 5
THRESHOLD = 0.8  # shared share of shingles at which two texts are one content


def _shingles(text: str) -> frozenset[int]:
    words = normalize(text).split()
    if len(words) < SHINGLE:
        return frozenset({hash(" ".join(words))})
    return frozenset(hash(" ".join(words[i:i + SHINGLE])) for i in range(len(words) - SHINGLE + 1))


def canonical_copies(articles: list[Article]) -> dict[str, str]:
    """article id -> the id of the earlier article it copies (only for copies)."""
    order = sorted(articles, key=lambda a: (a.published.timestamp() if a.published else 0.0, a.id))
    shingles = {a.id: _shingles(a.text) for a in order}
    canonical: list[Article] = []
    copies: dict[str, str] = {}
    for a in order:
        mine = shingles[a.id]
        for c in canonical:
            theirs = shingles[c.id]
            union = len(mine | theirs)
            if union and len(mine & theirs) / union >= THRESHOLD:
                copies[a.id] = c.id
                break
        else:
            canonical.append(a)
    return copies
