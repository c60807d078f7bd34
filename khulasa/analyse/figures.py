"""Figures: every quantity an article states, with what it counts (measure and subject), where,
who says so, and for when.

For each sentence, ``khulasa.numbers.scan`` gives the tokens and numbers; those that are counts,
percentages or shares become figures. The measure comes from the words around the number
(``news/data/measures.tsv``), the source from Arabic reporting structure
(``news/attribution.py``), the place from a gazetteer (``news/data/places.txt``), and the
period from temporal words (``news/data/periods.tsv``).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date
from functools import cache, lru_cache
from itertools import accumulate
from typing import cast

from khulasa.arabic.clitics import bare as unglued
from khulasa.arabic.dates import find as find_dates
from khulasa.arabic.dates import may_contain as may_contain_date
from khulasa.arabic.normalize import normalize, normalize_sentence
from khulasa.arabic.numbers import NumberMatch, may_contain, scan
from khulasa.arabic.stem import stem_words
from khulasa.arabic.stopwords import function_words
from khulasa.arabic.tokenize import Token
from khulasa.model import Article, Bound, Figure, Measure, Period, Sentence, Unit
from khulasa.news.attribution import Attribution, attribute
from khulasa.news.measures import measure_stems
from khulasa.news.places import gazetteer, place_first_words, place_parents
from khulasa.news.resources import read_lines, word_set

STOCKS = {"besieged", "population", "territory_percent"}  # levels, not flows: the period does not split them
# a number's kind -> the unit of its figure (every other kind is a count)
_UNITS: dict[str, Unit] = {"percent": "percent", "fraction": "fraction", "money": "money"}


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


@cache
def _figure_words(kind: str) -> frozenset[str]:
    """The words of one kind in figure_words.tsv (a set built once, not once per number)."""
    return word_set("figure_words.tsv", kind)


def _index_at(ends: list[int], offset: int) -> int:
    """The first token ending after ``offset`` (``ends``: every token's end, in order)."""
    return bisect_right(ends, offset)


class _MeasureWords:
    """The measure words of a sentence (by position), one list for percentages and one for
    the rest, so that the nearest one to each number is found by bisection: a long sentence
    with thousands of numbers made the scan of every word for every number quadratic."""

    def __init__(self, stems: list[str], bare: list[str], without: str | None = None):
        table = measure_stems()
        self.at: dict[bool, tuple[list[int], list[str]]] = {True: ([], []), False: ([], [])}
        for i, (st, b) in enumerate(zip(stems, bare)):
            m = table.get(st) or table.get(b)
            if m is not None and m != without:
                positions, measures = self.at[m == "territory_percent"]
                positions.append(i)
                measures.append(m)

    def nearest(self, lo: int, hi: int, kind: str) -> str:
        """The measure of the nearest word: the last one before the number or the first one
        from it on; words after the number are slightly closer in Arabic (7 آلاف شخص غادروا),
        and on a tie the earlier word wins."""
        positions, measures = self.at[kind == "percent"]
        k = bisect_left(positions, lo)
        best, best_distance = None, None
        if k > 0:
            best, best_distance = measures[k - 1], lo - positions[k - 1]
        if k < len(positions):
            i = positions[k]
            distance = i - hi - (0.5 if i > hi else 0)
            if best_distance is None or distance < best_distance:
                best = measures[k]
        return best or "other"


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return function_words() | _figure_words("subset")


def _subject(text: str, tokens: list[Token], after: int, lo: int) -> str | None:
    """The counted noun, as written: after the number (7 آلاف شخص، 14 من مقاتلي النظام) or, when
    the number ends its clause, after عدد before it (ارتفع عدد القتلى السبت إلى 21)."""
    function = _function_words()
    i = after
    if i < len(tokens) and tokens[i].key == "من":
        i += 1
    ends_clause = i >= len(tokens) or any(ch in text[tokens[i - 1].end:tokens[i].start] for ch in ",،.؛:-()")
    if ends_clause or tokens[i].key in function or tokens[i].is_number:
        for k in range(lo - 1, max(-1, lo - 10), -1):
            if tokens[k].key in _figure_words("count_of") and k + 1 < lo:
                return tokens[k + 1].text
        return None
    first = tokens[i]
    last = first
    # a construct noun takes its complement: مقاتلي النظام، عناصر الدفاع المدني
    if first.key.endswith("ي") and i + 1 < len(tokens) and tokens[i + 1].key.startswith("ال"):
        last = tokens[i + 1]
    if text[first.end:last.start].strip():
        last = first
    return text[first.start:last.end]


class _Places:
    """The gazetteer places named in a sentence, found once (never inside the name of a
    source), and the words that open what a speaker says, so that each number looks only at
    the few places nearest it."""

    def __init__(self, tokens: list[Token], skip: list[tuple[int, int]]):
        said_words = _figure_words("said")
        self.said = [k for k, t in enumerate(tokens) if t.key in said_words]
        outside = _outside(tokens, skip)
        self.hits: list[tuple[int, int, bool, str]] = []  # (token index, words, introduced, place)
        for i in range(len(tokens)):
            if outside[i]:
                hit = _place_at(tokens, i)
                if hit is not None:
                    self.hits.append((i, *hit))
        self.positions = [h[0] for h in self.hits]

    def nearest(self, lo: int, hi: int) -> str | None:
        """The gazetteer place nearest the number, preferring one introduced by a preposition
        (في الغوطة، بلدة كفربطنا). What a speaker says starts after إن/أن: places before it
        describe the speaker (مراقب في بريطانيا)."""
        k = bisect_left(self.said, lo)
        said = self.said[k - 1] if k > 0 else -1
        # an introduced place gains 4 words, so none further than 4 words beyond the nearest
        # place on either side can win
        a = bisect_left(self.positions, lo)
        first = bisect_left(self.positions, max(said, self.positions[a - 1] - 4)) if a > 0 else a
        last = bisect_right(self.positions, self.positions[a] + 4) if a < len(self.positions) else a
        found = []
        for i, n, introduced, place in self.hits[first:last]:
            distance = lo - i if i < lo else i - hi
            found.append((distance - (4 if introduced else 0), -n, place))
        return min(found)[2] if found else None


def _outside(tokens: list[Token], skip: list[tuple[int, int]]) -> list[bool]:
    """For each token, whether it starts outside every (start, end) span of ``skip``."""
    spans = sorted(skip)
    out = []
    k, reach = 0, -1  # reach: the furthest end of the spans opened so far
    for t in tokens:
        while k < len(spans) and spans[k][0] <= t.start:
            reach = max(reach, spans[k][1])
            k += 1
        out.append(not t.start < reach)
    return out


def _place_at(tokens: list[Token], i: int) -> tuple[int, bool, str] | None:
    """(words, introduced, place) of the gazetteer place starting at token i, longest first."""
    places = gazetteer()
    first_words = place_first_words()
    if tokens[i].key not in first_words and unglued(tokens[i].key) not in first_words:
        return None
    for n in (3, 2, 1):
        keys = [t.key for t in tokens[i:i + n]]
        if len(keys) < n:
            continue
        for cand in (tuple(keys), (unglued(keys[0]),) + tuple(keys[1:])):
            if cand in places:
                introduced = (cand != tuple(keys) and keys[0][0] in "بل") or (
                    i > 0 and tokens[i - 1].key in _figure_words("place_intro")
                )
                return n, introduced, places[cand]
    return None


@lru_cache(maxsize=1)
def _period_index() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, kind in _periods():
        index.setdefault(words[0], []).append((words, kind))
    return index


def _period_cues(tokens: list[Token]) -> list[tuple[int, int, str]]:
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
    return cues


def _period(
    tokens: list[Token], cues: list[tuple[int, int, str]], positions: list[int], lo: int, hi: int, text: str
) -> tuple[str, str | None]:
    """(kind, the words that say it) of the period cue nearest the number; on a tie the narrower
    period wins (a toll "in the past 24 hours" is not a running total)."""
    best = None
    for i, n, kind in _cues_near(cues, positions, lo, hi):
        distance = lo - i if i < lo else max(0, i - hi)
        rank = (distance, {"window": 0, "total": 1, "point": 2}[kind])
        if best is None or rank < best[0]:
            best = (rank, kind, i, n)
    if best is None:
        return "none", None
    _, kind, i, n = best
    phrase = _period_phrase(text, tokens, i, n, lo, hi)
    return kind, phrase if _says_when(phrase) else None


def _says_when(phrase: str) -> bool:
    """The words can be shown as the figure's when: they hold a date, a number (خلال 24 ساعة)
    or a phrase of some length (منذ بداية هجوم النظام). A cue alone and the words that happened
    to follow it (خلال، نتيجتها، أدى الهجوم) say nothing a reader can use."""
    if len(phrase.split()) >= 3:
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
    event = 3 if tokens[last].key in _figure_words("event_start") else 0
    j = last + 1
    while j < len(tokens) and j - i < 12:
        if any(ch in text[tokens[j - 1].end:tokens[j].start] for ch in ",،.؛:()\"“”«»"):
            break
        key = tokens[j].key
        if key in words or unglued(key) in words or tokens[j].is_number or (key.startswith("ال") and key[2:] in words):
            last = j
        elif event > 0:
            event -= 1
            last = j
        else:
            break
        j += 1
    # a phrase does not end on a preposition or on the figure itself (السبت إلى 21)
    trailing = _figure_words("trailing")
    while last > i + n - 1 and (tokens[last].key in trailing or lo <= last <= hi):
        last -= 1
    return text[tokens[i].start:tokens[last].end]



def extract(article: Article) -> list[Figure]:
    """Every figure of one analysed article, in text order."""
    figures: list[Figure] = []
    previous: Attribution | None = None
    siege_before = False
    sentences = [s for s in article.sentences if s.kind not in ("boilerplate", "repeat")]
    scanned = [scan(s.text) if _may_hold_numbers(s) else (None, []) for s in sentences]
    tokens: list[list[Token] | None] = [t for t, _ in scanned]
    numbers = [[m for m in found if m.is_count and not _lone_one(m)] for _, found in scanned]
    for k, sentence in enumerate(sentences):
        key = normalize_sentence(sentence.text)
        siege_here = any(w in key for w in _figure_words("siege"))  # المحاصرة holds محاصر
        # who speaks is needed where there are figures, and in the sentence before (وأضاف)
        if numbers[k] or (k + 1 < len(sentences) and numbers[k + 1]):
            attributions = attribute(sentence.text, previous, tokens[k])
            previous = attributions[-1] if attributions else None
            if numbers[k]:
                # the people of an area said to be under siege here or just before are the besieged
                # (a sentence with numbers was scanned: its tokens are there)
                words = cast("list[Token]", tokens[k])
                figures.extend(
                    _sentence_figures(article, sentence, words, numbers[k], attributions, siege_here or siege_before)
                )
        else:
            previous = None
        siege_before = siege_here
    figures = _with_established_place(article, sentences, figures)
    return _with_stated_start(article, sentences, _with_established_day(article, sentences, figures))


def _with_established_place(article: Article, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """A figure whose clause names no place is about the place the article has established:
    the most precise place its title and lead name (سوريا.. مقتل 30 في قصف على إدلب: إدلب;
    news states the where once, up front, country first)."""
    if all(f.place for f in figures):
        return figures
    lead = next((s.text for s in sentences if s.kind == "body"), "")
    named = _places_named(article.title or "") + _places_named(lead)
    if not named:
        return figures
    place = max(named, key=lambda p: (_depth(p), -named.index(p)))
    return [f if f.place else replace(f, place=place) for f in figures]


LEAD_DAYS = 7  # how far before publication the day a lead states may be the story's day


def _with_established_day(article: Article, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """A count of one incident whose clause gives no date is for the day the lead states (a
    toll published the next morning is the day of the attack the lead names: قتل ... السبت)."""
    if article.published is None or all(f.as_of or f.period != "none" for f in figures):
        return figures
    lead = next((s.text for s in sentences if s.kind == "body"), "")
    day = _lead_day(lead, article.published.date())
    if day is None:
        return figures
    return [replace(f, as_of=day) if not f.as_of and f.period == "none" else f for f in figures]


START_DAYS = 366  # how far back a running total's stated start may lie


def _with_stated_start(article: Article, sentences: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """A running total whose own words give no day (منذ بدء الهجوم) starts on the day the
    article says the event began (هجوم بدأ في 18 فبراير): the first such day it states."""
    if article.published is None or not any(f.period == "total" and not _dated(f.as_of) for f in figures):
        return figures
    start = _stated_start(sentences, article.published.date())
    if start is None:
        return figures
    return [replace(f, as_of_first=start) if f.period == "total" and not _dated(f.as_of) else f for f in figures]


def _dated(words: str | None) -> bool:
    return words is not None and may_contain_date(words) and bool(find_dates(words))


def _stated_start(sentences: list[Sentence], published: date) -> date | None:
    """The first single day, up to ``START_DAYS`` before publication, stated right after a
    word of an event's start (بدء، بداية، بدأ، انطلاق) in the article."""
    starts = _figure_words("event_start") | _figure_words("event_began")
    for s in sentences:
        if s.kind != "body" or not may_contain_date(s.text) or not any(w in normalize(s.text) for w in starts):
            continue
        key = normalize(s.text)
        for m in find_dates(s.text, published):
            v = m.value
            before = key[max(0, m.start - 40):m.start]
            if v is not None and v.grain == "day" and 0 < (published - v.first).days <= START_DAYS and any(
                w in before for w in starts
            ):
                return v.first
    return None


def _lead_day(lead: str, published: date) -> str | None:
    """The words of the first single day the lead states within ``LEAD_DAYS`` before
    publication, as written."""
    if not may_contain_date(lead):
        return None
    for m in find_dates(lead, published):
        v = m.value
        if v is not None and v.grain == "day" and 0 <= (published - v.first).days <= LEAD_DAYS:
            return m.text
    return None


def _depth(place: str) -> int:
    """How many places the gazetteer puts this one inside (دوما: 3, سوريا: 0)."""
    parents = place_parents()
    depth, seen = 0, {place}
    while place in parents and parents[place] not in seen:
        place = parents[place]
        seen.add(place)
        depth += 1
    return depth


def _places_named(text: str) -> list[str]:
    if not text:
        return []
    tokens = scan(text)[0]
    return [hit[2] for i in range(len(tokens)) if (hit := _place_at(tokens, i)) is not None]
    tokens = scan(text)[0]
    for i in range(len(tokens)):
        hit = _place_at(tokens, i)
        if hit is not None:
            return hit[2]
    return None


def _may_hold_numbers(sentence: Sentence) -> bool:
    return may_contain(sentence.text)


def _sentence_figures(
    article: Article,
    sentence: Sentence,
    tokens: list[Token],
    numbers: list[NumberMatch],
    attributions: list[Attribution],
    besieged: bool,
) -> list[Figure]:
    text = sentence.text
    cues = _period_cues(tokens)
    cue_positions = [c[0] for c in cues]
    stems = stem_words([t.text for t in tokens])
    # a glued conjunction hides the word (وفر): its stem without the و is tried too
    bare = stem_words([unglued(t.text, "conjunction_short") for t in tokens])
    # what is looked up for every number is found once per sentence
    ends = [t.end for t in tokens]
    measures = _MeasureWords(stems, bare)
    places = _Places(tokens, [(a.start, a.end) for a in attributions if a.kind != "continue"])
    sources = _Sources(attributions)
    out: list[Figure] = []
    for m in numbers:
        lo = _index_at(ends, m.start)
        hi = max(lo, _index_at(ends, m.end - 1))
        unit = _UNITS.get(m.kind, "count")
        subject = _subject(text, tokens, hi + 1, lo)
        subset = (lo > 0 and tokens[lo - 1].key in _figure_words("subset")) or _goes_on_subset(out, text, sentence, m)
        part_of = out[-1] if subset and out and (out[-1].subset or out[-1].measure in _HEAD_MEASURES) else None
        if part_of is not None:
            measure: str = part_of.measure  # بينهم 6 أطفال و5 نساء: parts of the toll they are in
        else:
            measure = _measure(measures, stems, bare, (lo, hi), m.kind, subject, besieged)
        period_kind, period_text = _period(tokens, cues, cue_positions, lo, hi, text)
        source = sources.of(m)
        out.append(
            Figure(
                article=article.id,
                start=sentence.start + m.start,
                end=sentence.start + m.end,
                quote=m.text,
                value=m.value,
                low=m.low,
                high=m.high,
                approx=m.approx,
                # the number reader's bounds and the measure and period names of the data
                # files (measures.tsv, periods.tsv) are the model's closed sets
                bound=cast("Bound | None", m.bound),
                vague=m.vague,
                unit=unit,
                measure=cast(Measure, measure),
                subject=subject,
                place=places.nearest(lo, hi),
                source=source,
                as_of=period_text,
                period=cast(Period, period_kind),
                subset=subset,
                sentence_start=sentence.start,
                sentence_end=sentence.end,
            )
        )
    return out


_HEAD_MEASURES = frozenset({"killed", "wounded", "casualties", "displaced", "missing", "rescued", "arrested"})


def _measure(
    measures: _MeasureWords, stems: list[str], bare: list[str], at: tuple[int, int], kind: str, subject: str | None,
    besieged: bool,
) -> str:
    """What the number counts, from the measure words nearest it."""
    measure = measures.nearest(*at, kind)
    if measure == "strikes" and _counts_people(subject):
        # the nearest word was the strikes that killed them: the measure is the next nearest
        measure = _MeasureWords(stems, bare, without="strikes").nearest(*at, kind)
    if measure == "population" and besieged:
        measure = "besieged"  # the population of an area under siege is the number besieged
    return measure


def _counts_people(subject: str | None) -> bool:
    """The counted noun is persons (7 مدنيين، 17 شخصا، أربعة أطفال)."""
    if not subject:
        return False
    first = normalize(subject.split()[0])
    return any(w in first for w in _figure_words("people"))


def _goes_on_subset(out: list[Figure], text: str, sentence: Sentence, m: NumberMatch) -> bool:
    """The number follows a part of a toll, joined by و: بينهم 6 أطفال و5 نساء."""
    if not out or not out[-1].subset:
        return False
    between = text[out[-1].end - sentence.start:m.start]
    words = between.replace("،", " ").split()
    return bool(words) and words[-1] in _figure_words("subset_and")


class _Sources:
    """Who each number of a sentence is attributed to: the last attribution ending before it,
    else the first 'according to' starting after it, else the speaker going on from the
    sentence before. Indexed once per sentence (by end, and by start), not searched per number."""

    def __init__(self, attributions: list[Attribution]):
        self.attributions = attributions
        # (end, list index) sorted by end, with the latest list index among the ends so far
        by_end = sorted((a.end, k) for k, a in enumerate(attributions))
        self.ends = [e for e, _ in by_end]
        self.latest = list(accumulate((k for _, k in by_end), max))
        # 'according to' ones by start, with the earliest list index among the starts from here
        by_start = sorted((a.start, k) for k, a in enumerate(attributions) if a.kind == "according")
        self.starts = [st for st, _ in by_start]
        self.earliest = list(accumulate((k for _, k in reversed(by_start)), min))[::-1]
        self.going_on = next((a for a in attributions if a.kind == "continue"), None)

    def of(self, m: NumberMatch) -> str | None:
        k = bisect_right(self.ends, m.start)
        if k:
            return self.attributions[self.latest[k - 1]].source
        k = bisect_left(self.starts, m.end)
        if k < len(self.starts):
            return self.attributions[self.earliest[k]].source
        return self.going_on.source if self.going_on is not None else None


def _lone_one(m: NumberMatch) -> bool:
    """أحد، إحدى، واحدة written as a word: "one of", not a count."""
    return m.value == 1 and not any(ch.isdigit() for ch in m.text) and m.low is None
