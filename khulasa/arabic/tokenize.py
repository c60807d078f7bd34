"""Word tokens with offsets into the original text, and their matching keys."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from khulasa.arabic.normalize import normalize

# Arabic letters (with marks and tatweel inside a word), Latin words, and numbers with their
# separators (350،000 , 2.5 , ٢٠١٨). Underscores and '#' split hashtags into their words.
_TOKEN = re.compile(
    r"[\u0620-\u064A\u064B-\u065F\u0670\u066E-\u066F\u0671-\u06D3\u06D5-\u06ED\u06FA-\u06FF"
    r"\uFB50-\uFDFF\uFE70-\uFEFC]+"
    r"|[A-Za-z\u00C0-\u024F]+"
    r"|\d+(?:[\u200e\u200f\u202a-\u202e\u2066-\u2069]*[.,\u060C\u066B\u066C][\u200e\u200f\u202a-\u202e\u2066-\u2069]*\d+)*"
)


class Token(NamedTuple):
    start: int
    end: int
    text: str  # as written
    key: str  # normalised for matching

    @property
    def is_number(self) -> bool:
        return self.key[:1].isdigit()


_keys: dict[str, str] = {}  # surface -> key: words repeat, normalising each again is the slow part


_new = tuple.__new__  # (a token made as a plain tuple: the named tuple's own constructor is a Python call per word)


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    add = out.append
    keys = _keys
    if len(keys) > 500_000:
        keys.clear()
    for m in _TOKEN.finditer(text):
        surface = m.group()
        key = keys.get(surface)
        if key is None:
            key = keys[surface] = normalize(surface).lower()
        if key:
            add(_new(Token, (*m.span(), surface, key)))
    return out


@lru_cache(maxsize=2048)
def remembered(text: str) -> list[Token]:
    """``tokenize(text)``, remembered for the last texts: the numbers and the places of one
    sentence or title each ask for its tokens. Callers must not change the list."""
    return tokenize(text)


def words(text: str) -> list[str]:
    """Normalised word keys of ``text``."""
    return [t.key for t in tokenize(text)]


_RUN = re.compile(r"\w+")


@lru_cache(maxsize=1024)
def word_runs(key: str) -> tuple[str, ...]:
    """The maximal runs of word characters of a normalised text (letters and digits together,
    as regular expressions' \\w sees them), remembered for the last texts: the number and the
    date pre-checks of one sentence both look its words up."""
    return tuple(_RUN.findall(key))
