"""Rules for holidays, counted days and weeks of a month, seasons, decades, Hijri months,
quarters, the rest of a period, the weekend, and the next or last amounts of time. Each rule
reads at token i and returns (value, index after, relative?) or None; ``PERIODS`` is their order."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from khulasa.arabic.dates.explicit import read_explicit
from khulasa.arabic.dates.phrases import amount, month_phrase
from khulasa.arabic.dates.scan import Rule, Scan
from khulasa.arabic.dates.spans import (
    ahead_of,
    back_from,
    day,
    day_or_none,
    days_in,
    hijri_month,
    hijri_of,
    holiday_in,
    interval,
    month_end,
    nth_week,
    nth_weekday,
    resolve_day_of_month,
    resolve_month,
    safe_date,
    season,
    shifted,
)
from khulasa.arabic.dates.value import DateValue, Read
from khulasa.arabic.dates.words import holidays, nth
from khulasa.arabic.numbers.words import words as number_words

# ---------------------------------------------------------------- holidays

def holiday(s: Scan, i: int) -> Read | None:
    """عيد الفطر 2018 -> that year's; عيد الميلاد -> the nearest before the anchor (or after it, forward)"""
    table = holidays()
    for n in (4, 3, 2, 1):
        found = tuple(s.keys[i:i + n])
        if len(found) == n and found in table:
            return _holiday_value(s, table[found], i + n)
    return None


def _holiday_value(s: Scan, entry: tuple[str, int, int, str], j: int) -> Read:
    cal, m, d, what = entry
    year = s.year_at(j) if j < len(s.toks) else None
    if year is not None:
        found = holiday_in(cal, m, d, what, year[0])
        return (found[0] if found else None), year[1], False
    a = s.anchor
    if a is None:
        return None, j, True
    candidates = [v for y in (a.year - 1, a.year, a.year + 1) for v in holiday_in(cal, m, d, what, y)]
    if s.prefer == "future":
        later = [v for v in candidates if v.first >= a]
        return (min(later, key=lambda v: v.first) if later else None), j, True
    earlier = [v for v in candidates if v.first <= a]
    return (max(earlier, key=lambda v: v.first) if earlier else None), j, True


# ---------------------------------------------------------------- the nth day or week of a month

Counted = tuple[int, int, str, int]  # (nth, ISO weekday or 0, weekday | day | week, index after)


def _nth_first(s: Scan, i: int) -> Counted | None:
    """ثالث ثلاثاء، ثالث يوم ثلاثاء، اخر يوم، اول اسبوع: the ordinal first"""
    w, k0 = s.w, s.keys[i]
    if k0 not in nth():
        return None
    count, j = nth()[k0], i + 1
    if s.key(j) in s.g.day_word and (s.key(j + 1) in w.weekdays or s.key(j + 1) in w.weekday_bare):
        j += 1
    if s.key(j) in w.weekdays or s.key(j) in w.weekday_bare:
        return count, w.weekdays.get(s.key(j), w.weekday_bare.get(s.key(j), 0)), "weekday", j + 1
    if s.key(j) in s.g.day_word:
        return count, 0, "day", j + 1
    if s.key(j) in s.g.week_word:
        return count, 0, "week", j + 1
    return None


def _nth_after(s: Scan, i: int) -> Counted | None:
    """الثلاثاء الثالث، اليوم الاخير، الاسبوع الاول: the ordinal after"""
    k0, k1 = s.keys[i], s.key(i + 1)
    if k0 in s.w.weekdays and k1 in nth():
        return nth()[k1], s.w.weekdays[k0], "weekday", i + 2
    if k0 in s.g.the_day and k1 in s.g.last_word:
        return -1, 0, "day", i + 2
    if k0 in s.g.the_week and k1 in nth():
        return nth()[k1], 0, "week", i + 2
    return None


def counted(s: Scan, i: int) -> Read | None:
    """ثالث ثلاثاء في ايلول 2014، الثلاثاء الثالث من شهر ايلول، اخر اثنين من الشهر القادم،
    اخر يوم بشهر عشرة، الاسبوع الاول من شهر عشرة، اول اسبوع بشهر اكتوبر -> that day or week"""
    head = _nth_first(s, i) if s.keys[i] in nth() else _nth_after(s, i)
    if head is None:
        return None
    count, weekday, what, j = head
    found = month_phrase(s, j)
    if found is None:
        return None
    y, m, end = found
    if what == "weekday":
        return day_or_none(nth_weekday(y, m, weekday, count)), end, False
    if what == "day":
        return day_or_none(month_end(y, m) if count == -1 else safe_date(y, m, count)), end, False
    return nth_week(y, m, count), end, False


# ---------------------------------------------------------------- seasons, decades, Hijri months, quarters

def season_of(s: Scan, i: int) -> Read | None:
    """صيف 2016 -> that summer; الصيف -> the nearest; الربيع القادم -> the next one"""
    first = s.w.seasons.get(s.keys[i], s.w.seasons.get(s.bare(i)))
    if first is None:
        return None
    j = i + 1
    year = s.year_at(j) if j < len(s.toks) else None
    if year is not None:
        return season(first, year[0]), year[1], False
    shift = s.w.shifts.get(s.key(j))
    article = s.g.article
    definite = s.keys[i].startswith(article) or s.bare(i).startswith(article)
    if shift is None and not definite and j < len(s.toks) and s.w.units.get(s.bare(j)) != "year":
        # محمد ربيع الخليع، ربيع العمر، وصيف بطل العالم (the runner-up): a season without its article, its
        # year or a shift, before another word, is a name or another word (سأرحل صيف, ending the text, is one;
        # صيف العام الماضي، صيف هذا العام are)
        return None
    if s.anchor is None:
        return None, j, True
    return _near_season(first, s.anchor, shift, s.prefer), j + (shift is not None), True


def _near_season(first: int, a: date, shift: int | None, prefer: str) -> DateValue:
    """The season starting in month ``first`` around the anchor: this one, or the one a shift
    word (or, without one, the preferred direction) points to."""
    y = a.year if first != 12 else (a.year if a.month == 12 else a.year - 1)
    this = season(first, y)
    if shift is not None:
        if shift == 1 and this.first <= a:
            return season(first, y + 1)
        if shift == -1 and this.last >= a:
            return season(first, y - 1)
        return this
    if prefer == "past" and this.first > a:
        return season(first, y - 1)
    if prefer == "future" and this.last < a:
        return season(first, y + 1)
    return this


def decade(s: Scan, i: int) -> Read | None:
    """السبعينيات -> 1970-1979; an age is no date (امرأة في التسعينيات، في الستينيات من عمره)"""
    tens = s.w.decades.get(s.keys[i], s.w.decades.get(s.bare(i)))
    if tens is None or _an_age(s, i):
        return None
    base = 1900 + tens
    return interval(date(base, 1, 1), date(base + 9, 12, 31)), i + 1, False


def _an_age(s: Scan, i: int) -> bool:
    """The decade at token i is someone's age: من and an age word follow it, or في and a person
    stand before it."""
    if i + 2 < len(s.toks) and s.key(i + 1) in s.g.from_ and s.key(i + 2) in s.g.age_after:
        return True
    return i >= 2 and s.key(i - 1) in s.g.age_in and s.bare(i - 2) in s.g.age_person


def hijri_month_alone(s: Scan, i: int) -> Read | None:
    """في رمضان، خلال رجب -> the nearest such Hijri month (alone it is often a name: رجب طيب أردوغان)"""
    if not (i > 0 and s.key(i - 1) in s.g.hijri_after):
        return None
    found = s.hijri_month_at(i)
    if found is None:
        return None
    m, j = found
    if s.anchor is None:
        return None, j, True
    hy, hm = hijri_of(s.anchor)
    y = hy if (m <= hm or (s.prefer == "future" and m >= hm)) else hy - 1
    if s.prefer == "future" and m < hm:
        y = hy + 1
    try:
        return hijri_month(y, m), j, True
    except (ValueError, OverflowError):
        return None, j, True


def quarter(s: Scan, i: int) -> Read | None:
    """الربع الثالث من عام 2016، الربع الأول 2018 -> that quarter; النصف الأول من 2018، النصف
    الثاني من العام الجاري -> that half of the year"""
    q = s.numbers.get(i + 1)
    months = 3 if s.keys[i] in s.w.quarter else 6 if s.keys[i] in s.w.half else 0
    if not months or q is None or q.kind != "ordinal" or q.value not in range(1, 12 // months + 1):
        return None
    j = s.index_at_end(q.end)
    if s.key(j) in s.g.of:
        j += 1
    year = s.year_at(j) or _a_year_read(s, j)
    this = _this_year(s, j) if year is None else None
    year = year or this
    if year is None or q.value is None:
        return None
    y, n = year[0], int(q.value)
    return interval(date(y, months * (n - 1) + 1, 1), month_end(y, months * n)), year[1], this is not None


def _this_year(s: Scan, j: int) -> tuple[int, int] | None:
    """(the anchor's year, index after) of the definite year alone (الربع الأول من العام: this year's)."""
    if s.anchor is None or s.key(j) not in s.g.edge_current_unit or s.w.units.get(s.key(j)) != "year":
        return None
    return (s.anchor.year, j + 1) if s.undated_after(j + 1) else None  # (من العام الماضي: said otherwise)


def _a_year_read(s: Scan, j: int) -> tuple[int, int] | None:
    """(year, index after) of a year named otherwise than by its number (العام الجاري)."""
    got = s.read(j) if j < len(s.toks) else None
    if got is None or got[0] is None or got[0].grain != "year":
        return None
    return got[0].first.year, got[1]


def decades_shifted(s: Scan, i: int) -> Read | None:
    """العقد القادم -> the next decade; العقدين الماضيين -> the two before this one"""
    k0, k1 = s.keys[i], s.key(i + 1)
    if k0 not in s.w.decade_units or not (k1 in s.w.shifts or k1 in s.g.dual_shift):
        return None
    count = s.w.decade_units[k0]
    shift = s.g.dual_shift.get(k1, s.w.shifts.get(k1))
    if s.anchor is None:
        return None, i + 2, True
    start = s.anchor.year - s.anchor.year % 10
    assert shift is not None
    if shift > 0:
        return interval(date(start + 10, 1, 1), date(start + 10 * (count + 1) - 1, 12, 31)), i + 2, True
    if shift < 0:
        return interval(date(start - 10 * count, 1, 1), date(start - 1, 12, 31)), i + 2, True
    return interval(date(start, 1, 1), date(start + 9, 12, 31)), i + 2, True


# ---------------------------------------------------------------- amounts of time around the anchor

def plural_units(s: Scan, i: int) -> Read | None:
    """الأسابيع الثلاثة الماضية، الأشهر 3 القادمة، الأسابيع القليلة الماضية -> those days"""
    if s.keys[i] not in s.w.plurals or not i + 2 < len(s.toks):
        return None
    unit, count, j = s.w.plurals[s.keys[i]], None, i + 1
    num = s.numbers.get(j)
    if num is not None and num.value is not None:
        count, j = int(num.value), s.index_at_end(num.end)
    elif s.key(j) in s.w.few:
        count, j = s.w.few[s.key(j)], j + 1
    direction = s.g.plural_direction.get(s.key(j))
    if not count or direction is None:
        return None
    if s.anchor is None:
        return None, j + 1, True
    days = days_in(unit, count, s.anchor)
    return (ahead_of if direction == 1 else back_from)(s.anchor, days), j + 1, True


def day_of_this_month(s: Scan, i: int) -> Read | None:
    """يوم 27 -> the 27th of the anchor's month (or the month before, in past-tense news);
    not يوم 2 أكتوبر (a date)"""
    if not (s.keys[i] in s.g.day_word and s.key(i + 1).isdigit() and s.anchor is not None):
        return None
    if read_explicit(s, i + 1) is not None:
        return None
    d = int(s.key(i + 1))
    if not 1 <= d <= 31:
        return None
    return day_or_none(resolve_day_of_month(d, s.anchor, s.prefer)), i + 2, True


def rest_of(s: Scan, i: int) -> Read | None:
    """بقية الأسبوع، باقي الشهر -> from the anchor to the end of its week or month"""
    if s.keys[i] not in s.w.rest or s.key(i + 1) not in s.g.rest_unit:
        return None
    if s.anchor is None:
        return None, i + 2, True
    whole = shifted(s.g.rest_unit[s.key(i + 1)], 0, s.anchor)
    assert whole is not None
    return interval(s.anchor, whole.last), i + 2, True


def weekend(s: Scan, i: int) -> Read | None:
    """عطلة نهاية الأسبوع -> the coming Saturday and Sunday (on a Saturday or a Sunday, this one);
    نهاية الأسبوع الماضي -> the last Saturday and Sunday over before the anchor"""
    for size in (4, 3, 2):
        if tuple(s.keys[i:i + size]) in s.w.weekend:
            past = s.w.shifts.get(s.key(i + size), 0) < 0
            end = i + size + (s.key(i + size) in s.w.shifts)
            if s.anchor is None:
                return None, end, True
            if past:
                saturday = s.anchor - timedelta(days=(s.anchor.isoweekday() - 6) % 7)
                if saturday + timedelta(days=1) >= s.anchor:  # on a weekend, the one before it
                    saturday -= timedelta(days=7)
            elif s.anchor.isoweekday() == 7 and s.key(i + size) not in s.w.shifts:
                saturday = s.anchor - timedelta(days=1)  # said on a Sunday: the weekend it is the end of
            else:
                saturday = s.anchor + timedelta(days=(6 - s.anchor.isoweekday()) % 7)
            return interval(saturday, saturday + timedelta(days=1)), end, True
    return None


def two_months(s: Scan, i: int) -> Read | None:
    """شهري أبريل ومايو 2018، شهري ابريل/نيسان ومايو/أيار الماضيين -> the first of the one to the
    last of the other"""
    if s.keys[i] not in s.g.months_dual:
        return None
    one = s.month_at(i + 1)
    other = s.month_at(one[1]) if one is not None else None
    if one is None or other is None:
        return None
    (m1, _), (m2, j) = one, other
    found = _year_of(s, m2, j, s.g.dual_shift)
    if found is None:
        return None, j + (s.key(j) in s.g.dual_shift or s.key(j) in s.w.shifts), True
    y2, end = found
    y1 = y2 if m1 <= m2 else y2 - 1  # شهري ديسمبر ويناير: across the new year
    return interval(date(y1, m1, 1), month_end(y2, m2)), end, False


def _year_of(s: Scan, m: int, j: int, shifts: dict[str, int] | None = None) -> tuple[int, int] | None:
    """(year, index after) of month m named up to token j: the year written there, else the one
    before the anchor's month with a word of the past after it (الماضيين، الفائت), else the one
    nearest the anchor, as a month alone is read; None without a year or an anchor."""
    year = s.year_at(j) if j < len(s.toks) else None
    if year is not None:
        return year
    if s.anchor is None:
        return None
    key = s.key(j) if j < len(s.toks) else ""
    shift = (shifts or {}).get(key, s.w.shifts.get(key))
    if shift == -1:
        return (s.anchor.year if m < s.anchor.month else s.anchor.year - 1), j + 1
    nearest = resolve_month(m, None, s.anchor, s.prefer)
    return (nearest.first.year if nearest else s.anchor.year), j + (shift is not None)


def months_ending(s: Scan, i: int) -> Read | None:
    """الثلاثة أشهر المنتهية في ديسمبر، الأشهر الثلاثة المنتهية في ديسمبر 2017، الفصل المنتهي في
    نوفمبر -> the months up to the end of the one named (a quarter: three)"""
    counted = _months_counted(s, i)
    if counted is None:
        return None
    n, j = counted
    if s.key(j) not in s.g.ending:
        return None
    j += 1 + (s.key(j + 1) in s.g.ending_in)

    def back_from(y: int, m: int) -> DateValue:
        first = (y * 12 + m - 1) - (n - 1)  # months counted back, across a new year
        return interval(date(first // 12, first % 12 + 1, 1), month_end(y, m))

    return _of_a_named_month(s, j, back_from)


def _of_a_named_month(s: Scan, j: int, span: Callable[[int, int], DateValue]) -> Read | None:
    """The stretch ``span(year, month)`` gives of the month named at token j and its year (stated, or the
    nearest the anchor); unresolved without either."""
    found = s.month_at(j)
    if found is None:
        return None
    m, k = found
    year = _year_of(s, m, k)
    if year is None:
        return None, k + (s.key(k) in s.w.shifts), True
    y, end = year
    return span(y, m), end, False


def months_of_a_year(s: Scan, i: int) -> Read | None:
    """الأشهر الستة الأولى من العام 2018 -> January to June; الأشهر الثلاثة الأخيرة من العام الماضي ->
    October to December of last year"""
    part = _first_or_last(s, _months_counted(s, i), 12)
    if part is None:
        return None
    n, first, j = part
    year = s.year_at(j) or _a_year_read(s, j)
    if year is None:
        return None
    y, end = year
    if first:
        return interval(date(y, 1, 1), month_end(y, n)), end, False
    return interval(date(y, 13 - n, 1), date(y, 12, 31)), end, False


def days_of_a_month(s: Scan, i: int) -> Read | None:
    """الأيام الـ25 الأولى من شهر تموز/يوليو -> July 1 to 25; الأيام العشرة الأخيرة من يونيو -> June 21 to 30 (not the
    first of July: الأولى here is the days', a held-out set's Dutch fires read as 1 July)"""
    part = _first_or_last(s, _units_counted(s, i, "day"), 30)
    if part is None:
        return None
    n, first, j = part

    def days_of(y: int, m: int) -> DateValue:
        last = month_end(y, m)
        if first:
            return interval(date(y, m, 1), date(y, m, min(n, last.day)))
        return interval(date(y, m, max(1, last.day - n + 1)), last)

    return _of_a_named_month(s, j, days_of)


def _first_or_last(s: Scan, counted: tuple[int, int] | None, most: int) -> tuple[int, bool, int] | None:
    """(how many, whether the first ones, index after «of») of units counted and then called the first or the last
    (الأشهر الستة الأولى من، الأيام العشرة الأخيرة من), at most ``most`` of them."""
    if counted is None:
        return None
    n, j = counted
    first = s.key(j) in s.g.first_part
    if not (first or s.key(j) in s.g.last_part) or not 1 <= n <= most:
        return None
    return n, first, j + 1 + (s.key(j + 1) in s.g.of)


def _months_counted(s: Scan, i: int) -> tuple[int, int] | None:
    """(how many months, index after) of الثلاثة أشهر، 3 أشهر، الأشهر الثلاثة or a quarter (الفصل)."""
    if s.keys[i] in s.g.months_quarter:
        return s.g.months_quarter[s.keys[i]], i + 1
    return _units_counted(s, i, "month")


def _units_counted(s: Scan, i: int, unit: str) -> tuple[int, int] | None:
    """(how many units, index after) of الثلاثة أشهر، 3 أشهر، الأشهر الثلاثة، الأيام الـ25."""
    article = s.g.article

    def of_the_unit(k: int) -> bool:
        key = s.key(k)
        return k < len(s.toks) and s.w.units.get(key[len(article):] if key.startswith(article) else key) == unit

    num = _count_at(s, i)
    if num is not None and of_the_unit(num[1]):
        return num[0], num[1] + 1
    if not (of_the_unit(i) and s.keys[i].startswith(article)):
        return None
    return _count_at(s, i + 1 + (s.key(i + 1) == article))  # (الأيام الـ25: the article apart)


def _count_at(s: Scan, i: int) -> tuple[int, int] | None:
    """(a whole count above one, index after) at token i: 3، ثلاثة، or الثلاثة (العشرة), which the number
    reader leaves alone (الدول الثلاث: the three already named)."""
    num = s.number_at(i)
    if num is not None:
        return (int(num[0]), num[1]) if num[0] == int(num[0]) and num[0] > 1 else None
    if i >= len(s.toks):
        return None
    key, article = s.key(i), s.g.article
    found = number_words().words.get(key[len(article):] if key.startswith(article) else key)
    return (int(found[0]), i + 1) if found is not None and found[1] in ("unit", "ten") and found[0] > 1 else None


def last_amount(s: Scan, i: int) -> Read | None:
    """آخر 3 سنوات -> the three years up to the anchor"""
    if s.keys[i] not in s.g.last_amount or not i + 1 < len(s.toks) or s.numbers.get(i + 1) is None:
        return None
    found = amount(s, i + 1)
    if found is None:
        return None
    days, j = found
    return (interval(s.anchor - timedelta(days=days), s.anchor) if s.anchor else None), j, True


def after_amount(s: Scan, i: int) -> Read | None:
    """بعد يومين -> two days after the anchor; not بعد 3 أيام من الإغلاق (from an event)"""
    if s.keys[i] not in s.g.after or not i + 1 < len(s.toks):
        return None
    found = amount(s, i + 1)
    if found is None or s.key(found[1]) in s.g.counted_from:
        return None
    days, j = found
    return (day(s.anchor + timedelta(days=days)) if s.anchor else None), j, True


def unit_after_next(s: Scan, i: int) -> Read | None:
    """الاسبوع بعد القادم -> the week after the next"""
    if s.keys[i] in s.g.unit_after_next and s.key(i + 1) in s.g.after and s.key(i + 2) in s.g.after_next:
        return shifted(s.g.unit_after_next[s.keys[i]], 2, s.anchor), i + 3, True
    return None


def amount_ahead_or_back(s: Scan, i: int) -> Read | None:
    """3 أيام القادمة -> the three days after the anchor; 3 أشهر الماضية -> the three months before"""
    found = amount(s, i)
    if found is None or s.key(found[1]) not in s.g.amount_direction:
        return None
    days, j = found
    forward = s.g.amount_direction[s.key(j)] == 1
    if s.anchor is None:
        return None, j + 1, True
    return (ahead_of if forward else back_from)(s.anchor, days), j + 1, True


def in_amount(s: Scan, i: int) -> Read | None:
    """سيعود في 3 أيام -> three days after the anchor, only read forward: in past-tense news it is
    a span, never a date (أعلى مستوى في 6 أسابيع، مقتل 1433 مدنيا في 34 يوما), like خلال 34 يوما"""
    if s.prefer != "future" or not read_only_ahead(s, i):
        return None
    found = amount(s, i + 1)
    if found is None:
        return None
    days, j = found
    return (day(s.anchor + timedelta(days=days)) if s.anchor else None), j, True


def read_only_ahead(s: Scan, i: int) -> bool:
    """Token i may open what is read only forward (في 3 أيام after a verb in the future; see in_amount)."""
    return s.keys[i] in s.w.before_digits and i + 1 < len(s.toks) and s.key(i + 1)[:1].isdigit()


PERIODS: tuple[Rule, ...] = (
    holiday, months_ending, months_of_a_year, days_of_a_month, counted, season_of, decade, hijri_month_alone, quarter,
    decades_shifted,
    plural_units, day_of_this_month, rest_of, weekend, two_months, last_amount, after_amount, unit_after_next,
    amount_ahead_or_back, in_amount,
)
