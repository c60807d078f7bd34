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
Language data: ``data/date_words.tsv``, ``data/months.tsv``, ``data/holidays.tsv`` and the grammar
words of ``data/date_grammar.tsv``.

The package: ``words.py`` loads the data, ``scan.py`` holds a text being read and its small
readers, the rules are in ``explicit.py``, ``periods.py`` and ``relative.py`` (each a small
function whose docstring is its example), ``rules.py`` orders them, ``find.py`` scans a text,
``precheck.py`` is the fast pre-check, ``spans.py`` the calendar arithmetic, ``value.py`` what
the reader gives.
"""
from __future__ import annotations

from khulasa.arabic.dates.find import find, parse
from khulasa.arabic.dates.precheck import may_contain
from khulasa.arabic.dates.spans import day_turned
from khulasa.arabic.dates.value import DateMatch, DateValue
from khulasa.arabic.dates.words import about_words, day_words, named_weekday, says_about

__all__ = [
    "DateMatch", "DateValue", "about_words", "day_turned", "day_words", "find", "may_contain", "named_weekday", "parse",
    "says_about",
]
