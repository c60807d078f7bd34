"""A number read, made a match with what stands around it: its kind, a sign, a ratio, a percent,
the approximation and bound words after and before it, a comparison symbol, and the second
number of a range or a change. The steps run in order over one match being made."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from khulasa.arabic.normalize import normalize
from khulasa.arabic.numbers.around import (
    change_before,
    from_before,
    month_at,
    phrase_before,
    roles_after,
    roles_of,
    sign,
    symbol_before,
)
from khulasa.arabic.numbers.classify import classify
from khulasa.arabic.numbers.match import NumberMatch
from khulasa.arabic.numbers.ranges import range_tail, ratio_tail
from khulasa.arabic.numbers.tokens import Read, Tok, gap, last_token, only_space
from khulasa.arabic.numbers.words import PERCENT_SIGNS, grammar, words


@dataclass(slots=True)
class _Making:
    """The match being made."""
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    kind: str
    last: int  # the index of the last token of the match
    after: tuple[str, int] | None = None  # the context phrase after the number: (role, last token)
    approx: bool = False
    bound: str | None = None
    seen_between: bool = False
    before_between: int = -1  # where the match started before «بين» was taken into it
    between_at: int = -1  # the token «بين» opens at
    change_from: float | None = None
    is_change: bool = False  # ارتفع من 10 إلى 21: the match is made


def _sign(text: str, toks: list[Tok], i: int, r: Read, m: _Making) -> None:
    """-5 -> -5; سالب عشرة -> -10"""
    at = sign(text, toks, i)
    if at is not None:
        m.start = at
        m.value = -m.value if m.value is not None else None


def _ratio(text: str, toks: list[Tok], i: int, r: Read, m: _Making) -> None:
    """واحد على مائة -> 0.01 (a fraction); 2 من 5 -> 0.4"""
    frac = ratio_tail(text, toks, m.last, m.value)
    if frac is not None and m.kind == "count":
        m.value, m.last, m.end = frac
        m.kind = "fraction"


def _percent(text: str, toks: list[Tok], i: int, r: Read, m: _Making) -> None:
    """10% -> percent; 70 في المئة -> percent; بالمائة 10 -> percent"""
    m.after = roles_after(toks, m.last, text)
    k = m.end
    while k < len(text) and text[k] == " ":
        k += 1
    if k < len(text) and text[k] in PERCENT_SIGNS:
        m.end = k + 1
        m.kind = "percent"
        m.after = None
    elif m.after and m.after[0] == "percent":
        m.end = toks[m.after[1]].end
        m.last = m.after[1]
        m.kind = "percent"
        m.after = roles_after(toks, m.last, text)
    elif i > 0 and "percent" in roles_of(toks[i - 1].key) and only_space(gap(text, toks[i - 1], toks[i])):
        m.start = min(m.start, toks[i - 1].start)
        m.kind = "percent"


def _words_after(text: str, toks: list[Tok], i: int, r: Read, m: _Making) -> None:
    """7 آلاف تقريبا -> approx; 20 أو أكثر -> min; 5 أشخاص على الأقل -> min (after the counted word)"""
    after, last = m.after, m.last
    # (the counted word may be a plain noun, فلسطينيا, or one the context table knows, شخصا: 180 شخصا على الأقل had
    # been no bound, a whole-store draw of session 49's Algerian crash)
    noun = last + 1 if after is None else after[1] if after[0] == "counted" and after[1] == last + 1 else None
    if noun is not None and noun < len(toks) and toks[noun].word is None and toks[noun].digits is None:
        later = roles_after(toks, noun, text)
        if later and later[0] in ("min_after", "max_after"):
            m.bound = later[0][:3]
    if after and after[0] == "approx":
        m.approx = True
    elif after and after[0] in ("min_after", "max_after"):
        m.bound = after[0][:3]
        m.end = toks[after[1]].end
        m.last = after[1]


_THOUSANDS_POINT = re.compile(r"[1-9]\d{0,2}\.\d{3}")  # 10.000: a point before three digits, as some outlets group


def _thousands_point(text: str, toks: list[Tok], i: int, r: Read, m: _Making) -> None:
    """أكثر من 10.000 شخص -> 10000: a point before three digits, people or things counted after it, groups
    thousands (no one counts 10.0 people; a real multi-outlet story read in session 28 had Yemen's war dead as 10);
    before a scale or a unit it is a decimal point (2.500 مليار، 105.545 ين). Three zeros group thousands whatever
    follows but a unit or money (نحو 150.000 مستخدم: a whole-store draw of session 51 had 150 users; 3.000 دينار may
    be three Kuwaiti dinars to the fils)."""
    raw = toks[i].raw
    if "." not in raw or r.end_tok != i or m.value is None or not _THOUSANDS_POINT.fullmatch(raw):
        return  # (most numbers hold no point)
    if (m.after and m.after[0] == "counted") or (raw.endswith(".000") and not (m.after and m.after[0] in UNIT_ROLES)):
        m.value *= 1000


UNIT_ROLES = frozenset({"measure", "money", "duration", "time", "percent"})  # what a decimal point may measure


def _words_before(text: str, toks: list[Tok], i: int, r: Read, m: _Making) -> None:
    """نحو 7 آلاف -> approx; أكثر من 20 -> min; ما لا يقل عن 20 -> min; بين 3 و 5 -> a range"""
    j = i
    for _ in range(3):
        before = phrase_before(toks, j, text)
        if before is None:
            break
        role, first = before
        if role == "approx":
            m.approx = True
        elif role in ("min", "max") and m.bound is None and toks[first].key not in grammar().not_a_bound:
            m.bound = role
        elif role == "equal":
            m.low = m.high = m.value
        elif role == "between":
            m.seen_between, m.before_between, m.between_at = True, m.start, first
        elif role != "negative":  # سالب عشرة: the sign is read with the number
            break
        m.start = min(m.start, toks[first].start)
        j = first


def _symbol(text: str, toks: list[Tok], i: int, r: Read, m: _Making) -> None:
    """>= 30 -> min; < 20 -> max"""
    symbol = symbol_before(text, m.start)
    if symbol is not None:
        m.bound, m.start = symbol


def _range(text: str, toks: list[Tok], i: int, r: Read, m: _Making) -> None:
    """بين 300 و400 -> 300 to 400; من 10 إلى 21 -> 10 to 21; ارتفع من 10 إلى 21 -> 21, from 10"""
    if m.kind == "identifier" and i > 0 and toks[i - 1].key in words().designators:
        return  # البوينغ 737-200: a model and its variant, no range
    rng = range_tail(text, toks, m.last, m.seen_between or m.bound == "min")
    if rng is None and m.seen_between and m.between_at > 0 and toks[m.between_at - 1].key in grammar().from_:
        # من بين 67 راكبا: «out of» 67, no range opened: the number alone (a multi-outlet story read in session 47);
        # a date's «ما بين 21 مارس 2015 و31 مارس 2018» is read by the dates, from the number's words
        m.start, m.seen_between = m.before_between, False
    if rng is None or m.value is None:
        return
    second = rng[0]
    frm = from_before(toks, i, text)
    if frm is not None and not m.seen_between and change_before(toks, frm):
        m.start = min(m.start, toks[frm].start)
        m.end, m.low, m.high, m.change_from, m.value = second.end, None, None, m.value, second.value
        m.kind = "count" if m.kind == "year" else m.kind
        m.is_change = True
        return
    if m.bound == "min" and second.bound != "max" and not m.seen_between:
        return  # أكثر من 20، فوق 170: two separate figures
    if m.kind == "percent" and second.kind != "percent" and not m.seen_between:
        return  # تراجع 0.2 بالمئة إلى 68.13 دولار: a change by a share, then the level it reached
    if m.kind == "year" and not _a_year(second.value):
        if text[m.end:second.start].strip() not in ("-", "\u2013") and not m.seen_between:
            return  # 30 مارس 2018 إلى نحو 100: a date, then a count
        # قتل 2000-3000 شخص، ما بين 2000 و2500 شخص: a range of a count, the year was only a guess
        m.kind = "count"
    if m.kind == "year" and _a_year(second.value):
        second = NumberMatch(second.start, second.end, second.text, second.value, kind="year")  # 2018-2019
    if frm is None and not m.seen_between and m.bound is None and change_before(toks, i):
        return
    if frm is not None:
        m.start = min(m.start, toks[frm].start)
    m.low, m.high = _scaled_like(text[m.start:m.end], m.value, second), second.value
    m.end = second.end
    if second.kind == "percent":
        m.kind = "percent"
    m.value = None
    m.bound = None
    if not (m.kind == "year" and second.kind == "year") and m.kind not in ("percent", "fraction", "identifier"):
        # (a pair of references stays one: الفصول 1-448 of a code, no range of a count)
        m.kind = _range_kind(text, toks, last_token(toks, second.end, m.last), m.kind, m.low, m.high)


def _scale_of(text: str) -> float | None:
    """The value of the scale word a numeral ends with (20 مليون: a million), if it ends with one."""
    last = normalize(text).split()[-1:] if text.strip() else []
    found = words().words.get(last[0]) if last else None
    return found[0] if found is not None and found[1] == "scale" else None


def _scaled_like(first_text: str, low: float, second: NumberMatch) -> float:
    """The range's first number, scaled by the scale word only the second one carries when it is
    smaller than the second's own count of that scale (من 13 إلى 16 ألف: 13 thousand; ما بين 10 إلى
    20 مليون: 10 million; not بين 900 و1 ألف)."""
    scale = _scale_of(second.text) if second.value is not None else None
    if scale is None or _scale_of(first_text) is not None or not 0 < low < cast(float, second.value) / scale:
        return low
    return low * scale


def _a_year(value: float | None) -> bool:
    return value is not None and 1000 <= value <= 2100 and value == int(value)


@lru_cache(maxsize=1)
def _eras() -> frozenset[str]:
    """The era's letters and words that may follow a span of years (not م: ١٥٠٠ م may be metres)."""
    g = grammar()
    return g.era_hijri | g.era_word


def _range_kind(
    text: str, toks: list[Tok], last: int, first_kind: str, low: float | None = None, high: float | None = None,
) -> str:
    """What a range counts, from what follows its second number: بين 14 و30 عاما -> duration (an
    age or a span of years), ما بين 18-27 فبراير -> date, بين 5 و10 كيلومترات -> measure; else a
    count (a score stays a score: 2 - 1; a clock time a span of the day: من الساعة 22,00 إلى الساعة 23,00)."""
    if first_kind in ("score", "time", "duration"):
        return first_kind  # (الساعات الـ24 إلى 48 المقبلة: hours counted after their unit, a span still)
    if month_at(toks, last + 1):
        return "date"
    if last + 1 < len(toks) and toks[last + 1].key in _eras():
        return "year"  # بين 456 و463 هجرية: a span of years of that era
    after = roles_after(toks, last, text)
    if after is not None and after[0] in ("duration", "measure", "money"):
        return after[0]
    if (low is not None and high is not None and _a_year(low) and _a_year(high) and 1900 <= low < high
            and (after is None or after[0] != "counted")):
        return "year"  # حكم البلاد من 1954 الى 1989: a span of years, not a count
    return "count"


STEPS: tuple[Callable[[str, list[Tok], int, Read, _Making], None], ...] = (
    _sign,
    _ratio,
    _percent,
    _words_after,
    _thousands_point,
    _words_before,
    _symbol,
    _range,
)


def with_context(text: str, toks: list[Tok], i: int, r: Read) -> NumberMatch:
    """The match of the number ``r`` read at token ``i``, with what stands around it."""
    start = r.start if r.start is not None else toks[i].start
    m = _Making(start, r.end, r.value, r.low, r.high, classify(text, toks, i, r), r.end_tok)
    for step in STEPS:
        step(text, toks, i, r, m)
    if r.vague and not m.is_change:
        m.value = None
    return NumberMatch(m.start, m.end, text[m.start:m.end], m.value, m.low, m.high, m.approx, m.bound, r.vague,
                       m.kind, m.change_from)
