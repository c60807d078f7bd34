"""Repair of words that run together (الأممالمتحدة, موسكوودمشق), for matching only.

A word is split in two only when neither it nor its stem is known (an unknown inflection of a
known word, والتمديد or انتاجهما, is not two words), both halves are common words that are not
function words, and of all such splits the one with the highest product of the halves'
frequencies wins. The displayed text is never changed.
"""
from __future__ import annotations

import math
from functools import lru_cache

from khulasa.arabic.lexicon import Lexicon, lexicon, stem_stats
from khulasa.arabic.resources import read_table
from khulasa.arabic.stem import stem_words
from khulasa.arabic.stopwords import stopwords

MIN_LENGTH = 7  # shorter unknown words are names or typos more often than two words
MIN_PART = 3  # each half at least this long (rules out clitics: و، ب، ال)
MIN_PART_COUNT = 30  # each half must be a common word
MAX_WHOLE_COUNT = 1  # the glued form itself must be (nearly) unknown


@lru_cache(maxsize=1)
def _affixes() -> tuple[frozenset[str], frozenset[str]]:
    rows = read_table("affixes.tsv")
    return (frozenset(a for k, a in rows if k == "prefix"), frozenset(a for k, a in rows if k == "suffix"))


LONG_WORD = 30  # past this length the cuts are bounded by the longest common word


@lru_cache(maxsize=1)
def _longest_common_word(lex: Lexicon) -> int:
    return max((len(w) for w, c in lex.counts.items() if len(w) >= MIN_PART and int(c) >= MIN_PART_COUNT), default=0)


def _cut_points(key: str, lex: Lexicon) -> range:
    """Where ``key`` may be cut: each half at least MIN_PART long and, for a long key, no
    longer than the longest common word (a 100 KB run of letters has no other cut worth
    trying, and slicing it at every point was quadratic: 12 s)."""
    n = len(key)
    if n <= LONG_WORD:
        return range(MIN_PART, n - MIN_PART + 1)
    longest = _longest_common_word(lex)
    return range(max(MIN_PART, n - longest), min(n - MIN_PART, longest) + 1)


def split_glued(key: str, lex: Lexicon | None = None) -> tuple[str, str] | None:
    """The two words ``key`` (a normalised word) was made of, or None."""
    if len(key) < MIN_LENGTH or not key.isalpha():
        return None
    lex = lex or lexicon()
    if lex.freq(key) > MAX_WHOLE_COUNT or stem_words([key])[0] in stem_stats():
        return None
    stop = stopwords()
    prefixes, suffixes = _affixes()
    best, best_score = None, -math.inf
    for i in _cut_points(key, lex):
        a, b = key[:i], key[i:]
        fa, fb = lex.freq(a), lex.freq(b)
        if fa < MIN_PART_COUNT or fb < MIN_PART_COUNT or a in stop or b in stop:
            continue
        if a in prefixes or b in suffixes:
            continue
        score = math.log(fa) + math.log(fb)
        if score > best_score:
            best, best_score = (a, b), score
    return best
