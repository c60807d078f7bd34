"""The field of a ranking: the number after بين in رابع أسوأ أداء بين 26 عملة or المرتبة 161 من
بين 180 بلدا says how many were ranked, not a quantity the story tracks."""
from __future__ import annotations

from khulasa.analyse.figures.words import broken, figure_words, index_at
from khulasa.arabic.clitics import bare as unglued
from khulasa.arabic.numbers import NumberMatch
from khulasa.arabic.tokenize import Token

RANK_REACH = 6  # words from the rank back to بين: أكبر انخفاض في مستوى التلوث بين 28 مدينة


def ranked_among(text: str, tokens: list[Token], found: list[NumberMatch], m: NumberMatch) -> bool:
    """The number follows (من) بين, and a rank (an ordinal, المرتبة, a superlative) stands before
    it in the same clause."""
    among = _among_at(tokens, index_at([t.end for t in tokens], m.start))
    if among is None:
        return False
    ordinals = [o for o in found if o.kind == "ordinal" and o.end <= tokens[among].start]
    for k in range(among - 1, max(-1, among - 1 - RANK_REACH), -1):
        if broken(text, tokens, k, k + 1):
            return False  # the rank must be in the number's clause
        if unglued(tokens[k].key) in figure_words("rank") or any(o.start <= tokens[k].start < o.end for o in ordinals):
            return True
    return False


def _among_at(tokens: list[Token], lo: int) -> int | None:
    """Where بين is: the number's first word (the number reader keeps it in the span: بين 26) or the
    word before it."""
    for k in (lo, lo - 1):
        if 0 <= k < len(tokens) and tokens[k].key in figure_words("among_field"):
            return k
    return None
