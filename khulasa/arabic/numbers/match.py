"""What the reader gives: one number found in a text, and the kinds of numbers it tells apart."""
from __future__ import annotations

from dataclasses import dataclass

KINDS = (
    "count", "percent", "fraction", "money", "year", "date", "time", "duration", "ordinal", "identifier", "measure",
    "score",
)
# quantities a figure can state (a match score too: a story may track it, never as a count of people)
COUNT_KINDS = frozenset({"count", "percent", "fraction", "money", "score"})


@dataclass(frozen=True, slots=True)
class NumberMatch:
    start: int
    end: int
    text: str
    value: float | None  # None for a range or a vague count
    low: float | None = None
    high: float | None = None
    approx: bool = False
    bound: str | None = None  # "min" (أكثر من) or "max" (أقل من)
    vague: bool = False  # عشرات، مئات، آلاف: an order of magnitude, not a count
    kind: str = "count"  # one of KINDS
    change_from: float | None = None  # ارتفع من 10 إلى 21: value 21, change_from 10
    relative: str | None = None  # an ordinal by position: "current+1" (التالي), "end-1" (قبل الأخير)

    @property
    def is_count(self) -> bool:
        return self.kind in COUNT_KINDS
