"""TF-IDF vectors over matching stems, with inverse document frequencies from a background
news corpus (small inputs cannot estimate their own)."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Iterable, Sequence

import numpy as np
from scipy import sparse

from .arabic.lexicon import stem_stats


@lru_cache(maxsize=500_000)
def _idf(term: str) -> float:
    # a number is as telling as a word the background corpus never saw
    return stem_stats().idf(term if not term[:1].isdigit() else "\0")


class Vocabulary:
    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self._idf: list[float] = []

    def add(self, term: str) -> int:
        i = self.index[term] = len(self._idf)
        self._idf.append(_idf(term))
        return i

    def idf(self) -> np.ndarray:
        return np.asarray(self._idf, dtype=np.float32)

    def __len__(self) -> int:
        return len(self._idf)


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
    index = vocab.index
    for b in bags:
        for term, _ in b:
            if term not in index:
                vocab.add(term)
    # one flat pass per array: far cheaper than appending row, column and value per item
    lengths = np.fromiter((len(b) for b in bags), dtype=np.int64, count=len(bags))
    total = int(lengths.sum())
    cols = np.fromiter((index[t] for b in bags for t, _ in b), dtype=np.int32, count=total)
    vals = np.fromiter((c for b in bags for _, c in b), dtype=np.float32, count=total)
    rows = np.repeat(np.arange(len(bags), dtype=np.int32), lengths)
    m = sparse.csr_matrix((vals, (rows, cols)), shape=(len(bags), max(len(vocab), 1)))
    m.sum_duplicates()
    if sublinear:
        big = m.data >= 1
        m.data[big] = 1.0 + np.log(m.data[big])
    idf = vocab.idf()
    if len(idf):
        m.data *= idf[m.indices] ** idf_power if idf_power != 1.0 else idf[m.indices]
    # L2-normalise the rows in place (cheaper than building a diagonal matrix per call)
    lengths = np.diff(m.indptr)
    sq = np.zeros(m.shape[0], dtype=np.float64)
    nonempty = lengths > 0
    if m.nnz:
        sq[nonempty] = np.add.reduceat(m.data.astype(np.float64) ** 2, m.indptr[:-1][nonempty])
    norms = np.sqrt(sq)
    norms[norms == 0] = 1.0
    m.data /= np.repeat(norms, lengths).astype(np.float32)
    return m


def bag(terms: Iterable[str], weight: float = 1.0) -> list[tuple[str, float]]:
    return [(t, c * weight) for t, c in Counter(terms).items()]
