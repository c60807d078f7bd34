"""Word frequencies of Arabic news text (``data/wordfreq.tsv.gz``, built from the ANT corpus
by ``tools/build_language_data.py``), keyed by the normalised form of a word."""
from __future__ import annotations

import gzip
import math
import re
from collections.abc import Mapping
from functools import lru_cache

from khulasa.arabic.resources import data_path


class Lexicon:
    def __init__(self, counts: Mapping[str, str | int], total: int):
        self.counts = counts
        self.total = max(total, 1)

    def freq(self, word: str) -> int:
        return int(self.counts.get(word, 0))

    def __contains__(self, word: str) -> bool:
        return word in self.counts


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon(*_read_counts("wordfreq.tsv.gz", "__total__"))


class StemStats:
    """Document frequencies of matching stems in a background news corpus (``stemdf.tsv.gz``),
    used as inverse document frequencies when the input is too small to estimate its own."""

    def __init__(self, df: Mapping[str, str | int], docs: int):
        self.df = df
        self.docs = max(docs, 1)

    def idf(self, stem: str) -> float:
        return math.log((self.docs + 1) / (int(self.df.get(stem, 0)) + 1)) + 1.0

    def __contains__(self, stem: str) -> bool:
        return stem in self.df


_ROW = re.compile(r"^([^#\t\n][^\t\n]*)\t(\d+)$", re.M)


def _read_counts(name: str, total_key: str) -> tuple[dict[str, str], int]:
    """word -> count. The counts stay strings until asked for (``int`` on lookup): converting
    130,000 of them up front was most of the load time, and a run looks up a few thousand."""
    raw = gzip.decompress(data_path(name).read_bytes()).decode("utf-8")
    counts = dict(_ROW.findall(raw))
    return counts, int(counts.pop(total_key, 0))


@lru_cache(maxsize=1)
def stem_stats() -> StemStats:
    return StemStats(*_read_counts("stemdf.tsv.gz", "__docs__"))
