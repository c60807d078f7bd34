"""Roundups (``news/data/roundups.tsv``): an article that reviews the day's papers or news names
many happenings and is about none of them."""
from __future__ import annotations

from functools import cache

from khulasa.arabic.normalize import normalize
from khulasa.news.resources import read_table

OPENING = 200  # characters of a lead a roundup's phrase stands in


@cache
def _phrases() -> tuple[str, ...]:
    return tuple(normalize(row[0]) for row in read_table("roundups.tsv"))


def is_roundup(title: str, lead: str) -> bool:
    """The title, or the lead's opening, says the article reviews the papers."""
    text = normalize(" ".join((title, lead[:OPENING])))
    return any(p in text for p in _phrases())
