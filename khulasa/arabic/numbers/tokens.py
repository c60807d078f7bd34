"""The tokens as the reader sees them (each with its value when it is digits or a number word),
what lies between two of them, and the number read from a token on."""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from khulasa.arabic.normalize import strip_diacritics
from khulasa.arabic.numbers.token_value import WordValue, digit_value, number_word
from khulasa.arabic.numbers.words import DAMMA, grammar
from khulasa.arabic.tokenize import Token, tokenize


class Tok(NamedTuple):  # a tuple: made once per token of every sentence read, so it must be cheap
    start: int
    end: int
    raw: str
    key: str
    digits: float | None = None  # value when the token is written in digits
    word: WordValue = None  # (value, class) when it is a number word
    conj: bool = False  # the word carries a leading و ("وعشرون")


@dataclass(slots=True)
class Read:
    """One number read from a token on, before what stands around it is looked at."""
    value: float
    end_tok: int  # index of the last token used
    end: int  # character offset
    kind: str = "count"
    vague: bool = False
    low: float | None = None
    high: float | None = None
    start: int | None = None  # when the number starts before its first token (.77)


Reading = tuple[float | None, WordValue, bool]  # (digits, word, conj)
_readings: dict[str, Reading] = {}  # token as written -> its reading: words repeat


def _reading(raw: str, key: str) -> Reading:
    if key[0].isdigit():
        return digit_value(key), None, False
    if strip_diacritics(raw) in grammar().without_hamza:
        return None, None, False  # حيا أم ميتا: dead, not مئتا
    word, conj = number_word(key, len(raw) > 1 and raw[1] == DAMMA)
    return None, word, conj


def tokens(text: str, given: list[Token] | None = None) -> list[Tok]:
    """The tokens of ``text`` (or ``given``, its tokens already made) with their values."""
    if len(_readings) > 200_000:
        _readings.clear()
    known = _readings.get
    # (a Tok made as a plain tuple of the token's fields and its reading: the named tuple's own
    # constructor is a Python call per word)
    return [_new(Tok, (*t, *(known(t.text) or _kept(t)))) for t in (given if given is not None else tokenize(text))]


_new = tuple.__new__


def _kept(t: Token) -> Reading:
    """The reading of a token not read before, kept for the next time its word is written."""
    r = _readings[t.text] = _reading(t.text, t.key)
    return r


def gap(text: str, a: Tok, b: Tok) -> str:
    return text[a.end:b.start]


def only_space(between: str) -> bool:
    return between.strip() == "" and "\n" not in between


def last_token(toks: list[Tok], end: int, i: int) -> int:
    """The index of the last token from ``i`` on that ends by ``end``."""
    j = i
    while j + 1 < len(toks) and toks[j + 1].end <= end:
        j += 1
    return j
