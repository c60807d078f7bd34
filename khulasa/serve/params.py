"""The parameters a page or an API call takes, read and checked: a bad one is a ``BadRequest``
naming the parameter and saying what it should be (a 400, never a 500)."""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Literal, get_args

from khulasa.arabic.terms import terms
from khulasa.model import Measure

MEASURES: tuple[Measure, ...] = get_args(Measure)  # the model's closed set, so a new measure is filterable
Level = Literal["story", "storyline"]  # what the front page, search and the API list: events, or storylines
LEVELS: tuple[Level, ...] = get_args(Level)
MAX_TEXT = 500  # characters a text parameter may have
MAX_PAGE = 100_000


class BadRequest(Exception):
    """A parameter that cannot be used; the message says which and why."""


def text(name: str, value: str | None) -> str | None:
    """A text parameter, stripped; empty is not given."""
    if value is None:
        return None
    value = value.strip()
    if len(value) > MAX_TEXT:
        raise BadRequest(f"{name}: at most {MAX_TEXT} characters")
    if "\x00" in value:
        raise BadRequest(f"{name}: holds a NUL character")
    return value or None


def day(name: str, value: str | None) -> date | None:
    """A day, written YYYY-MM-DD; empty is not given."""
    value = text(name, value)
    if value is None:
        return None
    try:
        return date.fromisoformat(value) if len(value) == 10 else _not_a_day(name, value)
    except ValueError:
        return _not_a_day(name, value)


def _not_a_day(name: str, value: str) -> date:
    raise BadRequest(f"{name}: {value!r} is not a day (write it YYYY-MM-DD, e.g. 2018-04-07)")


@dataclass(frozen=True)
class Span:
    """Days from ``since`` to ``until``, both included; either may be open."""

    since: date | None
    until: date | None

    def times(self) -> tuple[float, float]:
        """The span as POSIX times, open sides infinite."""
        lo = _midnight(self.since) if self.since else -math.inf
        hi = _midnight(self.until + timedelta(days=1)) - 1e-6 if self.until and self.until < date.max else math.inf
        return lo, hi

    def holds(self, d: date | None) -> bool:
        """Whether a day is in the span (an unknown day is in it only when the span is open)."""
        if d is None:
            return self.since is None and self.until is None
        return (self.since is None or d >= self.since) and (self.until is None or d <= self.until)


def _midnight(d: date) -> float:
    return datetime(d.year, d.month, d.day, tzinfo=UTC).timestamp()


def span(since: str | None, until: str | None) -> Span:
    lo, hi = day("since", since), day("until", until)
    if lo is not None and hi is not None and lo > hi:
        raise BadRequest(f"since {lo} is after until {hi}")
    return Span(lo, hi)


def phrase(q: str | None) -> tuple[str, list[str]] | None:
    """A query as written and its matching stems, or None when none is given."""
    q = text("q", q)
    if q is None:
        return None
    stems = list(terms(q))
    if not stems:
        raise BadRequest(f"q: {q!r} has no content words to search for")
    return q, stems


def measure(value: str | None) -> str | None:
    value = text("measure", value)
    if value is not None and value not in MEASURES:
        raise BadRequest(f"measure: {value!r} is not one of {', '.join(MEASURES)}")
    return value


def level(value: str | None) -> Level:
    value = text("level", value) or "story"
    for known in LEVELS:
        if value == known:
            return known
    raise BadRequest(f"level: {value!r} is not one of {', '.join(LEVELS)}")


def choice(name: str, value: str | None, options: tuple[str, ...]) -> str:
    """One of ``options`` (the first when not given)."""
    value = text(name, value) or options[0]
    if value not in options:
        raise BadRequest(f"{name}: {value!r} is not one of {', '.join(options)}")
    return value
