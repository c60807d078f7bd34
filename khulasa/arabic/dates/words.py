"""The reader's language data, loaded from ``khulasa/arabic/data``: the date words by kind
(``date_words.tsv``), the month names (``months.tsv``), the holidays (``holidays.tsv``) and the
grammar words the rules test for (``date_grammar.tsv``)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from khulasa.arabic.clitics import bare
from khulasa.arabic.normalize import normalize
from khulasa.arabic.resources import read_table


@dataclass(frozen=True)
class Words:
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
    pair_from: frozenset[str]
    pair_unit: frozenset[str]  # the dual of a unit between a pair's opener and its first date (بين عامي)
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
    quarter: frozenset[str]
    half: frozenset[str]
    months: dict[tuple[str, ...], tuple[int, str]]  # words -> (month, system)
    months_as_written: frozenset[str]  # one-word names always a month as written, whatever their key's system (آب)
    cues: frozenset[str]  # more words that may hold a date on their own (the pre-check)
    starts: frozenset[str]  # more words a date expression may start with
    before_digits: frozenset[str]  # words that start one only before digits (في 3 أيام)
    night: frozenset[str]  # the night that joins a day to the next (ليل الأربعاء إلى الخميس)
    not_today: frozenset[tuple[str, ...]]  # في اليوم: "the day" (في اليوم التالي) or "a day" (a rate), not today
    a_day_of: frozenset[str]  # اليوم الواحد، اليوم نفسه، اليوم الأول: one day, the same, an event's first
    the_two: frozenset[str]  # after الاثنين, «the two» (الاثنين الآخرين، الاثنين منهم), not Monday
    not_glued: frozenset[str]  # a proclitic and a day's word that are another word (لامس: touched, not ل + أمس)


def _keys(phrase: str) -> tuple[str, ...]:
    return tuple(normalize(w) for w in phrase.split())


def _by_kind() -> dict[str, list[tuple[str, str]]]:
    by: dict[str, list[tuple[str, str]]] = {}
    for row in read_table("date_words.tsv"):
        by.setdefault(row[0], []).append((row[1], row[2] if len(row) > 2 else ""))
    return by


@lru_cache(maxsize=1)
def words() -> Words:
    by = _by_kind()

    def bag(kind: str) -> frozenset[str]:
        return frozenset(normalize(p) for p, _ in by[kind])

    def numbered(kind: str) -> dict[str, int]:
        return {normalize(p): int(v) for p, v in by[kind]}

    rows = read_table("months.tsv")
    months = {_keys(name): (int(number), system) for name, number, system in rows}
    # (a spelling whose key a name shares keeps its month as written: آب, whose key اب is also أب)
    as_written = frozenset(name for name, _, system in rows if " " not in name and not system.endswith("-name"))
    return Words(
        days={_keys(p): int(v) for p, v in by["day"]}, parts=bag("part"), weekdays=numbered("weekday"),
        units={normalize(p): v for p, v in by["unit"]}, shifts=numbered("shift"),
        edges={normalize(p): v for p, v in by["edge"]}, since=bag("since"), ago=bag("ago"),
        range_from=bag("range_from"), range_to=bag("range_to"), pair_from=bag("pair_from"), pair_unit=bag("pair_unit"),
        hijri=bag("hijri"),
        weekday_bare=numbered("weekday_bare"), seasons=numbered("season"), decades=numbered("decade"),
        rest=bag("rest"), plurals={normalize(p): v for p, v in by["plural"]},
        few={normalize(p): int(v) for p, v in by["few"] if v}, decade_units=numbered("decade_unit"),
        weekend=frozenset(_keys(p) for p, _ in by["weekend"]), links=bag("link"), about=bag("about"),
        quarter=bag("quarter"), half=bag("half"), months=months, months_as_written=as_written, cues=bag("cue"),
        starts=bag("start"),
        before_digits=bag("start_number"), night=bag("night"),
        not_today=frozenset(_keys(p) for p, _ in by["not_today"]), a_day_of=bag("a_day_of"),
        the_two=bag("the_two"), not_glued=bag("not_glued"),
    )


@dataclass(frozen=True)
class Grammar:
    """The grammar words of ``date_grammar.tsv``, one field a role (the file says why each)."""
    month_word: frozenset[str]
    month_by_number: frozenset[str]
    the_month: frozenset[str]
    year_word: frozenset[str]
    the_year: frozenset[str]
    year_with_clitic: frozenset[str]
    era: frozenset[str]
    of: frozenset[str]
    of_ordinal_only: frozenset[str]
    from_: frozenset[str]
    every: frozenset[str]
    every_unit: frozenset[str]
    this: frozenset[str]
    this_masculine: frozenset[str]
    day_word: frozenset[str]
    day_lead: frozenset[str]
    the_day: frozenset[str]
    last_word: frozenset[str]
    week_word: frozenset[str]
    the_week: frozenset[str]
    hijri_after: frozenset[str]
    dual_shift: dict[str, int]
    months_dual: frozenset[str]
    plural_direction: dict[str, int]
    amount_direction: dict[str, int]
    after_next: frozenset[str]
    unit_after_next: dict[str, str]
    after: frozenset[str]
    counted_from: frozenset[str]
    last_amount: frozenset[str]
    ending: frozenset[str]
    ending_in: frozenset[str]
    first_part: frozenset[str]
    last_part: frozenset[str]
    months_quarter: dict[str, int]
    rest_unit: dict[str, str]
    edge_unit: frozenset[str]
    edge_shifted_unit: frozenset[str]
    edge_current_unit: frozenset[str]
    unit_singular: frozenset[str]
    article: str
    and_: str
    future_particle: frozenset[str]
    future_prefix: dict[str, str]
    future_written: frozenset[str]
    sentence_end: str
    conjunction: frozenset[str]
    possessive: frozenset[str]
    numbered_month: dict[tuple[str, ...], int]
    parse_filler: frozenset[str]
    comma: frozenset[str]
    edge_mark: str
    construct: dict[str, str]  # a noun's ending before a pronoun -> the ending it has alone
    age_after: frozenset[str]
    age_in: frozenset[str]
    age_person: frozenset[str]
    clause_mark: str
    that: frozenset[str]


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    by: dict[str, dict[str, str]] = {}
    for role, word, value, _why in read_table("date_grammar.tsv"):
        by.setdefault(role.rstrip("_"), {})[word] = value
    fields: dict[str, object] = {}
    for name, kind in Grammar.__annotations__.items():
        rows = by[name.rstrip("_")]
        if kind == "str":
            fields[name] = "".join(rows)
        elif kind == "dict[str, int]":
            fields[name] = {w: int(v) for w, v in rows.items()}
        elif kind == "dict[tuple[str, ...], int]":
            fields[name] = {tuple(w.split()): int(v) for w, v in rows.items()}
        elif kind == "dict[str, str]":
            fields[name] = dict(rows)
        else:
            fields[name] = frozenset(rows)
    return Grammar(**fields)  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def holidays() -> dict[tuple[str, ...], tuple[str, int, int, str]]:
    """Holiday names -> (calendar, month, day, what the value is: day, or month)."""
    return {_keys(name): (cal, int(m), int(d), what) for name, cal, m, d, what in read_table("holidays.tsv")}


@lru_cache(maxsize=1)
def nth() -> dict[str, int]:
    """Ordinal words counting days or weeks in a month (ثالث ثلاثاء، اخر اثنين): -1 is the last."""
    return {normalize(row[1]): int(row[2]) for row in read_table("date_words.tsv") if row[0] == "nth"}


@lru_cache(maxsize=1)
def not_future() -> frozenset[str]:
    """Words that begin like a future verb (س + imperfect) but are not one."""
    return frozenset(normalize(row[1]) for row in read_table("date_words.tsv") if row[0] == "not_future")


def is_not_future(key: str) -> bool:
    """The word is one of those that begin like a future verb but are not one, alone or with a
    possessive pronoun (سيطرتهم is سيطرة with هم: a noun, not سـ + a verb)."""
    words = not_future()
    if key in words:
        return True
    for suffix in grammar().possessive:
        stem = key[: -len(suffix)]
        if key.endswith(suffix) and (stem in words or _unconstructed(stem) in words):
            return True
    return False


def _unconstructed(stem: str) -> str:
    """A noun as it ends alone, from its form before a pronoun (سيطرت -> سيطره)."""
    for before, alone in grammar().construct.items():
        if stem.endswith(before):
            return stem[: -len(before)] + alone
    return stem


def named_weekday(text: str) -> int | None:
    """The ISO weekday a phrase names (صباح أمس السبت -> 6), or None."""
    weekdays = words().weekdays
    for word in normalize(text).split():
        plain = bare(word, "particle")
        if word in weekdays or plain in weekdays:
            return weekdays.get(word, weekdays.get(plain))
    return None


def about_words() -> frozenset[str]:
    """The words that make a time approximate (نحو، حوالي، قرابة), normalised."""
    return words().about


def says_about(text: str | None) -> bool:
    """The words of a time say «about» (قبل نحو أسبوع، منذ حوالي شهر)."""
    return text is not None and not words().about.isdisjoint(normalize(text).split())


def day_words() -> frozenset[str]:
    """Single words that name a day relative to the anchor (اليوم، أمس، غدا، الآن...)."""
    return frozenset(keys[0] for keys in words().days if len(keys) == 1)
