"""TF-IDF vectors over matching stems, with inverse document frequencies from a background
news corpus (small inputs cannot estimate their own)."""
from __future__ import annotations

import math
from collections import Counter
from typing import Iterable, Sequence

import numpy as np
from scipy import sparse

from .arabic.lexicon import stem_stats


class Vocabulary:
    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.idf: list[float] = []

    def id(self, term: str) -> int:
        i = self.index.get(term)
        if i is None:
            i = self.index[term] = len(self.idf)
            stats = stem_stats()
            # numbers are as telling as a rare word when they match (400 ألف, 1300)
            self.idf.append(stats.idf(term) if not term[:1].isdigit() else stats.idf("\0"))
        return i


def tfidf_matrix(
    bags: Sequence[Iterable[tuple[str, float]]],
    vocab: Vocabulary | None = None,
    *,
    sublinear: bool = True,
    idf_power: float = 1.0,
) -> sparse.csr_matrix:
    """Rows of L2-normalised tf * idf**idf_power weights, one per bag of (term, count);
    tf is 1 + log(count) when ``sublinear``, else the count itself."""
    vocab = vocab or Vocabulary()
    indptr, indices, data = [0], [], []
    for bag in bags:
        weights: dict[int, float] = {}
        for term, count in bag:
            if count > 0:
                j = vocab.id(term)
                weights[j] = weights.get(j, 0.0) + count
        idf = vocab.idf if idf_power == 1.0 else None
        row = {}
        for j, tf in weights.items():
            w = (1.0 + math.log(tf)) if sublinear and tf >= 1 else tf
            row[j] = w * (idf[j] if idf is not None else vocab.idf[j] ** idf_power)
        norm = math.sqrt(sum(v * v for v in row.values())) or 1.0
        indices.extend(row.keys())
        data.extend(v / norm for v in row.values())
        indptr.append(len(indices))
    shape = (len(indptr) - 1, max(len(vocab.idf), 1))
    return sparse.csr_matrix((np.array(data, dtype=np.float32), np.array(indices, dtype=np.int32), np.array(indptr)), shape=shape)


def bag(terms: Iterable[str], weight: float = 1.0) -> list[tuple[str, float]]:
    return [(t, c * weight) for t, c in Counter(terms).items()]
