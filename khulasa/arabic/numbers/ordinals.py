"""Ordinals: الثالث -> 3, الحادي عشر -> 11, التالي -> current+1 (``ordinals.tsv``)."""
from __future__ import annotations

from khulasa.arabic.numbers.around import phrase_before
from khulasa.arabic.numbers.tokens import Tok, gap, only_space
from khulasa.arabic.numbers.words import grammar, strip_clitic, words

ROUND_BOTH_WAYS = (100, 1000)  # المئة، الألف: the hundredth and the hundred, the thousandth and the thousand
BOUND_ROLES = ("approx", "min", "max")  # ما يزيد على، أكثر من، نحو: what stands before a count, never an ordinal


def _teen(text: str, toks: list[Tok], j: int, value: int | str) -> tuple[int | str, int] | None:
    """الحادي عشر -> 11; الثالث عشر -> 13; الحادية عشرة -> 11"""
    if isinstance(value, int) and value < 10 and j + 1 < len(toks) and toks[j + 1].key in grammar().ordinal_teen:
        if only_space(gap(text, toks[j], toks[j + 1])):
            return value + 10, j + 1
    return None


def _words_joined(text: str, span: list[Tok]) -> bool:
    return all(only_space(gap(text, a, b)) for a, b in zip(span, span[1:], strict=False))


def ordinal(toks: list[Tok], i: int, text: str) -> tuple[int | str, int] | None:
    """(value, index of its last token) of an ordinal at token ``i``: الثالث -> 3"""
    data = words()
    key = toks[i].key
    if key not in data.ordinal_first and strip_clitic(key) not in data.ordinal_first:
        return None
    article = grammar().article
    for n in (4, 3, 2, 1):
        span = toks[i:i + n]
        if len(span) < n:
            continue
        keys = tuple(t.key for t in span)
        for cand in (keys, (strip_clitic(keys[0]),) + keys[1:]):
            value = data.ordinals.get(cand)
            if value is None or not _words_joined(text, span):
                continue
            j = i + n - 1
            teen = _teen(text, toks, j, value)
            if teen is not None:
                return teen
            if n == 1 and isinstance(value, int) and value >= 20 and not keys[0].startswith(article):
                continue  # a bare عشرون is a cardinal
            if n == 1 and value in ROUND_BOTH_WAYS and (phrase_before(toks, i, text) or ("", 0))[0] in BOUND_ROLES:
                return None  # ما يزيد على الألف من الرهائن: more than the thousand, a count
            return value, j
    return None
