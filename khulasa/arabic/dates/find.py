"""Scanning a text: where a date expression may start, the tense that reads it forward, the
ranges between two dates, and ``parse`` for a text that is one date."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache

from khulasa.arabic.clitics import bare, clitic_letters
from khulasa.arabic.dates.periods import read_only_ahead
from khulasa.arabic.dates.rules import RULES
from khulasa.arabic.dates.scan import Scan
from khulasa.arabic.dates.spans import as_date, day_turned, interval
from khulasa.arabic.dates.value import DateMatch, DateValue, Read
from khulasa.arabic.dates.words import grammar, holidays, is_not_future, nth, words
from khulasa.arabic.lexicon import lexicon
from khulasa.arabic.normalize import normalize
from khulasa.arabic.numbers.words import words as number_words


@lru_cache(maxsize=1)
def _start_words() -> frozenset[str]:
    """Every word a date expression can start with (numbers aside)."""
    w = words()
    found: set[str] = set()
    found.update(k[0] for k in w.days)
    found.update(w.parts, w.weekdays, w.weekday_bare, w.edges, w.since, w.ago, w.about, w.seasons, w.decades)
    # (not من: a range's من is read from the date after it)
    found.update(w.rest, w.plurals, w.decade_units)
    found.update(k[0] for k in w.weekend)
    found.update(grammar().months_dual)
    found.update(grammar().months_quarter)
    # الثلاثة أشهر المنتهية في ديسمبر: a count word with the article, which the number reader leaves alone
    found.update(grammar().article + w for w, (_, kind) in number_words().words.items() if kind == "unit")
    found.update(k[0] for k in w.months)
    found.update(k[0] for k in holidays())
    found.update(nth())
    found.update(w.starts)
    found.update(k for k in w.units if k.startswith(grammar().article))
    return frozenset(found)


FUTURE_REACH = 12  # words back a verb in the future still governs a bare date of its sentence


def _future_verb_before(s: Scan, i: int, window: int = FUTURE_REACH) -> bool:
    """A verb in the future (سيعقد، ستجري، فسيتنافس) or سوف among the words of its sentence before token i
    (فسيتنافس المرشحان اللذان حصلا على أكثر الأصوات، في جولة ثانية في الثامن من يوليو: the run-off)."""
    marked = s.futures  # (each word asked once a scan: a text has hundreds of words a date may start at)
    for k in range(i - 1, max(0, i - window) - 1, -1):
        future = marked.get(k)
        if future is None:
            future = marked[k] = _a_future_marker(s, k)
        if future:
            # (a sentence before that ends between them: its verbs are not this date's)
            between = s.text[s.toks[k].end:s.toks[i].start]
            return not any(ch in s.g.sentence_end or ch == "\n" for ch in between)
    return False


def _a_future_marker(s: Scan, k: int) -> bool:
    key, written = s.keys[k], s.toks[k].text
    if key[:1] in s.g.conjunction and len(key) > 4:
        key, written = key[1:], written[1:]  # وسيعقد، فسيتنافس
    return s.keys[k] in s.g.future_particle or _a_future_verb(key, written)


FUTURE_STEM_MIN = 20  # news uses the imperfect a future verb is made from (يكون، يعقد) at least this often


def _a_future_verb(key: str, written: str) -> bool:
    """س before an imperfect that news writes on its own (سيعقد: يعقد); not a word that only
    begins so (سيطر، سيناء، سنويا: يطر، يناء، نويا are no words). The first person's أ (سأعود) is
    lost to normalising, so it must be written (ساهم، سافر are past verbs)."""
    g = grammar()
    if len(key) < 4 or key[0] not in g.future_prefix or key[1] not in g.future_prefix[key[0]] or is_not_future(key):
        return False
    hamza = [w for w, key_form in _future_written() if key.startswith(key_form)]
    if hamza and not any(written.startswith(w) for w in hamza):
        return False
    return lexicon().freq(key[1:]) >= FUTURE_STEM_MIN


@lru_cache(maxsize=1)
def _future_written() -> tuple[tuple[str, str], ...]:
    """Each future prefix that must be written as it is (سأ), with its normalised form (سا)."""
    return tuple((w, normalize(w)) for w in grammar().future_written)


@lru_cache(maxsize=1)
def _start_forms() -> frozenset[str]:
    """The start words as written and with a one-letter proclitic (والخميس، بالشهر): a word is
    in here exactly when it or its bare form (``Scan.bare``) is a start word."""
    starts = _start_words()
    with_clitic = {c + w for c in clitic_letters("particle") for w in starts if bare(c + w, "particle") == w}
    return starts | with_clitic


def _may_start(s: Scan, i: int, starts: frozenset[str]) -> bool:
    """Token i is a number or a word some date expression starts with (في only before digits)."""
    key = s.keys[i]
    return key in starts or i in s.numbers or (key in s.w.before_digits and i + 1 < s.n and s.keys[i + 1][:1].isdigit())


def _range_to(s: Scan, i: int, got: Read) -> tuple[int, DateValue | None, int]:
    """A range around the date read at token i: من X وحتى Y، بين X و Y -> (first token, value, index after)."""
    value, j, _ = got
    n = len(s.toks)
    if s.key(i) in s.w.night and value is not None and value.grain == "day" and j < n:
        # ليل الأربعاء إلى الخميس، ليلة السبت الأحد: the night over two days, the second the day after
        k = j + 1 if _a_range_to(s, j) and j + 1 < n else j
        second = s.read(k)
        if second is not None and second[0] is not None and (second[0].first - value.last).days == 1:
            return i, interval(value.first, second[0].last), second[1]
    # (من 1 يوليو 2017م - 31 يناير 2018م: a dash stands for إلى)
    dashed = j < n and not _a_range_to(s, j) and any(ch in DASHES for ch in s.gap(j))
    if i > 0 and s.key(i - 1) in s.w.range_from and j < n and (_a_range_to(s, j) or dashed):
        second = s.read(j) if dashed else s.read(j + 1) if j + 1 < n else None
        if second is not None:
            v2, j2, _ = second
            if value is None or v2 is None:
                return i - 1, None, j2
            return i - 1, interval(value.first, max(v2.last, value.first)), j2
    # the pair's opener before the first date, or read with it (بين 1 يناير: بين before digits), or
    # before the dual of the dates' unit (بين عامي 1994 و1998)
    # (or the word after the first read's first, which it read past: ما بين 21 مارس 2015 و31 مارس 2018)
    opener = (
        i - 1 if i > 0 and s.key(i - 1) in s.w.pair_from
        else i if s.key(i) in s.w.pair_from or (i + 1 < j and s.key(i + 1) in s.w.pair_from)
        else i - 2 if i > 1 and s.key(i - 2) in s.w.pair_from and s.key(i - 1) in s.w.pair_unit else None
    )
    if opener is not None and value is not None and j < n and s.keys[j][:1] == grammar().and_:
        # يومي الاثنين والثلاثاء: the second date glued to و; بين الأول من يناير و30 يونيو: و apart
        second = s.read(j + 1) if s.keys[j] == grammar().and_ and j + 1 < n else s.read(j)
        # (or a part of a unit after it: بين آب/أغسطس 2014 ونهاية نيسان/ابريل 2018)
        if second is not None and second[0] is not None and (
            second[0].grain == value.grain or (second[0].grain == "interval" and second[0].first > value.last)
        ):
            return opener, interval(value.first, max(second[0].last, value.first)), second[1]
    if value is not None and (pair := _the_next_weekday_too(s, i, value, j)) is not None:
        return i, interval(value.first, pair[0]), pair[1]
    return i, value, j


DASHES = "-–—"  # a dash between two dates after «from» is «to»


def _the_next_weekday_too(s: Scan, i: int, value: DateValue, j: int) -> tuple[date, int] | None:
    """(last day, index after) of a weekday joined by و to the weekday after it, both named alone, the pair
    opening its clause or ending it (الجمعة والسبت قتل مسلحون 25 مدنيا، قتل 25 مدنيا الجمعة والسبت: over both
    days, as يومي الجمعة والسبت; not قتل 10 يوم الجمعة والسبت قتل 5 جنود: two days, two tolls); else None."""
    if value.grain != "day" or j >= s.n or not s.adjacent(j):
        return None
    if s.key(j - 1) not in s.w.weekdays or not s.keys[j].startswith(grammar().and_) or s.bare(j) not in s.w.weekdays:
        return None
    second = s.read(j)
    if second is None or second[0] is None or second[1] != j + 1 or (second[0].first - value.last).days != 1:
        return None
    return (second[0].last, second[1]) if _a_clause_edge(s, i) or _a_clause_edge(s, second[1]) else None


def _a_clause_edge(s: Scan, k: int) -> bool:
    """Token ``k`` opens a clause, or the text ends before it: the sentence's edge, a mark between, or a word
    of saying's «that» before it (قال عضو في المجلس "الجمعة والسبت قتل)."""
    if k <= 0 or k >= s.n:
        return True
    between = s.gap(k)
    return any(ch in between for ch in grammar().clause_mark) or s.key(k - 1) in grammar().that


def _a_day_paired_before(s: Scan, i: int, value: DateValue | None) -> tuple[int, DateValue | None]:
    """(first token, value) of a day whose number alone stands before it, after a pair's opener and
    joined by و (يومي 9 و10 أكتوبر: the 9th and the 10th, the month said once); else as read."""
    and_ = grammar().and_
    if value is None or value.grain != "day" or i < 2:
        return i, value
    # (و glued to the second day, or written apart: the tokenizer splits و10)
    k = i - 2 if s.keys[i - 1] == and_ else i - 1 if s.keys[i].startswith(and_) else -1
    day_number = s.day_number_at(k) if k >= 1 and s.key(k - 1) in s.w.pair_from else None
    if day_number is None or not 1 <= day_number[0] < value.first.day:
        return i, value
    return k - 1, interval(value.first.replace(day=day_number[0]), value.last)


def _past_a_repeated_month(s: Scan, j: int, value: DateValue | None) -> int:
    """The index after a month written again right after a day of it (29 تموز/يوليو تموز: an editor's
    slip), which is the same date, not a month of its own; else ``j``."""
    if value is None or value.grain != "day" or j >= s.n or s.gap(j).strip():
        return j
    try:
        again = s.read(j)
    except (ValueError, OverflowError):
        return j
    if again is None or again[0] is None or again[0].grain != "month" or again[1] != j + 1:
        return j
    return again[1] if (again[0].first.year, again[0].first.month) == (value.first.year, value.first.month) else j


def _a_range_to(s: Scan, j: int) -> bool:
    """Token j is the "to" of a range (إلى، حتى، وحتى)."""
    return s.key(j) in s.w.range_to or s.bare(j) in s.w.range_to


def _on_the_day(s: Scan, i: int, j: int) -> bool:
    """اليوم alone after في, with a number or nothing after it, is "a day", a rate, not today: 500
    برميل في اليوم، يجمعان في اليوم حوالي 30 (today is اليوم alone or في هذا اليوم; في اليوم التالي is
    read as before)."""
    if not (j == i + 1 and i > 0 and (s.key(i - 1), s.key(i)) in s.w.not_today):
        return False
    counted = j in s.numbers and s.numbers[j].kind != "ordinal"  # (في اليوم التالي: the next day)
    return j >= s.n or counted or s.key(j) in s.w.about or not s.adjacent(j)


def find(
    text: str, anchor: date | datetime | None = None, prefer: str = "past", follow_tense: bool = True
) -> list[DateMatch]:
    """Every date or period in ``text``, in order, with offsets into ``text``. With
    ``follow_tense`` a verb in the future just before a bare date (سيعقد يوم الخميس) reads it
    forward even when ``prefer`` is "past"."""
    if not text:
        return []
    s = Scan(text, as_date(anchor), prefer, RULES, day_turned(anchor))
    out: list[DateMatch] = []
    i, n, starts = 0, s.n, _start_forms()
    while i < n:
        if not _may_start(s, i, starts):
            i += 1  # the common case: a word no date expression starts with
            continue
        s.prefer = prefer
        got = _read(s, i)
        # a verb in the future (سيعقد، ستجري، سوف) before a bare date reads it forward (asked only where a date
        # was read or one is read only forward: most words a date may start at start none)
        if follow_tense and prefer != "future" and (got is not None or read_only_ahead(s, i)) and _future_verb_before(
            s, i
        ):
            s.prefer = "future"
            got = _read(s, i)
            got = _today_over_next_week(s, i, got) if got is not None else None
        if got is None or _on_the_day(s, i, got[1]):
            i += 1
            continue
        if _recurring(s, got[1]):
            i = max(got[1], i + 1)  # (يوم الجمعة من كل أسبوع: every Friday, no Friday in particular)
            continue
        start_i, value, j = _range_to(s, i, (got[0], min(max(got[1], i + 1), n), got[2]))
        start_i, value = _a_day_paired_before(s, start_i, value)
        j = _past_a_repeated_month(s, j, value)
        start, end = s.toks[start_i].start, s.toks[j - 1].end
        out.append(DateMatch(start, end, text[start:end], value))
        i = j
    return out


def _recurring(s: Scan, j: int) -> bool:
    """The date read ends right before «(من) كل» and a unit of time, nothing between the words: a day recurring in
    each week, month or year (not «الجمعة. كل عام يموت الآلاف», a sentence of its own)."""
    k = j + (j < s.n and s.keys[j] in s.g.from_)
    return k + 1 < s.n and s.keys[k] in s.g.every and s.keys[k + 1] in s.g.every_unit and all(
        not s.gap(m).strip() for m in range(j, k + 2)
    )


def _read(s: Scan, i: int) -> Read | None:
    try:
        return s.read(i)
    except (ValueError, OverflowError):
        return None  # a number too large for the calendar (منذ 100000000 يوم): not a date


WEEK = 7


def _today_over_next_week(s: Scan, i: int, ahead: Read) -> Read:
    """A bare weekday a verb in the future reads forward is the anchor's own day when it is that weekday
    (وستفتح السفارة ... الاثنين in a Monday's piece: today, not a week on); المقبل still says next week."""
    if s.anchor is None or ahead[0] is None or ahead[0].first != s.anchor + timedelta(days=WEEK):
        return ahead
    s.prefer = "past"
    now = _read(s, i)
    s.prefer = "future"
    return now if now is not None and now[0] is not None and now[0].first == s.anchor else ahead


def parse(
    text: str, anchor: date | datetime | None = None, prefer: str = "past", follow_tense: bool = True
) -> DateValue | None:
    """The value of ``text`` when it is one date expression (ignoring edge punctuation)."""
    edges = " \t\n" + grammar().edge_mark
    stripped = text.strip(edges)
    matches = find(stripped, anchor, prefer, follow_tense)
    if len(matches) != 1:
        return None
    m = matches[0]
    rest = (stripped[: m.start] + stripped[m.end:]).strip(edges)
    # a leading في or يوم, or a trailing م, does not change the date
    if rest and normalize(rest) not in grammar().parse_filler:
        return None
    return m.value
