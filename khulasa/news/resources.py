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


@cache
def word_set(name: str, kind: str) -> frozenset[str]:
    """The normalised words of one kind in a ``kind<TAB>word`` data file."""
    return frozenset(normalize(row[1]) for row in read_table(name) if row[0] == kind)
