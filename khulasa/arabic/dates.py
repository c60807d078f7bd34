"""Dates and periods in Arabic running text.

    find("أعلن يوم الجمعة 9 من مارس 2018", anchor=date(2018, 3, 10))
    -> [DateMatch(start=5, end=30, value=DateValue(2018-03-09, 2018-03-09, "day"))]

Handles both month-name systems and their combinations (24 شباط/فبراير، كانون 2), day + month
(+ year), month (+ year), numeric dates, weekdays (with يوم, الماضي, المقبل...), relative days
(أمس، أول أمس، غدا، صباح اليوم), the week/month/year before, this one and the next,
منذ/قبل + an amount of time, منذ + a date (to the anchor), parts of a month or year (أواخر 2012،
بداية شهر فبراير، منتصف آذار), a day of this month (الثالث من الشهر الجاري), ranges
(من 19 فبراير وحتى الثالث من الشهر الجاري), and Hijri dates written with هـ (hijridate).

News is past tense: a bare weekday, month or day-and-month is the most recent one on or before
the anchor (``prefer="past"``, the default); ``prefer="future"`` reads them forward, as Duckling
does. A relative expression without an anchor is still reported, with ``value`` None.
Word lists: ``data/date_words.tsv`` and ``data/months.tsv``.
"""
from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from hijridate import Gregorian, Hijri

from khulasa.arabic.normalize import normalize, normalize_sentence
from khulasa.arabic.numbers import NumberMatch
from khulasa.arabic.numbers import find as find_numbers
from khulasa.arabic.numbers import scan as scan_numbers
from khulasa.arabic.resources import precheck_clitics, read_table
from khulasa.arabic.tokenize import Token, word_runs


@dataclass(frozen=True, slots=True)
class DateValue:
    first: date
    last: date  # inclusive
    grain: str  # day | week | month | year | interval

    def __contains__(self, d: date) -> bool:
        return self.first <= d <= self.last


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    text: str
    value: DateValue | None  # None: a relative expression with no anchor


# ---------------------------------------------------------------- language data

@dataclass(frozen=True)
class _Words:
    days: dict[tuple[str, ...], int]
    parts: frozenset[str]
    weekdays: dict[str, int]
    units: dict[str, str]
    shifts: dict[str, int]
    edges: dict[str, str]
    since: frozenset[str]
    ago: frozenset[str]
    range_from: frozenset[str]
    range_to: frozenset[str]
    hijri: frozenset[str]
    weekday_bare: dict[str, int]
    seasons: dict[str, int]
    decades: dict[str, int]
    rest: frozenset[str]
    plurals: dict[str, str]
    few: dict[str, int]
    decade_units: dict[str, int]
    weekend: frozenset[tuple[str, ...]]
    links: frozenset[str]
    about: frozenset[str]
    months: dict[tuple[str, ...], tuple[int, str]]  # words -> (month, system)
    cues: frozenset[str]  # more words that may hold a date on their own (the pre-check)
    starts: frozenset[str]  # more words a date expression may start with
    before_digits: frozenset[str]  # words that start one only before digits (في 3 أيام)


@lru_cache(maxsize=1)
def _words() -> _Words:
    rows = read_table("date_words.tsv")
    by: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        kind, phrase = row[0], row[1]
        by.setdefault(kind, []).append((phrase, row[2] if len(row) > 2 else ""))

    def keys(phrase: str) -> tuple[str, ...]:
        return tuple(normalize(w) for w in phrase.split())

    months = {}
    for name, number, system in read_table("months.tsv"):
        months[keys(name)] = (int(number), system)
    return _Words(
        days={keys(p): int(v) for p, v in by["day"]},
        parts=frozenset(normalize(p) for p, _ in by["part"]),
        weekdays={normalize(p): int(v) for p, v in by["weekday"]},
        units={normalize(p): v for p, v in by["unit"]},
        shifts={normalize(p): int(v) for p, v in by["shift"]},
        edges={normalize(p): v for p, v in by["edge"]},
        since=frozenset(normalize(p) for p, _ in by["since"]),
        ago=frozenset(normalize(p) for p, _ in by["ago"]),
        range_from=frozenset(normalize(p) for p, _ in by["range_from"]),
        range_to=frozenset(normalize(p) for p, _ in by["range_to"]),
        hijri=frozenset(normalize(p) for p, _ in by["hijri"]),
        weekday_bare={normalize(p): int(v) for p, v in by["weekday_bare"]},
        seasons={normalize(p): int(v) for p, v in by["season"]},
        decades={normalize(p): int(v) for p, v in by["decade"]},
        rest=frozenset(normalize(p) for p, _ in by["rest"]),
        plurals={normalize(p): v for p, v in by["plural"]},
        few={normalize(p): int(v) for p, v in by["few"] if v},
        decade_units={normalize(p): int(v) for p, v in by["decade_unit"]},
        weekend=frozenset(keys(p) for p, _ in by["weekend"]),
        links=frozenset(normalize(p) for p, _ in by["link"]),
        about=frozenset(normalize(p) for p, _ in by["about"]),
        months=months,
        cues=frozenset(normalize(p) for p, _ in by["cue"]),
        starts=frozenset(normalize(p) for p, _ in by["start"]),
        before_digits=frozenset(normalize(p) for p, _ in by["start_number"]),
    )


# ---------------------------------------------------------------- calendar helpers

def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _day(d: date) -> DateValue:
    return DateValue(d, d, "day")


def _month(y: int, m: int) -> DateValue:
    return DateValue(date(y, m, 1), _month_end(y, m), "month")


def _year(y: int) -> DateValue:
    return DateValue(date(y, 1, 1), date(y, 12, 31), "year")


def _week_of(d: date) -> DateValue:
    # weeks start on Monday, as in ISO 8601 (Duckling does the same)
    start = d - timedelta(days=d.weekday())
    return DateValue(start, start + timedelta(days=6), "week")


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _edge(v: DateValue, edge: str) -> DateValue:
    """The first third, middle or last third of a month or year."""
    if v.grain == "month":
        y, m = v.first.year, v.first.month
        if edge == "early":
            return DateValue(v.first, date(y, m, 10), "interval")
        if edge == "middle":
            return _day(date(y, m, 15))
        return DateValue(date(y, m, 21), v.last, "interval")
    if v.grain == "year":
        y = v.first.year
        if edge == "early":
            return DateValue(date(y, 1, 1), date(y, 4, 30), "interval")
        if edge == "middle":
            return DateValue(date(y, 5, 1), date(y, 8, 31), "interval")
        return DateValue(date(y, 9, 1), date(y, 12, 31), "interval")
    return v


def _as_date(anchor: date | datetime | None) -> date | None:
    if anchor is None:
        return None
    return anchor.date() if isinstance(anchor, datetime) else anchor


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _resolve_day_month(day: int, month: int, year: int | None, anchor: date | None, prefer: str) -> date | None:
    if year is not None:
        return _safe_date(year, month, day)
    if anchor is None:
        return None
    candidate = _safe_date(anchor.year, month, day)
    if prefer == "past":
        if candidate is None or candidate > anchor:
            candidate = _safe_date(anchor.year - 1, month, day)
    else:
        # forward: this year's unless its month is already over (the current month stays)
        if candidate is None or month < anchor.month:
            candidate = _safe_date(anchor.year + 1, month, day)
    return candidate


def _resolve_month(month: int, year: int | None, anchor: date | None, prefer: str) -> DateValue | None:
    if year is not None:
        return _month(year, month)
    if anchor is None:
        return None
    y = anchor.year
    if prefer == "past" and month > anchor.month:
        y -= 1
    if prefer == "future" and month < anchor.month:
        y += 1
    return _month(y, month)


def _resolve_weekday(weekday: int, anchor: date | None, prefer: str, shift: int | None) -> date | None:
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


# ---------------------------------------------------------------- scanning

@lru_cache(maxsize=256)
def _prepared(text: str) -> tuple[list[Token], list[str], list[int], dict[int, NumberMatch]]:
    """Tokens and numbers of a text: they do not depend on the anchor, so a text read against
    several candidate anchors (as anchors.py does) is prepared once."""
    toks, found = scan_numbers(text)
    starts = [t.start for t in toks]
    numbers: dict[int, NumberMatch] = {}
    for m in found:
        k = bisect_left(starts, m.start)
        if k < len(toks):
            numbers[k] = m
    return toks, [t.key for t in toks], starts, numbers


class _Scan:
    def __init__(self, text: str, anchor: date | None, prefer: str):
        self.text = text
        self.anchor = anchor
        self.prefer = prefer
        self.toks, self.keys, self._starts, self.numbers = _prepared(text)
        self.w = _words()

    def _index_at(self, offset: int) -> int | None:
        k = bisect_left(self._starts, offset)
        return k if k < len(self.toks) else None

    # -- small readers: each returns (value-ish, index after) or None

    def gap(self, i: int) -> str:
        """Text between token i-1 and token i."""
        return self.text[self.toks[i - 1].end:self.toks[i].start]

    def adjacent(self, i: int) -> bool:
        return 0 < i < len(self.toks) and self.gap(i).strip() in ("", "،", ",")

    def key(self, i: int) -> str:
        return self.keys[i] if 0 <= i < len(self.keys) else ""

    def bare(self, i: int) -> str:
        k = self.key(i)
        return k[1:] if len(k) > 3 and k[0] in "وفبل" else k

    def month_at(self, i: int) -> tuple[int, int] | None:
        """(month, index after) of a month name (one or two words, or كانون 2)."""
        months = self.w.months
        if i >= len(self.toks):
            return None
        # شهر 3، شهر ثلاثة، شهر عشرة، الشهر التاسع: a month by its number
        if self.key(i) in ("شهر", "الشهر") and i + 1 < len(self.toks):
            m = self.numbers.get(i + 1)
            if m is not None and m.value is not None and m.value == int(m.value) and 1 <= m.value <= 12 and (m.kind != "ordinal" or self.key(i) == "الشهر"):
                return int(m.value), self._index_at_end(m.end)
        # شهر اذار، شهر تشرين الأول: the word شهر before a name
        if self.key(i) == "شهر" and i + 1 < len(self.toks):
            named = self.month_at(i + 1)
            if named is not None:
                return named
        # كانون 2، تشرين 1: the Levantine months written with a number
        if self.bare(i) in ("كانون", "تشرين") and self.key(i + 1) in ("1", "2") and self.adjacent(i + 1):
            month = {("كانون", "1"): 12, ("كانون", "2"): 1, ("تشرين", "1"): 10, ("تشرين", "2"): 11}[(self.bare(i), self.key(i + 1))]
            return month, self._alt_month(i + 2)
        for n in (2, 1):
            words = tuple(self.keys[i:i + n])
            if len(words) < n:
                continue
            for cand in (words, (self.bare(i),) + words[1:]):
                if cand in months:
                    month, system = months[cand]
                    if system == "hijri":
                        return None
                    return month, self._alt_month(i + n, month)
        return None

    def hijri_month_at(self, i: int) -> tuple[int, int] | None:
        for n in (2, 1):
            words = tuple(self.keys[i:i + n])
            if len(words) == n and words in self.w.months and self.w.months[words][1] == "hijri":
                return self.w.months[words][0], i + n
        return None

    def _alt_month(self, j: int, month: int = 0) -> int:
        """Skip the same month in the other system: شباط/فبراير، مايو / أيار، فبراير شباط."""
        if j < len(self.toks) and self.gap(j).strip() in ("/", "", "-", "("):
            for n in (2, 1):
                words = tuple(self.keys[j:j + n])
                if len(words) == n and words in self.w.months and (self.gap(j).strip() == "/" or self.w.months[words][0] == month):
                    return j + n
        return j

    def number_at(self, i: int) -> tuple[float, int, NumberMatch] | None:
        m = self.numbers.get(i)
        if m is None or m.value is None:
            return None
        return m.value, self._index_at_end(m.end), m

    def _index_at_end(self, end: int) -> int:
        return bisect_left(self._starts, end)

    def year_at(self, i: int) -> tuple[int, int] | None:
        k = i
        if self.key(k) in ("عام", "العام", "سنه", "السنه") and k + 1 < len(self.toks):
            k += 1
        n = self.number_at(k)
        if n is None:
            return None
        value, j, m = n
        low = 1 if k > i else 1000  # after عام any year: عام 247
        if value == int(value) and low <= value <= 2100 and m.kind in ("year", "count", "date", "duration"):
            # 2018 م
            if j < len(self.toks) and self.keys[j] == "م":
                j += 1
            return int(value), j
        return None

    def day_number_at(self, i: int) -> tuple[int, int] | None:
        """A day of the month: 9، ٢٤، الثالث، الحادي والعشرين."""
        m = self.numbers.get(i)
        if m is not None and m.value is not None and m.value == int(m.value) and 1 <= m.value <= 31:
            if m.kind == "ordinal" or any(ch.isdigit() for ch in m.text) or m.kind == "date":
                j = self._index_at_end(m.end)
                # الحادي والعشرين، الثالث والعشرون
                if m.kind == "ordinal" and j < len(self.toks) and self.keys[j].startswith("و"):
                    nxt = self.numbers.get(j)
                    tens = find_numbers(self.toks[j].text[1:]) if nxt is None else [nxt]
                    if tens and tens[0].value in (20.0, 30.0) and m.value + tens[0].value <= 31:
                        return int(m.value + tens[0].value), j + 1
                return int(m.value), j
        return None


def _hijri_to_gregorian(y: int, m: int, d: int | None) -> DateValue | None:
    try:
        if d is not None:
            return _day(date(*Hijri(y, m, d).to_gregorian().datetuple()))
        first = date(*Hijri(y, m, 1).to_gregorian().datetuple())
        last_day = Hijri(y, m, 1).month_length()
        return DateValue(first, date(*Hijri(y, m, last_day).to_gregorian().datetuple()), "interval")
    except (ValueError, OverflowError):
        return None


@lru_cache(maxsize=1)
def _holidays() -> dict[tuple[str, ...], tuple[str, int, int, str]]:
    return {
        tuple(normalize(p) for p in name.split()): (cal, int(m), int(d), what)
        for name, cal, m, d, what in read_table("holidays.tsv")
    }


def _holiday_in(cal: str, m: int, d: int, what: str, gregorian_year: int) -> list[DateValue]:
    """The holiday's occurrences that start in a Gregorian year."""
    if cal == "gregorian":
        value = _safe_date(gregorian_year, m, d)
        return [_day(value)] if value else []
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
                out.append(DateValue(first, last, "interval"))
            else:
                out.append(_day(first))
    return out


def _read_holiday(s: _Scan, i: int) -> tuple[DateValue | None, int, bool] | None:
    table = _holidays()
    for n in (4, 3, 2, 1):
        words = tuple(s.keys[i:i + n])
        if len(words) == n and words in table:
            cal, m, d, what = table[words]
            j = i + n
            year = s.year_at(j) if j < len(s.toks) else None
            if year is not None:
                found = _holiday_in(cal, m, d, what, year[0])
                return (found[0] if found else None), year[1], False
            if s.anchor is None:
                return None, j, True
            candidates = [v for y in (s.anchor.year - 1, s.anchor.year, s.anchor.year + 1) for v in _holiday_in(cal, m, d, what, y)]
            if s.prefer == "future":
                later = [v for v in candidates if v.first >= s.anchor]
                return (min(later, key=lambda v: v.first) if later else None), j, True
            earlier = [v for v in candidates if v.first <= s.anchor]
            return (max(earlier, key=lambda v: v.first) if earlier else None), j, True
    return None




@lru_cache(maxsize=1)
def _nth() -> dict[str, int]:
    """Ordinal words counting days or weeks in a month (ثالث ثلاثاء، اخر اثنين): -1 is the last."""
    return {normalize(row[1]): int(row[2]) for row in read_table("date_words.tsv") if row[0] == "nth"}


@lru_cache(maxsize=1)
def _not_future() -> frozenset[str]:
    return frozenset(normalize(row[1]) for row in read_table("date_words.tsv") if row[0] == "not_future")


def named_weekday(text: str) -> int | None:
    """The ISO weekday a phrase names (صباح أمس السبت -> 6), or None."""
    weekdays = _words().weekdays
    for word in normalize(text).split():
        bare = word[1:] if len(word) > 3 and word[0] in "وفبل" else word
        if word in weekdays or bare in weekdays:
            return weekdays.get(word, weekdays.get(bare))
    return None


def day_words() -> frozenset[str]:
    """Single words that name a day relative to the anchor (اليوم، أمس، غدا، الآن...)."""
    return frozenset(words[0] for words in _words().days if len(words) == 1)


def _month_phrase(s: _Scan, j: int) -> tuple[int, int, int] | None:
    """(year, month, index after) of a month: مارس، شهر عشرة، الشهر القادم، سبتمبر لعام 2014."""
    n = len(s.toks)
    if j < n and s.key(j) in ("من", "في"):
        j += 1
    # بشهر اكتوبر، بايلول
    k = s.key(j)
    if k.startswith("ب") and len(k) > 3:
        sub = _Scan.__new__(_Scan)
        sub.__dict__.update(s.__dict__)
        sub.keys = list(s.keys)
        sub.keys[j] = k[1:]
        s = sub
    if s.key(j) == "الشهر" and s.key(j + 1) in s.w.shifts and s.anchor is not None:
        y, m = _add_months(s.anchor.year, s.anchor.month, s.w.shifts[s.key(j + 1)])
        return y, m, j + 2
    month = s.month_at(j)
    if month is None:
        return None
    m, end = month
    # the year: 2014، من عام 2014، في سنة 2014، لعام 2014، بعام 2014، السنة القادمة
    k = end
    if s.key(k) in ("من", "في") or s.key(k) in ("لعام", "بعام", "لسنه", "بسنه"):
        if s.key(k) in ("لعام", "بعام", "لسنه", "بسنه"):
            y = s.year_at(k + 1)
            if y is not None:
                return y[0], m, y[1]
        k += 1
    y = s.year_at(k)
    if y is not None:
        return y[0], m, y[1]
    if s.key(k) in ("السنه", "العام") and s.key(k + 1) in s.w.shifts and s.anchor is not None:
        return s.anchor.year + s.w.shifts[s.key(k + 1)], m, k + 2
    if s.anchor is None:
        return None
    value = _resolve_month(m, None, s.anchor, s.prefer)
    return value.first.year, m, end


def _nth_weekday(y: int, m: int, weekday: int, nth: int) -> date | None:
    if nth > 0:
        first = date(y, m, 1)
        d = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
        return d if d.month == m else None
    last = _month_end(y, m)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def _read_nth(s: _Scan, i: int) -> tuple[DateValue | None, int, bool] | None:
    """ثالث ثلاثاء في ايلول 2014، الثلاثاء الثالث من شهر ايلول، اخر اثنين من الشهر القادم،
    اخر يوم بشهر عشرة، الاسبوع الاول من شهر عشرة، اول اسبوع بشهر اكتوبر."""
    w = s.w
    k0 = s.key(i)
    nth = weekday = None
    what = None
    j = i
    if k0 in _nth():
        nth = _nth()[k0]
        j = i + 1
        if s.key(j) == "يوم" and (s.key(j + 1) in w.weekdays or s.key(j + 1) in w.weekday_bare):
            j += 1
        if s.key(j) in w.weekdays or s.key(j) in w.weekday_bare:
            weekday, what, j = w.weekdays.get(s.key(j), w.weekday_bare.get(s.key(j))), "weekday", j + 1
        elif s.key(j) in ("يوم",):
            what, j = "day", j + 1
        elif s.key(j) in ("اسبوع",):
            what, j = "week", j + 1
        else:
            return None
    elif k0 in w.weekdays and s.key(i + 1) in _nth():
        weekday, nth, what, j = w.weekdays[k0], _nth()[s.key(i + 1)], "weekday", i + 2
    elif k0 in ("اليوم",) and s.key(i + 1) in ("الاخير",):
        nth, what, j = -1, "day", i + 2
    elif k0 in ("الاسبوع",) and s.key(i + 1) in _nth():
        nth, what, j = _nth()[s.key(i + 1)], "week", i + 2
    else:
        return None
    month = _month_phrase(s, j)
    if month is None:
        return None
    y, m, end = month
    if what == "weekday":
        d = _nth_weekday(y, m, weekday, nth)
        return (_day(d) if d else None), end, False
    if what == "day":
        d = _month_end(y, m) if nth == -1 else _safe_date(y, m, nth)
        return (_day(d) if d else None), end, False
    # weeks that lie wholly in the month, from Monday
    monday = _nth_weekday(y, m, 1, 1 if nth > 0 else -1)
    if nth > 0:
        monday = monday + timedelta(days=7 * (nth - 1))
    elif monday + timedelta(days=6) > _month_end(y, m):
        monday -= timedelta(days=7)
    return DateValue(monday, monday + timedelta(days=6), "week"), end, False


def _season(first_month: int, year: int) -> DateValue:
    if first_month == 12:
        return DateValue(date(year, 12, 1), _month_end(year + 1, 2), "interval")
    return DateValue(date(year, first_month, 1), _month_end(year, first_month + 2), "interval")


def _read_period(s: _Scan, i: int) -> tuple[DateValue | None, int, bool] | None:
    """Seasons, decades, Hijri months, the rest of a week or month, the weekend, the next/last N
    units, a year/month written with digits (2015/3)."""
    w = s.w
    n = len(s.toks)
    k0, bare = s.key(i), s.bare(i)
    a = s.anchor
    # seasons: الصيف، الربيع القادم، صيف 2016
    if k0 in w.seasons or bare in w.seasons:
        first = w.seasons.get(k0, w.seasons.get(bare))
        j = i + 1
        year = s.year_at(j) if j < n else None
        if year is not None:
            return _season(first, year[0]), year[1], False
        if a is None:
            return None, j, True
        shift = w.shifts.get(s.key(j))
        y = a.year if first != 12 else (a.year if a.month == 12 else a.year - 1)
        this = _season(first, y)
        if shift is not None:
            j += 1
            if shift == 1 and this.first <= a:
                this = _season(first, y + 1)
            elif shift == -1 and this.last >= a:
                this = _season(first, y - 1)
        elif s.prefer == "past" and this.first > a:
            this = _season(first, y - 1)
        elif s.prefer == "future" and this.last < a:
            this = _season(first, y + 1)
        return this, j, True
    # decades: السبعينيات
    if k0 in w.decades or bare in w.decades:
        tens = w.decades.get(k0, w.decades.get(bare))
        base = 1900 + tens
        return DateValue(date(base, 1, 1), date(base + 9, 12, 31), "interval"), i + 1, False
    # a Hijri month on its own: رجب، ذو القعدة، ربيع الأول
    for size in (2, 1):
        words = tuple(s.keys[i:i + size])
        if len(words) == size and words in w.months and w.months[words][1] == "hijri":
            # a Hijri month alone is also a name (رجب طيب أردوغان، صفر): only after في، شهر، خلال، منذ
            if not (i > 0 and s.key(i - 1) in ("في", "شهر", "خلال", "منذ", "حتي", "بدايه", "نهايه")):
                continue
            month = w.months[words][0]
            j = i + size
            if a is None:
                return None, j, True
            hy = Gregorian(a.year, a.month, a.day).to_hijri()
            y = hy.year if (month <= hy.month or s.prefer == "future" and month >= hy.month) else hy.year - 1
            if s.prefer == "future" and month < hy.month:
                y = hy.year + 1
            try:
                first = date(*Hijri(y, month, 1).to_gregorian().datetuple())
                last = date(*Hijri(y, month, Hijri(y, month, 1).month_length()).to_gregorian().datetuple())
            except (ValueError, OverflowError):
                return None, j, True
            return DateValue(first, last, "interval"), j, True
    # الربع الثالث من عام 2016، الربع الأول 2018: a quarter of a year
    if k0 == "الربع" and s.numbers.get(i + 1) is not None and s.numbers[i + 1].kind == "ordinal":
        q = s.numbers[i + 1].value
        j = s._index_at_end(s.numbers[i + 1].end)
        if s.key(j) in ("من", "في"):
            j += 1
        year = s.year_at(j)
        if q in (1, 2, 3, 4) and year is not None:
            y = year[0]
            first = date(y, 3 * int(q) - 2, 1)
            return DateValue(first, _month_end(y, 3 * int(q)), "interval"), year[1], False
    # العقد القادم، العقدين الماضيين
    if (k0 in w.decade_units) and s.key(i + 1) in w.shifts | {"الماضيين": -1, "القادمين": 1, "المقبلين": 1}:
        count = w.decade_units[k0]
        shift = {"الماضيين": -1, "القادمين": 1, "المقبلين": 1}.get(s.key(i + 1), w.shifts.get(s.key(i + 1)))
        if a is None:
            return None, i + 2, True
        start = a.year - a.year % 10
        if shift > 0:
            return DateValue(date(start + 10, 1, 1), date(start + 10 * (count + 1) - 1, 12, 31), "interval"), i + 2, True
        if shift < 0:
            return DateValue(date(start - 10 * count, 1, 1), date(start - 1, 12, 31), "interval"), i + 2, True
        return DateValue(date(start, 1, 1), date(start + 9, 12, 31), "interval"), i + 2, True
    # الأسابيع الثلاثة الماضية، الأشهر 3 القادمة، الأسابيع القليلة الماضية
    if k0 in w.plurals and i + 2 < n:
        unit = w.plurals[k0]
        count = None
        j = i + 1
        num = s.numbers.get(j)
        if num is not None and num.value is not None:
            count, j = int(num.value), s._index_at_end(num.end)
        elif s.key(j) in w.few:
            count, j = w.few[s.key(j)], j + 1
        direction = s.key(j)
        if count and direction in ("الماضيه", "الماضي", "القادمه", "المقبله", "الاخيره"):
            if a is None:
                return None, j + 1, True
            days = _days_in(unit, count, a)
            if direction in ("القادمه", "المقبله"):
                return DateValue(a + timedelta(days=1), a + timedelta(days=days), "interval"), j + 1, True
            return DateValue(a - timedelta(days=days), a - timedelta(days=1), "interval"), j + 1, True
    # يوم 27: a day of this month (unless a month follows: يوم 2 أكتوبر)
    if k0 == "يوم" and s.key(i + 1).isdigit() and a is not None and _read_explicit(s, i + 1) is None:
        d = int(s.key(i + 1))
        if 1 <= d <= 31:
            y, m = a.year, a.month
            if (s.prefer == "past" and d > a.day) :
                y, m = _add_months(y, m, -1)
            elif s.prefer == "future" and d < a.day:
                y, m = _add_months(y, m, 1)
            value = _safe_date(y, m, d)
            return (_day(value) if value else None), i + 2, True
    # بقية الأسبوع، باقي الشهر
    rest_units = {"الاسبوع": "week", "اسبوعي": "week", "الشهر": "month", "شهري": "month", "العام": "year", "السنه": "year", "عامي": "year"}
    if k0 in w.rest and s.key(i + 1) in rest_units:
        if a is None:
            return None, i + 2, True
        whole = _shifted(rest_units[s.key(i + 1)], 0, a)
        return DateValue(a, whole.last, "interval"), i + 2, True
    # عطلة نهاية الأسبوع
    for size in (4, 3, 2):
        if tuple(s.keys[i:i + size]) in w.weekend:
            if a is None:
                return None, i + size, True
            saturday = a + timedelta(days=(6 - a.isoweekday()) % 7)
            return DateValue(saturday, saturday + timedelta(days=1), "interval"), i + size, True
    # آخر 3 سنوات، 3 أيام القادمة، في 3 أسابيع، بعد يومين، الاسبوع بعد القادم
    if k0 in ("اخر",) and i + 1 < n and s.numbers.get(i + 1) is not None:
        amount = _read_amount(s, i + 1)
        if amount is not None:
            days, j = amount
            return (DateValue(a - timedelta(days=days), a, "interval") if a else None), j, True
    if k0 == "بعد" and i + 1 < n:
        amount = _read_amount(s, i + 1)
        # بعد يومين: two days from now; بعد 3 أيام من الإغلاق counts from an event, not a date
        if amount is not None and s.key(amount[1]) not in ("من", "علي", "على"):
            days, j = amount
            return (_day(a + timedelta(days=days)) if a else None), j, True
    if s.key(i) in ("الاسبوع", "الشهر", "العام") and s.key(i + 1) == "بعد" and s.key(i + 2) in ("القادم", "المقبل"):
        return _shifted(w.units[s.key(i)], 2, a), i + 3, True
    amount = _read_amount(s, i)
    if amount is not None and s.key(amount[1]) in ("القادمه", "المقبله", "القادم", "المقبل", "الماضيه", "الماضي"):
        days, j = amount
        forward = s.key(j) in ("القادمه", "المقبله", "القادم", "المقبل")
        if a is None:
            return None, j + 1, True
        if forward:
            return DateValue(a + timedelta(days=1), a + timedelta(days=days), "interval"), j + 1, True
        return DateValue(a - timedelta(days=days), a - timedelta(days=1), "interval"), j + 1, True
    # في 3 أيام: "in three days" only read forward (سيعود في 3 أيام, or a caller's prefer);
    # in past-tense news it is a span, never a date: أعلى مستوى في 6 أسابيع (the highest in six
    # weeks), مقتل 1433 مدنيا في 34 يوما (in 34 days), like خلال 34 يوما
    if k0 in w.before_digits and s.prefer == "future" and i + 1 < n and s.key(i + 1)[:1].isdigit():
        amount = _read_amount(s, i + 1)
        if amount is not None:
            days, j = amount
            return (_day(a + timedelta(days=days)) if a else None), j, True
    return None


def _read(s: _Scan, i: int) -> tuple[DateValue | None, int, bool] | None:
    """A date expression starting at token i: (value, index after, relative?) or None."""
    w = s.w
    holiday = _read_holiday(s, i)
    if holiday is not None:
        return holiday
    nth = _read_nth(s, i)
    if nth is not None:
        return nth
    period = _read_period(s, i)
    if period is not None:
        return period
    keys, n = s.keys, len(s.toks)
    k0 = keys[i]
    bare = s.bare(i)

    # a part of the day before a day word (صباح اليوم، مساء أمس، فجر السبت)
    if (k0 in w.parts or bare in w.parts) and i + 1 < n and s.adjacent(i + 1):
        inner = _read(s, i + 1)
        if inner is not None and inner[0] is None or (inner is not None and inner[0] is not None and inner[0].grain == "day"):
            return inner

    # يوم + a weekday or a date (يوم الجمعة 9 من مارس 2018، يوم الخميس)
    if k0 in ("يوم", "ليوم", "اليوم") and i + 1 < n and (keys[i + 1] in w.weekdays or s.day_number_at(i + 1)):
        inner = _read(s, i + 1)
        if inner is not None:
            return inner

    # اليوم الاول من شهر ثلاثة، اليوم الثالث من شهر عشرة: a day, not today
    if k0 == "اليوم" and i + 1 < n and s.numbers.get(i + 1) is not None and s.numbers[i + 1].kind == "ordinal":
        inner = _read_explicit(s, i + 1)
        if inner is not None:
            return inner

    # relative days: أمس، أول أمس، غدا، اليوم
    for size in (3, 2, 1):
        words = tuple(keys[i:i + size])
        if len(words) == size and (words in w.days or (bare,) + words[1:] in w.days):
            offset = w.days.get(words, w.days.get((bare,) + words[1:]))
            j = i + size
            value = _day(s.anchor + timedelta(days=offset)) if s.anchor else None
            # أمس السبت: the weekday names the same day; it is kept in the span
            if j < n and keys[j] in w.weekdays and s.adjacent(j):
                j += 1
            return value, j, True

    # approximate: قرابة الثلاثاء القادم
    if (k0 in w.about) and i + 1 < n and (keys[i + 1] in w.weekdays or keys[i + 1] in w.days or (keys[i + 1],) in w.days):
        inner = _read(s, i + 1)
        if inner is not None:
            return inner

    # هذا الاثنين: this week's, read in the preferred direction
    this = k0 in ("هذا", "هذه") and i + 1 < n and keys[i + 1] in w.weekdays
    if this:
        i += 1
        k0 = bare = keys[i]

    # weekdays: الخميس، الخميس الماضي، السبت 10 من مارس، الاثنين في 18 شباط، احد الاسبوع الماضي
    weekday = w.weekdays.get(k0, w.weekdays.get(bare))
    if weekday is None and k0 in w.weekday_bare and _week_after(s, i + 1) is not None:
        weekday = w.weekday_bare[k0]
    if weekday is not None:
        j = i + 1
        if j < n and s.gap(j).strip() in ("،", ",") or (j < n and keys[j] in w.links and keys[j] != "من"):
            if j < n and keys[j] in w.links:
                j += 1
        explicit = _read_explicit(s, j) if j < n else None
        if explicit is not None:
            return explicit[0], explicit[1], False
        # the weekday of a week: احد الاسبوع الماضي، الاثنين من هذا الاسبوع
        week = _week_after(s, i + 1)
        if week is not None:
            value, j2 = week
            if value is None:
                return None, j2, True
            return _day(value.first + timedelta(days=weekday - 1)), j2, True
        # السبت السادس عشر: a weekday and the day of this month
        dn = s.day_number_at(j) if j < n else None
        if dn is not None and s.anchor is not None:
            d, j2 = dn
            y, m = s.anchor.year, s.anchor.month
            if s.prefer == "future" and d < s.anchor.day:
                y, m = _add_months(y, m, 1)
            elif s.prefer == "past" and d > s.anchor.day:
                y, m = _add_months(y, m, -1)
            value = _safe_date(y, m, d)
            return (_day(value) if value else None), j2, True
        shift = None
        if j < n and keys[j] in w.shifts:
            shift = w.shifts[keys[j]]
            j += 1
        if this and shift is None:
            shift = 1 if s.prefer == "future" else None
        d = _resolve_weekday(weekday, s.anchor, s.prefer, shift)
        return (_day(d) if d else None), j, True

    # the week / month / year before, this one, the next: الشهر الماضي، العام المقبل، هذا الأسبوع
    unit_i, shift_i = i, i + 1
    if k0 in ("هذا", "هذه") and i + 1 < n:
        unit_i, shift_i = i + 1, None
    if s.key(unit_i).startswith("ال") and w.units.get(s.key(unit_i)) in ("week", "month", "year"):
        shift = 0 if shift_i is None else w.shifts.get(s.key(shift_i))
        if shift is not None:
            j = unit_i + 1 if shift_i is None else shift_i + 1
            value = _shifted(w.units[s.key(unit_i)], shift, s.anchor)
            return value, j, True

    # منذ / قبل + an amount of time: منذ ثلاثة أيام، قبل أسبوعين، منذ 18 فبراير
    if k0 in w.since or k0 in w.ago:
        amount = _read_amount(s, i + 1)
        if amount is not None:
            days, j = amount
            if s.anchor is None:
                return None, j, True
            start = s.anchor - timedelta(days=days)
            if k0 in w.ago:
                return _day(start), j, True
            return DateValue(start, s.anchor, "interval"), j, True
        inner = _read(s, i + 1) if i + 1 < n else None
        if inner is not None and k0 in w.since:
            value, j, relative = inner
            # منذ 19 فبراير وحتى الثالث من الشهر الجاري: a closed interval
            if j < n and (s.key(j) in w.range_to or s.bare(j) in w.range_to):
                second = _read(s, j + 1) if j + 1 < n else None
                if second is not None:
                    v2, j2, _ = second
                    if value is None or v2 is None:
                        return None, j2, True
                    return DateValue(value.first, max(v2.last, value.first), "interval"), j2, True
            if value is None or s.anchor is None:
                return None, j, True
            return DateValue(value.first, max(s.anchor, value.first), "interval"), j, True

    # parts of a month or year: أواخر 2012، بداية شهر فبراير، منتصف آذار
    if k0 in w.edges or bare in w.edges:
        j = i + 1
        inner = _read_explicit(s, j) if j < n else None
        if inner is None and s.key(j) in ("شهر", "عام", "العام", "سنه"):
            j += 1
            inner = _read_explicit(s, j) if j < n else None
        # أواخر الشهر الماضي، أوائل العام الجاري
        if inner is None and s.key(i + 1) in ("الشهر", "العام", "السنه") and s.key(i + 2) in w.shifts:
            shifted = _shifted(w.units[s.key(i + 1)], w.shifts[s.key(i + 2)], s.anchor)
            if shifted is None:
                return None, i + 3, True
            return _edge(shifted, w.edges.get(k0, w.edges.get(bare))), i + 3, True
        if inner is None and j < n:
            y = s.year_at(j)
            if y is not None:
                inner = (_year(y[0]), y[1], False)
        if inner is not None and inner[0] is not None and inner[0].grain in ("month", "year"):
            return _edge(inner[0], w.edges.get(k0, w.edges.get(bare))), inner[1], False

    explicit = _read_explicit(s, i)
    if explicit is not None:
        return explicit

    # a year on its own: عام 2012، في 2017
    year = s.year_at(i)
    if year is not None and (k0 in ("عام", "العام", "سنه", "السنه") or s.numbers.get(i) is not None and s.numbers[i].kind == "year"):
        return _year(year[0]), year[1], False
    return None


def _week_after(s: _Scan, j: int) -> tuple[DateValue | None, int] | None:
    """A week named after a weekday: [من] [هذا] الاسبوع الماضي/الحالي/المقبل."""
    if s.key(j) == "من":
        j += 1
    this = s.key(j) in ("هذا",)
    if this:
        j += 1
    if s.key(j) not in ("الاسبوع",):
        return None
    shift = 0 if this else s.w.shifts.get(s.key(j + 1))
    if shift is None:
        return None
    end = j + 1 if this else j + 2
    return _shifted("week", shift, s.anchor), end


def _read_explicit(s: _Scan, i: int) -> tuple[DateValue | None, int, bool] | None:
    """Day + month (+ year), month (+ year), numeric dates, Hijri dates, the day of this month."""
    w = s.w
    n = len(s.toks)
    if i >= n:
        return None
    # numeric: 10/03/2018، ٢٠١٨/٣/١٠، 2/2013
    numeric = _read_numeric(s, i)
    if numeric is not None:
        return numeric
    # شهر فبراير، شهر 3
    month = s.month_at(i)
    if month is not None:
        m, j = month
        day_range = _day_range(s, j) if j < n else None
        if day_range is not None and s.anchor is not None:
            d1, d2, end = day_range
            y = _resolve_month(m, None, s.anchor, s.prefer).first.year
            first, last = _safe_date(y, m, d1), _safe_date(y, m, d2)
            if first and last and first <= last:
                return DateValue(first, last, "interval"), end, False
        year = s.year_at(j) if j < n else None
        shift = w.shifts.get(s.key(j)) if year is None and j < n else None
        if year is not None:
            return _month(year[0], m), year[1], False
        # يناير الثاني والعشرين، 2018: month, day, year
        dn = s.day_number_at(j) if j < n else None
        if dn is not None:
            dated = _with_year(s, dn[0], m, dn[1])
            if dated is not None:
                return dated
        # يونيو العام المقبل
        if s.key(j) in ("العام", "السنه") and s.key(j + 1) in w.shifts and s.anchor is not None:
            return _month(s.anchor.year + w.shifts[s.key(j + 1)], m), j + 2, False
        if shift == -1 and s.anchor is not None:
            # فبراير الماضي: the most recent February before the anchor's month
            y = s.anchor.year if m < s.anchor.month else s.anchor.year - 1
            return _month(y, m), j + 1, False
        if shift == 1 and s.anchor is not None:
            y = s.anchor.year if m > s.anchor.month else s.anchor.year + 1
            return _month(y, m), j + 1, False
        return _resolve_month(m, None, s.anchor, s.prefer), j + (1 if shift is not None else 0), True
    day_range = _day_range(s, i)
    if day_range is not None:
        d1, d2, j = day_range
        month = _month_phrase(s, j)
        if month is not None:
            y, m, end = month
            first, last = _safe_date(y, m, d1), _safe_date(y, m, d2)
            if first and last and first <= last:
                return DateValue(first, last, "interval"), end, False
    day = s.day_number_at(i)
    if day is None:
        return None
    d, j = day
    if s.key(j) in ("من", "في") and j + 1 < n:
        j += 1
    if s.key(j) == "شهر":
        j += 1
    hm = s.hijri_month_at(j)
    if hm is not None:
        hmonth, j2 = hm
        y = s.year_at(j2) if j2 < n else None
        if y is not None:
            end = y[1]
            if end < n and s.keys[end] in w.hijri:
                end += 1  # the هـ after the year
            return _hijri_to_gregorian(y[0], hmonth, d), end, False
        return None
    month = s.month_at(j)
    if month is not None:
        m, j2 = month
        dated = _with_year(s, d, m, j2)
        if dated is not None:
            return dated
        end = j2
        value = _resolve_day_month(d, m, None, s.anchor, s.prefer)
        if s.key(end) in w.shifts and w.shifts[s.key(end)] == -1:
            end += 1  # 24 شباط/فبراير الماضي: a month before the anchor's month
            if s.anchor is not None:
                y = s.anchor.year if m < s.anchor.month else s.anchor.year - 1
                value = _safe_date(y, m, d)
        return (_day(value) if value else None), end, True
    # الثالث من الشهر الجاري، التاسع عشر من هذا الشهر
    if s.key(j) in ("الشهر",) and s.key(j + 1) in w.shifts:
        shift = w.shifts[s.key(j + 1)]
        if s.anchor is None:
            return None, j + 2, True
        y, m = _add_months(s.anchor.year, s.anchor.month, shift)
        value = _safe_date(y, m, d)
        return (_day(value) if value else None), j + 2, True
    if s.key(j) == "هذا" and s.key(j + 1) == "الشهر":
        if s.anchor is None:
            return None, j + 2, True
        value = _safe_date(s.anchor.year, s.anchor.month, d)
        return (_day(value) if value else None), j + 2, True
    return None


def _with_year(s: _Scan, d: int, m: int, j: int) -> tuple[DateValue | None, int, bool] | None:
    """Day d of month m when a year follows at token j (9 من مارس 2018)."""
    year = s.year_at(j) if j < len(s.toks) else None
    if year is None:
        return None
    value = _safe_date(year[0], m, d)
    return (_day(value) if value else None), year[1], False


def _day_range(s: _Scan, i: int) -> tuple[int, int, int] | None:
    """Two days of a month: 13-15، 13 الى 15، الثالث والعشرون وحتى السادس والعشرين."""
    m = s.numbers.get(i)
    if m is not None and m.value is None and m.low is not None and m.high is not None:
        if m.low == int(m.low) and m.high == int(m.high) and 1 <= m.low < m.high <= 31:
            return int(m.low), int(m.high), s._index_at_end(m.end)
    first = s.day_number_at(i)
    if first is None:
        return None
    d1, j = first
    if j < len(s.toks) and (s.key(j) in s.w.range_to or s.bare(j) in s.w.range_to):
        second = s.day_number_at(j + 1)
        if second is not None and second[0] > d1:
            return d1, second[0], second[1]
    return None


def _read_numeric(s: _Scan, i: int) -> tuple[DateValue | None, int, bool] | None:
    toks, text = s.toks, s.text
    if not toks[i].key.isdigit():
        return None
    parts = [i]
    j = i
    while j + 1 < len(toks) and len(parts) < 3 and toks[j + 1].key.isdigit() and text[toks[j].end:toks[j + 1].start] in ("/", "-", "."):
        parts.append(j + 1)
        j += 1
    if len(parts) < 2:
        return None
    if len({text[toks[a].end:toks[b].start] for a, b in zip(parts, parts[1:])}) != 1:
        return None
    nums = [int(toks[k].key) for k in parts]
    if len(nums) == 3:
        if nums[0] > 31:  # 2018/3/10
            y, m, d = nums
        else:  # 10/03/2018
            d, m, y = nums
        if y < 100:
            y += 2000
        value = _safe_date(y, m, d)
        return (_day(value) if value else None), j + 1, False
    a, b = nums
    if 1 <= a <= 12 and b >= 1900:  # 2/2013
        return _month(b, a), j + 1, False
    if a >= 1900 and 1 <= b <= 12:  # 2015/3
        return _month(a, b), j + 1, False
    if text[toks[parts[0]].end:toks[parts[1]].start] == "/" and 1 <= a <= 12 and 12 < b <= 31:
        value = _resolve_day_month(b, a, None, s.anchor, s.prefer)  # 4/22 can only be month/day
        return (_day(value) if value else None), j + 1, True
    if b >= 1900 or a > 31:
        return None
    if text[toks[parts[0]].end:toks[parts[1]].start] == "/" and 1 <= b <= 12 and 1 <= a <= 31:
        value = _resolve_day_month(a, b, None, s.anchor, s.prefer)  # 10/3
        return (_day(value) if value else None), j + 1, True
    return None


def _read_amount(s: _Scan, i: int) -> tuple[int, int] | None:
    """An amount of time in days: ثلاثة أيام، 18 شهرا، أسبوعين، عامين."""
    w = s.w
    n = len(s.toks)
    if i >= n:
        return None
    unit = w.units.get(s.key(i))
    if unit and unit.endswith("2") and not s.key(i).startswith("ال"):
        return _days_in(unit[:-1], 2, s.anchor), i + 1
    if unit and not s.key(i).startswith("ال") and unit in ("week", "month", "year", "day") and s.key(i) in ("يوم", "اسبوع", "شهر", "عام", "سنه"):
        return _days_in(unit, 1, s.anchor), i + 1
    num = s.number_at(i)
    if num is None:
        return None
    value, j, m = num
    if m.kind not in ("duration", "count"):
        return None
    unit = w.units.get(s.key(j)) if j < n else None
    if unit is None or s.key(j).startswith("ال"):
        return None
    return _days_in(unit.rstrip("2"), int(value), s.anchor), j + 1


def _days_in(unit: str, n: int, anchor: date | None) -> int:
    if unit == "day":
        return n
    if unit == "week":
        return 7 * n
    if anchor is not None and unit == "month":
        y, m = _add_months(anchor.year, anchor.month, -n)
        return (anchor - (_safe_date(y, m, min(anchor.day, calendar.monthrange(y, m)[1])) or anchor)).days
    if unit == "month":
        return 30 * n
    if anchor is not None:
        return (anchor - (_safe_date(anchor.year - n, anchor.month, min(anchor.day, 28)) or anchor)).days
    return 365 * n


def _shifted(unit: str, shift: int, anchor: date | None) -> DateValue | None:
    if anchor is None:
        return None
    if unit == "week":
        return _week_of(anchor + timedelta(days=7 * shift))
    if unit == "month":
        y, m = _add_months(anchor.year, anchor.month, shift)
        return _month(y, m)
    return _year(anchor.year + shift)


def _future_verb_before(s: _Scan, i: int, window: int = 4) -> bool:
    for k in range(max(0, i - window), i):
        key = s.keys[k]
        if key == "سوف" or (len(key) >= 4 and key[0] == "س" and key[1] in "يتنا" and key not in _not_future()):
            return True
    return False


@dataclass(frozen=True)
class _Cues:
    words: frozenset[str]  # with their clitics, as whole words
    phrases: dict[str, tuple[tuple[str, ...], ...]]  # first word (with clitics) -> the rest
    edges: frozenset[str]  # cues only before a number (أواخر 2017)


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    """Words without which a sentence holds no date finer than a year (for a fast pre-check).
    Words that only join a date to others (في، بعد، قبل، هذا، أول، نهاية...) are cues only
    with what they join: a multi-word day phrase whole (بعد غد), an edge before a number
    (أواخر 2017); before a month, a unit or a weekday, that word is the cue."""
    w = _words()
    cues: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    for k in w.days:
        (phrases.add(k) if len(k) > 1 else cues.add(k[0]))
    cues.update(w.weekdays, w.since, w.seasons, w.decades, w.plurals, w.units, w.decade_units)
    cues.update(k[0] for k in w.months)
    cues.update(k[0] for k in _holidays())
    cues.update(w.cues)
    cues.update(w.hijri)
    prefixes = precheck_clitics("date_prefix")
    rest: dict[str, set[tuple[str, ...]]] = {}
    for p in phrases:
        for prefix in prefixes:
            rest.setdefault(prefix + p[0], set()).add(p[1:])
    return _Cues(
        words=frozenset(prefix + c for c in cues if len(c) > 1 for prefix in prefixes),
        phrases={k: tuple(sorted(v)) for k, v in rest.items()},
        edges=frozenset(prefix + e for e in {*w.edges, *w.rest} for prefix in prefixes),
    )


_NUMERIC_DATE = re.compile(r"\d\s*[/\-.]\s*\d")  # 9/3/2018, 2018-03-09


def may_contain(text: str) -> bool:
    """A fast test: False means ``find`` would find no date finer than a year in ``text``.
    Whole words are looked up in sets (a set lookup per word is several times cheaper than a
    regular expression of every cue)."""
    key = normalize_sentence(text)
    if _NUMERIC_DATE.search(key):
        return True
    runs = word_runs(key)
    c = _cues()
    if not c.words.isdisjoint(runs):
        return True
    if c.phrases.keys().isdisjoint(runs) and c.edges.isdisjoint(runs):
        return False
    for i, run in enumerate(runs):
        if run in c.edges and i + 1 < len(runs) and runs[i + 1][:1].isdigit():
            return True
        for rest in c.phrases.get(run, ()):
            if runs[i + 1:i + 1 + len(rest)] == rest:
                return True
    return False


@lru_cache(maxsize=1)
def _start_words() -> frozenset[str]:
    """Every word a date expression can start with (numbers aside)."""
    w = _words()
    words: set[str] = set()
    words.update(k[0] for k in w.days)
    words.update(w.parts, w.weekdays, w.weekday_bare, w.edges, w.since, w.ago, w.about, w.seasons, w.decades)
    # (not من: a range's من is read from the date after it)
    words.update(w.rest, w.plurals, w.decade_units)
    words.update(k[0] for k in w.weekend)
    words.update(k[0] for k in w.months)
    words.update(k[0] for k in _holidays())
    words.update(_nth())
    words.update(w.starts)
    words.update(k for k, v in w.units.items() if k.startswith("ال"))
    return frozenset(words)


def find(
    text: str, anchor: date | datetime | None = None, prefer: str = "past", follow_tense: bool = True
) -> list[DateMatch]:
    """Every date or period in ``text``, in order, with offsets into ``text``. With
    ``follow_tense`` a verb in the future just before a bare date (سيعقد يوم الخميس) reads it
    forward even when ``prefer`` is "past"."""
    if not text:
        return []
    s = _Scan(text, _as_date(anchor), prefer)
    out: list[DateMatch] = []
    i = 0
    n = len(s.toks)
    starts = _start_words()
    before_digits = s.w.before_digits
    while i < n:
        if i not in s.numbers and s.keys[i] not in starts and s.bare(i) not in starts and not (
            s.keys[i] in before_digits and i + 1 < n and s.keys[i + 1][:1].isdigit()
        ):
            i += 1  # the common case: a word no date expression starts with
            continue
        # a verb in the future (سيعقد، ستجري، سوف) before a bare date reads it forward
        s.prefer = "future" if follow_tense and _future_verb_before(s, i) else prefer
        try:
            got = _read(s, i)
        except (ValueError, OverflowError):
            got = None  # a number too large for the calendar (منذ 100000000 يوم): not a date
        if got is None:
            i += 1
            continue
        value, j, _ = got
        j = min(max(j, i + 1), n)
        # a range: من X وحتى Y، بين X و Y، X - Y
        start_i = i
        if i > 0 and s.key(i - 1) in s.w.range_from:
            k = j
            if k < n and (s.key(k) in s.w.range_to or s.bare(k) in s.w.range_to):
                second = _read(s, k + 1) if k + 1 < n else None
                if second is not None:
                    v2, j2, _ = second
                    start_i = i - 1
                    if value is not None and v2 is not None:
                        value = DateValue(value.first, max(v2.last, value.first), "interval")
                    else:
                        value = None
                    j = j2
        start = s.toks[start_i].start
        end = s.toks[j - 1].end
        out.append(DateMatch(start, end, text[start:end], value))
        i = j
    return out


def parse(
    text: str, anchor: date | datetime | None = None, prefer: str = "past", follow_tense: bool = True
) -> DateValue | None:
    """The value of ``text`` when it is one date expression (ignoring edge punctuation)."""
    stripped = text.strip(" \t\n.,،:؛")
    matches = find(stripped, anchor, prefer, follow_tense)
    if len(matches) != 1:
        return None
    m = matches[0]
    rest = (stripped[: m.start] + stripped[m.end:]).strip(" \t\n.,،:؛")
    # a leading في or يوم, or a trailing م, does not change the date
    if rest and normalize(rest) not in ("في", "يوم", "م", "الموافق", "قرابه", "حوالي", "من"):
        return None
    return m.value
