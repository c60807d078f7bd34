"""Stems for matching: Snowball's Arabic stemmer (PyStemmer), after taking off the conjunction
prefixes it leaves glued to the article (``data/clitics.tsv``)."""
from __future__ import annotations

from functools import lru_cache

import Stemmer

from khulasa.arabic.normalize import normalize, strip_diacritics
from khulasa.arabic.resources import read_table


@lru_cache(maxsize=1)
def _stemmer():
    return Stemmer.Stemmer("arabic", 100_000)


@lru_cache(maxsize=1)
def _clitics() -> tuple[tuple[str, int, int], ...]:
    rules = [(p, int(n), int(m)) for p, n, m in read_table("clitics.tsv")]
    return tuple(sorted(rules, key=lambda r: -len(r[0])))


def _strip(key: str) -> str:
    for prefix, n, min_rest in _clitics():
        if key.startswith(prefix) and len(key) - n >= min_rest:
            return key[n:]
    return key


def stem_words(words: list[str]) -> list[str]:
    """Matching stems of words as written.

    Snowball is given the word with its letters as written (it reads ة, ى and hamza forms
    itself: folding ة to ه first would make it strip the ه as a pronoun); the stem is then
    normalised so that stems compare equal whatever the spelling.
    """
    missing = [w for w in words if w not in _memo]
    if missing:
        if len(_memo) > 500_000:
            _memo.clear()
        light = [_strip(strip_diacritics(w)) for w in missing]
        stems = _stemmer().stemWords(light)
        for w, st, lt in zip(missing, stems, light):
            _memo[w] = normalize(st or lt).lower()
    return [_memo[w] for w in words]


_memo: dict[str, str] = {}  # word as written -> stem: news vocabulary repeats


def stem(word: str) -> str:
    return stem_words([word])[0]
