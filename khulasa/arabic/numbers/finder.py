"""Every number in a text (``find``), with its tokens (``scan``); the value of a text that is one
numeral (``parse``); and a fast test that a text may hold one (``may_contain``)."""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from khulasa.arabic.normalize import normalize_sentence
from khulasa.arabic.numbers.context import with_context
from khulasa.arabic.numbers.match import NumberMatch
from khulasa.arabic.numbers.ordinals import ordinal
from khulasa.arabic.numbers.reader import not_a_number, read
from khulasa.arabic.numbers.tokens import Read, Tok, gap, last_token, tokens
from khulasa.arabic.numbers.words import (
    ARABIC_COMMA,
    ARABIC_QUESTION_MARK,
    ARABIC_SEMICOLON,
    and_letters,
    grammar,
    words,
)
from khulasa.arabic.resources import precheck_clitics
from khulasa.arabic.tokenize import Token, remembered, word_runs

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# what parse trims off both ends of a numeral (a leading point is kept: .77)
_EDGE = " \t\n.," + ARABIC_COMMA + ":" + ARABIC_SEMICOLON + "!?" + ARABIC_QUESTION_MARK + "\"'«»“”()"


@lru_cache(maxsize=1)
def _hint() -> frozenset[str]:
    """Every number word with the clitics it may carry, as whole words: a set lookup per word
    is several times cheaper than one regular expression of a thousand alternatives."""
    number_words = {k for k in words().words if "#" not in k}
    prefixes, suffixes = precheck_clitics("number_prefix"), precheck_clitics("number_suffix")
    return frozenset(p + w + x for w in number_words for p in prefixes for x in suffixes)


def may_contain(text: str) -> bool:
    """A fast test: False means ``find`` would find no number in ``text`` (ordinals aside)."""
    if _DIGIT.search(text):
        return True  # (digits of either script are digits before normalising: most numbers are written so)
    key = normalize_sentence(text)
    return bool(_DIGIT.search(key)) or not _hint().isdisjoint(word_runs(key))


@lru_cache(maxsize=1024)
def scan(text: str) -> tuple[list[Token], list[NumberMatch]]:
    """``tokenize(text)`` and ``find(text)`` together, remembered for the last texts: the
    figures and the dates of one sentence both need them. Callers must not change the lists."""
    given = remembered(text)
    return given, find(text, given)


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """``offset`` lies in one of ``spans`` (sorted, disjoint): by bisection, since a text may
    hold thousands of web addresses."""
    k = bisect_right(spans, (offset, float("inf"))) - 1
    return k >= 0 and offset < spans[k][1]


def _finite(m: NumberMatch) -> bool:
    """A number whose value, bounds or start overflowed (1e300 مليار) is no usable count."""
    return all(v is None or math.isfinite(v) for v in (m.value, m.low, m.high, m.change_from))


def _ordinal_match(text: str, value: int | str, start: int, end: int) -> NumberMatch:
    """الثالث -> 3; التالي -> current+1 (by position)"""
    if isinstance(value, str):
        return NumberMatch(start, end, text[start:end], None, kind="ordinal", relative=value)
    return NumberMatch(start, end, text[start:end], float(value), kind="ordinal")


def _number_at(text: str, toks: list[Tok], i: int, out: list[NumberMatch]) -> int:
    """Read what starts at token ``i`` (an ordinal or a number) into ``out``: the next token."""
    found = ordinal(toks, i, text)
    if found is not None:
        value, j = found
        out.append(_ordinal_match(text, value, toks[i].start, toks[j].end))
        return j + 1
    if not_a_number(text, toks, i):
        return i + 1
    r = read(text, toks, i)
    if r is None:
        return i + 1
    tens = _definite_tens_after(text, toks, i, r)
    if tens is not None:
        # الثلاثة والثلاثون، الأربع والعشرين: a unit and its tens with the article, one number (33, 24)
        r = replace(r, value=r.value + tens, end_tok=i + 1, end=toks[i + 1].end)
    unit = _definite_unit_before(text, toks, i, r)
    if unit is not None:
        # الستة عشر: sixteen with the article (المنتخبات الستة عشر، دور الستة عشر), not ten
        i, r = i - 1, replace(r, value=r.value + unit, start=toks[i - 1].start)
    m = with_context(text, toks, i, r)
    if _finite(m):
        out.append(m)
    return last_token(toks, m.end, i) + 1


def _definite_tens_after(text: str, toks: list[Tok], i: int, r: Read) -> float | None:
    """The tens after a unit written with the article (الثلاثة والثلاثون): و, the article and a tens word,
    right after the unit read alone at token ``i``."""
    article = grammar().article
    if r.end_tok != i or i + 1 >= len(toks) or not toks[i].key.startswith(article):
        return None
    after = toks[i + 1]
    rest = after.key[1:] if after.key[:1] in grammar().and_ else ""
    if not rest.startswith(article) or gap(text, toks[i], after).strip():
        return None
    tens = words().words.get(rest[len(article):])
    return tens[0] if tens is not None and tens[1] == "tens" else None


def _definite_unit_before(text: str, toks: list[Tok], i: int, r: Read) -> float | None:
    """The unit of a teen written with the article (الستة عشر، الخمسة عشر): the ten word alone was
    read at token ``i``, right after a unit word carrying the article."""
    article = grammar().article
    if r.end_tok != i or i == 0 or toks[i].key not in grammar().ordinal_teen:
        return None
    before = toks[i - 1]
    if not before.key.startswith(article) or gap(text, before, toks[i]).strip():
        return None
    unit = words().words.get(before.key[len(article):])
    return unit[0] if unit is not None and unit[1] in ("unit", "teen_unit") and 1 <= unit[0] <= 9 else None


def find(text: str, given: list[Token] | None = None) -> list[NumberMatch]:
    """Every number in ``text``, in order, with offsets into ``text``. ``given`` may pass
    ``tokenize(text)`` when the caller has it already."""
    if not text:
        return []
    toks = tokens(text, given)
    urls = [m.span() for m in _URL.finditer(text)]
    if urls:  # digits inside a web address are not numbers
        toks = [t for t in toks if not _inside(urls, t.start)]
    out: list[NumberMatch] = []
    i = 0
    n = len(toks)
    ordinal_first = words().ordinal_first
    while i < n:
        tok = toks[i]
        key = tok.key
        if tok.digits is None and tok.word is None and key not in ordinal_first and key[1:] not in ordinal_first:
            i += 1  # the common case: an ordinary word
            continue
        i = _number_at(text, toks, i, out)
    return _listed_alike(text, out)


# kinds a number listed after another by و takes from it, with the values it may then have
_LISTED = {"time": (0, 130), "year": (1900, 2100), "ordinal": (1, 1000)}  # (صاحبا المركزين 13 و14: two places)


def _listed_alike(text: str, found: list[NumberMatch]) -> list[NumberMatch]:
    """A bare number joined by و to a minute, a year or a rank is one too: في الدقيقتين 59 و65، في عامي
    2010 و2014، المركزين 13 و14 (a count there would be read as a figure)."""
    out = list(found)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        lo_hi = _LISTED.get(a.kind)
        if lo_hi is None or b.kind != "count" or b.value is None or b.bound or b.approx:
            continue
        if text[a.end:b.start].strip() in and_letters() and lo_hi[0] <= b.value <= lo_hi[1]:
            out[k] = replace(b, kind=a.kind)
    return out


def parse(text: str) -> float | None:
    """The value of ``text`` when the whole of it is one numeral expression, else None:
    خمسمائة و خمسة و عشرون -> 525.0"""
    stripped = text.strip().rstrip(_EDGE).lstrip(_EDGE.replace(".", ""))
    if not stripped:
        return None
    matches = find(stripped)
    if len(matches) != 1:
        return None
    m = matches[0]
    rest = (stripped[: m.start] + stripped[m.end:]).strip(_EDGE)
    if rest:
        return None
    return m.value
