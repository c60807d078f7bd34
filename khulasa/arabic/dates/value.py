"""What the reader gives: a date value (a day, week, month, year or interval) and a match."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


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


# What one rule reads at a token: (value, index after, relative to the anchor?)
Read = tuple[DateValue | None, int, bool]
