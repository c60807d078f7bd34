"""Content terms of a text for matching: stop words removed, run-together words repaired,
the rest stemmed; numbers kept (digits folded, separators removed)."""
from __future__ import annotations

import re

from .normalize import normalize, strip_diacritics
from .repair import split_glued
from .stem import stem_words
from .stopwords import stopwords

_WORD = re.compile(
    r"[\u0620-\u064A\u066E-\u066F\u0671-\u06D3\u06D5\u06FA-\u06FF\uFB50-\uFDFF\uFE70-\uFEFC]+"
    r"|[A-Za-z\u00C0-\u024F]+"
    r"|\d+(?:[.,\u060C\u066B\u066C]\d+)*"
)
_SEPARATORS = str.maketrans("", "", ",\u060C\u066C")

# Memo of word -> terms: news vocabulary repeats, and this is the hot loop of analysis.
_memo: dict[str, tuple[str, ...]] = {}
_MEMO_LIMIT = 400_000


def _terms_of(words: list[str]) -> list[tuple[str, ...]]:
    missing = [w for w in dict.fromkeys(words) if w not in _memo]
    if missing:
        if len(_memo) > _MEMO_LIMIT:
            _memo.clear()
        stop = stopwords()
        for w in missing:
            if w[0].isdigit():
                _memo[w] = (normalize(w).translate(_SEPARATORS),)
                continue
            key = normalize(w).lower()
            if len(key) < 2 or key in stop:
                _memo[w] = ()
                continue
            parts = split_glued(key)
            if parts and len(key) == len(w):
                # split the word as written (Snowball needs its ة and hamza), at the same place
                cut = len(parts[0])
                pieces = [p for p, k in ((w[:cut], parts[0]), (w[cut:], parts[1])) if k not in stop]
            elif parts:
                pieces = [p for p in parts if p not in stop]
            else:
                pieces = [w]
            _memo[w] = tuple(stem_words(pieces))
    return [_memo[w] for w in words]


def terms(text: str) -> list[str]:
    words = _WORD.findall(strip_diacritics(text))
    out: list[str] = []
    for t in _terms_of(words):
        out.extend(t)
    return out
