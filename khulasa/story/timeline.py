"""A story's timeline: its dated sentences in order, with the same event reported by several
articles merged into one entry, and figures dated (``as_of``) against their article's anchor."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import cast

import numpy as np

from khulasa.analyse.figures.when import opens_with_a_start, opens_with_since, window_back, window_days
from khulasa.analyse.figures.words import figure_words
from khulasa.arabic.clitics import bare as strip
from khulasa.arabic.dates import DateValue, day_turned, day_words, may_contain, says_about
from khulasa.arabic.dates import find as find_dates
from khulasa.arabic.dates import parse as parse_date
from khulasa.arabic.normalize import normalize
from khulasa.arabic.numbers import scan
from khulasa.grouping.vectors import Vocabulary, tfidf_matrix
from khulasa.model import Article, Event, Figure, Grain, Sentence, StatedDate, StatedDays
from khulasa.news.places import countries_named, most_hours_ahead, most_hours_behind, utc_offset
from khulasa.story.digest import counts

SAME_EVENT = 0.35  # cosine of two sentences dated alike above which they report one event
MAX_BACKGROUND_YEARS = 1  # dates older than this before the story are background, not events


EARLY_HOURS = 6  # an article published before this hour (UTC) reports the day before's news
AHEAD_HOURS = 5  # ... unless set where the clocks run this far ahead, and it is already morning
BEHIND_HOURS = 3  # ... or set only where they run this far behind, and the small hours come later (the Americas)


# منذ ... في 2014: a month or a year starts the stretch; a range of days states its end
_SINCE_GRAINS = frozenset({"month", "year", "interval"})


def reported_day(a: Article) -> date | None:
    """The day an article reports: its anchor, or the day before when it was published in the
    small hours (a BBC report at 01:13 UTC of soldiers killed in Afrin, a toll "in two days" at
    05:10: yesterday's news), unless its title or lead is set in a country where it was already
    morning (news/data/utc_offsets.tsv: Surabaya at 01:46 UTC); and, set only in the Americas, before
    06:00 there (California's fires at 07:23 UTC: the day before's news). Its relative dates still count
    from its anchor."""
    day = a.anchor_day
    stamp = a.published
    if day is None or stamp is None or stamp.date() != day or clocked(stamp) is None:
        return day  # not anchored on its own timestamp, or a timestamp with no time of day
    if stamp.hour >= EARLY_HOURS + most_hours_behind():
        return day  # (most articles: past the small hours wherever they are set, no place read)
    offsets = _offsets_set_in(a)
    if any(o >= AHEAD_HOURS for o in offsets):
        return day
    # (set only in the Americas: the small hours there run later by UTC)
    behind = -max(offsets) if offsets and max(offsets) <= -BEHIND_HOURS else 0
    return day if stamp.hour >= EARLY_HOURS + behind else day - timedelta(days=1)


def _offsets_set_in(a: Article) -> list[float]:
    """The UTC offsets of the countries the title and the lead name (0 for a country not listed)."""
    lead = next((s.text for s in a.sentences if s.kind == "body"), "")
    return [utc_offset(c) or 0 for c in countries_named(a.title or "") + countries_named(lead)]


def clocked(stamp: datetime | None) -> datetime | None:
    """The timestamp when it tells a time of day; None for none or a bare day (midnight)."""
    return stamp if stamp is not None and (stamp.hour, stamp.minute) != (0, 0) else None


def words_anchor(a: Article) -> date | datetime | None:
    """What an article's date words are read against: its timestamp, clock and all, when it is anchored on
    it (a weekday told late at night by UTC may be the writer's own next day: see ``arabic.dates``), else
    its anchor day."""
    stamp = clocked(a.published)
    if stamp is None or a.anchor_day != stamp.date():
        return a.anchor_day
    if stamp.hour < HOURS_IN_A_DAY - most_hours_ahead():
        return stamp  # (most articles: no clock anywhere has turned to the next day yet; no place read)
    # set where the clocks run ahead, the next day begins earlier by UTC (فجر الخميس بالتوقيت المحلي in Malaysia,
    # stamped 19:57 UTC on Wednesday: a multi-outlet story read in session 49 had it the Thursday before): the stamp
    # as the clock of the writer's zone would show that hour, kept on its day (only a weekday naming the next day
    # reads otherwise: ``date_figure``)
    ahead = max([0.0, *_offsets_set_in(a)])
    if ahead <= WRITERS_HOURS_AHEAD:
        return stamp
    last_minute = stamp.replace(hour=HOURS_IN_A_DAY - 1, minute=59, second=0, microsecond=0)
    return min(stamp + timedelta(hours=ahead - WRITERS_HOURS_AHEAD), last_minute)


HOURS_IN_A_DAY = 24
MAX_FUTURE_DAYS = 366  # how far past a story's latest day its timeline may reach (a plan, a scheduled vote)
WRITERS_HOURS_AHEAD = 3  # the writer's own clock, as the date reader takes it (UTC+3: arabic/dates/spans.py TURN_HOUR)


def date_figure(f: Figure, anchor: date | datetime | None, reported: date | None = None) -> Figure:
    """The figure with the period it is for: its date words resolved against the anchor; a
    running total or an undated figure is as of the day reported (``reported``, by default the
    anchor; see ``reported_day``)."""
    if anchor is None:
        return f
    read_at = anchor  # (with its clock, when given)
    words_anchor = anchor.date() if isinstance(anchor, datetime) else anchor
    anchor = reported or words_anchor
    turned = _the_writers_day(f.as_of, read_at, words_anchor)
    if turned is not None:
        # «ليل الاثنين» in a piece stamped 23:12 UTC on Sunday: the writer's Monday is the day written and reported
        words_anchor = anchor = turned
    if f.period == "total" and f.as_of_first is not None and f.as_of_last is not None and says_about(f.as_of):
        return f  # (منذ انطلاق الهجوم قبل نحو شهر: the analysis set the start the article states, near the «about»)
    if f.as_of_event is not None and f.as_of_first is not None:
        # a known event's day (news/data/known_events.tsv): on it, or from it to the day reported
        return f if f.as_of_last is not None else replace(f, as_of_last=max(anchor, f.as_of_first))
    value = _past(_as_of_value(f.as_of, read_at if turned else words_anchor) if f.as_of else None, f, words_anchor)
    if value is not None and f.period == "window" and _units_before_today(value, f.as_of, words_anchor):
        # a counted window the date reader takes as the units before today (خلال الأسابيع الثلاثة الماضية: to
        # yesterday) runs to the day reported, as it does written in digits (خلال الأيام الـ3 الماضية)
        value = None
    if value is not None and value.first > words_anchor:
        # a day still to come (يتوفر ابتداء من 19 أكتوبر، الجولة الثانية في 28 أكتوبر) dates no count of what
        # was: the figure is as of the day reported
        return replace(f, as_of=None, as_of_first=anchor, as_of_last=anchor)
    # no day of its own but the day it was written (وقال المرصد الخميس): the day reported
    on_the_day = value is None or value.first == value.last == words_anchor
    if on_the_day and f.period in ("total", "none") and f.as_of_first is not None and f.as_of_first < anchor:
        # the start the article states elsewhere (هجوم بدأ في 18 فبراير; a disaster's day for its
        # toll so far), to the day reported
        return replace(f, as_of_last=anchor)
    if value is not None and f.period == "total" and (total := _a_total_by_its_words(f, value, anchor, words_anchor)):
        return total
    if value is None and f.period == "point" and f.as_of_first is not None and f.as_of_last is not None:
        return f  # a day the analysis fixed without words to read (غداة مقتل 9: the day before)
    if value is not None:
        return replace(f, as_of_first=value.first, as_of_last=value.last)
    back = window_back(f.as_of) if f.period in ("window", "total") else None
    if back is not None and f.as_of_first is not None and f.as_of_last is not None:
        return f  # the first days of an event, counted from its start (خلال الأسبوعين الأولين من هجوم بدأ في)
    if back is not None:
        # a count over a stretch ending when it was reported (خلال يومين، في خمسة أيام), or on the
        # day its sentence states (انتهت أمس ... خلال ثمانية أيام)
        end = f.as_of_last or anchor
        return replace(f, as_of_first=end - timedelta(days=back), as_of_last=end)
    if f.period == "total":
        return replace(f, as_of_first=None, as_of_last=anchor)
    return replace(f, as_of_first=anchor, as_of_last=anchor)


def _the_writers_day(as_of: str | None, read_at: date | datetime, day: date) -> date | None:
    """The day after ``day`` when the date words read so only once the clock of ``read_at`` is known (a
    weekday named late at night: the writer's day had turned), else None."""
    if not as_of or not day_turned(read_at):
        return None
    late = _as_of_value(as_of, read_at)
    if late is None or late == _as_of_value(as_of, day) or late.first != day + timedelta(days=1):
        return None
    return late.first


def _a_total_by_its_words(f: Figure, value: DateValue, anchor: date, words_anchor: date) -> Figure | None:
    """A running total dated by the words it was given (``value``, read against ``words_anchor``), to the
    day reported (``anchor``) or to the day they state; None when they read as the period itself."""
    if value.last < anchor and opens_with_a_start(f.as_of):
        # the toll of an event since the start its sentence states (عملية انطلقت في التاسع من شباط، الاحتجاجات
        # التي بدأت أواخر ديسمبر): from it to the day reported
        return replace(f, as_of_first=value.first, as_of_last=anchor)
    if f.as_of_first is not None and value.first == value.last and f.as_of_first <= value.first < words_anchor:
        # a toll so far from the start the article gives, as of the day it was stated
        # (أعلنت الوكالة الأربعاء أن عدد القتلى ارتفع ليصل إلى 347; the quake struck on Sunday)
        return replace(f, as_of_last=value.first)
    if value.first == value.last < anchor:
        # a running total since a day (منذ بداية التصعيد الأحد الماضي) runs to the day reported;
        # one with its end stated (منذ 19 فبراير وحتى الثالث من الشهر) keeps it
        return replace(f, as_of_first=value.first, as_of_last=anchor)
    if value.first < value.last == words_anchor:
        # since a day up to the day written (منذ الجمعة): to the day reported
        return replace(f, as_of_first=value.first, as_of_last=max(anchor, value.first))
    if value.last < anchor and value.grain in _SINCE_GRAINS and opens_with_since(f.as_of) and not (
        value.grain == "interval" and _its_end_stated(f.as_of)
    ):
        # since an event dated by a month, a year or a part of a month (منذ الانقلاب في 2014، منذ اندلاع الاحتجاجات
        # أواخر آذار: H76): from it to the day reported; not a stretch whose end is stated (منذ الخميس إلى ليل الأحد)
        return replace(f, as_of_first=value.first, as_of_last=anchor)
    return None


def _its_end_stated(words: str | None) -> bool:
    # (منذ 19 فبراير وحتى الثالث من الشهر: the joiner glued to its و)
    joiners = figure_words("stretch_joiner")
    return not joiners.isdisjoint(strip(w, "conjunction") for w in normalize(words or "").split())


def _units_before_today(value: DateValue, words: str | None, anchor: date) -> bool:
    """The date reader's days for counted units of time are the window's, shifted to end the day before
    (the past five days: the 8th to the 12th, read on the 13th): not a month or a day it names."""
    days = window_days(words)
    return (
        days is not None and value.last == anchor - timedelta(days=1)
        and (value.last - value.first).days + 1 == days and any(m.value for m in scan(words or "")[1])
    )


# what has happened by the day reported: its count is never for a day after it
HAPPENED = frozenset({"killed", "wounded", "missing", "displaced", "rescued", "arrested", "casualties", "strikes"})


def _past(value: DateValue | None, f: Figure, written: date) -> DateValue | None:
    """The days the words give a count of what happened, kept to the day written: words read as
    a day to come (بعد ستة أسابيع من الاحتجاجات: six weeks into them, not six weeks on) date no
    such count, and a period running on (هذا الأسبوع) ends the day written."""
    if value is None or f.measure not in HAPPENED or value.last <= written:
        return value
    if value.first > written:
        return None
    return DateValue(value.first, written, value.grain)


@lru_cache(maxsize=4096)
def _as_of_value(as_of: str, anchor: date | datetime) -> DateValue | None:
    """The days a figure's date words name against the anchor: the words read as one date,
    else the first date found in them. Remembered: a story's figures share a few date words
    (أمس، اليوم، منذ بداية الشهر) and anchors, and reading them was a third of dating."""
    value = parse_date(as_of, anchor)
    if value is None:
        found = [m.value for m in find_dates(as_of, anchor) if m.value is not None]
        value = found[0] if found else None
    return value


def _says_only_now(text: str, value: StatedDays, anchor: date | None) -> bool:
    """A lone الآن or اليوم, or منذ الآن: a manner of speaking more often than a date."""
    if value.grain == "interval" and value.first == value.last == anchor:
        return True
    words = normalize(text).split()
    bare = [strip(w, "conjunction") for w in words]
    return len(words) == 1 and value.first == anchor and (words[0] in day_words() or bare[0] in day_words())


def _dates_of(s: Sentence, a: Article, anchor: date | datetime | None) -> Sequence[StatedDate]:
    """The sentence's date expressions against the article's anchor (``words_anchor``): as read at analysis when
    that was its timestamp, else read now (another day, or the clock of a zone ahead: فجر الخميس in Malaysia)."""
    shifted = isinstance(anchor, datetime) and anchor != a.published
    if s.dates is not None and a.published is not None and a.anchor_day == a.published.date() and not shifted:
        return s.dates
    return find_dates(s.text, anchor) if may_contain(s.text) else ()


def story_timeline(articles: list[Article]) -> list[Event]:
    anchors = [a.anchor_day for a in articles if a.anchor_day is not None]
    floor = date(min(anchors).year - MAX_BACKGROUND_YEARS, min(anchors).month, 1) if anchors else None
    # (nor years ahead: وتقاعد عام 2003 بعد 22 عاما في رئاسة الحكومة had been 2040, a story read in session 49)
    ceiling = max(anchors) + timedelta(days=MAX_FUTURE_DAYS) if anchors else None
    events: list[Event] = []
    terms: list[tuple[str, ...]] = []
    for a in articles:
        anchor = words_anchor(a)
        for s in a.sentences:
            if s.kind != "body":
                continue
            for m in _dates_of(s, a, anchor):
                if m.value is None or (floor is not None and m.value.last < floor) or (
                    ceiling is not None and m.value.first > ceiling
                ):
                    continue
                if _says_only_now(m.text, m.value, a.anchor_day):
                    continue
                if m.value.grain in ("year",) or (m.value.last - m.value.first).days > 62:
                    continue  # a year or a long stretch dates a context, not an event
                grain = cast(Grain, m.value.grain)  # the date reader's grains are Grain's
                events.append(Event(m.value.first, m.value.last, grain, m.text, s.text, a.id, s.start, s.end))
                terms.append(s.terms)
                break  # one entry per sentence: its first date
    return _merge(events, terms)


def _merge(events: list[Event], terms: list[tuple[str, ...]]) -> list[Event]:
    if not events:
        return []
    # sentences are compared only when two articles date something to the same days
    dated_by: dict[tuple[date, date], set[str]] = {}
    for e in events:
        dated_by.setdefault((e.first, e.last), set()).add(e.article)
    sims = None
    if any(len(articles) > 1 for articles in dated_by.values()):
        x = tfidf_matrix([counts(t) for t in terms], Vocabulary())
        sims = (x @ x.T).toarray()
    merged: list[int] = []
    out: list[Event] = []
    for i, e in enumerate(events):
        for k, j in enumerate(merged):
            first = events[j]
            same_day = (first.first, first.last) == (e.first, e.last)
            # the same event in another article, or the same day again in one article
            if same_day and (first.article == e.article or (sims is not None and sims[i, j] >= SAME_EVENT)):
                out[k].also.append(e.span)
                break
        else:
            merged.append(i)
            out.append(e)
    order = np.argsort([(e.first.toordinal() * 1000 + (e.last - e.first).days) for e in out], kind="stable")
    return [out[i] for i in order]
