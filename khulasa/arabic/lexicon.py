"""Word frequencies of Arabic news text (``data/wordfreq.tsv.gz``, built from the ANT corpus
by ``tools/build_language_data.py``), keyed by the normalised form of a word."""
from __future__ import annotations

import gzip
import math
from functools import lru_cache

from .resources import data_path


class Lexicon:
    def __init__(self, counts: dict[str, int], total: int):
        self.counts = counts
        self.total = max(total, 1)

    def freq(self, word: str) -> int:
        return self.counts.get(word, 0)

    def __contains__(self, word: str) -> bool:
        return word in self.counts


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon(*_read_counts("wordfreq.tsv.gz", "__total__"))


class StemStats:
    """Document frequencies of matching stems in a background news corpus (``stemdf.tsv.gz``),
    used as inverse document frequencies when the input is too small to estimate its own."""

    def __init__(self, df: dict[str, int], docs: int):
        self.df = df
        self.docs = max(docs, 1)

    def idf(self, stem: str) -> float:
        return math.log((self.docs + 1) / (self.df.get(stem, 0) + 1)) + 1.0

    def __contains__(self, stem: str) -> bool:
        return stem in self.df


def _read_counts(name: str, total_key: str) -> tuple[dict[str, int], int]:
    raw = gzip.decompress(data_path(name).read_bytes()).decode("utf-8")
    counts: dict[str, int] = {}
    total = 0
    for line in raw.splitlines():
        if not line or line[0] == "#":
            continue
        word, _, count = line.partition("\t")
        if word == total_key:
            total = int(count)
        else:
            counts[word] = int(count)
    return counts, total


@lru_cache(maxsize=1)
def stem_stats() -> StemStats:
    return StemStats(*_read_counts("stemdf.tsv.gz", "__docs__"))
