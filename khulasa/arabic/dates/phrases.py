"""Pieces several rules read inside a date: a month with its year, an amount of time, the week
a weekday is named in."""
from __future__ import annotations

from khulasa.arabic.clitics import bare
from khulasa.arabic.dates.scan import Scan
from khulasa.arabic.dates.spans import add_months, days_in, resolve_month, shifted
from khulasa.arabic.dates.value import DateValue


def month_phrase(s: Scan, j: int) -> tuple[int, int, int] | None:
    """(year, month, index after) of a month: مارس، شهر عشرة، الشهر القادم، سبتمبر لعام 2014،
    بشهر اكتوبر."""
    if j < len(s.toks) and s.key(j) in s.g.of:
        j += 1
    plain = bare(s.key(j), "preposition_b")
    if plain != s.key(j):
        s = s.with_key(j, plain)
    if s.key(j) in s.g.the_month and s.key(j + 1) in s.w.shifts and s.anchor is not None:
        y, m = add_months(s.anchor.year, s.anchor.month, s.w.shifts[s.key(j + 1)])
        return y, m, j + 2
    month = s.month_at(j)
    if month is None:
        return None
    return _month_year(s, *month)


def _month_year(s: Scan, m: int, end: int) -> tuple[int, int, int] | None:
    """The year of month m read up to token ``end``: 2014، من عام 2014، في سنة 2014، لعام 2014،
    بعام 2014، السنة القادمة; else the month nearest the anchor."""
    k = end
    if s.key(k) in s.g.of or s.key(k) in s.g.year_with_clitic:
        if s.key(k) in s.g.year_with_clitic:
            y = s.year_at(k + 1)
            if y is not None:
                return y[0], m, y[1]
        k += 1
    y = s.year_at(k)
    if y is not None:
        return y[0], m, y[1]
    if s.key(k) in s.g.the_year and s.key(k + 1) in s.w.shifts and s.anchor is not None:
        return s.anchor.year + s.w.shifts[s.key(k + 1)], m, k + 2
    if s.anchor is None:
        return None
    value = resolve_month(m, None, s.anchor, s.prefer)
    assert value is not None  # the anchor is known
    return value.first.year, m, end


def amount(s: Scan, i: int) -> tuple[int, int] | None:
    """(days, index after) of an amount of time: ثلاثة أيام، 18 شهرا، أسبوعين، عامين، شهر."""
    if i >= len(s.toks):
        return None
    k = s.key(i)
    unit = s.w.units.get(k)
    if unit and unit.endswith("2") and not k.startswith(s.g.article):
        return days_in(unit[:-1], 2, s.anchor), i + 1
    if unit and not k.startswith(s.g.article) and unit in ("week", "month", "year", "day") and k in s.g.unit_singular:
        return days_in(unit, 1, s.anchor), i + 1
    num = s.number_at(i)
    if num is None:
        return None
    value, j, m = num
    if m.kind not in ("duration", "count"):
        return None
    unit = s.w.units.get(s.key(j)) if j < len(s.toks) else None
    if unit is None or s.key(j).startswith(s.g.article):
        return None
    return days_in(unit.rstrip("2"), int(value), s.anchor), j + 1


def week_after(s: Scan, j: int) -> tuple[DateValue | None, int] | None:
    """A week named after a weekday: [من] [هذا] الاسبوع الماضي/الحالي/المقبل."""
    if s.key(j) in s.g.from_:
        j += 1
    this = s.key(j) in s.g.this_masculine
    if this:
        j += 1
    if s.key(j) not in s.g.the_week:
        return None
    shift = 0 if this else s.w.shifts.get(s.key(j + 1))
    if shift is None:
        return None
    end = j + 1 if this else j + 2
    return shifted("week", shift, s.anchor), end
