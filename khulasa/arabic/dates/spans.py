"""Calendar arithmetic: the days, weeks, months, years and intervals the rules produce, and the
resolution of a bare day, month or weekday against the anchor. No language here."""
from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

from hijridate import Gregorian, Hijri

from khulasa.arabic.dates.value import DateValue


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def day(d: date) -> DateValue:
    return DateValue(d, d, "day")


def month(y: int, m: int) -> DateValue:
    return DateValue(date(y, m, 1), month_end(y, m), "month")


def year(y: int) -> DateValue:
    return DateValue(date(y, 1, 1), date(y, 12, 31), "year")


def interval(first: date, last: date) -> DateValue:
    return DateValue(first, last, "interval")


def week_of(d: date) -> DateValue:
    # weeks start on Monday, as in ISO 8601 (Duckling does the same)
    start = d - timedelta(days=d.weekday())
    return DateValue(start, start + timedelta(days=6), "week")


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def edge(v: DateValue, which: str) -> DateValue:
    """The first third, middle or last third of a month or year."""
    if v.grain == "month":
        y, m = v.first.year, v.first.month
        if which == "early":
            return interval(v.first, date(y, m, 10))
        if which == "middle":
            return day(date(y, m, 15))
        return interval(date(y, m, 21), v.last)
    if v.grain == "year":
        y = v.first.year
        if which == "early":
            return interval(date(y, 1, 1), date(y, 4, 30))
        if which == "middle":
            return interval(date(y, 5, 1), date(y, 8, 31))
        return interval(date(y, 9, 1), date(y, 12, 31))
    return v


def as_date(anchor: date | datetime | None) -> date | None:
    if anchor is None:
        return None
    return anchor.date() if isinstance(anchor, datetime) else anchor


TURN_HOUR = 21  # from this hour of the UTC day on, it is past midnight where most Arabic is written (UTC+3)


def day_turned(anchor: date | datetime | None) -> bool:
    """An anchor given with its clock in UTC, and late enough that its writer's calendar may
    already show the next day: a text stamped 23:12 UTC on a Sunday was written at 02:12 on
    Monday in Damascus, and its «ليل الاثنين» is that night, not six days before. (Most such
    texts still name the UTC day as today: only what names the next day is read so.)"""
    if not isinstance(anchor, datetime) or anchor.utcoffset() != timedelta(0):
        return False  # (no zone, or the writer's own: its day is the writer's already)
    return anchor.hour >= TURN_HOUR


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except (ValueError, OverflowError):
        return None


def day_or_none(d: date | None) -> DateValue | None:
    return day(d) if d else None


def resolve_day_month(d: int, m: int, y: int | None, anchor: date | None, prefer: str) -> date | None:
    if y is not None:
        return safe_date(y, m, d)
    if anchor is None:
        return None
    candidate = safe_date(anchor.year, m, d)
    if prefer == "past":
        if candidate is None or candidate > anchor:
            candidate = safe_date(anchor.year - 1, m, d)
    else:
        # forward: this year's unless its month is already over (the current month stays)
        if candidate is None or m < anchor.month:
            candidate = safe_date(anchor.year + 1, m, d)
    return candidate


def resolve_month(m: int, y: int | None, anchor: date | None, prefer: str) -> DateValue | None:
    if y is not None:
        return month(y, m)
    if anchor is None:
        return None
    y = anchor.year
    if prefer == "past" and m > anchor.month:
        y -= 1
    if prefer == "future" and m < anchor.month:
        y += 1
    return month(y, m)


def resolve_weekday(weekday: int, anchor: date | None, prefer: str, shift: int | None) -> date | None:
    if anchor is None:
        return None
    delta = weekday - anchor.isoweekday()
    if shift == 1 or (shift is None and prefer == "future"):
        # the next one after the anchor
        return anchor + timedelta(days=delta if delta > 0 else delta + 7)
    if shift == 0:
        return anchor + timedelta(days=delta)  # this week's
    # the most recent one on or before the anchor (الماضي: strictly before)
    back = (-delta) % 7
    if shift == -1 and back == 0:
        back = 7
    return anchor - timedelta(days=back)


def resolve_day_of_month(d: int, anchor: date, prefer: str) -> date | None:
    """Day d of the anchor's month, or of the month before (past) or after (future) when the
    anchor's day is already past it (future) or not yet there (past)."""
    y, m = anchor.year, anchor.month
    if prefer == "future" and d < anchor.day:
        y, m = add_months(y, m, 1)
    elif prefer == "past" and d > anchor.day:
        y, m = add_months(y, m, -1)
    return safe_date(y, m, d)


def shifted(unit: str, shift: int, anchor: date | None) -> DateValue | None:
    """The week, month or year ``shift`` units from the anchor's."""
    if anchor is None:
        return None
    if unit == "week":
        return week_of(anchor + timedelta(days=7 * shift))
    if unit == "month":
        y, m = add_months(anchor.year, anchor.month, shift)
        return month(y, m)
    return year(anchor.year + shift)


def days_in(unit: str, n: int, anchor: date | None) -> int:
    """The days in n units back from the anchor (a month or year counted on the calendar)."""
    if unit == "day":
        return n
    if unit == "week":
        return 7 * n
    if anchor is not None and unit == "month":
        y, m = add_months(anchor.year, anchor.month, -n)
        return (anchor - (safe_date(y, m, min(anchor.day, calendar.monthrange(y, m)[1])) or anchor)).days
    if unit == "month":
        return 30 * n
    if anchor is not None:
        return (anchor - (safe_date(anchor.year - n, anchor.month, min(anchor.day, 28)) or anchor)).days
    return 365 * n


def back_from(anchor: date, days: int) -> DateValue:
    """The days before the anchor (the last 3 days)."""
    return interval(anchor - timedelta(days=days), anchor - timedelta(days=1))


def ahead_of(anchor: date, days: int) -> DateValue:
    """The days after the anchor (the next 3 days)."""
    return interval(anchor + timedelta(days=1), anchor + timedelta(days=days))


def season(first_month: int, y: int) -> DateValue:
    if first_month == 12:
        return interval(date(y, 12, 1), month_end(y + 1, 2))
    return interval(date(y, first_month, 1), month_end(y, first_month + 2))


def nth_weekday(y: int, m: int, weekday: int, nth: int) -> date | None:
    """The nth given weekday of a month (nth -1: the last)."""
    if nth > 0:
        first = date(y, m, 1)
        d = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
        return d if d.month == m else None
    last = month_end(y, m)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def nth_week(y: int, m: int, nth: int) -> DateValue:
    """The nth week (Monday to Sunday) that lies wholly in a month (nth -1: the last)."""
    monday = nth_weekday(y, m, 1, 1 if nth > 0 else -1)
    assert monday is not None  # a month always holds a first and a last Monday
    if nth > 0:
        monday = monday + timedelta(days=7 * (nth - 1))
    elif monday + timedelta(days=6) > month_end(y, m):
        monday -= timedelta(days=7)
    return DateValue(monday, monday + timedelta(days=6), "week")


def hijri_month(y: int, m: int) -> DateValue:
    """A Hijri month as a Gregorian interval (raises ValueError or OverflowError out of range)."""
    first = date(*Hijri(y, m, 1).to_gregorian().datetuple())
    last = date(*Hijri(y, m, Hijri(y, m, 1).month_length()).to_gregorian().datetuple())
    return interval(first, last)


def hijri_to_gregorian(y: int, m: int, d: int | None) -> DateValue | None:
    try:
        if d is not None:
            return day(date(*Hijri(y, m, d).to_gregorian().datetuple()))
        return hijri_month(y, m)
    except (ValueError, OverflowError):
        return None


def hijri_of(d: date) -> tuple[int, int]:
    """(Hijri year, Hijri month) of a Gregorian day."""
    h = Gregorian(d.year, d.month, d.day).to_hijri()
    return h.year, h.month


def holiday_in(cal: str, m: int, d: int, what: str, gregorian_year: int) -> list[DateValue]:
    """The holiday's occurrences that start in a Gregorian year."""
    if cal == "gregorian":
        value = safe_date(gregorian_year, m, d)
        return [day(value)] if value else []
    out = []
    hy = Gregorian(gregorian_year, 6, 30).to_hijri().year
    for y in (hy - 1, hy, hy + 1):
        try:
            first = date(*Hijri(y, m, d).to_gregorian().datetuple())
        except (ValueError, OverflowError):
            continue
        if first.year == gregorian_year:
            if what == "month":
                last = date(*Hijri(y, m, Hijri(y, m, 1).month_length()).to_gregorian().datetuple())
                out.append(interval(first, last))
            else:
                out.append(day(first))
    return out
