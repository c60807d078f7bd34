"""Loading of the news data files in ``khulasa/news/data``."""
from __future__ import annotations

from functools import cache

from khulasa.arabic.normalize import normalize
from khulasa.arabic.resources import read_lines as _read_lines
from khulasa.arabic.resources import read_table as _read_table


def read_lines(name: str) -> list[str]:
    return _read_lines(name, "khulasa.news")


def read_table(name: str) -> tuple[tuple[str, ...], ...]:
    return _read_table(name, "khulasa.news")


def word_set(name: str, kind: str) -> frozenset[str]:
    """The normalised words of one kind in a ``kind<TAB>word`` data file."""
    return _word_sets(name).get(kind, frozenset())


@cache
def _word_sets(name: str) -> dict[str, frozenset[str]]:
    """Every kind's words in a ``kind<TAB>word`` data file, sorted out in one pass over it (a pass per kind
    had walked figure_words.tsv's 1,600 rows for each of its 200 kinds)."""
    kinds: dict[str, set[str]] = {}
    for row in read_table(name):
        kinds.setdefault(row[0], set()).add(normalize(row[1]))
    return {kind: frozenset(words) for kind, words in kinds.items()}


@cache
def written_set(name: str, kind: str) -> frozenset[str]:
    """The words of one kind in a ``kind<TAB>word`` data file as the news writes them, not normalised: for a quick
    test on a text's own letters before it is read word by word."""
    return frozenset(row[1] for row in read_table(name) if row[0] == kind)
