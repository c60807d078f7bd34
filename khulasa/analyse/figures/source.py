"""Who says so: each number of a sentence takes the attribution that governs it
(``news/attribution.py``)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate

from khulasa.arabic.numbers import NumberMatch
from khulasa.news.attribution import Attribution


class Sources:
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
