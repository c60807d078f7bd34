"""The days an article gives its figures beyond their own sentence: the day its lead (or,
failing that, its latest stated day) gives an incident, a disaster's toll so far since the day
it struck, the stated start of a running total, the end of a window, the period a speaker going
on keeps, and the history that counts nothing the story tracks. Each pass takes the article's
figures after their sentences were read (``when.py``) and returns them with these days."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import cast

from khulasa.analyse.figures.cause import cause_of
from khulasa.analyse.figures.measure import counts_people
from khulasa.analyse.figures.place import (
    INCIDENT_MEASURES,
    aboard,
    known,
    place_words,
    places_named,
    recalls_another_incident,
)
from khulasa.analyse.figures.source import a_report_noun, names_a_report, who
from khulasa.analyse.figures.when import (
    opens_with_a_start,
    opens_with_since,
    stated_stretch,
    window_back,
    window_count,
    window_days,
)
from khulasa.analyse.figures.words import (
    CLAUSE_BREAKS,
    PHRASE_BREAKS,
    WAR_TOLL_LEAST,
    either,
    figure_words,
    index_at,
    tells_a_war_toll,
    war_caused,
)
from khulasa.arabic.clitics import bare as unglued
from khulasa.arabic.clitics import bare_all
from khulasa.arabic.dates import DateValue, about_words, says_about
from khulasa.arabic.dates import find as find_dates
from khulasa.arabic.dates import may_contain as may_contain_date
from khulasa.arabic.normalize import normalize, normalize_sentence
from khulasa.arabic.numbers import scan
from khulasa.model import Article, Figure, Period, Sentence, StatedDate, StatedDays
from khulasa.news.attribution import attribute, going_on, speech_verbs
from khulasa.news.causes import lasting
from khulasa.news.known_events import (
    KnownEvent,
    attack_named,
    begun_within,
    known_event,
    known_events,
    started_for,
    struck_before,
)
from khulasa.news.places import countries_named, lineage
from khulasa.news.places import places_named as any_places_named
from khulasa.news.sources import VAGUE

# levels, not flows: a level (the number besieged, a population) is as of the day reported
LEVELS = frozenset({"besieged", "population", "territory_percent"})
LEAD_DAYS = 7  # how far before publication the day a lead states may be the story's day
WHOLE_COUNTED = frozenset({"war", "campaign", "protest"})  # a running total since its first day counts all of it


def with_speakers_period(article: Article, figures: list[Figure]) -> list[Figure]:
    """A speaker going on (وأضافت توم ... أن العمليات العسكرية أدت إلى مقتل 30 شخصا) about what
    the figure just before counted, over a stretch or since a start (قتل العشرات ... خلال
    الساعات الـ48 الماضية), keeps that period when the figure states none of its own."""
    out: list[Figure] = []
    for f in figures:
        before = out[-1] if out else None
        if (
            before is not None and _undated(f) and not f.subset and before.period in ("window", "total")
            and before.as_of and before.measure == f.measure and before.sentence_end <= f.sentence_start
            and _goes_on(article.text[f.sentence_start:f.sentence_end])
        ):
            f = replace(f, period=before.period, as_of=before.as_of)
        out.append(f)
    return out


def with_the_reports_period(article: Article, figures: list[Figure]) -> list[Figure]:
    """A report's findings retold with no day of their own (وسقط جراء هذه الجرائم 796 قتيلاً، كما رصدت
    الإحصائية 1693 إصابة, after رصدت إحصائية نشرها الجيش اليمني ... خلال الفترة من 2014-2017م) are over
    the period the report covers: the latest one its figures before them stated (what befell people: a
    level, those besieged or out of school, is as of the day reported)."""
    # (a report by the words that credit it: its own words, or those a retold finding took from the lead; not
    # another statement of its issuer, وقال الجيش اليمني في بيان منفصل، nor unnamed sources, all of one key)
    reports = {
        f.source_start for f in figures
        if f.source_start is not None and f.source_canonical != VAGUE and names_a_report(f.source)
    }
    # (an issuer that counts over a stretch of days it states, بين الأول من كانون الثاني/يناير و30 حزيران/يونيو,
    # is reporting findings: its shares and counts after, undated, are of that stretch, H-set AL-internationalNews-1942)
    day = article.published.date() if article.published else None
    stretched = {
        f.source_canonical for f in figures
        if f.source_start is not None and f.source_canonical not in (None, VAGUE) and _from_day_to_day(f, day)
    }
    if not reports and not stretched:
        return figures
    latest: dict[int, Figure] = {}
    out = []
    for f in figures:
        key = f.source_start if (
            f.source_start in reports or names_a_report(f.source)
            or (f.source_canonical in stretched and f.measure in STRETCH_TOLLS)
        ) else None
        if key is not None and f.as_of and (
            f.period in ("window", "total") or _a_stretch(f) or _from_day_to_day(f, day)
        ):
            latest[key] = f
        elif key is not None and (told := _latest_told(
            latest, key, f.source_canonical if f.source_start in reports or names_a_report(f.source) else None,
        )) is not None and (
            _undated(f) and f.measure in BEFELL_PEOPLE
        ):  # (not a level: 419 ألف سوري يقبعون تحت الحصار, as of the day reported)
            f = replace(f, period=told.period, as_of=told.as_of, as_of_first=told.as_of_first,
                        as_of_last=told.as_of_last)
        out.append(f)
    return out


def _a_stretch(f: Figure) -> bool:
    """The words dating the figure are a stretch of days (فيما وصل عدد المصابين إلى 15956, in the clause after a
    report's «خلال الفترة من 21 مارس 2015 إلى 31 مارس 2018»), whatever its period's kind."""
    found = find_dates(f.as_of) if f.as_of else []
    return len(found) == 1 and found[0].value is not None and found[0].value.last > found[0].value.first


# what an issuer counting over a stretch it states retells of it: tolls, not the stocks it gives beside them (ﻣوطنا لـ
# 1.4 مليون نازح؛ يظل أكثر من 45 ألف شخص في ملاجئ؛ مصير 86 ألف مفقود: as of the day reported)
STRETCH_TOLLS = frozenset({"killed", "wounded", "casualties"})


def _from_day_to_day(f: Figure, published: date | None) -> bool:
    """The words dating the figure state a stretch from one day to another, read against the day reported (بين
    الأول من كانون الثاني/يناير و30 حزيران/يونيو), not a month or a year named alone."""
    return bool(f.as_of) and stated_stretch(cast(str, f.as_of), published) is not None


def _latest_told(latest: dict[int, Figure], key: int, canonical: str | None) -> Figure | None:
    """The latest dated figure of the report credited at ``key``, or of another report of the same issuer
    (وذكرت الإحصائية, the statistic the lead named)."""
    if key in latest:
        return latest[key]
    same = [f for f in latest.values() if canonical is not None and f.source_canonical == canonical]
    return max(same, key=lambda f: f.start) if same else None


def with_the_reports_month(article: Article, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """A sentence that names who issued a report of a month or a year, and counts nothing (وأكد مركز المعلومات
    والتأهيل لحقوق الإنسان، في تقريره لشهر ابريل/نيسان الماضي، استمرار ...), dates the undated figures credited
    to the same source after it by that month or year: its findings, not the day they were told."""
    if article.published is None or not any(_undated(f) and f.source_canonical for f in figures):
        return figures
    published = article.published.date()
    counted = {f.sentence_start for f in figures}
    told: list[tuple[int, str, StatedDate]] = []  # (where it ends, whose, the month or year)
    stems = figure_words("report_noun")
    for s in sentences:
        # (most sentences name no report: asked of the words as written first, تقرير, before they are normalised)
        if s.kind != "body" or s.start in counted or not any(n in s.text for n in stems):
            continue
        if (found := _a_reports_month(s, published)) is not None:
            told.extend((s.end, source, found) for source in _sources_credited(s))
    if not told:
        return figures
    out = []
    for f in figures:
        month = next(
            (m for end, source, m in reversed(told) if end <= f.sentence_start and source == f.source_canonical), None,
        )
        if month is not None and month.value is not None and _undated(f):
            f = replace(f, period="point", as_of=month.text, as_of_first=month.value.first, as_of_last=month.value.last)
        out.append(f)
    return out


def _a_reports_month(s: Sentence, published: date) -> StatedDate | None:
    """The month or year a report the sentence names right before it is of (في تقريره لشهر ابريل الماضي)."""
    if not may_contain_date(s.text):
        return None
    for m in _dates_of(s, published):
        if m.value is None or m.value.grain not in ("month", "year") or m.value.last >= published:
            continue
        before = normalize(s.text[max(0, m.start - REPORT_MONTH_REACH):m.start]).split()
        if any(a_report_noun(unglued(w)) for w in before):
            return m  # (في تقريره لشهر: the report with its pronoun)
    return None


REPORT_MONTH_REACH = 25  # characters before the month a report's noun may stand (في تقريره لشهر)


def _sources_credited(s: Sentence) -> list[str]:
    """The canonical sources the sentence credits."""
    return [c for a in attribute(s.text, offset=s.start) if (c := who(a).canonical) not in (None, VAGUE)]


def with_the_stretch_told(article: Article, figures: list[Figure]) -> list[Figure]:
    """A window counted back from the day reported (خلال سبعة أشهر) as long as a stretch of days a figure
    before it stated (خلال الفترة من 1 يوليو 2017م - 31 يناير 2018م: seven months) is that stretch: a report's
    findings retold by its length, not the months before publication."""
    if article.published is None or not any(f.period == "window" for f in figures) or not any(
        f.period != "window" and _with_digits(f.as_of) for f in figures
    ):
        return figures  # (asked of every article: a stretch from one date to another is written with digits)
    published = article.published.date()
    stretch: tuple[Figure, DateValue] | None = None
    out = []
    for f in figures:
        if stretch is not None and f.period == "window" and f.as_of and _as_long(f.as_of, stretch[1]):
            told, days = stretch
            f = replace(f, period=told.period, as_of=told.as_of, as_of_first=days.first, as_of_last=days.last)
        elif f.period != "window" and _with_digits(f.as_of) and (
            stated := _a_stated_stretch(cast(str, f.as_of), published)
        ) is not None:
            # (from one date to another, not a window of its own: الأسابيع الثلاثة الماضية is read as one)
            stretch = (f, stated)
        out.append(f)
    return out


def _with_digits(words: str | None) -> bool:
    return bool(words) and any(ch.isdigit() for ch in cast(str, words))


def _a_stated_stretch(words: str, published: date) -> DateValue | None:
    """The stretch of days, ended before ``published``, the words state from one date to another."""
    v = stated_stretch(words, published)
    return v if v is not None and v.last < published else None


def _as_long(words: str, stretch: DateValue) -> bool:
    """The window's words count as many months, weeks or days as the stretch runs (سبعة أشهر: July to January)."""
    counted = window_count(words)
    if counted is None:
        return False
    unit, n = counted
    if unit == "month":
        first, last = stretch.first, stretch.last
        return (last.year - first.year) * 12 + last.month - first.month + 1 == n and first.day == 1 and (
            (last + timedelta(days=1)).day == 1
        )
    days = (stretch.last - stretch.first).days + 1
    return unit in ("day", "week") and days == window_days(words)


def with_the_same_period(article: Article, figures: list[Figure]) -> list[Figure]:
    """A figure said to be of "the same period" (وسجل التقرير في ذات الفترة مقتل 14 طفلا) that
    states none of its own has the period of the last figure before it that stated one; a figure of
    "then" (حينها، آنذاك), the day told in the sentence before it, when that sentence follows the
    figure's (``_day_told_before``), else that figure's period too."""
    out: list[Figure] = []
    stated: Figure | None = None
    for f in figures:
        then = (
            _then_or_same_period(article.text[f.sentence_start:f.sentence_end])
            if stated is not None and _no_period_of_its_own(f) else None
        )
        if stated is not None and then is not None:  # (خلال هذه الفترة: a window of no length of its own)
            told = _day_told_before(article, stated.sentence_end, f.sentence_start) if then else None
            f = replace(f, period="point", as_of=told) if told else replace(f, period=stated.period, as_of=stated.as_of)
        if f.as_of:
            stated = f
        out.append(f)
    return out


def _day_told_before(article: Article, start: int, end: int) -> str | None:
    """The words of the last day or month told in the sentence that ends before ``end``, when it starts at or
    after ``start`` (after the sentence of the last figure that stated a period): "then" is when the text last
    said, even in a sentence with no figure (ومنذ 2015 أُجلي الآلاف. وفي نيسان/أبريل العام 2017 حصلت عملية
    إجلاء. وتعرضت حينها قافلة لتفجير أودى بحياة 150 شخصا)."""
    before = next((s for s in reversed(article.sentences) if s.end <= end), None)
    if before is None or before.start < start:
        return None
    told = [m for m in find_dates(before.text, article.published)
            if m.value is not None and m.value.grain != "interval"]
    return told[-1].text if told else None


@lru_cache(maxsize=1024)
def _then_or_same_period(sentence: str) -> bool | None:
    """True for a sentence of "then" (حينها، آنذاك), False for one of "the same period" (ذات الفترة), else None."""
    key = normalize(sentence)  # (a test per phrase: cheaper than one pattern of them all tried at every letter)
    if any(p in key for p in figure_words("then")):
        return True
    return False if any(p in key for p in figure_words("same_period")) else None


def _goes_on(sentence: str) -> bool:
    """The sentence opens with a speaker going on (وأضاف، وتابعت)."""
    first = normalize_sentence(sentence).split()[:1]
    return bool(first) and unglued(first[0], "conjunction") in going_on()


def with_daily_tolls(article: Article, figures: list[Figure]) -> list[Figure]:
    """A toll its sentence calls the day's (في حصيلة يومية هي الأعلى منذ 2015) counts its day
    only, even one said to have risen (ارتفع عدد القتلى الاثنين إلى مئة): no running total."""
    out = []
    for f in figures:
        if f.period == "total" and f.as_of_first is not None and _says_daily(
            article.text[f.sentence_start:f.sentence_end]
        ):
            f = replace(f, period="point", as_of_last=f.as_of_first)
        out.append(f)
    return out


def _says_daily(sentence: str) -> bool:
    return bool(_words_of(sentence) & figure_words("daily"))


def with_war_places(article: Article, figures: list[Figure]) -> list[Figure]:
    """A toll over a whole war (أكثر من 20 ألف قتيل منذ 2009، منذ بدء الانتفاضة) is the war's
    country's, not the town the article's incident struck: the place a war's row gives, when the
    figure's sentence names no place of its own inside it. So is a running total since a campaign or
    protests began (وقتل 141 فلسطينيا منذ بدء التظاهرات: the Gaza marches', not Khan Younis's, where the day's
    death was), read from the event that gave its first day or whose first day it is."""
    out = []
    for f in figures:
        whole = _the_events_place(f)
        if whole is not None and f.place != whole and (f.place is None or whole in lineage(f.place) or _a_wars(f)) and (
            f.place is None or f.place not in places_named(article.text[f.sentence_start:f.sentence_end])
        ):
            f = replace(f, place=whole)
        out.append(f)
    return out


HOSTED_REACH = 3  # words between a verb of hosting and the number of those it hosts (يؤوي لبنان راهناً نحو مليون)
HOSTED_CHARS = 60  # characters before the number those words are read from


def with_levels_hosted(article: Article, figures: list[Figure]) -> list[Figure]:
    """The refugees or displaced a place hosts (ويستضيف الأردن نحو 650 ألف لاجئ، يؤوي لبنان راهناً نحو مليون لاجئ
    سوري فروا خلال سنوات الحرب، مخيم دوميز الذي يضم 33 ألف لاجئ) are a level, as of the day reported: not the war's
    toll so far their words or the war named beside them had made them (H92: every host country's refugees had run
    from 15 March 2011)."""
    if not any(f.measure == "displaced" and f.period == "total" for f in figures):
        return figures
    hosting = figure_words("hosting")
    out = []
    for f in figures:
        if f.measure == "displaced" and f.period == "total":
            lead_in = article.text[max(f.sentence_start, f.start - HOSTED_CHARS):f.start]
            before = normalize(lead_in).split()[-HOSTED_REACH - 1:]
            if any(w in hosting or unglued(w, "conjunction") in hosting for w in before):
                f = replace(f, period="none", as_of=None, as_of_first=None, as_of_last=None, as_of_event=None)
        out.append(f)
    return out


def _a_wars(f: Figure) -> bool:
    """The figure counts a toll of a whole war: a place its sentence does not name, even one outside the war's
    country, is only where the article's other news was (its government in exile in الرياض, of Yemen's 10,000)."""
    event = known_event(f.as_of_event) if f.as_of_event else None
    return event is not None and event.kind == "war"


def _the_events_place(f: Figure) -> str | None:
    """The place of the war, campaign or protests a figure counts the whole of, else None."""
    event = known_event(f.as_of_event) if f.as_of_event else None
    if event is not None and event.kind == "war" and len(event.places) == 1:
        return next(iter(event.places))
    if f.period != "total" or f.as_of_first is None or f.place is None:
        return None
    if event is None:  # (a first day the article states: منذ 30 آذار/مارس)
        event = next((e for e in known_events() if e.first == f.as_of_first and e.kind in WHOLE_COUNTED), None)
    inside = lineage(f.place)[1:] if event is not None and event.kind in WHOLE_COUNTED else []
    return next((p for p in inside if p in event.places), None) if event is not None else None


def with_established_day(article: Article, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """A count of one incident whose clause gives no date is for the day the lead states (a
    toll published the next morning is the day of the attack the lead names: قتل ... السبت)."""
    if article.published is None or all(f.as_of or f.period != "none" for f in figures):
        return figures
    lead = next((s for s in sentences if s.kind == "body"), None)
    fight = _lead_span(lead, figures, article.published.date())
    if fight is not None:
        # the lead dated its toll by the stretch the fighting lasted (في قتال امتد من ليل الأربعاء حتى فجر
        # الخميس): the article's undated counts of it (ضربت 140 هدفاً، أطلقوا أكثر من 150 صاروخا) are of that stretch
        return [
            replace(f, as_of=fight.as_of, period=fight.period)
            if _undated(f) and f.measure not in LEVELS and not _meanwhile(article, f) and not _war_toll(f, article)
            and (fight.period != "window" or _part_of(f, fight))
            else f for f in figures
        ]
    incident = _lead_incident_day(lead, figures)
    if incident is not None:
        # the lead's count dated the incident (غداة هجوم إرهابي أسفر عن مقتل 28): its other counts
        # are of that day, not of the day the lead's news is told (عاد الهدوء ... السبت)
        return [
            replace(f, period="point", as_of_first=incident, as_of_last=incident)
            if _undated(f) and f.measure in DISASTER_TOLLS and not _meanwhile(article, f) and not _war_toll(f, article)
            else f for f in figures
        ]
    m = _lead_match(lead, article.published.date()) if lead is not None else None
    # a day stated further down dates the dead, the hurt, the saved and the strikes of an incident, not the
    # displaced, missing, held or aided: levels of the day reported (مليون نازح تضمهم إدلب الآن؛ the missing,
    # as the labelled sets hold them) and displacements feared, whatever else happened on Thursday
    told = LATER_DAY_DATES if m is None else None
    m = m or _latest_day(sentences, article.published.date())
    if m is None:
        return figures
    day = m.text
    # a lead whose day starts a running toll (قتل أكثر من 300 مدني منذ بداية التصعيد الأحد
    # الماضي) establishes that toll's period: its undated counts (إصابة أكثر من 1200 شخص في القصف
    # المستمر) run from that day too
    period: Period = "total" if lead is not None and m is not None and _starts_a_period(lead, m) else "none"
    told_before = _told_before_it(sentences, article.published.date(), m)
    return [
        replace(f, as_of=told_before(f) or day, period=period)
        if _undated(f) and f.measure not in LEVELS and not _meanwhile(article, f) and not _war_toll(f, article)
        and (told is None or f.measure in told)
        else f for f in figures
    ]


def with_parts_of_a_total(sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """A count no words of its own date, told in the sentence right after a toll so far (or after its parts), of the
    same measure and the same speaker and no larger than it, is a part of that toll, of its period (حصيلة القتلى منذ
    ... آذار/مارس 2011 بلغت 353,935 ... من بين القتلى المدنيين 19,811 طفلا. وفي ما يتعلق بالقتلى غير المدنيين، أحصى
    المرصد مقتل نحو 122 ألف عنصر): not a count of the day the lead tells."""
    totals = _totals_of_parts(figures, sentences, lambda f, total: _undated(f))
    return [
        replace(f, period=totals[k].period, as_of=totals[k].as_of, as_of_first=totals[k].as_of_first,
                as_of_last=totals[k].as_of_last, as_of_event=totals[k].as_of_event) if k in totals else f
        for k, f in enumerate(figures)
    ]


def with_parts_dated_as_their_total(article: Article, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """Once the passes after ``with_parts_of_a_total`` have dated a toll (from the start of a known event its sentence
    names: منذ بدء الهجوم التركي على منطقة عفرين), its parts, which took its words, take its days."""
    def took_its_words(f: Figure, total: Figure) -> bool:
        own = article.text[f.sentence_start:f.sentence_end]
        return f.period == "total" and f.as_of == total.as_of and not (f.as_of and f.as_of in own)

    totals = _totals_of_parts(figures, sentences, took_its_words)
    return [
        replace(f, as_of_first=totals[k].as_of_first, as_of_last=totals[k].as_of_last,
                as_of_event=totals[k].as_of_event) if k in totals else f
        for k, f in enumerate(figures)
    ]


def _totals_of_parts(
    figures: list[Figure], sentences: list[Sentence], unstated: Callable[[Figure, Figure], bool],
) -> dict[int, Figure]:
    """The toll each part belongs to, by the part's place in ``figures``."""
    out: dict[int, Figure] = {}
    if all(f.period != "total" for f in figures):
        return out  # (most articles tell no toll so far)
    total: Figure | None = None
    told_to = 0  # where the last sentence telling the toll or its parts ends
    for k, f in enumerate(figures):
        part = total is not None and unstated(f, total) and _a_part_told_after(f, total, told_to, sentences)
        if part:
            out[k] = cast(Figure, total)
        so_far = f.period == "total" and bool(f.as_of or f.as_of_first is not None)
        if so_far and not (part or f.subset):
            # (a toll its sentence raises by a day's count: a part told next is of that day's, ستة من القتلى of 8)
            total = None if _beside_a_days_count(f, figures) else f
        if so_far or part:
            told_to = f.sentence_end
    return out


def _beside_a_days_count(total: Figure, figures: list[Figure]) -> bool:
    """The toll's sentence gives a count of the same measure that runs over no period: the day's it was raised by."""
    return any(
        g.sentence_start == total.sentence_start and g.measure == total.measure and g.period != "total"
        and not g.subset for g in figures
    )


def _a_part_told_after(f: Figure, total: Figure, told_to: int, sentences: list[Sentence]) -> bool:
    """``f`` may be a part of ``total``: its measure (one that befell people), no larger, its speaker, told in the
    sentence right after the one that ends at ``told_to``."""
    if f.measure != total.measure or f.measure not in DISASTER_TOLLS or _least(f) > _least(total):
        return False
    if (f.source_canonical or f.source) != (total.source_canonical or total.source):
        return False  # (another speaker's count is his own)
    for s in sentences:  # (the sentence right after: no sentence between them)
        if s.start >= f.sentence_start:
            return True
        if told_to <= s.start and s.kind == "body" and s.end <= f.sentence_start:
            return False
    return True


def _told_before_it(
    sentences: list[Sentence], published: date, latest: StatedDate,
) -> Callable[[Figure], str | None]:
    """A narrative (في يوم 23 فبراير/ شباط الماضي ... وطُرح الثلاثة على الأرض, a feature published a month on) dates
    an undated count by the last single day told before it, when the article's latest day is told only after it
    (يوم الاثنين الماضي, when a video of the widow went round: the sixty-sixth held-out set's Odisha parcel bomb)."""
    told = [
        (s.start, d) for s in sentences if s.kind == "body" for d in _dates_of(s, published)
        if d.value is not None and d.value.grain == "day" and d.value.first == d.value.last
        and 0 <= (published - d.value.first).days <= NARRATIVE_DAYS
    ]
    latest_at = next((at for at, d in told if (d.text, d.value) == (latest.text, latest.value)), None)

    def day_before(f: Figure) -> str | None:
        if latest_at is None or latest_at <= f.sentence_start or f.measure not in DISASTER_TOLLS:
            return None  # (what befell people; a table's points or a fleet's planes are as of the day reported)
        before = [d for at, d in told if at < f.sentence_start]
        return before[-1].text if before and before[-1].value != latest.value else None

    return day_before


NARRATIVE_DAYS = 62  # how long before publication a day told before a count may be its day (a feature a month on)


LATER_DAY_DATES = frozenset({"killed", "wounded", "casualties", "rescued", "strikes", "other"})


def _lead_span(lead: Sentence | None, figures: list[Figure], published: date) -> Figure | None:
    """A toll of the lead its own words date by a stretch of a few days (من ليل الأربعاء حتى فجر الخميس)."""
    if lead is None:
        return None
    return next((
        f for f in figures
        if f.sentence_start == lead.start and f.measure in DISASTER_TOLLS and f.as_of and (
            _a_short_window(f) or (
                f.period == "point"
                and not figure_words("stretch_joiner").isdisjoint(normalize(f.as_of).split())  # (most are one day)
                and _a_short_stretch(_days_named(f.as_of, published))
            )
        )
    ), None)


def _part_of(f: Figure, toll: Figure) -> bool:
    """A count that may be part of the lead's toll of the last days: a toll told after it, no larger,
    where that toll was (the mines' four dead of a village of الحديدة), not a city's shelling told
    beside it (دمشق beside الغوطة)."""
    if f.measure not in DISASTER_TOLLS or f.start < toll.start or (f.value or 0) > (toll.value or 0):
        return False  # (a part is told after the toll, and is no larger)
    if f.place is None or toll.place is None:
        return True
    above = lineage(f.place)
    return toll.place in above or len(above) == 1  # (a village the gazetteer cannot place may be in it)


def _a_short_window(f: Figure) -> bool:
    """The lead's toll is of the last few days (أرواح 12 مدنياً خلال اليومين الماضيين)."""
    days = window_days(f.as_of) if f.period == "window" else None
    return days is not None and 1 < days <= SPAN_DAYS


def _a_short_stretch(days: tuple[DateValue, ...]) -> bool:
    return len(days) == 1 and 0 < (days[0].last - days[0].first).days <= SPAN_DAYS


SPAN_DAYS = 3  # the longest stretch a lead's toll may be dated by and still be one incident's


def _lead_incident_day(lead: Sentence | None, figures: list[Figure]) -> date | None:
    """The day a toll of the lead was dated by what it tells (the morrow of an attack, a disaster's
    day), not by words of its own."""
    if lead is None:
        return None
    return next((
        f.as_of_first for f in figures
        if f.sentence_start == lead.start and f.measure in DISASTER_TOLLS and f.period == "point" and not f.as_of
        and f.as_of_first is not None and f.as_of_first == f.as_of_last
    ), None)


INCIDENT_DAY_SENTENCES = 4  # the lead and the three after it: where news states an incident's day
INCIDENT_DAY_REACH = 3  # words after the day an incident's word may stand (الأربعاء، تحطمت ...)
INCIDENT_CLAUSE_WORDS = 9  # words of its clause before the day (وسقطت طائرة البوينغ ... ظهر الجمعة)


def with_incident_day(article: Article, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """An incident's toll is of the day the incident happened when the article states that day
    beside it (وتحطمت أمس الأربعاء طائرة نقل عسكرية) and dates the toll only by a later day, the
    day its news or a reaction was told (أعلن الرئيس الخميس الحداد ... حزنا على الضحايا الـ257:
    the crash was on Wednesday), by the lead or beside the telling in the toll's own sentence
    (قالت الشرطة في بيان أصدرته الأحد إن 20 شخصا قتلوا; ووقعت التفجيرات السبت). A toll dated beside
    an incident of its own keeps its day."""
    if article.published is None:
        return figures
    published = article.published.date()
    lead = next((s for s in sentences if s.kind == "body"), None)
    if lead is None:
        return figures
    told = _lead_match(lead, published)
    if told is not None and (told.value is None or _dates_the_incident(lead.text, told.start, told.end)):
        return _from_the_night_before(sentences, figures, told, published)  # the lead dates the incident itself
    # a lead that states its own day (مقتل 20 شخصا، الثلاثاء، من جراء انفجارين) is not dated by an attack recalled
    # after it (وكانت بوكو حرام قد نفذت الخميس الماضي، هجوما في مايدوغوري); a lead with none may be (وكان عناصر بوكو
    # حرام قد نفذوا هجوماً الاثنين على قرية دابتشي: the story's own attack, told in the pluperfect)
    stated = _incident_day(sentences, published, recalled=told is None)
    if stated is None:
        return figures
    day, last, words = stated
    out = []
    for f in figures:
        # the missing are counted as of the day told (3 ركاب مفقودون): a state, not the incident's toll
        if (
            ((f.measure in INCIDENT_MEASURES and f.measure != "missing") or aboard(article, f))
            and f.period in ("point", "none") and not _beside_an_incident(article, f) and not _war_toll(f, article)
        ):
            own = _single_day(f, published)
            # (a toll nothing dates is of the day reported: وبدأ الحريق ... حوالى منتصف ليل الخميس الجمعة dates it)
            undated = own is None and not f.as_of and told is None
            later = published if undated else _told_day(article, f, lead, told, own)
            if later is not None and day < later:
                f = replace(f, period="point", as_of=words, as_of_first=day, as_of_last=last)
        out.append(f)
    return out


def _dates_the_incident(text: str, start: int, end: int) -> bool:
    """The day at ``text[start:end]`` stands beside an incident's word and is not the day of a
    telling that precedes it (أعلنت وزارة الخارجية الصينية في بيان الاثنين أن "حادث سير خطيرا"; بحسب ما
    ذكرته وسائل إعلام السبت، والغارة جاءت: the day the news was told; the incident's day is told further down)."""
    if not _incident_beside(text, start, end):
        return False
    return _incident_of_the_day(text, start) or not _closes_a_telling(text, start)


def _closes_a_telling(text: str, start: int) -> bool:
    """The clause before ``start`` tells (a speech verb or a statement's word)."""
    words = normalize(_clause_before(text, start)).split()[-INCIDENT_CLAUSE_WORDS:]
    return any(unglued(w, "conjunction") in speech_verbs() or w in figure_words("statement") for w in words)


def _told_day(article: Article, f: Figure, lead: Sentence, told: StatedDate | None, own: date | None) -> date | None:
    """The later day a toll is dated by, when it is the day its news was told: the lead's (the
    toll in the lead, or undated in its own sentence) or one beside the telling in its sentence."""
    in_sentence = _dated_in_its_sentence(article, f)
    if told is not None and told.value is not None and (f.sentence_start == lead.start or not in_sentence):
        return told.value.first if own is None or own == told.value.first else None
    # a day the toll's sentence states beside the telling, or one it borrowed (the latest day a
    # lead without one took: البيان الأحد): both are the news's day, not the incident's
    if own is not None and (not in_sentence or _beside_telling(article, f)):
        return own
    return None


def _beside_telling(article: Article, f: Figure) -> bool:
    """The figure's date words close a clause that tells (قالت الشرطة في بيان أصدرته ... الأحد):
    the day of the statement, not of what it counts."""
    sentence = article.text[f.sentence_start:f.sentence_end]
    k = sentence.find(cast(str, f.as_of))
    return k >= 0 and _closes_a_telling(sentence, k)


def _clause_before(text: str, start: int) -> str:
    """The clause that ends at ``start``; a day set off by commas (وغرقت العبارة، الثلاثاء،) closes
    the clause before its comma."""
    pieces = re.split("[،,؛;]", text[max(0, start - 90):start])
    return next((p for p in reversed(pieces) if p.strip()), "")


def _incident_day(
    sentences: list[Sentence], published: date, nights_only: bool = False, recalled: bool = True
) -> tuple[date, date, str] | None:
    """The first recent day (or night running into the next day: القصف استمر منذ مساء الأحد حتى فجر
    الاثنين) the lead or the sentences right after it state beside an incident's word (a crash, an
    attack, a blast: ``place_words.tsv``, incident), its first and last day with its words; a day
    further on is another incident's (قتل 22 مقاتلا، الخميس، في هجمات ... السويداء, in the last
    paragraph of Friday's attack on Albu Kamal). ``nights_only``: only such a stretch; not ``recalled``: not
    from a sentence that recalls another incident (``recalls_another_incident``)."""
    body = [s for s in sentences if s.kind == "body"]
    told = body[:INCIDENT_DAY_SENTENCES] + [s for s in body[INCIDENT_DAY_SENTENCES:] if _tells_it_occurred(s.text)]
    told = told if recalled else [s for s in told if not recalls_another_incident(s.text)]
    found = [
        (s, m) for s in told
        for m in _dates_of(s, published)
        if ((_a_recent_day(m, published) and not nights_only) or _a_recent_night(m, published)) and m.value is not None
        and not _after_the_morrow(s, m)  # (بعد يوم من سلسلة تفجيرات ... الأحد: the incident before the lead's)
    ]
    # a day the incident's noun is in construct with names it outright (لحادث السبت), whatever day its toll
    # was told on before it (وأعلنت وزارة الصحة العدد المحدث، الأحد، لحادث السبت)
    beside = [
        (s, m) for s, m in found
        if _incident_beside(s.text, m.start, m.end, several=_a_recent_night(m, published))
        and not _after_since(s.text, m.start)
    ]
    # (the first told as the incident's own; when each closes a telling, the earliest: an incident comes before
    # every telling of it, الصين أُبلغت مساء الأحد بالحادث after a lead's «أعلنت ... الاثنين أن حادث سير»)
    chosen = next((m for s, m in found if _incident_of_the_day(s.text, m.start)), None) or next(
        (m for s, m in beside if not _closes_a_telling(s.text, m.start)),
        min((m for _, m in beside), key=lambda m: cast(DateValue, m.value).first, default=None),
    )
    if chosen is None or chosen.value is None:
        return None
    return chosen.value.first, chosen.value.last, chosen.text


def _tells_it_occurred(text: str) -> bool:
    """The sentence opens by saying the incident the story told of occurred (وقع الحادث في منطقة جبلية
    ... عصر يوم السبت, the fifth sentence of a lead with no day): its noun with the article is the
    story's incident, wherever the sentence stands."""
    first = "".join(text[:OCCURRED_AT].split(maxsplit=1)[:1])
    forms = _occurred_forms()
    if first not in forms and first[1:] not in forms:
        return False  # (most sentences: their first word is no «occurred», and they are not normalised to ask)
    words = normalize(text[:40]).split()[:2]
    if len(words) < 2 or unglued(words[0], "conjunction") not in place_words("occurred"):
        return False
    return words[1].startswith("ال") and words[1] in place_words("incident")


OCCURRED_AT = 12  # characters a sentence's first word, «occurred» with its و, is read from (ووقعت)


@cache
def _occurred_forms() -> frozenset[str]:
    """The «occurred» verbs as news writes them: their normalised form, and with ى for a final ي (جرى)."""
    verbs = place_words("occurred")
    return verbs | {verb[:-1] + "\u0649" for verb in verbs if verb.endswith("\u064a")}


def _incident_of_the_day(text: str, start: int) -> bool:
    """The word right before a day is an incident's noun in construct with it (لحادث السبت، هجوم الجمعة)."""
    before = text[max(0, start - 20):start].split()
    if not before or any(ch in before[-1] for ch in CLAUSE_BREAKS):
        return False
    word = normalize(before[-1])
    words = place_words("incident")
    return word in words or unglued(word) in words


def _from_the_night_before(
    sentences: list[Sentence], figures: list[Figure], told: StatedDate, published: date
) -> list[Figure]:
    """An incident the lead dates by a day (ارتكبت ميليشيات الحوثي، اليوم الاثنين، مجزرة) that the next
    sentences say ran from the night before into that day (القصف استمر منذ مساء الأحد حتى فجر الاثنين):
    its tolls dated by the lead's day are of both days."""
    stated = _incident_day(sentences, published, nights_only=True)
    day = told.value.first if told.value is not None else None
    if stated is None or day is None or stated[1] != day:
        return figures
    return [
        replace(f, period="point", as_of=stated[2], as_of_first=stated[0], as_of_last=day) if (
            f.measure in INCIDENT_MEASURES and f.period in ("point", "none") and _single_day(f, published) == day
        ) else f
        for f in figures
    ]


INCIDENT_SPAN_DAYS = 1  # an incident's stretch runs from one day into the next at most (من ليل الأربعاء حتى فجر الخميس)


def _a_recent_night(m: StatedDate, published: date) -> bool:
    """A stretch from one day into the next, ending within ``LEAD_DAYS`` before publication."""
    v = m.value
    return (
        v is not None and v.grain == "interval" and 0 < (v.last - v.first).days <= INCIDENT_SPAN_DAYS
        and 0 <= (published - v.last).days <= LEAD_DAYS
    )


def _after_since(text: str, start: int) -> bool:
    """The day starts a stretch (ومنذ الأحد، يستهدف النظام الغوطة): no incident's one day."""
    before = normalize(text[max(0, start - 12):start]).split()
    return bool(before) and unglued(before[-1], "conjunction") in figure_words("since")


def _incident_beside(text: str, start: int, end: int, several: bool = False) -> bool:
    """An incident's word stands in the clause before ``text[start:end]`` (وسقطت طائرة البوينغ فوق
    منطقة غير مأهولة ظهر الجمعة) or a few words after it; ``several``: or of incidents (هجمات شنتها طالبان
    ليل الثلاثاء الأربعاء: a night of attacks)."""
    words = either(place_words("incident"), place_words("incidents") if several else frozenset())
    clause = _clause_before(text, start)
    near = [
        *normalize(clause).split()[-INCIDENT_CLAUSE_WORDS:],
        *normalize(text[end:end + 50]).split()[:INCIDENT_DAY_REACH],
    ]
    near = [w.strip(PHRASE_BREAKS) for w in near]  # (بالحادث، ; "حادث سير)
    return any(w in words or unglued(w) in words for w in near)


def _dated_in_its_sentence(article: Article, f: Figure) -> bool:
    """The figure's date words stand in its own sentence (قتلوا، يوم الخميس، فقط), not taken from
    the lead."""
    return f.as_of is not None and f.as_of in article.text[f.sentence_start:f.sentence_end]


def _beside_an_incident(article: Article, f: Figure) -> bool:
    """The figure's own date words stand beside an incident's word: that incident's day."""
    if not f.as_of:
        return False
    sentence = article.text[f.sentence_start:f.sentence_end]
    k = sentence.find(f.as_of)
    return k >= 0 and _dates_the_incident(sentence, k, k + len(f.as_of))


def _single_day(f: Figure, published: date) -> date | None:
    """The one day a figure is dated, resolved or named by its words, else None."""
    if f.as_of_first is not None:
        return f.as_of_first if f.as_of_first == f.as_of_last else None
    values = _days_named(f.as_of, published) if f.as_of else ()
    return values[0].first if len(values) == 1 and values[0].grain == "day" else None


def _meanwhile(article: Article, f: Figure) -> bool:
    """The figure's sentence opens with "meanwhile" (في هذه الأثناء أفادت وسائل الإعلام أن قنبلة
    انفجرت وأدت لمقتل 11 شخصا): it is the day's news, not the lead's earlier event."""
    words = normalize_sentence(article.text[f.sentence_start:f.sentence_end]).split()[:3]
    opening = " ".join([unglued(words[0], "conjunction"), *words[1:]]) if words else ""
    return any(opening.startswith(w) for w in figure_words("meanwhile"))


def with_the_morrow(article: Article, figures: list[Figure]) -> list[Figure]:
    """A count right after "the morrow of" (ويأتي القصف غداة مقتل 9 مدنيين) happened the day
    before the news it is set against, the day reported."""
    if article.published is None:
        return figures
    # (the news is the day the article's first dated toll states, when it states one: ويأتي الحادث غداة مقتل ستة
    # جنود, after a lead's «قتل ستة ... الجمعة», is of Thursday)
    before = _news_day(article, figures) - timedelta(days=1)
    morrow = figure_words("morrow")
    cues = {" ".join(w.split()[:2]) for w in morrow}
    keys = {normalize_sentence(article.text[f.sentence_start:f.sentence_end]) for f in figures}
    if not any(c in key for key in keys for c in cues):
        return figures  # (asked once a sentence, of its text the passes before normalised: most say no «morrow»)
    out = []
    for f in figures:
        head = normalize(article.text[max(f.sentence_start, f.start - MORROW_REACH):f.start]).split()[-MORROW_WORDS:]
        said = f" {' '.join(head)} "
        phrase = next((w for w in morrow if " " in w and f" {w} " in said), None)  # بعد يوم واحد من
        # the date reader takes بعد يوم for a day of its own: inside the phrase, it is the phrase's
        own = bool(f.as_of) and not (phrase is not None and normalize(f.as_of or "") in phrase)
        if not own and f.period in ("none", "total", "point") and (
            phrase is not None or any(unglued(w, "conjunction") in morrow for w in head)
        ):
            f = replace(f, period="point", as_of=None, as_of_first=before, as_of_last=before)
        out.append(f)
    return out


def _news_day(article: Article, figures: list[Figure]) -> date:
    """The day of the news: the one day the article's first figure is dated by its own words (الجمعة), else the
    day reported."""
    published = article.published.date()  # type: ignore[union-attr]
    first = figures[0] if figures else None
    if first is None or not first.as_of or first.period != "point":
        return published
    days = _days_named(first.as_of, published)
    return days[0].first if len(days) == 1 and days[0].first == days[0].last else published


# how far before the number "the morrow of" may stand: غداة مقتل 9، غداة هجوم إرهابي دام أسفر عن مقتل 28
MORROW_REACH = 50  # characters
MORROW_WORDS = 8  # words


START_REACH = 40  # how many characters before a day a word of a start may stand (منذ بداية التصعيد الأحد)


def _starts_a_period(lead: Sentence, m: StatedDate) -> bool:
    """The lead's day is the start of a period it counts since (منذ بداية التصعيد الأحد الماضي)."""
    key = normalize(lead.text[max(0, m.start - START_REACH):m.start])
    return any(w in key.split() for w in figure_words("since"))


def with_repeated_counts(figures: list[Figure]) -> list[Figure]:
    """A count the article says once with its period (250 قتلوا خلال يومين) is the same count
    wherever else it says it with no period of its own, before or after: in a quote ("250 شخصاً
    على الأقل قتلوا خلال جراء الضربات"), or in the lead that the body then dates (ارتفعت حصيلة
    قتلى السيول إلى 324 ... and further down "324 حياة أزهقت" خلال عشرة أيام من الفيضانات)."""
    said: dict[tuple[float, str], Figure] = {}
    for f in figures:
        if f.value is not None and f.as_of and f.period == "window" and window_back(f.as_of) is not None:
            said.setdefault((f.value, f.measure), f)
    out = []
    for f in figures:
        first = said.get((f.value, f.measure)) if f.value is not None else None
        if first is not None and _no_period_of_its_own(f) and not f.subset:
            f = replace(f, period=first.period, as_of=first.as_of, as_of_first=first.as_of_first,
                        as_of_last=first.as_of_last, as_of_event=first.as_of_event)
        elif first is not None and f.period == "total" and not f.as_of and f.as_of_first is None and not f.subset:
            f = replace(f, as_of=first.as_of)  # a toll so far, over the stretch the repeat states
        out.append(f)
    return out


def with_counts_told_later(article: Article, figures: list[Figure]) -> list[Figure]:
    """An incident's count a speaker gives again further down, dated a day or two after its first
    statement, is that count told later, not another (قتلت 13 ... في عمليات وقعت، الأربعاء; then
    قال القائد للصحفيين الخميس إن 13 مشتبها قتلوا): it keeps the first one's day."""
    if article.published is None:
        return figures
    published = article.published.date()
    first: dict[tuple[float, str], tuple[Figure, date]] = {}
    out = []
    for f in figures:
        day = _single_day(f, published) if f.value is not None and f.measure in INCIDENT_MEASURES else None
        if day is not None and not f.subset:
            key = (cast(float, f.value), f.measure)
            earlier = first.setdefault(key, (f, day))
            if earlier[0] is not f and f.source is not None and 0 < (day - earlier[1]).days <= TOLD_LATER_DAYS:
                f = replace(f, period=earlier[0].period, as_of=earlier[0].as_of, as_of_first=earlier[0].as_of_first,
                            as_of_last=earlier[0].as_of_last)
        out.append(f)
    return out


TOLD_LATER_DAYS = 2  # a speaker tells a count at most this long after the day it is of


def _no_period_of_its_own(f: Figure) -> bool:
    """No words date it, or its window's words give no length (خلال alone)."""
    return f.as_of_first is None and (
        (f.period == "none" and not f.as_of) or (f.period == "window" and window_back(f.as_of) is None)
    )


def _undated(f: Figure) -> bool:
    """No words of its own date the figure, nor a day the article gives its event."""
    return not f.as_of and f.period == "none" and f.as_of_first is None


# what a disaster's toll counts, and grows by for days after it struck
DISASTER_TOLLS = frozenset({"killed", "wounded", "missing", "displaced", "rescued", "casualties"})


def with_disaster_days(article: Article, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """An undated count of a disaster's toll (the dead, hurt, missing, evacuated, rescued) in an
    article whose lead names a disaster that struck on an earlier day is the count so far: it
    runs from the disaster's day to the day reported (floods since Thursday, reported on Sunday:
    ولقي أكثر من 60 شخصا حتفهم). So is one dated only by the day it was told (ارتفعت حصيلة إصابات
    الحريق ... إلى 30، وفق ما ذكرت مصادر طبية، السبت: the fire broke out on Friday evening). An
    attack's toll stays the attack's day."""
    if article.published is None or not any(f.measure in DISASTER_TOLLS for f in figures):
        return figures
    published = article.published.date()
    start = _disaster_day(article, sentences, published)
    known = None if start is not None else _known_disaster(article, sentences, figures, published)
    start = start or (known.first if known is not None else None)
    if start is None:
        return figures
    event = known.name if known is not None else None
    out = []
    for f in figures:
        if f.measure in DISASTER_TOLLS and _undated(f):
            f = replace(f, as_of_first=start, as_of_event=event)
        elif (
            # a toll told as it grows (ارتفعت حصيلة), or any of a natural disaster's the article names; not
            # the missing, who are missing as of the day told (لا يزال 9 آخرين في عداد المفقودين)
            f.measure in DISASTER_TOLLS and f.measure != "missing"
            and (f.period == "total" or (known is None and f.period in ("point", "none")))
            and (told := _told_on(article, f)) is not None and start < told
        ):
            f = replace(f, period="total", as_of_first=start, as_of_last=told, as_of_event=event)
        out.append(f)
    return out


def _told_on(article: Article, f: Figure) -> date | None:
    """The one day a figure's words date it when that is the day it was told (beside a verb of
    saying: وفق ما ذكرت مصادر طبية، السبت), not the day of what it counts."""
    if article.published is None or not f.as_of or not _dated_in_its_sentence(article, f):
        return None
    day = _single_day(f, article.published.date())
    return day if day is not None and _beside_telling(article, f) else None


def _known_disaster(
    article: Article, sentences: list[Sentence], figures: list[Figure], published: date
) -> KnownEvent | None:
    """The known disaster (news/data/known_events.tsv) the title or lead names, in a place they
    or the figures name, going on or just over when it was published: the Attica fires of 23
    July for a toll reported on the 24th that states no day."""
    lead = next((s.text for s in sentences if s.kind == "body"), "")
    head = (article.title or "") + " " + lead
    places = places_named(article.title or "") + places_named(lead) + [f.place for f in figures if f.place]
    return struck_before(published, places, normalize(head))


def _disaster_day(article: Article, sentences: list[Sentence], published: date) -> date | None:
    """The earliest day before publication (within ``DISASTER_DAYS``) a sentence naming a disaster
    states, when the title or the lead names one: the day it struck (الزلزال الذي وقع الأحد،
    ومنذ يوم الخميس سقطت الأمطار)."""
    body = [s for s in sentences if s.kind == "body"]
    if not body or not (_names_disaster(body[0].text) or _names_disaster(article.title or "")):
        return None
    days = [
        m.value.first for s in body if _names_disaster(s.text) or _tells_it_struck(s.text)
        for m in _dates_of(s, published)
        if m.value is not None and m.value.grain == "day" and 0 < (published - m.value.first).days <= DISASTER_DAYS
    ]
    return min(days, default=None)


def _tells_it_struck(text: str) -> bool:
    """The sentence tells, by a verb, that the disaster the lead named struck (وكان سون تين قد ضرب المنطقة،
    الأربعاء؛ وانهار السد ... مساء الاثنين), though it names it by its own name or not at all."""
    words = figure_words("disaster_struck")
    return any(unglued(w.strip(PHRASE_BREAKS), "conjunction") in words for w in normalize(text).split())


DISASTER_DAYS = 21  # how far before publication a stated disaster day may lie (rain since 28 August, told 6 September)


def _names_disaster(text: str) -> bool:
    words = figure_words("disaster")
    written = [w.strip(PHRASE_BREAKS) for w in normalize(text).split()]  # (الزلزال، with its mark)
    # (each word as written and bare: فيضانات is not ف + يضانات)
    return any(w in words or (w.startswith("ال") and w[2:] in words) for w in (*written, *bare_all(written)))


START_DAYS = 366  # how far back a running total's stated start may lie


def with_stated_start(article: Article, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """A running total whose own words give no day (منذ بدء الهجوم) starts on the day the
    article says the event began (هجوم بدأ في 18 فبراير): the first such day it states; else on
    the first of the days it says the event has gone on in a row (ولليوم السادس على التوالي
    قصفت طائرات حربية: five days before); else on the day its lead gives the event, when that is
    before the day reported (a quake's toll the next day: ارتفعت حصيلة ضحايا الزلزال الذي ضرب
    الجمعة); else on the earliest day it gives a count of the same thing."""
    if article.published is None:
        return figures
    published = article.published.date()
    if not any(_start_unstated(f, published) for f in figures):
        return figures
    start = _stated_start(sentences, published) or _start_of_days_in_a_row(sentences, published)
    # a disaster's toll so far starts on the day it struck (ليلة الأحد), before any day of the lead
    start = start or _disaster_day(article, sentences, published)
    if start is None:
        first = next((s for s in sentences if s.kind == "body"), None)
        lead = _lead_match(first, published) if first is not None else None
        start = lead.value.first if lead is not None and lead.value is not None else None
        start = start if start is not None and start < published else None
    if start is None:
        return [
            _from_first_count(f, figures, published) if _start_unstated(f, published) and not _of_a_war(f, article)
            and not _since_a_known_start(f, article, sentences, published) else f for f in figures
        ]
    # (not a war's toll: it runs from the war's first day, with_known_starts)
    return [
        replace(f, as_of_first=start, as_of_last=_its_last(f, published)) if _start_unstated(f, published) and not (
            _of_a_war(f, article)) and _near_the_about(f, start, published) else f
        for f in figures
    ]


def with_start_in_its_sentence(article: Article, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """A count its own words give no day or period, in a clause saying when the event it befell
    people in began (قتل أكثر من مئة عنصر ... في عملية واسعة انطلقت في التاسع من شباط، الاحتجاجات
    التي بدأت أواخر ديسمبر وقتل فيها 25), is that event's toll so far: from its start to the day
    reported, with the words that said it (a day the lead gave it is the lead's incident's)."""
    if article.published is None:
        return figures
    published = article.published.date()
    # (only the sentences of counts of what befell people that hold a word of starting: most hold none, and a
    # count's own words are read for days only there)
    told = {
        f.sentence_start for f in figures if f.measure in BEFELL_PEOPLE and (
            f.period in ("none", "point") or (f.period == "window" and _dated_by_a_start(f, article.text))
        )
    }
    asked = {s.start for s in sentences if s.start in told and _says_a_start(s.text)}
    undated = {
        f.start for f in figures
        if f.sentence_start in asked and (_undated_count(f, article.text) or _dated_by_a_start(f, article.text))
    }
    if not undated:
        return figures
    starts = {
        s.start: said for s in sentences if s.start in asked and (said := _start_said_in(s, published)) is not None
    }
    out = []
    for f in figures:
        said = starts.get(f.sentence_start) if f.start in undated else None
        if said is not None and _of_the_event_begun(article.text, f, said[2], said[3]):
            f = replace(f, period="total", as_of=said[0], as_of_first=said[1], as_of_last=published)
        out.append(f)
    return out


def with_the_fronted_day(article: Article, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """A count a wider period dates (خلال شهر رمضان) in a sentence that opens on a day within it (ففي 11 حزيران/يونيو،
    فجر انتحاري نفسه ... خلال شهر رمضان، ما أسفر عن مقتل 12: a held-out set): the day the sentence set it on."""
    if article.published is None:
        return figures
    published = article.published.date()
    asked = {f.sentence_start for f in figures if _dated_wider(f)}
    if not asked:
        return figures  # (most articles: no count of people dated by a stretch)
    fronted = {s.start: day for s in sentences if s.start in asked and (day := _fronted_day(s, published))}
    if not fronted:
        return figures
    out = []
    for f in figures:
        day = fronted.get(f.sentence_start) if _dated_wider(f) else None
        if day is not None and f.as_of != day[0] and _within_what_dates(f, day[1], published):
            f = replace(f, period="point", as_of=day[0], as_of_first=day[1], as_of_last=day[1])
        out.append(f)
    return out


def _dated_wider(f: Figure) -> bool:
    return f.measure in BEFELL_PEOPLE and bool(f.as_of) and f.period in ("point", "window")


def _fronted_day(s: Sentence, published: date) -> tuple[str, date] | None:
    """(words, day) of the day a sentence opens on (وفي 11 حزيران/يونيو، ففي الثالث من مارس): its first words, after
    «in», are that day's."""
    dates = _dates_of(s, published)
    first = dates[0] if dates else None
    if first is None or first.value is None or first.value.first != first.value.last:
        return None
    ins = place_words("in")
    opening = [normalize(w) for w in s.text[:first.start].split()]
    opening = [w[1:] if w[:1] in FRONTING and w[1:] in ins else w for w in opening]  # (وفي، ففي)
    return (first.text, first.value.first) if opening and set(opening) <= ins else None


FRONTING = "وف"  # the conjunctions a sentence opening on a day may carry on its «in» (وفي، ففي)


def _within_what_dates(f: Figure, day: date, published: date) -> bool:
    """The figure's own words name a stretch wider than a day (a month, a feast, a week) that holds ``day``."""
    values = _days_named(cast(str, f.as_of), published)
    return bool(values) and values[0].first < values[0].last and values[0].first <= day <= values[0].last


def _says_a_start(text: str) -> bool:
    key = normalize_sentence(text)
    words = either(figure_words("event_start"), figure_words("event_began"), figure_words("long_begun"))
    return any(w in key for w in words)


def _undated_count(f: Figure, text: str) -> bool:
    """A count of what befell people dated by no words of its own sentence (a day another sentence gave it,
    the lead's or the statement's, is not its own: قتل ثمانية جنود أمس is the day before)."""
    if f.period not in ("none", "point") or f.measure not in BEFELL_PEOPLE:
        return False
    return f.as_of is None or f.as_of not in text[f.sentence_start:f.sentence_end]


def _dated_by_a_start(f: Figure, text: str) -> bool:
    """A count of what befell people whose only date words are the day its event began (فر نحو 700 ألف هربا من
    الحملة العسكرية التي بدأت ضدهم في شهر أغسطس الماضي): that day is the event's start, not the count's."""
    if f.measure not in BEFELL_PEOPLE or f.period == "total" or not f.as_of:
        return False
    sentence = text[f.sentence_start:f.sentence_end]
    k = sentence.find(f.as_of)
    if k < 0:
        return False
    starts = either(figure_words("event_began"), figure_words("long_begun"))
    before = normalize(sentence[max(0, k - START_REACH):k]).split()[-START_WORDS:]
    return any(w in starts or unglued(w) in starts for w in before)


START_WORDS = 3  # words between a verb of starting and the day it gives (التي بدأت ضدهم في شهر أغسطس)


def _of_the_event_begun(text: str, f: Figure, at: int, end: int) -> bool:
    """The count tells of the event begun at ``at`` (its words to ``end``): the event stands after it in
    its clause (قتل 100 ... في عملية انطلقت), pointed to by nothing else (ليرتفع بذلك عدد قتلى مسيرة
    العودة التي انطلقت); or the count comes after, in it (التي بدأت أواخر ديسمبر وقتل فيها 25)."""
    if f.end <= at:
        between = text[f.end:at]
        written = [normalize(w) for w in between.split()]
        words = {unglued(w, "conjunction") for w in written} | set(written)
        return not any(ch in between for ch in CLAUSE_BREAKS) and words.isdisjoint(figure_words("start_points_back"))
    if f.start >= end:
        after = normalize(text[end:f.start]).split()
        if after and after[0] in figure_words("start_caused"):
            return True  # وأسفرت الحرب التي اندلعت في كانون الأول 2013 عن مصرع عشرات آلاف: what the event caused
        return any(w in figure_words("start_in_it") or unglued(w, "conjunction") in figure_words("start_in_it")
                   for w in after)  # (فيها as written: its ف is no conjunction)
    return False


def _start_said_in(s: Sentence, published: date) -> tuple[str, date, int, int] | None:
    """(the words, the first day, where they start and end in the article) of an event's start the
    sentence states (عملية ... انطلقت، التي بدأت ... then a date), at least two days and at most
    ``START_DAYS`` before ``published`` (a start the day before is the incident's day)."""
    if not may_contain_date(s.text):
        return None
    # (a verb: مع انطلاق الاحتجاجات في 9 مارس is at the start, one day)
    starts = either(figure_words("event_began"), figure_words("long_begun"))
    # (a start older than a year is only an outbreak's: most sentences name none, and their years are not read so)
    outbreak = any(w in s.text for w in figure_words("long_begun"))
    for m in _dates_of(s, published):
        if m.value is None or not STARTED_AGO <= (published - m.value.first).days <= (
            START_DAYS if not outbreak else MAX_BEGUN_DAYS
        ):
            continue
        window = max(0, m.start - START_REACH)
        words = list(re.finditer(r"\S+", s.text[window:m.start]))[-3:]
        verb = next(((w.start(), k) for w in words if (k := _bare_verb(w.group())) in starts), None)
        if verb is not None and _an_event_begun_before(s.text[:window + verb[0]]) and _begun_so_long_ago(
            s.text, window + verb[0], verb[1], (published - m.value.first).days
        ):
            return s.text[window + verb[0]:m.end], m.value.first, s.start + window + verb[0], s.start + m.end
    return None


def _bare_verb(word: str) -> str:
    """A word as the verbs of starting are listed: as written when listed so, else without its clitic."""
    key = normalize(word)
    return key if key in figure_words("event_began") or key in figure_words("long_begun") else unglued(key)


LONG_BEGUN_DAYS = 60  # an outbreak («اندلعت») this long ago starts a toll so far; a nearer one dates its own toll
MAX_BEGUN_DAYS = 366 * 60  # ... and one of a war as long ago as a lifetime


def _begun_so_long_ago(text: str, at: int, verb: str, ago: int) -> bool:
    """An event begun ``ago`` days before the day reported, by its verb at ``at``, whose toll so far runs from then: a
    start (بدأت) within ``START_DAYS``, an outbreak (اندلعت) at least ``LONG_BEGUN_DAYS`` ago, and one older than a
    year only a war's that the sentence does not end (النزاع الذي اندلع عام 1984، الحرب التي اندلعت في كانون
    الأول/ديسمبر 2013؛ not الحرب الأهلية التي اندلعت عام 1975 وانتهت عام 1990)."""
    if verb in figure_words("long_begun") and verb not in figure_words("event_began") and ago < LONG_BEGUN_DAYS:
        return False
    if ago <= START_DAYS:
        return True
    before = {unglued(w, "conjunction") for w in normalize(text[:at]).split()[-BEGUN_REACH:]}
    after = {unglued(w, "conjunction") for w in normalize(text[at:]).split()}
    return not before.isdisjoint(figure_words("war")) and after.isdisjoint(figure_words("war_ended"))


def _an_event_begun_before(before: str) -> bool:
    """A noun of an event that goes on for days stands a few words before the verb of starting (عملية
    واسعة النطاق انطلقت، الاحتجاجات المناوئة للحكومة، التي بدأت)."""
    words = [unglued(w, "conjunction") for w in normalize(before).split()[-BEGUN_REACH:]]
    return not figure_words("begun_event").isdisjoint(words)


BEGUN_REACH = 5  # words between an event's noun and its verb of starting (الاحتجاجات المناوئة للحكومة، التي بدأت)


# what befell people in an event (not a level: those besieged are as of the day reported)
BEFELL_PEOPLE = frozenset({"killed", "wounded", "casualties", "missing", "displaced", "arrested", "rescued"})
STARTED_AGO = 2  # days: an event begun the day before or on the day is one day's incident


def with_start_before(article: Article, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """A running total "since then" (ومذاك، ومنذ ذلك الحين) starts on the last day the sentence before
    it names, when that lies before the day reported (تدخل السعودية ... في آذار/مارس 2015. ومذاك، قُتل
    نحو عشرة آلاف يمني: from March 2015): the words point back to it."""
    if article.published is None or not any(f.period == "total" and f.as_of_first is None for f in figures):
        return figures
    published = article.published.date()
    # sentence start -> (the words pointing back, the day before, the known event begun then)
    starts: dict[int, tuple[str, date, str | None]] = {}
    for before, s in zip(sentences, sentences[1:]):
        words = _since_then(s.text)
        if words is not None and (days := [m.value for m in _dates_of(before, published) if m.value]):
            if days[-1].first < published:
                event = _begun_in(days[-1], article, before)  # (its words say no day: the day before does)
                starts[s.start] = (words, event.first if event else days[-1].first, event.name if event else None)
    return [
        replace(f, as_of=starts[f.sentence_start][0], as_of_first=starts[f.sentence_start][1],
                as_of_event=starts[f.sentence_start][2])
        if f.period == "total" and f.as_of_first is None and f.sentence_start in starts else f
        for f in figures
    ]


def _begun_in(day: StatedDays, article: Article, sentence: Sentence) -> KnownEvent | None:
    """The known event begun in ``day``, a month or a year, that the sentence names (تدخل السعودية ...
    في آذار/مارس 2015: the coalition's war, from 26 March)."""
    if day.grain not in COARSE:
        return None
    places = places_named(sentence.text) + list(countries_named(sentence.text)) + places_named(article.title or "")
    return begun_within(day.first, day.last, places, normalize(sentence.text), True)


SINCE_THEN_WORDS = 4  # the words of "since then" at most, after و (ومنذ ذلك الحين)


@cache
def _since_then_words() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(w.split()) for w in figure_words("since_then"))


def _since_then(text: str) -> str | None:
    """The words of "since then" that open ``text`` (after و), as written, if any."""
    written = text.split(maxsplit=SINCE_THEN_WORDS)[:SINCE_THEN_WORDS]  # (only the first words are asked)
    keys = [unglued(normalize(w).strip("،,"), "conjunction") for w in written]
    for words in _since_then_words():
        if tuple(keys[:len(words)]) == words:
            return " ".join(written[:len(words)]).rstrip("،,")
    return None


def with_values_at_the_start(article: Article, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """A figure said to be what held at an event's start (لم تكن تسيطر لدى بدء الهجوم سوى على 30% منها) is
    as of the day the article says the event began, not the day reported: the value the current one
    has changed from."""
    if article.published is None or not _names_a_start(sentences) or not any(
        _at_the_start(article, f) for f in figures
    ):
        return figures
    start = _stated_start(sentences, article.published.date())
    if start is None:
        return figures
    out = []
    for f in figures:
        words = _at_the_start(article, f)
        if words:
            f = replace(f, period="point", as_of=words, as_of_first=start, as_of_last=start)
        out.append(f)
    return out


def _names_a_start(sentences: list[Sentence]) -> bool:
    """A sentence holds a word of an event's start (بدء، بداية، انطلاق، اندلاع): most articles do not, and
    their figures are not read for one."""
    starts = figure_words("event_start")
    # (each sentence normalised once, not once for each word asked of it)
    return any(any(w in key for w in starts) for key in map(normalize_sentence, (s.text for s in sentences)))


AT_START_REACH = 8  # words before a number "at the start of" may stand (لدى بدء الهجوم سوى على 30%)


def _at_the_start(article: Article, f: Figure) -> str | None:
    """The words "at the start of ..." (لدى بدء الهجوم، عند بداية العملية) a few words before the figure
    in its clause, as written, or None."""
    clause = _clause_before(article.text[f.sentence_start:f.start], f.start - f.sentence_start)
    words = clause.split()[-AT_START_REACH:]
    keys = [unglued(normalize(w), "conjunction") for w in words]
    events = either(place_words("incident"), place_words("incidents"), figure_words("war"))
    for k in range(len(keys) - 2):
        if (
            keys[k] in figure_words("at_start") and unglued(keys[k + 1]) in figure_words("event_start")
            and keys[k + 2] in events  # (لدى بدء الهجوم; not عند بدء موسم الأمطار)
        ):
            return " ".join(words[k:k + AT_START_WORDS])
    return None


AT_START_WORDS = 3  # لدى بدء الهجوم: the words shown


@cache
def _came_after() -> re.Pattern[str]:
    """«N days after» and at most two words before the number (figure_words.tsv came_after, came_after_of): the
    event it is set against came that long after it."""
    after = "|".join(map(re.escape, sorted(figure_words("came_after"))))
    of = "|".join(_as_written(w) for w in sorted(figure_words("came_after_of")))  # (علي: على as written)
    return re.compile(rf"(?:^|\s)((?:{after})\s+(?:\S+\s+){{0,2}}?\S+)\s+(?:{of})\s+(?:\S+\s+){{0,2}}$")


def with_days_before(article: Article, figures: list[Figure]) -> list[Figure]:
    """A toll the day's news is said to come some days after (جاء الانفجار بعد ثلاثة أيام من مقتل 14 شخصا
    على الأقل في انفجار سيارة مفخخة) is of that many days before the day reported."""
    if article.published is None:
        return figures
    published = article.published.date()
    out: list[Figure] = []
    for f in figures:
        if f.measure in INCIDENT_MEASURES:
            lo, found = _came_after_at(article.text, f)
            days = window_days(found.group(1)) if found else None
            own = found is not None and _dated_in_its_sentence(article, f)
            # a day the toll's own sentence names before «N days after» is the day the news came (ضرب زلزال جديد،
            # الخميس، ... بعد 4 أيام من زلزال ... أوقع 259 قتيلا: Sunday's quake), counted back from
            since = _day_before_came_after(article, f, lo + found.start(1), published) if found and own else None
            if since is not None and not _a_happening_of_one_day(article, f):
                since = None  # (بعد شهر من التظاهرات ... أوقعت 63 قتيلا: a month's toll, not one day's)
            if found and days and (not own or since is not None):
                day = (since or published) - timedelta(days=days)
                f = replace(f, period="point", as_of=found.group(1), as_of_first=day, as_of_last=day)
            elif out and _wounded_with(article.text, out[-1], f):
                # (بعد ثلاثة أيام من مقتل 14 شخصا على الأقل وإصابة 10 آخرين: the wounded of the same toll)
                f = replace(f, period=out[-1].period, as_of=out[-1].as_of, as_of_first=out[-1].as_of_first,
                            as_of_last=out[-1].as_of_last)
        out.append(f)
    return out


def _a_happening_of_one_day(article: Article, f: Figure) -> bool:
    """What the figure's sentence says caused it does not last (a quake, a crash; not protests or raids)."""
    cause = cause_of(article.text[f.sentence_start:f.sentence_end], f.start - f.sentence_start)
    return cause is not None and not lasting(cause)


def _came_after_at(text: str, f: Figure) -> tuple[int, re.Match[str] | None]:
    """«N days after» before the figure in its sentence, and where the text it was found in starts."""
    before = text[f.sentence_start:f.start]
    if not any(w in before for w in figure_words("came_after")):
        return f.sentence_start, None  # (most figures: no «after» before them)
    lo = max(f.sentence_start, f.start - CAME_AFTER_CHARS)
    found = _came_after().search(text[lo:f.start])
    return (lo, found) if found is not None else (f.sentence_start, _came_after_what_caused(before))


def _day_before_came_after(article: Article, f: Figure, at: int, published: date) -> date | None:
    """The one day the figure's own date words name, when they stand in its sentence before ``at``."""
    sentence = article.text[f.sentence_start:f.sentence_end]
    k = sentence.find(cast(str, f.as_of))
    if k < 0 or f.sentence_start + k + len(cast(str, f.as_of)) > at:
        return None
    return _single_day(f, published)


def _wounded_with(text: str, toll: Figure, f: Figure) -> bool:
    """``f`` counts the wounded said right after the toll ``toll`` that «N days after» dated, in its clause."""
    if toll.sentence_start != f.sentence_start or f.measure != "wounded" or toll.as_of is None:
        return False
    if not _came_after().search(text[max(toll.sentence_start, toll.start - CAME_AFTER_CHARS):toll.start]):
        return False
    gap = text[toll.end:f.start]
    return len(gap) <= WOUNDED_GAP_CHARS and not any(ch in gap for ch in CLAUSE_BREAKS)


WOUNDED_GAP_CHARS = 40  # «شخصا على الأقل وإصابة»: between a toll and its wounded in one breath


CAME_AFTER_CHARS = 60  # how far before the number «بعد ثلاثة أيام من مقتل» may begin


def _came_after_what_caused(before: str) -> re.Match[str] | None:
    """«N days after» an event its sentence then says caused the toll (ووقع الهجوم بعد شهر من واقعة دهس
    لحشد في تورونتو ...، ما أسفر عن سقوط 10 قتلى و15 مصابا): the toll is that event's, so long before."""
    if not any(w in before for w in figure_words("came_after")):
        return None  # (most sentences say no «after»: the pattern is not run over them)
    found = _came_after_event().search(before)
    return found if found is not None and not may_contain_date(before[found.end():]) else None


def _as_written(word: str) -> str:
    """A pattern of a normalised word that matches it as news writes it (اسفر: أسفر، اودي: أودى)."""
    return "".join({"ا": "[اأإآ]", "ي": "[يى]", "ه": "[هة]"}.get(ch, re.escape(ch)) for ch in word)


@cache
def _came_after_event() -> re.Pattern[str]:
    after = "|".join(map(re.escape, sorted(figure_words("came_after"))))
    of = "|".join(_as_written(w) for w in sorted(figure_words("came_after_of")))  # (علي: على as written)
    # (the word list is normalised, اسفر: each letter normalising stands for the ways it is written, أسفر)
    caused = "|".join(_as_written(w) for w in sorted(figure_words("war_toll") | figure_words("came_after_caused")))
    # «بعد شهر» من an event's words, up to a comma, then (ما) and the verb of causing
    # (a و glued to «after»: وبعد أسبوع من زلزال أول أوقع; a decimal comma is no clause's: بقوة 6,9 درجات)
    return re.compile(
        rf"(?:^|\s)[وف]?((?:{after})\s+(?:\S+\s+){{0,2}}?\S+)\s+(?:{of})\s+(?:[^،,.]|(?<=\d)[,.](?=\d))*?[،,]?\s*"
        rf"(?:ما\s+)?(?<!\S)[وف]?(?:{caused})\s"  # (the verb a word of its own: not قتل in مقتل، ادت in أفادت)
    )


def _of_a_war(f: Figure, article: Article) -> bool:
    """A toll of a war, by what caused it or by its own "since" (منذ بدء الانتفاضة ضد الرئيس السوري:
    not the Ghouta offensive that the article says began on 18 February)."""
    return _war_toll(f, article) or (f.as_of is not None and _names_war(f.as_of))


def with_attack_tolls(article: Article, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """A running total whose sentence names a known attack of the last days (ارتفعت حصيلة ضحايا
    قصف النظام بالغازات السامة على دوما إلى 150: the Douma attack of 7 April) counts that
    attack's victims from its day, not the campaign the article says began weeks before."""
    if article.published is None or not any(f.period == "total" for f in figures):
        return figures
    published = article.published.date()
    out = []
    for f in figures:
        if f.measure != "other" and _start_unstated(f, published):
            sentence = article.text[f.sentence_start:f.sentence_end]
            event = attack_named(published, _places_of(f, article, sentences), normalize(sentence))
            if event is not None:
                f = replace(f, as_of_first=event.first, as_of_event=event.name)
        out.append(f)
    return out


def with_known_starts(article: Article, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """A running total the article gives no start for starts on the first day of the known
    campaign or disaster going on in its place (منذ بدء العملية in Afrin: Olive Branch, 20
    January 2018; ارتفعت حصيلة ضحايا الفيضانات: the rains of 5 July); one over a war (أسفر
    النزاع السوري عن، خلال الصراع) on the war's (news/data/known_events.tsv)."""
    if article.published is None:
        return figures
    published = article.published.date()
    lead = next((s.text for s in sentences if s.kind == "body"), "")
    out: list[Figure] = []
    # the tolls a known event started, by what a part of one copies from it (its measure and
    # words), for their parts
    wholes: dict[tuple[str, str | None], Figure] = {}
    restarted: dict[date, Figure] = {}  # an about start taken for a campaign's first day: the figure that took it
    for f in figures:
        whole = wholes.get((f.measure, f.as_of)) if f.subset else None
        if whole is not None and f.as_of_first is None:
            f = replace(f, period=whole.period, as_of_first=whole.as_of_first, as_of_event=whole.as_of_event)
        elif f.measure != "other" and f.as_of_first is None and (
            _start_unstated(f, published) or (f.measure != "aid" and (
                _over_the_war(f, article) or _war_toll(f, article) or _in_the_fighting(f, article)
                or _war_sized_fighting(f, figures, article)
            ))  # (those a war left in need of aid are counted on the day reported: أسفر النزاع عن 22 مليون يحتاجون)
        ):
            sentence = article.text[f.sentence_start:f.sentence_end]
            # a toll raised (ارتفعت حصيلة القتلى إلى 28) may be of one day's raids: only a
            # disaster's, or one said to run since a start or so far, is the campaign's
            # (a war-sized toll since a start the article does not date is the war's: وقتل نحو 10 آلاف شخص في اليمن منذ
            # تدخل التحالف, a held-out set of session 34; or the campaign's, when no war is known in its place: مجمل
            # الإصابات منذ انطلاقها, the Great March's 18006 wounded)
            since = _since_or_so_far(sentence)
            war = _names_war(sentence) or _war_sized_fighting(f, figures, article)
            # (منذ itself: a toll of hundreds of thousands «so far» in Ghouta is the campaign's, a review of session 34)
            kinds = (
                WAR if war or (_says_since(sentence) and _war_sized(f))
                else GOING_ON if since or _in_the_fighting(f, article) else DISASTERS
            )
            key = normalize(" ".join((sentence, article.title or "", lead)))
            places = _places_of(f, article, sentences)
            event = started_for(kinds, published, places, key)
            if event is None and kinds is WAR and not war:
                event = started_for(GOING_ON, published, places, key)
            if event is not None and _near_the_about(f, event.first, published):
                last = _its_last(f, published)
                f = replace(f, period="total", as_of_first=event.first, as_of_last=last, as_of_event=event.name)
        elif f.measure != "other" and f.period == "window" and f.as_of_first is None:
            f = _campaign_so_far(f, article, sentences, published)
        elif f.period == "total" and f.as_of_first in restarted:  # (the same start told again: its part)
            taken = restarted[f.as_of_first]
            f = replace(f, as_of_first=taken.as_of_first, as_of_event=taken.as_of_event)
        elif f.measure != "other" and f.period == "total" and f.as_of_first is not None and _may_be_hedged(
            article.text[f.sentence_start:f.sentence_end]
        ):
            started = _about_the_campaigns_start(f, article, sentences, published)
            restarted.update({f.as_of_first: started} if started is not f else {})
            f = started
        if not f.subset and f.as_of_event is not None and f.period == "total":
            wholes[(f.measure, f.as_of)] = f
        out.append(f)
    return out


def _campaign_so_far(f: Figure, article: Article, sentences: list[Sentence], published: date) -> Figure:
    """A window of weeks that reaches back to about the first day of the campaign going on in
    its place (أكثر من 700 قتيل مدني خلال أسبوعين, two weeks into the Ghouta offensive) is that
    campaign so far: a day off per week of it (two days are two days). So is one of years that reaches back to about
    the first day of the war its sentence names (أكثر من عشرة آلاف شخص لقوا مصرعهم على مدى ثلاث سنوات في حرب أهلية
    يشهدها اليمن: the war's, since 26 March 2015; the held-out errors read in session 43)."""
    back = window_back(f.as_of)
    if back is None or back < WEEK:
        return f
    sentence = article.text[f.sentence_start:f.sentence_end]
    key = normalize_sentence(sentence)
    kinds = WAR if back >= YEAR and _names_war(sentence) else CAMPAIGNS
    event = started_for(kinds, published, _places_of(f, article, sentences), key)
    if event is None or abs((published - timedelta(days=back) - event.first).days) > back // WEEK:
        return f
    return replace(f, period="total", as_of_first=event.first, as_of_last=None, as_of_event=event.name)


def _near_the_about(f: Figure, day: date, published: date) -> bool:
    """A start told «about» so long ago (منذ نحو أسبوع) is ``day`` only within a fifth of that stretch of it; any
    other words take any day."""
    if not says_about(f.as_of):
        return True
    about = next(iter(_days_named(f.as_of or "", published)), None)
    return about is None or abs((day - about.first).days) <= max(1, (published - about.first).days // ABOUT_SHARE)


def _its_last(f: Figure, published: date) -> date | None:
    """The last day of a running total given its start: the day reported, when its words tell the start «about» (قبل
    نحو شهر, a day the words would end it on); else as the words say."""
    return published if says_about(f.as_of) else f.as_of_last


def _may_be_hedged(sentence: str) -> bool:
    """The sentence may hold a word of about (a test on its letters, before reading its dates)."""
    return any(w[:HEDGE_LETTERS] in sentence for w in about_words())


HEDGE_LETTERS = 3  # the letters of a word of about no spelling changes (نحو، حوال of حوالي and حوالى، قرا)


def _about_the_campaigns_start(f: Figure, article: Article, sentences: list[Sentence], published: date) -> Figure:
    """A start said to be about so long ago (منذ بدء القصف الجوي الحكومي المكثف، قبل نحو أسبوع, in Ghouta on 24
    February) that falls within a fifth of that stretch of the day the article says its event began, or else of the
    first day of the campaign going on in its place, is that day (18 February; منذ انطلاق الهجوم قبل نحو شهر on 25
    February: Olive Branch's 20 January, which the article states)."""
    assert f.as_of_first is not None
    back = (published - f.as_of_first).days
    sentence = article.text[f.sentence_start:f.sentence_end]
    if back <= 0 or not any(
        says_about(m.text) and m.value is not None and m.value.first == f.as_of_first
        for m in find_dates(sentence, published)
    ):
        return f  # (نحو 500 مدني: the count is about, not its start)
    lead = next((s.text for s in sentences if s.kind == "body"), "")
    key = normalize(" ".join((sentence, article.title or "", lead)))  # (the campaign named in the title or the lead)
    # (years ago, in a sentence naming a war: the war's start, حوصر اليمن منذ أكثر من ثلاث سنوات في حرب أهلية خلفت ما
    # يقارب 10 آلاف قتيل: 26 March 2015)
    kinds = WAR if back >= YEAR and _names_war(sentence) else CAMPAIGNS
    event = started_for(kinds, published, _places_of(f, article, sentences), key)
    starts = [(_stated_start(sentences, published), f.as_of_event)]
    starts += [(event.first, event.name)] if event is not None else []
    reach = max(1, back // ABOUT_SHARE)
    near = next((
        (day, name) for day, name in starts if day is not None and abs((f.as_of_first - day).days) <= reach
    ), None)
    return f if near is None else replace(f, as_of_first=near[0], as_of_event=near[1])


ABOUT_SHARE = 5  # «about» so long ago may be off by a fifth of it (قبل نحو شهر: Olive Branch, five days more)


WEEK = 7
YEAR = 365  # days of a window said in years (على مدى ثلاث سنوات), which may reach back to a war's start
CAMPAIGNS = frozenset({"campaign"})


def _since_or_so_far(sentence: str) -> bool:
    """The sentence says since (منذ) or so far (حتى الآن)."""
    key = normalize_sentence(sentence)
    return _says_since(sentence) or any(w in key for w in figure_words("so_far"))


WAR = frozenset({"war"})
GOING_ON = frozenset({"campaign", "protest", "disaster"})
DISASTERS = frozenset({"disaster"})


def _over_the_war(f: Figure, article: Article) -> bool:
    """A count over a stretch of no stated length in a sentence about a war (خلال الصراع
    متعدد الأطراف، الذي أدى لمقتل مئات الآلاف): the war so far."""
    return (
        f.period == "window" and f.as_of is None and f.as_of_first is None
        and _names_war(article.text[f.sentence_start:f.sentence_end])
    )


def _war_toll(f: Figure, article: Article) -> bool:
    """A count its sentence gives no day, of what a war caused (وخلفت الحرب في اليمن أكثر من 10
    آلاف قتيل، وأسفر تمرد بوكو حرام عن 20 ألف قتيل; وقتل نحو 10 آلاف شخص في الحرب): see ``tells_a_war_toll``;
    or a toll of thousands after a verb of causing anywhere after the war's word (وقد شهدت الحرب الأهلية مذابح ...
    وخلفت عشرات الآلاف من القتلى ونحو أربعة ملايين نازح)."""
    if f.period not in ("none", "total") or f.as_of is not None or f.as_of_first is not None:
        return False
    sentence = article.text[f.sentence_start:f.sentence_end]
    return tells_a_war_toll(sentence) or (_least(f) >= WAR_TOLL_LEAST and war_caused(sentence))


def _war_sized_fighting(f: Figure, figures: list[Figure], article: Article) -> bool:
    """A count in a sentence of fighting (not of protests: أصيب في هذه المسيرات أكثر من 12 ألف فلسطيني is the Great
    March's) whose killed or hurt are war-sized (وقتل عشرة آلاف شخص على الأقل في القتال في اليمن وشرد الملايين): the
    war's toll so far, not the offensive of the last weeks in its place."""
    if f.period != "none" or f.subset:
        return False  # (a toll so far or a part of one is dated by its own words: حتى الآن in a campaign's sentence)
    sentence = article.text[f.sentence_start:f.sentence_end]
    return bool(_words_of(sentence) & figure_words("combat")) and any(
        g.sentence_start == f.sentence_start and _war_sized(g) for g in figures
    )


WAR_SIZED = 5000  # killed or hurt in a sentence that a campaign of weeks has seldom reached (Ghouta's: 1,700)


def _war_sized(f: Figure) -> bool:
    return f.measure in ("killed", "wounded") and _least(f) >= WAR_SIZED


def _least(f: Figure) -> float:
    """The figure's value, or the least a range or a vague count allows (عشرات الآلاف: 10,000; الآلاف: 1,000)."""
    return f.value if f.value is not None else f.low or 0


def _in_the_fighting(f: Figure, article: Article) -> bool:
    """A count of one day or none, of those killed "in the fighting" (قتلوا في المعارك في عفرين):
    the campaign's toll so far, when one is going on in its place."""
    if f.period != "none" or f.subset:
        return False
    return bool(_words_of(article.text[f.sentence_start:f.sentence_end]) & figure_words("fighting"))


def _names_war(text: str) -> bool:
    """A war word stands in the text, not as part of a title (أركان حرب اللواء التاسع: a chief of staff speaking
    of a nine-hour battle, whose toll had been dated from the start of Yemen's war: a random draw of session 26)."""
    if _words_of(text).isdisjoint(figure_words("war")):
        return False
    key = normalize(text)
    titles = [t for t in figure_words("war_in_title") if t in key]
    for title in titles:
        key = key.replace(title, " ")
    return not titles or not _words_of(key).isdisjoint(figure_words("war"))


@lru_cache(maxsize=1024)
def _words_of(text: str) -> frozenset[str]:
    """A sentence's normalised words, as written and without a clitic و or particle (an article's
    figures ask of their few sentences again and again), without the mark closing a clause or a sentence (في الحرب.)."""
    words = _marks_off(normalize(text).split())
    return frozenset(words) | {unglued(w, "conjunction") for w in words} | {unglued(w) for w in words}


def _marks_off(words: list[str]) -> list[str]:
    """The words without the marks glued to them (الزلزال، في الحرب.): a word of the tables closing its clause."""
    return [w.strip(PHRASE_BREAKS) for w in words]


def _places_of(f: Figure, article: Article, sentences: list[Sentence]) -> list[str]:
    """The figure's place, then those its sentence (with the countries of its adjectives: النزاع
    السوري), the title and the lead name; its sentence's known places in any role too (بلدة غضم جنوب شرق
    درعا: a town the gazetteer lacks, in the province a campaign is going on in)."""
    lead = next((s.text for s in sentences if s.kind == "body"), "")
    sentence = article.text[f.sentence_start:f.sentence_end]
    named = places_named(sentence) + list(countries_named(sentence))
    if f.place and not known(f.place):
        named += list(any_places_named(sentence))  # (a name the gazetteer lacks: asked only then, it reads every word)
    return ([f.place] if f.place else []) + named + places_named(article.title or "") + places_named(lead)


def with_known_days(article: Article, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """A figure its words date by a week, a month or a year only, in a sentence that names a known
    event begun then (news/data/known_events.tsv), is that event's: the sarin attack on
    Eastern Ghouta (أغسطس/آب 2013) is 21 August 2013; a toll since (منذ 2011) the Syrian war
    began runs from 15 March 2011."""
    if article.published is None or not any(f.as_of for f in figures):
        return figures
    published = article.published.date()
    out = []
    for f in figures:
        if f.measure == "other" or f.as_of_event is not None or not f.as_of:
            out.append(f)  # (asked first: the words' days are read only of a count of people)
            continue
        since = _says_since(f.as_of)
        values = _days_named(_start_words(f.as_of) if since else f.as_of, published)
        # (a start told to the day is the event's when it began that day: منذ بدء الاحتجاجات ... في 30 آذار/مارس)
        if values and (values[0].grain in COARSE or (since and values[0].grain == "day")):
            sentence = article.text[f.sentence_start:f.sentence_end]
            event = begun_within(
                values[0].first, values[0].last, _places_of(f, article, sentences), normalize(sentence), since
            )
            if event is not None and not _another_of_its_kind(sentence):
                f = _dated_by(f, event, since=since or _the_year_of_its_name(f, event))
        out.append(f)
    return out


COARSE = ("week", "month", "year")  # the grains a known event's day may refine


def _another_of_its_kind(sentence: str) -> bool:
    """A disaster the sentence calls «another» (زلزالا آخرا ضرب لومبوك الأسبوع الماضي وأسفر عن مقتل 16 شخصا: a
    multi-outlet story read in session 39 had it on the day of the known quake of 5 August); not «other groups»."""
    words = normalize(sentence).split()
    another, disasters = figure_words("another_one"), figure_words("disaster")
    return any(
        w in another and any(words[k - 1].startswith(d) for d in disasters) for k, w in enumerate(words) if k
    )


def _the_year_of_its_name(f: Figure, event: KnownEvent) -> bool:
    """The figure's only date is the year a lasting event's name holds (القضاء على 71 إرهابيا ضمن العملية الشاملة "سيناء
    2018"): no date of the count, which is the campaign's so far (a multi-outlet story read in session 37 had the army's
    running toll dated to the operation's first day)."""
    year = normalize(f.as_of or "").strip()
    return event.kind in LASTING and year.isdecimal() and any(
        year in phrase.split() for words in event.words for phrase in words
    )


LASTING = frozenset({"campaign", "war"})  # the known events a count dated by their name's year only runs over, so far


def _dated_by(f: Figure, event: KnownEvent, since: bool) -> Figure:
    """The figure as of the event's first day, or since it to the day reported (a toll so far: فر 700 ألف هربا من
    الحملة التي بدأت في أغسطس)."""
    if since or (f.period == "total" and opens_with_a_start(f.as_of)):
        return replace(f, period="total", as_of_first=event.first, as_of_last=None, as_of_event=event.name)
    return replace(f, as_of_first=event.first, as_of_last=event.first, as_of_event=event.name)


def _says_since(words: str | None) -> bool:
    return any(unglued(w, "conjunction") in figure_words("since") for w in normalize(words or "").split())


def _start_words(words: str) -> str:
    """The words after منذ: the month or year a running total starts in (منذ 2011: 2011)."""
    kept = normalize(words).split()
    since = [i for i, w in enumerate(kept) if unglued(w, "conjunction") in figure_words("since")]
    return " ".join(kept[since[0] + 1:]) if since else words


def _since_a_known_start(f: Figure, article: Article, sentences: list[Sentence], published: date) -> bool:
    """A toll so far said to run since a start (منذ بدء الاحتجاجات على الحدود) of a campaign or protest going on
    in its place: it runs from that event's first day (with_known_starts: the Great March of Return's 30
    March), not from the day of the article's first count (a held-out set's Sunday before a Monday report)."""
    # (its own words say since: not a sentence comparing a day's toll with one «the highest since three years»)
    if not _says_since(f.as_of):
        return False
    sentence = article.text[f.sentence_start:f.sentence_end]
    lead = next((s.text for s in sentences if s.kind == "body"), "")
    key = normalize(" ".join((sentence, article.title or "", lead)))
    # (not a disaster's: a rescue's count so far runs from the rescue's first day, not the day the boys were trapped)
    return started_for(WHOLE_COUNTED - WAR, published, _places_of(f, article, sentences), key) is not None


def _from_first_count(total: Figure, figures: list[Figure], published: date) -> Figure:
    """A toll so far the article gives no start for runs from the earliest day, before the day
    reported, it gives a count of the same thing (أخرج رجال الإنقاذ 4 صبية الأحد ... ليصل عدد
    الذين تم إنقاذهم حتى الآن 8: the rescue so far, since Sunday)."""
    days = [
        v.first for f in figures if f.measure == total.measure and f.period != "total" and f.as_of
        for v in _days_named(f.as_of, published)[:1]
        if v.first == v.last and 0 < (published - v.first).days <= LEAD_DAYS
    ]
    return replace(total, as_of_first=min(days)) if days else total


def with_window_ends(article: Article, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """A window ends on the day its sentence states, when it states one (وانتهت أمس عملية إجلاء
    ... بخروج أكثر من 40 ألف شخص خلال ثمانية أيام: the eight days up to yesterday), else on the
    day reported; the first units of an event count forward from the day it began (خلال
    الأسبوعين الأولين من هجوم النظام الذي بدأ في 18 فبراير)."""
    if article.published is None or not any(f.period == "window" and f.as_of for f in figures):
        return figures
    published = article.published.date()
    by_start = {s.start: s for s in sentences}
    out = []
    for f in figures:
        s = by_start.get(f.sentence_start)
        if f.period == "window" and f.as_of and s is not None and window_back(f.as_of) is not None:
            f = _window_dated(f, s, published)
        out.append(f)
    return out


def _window_dated(f: Figure, s: Sentence, published: date) -> Figure:
    """The window with its days preset from its sentence, when the sentence gives them."""
    if any(w in figure_words("first") for w in normalize(f.as_of or "").split()):
        start = _stated_start([s], published)
        days = window_days(f.as_of)
        if start is None or days is None:
            return f
        return replace(f, as_of_first=start, as_of_last=min(published, start + timedelta(days=days - 1)))
    own = normalize(f.as_of or "")
    ends = {
        m.value.first for m in _dates_of(s, published)
        if m.value is not None and m.value.grain == "day" and m.value.first <= published
        and normalize(m.text) not in own
    }
    return replace(f, as_of_last=ends.pop()) if len(ends) == 1 else f


def _start_of_days_in_a_row(sentences: list[Sentence], published: date) -> date | None:
    """The first day of an event the article says has gone on for N days in a row up to the day
    reported (لليوم السادس على التوالي: the day reported is the sixth), at most ``START_DAYS``."""
    in_a_row = figure_words("in_a_row")
    for s in sentences:
        if s.kind != "body":
            continue
        key = normalize_sentence(s.text)
        if not any(w in key for w in in_a_row):
            continue
        tokens, numbers = scan(s.text)
        for m in numbers:
            k = index_at([t.end for t in tokens], m.start)
            before = unglued(tokens[k - 1].key, "conjunction") if k > 0 else ""
            after = " ".join(t.key for t in tokens[k + 1:k + 3])
            if m.value and before in figure_words("day_of_row") and after in in_a_row and m.value <= START_DAYS:
                return published - timedelta(days=int(m.value) - 1)
    return None


def _start_unstated(f: Figure, published: date) -> bool:
    """A running total whose words give no day but, at most, the day it was reported (أحدث
    حصيلة للقتلى في مؤتمر صحفي الأربعاء: the speaker's day, not the toll's start), and that no
    earlier pass gave a start."""
    if f.period != "total" or f.as_of_first is not None:
        return False
    if f.as_of is None or not may_contain_date(f.as_of) or says_about(f.as_of):
        return True  # (منذ انطلاق الهجوم قبل نحو شهر: a start told only about, which a day stated may set)
    return all(
        v.first == v.last and 0 <= (published - v.first).days <= STATED_LAG for v in _days_named(f.as_of, published)
    )


STATED_LAG = 1  # a toll's statement may be of the day before publication (الأربعاء, published Thursday)


@lru_cache(maxsize=4096)
def _days_named(words: str, published: date) -> tuple[DateValue, ...]:
    """The dates some words name, read against the publication day (an article's figures share
    a few such words, and each pass asks again: remembered)."""
    return tuple(m.value for m in find_dates(words, published) if m.value is not None)


def _stated_start(sentences: list[Sentence], published: date) -> date | None:
    """The first single day, up to ``START_DAYS`` before publication, stated right after a
    word of an event's start (بدء، بداية، بدأ، انطلاق، اندلع، شنت) in the article."""
    starts = either(figure_words("event_start"), figure_words("event_began"), figure_words("event_launched"))
    about = None  # (منذ انطلاق الهجوم قبل نحو شهر: a start told «about», when the article states none to the day)
    for s in sentences:
        if s.kind != "body" or not may_contain_date(s.text):
            continue
        key = normalize_sentence(s.text)
        if not any(w in key for w in starts):
            continue
        for m in _dates_of(s, published):
            v = m.value
            before = key[max(0, m.start - 40):m.start]
            # (a day, or how long ago it began: وبدأت منذ أسبوعين عمليات قصف عنيفة)
            if v is None or not (v.grain == "day" or (v.grain == "interval" and v.last == published)):
                continue
            # (whole words: شن is inside واشنطن)
            if 0 < (published - v.first).days <= START_DAYS and any(
                unglued(w, "conjunction") in starts or w in starts for w in before.split()
            ):
                if not says_about(m.text):
                    return v.first
                about = about or v.first
    return about


def _lead_match(lead: Sentence, published: date) -> StatedDate | None:
    """The first single day the lead states within ``LEAD_DAYS`` before publication, not one after "the
    morrow of" (مقتل أربعة انتحاريين في هجوم على مقر الشرطة، بعد يوم من سلسلة تفجيرات ... خلال قداس الأحد: the
    bombings' Sunday, not the day of the attack the lead tells)."""
    return next(
        (m for m in _dates_of(lead, published) if _a_recent_day(m, published) and not _after_the_morrow(lead, m)),
        None,
    )


def _after_the_morrow(sentence: Sentence, m: StatedDate) -> bool:
    """A day «the morrow of» stands before in its sentence is the earlier event's (هجوم على مقر الشرطة، بعد يوم من
    تفجيرات ... الأحد); not when the phrase opens the sentence and its clause closed before the day (بعد يوم من تفجيرات
    الكنائس، هاجم انتحاريون الاثنين: the review of session 28)."""
    before = sentence.text[:m.start]
    said = f" {normalize(before)} "
    found = [said.find(f" {w} ") for w in figure_words("morrow") if f" {w} " in said]
    if not found:
        return False
    opening = len(said[:min(found)].split()) <= MORROW_OPENING
    return not (opening and any(ch in CLAUSE_BREAKS for ch in before))


MORROW_OPENING = 1  # words before «the morrow of» when it opens its sentence (وبعد يوم من)

def _a_recent_day(m: StatedDate, published: date) -> bool:
    """A single day within ``LEAD_DAYS`` before publication, not a "now" that is a manner of
    speaking (تجري حاليا: it dates no other sentence's figures)."""
    v = m.value
    return (
        v is not None and v.grain == "day" and 0 <= (published - v.first).days <= LEAD_DAYS
        and normalize(m.text) not in figure_words("manner_now")
    )


def _latest_day(sentences: list[Sentence], published: date) -> StatedDate | None:
    """The latest single day the article states within ``LEAD_DAYS`` before publication: the
    day of its news when its lead names none (a report published the next morning whose
    lead says only "قتل حوالي سبعين شخصا" tells further down what happened on Saturday)."""
    best: tuple[date, StatedDate] | None = None
    for s in sentences:
        if s.kind != "body":
            continue
        for m in _dates_of(s, published):
            if _a_recent_day(m, published) and m.value is not None and (best is None or m.value.first > best[0]) and (
                not _after_the_morrow(s, m) and not recalls_another_incident(s.text)
            ):  # (وكان الجسر الذي يزن 861 طنا قد أقيم السبت: the bridge was put up then; it fell on Thursday)
                best = (m.value.first, m)
    return best[1] if best is not None else None


def _dates_of(s: Sentence, published: date) -> Sequence[StatedDate]:
    """The dates a sentence states, as read at analysis against the publication day (else read
    now: a sentence analysed without them)."""
    if s.dates is not None:
        return s.dates
    return find_dates(s.text, published) if may_contain_date(s.text) else ()


BACKGROUND_DAYS = 366  # a figure its own words date further back (or ahead) than this is history (or a goal)


def without_background(article: Article, figures: list[Figure]) -> list[Figure]:
    """The figures without the history that counts nothing the story tracks: a past election's
    turnout (سجلت انتخابات العام 2005 مشاركة بنسبة 79%) or a past final's goals are context, not
    figures, and so is a goal set years ahead (زيادة الإنفاق من 2.9 إلى 6 في المئة بحلول عام
    2030): a plan's target, not a quantity the story reports. A past toll (the 1,400 killed in
    Ghouta in 2013) is kept: it has a measure."""
    if article.published is None:
        return figures
    published = article.published.date()
    # (people counted in the past are kept: the defendants a past ruling sentenced in the case the story follows;
    # people a plan counts years ahead are not, ستتمكن من إرسال 30 سائحا إلى الفضاء بحلول عام 2052)
    return [
        f for f in figures if f.measure != "other" or not _dated_far(f.as_of, published)
        or (counts_people(f.subject) and _days_named(f.as_of or "", published)[0].last < published)
    ]


def is_history(article: Article, f: Figure) -> bool:
    """Its words date the figure more than ``BACKGROUND_DAYS`` before publication (في عام 1948)."""
    if article.published is None or not _dated_far(f.as_of, article.published.date()):
        return False
    return _days_named(f.as_of or "", article.published.date())[0].last < article.published.date()


def is_earlier(article: Article, f: Figure) -> bool:
    """Its words date the figure to an event ended more than ``EARLIER_DAYS`` before publication (في 5 أغسطس, in a
    piece of 29 September): an earlier event the story recalls, not its own."""
    if article.published is None or not f.as_of:
        return False
    found = _days_named(f.as_of, article.published.date())
    return bool(found) and (article.published.date() - found[0].last).days > EARLIER_DAYS


EARLIER_DAYS = 7  # (a week: an earlier incident of the same campaign or season, not today's or yesterday's)


@lru_cache(maxsize=1024)
def _dated_far(words: str | None, published: date) -> bool:
    """The words date the figure more than ``BACKGROUND_DAYS`` before or after publication; a
    year alone does (نهائي مونديال 1958، الذي شهد 7 أهداف), though it is no date finer than a year."""
    if not words or not (may_contain_date(words) or _YEAR.search(words)) or opens_with_since(words):
        return False  # (منذ الانقلاب في 2014: since then, up to now)
    found = _days_named(words, published)
    if not found:
        return False
    return max((published - found[0].last).days, (found[0].first - published).days) > BACKGROUND_DAYS


_YEAR = re.compile(r"\d{4}")  # a year written alone, which the date reader's pre-check passes over
