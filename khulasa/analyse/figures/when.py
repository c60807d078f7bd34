"""As of when: the period words nearest a figure (``news/data/periods.tsv``: a window, a running
total, a point), shown only when they say something, the day the lead states for a count with no
date of its own, and the stated start of a running total."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from math import ceil

from khulasa.analyse.figures.words import figure_words, index_at
from khulasa.arabic.clitics import bare as unglued
from khulasa.arabic.dates import find as find_dates
from khulasa.arabic.dates import may_contain as may_contain_date
from khulasa.arabic.normalize import normalize
from khulasa.arabic.numbers import NumberMatch, scan
from khulasa.arabic.tokenize import Token
from khulasa.model import Article, Figure, Sentence, StatedDate
from khulasa.news.attribution import going_on
from khulasa.news.resources import read_lines, read_table


@lru_cache(maxsize=1)
def _periods() -> list[tuple[tuple[str, ...], str]]:
    rows = []
    for line in read_lines("periods.tsv"):
        kind, phrase = line.split("\t")[:2]
        if kind != "more":
            rows.append((tuple(normalize(w) for w in phrase.split()), kind))
    return sorted(rows, key=lambda r: -len(r[0]))


@lru_cache(maxsize=1)
def _period_words() -> frozenset[str]:
    """Words that carry a period phrase on (الماضي، الشهر، شباط...)."""
    words: set[str] = set()
    for line in read_lines("periods.tsv"):
        _kind, phrase = line.split("\t")[:2]
        words.update(normalize(w) for w in phrase.split())
    return frozenset(words)


@lru_cache(maxsize=1)
def _period_index() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, kind in _periods():
        index.setdefault(words[0], []).append((words, kind))
    return index


def period_cues(tokens: list[Token]) -> list[tuple[int, int, str]]:
    """(index, length, kind) of every period cue of a sentence."""
    index = _period_index()
    cues = []
    for i, t in enumerate(tokens):
        for key in {t.key, unglued(t.key)}:
            for words, kind in index.get(key, ()):
                n = len(words)
                if tuple([key] + [u.key for u in tokens[i + 1:i + n]]) == words:
                    cues.append((i, n, kind))
                    break
    return sorted(cues + _counted_windows(tokens))


def _counted_windows(tokens: list[Token]) -> list[tuple[int, int, str]]:
    """A preposition before a counted stretch of time is a window too: في خمسة أيام، في يومين
    (in data: figure_words.tsv, window_in); not في عام 2004, a year."""
    out = []
    for i in range(len(tokens) - 1):
        if unglued(tokens[i].key) in figure_words("window_in") and _unit_within(tokens, i):
            phrase = " ".join(t.text for t in tokens[i:i + 4])
            if window_back(phrase) is not None:
                out.append((i, 1, "window"))
    return out


def period(
    tokens: list[Token], cues: list[tuple[int, int, str]], positions: list[int], lo: int, hi: int, text: str,
    dates: Sequence[tuple[int, str]] = (), said: Sequence[int] = (), total_from: int | None = None,
) -> tuple[str, str | None]:
    """(kind, the words that say it) of the period cue nearest the number; on a tie the narrower
    period wins (a toll "in the past 24 hours" is not a running total). A date the sentence states
    (``dates``: token index and words) dates the figure when it is nearer than any cue (في عام
    2004 ... مقتل أكثر من 226 ألف). A toll said to rise or to run since a start stays a running
    total when a day is nearer: that day is the day it was reported (ارتفعت حصيلة ... إلى 199،
    وفق ما أعلن متحدث الخميس), as does one named so anywhere before it in its sentence (أحدث
    حصيلة للقتلى في مؤتمر صحفي الأربعاء، وهو 39): ``total_from``, the first such cue
    (``first_total``)."""
    best = None
    near = _as_seen_from(_cues_near(cues, positions, lo, hi), lo)
    for i, n, kind in near:
        rank = (_distance(i, lo, hi), {"window": 0, "total": 1, "point": 2}[kind])
        if best is None or rank < best[0]:
            best = (rank, kind, i, n)
    date = min(((_distance(i, lo, hi), words) for i, words in _not_the_speakers(dates, said, lo)), default=None)
    total = total_from is not None and total_from < lo
    if date is not None and (best is None or best[1] == "point" or date[0] <= best[0][0]):
        return ("total" if total else "point"), date[1]
    if best is None:
        return "none", None
    _, kind, i, n = best
    phrase = _period_phrase(text, tokens, i, n, lo, hi)
    if not _says_when(phrase):
        kind, phrase = _covering(text, tokens, cues, positions, i, lo, hi) or (kind, phrase)
    if not _says_when(phrase) and kind == "window" and date is not None and _distance(i, lo, hi) <= 1:
        # 54 في المئة خلال الانتخابات الأخيرة التي أجريت قبل 9 أعوام: the number's own "during"
        # names an event, which the date of the sentence dates
        return ("total" if total else "point"), date[1]
    if kind == "point" and total:
        kind = "total"
    return kind, phrase if _says_when(phrase) else None


def _covering(
    text: str, tokens: list[Token], cues: list[tuple[int, int, str]], positions: list[int], i: int, lo: int, hi: int,
) -> tuple[str, str] | None:
    """(kind, words) of the phrase of the cue just before the cue at token i, when that phrase
    runs over it: the nearest cue of a number may be the tail of a longer phrase (الماضية in خلال
    الساعات الأربع والعشرين الماضية، ... فيما قتل 96 مسلحا)."""
    k = bisect_left(positions, i)
    if k == 0:
        return None
    j, n, kind = cues[k - 1]
    phrase = _period_phrase(text, tokens, j, n, lo, hi)
    if kind == "raise" or tokens[j].start + len(phrase) < tokens[i].end or not _says_when(phrase):
        return None
    return kind, phrase


def first_total(cues: list[tuple[int, int, str]]) -> int | None:
    """Where the first cue of a running total (or of a toll raised: ليرتفع بذلك عدد) stands in
    its sentence, found once per sentence."""
    return next((i for i, _n, kind in cues if kind in ("total", "raise")), None)


def level_period(kind: str, words: str | None) -> tuple[str, str | None]:
    """The period of a level (the number besieged, a population): "since" says how long the state
    has lasted, not when it was counted (يعيش 400 ألف شخص يعانون منذ 2013 من حصار: 400,000 on
    the day reported), so a level is never a running total."""
    first = normalize(words or "").split()[:1]
    if kind == "total" or (first and unglued(first[0]) in figure_words("since")):
        return "none", None
    return kind, words


def _as_seen_from(cues: list[tuple[int, int, str]], lo: int) -> list[tuple[int, int, str]]:
    """The cues as they bear on a number at token ``lo``: a clause of consequence (ليرتفع بذلك عدد
    القتلى إلى) makes a running total of the number after it, and says nothing of the count
    before it, which is what raised that total (مقتل 43 فلسطينيا ..., ليرتفع بذلك عدد قتلى المسيرة)."""
    return [(i, n, "total" if kind == "raise" else kind) for i, n, kind in cues if kind != "raise" or i < lo]


def _not_the_speakers(dates: Sequence[tuple[int, str]], said: Sequence[int], lo: int) -> list[tuple[int, str]]:
    """The dates that may date a figure: not those before the word that opens what a speaker
    says (أعلن المرصد، الجمعة، أن 44 شخصا قتلوا خلال الليلة الماضية: Friday is the day of the
    statement, the night before is the figure's), unless no other is left."""
    opened = max((k for k in said if k < lo), default=-1)
    after = [d for d in dates if d[0] > opened]
    return after or list(dates)


def _distance(i: int, lo: int, hi: int) -> int:
    return lo - i if i < lo else max(0, i - hi)


def _says_when(phrase: str) -> bool:
    """The words can be shown as the figure's when: they hold a date, a number (خلال 24 ساعة)
    or a phrase of some length (منذ بداية هجوم النظام). A cue alone and the words that happened
    to follow it (خلال، نتيجتها، أدى الهجوم) say nothing a reader can use."""
    if len(phrase.split()) >= 3 or window_back(phrase) is not None:
        return True
    return bool(may_contain_date(phrase) and find_dates(phrase)) or any(m.value is not None for m in scan(phrase)[1])


def _cues_near(cues: list[tuple[int, int, str]], positions: list[int], lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The cues (in token order; ``positions``: their token indices) that may be nearest
    tokens lo..hi: from those at the last position before lo to those at the first position
    after hi. Any other is further away, and looking at every cue for every number was
    quadratic in a long sentence."""
    a = bisect_left(positions, lo)
    first = bisect_left(positions, positions[a - 1]) if a > 0 else a
    b = bisect_right(positions, hi)
    last = bisect_right(positions, positions[b]) if b < len(positions) else b
    return cues[first:last]


def _period_phrase(text: str, tokens: list[Token], i: int, n: int, lo: int, hi: int) -> str:
    """The period words from token i: the cue, then what carries it on (الماضي، 19 فبراير، وحتى
    الثالث من الشهر الجاري), and after بداية/بدء the event it names (بداية هجوم النظام)."""
    words = _period_words()
    last = i + n - 1
    event = 3 if tokens[last].key in figure_words("event_start") else 0
    j = last + 1
    while j < len(tokens) and j - i < 12:
        if any(ch in text[tokens[j - 1].end:tokens[j].start] for ch in ",،.؛:()\"“”«»"):
            break
        key = tokens[j].key
        if key in words or unglued(key) in words or tokens[j].is_number or (key.startswith("ال") and key[2:] in words):
            last = j
        elif _unit_within(tokens, j):
            last = j  # the count of a window's units: خلال ثمانية أيام، في غضون أقل من 48 ساعة
        elif _is_unit(tokens[j]) or (last == j - 1 and _counts_units(tokens, j)):
            last = j  # the unit itself (خلال أسبوعين), its count after it (الأسابيع الثلاثة، الساعات الأربع والعشرين)
        elif event > 0:
            event -= 1
            last = j
        else:
            break
        j += 1
    # a phrase does not end on a preposition or on the figure itself (السبت إلى 21)
    trailing = figure_words("trailing")
    while last > i + n - 1 and (tokens[last].key in trailing or lo <= last <= hi):
        last -= 1
    return text[tokens[i].start:tokens[last].end]


def _is_unit(t: Token) -> bool:
    units = _time_units()
    return t.key in units or unglued(t.key) in units


def _counts_units(tokens: list[Token], j: int) -> bool:
    """Token j is a number word with the article after a plural unit or after another such word
    (الأسابيع الثلاثة، الساعات الأربع والعشرين): the count of the units."""
    key = unglued(tokens[j].key, "conjunction")
    if j == 0 or not key.startswith("ال") or not (_is_unit(tokens[j - 1]) or _counts_units(tokens, j - 1)):
        return False
    return any(m.value is not None for m in scan(key[2:])[1])


# levels, not flows: a level (the number besieged, a population) is as of the day reported
LEVELS = frozenset({"besieged", "population", "territory_percent"})
LEAD_DAYS = 7  # how far before publication the day a lead states may be the story's day


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


def _goes_on(sentence: str) -> bool:
    """The sentence opens with a speaker going on (وأضاف، وتابعت)."""
    first = normalize(sentence).split()[:1]
    return bool(first) and unglued(first[0], "conjunction") in going_on()


def with_established_day(article: Article, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """A count of one incident whose clause gives no date is for the day the lead states (a
    toll published the next morning is the day of the attack the lead names: قتل ... السبت)."""
    if article.published is None or all(f.as_of or f.period != "none" for f in figures):
        return figures
    lead = next((s for s in sentences if s.kind == "body"), None)
    m = _lead_match(lead, article.published.date()) if lead is not None else None
    m = m or _latest_day(sentences, article.published.date())
    day = m.text if m is not None else None
    if day is None:
        return figures
    return [replace(f, as_of=day) if _undated(f) and f.measure not in LEVELS else f for f in figures]


def _undated(f: Figure) -> bool:
    """No words of its own date the figure, nor a day the article gives its event."""
    return not f.as_of and f.period == "none" and f.as_of_first is None


# what a disaster's toll counts, and grows by for days after it struck
DISASTER_TOLLS = frozenset({"killed", "wounded", "missing", "displaced", "rescued", "casualties"})


def with_disaster_days(article: Article, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """An undated count of a disaster's toll (the dead, hurt, missing, evacuated, rescued) in an
    article whose lead names a disaster that struck on an earlier day is the count so far: it
    runs from the disaster's day to the day reported (floods since Thursday, reported on Sunday:
    ولقي أكثر من 60 شخصا حتفهم). An attack's toll stays the attack's day."""
    if article.published is None or not any(_undated(f) and f.measure in DISASTER_TOLLS for f in figures):
        return figures
    start = _disaster_day(article, sentences, article.published.date())
    if start is None:
        return figures
    return [replace(f, as_of_first=start) if _undated(f) and f.measure in DISASTER_TOLLS else f for f in figures]


def _disaster_day(article: Article, sentences: list[Sentence], published: date) -> date | None:
    """The earliest day before publication (within ``LEAD_DAYS``) a sentence naming a disaster
    states, when the title or the lead names one: the day it struck (الزلزال الذي وقع الأحد،
    ومنذ يوم الخميس سقطت الأمطار)."""
    body = [s for s in sentences if s.kind == "body"]
    if not body or not (_names_disaster(body[0].text) or _names_disaster(article.title or "")):
        return None
    days = [
        m.value.first for s in body if _names_disaster(s.text) for m in _dates_of(s, published)
        if m.value is not None and m.value.grain == "day" and 0 < (published - m.value.first).days <= LEAD_DAYS
    ]
    return min(days, default=None)


def _names_disaster(text: str) -> bool:
    words = figure_words("disaster")
    for word in normalize(text).split():
        for w in {word, unglued(word)}:  # فيضانات is not ف + يضانات
            if w in words or (w.startswith("ال") and w[2:] in words):
                return True
    return False


START_DAYS = 366  # how far back a running total's stated start may lie


def with_stated_start(article: Article, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """A running total whose own words give no day (منذ بدء الهجوم) starts on the day the
    article says the event began (هجوم بدأ في 18 فبراير): the first such day it states; else on
    the first of the days it says the event has gone on in a row (ولليوم السادس على التوالي
    قصفت طائرات حربية: five days before); else on the day its lead gives the event, when that is
    before the day reported (a quake's toll the next day: ارتفعت حصيلة ضحايا الزلزال الذي ضرب
    الجمعة)."""
    if article.published is None:
        return figures
    published = article.published.date()
    if not any(_start_unstated(f, published) for f in figures):
        return figures
    start = _stated_start(sentences, published) or _start_of_days_in_a_row(sentences, published)
    if start is None:
        first = next((s for s in sentences if s.kind == "body"), None)
        lead = _lead_match(first, published) if first is not None else None
        start = lead.value.first if lead is not None and lead.value is not None else None
        start = start if start is not None and start < published else None
    if start is None:
        return figures
    return [replace(f, as_of_first=start) if _start_unstated(f, published) else f for f in figures]


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
        key = normalize(s.text)
        if s.kind != "body" or not any(w in key for w in in_a_row):
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
    حصيلة للقتلى في مؤتمر صحفي الأربعاء: the speaker's day, not the toll's start)."""
    if f.period != "total":
        return False
    if f.as_of is None or not may_contain_date(f.as_of):
        return True
    days = [m.value for m in find_dates(f.as_of, published) if m.value is not None]
    return all(v.first == v.last == published for v in days)


def _stated_start(sentences: list[Sentence], published: date) -> date | None:
    """The first single day, up to ``START_DAYS`` before publication, stated right after a
    word of an event's start (بدء، بداية، بدأ، انطلاق) in the article."""
    starts = figure_words("event_start") | figure_words("event_began")
    for s in sentences:
        if s.kind != "body" or not may_contain_date(s.text) or not any(w in normalize(s.text) for w in starts):
            continue
        key = normalize(s.text)
        for m in _dates_of(s, published):
            v = m.value
            before = key[max(0, m.start - 40):m.start]
            if v is not None and v.grain == "day" and 0 < (published - v.first).days <= START_DAYS and any(
                w in before for w in starts
            ):
                return v.first
    return None


def _lead_match(lead: Sentence, published: date) -> StatedDate | None:
    """The first single day the lead states within ``LEAD_DAYS`` before publication."""
    for m in _dates_of(lead, published):
        v = m.value
        if v is not None and v.grain == "day" and 0 <= (published - v.first).days <= LEAD_DAYS:
            return m
    return None


def _latest_day(sentences: list[Sentence], published: date) -> StatedDate | None:
    """The latest single day the article states within ``LEAD_DAYS`` before publication: the
    day of its news when its lead names none (a report published the next morning whose
    lead says only "قتل حوالي سبعين شخصا" tells further down what happened on Saturday)."""
    best: tuple[date, StatedDate] | None = None
    for s in sentences:
        if s.kind != "body":
            continue
        for m in _dates_of(s, published):
            v = m.value
            if v is not None and v.grain == "day" and 0 <= (published - v.first).days <= LEAD_DAYS and (
                best is None or v.first > best[0]
            ):
                best = (v.first, m)
    return best[1] if best is not None else None


def _dates_of(s: Sentence, published: date) -> Sequence[StatedDate]:
    """The dates a sentence states, as read at analysis against the publication day (else read
    now: a sentence analysed without them)."""
    if s.dates is not None:
        return s.dates
    return find_dates(s.text, published) if may_contain_date(s.text) else ()


# days a window of n units reaches back before the day reported: a window of days counts that
# day (في خمسة أيام: the day and the four before it), the others are lengths of time
_BACK = {"hour": lambda n: ceil(n / 24), "day": lambda n: n - 1, "week": lambda n: 7 * n,
         "month": lambda n: 30 * n, "year": lambda n: 365 * n}
_DAYS = {"hour": lambda n: ceil(n / 24), "day": lambda n: n, "week": lambda n: 7 * n,
         "month": lambda n: 30 * n, "year": lambda n: 365 * n}


@lru_cache(maxsize=1)
def _time_units() -> dict[str, tuple[str, int | None]]:
    """word -> (unit, the count the word itself gives: 1 or 2 for a singular or a dual)."""
    return {normalize(w): (unit, int(n) if n else None) for w, unit, n, *_ in read_table("time_units.tsv")}


def window_back(words: str | None) -> int | None:
    """How many days before the day reported a window starts: خلال يومين -> 1, في خمسة أيام -> 4,
    خلال الساعات الـ24 الماضية -> 1, خلال الأسابيع الثلاثة الماضية -> 21; None when the words
    give no length (خلال الأيام الماضية)."""
    counted = _window_count(words)
    return _BACK[counted[0]](counted[1]) if counted is not None else None


def window_days(words: str | None) -> int | None:
    """How many days a window covers, counted forward from its first day (خلال الأسبوعين
    الأولين -> 14, في خمسة أيام -> 5); None when the words give no length."""
    counted = _window_count(words)
    return _DAYS[counted[0]](counted[1]) if counted is not None else None


def _window_count(words: str | None) -> tuple[str, int] | None:
    """(unit, how many) of a window's words."""
    if not words:
        return None
    tokens, numbers = scan(words)
    units = _time_units()
    for i, t in enumerate(tokens):
        unit = units.get(t.key) or units.get(unglued(t.key))
        if unit is None:
            continue
        if any(m.kind == "year" and m.start >= t.end for m in numbers):
            return None  # في عام 2004: a year named, not a stretch counted
        n = unit[1] if unit[1] is not None and not _counted(numbers, tokens, i) else _count_near(tokens, numbers, i)
        return (unit[0], n) if n else None
    return None


def _counted(numbers: list[NumberMatch], tokens: list[Token], i: int) -> bool:
    """A number stands right before the unit (30 يوما، 24 ساعة)."""
    return i > 0 and any(m.start <= tokens[i - 1].start < m.end for m in numbers)


def _count_near(tokens: list[Token], numbers: list[NumberMatch], i: int) -> int | None:
    """The number of units: the number just before the unit (خمسة أيام، الـ48 ساعة) or just after
    a plural (الساعات الـ24، الأيام الثلاثة), read without its article."""
    near = {k for k in (i - 1, i + 1, i + 2) if 0 <= k < len(tokens)}
    for m in numbers:
        if m.value and any(m.start <= tokens[k].start < m.end for k in near):
            return int(m.value)
    if i + 1 < len(tokens) and tokens[i + 1].key.startswith("ال"):
        found = scan(tokens[i + 1].key[2:])[1]
        if found and found[0].value:
            return int(found[0].value)
    return None


def _unit_within(tokens: list[Token], j: int, reach: int = 3) -> bool:
    """A unit of time is among the next ``reach`` words (the words between count it)."""
    units = _time_units()
    return any(t.key in units or unglued(t.key) in units for t in tokens[j + 1:j + 1 + reach])


def sentence_dates(sentence: Sentence, ends: list[int], years: Sequence[NumberMatch] = ()) -> list[tuple[int, str]]:
    """(token index, words) of each date the sentence states that can date a figure: a day, a
    month, a year or a stretch between two days; not a lone اليوم/الآن, which is a manner of
    speaking as often as a date, and not the start of an event (هجوم بدأته في 18 فبراير: the
    offensive's first day, which dates a running total's start, not the figure). ``years``: the
    numbers read as years, which the date reader's pre-check passes over when nothing else in the
    sentence looks like a date (نهائي مونديال 1958، الذي شهد 7 أهداف)."""
    starts = figure_words("event_start") | figure_words("event_began")
    stated = [(m.start, m.end, m.text) for m in sentence.dates or () if m.value is not None]
    stated += [(y.start, y.end, y.text) for y in years if not any(a < y.end and y.start < b for a, b, _ in stated)]
    out = []
    for start, _end, text in sorted(stated):
        if normalize(text) in figure_words("now_word"):
            continue
        before = normalize(sentence.text[max(0, start - 25):start]).split()[-2:]
        if any(w in starts or unglued(w) in starts for w in before):
            continue
        out.append((index_at(ends, start), text))
    return out



BACKGROUND_DAYS = 366  # a figure its own words date further back than this is history


def without_background(article: Article, figures: list[Figure]) -> list[Figure]:
    """The figures without the history that counts nothing the story tracks: a past election's
    turnout (سجلت انتخابات العام 2005 مشاركة بنسبة 79%) or a past final's goals are context, not
    figures. A past toll (the 1,400 killed in Ghouta in 2013) is kept: it has a measure."""
    if article.published is None:
        return figures
    published = article.published.date()
    return [f for f in figures if f.measure != "other" or not _dated_before(f.as_of, published)]


def _dated_before(words: str | None, published: date) -> bool:
    """The words date the figure more than ``BACKGROUND_DAYS`` before publication; a year alone
    does (نهائي مونديال 1958، الذي شهد 7 أهداف), though it is no date finer than a year."""
    if not words or not (may_contain_date(words) or any(ch.isdigit() for ch in words)):
        return False
    found = [m.value for m in find_dates(words, published) if m.value is not None]
    return bool(found) and (published - found[0].last).days > BACKGROUND_DAYS
