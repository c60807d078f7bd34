"""The word lists figures are read with (``news/data/figure_words.tsv``), each kind a set built
once, and the token lookup every part of the figure reader shares."""
from __future__ import annotations

from bisect import bisect_right
from functools import cache

from khulasa.arabic.normalize import normalize
from khulasa.arabic.tokenize import Token
from khulasa.news.resources import word_set


@cache
def figure_words(kind: str) -> frozenset[str]:
    """The words of one kind in figure_words.tsv (a set built once, not once per number)."""
    return word_set("figure_words.tsv", kind)


@cache
def either(*sets: frozenset[str]) -> frozenset[str]:
    """The union of word sets, built once (a union asked for every number or word was rebuilt each time)."""
    return frozenset().union(*sets)


def counts_a(subject: str | None, kind: str) -> bool:
    """The counted noun, as written, opens with a word of ``kind`` (مقاتلي, الدبلوماسيين: its first word normalised)."""
    return bool(subject) and normalize(subject.split()[0]) in figure_words(kind)  # type: ignore[union-attr]


CLAUSE_BREAKS = ",،.؛:"  # marks that end a clause between two words
PHRASE_BREAKS = CLAUSE_BREAKS + "()\"“”«»"  # ... and the brackets and quotes a phrase does not run across


def broken(text: str, tokens: list[Token], a: int, b: int, marks: str = CLAUSE_BREAKS) -> bool:
    """One of ``marks`` stands between token ``a`` and token ``b`` (a < b) of ``text``."""
    between = text[tokens[a].end:tokens[b].start]
    return any(ch in between for ch in marks)


def index_at(ends: list[int], offset: int) -> int:
    """The first token ending after ``offset`` (``ends``: every token's end, in order)."""
    return bisect_right(ends, offset)
