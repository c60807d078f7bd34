"""A number written in words, from its token on: units, teens, tens, hundreds and scales, joined
by و (خمسمائة و خمسة و عشرون -> 525). A word of a vague count (عشرات) or a lone fraction (ربع)
is a number of its own; otherwise the words are summed while each may follow the one before."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from khulasa.arabic.numbers import digits
from khulasa.arabic.numbers.tokens import Read, Tok, gap, only_space
from khulasa.arabic.numbers.words import after_and, glued_and, grammar, words

_SCALES = ("scale", "scale2")
_HUNDREDS = ("hundred", "hundreds")


@dataclass(slots=True)
class _Sum:
    """The words read so far: the sum of the scales passed (total) and of the words since."""
    j: int  # the last token taken
    last_cls: str
    total: float = 0.0
    current: float = 0.0
    last_scale: float = float("inf")


def _vague_count(text: str, toks: list[Tok], i: int, first: tuple[float, str]) -> Read | None:
    """عشرات -> 10 to 99 (vague); مئات الآلاف -> 100000 to 999999; بضعة -> 3 to 9"""
    value, cls = first
    # (glued to و too: وملايين المهجرين is as vague as ملايين)
    keys = (toks[i].key, after_and(toks[i].key) or toks[i].key)
    if not (cls == "vague" or (cls == "scale" and any(k + "#vague" in words().words for k in keys))):
        return None
    j = i
    if i + 1 < len(toks) and only_space(gap(text, toks[i], toks[i + 1])):
        nxt = words().words.get(toks[i + 1].key)
        if nxt and nxt[0] >= 1000 and nxt[1] in ("scale", "vague") and nxt[0] > value:
            value *= nxt[0]
            j = i + 1
    # an order of magnitude: عشرات 10–99، مئات الآلاف 100,000–999,999; بضعة (a few) 3–9
    return Read(value, j, toks[j].end, vague=True, low=value, high=value * 10 - 1 if value >= 10 else 9)


def _lone_fraction(text: str, toks: list[Tok], i: int, first: tuple[float, str]) -> Read | None:
    """ربع -> 0.25 (a fraction word is a number of its own); a fraction of a scale is a count:
    نصف مليون -> 500000، ربع المليون -> 250000"""
    if first[1] != "fraction":
        return None  # (a plural fraction alone is none: see read_words)
    if i + 1 < len(toks) and only_space(gap(text, toks[i], toks[i + 1])):
        scale = words().words.get(toks[i + 1].key)
        if scale and scale[1] == "scale" and scale[0] >= 1000:
            return Read(first[0] * scale[0], i + 1, toks[i + 1].end)
    return Read(first[0], i, toks[i].end, kind="fraction")


FIRST_WORD: tuple[Callable[[str, list[Tok], int, tuple[float, str]], Read | None], ...] = (_vague_count, _lone_fraction)


def _add_units(s: _Sum, v: float) -> None:
    """خمسة و عشرون -> 5 + 20"""
    s.current += v


def _add_hundred(s: _Sum, v: float) -> None:
    """ثلاث مئة -> 300; مئة -> 100"""
    s.current = s.current * 100 if 0 < s.current < 10 else s.current + 100


def _add_scale(s: _Sum, v: float) -> None:
    """ثلاثة آلاف -> 3000; ألف -> 1000"""
    s.total += (s.current or 1) * v
    s.last_scale = v
    s.current = 0


def _add_dual(s: _Sum, v: float) -> None:
    """ألفين -> 2000"""
    s.total += v
    s.last_scale = v / 2
    s.current = 0


def _add_fraction_plural(s: _Sum, v: float) -> None:
    """ثلاثة أرباع -> 0.75"""
    s.current = (s.current or 1) * v


ADD: dict[str, Callable[[_Sum, float], None]] = {
    "unit": _add_units, "teen_unit": _add_units, "ten": _add_units, "tens": _add_units, "hundreds": _add_units,
    "hundred": _add_hundred, "scale": _add_scale, "scale2": _add_dual, "fraction_plural": _add_fraction_plural,
}


TEEN_UNIT = "teen_unit"  # اثنا، باثني، بأحد: a word of one or two that only begins a teen


def _joined_by_and(s: _Sum, cls: str, v: float) -> bool:
    """خمسة وعشرون -> 25; ألفين وخمسمئة -> 2500; never after tens (بين عشرة وخمسة عشر is a range); اثني وعشرين,
    a common misspelling of اثنين وعشرين -> 22"""
    if s.last_cls in ("unit", TEEN_UNIT) and cls == "tens":
        return True
    if s.last_cls in _HUNDREDS:
        return v < 100
    return s.last_cls in _SCALES and v < s.last_scale


def _side_by_side(s: _Sum, cls: str, v: float) -> bool:
    """خمسة عشر -> 15; ثلاث مئة -> 300; ثلاثة آلاف -> 3000; ثلاثة أرباع -> 0.75; اثنا عشر -> 12"""
    if s.last_cls == TEEN_UNIT:
        return cls == "ten"
    if s.last_cls == "unit" and cls in ("ten", "hundred", "scale", "fraction_plural"):
        return True
    return cls in ("scale", "fraction_plural") and s.last_cls in ("unit", "ten", "tens", "hundred", "hundreds")


def skip_and(text: str, toks: list[Tok], k: int) -> tuple[int | None, bool]:
    """Step over a separate و between two number words: (index of the next word, joined)."""
    if not only_space(gap(text, toks[k - 1], toks[k])):
        return None, False
    if toks[k].key in grammar().and_ and k + 1 < len(toks) and only_space(gap(text, toks[k], toks[k + 1])):
        return k + 1, True
    return k, False


def _digits_rest(text: str, toks: list[Tok], k: int, joined: bool, s: _Sum) -> int | None:
    """مليون و250 ألفا -> 1250000 (digits for the rest after a scale and و)"""
    if toks[k].digits is None or not joined or s.last_cls not in _SCALES:
        return None
    rest = digits.read_digits(text, toks, k)
    if rest is None or rest.kind != "count" or not rest.value < s.last_scale:
        return None
    s.total += rest.value
    s.current = 0
    s.last_cls = "scale"
    s.j = rest.end_tok
    return rest.end_tok + 1


def _next_word(text: str, toks: list[Tok], k: int, s: _Sum) -> int | None:
    """Take the word at token ``k`` (or after a و) into the sum: the token after it, or None
    where the number ends."""
    at, joined = skip_and(text, toks, k)
    if at is None:
        return None
    tok = toks[at]
    if tok.word is None:
        return _digits_rest(text, toks, at, joined, s)
    v, c = tok.word
    if c == TEEN_UNIT and not _begins_a_teen(text, toks, at):
        return None  # مئة وأثنى الوزير: the number ends before the verb (he praised)
    if c == "vague":  # آلاف after a number is a scale (ثلاثة آلاف)
        hit = words().words.get(tok.key[1:] if tok.conj else tok.key)
        if not (hit and hit[1] == "scale"):
            return None
        v, c = hit
    joined = joined or tok.conj or glued_and(tok.key)
    if c == "fraction":
        return _half_of_scale(text, toks, at, joined, v, s)
    if not (_joined_by_and(s, c, v) if joined else _side_by_side(s, c, v)):
        return None
    add = ADD.get(c)
    if add is not None:
        add(s, v)
    s.last_cls = c
    s.j = at
    return at + 1


def _begins_a_teen(text: str, toks: list[Tok], at: int) -> bool:
    """A word of one or two that only begins a teen is followed by the ten (اثنا عشر) or, misspelt for اثنين, by
    و and the tens (اثني وعشرين)."""
    if at + 1 >= len(toks) or not only_space(gap(text, toks[at], toks[at + 1])):
        return False
    nxt = toks[at + 1].word
    if nxt is not None and (nxt[1] == "ten" or (nxt[1] == "tens" and toks[at + 1].conj)):
        return True
    after_and, _joined = skip_and(text, toks, at + 1)
    word = toks[after_and].word if after_and is not None and after_and != at + 1 else None
    return word is not None and word[1] == "tens"


def _half_of_scale(text: str, toks: list[Tok], at: int, joined: bool, v: float, s: _Sum) -> int | None:
    """مليون ونصف -> 1500000; مليونين ونصف -> 2500000; the scale said again after the half is part
    of it (مليون ونصف المليون، مليار ونصف مليار)."""
    if not (joined and v == 0.5 and s.last_cls in _SCALES and s.current == 0):
        return None
    s.total += v * s.last_scale
    s.j = at
    s.last_cls = "fraction"  # nothing more adds to it
    if at + 1 < len(toks):
        nxt = toks[at + 1]
        article = grammar().article
        hit = words().words.get(nxt.key.removeprefix(article))
        if hit is not None and hit[1] == "scale" and hit[0] == s.last_scale and only_space(gap(text, toks[at], nxt)):
            s.j = at + 1
    return None


def _spoken_point(text: str, toks: list[Tok], r: Read) -> None:
    """واحد فاصلة خمسة -> 1.5"""
    j = r.end_tok
    if j + 2 < len(toks) and "decimal" in words().roles_single.get(toks[j + 1].key, ()):
        at = j + 2
        frac = digits.read_digits(text, toks, at) if toks[at].digits is not None else read_words(text, toks, at)
        if frac is not None and frac.value == int(frac.value):
            r.value = float(f"{int(r.value)}.{int(frac.value)}")
            r.end_tok, r.end = frac.end_tok, frac.end


def read_words(text: str, toks: list[Tok], i: int) -> Read | None:
    """The number written in words at token ``i``: خمسمائة و خمسة و عشرون -> 525"""
    first = toks[i].word
    if first is None:
        return None
    for rule in FIRST_WORD:
        whole = rule(text, toks, i, first)
        if whole is not None:
            return whole
    if first[1] == TEEN_UNIT and not _begins_a_teen(text, toks, i):
        return None  # وأثنى سامباولي على (he praised), بأحد المستشفيات (in one of)
    if first[1] == "fraction_plural":
        return None  # a plural fraction counts with a number before it (ثلاثة أرباع); alone it is none: أعشار الثانية
        # (tenths of a second), أرباع النهائي (the quarter-finals), منطقة اعشار (a place read as a tenth)
    s = _Sum(i, first[1])
    add = ADD.get(first[1])
    if add is not None:
        add(s, first[0])
    k: int | None = i + 1
    while k is not None and k < len(toks):
        k = _next_word(text, toks, k, s)
    r = Read(s.total + s.current, s.j, toks[s.j].end, kind="fraction" if s.last_cls == "fraction_plural" else "count")
    _spoken_point(text, toks, r)
    return r
