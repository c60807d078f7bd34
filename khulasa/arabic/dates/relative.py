"""Rules for days and periods named relative to the anchor, or around another date: parts of a
day, relative days, weekdays, the week/month/year before or after, منذ/قبل, the edges of a
month or year. Each rule reads at token i and returns (value, index after, relative?) or None;
``RELATIVE`` is their order. Some read a whole date after their word (``Scan.read``)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from khulasa.arabic.dates.explicit import read_explicit
from khulasa.arabic.dates.phrases import amount, week_after
from khulasa.arabic.dates.scan import Rule, Scan
from khulasa.arabic.dates.spans import (
    day,
    day_or_none,
    edge,
    interval,
    resolve_day_of_month,
    resolve_weekday,
    safe_date,
    shifted,
    year,
)
from khulasa.arabic.dates.value import Read
from khulasa.arabic.stopwords import function_words


def day_part(s: Scan, i: int) -> Read | None:
    """صباح اليوم، مساء أمس، فجر السبت -> the day (a part of the day kept with it)"""
    if not ((s.keys[i] in s.w.parts or s.bare(i) in s.w.parts) and i + 1 < len(s.toks) and s.adjacent(i + 1)):
        return None
    inner = s.read(i + 1)
    if inner is not None and (inner[0] is None or inner[0].grain == "day"):
        return inner
    return None


def day_lead(s: Scan, i: int) -> Read | None:
    """يوم الجمعة 9 من مارس 2018، يوم الخميس -> what follows يوم"""
    if s.keys[i] in s.g.day_lead and i + 1 < len(s.toks) and (s.keys[i + 1] in s.w.weekdays or s.day_number_at(i + 1)):
        return s.read(i + 1)
    return None


def day_ordinal(s: Scan, i: int) -> Read | None:
    """اليوم الاول من شهر ثلاثة، اليوم الثالث من شهر عشرة -> a day of that month, not today"""
    m = s.numbers.get(i + 1)
    if s.keys[i] in s.g.the_day and i + 1 < len(s.toks) and m is not None and m.kind == "ordinal":
        return read_explicit(s, i + 1)
    return None


def relative_day(s: Scan, i: int) -> Read | None:
    """أمس، أول أمس، غدا، اليوم -> that day; أمس السبت -> the same day (the weekday kept in the span)"""
    days = s.w.days
    plain = s.keys[i] if s.keys[i] in s.w.not_glued else s.bare(i)  # (لامس: touched, no ل + أمس)
    for size in (3, 2, 1):
        found = tuple(s.keys[i:i + size])
        if len(found) == size and (found in days or (plain,) + found[1:] in days):
            offset = days.get(found, days.get((plain,) + found[1:], 0))
            j = i + size
            if size == 1 and offset == 0 and j < len(s.toks) and s.keys[j] in s.w.a_day_of:
                return None  # (اليوم الواحد، اليوم نفسه، اليوم الأول من الهجوم: a day, not today)
            value = day(s.anchor + timedelta(days=offset)) if s.anchor else None
            if j < len(s.toks) and s.keys[j] in s.w.weekdays and s.adjacent(j):
                j += 1
            return value, j, True
    return None


def about(s: Scan, i: int) -> Read | None:
    """قرابة الثلاثاء القادم -> the Tuesday after the anchor (approximate, read as the day)"""
    if s.keys[i] in s.w.about and i + 1 < len(s.toks):
        following = s.keys[i + 1]
        if following in s.w.weekdays or (following,) in s.w.days:
            return s.read(i + 1)
    return None


def this_weekday(s: Scan, i: int) -> Read | None:
    """هذا الاثنين -> this week's Monday, read in the preferred direction"""
    if s.keys[i] in s.g.this and i + 1 < len(s.toks) and s.keys[i + 1] in s.w.weekdays:
        return _weekday_reading(s, i + 1, s.w.weekdays[s.keys[i + 1]], this=True)
    return None


def weekday(s: Scan, i: int) -> Read | None:
    """يوم الخميس -> the Thursday before the anchor; الخميس الماضي، السبت 10 من مارس، الاثنين في 18
    شباط، احد الاسبوع الماضي"""
    w = s.w
    found = w.weekdays.get(s.keys[i], w.weekdays.get(s.bare(i)))
    if found is None and s.keys[i] in w.weekday_bare and week_after(s, i + 1) is not None:
        found = w.weekday_bare[s.keys[i]]
    if found is None or (i + 1 < len(s.toks) and s.keys[i + 1] in w.the_two):
        return None  # (ونجاة الاثنين الآخرين: the two others, not Monday)
    return _weekday_reading(s, i, found, this=False)


def _weekday_reading(s: Scan, i: int, wd: int, this: bool) -> Read:
    """The weekday at token i, by what follows it: a date, a week, a day of the month, a shift."""
    j = _after_weekday(s, i + 1)
    for tail in WEEKDAY_TAILS:
        got = tail(s, i, j, wd)
        if got is not None:
            return got
    j = i + 1  # a link no date follows is not the weekday's: قتلوا يوم الأحد في هجوم
    shift = None
    if j < len(s.toks) and s.keys[j] in s.w.shifts:
        shift = s.w.shifts[s.keys[j]]
        j += 1
    if this and shift is None:
        shift = 1 if s.prefer == "future" else None
    if shift is None and s.prefer == "past" and s.turned and s.anchor is not None and wd == _next_weekday(s.anchor):
        # the weekday after the anchor's, told late at night by the anchor's clock: the writer's own day
        return day_or_none(s.anchor + timedelta(days=1)), j, True
    return day_or_none(resolve_weekday(wd, s.anchor, s.prefer, shift)), j, True


def _next_weekday(day: date) -> int:
    """The ISO weekday of the day after ``day`` (Sunday, 7, is followed by Monday, 1)."""
    return day.isoweekday() % 7 + 1


def _after_weekday(s: Scan, j: int) -> int:
    """Skip a link word between a weekday and its date (الاثنين في 18 شباط، الخميس الموافق 14
    شباط; من only after a comma: الخميس، من ...)."""
    if j >= len(s.toks):
        return j
    key = s.keys[j]
    if (s.gap(j).strip() in s.g.comma or (key in s.w.links and key not in s.g.from_)) and key in s.w.links:
        return j + 1
    return j


WEEKDAY_YEAR_REACH = 183  # days from the anchor a weekday may move a day and month to another year


def _weekday_date(s: Scan, i: int, j: int, wd: int) -> Read | None:
    """الجمعة 9 من مارس 2018 -> the date (the weekday adds nothing); a day and month without their year
    (يوم السبت 20 أكتوبر) fall in the year next to the anchor's on which they are that weekday, when the
    anchor's reading is not (20 October 2017 was a Friday; told on 16 October 2018, Saturday the 20th is
    four days on)"""
    explicit = read_explicit(s, j) if j < len(s.toks) else None
    if explicit is None:
        return None
    value, end, relative = explicit
    if relative and value is not None and value.grain == "day" and value.first.isoweekday() != wd and s.anchor:
        first, anchor = value.first, s.anchor
        other = (safe_date(y, first.month, first.day) for y in (first.year + 1, first.year - 1))
        # (a weekday miswritten, الأحد 10 مارس told a week on, keeps its date: not one a year off)
        value = next((
            day(d) for d in other if d is not None and d.isoweekday() == wd
            and abs((d - anchor).days) <= WEEKDAY_YEAR_REACH and abs((d - anchor).days) < abs((first - anchor).days)
        ), value)
    return value, end, False


def _weekday_of_week(s: Scan, i: int, j: int, wd: int) -> Read | None:
    """احد الاسبوع الماضي، الاثنين من هذا الاسبوع -> that day of that week"""
    week = week_after(s, i + 1)
    if week is None:
        return None
    value, end = week
    if value is None:
        return None, end, True
    return day(value.first + timedelta(days=wd - 1)), end, True


def _weekday_day(s: Scan, i: int, j: int, wd: int) -> Read | None:
    """السبت السادس عشر -> the 16th of the anchor's month (or the month before, in past-tense news),
    when it falls on that weekday: in مساء الأحد 7 أشخاص the number counts, it dates nothing"""
    dn = s.day_number_at(j) if j < len(s.toks) else None
    if dn is None or s.anchor is None:
        return None
    d = resolve_day_of_month(dn[0], s.anchor, s.prefer)
    if _counts_a_noun(s, dn[1]) and ((d is not None and d.isoweekday() != wd) or _indefinite_word(s, j)):
        # (بدأت المحكمة، السبت، أولى جلسات المحاكمة: the first of the sessions, not the 1st, though that was a Saturday)
        return None
    return day_or_none(d), dn[1], True


def _indefinite_word(s: Scan, j: int) -> bool:
    """The number at token ``j`` is a word without the article (أولى، ثاني), as a day of the month after a weekday
    never is (السبت السادس عشر)."""
    key = s.toks[j].key
    return key.isalpha() and not key.startswith(s.g.article)


def _counts_a_noun(s: Scan, j: int) -> bool:
    """A word follows the number with nothing between, neither a month nor a function word
    (الأربعاء 27 مع جو سميث): it counts that word."""
    return (
        j < len(s.toks) and not s.gap(j).strip() and s.toks[j].key.isalpha() and s.month_at(j) is None
        and s.toks[j].key not in function_words()
    )


WEEKDAY_TAILS: tuple[Callable[[Scan, int, int, int], Read | None], ...] = (
    _weekday_date, _weekday_of_week, _weekday_day,
)


def unit_shifted(s: Scan, i: int) -> Read | None:
    """الشهر الماضي، العام المقبل -> the month before, the year after; هذا الأسبوع -> this week"""
    unit_i: int = i
    shift_i: int | None = i + 1
    if s.keys[i] in s.g.this and i + 1 < len(s.toks):
        unit_i, shift_i = i + 1, None
    unit = s.key(unit_i)
    if unit not in s.w.units and unit_i == i:
        unit = s.bare(i)  # والشهر الماضي، والأسبوع الماضي: "and" glued to the unit
    if not (unit.startswith(s.g.article) and s.w.units.get(unit) in ("week", "month", "year")):
        return None
    shift = 0 if shift_i is None else s.w.shifts.get(s.key(shift_i))
    if shift is None:
        return None
    j = unit_i + 1 if shift_i is None else shift_i + 1
    return shifted(s.w.units[unit], shift, s.anchor), j, True


def since_amount(s: Scan, i: int) -> Read | None:
    """منذ ثلاثة أيام -> from three days before the anchor to it; قبل أسبوعين -> the day two weeks before;
    منذ نحو أسبوع -> as منذ أسبوع"""
    k0 = s.keys[i]
    if not (k0 in s.w.since or k0 in s.w.ago):
        k0 = k0[1:]  # وقبل أسبوع، ومنذ يومين: a one-letter conjunction glued on
        if not (k0 in s.w.since or k0 in s.w.ago):
            return None
    if s.year_at(i + 1) is not None:
        return None  # منذ عام 2014: since a year named, not since a year ago (since_date reads it)
    if i + 2 < len(s.toks) and s.keys[i + 1] in s.g.day_lead and s.keys[i + 2] in s.w.weekdays:
        return None  # منذ يوم الخميس: since a day named, not since a day ago (since_date reads it)
    found = amount(s, i + 1) or _about_amount(s, i + 1)
    if found is None:
        return None
    days, j = found
    if k0 in s.w.ago and j + 1 < len(s.toks) and s.key(j) in s.w.range_from:
        return _before_what_follows(s, days, j)
    if s.anchor is None:
        return None, j, True
    start = s.anchor - timedelta(days=days)
    if k0 in s.w.ago:
        return day(start), j, True
    return interval(start, s.anchor), j, True


def _about_amount(s: Scan, i: int) -> tuple[int, int] | None:
    """منذ نحو أسبوع: about a week, read as the week (a random draw of session 38 had it the campaign's start);
    the hedge before a number (نحو 7 سنوات) is the number's own."""
    if i + 1 >= len(s.toks) or s.keys[i] not in s.w.about or s.year_at(i + 1) is not None:
        return None
    return amount(s, i + 1)


def _before_what_follows(s: Scan, days: int, j: int) -> Read:
    """قبل يومين من 5 مارس -> two days before that date; قبل ثلاثة أيام من لقاء القادة -> so long before
    another event, which dates nothing (no value); قبل ثلاثة أيام من الآن -> before the anchor."""
    after = s.read(j + 1)
    value = after[0] if after is not None else None
    if after is None or value is None:
        return None, j, True
    return day(value.first - timedelta(days=days)), after[1], True


def since_date(s: Scan, i: int) -> Read | None:
    """منذ 18 فبراير -> from that day to the anchor; منذ 19 فبراير وحتى الثالث من الشهر الجاري ->
    from the one to the other"""
    if (s.keys[i] not in s.w.since and s.keys[i][1:] not in s.w.since) or not i + 1 < len(s.toks):
        return None  # (ومنذ 18 فبراير: glued to و)
    inner = s.read(i + 1)
    if inner is None:
        return None
    value, j, _ = inner
    n = len(s.toks)
    if j < n and (s.key(j) in s.w.range_to or s.bare(j) in s.w.range_to):
        second = s.read(j + 1) if j + 1 < n else None
        if second is not None:
            v2, j2, _ = second
            if value is None or v2 is None:
                return None, j2, True
            return interval(value.first, max(v2.last, value.first)), j2, True
    if value is None or s.anchor is None:
        return None, j, True
    return interval(value.first, max(s.anchor, value.first)), j, True


def edge_of(s: Scan, i: int) -> Read | None:
    """أواخر 2012، بداية شهر فبراير، منتصف آذار، أواخر الشهر الماضي -> that part of the month or year"""
    which = s.w.edges.get(s.keys[i], s.w.edges.get(s.bare(i)))
    if which is None:
        return None
    n = len(s.toks)
    j = i + 1
    inner = read_explicit(s, j) if j < n else None
    if inner is None and s.key(j) in s.g.edge_unit:
        j += 1
        inner = read_explicit(s, j) if j < n else None
    if inner is None and s.key(i + 1) in s.g.edge_shifted_unit and s.key(i + 2) in s.w.shifts:
        whole = shifted(s.w.units[s.key(i + 1)], s.w.shifts[s.key(i + 2)], s.anchor)
        return (None if whole is None else edge(whole, which)), i + 3, True
    if inner is None and s.key(i + 1) in s.g.edge_current_unit and s.undated_after(i + 2):
        whole = shifted(s.w.units[s.key(i + 1)], 0, s.anchor)  # منذ بداية العام: this year's start
        return (None if whole is None else edge(whole, which)), i + 2, True
    if inner is None and j < n:
        y = s.year_at(j)
        if y is not None:
            inner = (year(y[0]), y[1], False)
    if inner is not None and inner[0] is not None and inner[0].grain in ("month", "year"):
        return edge(inner[0], which), inner[1], False
    return None


def year_alone(s: Scan, i: int) -> Read | None:
    """عام 2012، في 2017 -> the year"""
    y = s.year_at(i)
    m = s.numbers.get(i)
    if y is not None and (s.keys[i] in s.g.year_word or (m is not None and m.kind == "year")):
        return year(y[0]), y[1], False
    return None


def years_between(s: Scan, i: int) -> Read | None:
    """بين 2010 و2012، ما بين 1994 و1998 -> from the first year to the last (the number reader's
    range of years)."""
    m = s.numbers.get(i)
    if m is None or m.kind != "year" or m.low is None or m.high is None or not 1000 <= m.low <= m.high <= 2100:
        return None
    return interval(year(int(m.low)).first, year(int(m.high)).last), s.index_at_end(m.end), False


RELATIVE: tuple[Rule, ...] = (
    day_part, day_lead, day_ordinal, relative_day, about, this_weekday, weekday, unit_shifted, since_amount,
    since_date, edge_of, years_between,
)
