"""One-letter proclitics (و ف ب ل ك) taken off a word so it can be looked up bare. One rule over
named sets in ``data/single_proclitics.tsv``: which letters, and how long the word must be for
its first letter to be read as a clitic rather than as part of the word."""
from __future__ import annotations

from functools import cache, lru_cache

from khulasa.arabic.resources import read_table


@lru_cache(maxsize=1)
def _sets() -> dict[str, tuple[frozenset[str], int]]:
    return {row[0]: (frozenset(row[1]), int(row[2])) for row in read_table("single_proclitics.tsv")}


@cache
def clitic_letters(kind: str) -> frozenset[str]:
    """The letters of one named set."""
    return _sets()[kind][0]


def clitic_word_longer(kind: str) -> int:
    """How many letters a word of one named set must exceed for its first letter to be a clitic."""
    return _sets()[kind][1]


_loaded: dict[str, tuple[frozenset[str], int]] = {}  # the sets, once read: ``bare`` is asked for every word


@lru_cache(maxsize=1 << 16)  # (asked for every word of many sentences: a hit costs no call of its own)
def bare(word: str, kind: str = "particle") -> str:
    """The word without its first letter when that letter is a clitic of ``kind`` and the word
    is long enough (``bare("بدمشق") == "دمشق"``, ``bare("وفد", "conjunction") == "وفد"``)."""
    sets = _loaded or _load()
    letters, longer = sets[kind]
    return word[1:] if len(word) > longer and word[0] in letters else word


_bare_sentences: dict[tuple[tuple[str, ...], str], list[str]] = {}  # the last sentences' words, made bare
_BARE_SENTENCES = 4096  # how many are kept: several stages ask the same sentence's words, one after another


def bare_all(words: list[str], kind: str = "particle") -> list[str]:
    """``[bare(w, kind) for w in words]``, in one call: a sentence's words are asked for at once,
    and by several stages in turn (remembered: callers must not change the list)."""
    key = (tuple(words), kind)
    found = _bare_sentences.get(key)
    if found is None:
        if len(_bare_sentences) >= _BARE_SENTENCES:
            _bare_sentences.clear()
        letters, longer = (_loaded or _load())[kind]
        found = _bare_sentences[key] = [w[1:] if len(w) > longer and w[0] in letters else w for w in words]
    return found


def _load() -> dict[str, tuple[frozenset[str], int]]:
    _loaded.update(_sets())
    return _loaded
