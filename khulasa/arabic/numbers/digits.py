"""A number written in digits, from its token on. First the shapes that make a number of their
own, by the mark right after the digits (10:30, 77/100); then the steps that extend the digits
in turn (.77, 1 فاصلة 5, 7 آلاف), the scale word with its own tails (2 مليون و500 ألف, 11 ألفا
وواحدة)."""
from __future__ import annotations

import re
from collections.abc import Callable

from khulasa.arabic.numbers import spelled
from khulasa.arabic.numbers.tokens import Read, Tok, gap, only_space
from khulasa.arabic.numbers.words import DECIMAL_POINTS, glued_and, grammar, words

Shape = Callable[[str, list[Tok], int, float], Read | None]
Step = Callable[[str, list[Tok], int, Read], None]
Tail = Callable[[str, list[Tok], Read, float], None]


def _clock_time(text: str, toks: list[Tok], i: int, value: float) -> Read | None:
    """10:30 -> a time"""
    end = toks[i].end
    if end < len(text) and text[end] == ":" and i + 1 < len(toks) and toks[i + 1].start == end + 1:
        if toks[i + 1].digits is not None:
            return Read(value, i + 1, toks[i + 1].end, kind="time")
    return None


def _slashed(text: str, toks: list[Tok], i: int, value: float) -> Read | None:
    """٧٧/١٠٠ -> 0.77 (a fraction); 24/2 -> a date (a day and a month); 3/4/2020 -> a date"""
    end = toks[i].end
    if not (end < len(text) and text[end] == "/" and i + 1 < len(toks) and toks[i + 1].start == end + 1):
        return None
    den = toks[i + 1].digits
    if not den:
        return None
    if not (i + 2 < len(toks) and toks[i + 2].start == toks[i + 1].end + 1 and text[toks[i + 1].end] == "/"):
        if SEASON_YEARS[0] <= value < den <= min(value + 1, SEASON_YEARS[1]):
            return Read(value, i + 1, toks[i + 1].end, kind="year")  # موسم 2017/2018: a season, no fraction
        return Read(value / den, i + 1, toks[i + 1].end, kind="fraction" if den > 12 or value > 31 else "date")
    return Read(value, i + 2, toks[i + 2].end, kind="date")  # d/m/y


SEASON_YEARS = (1900, 2100)  # the years a season written year/next year runs over


def _spaced_date(text: str, toks: list[Tok], i: int, value: float) -> Read | None:
    """3 / 2 / 1440 هـ -> a date (a day, a month and a year with spaces around the strokes; not a
    fraction nor three counts)"""
    end = toks[i].end
    if "/" not in text[end:end + 3] or not 1 <= value <= 31:
        return None  # (asked of every number a space follows: the stroke first, before the pattern)
    m = SPACED_DATE.match(text, end)
    if m is None:
        return None
    j = next((k for k in range(i + 1, min(i + 6, len(toks))) if toks[k].end == m.end()), None)
    return Read(value, j, toks[j].end, kind="date") if j is not None else None


SPACED_DATE = re.compile(r" ?/ ?(?:0?[1-9]|1[0-2]) ?/ ?(?:1[3-4]|19|20)\d\d(?!\d)")  # (a Hijri year or this era's)


SHAPES: dict[str, Shape] = {":": _clock_time, "/": _slashed, " ": _spaced_date}  # by the mark right after the digits


def _leading_point(text: str, toks: list[Tok], i: int, r: Read) -> None:
    """.77 -> 0.77 (the number starts at its point); not a full stop that right-to-left text
    moved before the number ending its line (مكتبا في العاصمة الأمريكية عام .1994)"""
    start = toks[i].start
    if not (start > 0 and text[start - 1] in DECIMAL_POINTS and (start == 1 or not text[start - 2].isdigit())):
        return
    if not _stray_stop(text, start, toks[i].end):
        r.value = float("0." + toks[i].key.replace(",", "").replace(".", ""))
        r.start = start - 1


def _stray_stop(text: str, start: int, end: int) -> bool:
    """A point after a space, before digits that end the line: the line's full stop."""
    line_end = text.find("\n", end)
    return start > 1 and text[start - 2].isspace() and not text[end:line_end if line_end >= 0 else len(text)].strip()


def _spoken_point(text: str, toks: list[Tok], i: int, r: Read) -> None:
    """1 فاصلة 5 -> 1.5"""
    if i + 2 < len(toks) and "decimal" in words().roles_single.get(toks[i + 1].key, ()):
        if toks[i + 2].digits is not None:
            r.value = float(f"{int(r.value)}.{toks[i + 2].key}")
            r.end_tok = i + 2
            r.end = toks[i + 2].end


def _scale_after(text: str, toks: list[Tok], i: int, r: Read) -> None:
    """7 آلاف -> 7000; 1.5 مليون -> 1500000; 12 ألفا -> 12000"""
    j = r.end_tok
    if not (j + 1 < len(toks) and only_space(gap(text, toks[j], toks[j + 1]))):
        return
    w = words().words.get(toks[j + 1].key)
    if not (w and w[1] in ("scale", "vague") and w[0] >= 1000):
        return
    r.value *= w[0]
    r.end_tok = j + 1
    r.end = toks[j + 1].end
    for tail in SCALE_TAILS:
        tail(text, toks, r, w[0])


STEPS: tuple[Step, ...] = (_leading_point, _spoken_point, _scale_after)


def _digits_and_scale(text: str, toks: list[Tok], r: Read, scale: float) -> None:
    """2 مليون و500 ألف -> 2500000 (digits and a smaller scale after و); 14 ألفا و400 -> 14400"""
    j = r.end_tok
    k = j + 1
    if not (k < len(toks) and toks[k].key in grammar().and_ and only_space(gap(text, toks[j], toks[k]))):
        return
    k += 1
    value = toks[k].digits if k < len(toks) else None
    if value is None:
        return
    if toks[k].start != toks[k - 1].end + text[toks[k - 1].end:toks[k].start].count(" "):
        return
    w2 = words().words.get(toks[k + 1].key) if k + 1 < len(toks) else None
    if w2 and w2[1] == "scale" and w2[0] < scale and only_space(gap(text, toks[k], toks[k + 1])):
        r.value += value * w2[0]
        r.end_tok = k + 1
        r.end = toks[k + 1].end
    elif not (w2 and w2[1] in ("scale", "vague")) and value < scale and value == int(value):
        r.value += value  # 14 ألفا و400 -> 14400: the rest in digits, no scale after it
        r.end_tok = k
        r.end = toks[k].end


def _words_for_the_rest(text: str, toks: list[Tok], r: Read, scale: float) -> None:
    """11 ألفا وواحدة -> 11001; 250 ألفا و خمسمئة -> 250500 (number words after و)"""
    j = r.end_tok
    k = j + 1
    if k + 1 < len(toks) and toks[k].key in grammar().and_ and only_space(gap(text, toks[j], toks[k])):
        k += 1
    if k >= len(toks):
        return
    joined = toks[k].conj or glued_and(toks[k].key)
    if (joined or k != j + 1) and toks[k].word and only_space(gap(text, toks[k - 1], toks[k])):
        rest = spelled.read_words(text, toks, k)
        if rest is not None and rest.kind == "count" and 0 < rest.value < scale:
            r.value += rest.value
            r.end_tok, r.end = rest.end_tok, rest.end


SCALE_TAILS: tuple[Tail, ...] = (_digits_and_scale, _words_for_the_rest)


def read_digits(text: str, toks: list[Tok], i: int) -> Read | None:
    """The number written in digits at token ``i``: 7 آلاف -> 7000"""
    value = toks[i].digits
    if value is None:
        return None
    end = toks[i].end
    shape = SHAPES.get(text[end:end + 1])
    if shape is not None:
        whole = shape(text, toks, i, value)
        if whole is not None:
            return whole
    r = Read(value, i, toks[i].end)
    for step in STEPS:
        step(text, toks, i, r)
    return r
