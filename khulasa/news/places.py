"""The gazetteer (``data/places.txt``): places named in the news, each with the place it lies in."""
from __future__ import annotations

from functools import lru_cache

from khulasa.arabic.normalize import normalize
from khulasa.news.resources import read_lines


@lru_cache(maxsize=1)
def gazetteer() -> dict[tuple[str, ...], str]:
    """A place's normalised words -> its name as written in the gazetteer."""
    return {
        tuple(normalize(w) for w in line.split("\t")[0].split()): line.split("\t")[0].strip()
        for line in read_lines("places.txt")
    }


@lru_cache(maxsize=1)
def place_first_words() -> frozenset[str]:
    return frozenset(k[0] for k in gazetteer())


@lru_cache(maxsize=1)
def place_parents() -> dict[str, str]:
    """place -> the place it lies in (دوما -> الغوطة الشرقية -> ريف دمشق -> سوريا)."""
    out = {}
    for line in read_lines("places.txt"):
        name, _, parent = line.partition("\t")
        if parent.strip():
            out[name.strip()] = parent.strip()
    return out
