"""TF-IDF vectors over matching stems, with inverse document frequencies from a background
news corpus (small inputs cannot estimate their own)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache

import numpy as np
from scipy import sparse

from khulasa.arabic.lexicon import stem_stats


@lru_cache(maxsize=500_000)
def _idf(term: str) -> float:
    # a number is as telling as a word the background corpus never saw
    return stem_stats().idf(term if not term[:1].isdigit() else "\0")


def term_idf(term: str) -> float:
    """The background idf of a matching stem (numbers count as unseen words)."""
    return _idf(term)


class Vocabulary:
    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self._idf: list[float] = []

    def extend(self, terms: Iterable[str]) -> None:
        """Add the terms not yet known, in order of first appearance (so ids never depend on
        string hashing)."""
        index = self.index
        new = [t for t in dict.fromkeys(terms) if t not in index]
        index.update(zip(new, range(len(self._idf), len(self._idf) + len(new))))
        self._idf.extend(map(_idf, new))

    def idf(self) -> np.ndarray:
        return np.asarray(self._idf, dtype=np.float32)

    def __len__(self) -> int:
        return len(self._idf)


def tfidf_matrix(
    bags: Sequence[Collection[tuple[str, float]]],
    vocab: Vocabulary | None = None,
    *,
    sublinear: bool = True,
    idf_power: float = 1.0,
    dense: bool = False,
) -> sparse.csr_matrix | np.ndarray:
    """Rows of L2-normalised tf * idf**idf_power weights, one per bag of (term, count);
    tf is 1 + log(count) when ``sublinear``, else the count itself. ``dense`` gives a numpy
    array (one column per term of the vocabulary): far cheaper for a few sentences."""
    vocab = vocab if vocab is not None else Vocabulary()  # (an empty one is falsy)
    index = vocab.index
    flat = [t for b in bags for t, _ in b]
    vocab.extend(flat)
    if dense:
        return _dense(bags, [index[t] for t in flat], vocab, sublinear, idf_power)
    # built straight as CSR: one flat pass per array, no COO conversion (the fixed cost of
    # which dominated for the many small matrices of a digest)
    cols = np.fromiter(map(index.__getitem__, flat), dtype=np.int32, count=len(flat))
    vals = np.fromiter((c for b in bags for _, c in b), dtype=np.float32, count=len(flat))
    indptr = np.zeros(len(bags) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, bags), dtype=np.int64, count=len(bags)), out=indptr[1:])
    m = sparse.csr_matrix((vals, cols, indptr), shape=(len(bags), max(len(vocab), 1)))
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


def _dense(bags, cols: list[int], vocab: Vocabulary, sublinear: bool, idf_power: float) -> np.ndarray:
    x = np.zeros((len(bags), max(len(vocab), 1)), dtype=np.float32)
    rows = np.repeat(np.arange(len(bags)), [len(b) for b in bags])
    np.add.at(
        x, (rows, np.asarray(cols, dtype=np.int64)), np.asarray([c for b in bags for _, c in b], dtype=np.float32)
    )
    if sublinear:
        big = x >= 1
        x[big] = 1.0 + np.log(x[big])
    if len(vocab):
        idf = vocab.idf()
        x *= idf ** idf_power if idf_power != 1.0 else idf
    norms = np.sqrt((x.astype(np.float64) ** 2).sum(axis=1))
    norms[norms == 0] = 1.0
    x /= norms[:, None].astype(np.float32)
    return x


def bag(terms: Iterable[str], weight: float = 1.0) -> list[tuple[str, float]]:
    return [(t, c * weight) for t, c in Counter(terms).items()]
