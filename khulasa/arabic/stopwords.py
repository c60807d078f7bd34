"""Arabic stop words: the stopwords-iso list (MIT) plus ``data/stopwords_extra.txt``,
all in normalised-for-matching form."""
from __future__ import annotations

from functools import lru_cache

import stopwordsiso

from khulasa.arabic.normalize import normalize
from khulasa.arabic.resources import read_lines


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """The project's own list (``data/stopwords_extra.txt``): particles and function words
    that stopwords-iso lacks."""
    return frozenset(normalize(w.strip()) for w in read_lines("stopwords_extra.txt"))


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    words = {normalize(w) for w in stopwordsiso.stopwords("ar")} | function_words()
    return frozenset(w for w in words if w)


@lru_cache(maxsize=1)
def relative_pronouns() -> frozenset[str]:
    """The relative pronouns (``data/relative_pronouns.txt``: التي، الذي، الذين ...), normalised."""
    return frozenset(normalize(w.strip()) for w in read_lines("relative_pronouns.txt"))


def is_stopword(key: str) -> bool:
    return key in stopwords()
