"""One-letter proclitics (و ف ب ل ك) taken off a word so it can be looked up bare. One rule over
named sets in ``data/single_proclitics.tsv``: which letters, and how long the word must be for
its first letter to be read as a clitic rather than as part of the word."""
from __future__ import annotations

from functools import lru_cache

from khulasa.arabic.resources import read_table


@lru_cache(maxsize=1)
def _sets() -> dict[str, tuple[frozenset[str], int]]:
    return {row[0]: (frozenset(row[1]), int(row[2])) for row in read_table("single_proclitics.tsv")}


def clitic_letters(kind: str) -> frozenset[str]:
    """The letters of one named set."""
    return _sets()[kind][0]


_loaded: dict[str, tuple[frozenset[str], int]] = {}  # the sets, once read: ``bare`` is asked for every word


def bare(word: str, kind: str = "particle") -> str:
    """The word without its first letter when that letter is a clitic of ``kind`` and the word
    is long enough (``bare("بدمشق") == "دمشق"``, ``bare("وفد", "conjunction") == "وفد"``)."""
    sets = _loaded or _load()
    letters, longer = sets[kind]
    return word[1:] if len(word) > longer and word[0] in letters else word


def bare_all(words: list[str], kind: str = "particle") -> list[str]:
    """``[bare(w, kind) for w in words]``, in one call: a sentence's words are asked for at once."""
    letters, longer = (_loaded or _load())[kind]
    return [w[1:] if len(w) > longer and w[0] in letters else w for w in words]


def _load() -> dict[str, tuple[frozenset[str], int]]:
    _loaded.update(_sets())
    return _loaded
