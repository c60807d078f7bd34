"""Dates written out: numeric dates, a month (+ year), a day + month (+ year), a range of days,
Hijri dates, a day of this month. ``read_explicit`` walks ``EXPLICIT`` in order; the month-led
and day-led rules walk their own tails (what may follow the month or the day)."""
from __future__ import annotations

from collections.abc import Callable

from khulasa.arabic.dates.phrases import month_phrase
from khulasa.arabic.dates.scan import Rule, Scan
from khulasa.arabic.dates.spans import (
    add_months,
    day_or_none,
    hijri_to_gregorian,
    interval,
    month,
    resolve_day_month,
    resolve_month,
    safe_date,
)
from khulasa.arabic.dates.value import Read


def read_explicit(s: Scan, i: int) -> Read | None:
    """A date written out starting at token i (no weekday, no relative word before it)."""
    if i >= len(s.toks):
        return None
    for rule in EXPLICIT:
        got = rule(s, i)
        if got is not None:
            return got
    return None


# ---------------------------------------------------------------- numeric

def numeric(s: Scan, i: int) -> Read | None:
    """10/03/2018، ٢٠١٨/٣/١٠، 2/2013، 2015/3، 10/3 -> a day or a month"""
    parts = _numeric_parts(s, i)
    if parts is None:
        return None
    nums, sep, end = parts
    if len(nums) == 3:
        if nums[0] > 31:  # 2018/3/10
            y, m, d = nums
        else:  # 10/03/2018
            d, m, y = nums
        if y < 100:
            y += 2000
        return day_or_none(safe_date(y, m, d)), end, False
    a, b = nums
    if 1 <= a <= 12 and b >= 1900:  # 2/2013
        return month(b, a), end, False
    if a >= 1900 and 1 <= b <= 12:  # 2015/3
        return month(a, b), end, False
    if sep == "/" and 1 <= a <= 12 and 12 < b <= 31:
        return day_or_none(resolve_day_month(b, a, None, s.anchor, s.prefer)), end, True  # 4/22: month/day
    if b >= 1900 or a > 31:
        return None
    if sep == "/" and 1 <= b <= 12 and 1 <= a <= 31:
        return day_or_none(resolve_day_month(a, b, None, s.anchor, s.prefer)), end, True  # 10/3
    return None


def _numeric_parts(s: Scan, i: int) -> tuple[list[int], str, int] | None:
    """Two or three runs of digits joined by one separator (/ - .): (numbers, separator, index after)."""
    toks = s.toks
    if not toks[i].key.isdigit():
        return None
    parts = [i]
    j = i
    while j + 1 < len(toks) and len(parts) < 3 and toks[j + 1].key.isdigit() and s.gap(j + 1) in ("/", "-", "."):
        parts.append(j + 1)
        j += 1
    if len(parts) < 2:
        return None
    seps = {s.gap(k) for k in parts[1:]}  # the parts are consecutive tokens
    if len(seps) != 1:
        return None
    return [int(toks[k].key) for k in parts], seps.pop(), j + 1


# ---------------------------------------------------------------- a month first

def month_first(s: Scan, i: int) -> Read | None:
    """شهر فبراير، مارس 2018، يناير الثاني والعشرين، 2018، فبراير الماضي -> a month or a day"""
    found = s.month_at(i)
    if found is None:
        return None
    m, j = found
    for tail in MONTH_TAILS:
        got = tail(s, m, j)
        if got is not None:
            return got
    _, taken = shift_after(s, j)
    return resolve_month(m, None, s.anchor, s.prefer), j + taken, True


def shift_after(s: Scan, j: int) -> tuple[int | None, int]:
    """(shift, words it takes) of the word at token j after a month or a day of one: الماضي (-1, 1), المقبل (1,
    1), هذا العام (0, 2); «this» alone shifts nothing (2 سبتمبر/أيلول هذا ما قاله: the date ends before it)."""
    if j >= len(s.toks):
        return None, 0
    key = s.key(j)
    if key in s.g.this:
        return (0, 2) if s.key(j + 1) in s.g.the_year else (None, 0)
    shift = s.w.shifts.get(key)
    return shift, 0 if shift is None else 1


def _month_day_range(s: Scan, m: int, j: int) -> Read | None:
    """فبراير 13-15 -> those days of the February nearest the anchor"""
    days = day_range(s, j) if j < len(s.toks) else None
    if days is None or s.anchor is None:
        return None
    d1, d2, end = days
    nearest = resolve_month(m, None, s.anchor, s.prefer)
    assert nearest is not None  # the anchor is known
    y = nearest.first.year
    first, last = safe_date(y, m, d1), safe_date(y, m, d2)
    if first and last and first <= last:
        return interval(first, last), end, False
    return None


def _month_year(s: Scan, m: int, j: int) -> Read | None:
    """مارس 2018، مارس / آذار من عام 2015 -> the month"""
    y = _year_after(s, j)
    if y is None:
        return None
    return month(y[0], m), y[1], False


def _year_after(s: Scan, j: int) -> tuple[int, int] | None:
    """(year, index after) of the year written at token j, or after "of" (من عام 2015)."""
    if j < len(s.toks) and s.key(j) in s.g.of and j + 1 < len(s.toks):
        y = s.year_at(j + 1)
        if y is not None:
            return y
    return s.year_at(j) if j < len(s.toks) else None


def _month_day_year(s: Scan, m: int, j: int) -> Read | None:
    """يناير الثاني والعشرين، 2018 -> the day (month, day, year)"""
    dn = s.day_number_at(j) if j < len(s.toks) else None
    if dn is None:
        return None
    return with_year(s, dn[0], m, dn[1])


def _month_next_year(s: Scan, m: int, j: int) -> Read | None:
    """يونيو العام المقبل -> that month of the year after the anchor's; سبتمبر هذا العام -> of the anchor's"""
    if s.key(j) in s.g.the_year and s.key(j + 1) in s.w.shifts and s.anchor is not None:
        return month(s.anchor.year + s.w.shifts[s.key(j + 1)], m), j + 2, False
    if s.key(j) in s.g.this and s.key(j + 1) in s.g.the_year and s.anchor is not None:
        return month(s.anchor.year, m), j + 2, False
    return None


def _month_shifted(s: Scan, m: int, j: int) -> Read | None:
    """فبراير الماضي -> the most recent February before the anchor's month; فبراير المقبل -> the next"""
    shift = s.w.shifts.get(s.key(j)) if j < len(s.toks) else None
    if s.anchor is None:
        return None
    if shift == -1:
        return month(s.anchor.year if m < s.anchor.month else s.anchor.year - 1, m), j + 1, False
    if shift == 1:
        return month(s.anchor.year if m > s.anchor.month else s.anchor.year + 1, m), j + 1, False
    return None


MONTH_TAILS: tuple[Callable[[Scan, int, int], Read | None], ...] = (
    _month_day_range, _month_year, _month_day_year, _month_next_year, _month_shifted,
)


# ---------------------------------------------------------------- days first

def day_range_month(s: Scan, i: int) -> Read | None:
    """13-15 فبراير، الثالث والعشرون وحتى السادس والعشرين من الشهر الجاري -> the days"""
    days = day_range(s, i)
    if days is None:
        return None
    d1, d2, j = days
    found = month_phrase(s, j)
    if found is None:
        return None
    y, m, end = found
    first, last = safe_date(y, m, d1), safe_date(y, m, d2)
    if first and last and first <= last:
        return interval(first, last), end, False
    return None


def day_range(s: Scan, i: int) -> tuple[int, int, int] | None:
    """Two days of a month: 13-15، 13 الى 15، الثالث والعشرون وحتى السادس والعشرين."""
    m = s.numbers.get(i)
    if m is not None and m.value is None and m.low is not None and m.high is not None:
        if m.low == int(m.low) and m.high == int(m.high) and 1 <= m.low < m.high <= 31:
            return int(m.low), int(m.high), s.index_at_end(m.end)
    first = s.day_number_at(i)
    if first is None:
        return None
    d1, j = first
    if j < len(s.toks) and (s.key(j) in s.w.range_to or s.bare(j) in s.w.range_to):
        second = s.day_number_at(j + 1)
        if second is not None and second[0] > d1:
            return d1, second[0], second[1]
    return None


def day_first(s: Scan, i: int) -> Read | None:
    """9 من مارس 2018، 24 شباط الماضي، 5 رجب 1440 هـ، الثالث من الشهر الجاري -> the day"""
    found = s.day_number_at(i)
    if found is None:
        return None
    d, j = found
    if s.key(j) in s.g.of and j + 1 < len(s.toks):
        if s.key(j) in s.g.of_ordinal_only and s.numbers[i].kind != "ordinal":
            return None  # قتل 17 في يناير: 17 killed in January, no day of it
        j += 1
    if s.key(j) in s.g.month_word:
        j += 1
    if s.hijri_month_at(j) is not None:
        return _day_hijri(s, d, j)
    for tail in DAY_TAILS:
        got = tail(s, d, j)
        if got is not None:
            return got
    return None


def _day_hijri(s: Scan, d: int, j: int) -> Read | None:
    """5 رجب 1440 هـ -> the Gregorian day (a Hijri day needs its year)"""
    hm = s.hijri_month_at(j)
    assert hm is not None
    hmonth, j2 = hm
    y = s.year_at(j2) if j2 < len(s.toks) else None
    if y is None:
        return None
    end = y[1]
    if end < len(s.toks) and s.keys[end] in s.w.hijri:
        end += 1  # the هـ after the year
    return hijri_to_gregorian(y[0], hmonth, d), end, False


def _day_month(s: Scan, d: int, j: int) -> Read | None:
    """9 من مارس 2018 -> that day; 9 مارس -> the nearest; 24 شباط/فبراير الماضي -> the latest before the
    anchor; 6 سبتمبر المقبل -> the next; 15 من سبتمبر الجاري -> this year's"""
    found = s.month_at(j)
    if found is None:
        return None
    m, end = found
    dated = with_year(s, d, m, end)
    if dated is not None:
        return dated
    value = resolve_day_month(d, m, None, s.anchor, s.prefer)
    shift, taken = shift_after(s, end)
    end += taken
    if shift == -1:  # (the latest such day before the anchor: 6 أبريل الماضي on 20 April is this April's 6th)
        if s.anchor is not None:
            value = safe_date(s.anchor.year if (m, d) < (s.anchor.month, s.anchor.day) else s.anchor.year - 1, m, d)
    elif shift == 0:  # 15 من سبتمبر الجاري، 2 سبتمبر هذا العام: this year's
        if s.anchor is not None:
            value = safe_date(s.anchor.year, m, d)
    elif shift == 1:  # 6 سبتمبر/أيلول المقبل: the next one, from the anchor on
        if s.anchor is not None:
            value = safe_date(s.anchor.year if (m, d) > (s.anchor.month, s.anchor.day) else s.anchor.year + 1, m, d)
    return day_or_none(value), end, True


def _day_of_shifted_month(s: Scan, d: int, j: int) -> Read | None:
    """الثالث من الشهر الجاري، العاشر من الشهر الماضي -> that day of that month"""
    if not (s.key(j) in s.g.the_month and s.key(j + 1) in s.w.shifts):
        return None
    shift = s.w.shifts[s.key(j + 1)]
    if s.anchor is None:
        return None, j + 2, True
    y, m = add_months(s.anchor.year, s.anchor.month, shift)
    return day_or_none(safe_date(y, m, d)), j + 2, True


def _day_of_this_month(s: Scan, d: int, j: int) -> Read | None:
    """التاسع عشر من هذا الشهر -> that day of the anchor's month"""
    if not (s.key(j) in s.g.this_masculine and s.key(j + 1) in s.g.the_month):
        return None
    if s.anchor is None:
        return None, j + 2, True
    return day_or_none(safe_date(s.anchor.year, s.anchor.month, d)), j + 2, True


DAY_TAILS: tuple[Callable[[Scan, int, int], Read | None], ...] = (_day_month, _day_of_shifted_month, _day_of_this_month)


def with_year(s: Scan, d: int, m: int, j: int) -> Read | None:
    """Day d of month m when a year follows at token j (9 من مارس 2018، 9 مارس من عام 2018)."""
    y = _year_after(s, j)
    if y is None:
        return None
    return day_or_none(safe_date(y[0], m, d)), y[1], False


EXPLICIT: tuple[Rule, ...] = (numeric, month_first, day_range_month, day_first)
