"""Arabic stop words: the stopwords-iso list (MIT) plus ``data/stopwords_extra.txt``,
all in normalised-for-matching form."""
from __future__ import annotations

from functools import lru_cache

import stopwordsiso

from .normalize import normalize
from .resources import read_lines


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    words = {normalize(w) for w in stopwordsiso.stopwords("ar")}
    words.update(normalize(w.strip()) for w in read_lines("stopwords_extra.txt"))
    return frozenset(w for w in words if w)


def is_stopword(key: str) -> bool:
    return key in stopwords()
