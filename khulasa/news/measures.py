"""What a stated quantity counts (killed, displaced, besieged...), from the words of its
sentence. The word lists live in ``data/measures.tsv``; they are matched on stems."""
from __future__ import annotations

from functools import lru_cache

from khulasa.arabic.normalize import normalize
from khulasa.arabic.stem import stem_words
from khulasa.news.resources import read_table


@lru_cache(maxsize=1)
def measure_stems() -> dict[str, str]:
    """stem -> measure"""
    out: dict[str, str] = {}
    for row in read_table("measures.tsv"):
        measure, words = row[:2]
        for stem in stem_words(words.split()):
            out.setdefault(stem, measure)
    return out


@lru_cache(maxsize=1)
def measure_words() -> dict[str, str]:
    """word, normalised as the data file writes it -> measure"""
    out: dict[str, str] = {}
    for row in read_table("measures.tsv"):
        measure, words = row[:2]
        for word in words.split():
            out.setdefault(normalize(word), measure)
    return out


def measures_near_numbers(terms: tuple[str, ...] | list[str], window: int = 6) -> set[str]:
    """Measures whose words stand within ``window`` terms of a quantity in ``terms``."""
    stems = measure_stems()
    found: set[str] = set()
    for i, t in enumerate(terms):
        if not t[:1].isdigit() or (len(t) == 4 and 1900 <= int(float(t)) <= 2100):
            continue
        for u in terms[max(0, i - window): i + window + 1]:
            m = stems.get(u)
            if m:
                found.add(m)
    return found
