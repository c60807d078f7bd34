"""Content terms of a text for matching: stop words removed, run-together words repaired,
the rest stemmed; numbers kept (digits folded, separators removed)."""
from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import chain

from khulasa.arabic.normalize import normalize, strip_diacritics
from khulasa.arabic.repair import split_glued
from khulasa.arabic.resources import read_table
from khulasa.arabic.stem import stem_words
from khulasa.arabic.stopwords import stopwords

_WORD = re.compile(
    r"[\u0620-\u064A\u066E-\u066F\u0671-\u06D3\u06D5\u06FA-\u06FF\uFB50-\uFDFF\uFE70-\uFEFC]+"
    r"|[A-Za-z\u00C0-\u024F]+"
    r"|\d+(?:[.,\u060C\u066B\u066C]\d+)*"
)
_SEPARATORS = str.maketrans("", "", ",\u060C\u066C")
_DIGIT = re.compile(r"\d")

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


@lru_cache(maxsize=1)
def _multipliers() -> dict[str, float]:
    return {w: float(v) for w, v in read_table("multipliers.tsv")}


def _number_value(digits: str) -> float | None:
    try:
        value = float(normalize(digits).translate(_SEPARATORS))
    except ValueError:
        return None
    return value if math.isfinite(value) else None  # 400 digits read as inf: no usable value


def _format(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


def terms(text: str) -> list[str]:
    """Content terms of ``text``; a number written with a multiplier word (7 آلاف, 1.5 مليون)
    becomes one term holding its value (7000, 1500000)."""
    words = _WORD.findall(strip_diacritics(text))
    if not _DIGIT.search(text):  # the common case: no number to join with its multiplier
        return list(chain.from_iterable(_terms_of(words)))
    multipliers = _multipliers()
    out: list[str] = []
    skip_next = False
    for i, t in enumerate(_terms_of(words)):
        if skip_next:
            skip_next = False
            continue
        w = words[i]
        if w[0].isdigit() and i + 1 < len(words):
            factor = multipliers.get(normalize(words[i + 1]))
            value = _number_value(w)
            if factor and value is not None and math.isfinite(value * factor):
                out.append(_format(value * factor))
                skip_next = True
                continue
        out.extend(t)
    return out
