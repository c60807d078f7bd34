"""Outlet boilerplate: datelines to start a sentence after, and sentences never to quote.
The patterns live in ``data/boilerplate.tsv``."""
from __future__ import annotations

import re
from functools import lru_cache

from khulasa.news.resources import read_table


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern, ...], tuple[re.Pattern, ...]]:
    datelines: list[re.Pattern] = []
    sentences: list[re.Pattern] = []
    for row in read_table("boilerplate.tsv"):
        kind, pattern = row[:2]
        (datelines if kind == "dateline" else sentences).append(re.compile(pattern))
    return tuple(datelines), tuple(sentences)


def dateline_length(sentence: str) -> int:
    """How many leading characters of ``sentence`` are a dateline (0 if none)."""
    for p in _patterns()[0]:
        m = p.match(sentence)
        if m and m.end() < len(sentence):
            return m.end()
    return 0


def is_boilerplate(sentence: str) -> bool:
    return any(p.search(sentence) for p in _patterns()[1])
