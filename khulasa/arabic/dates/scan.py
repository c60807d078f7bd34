"""A text being read: its tokens and numbers, the anchor, and the small readers every rule
uses (a month name, a year, a day of the month) at a token index. The rules themselves are in
``explicit.py``, ``relative.py`` and ``periods.py``; ``Scan.read`` walks them in order."""
from __future__ import annotations

import copy
from bisect import bisect_left
from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache

from khulasa.arabic.clitics import bare
from khulasa.arabic.dates.value import Read
from khulasa.arabic.dates.words import grammar, words
from khulasa.arabic.numbers import NumberMatch
from khulasa.arabic.numbers import find as find_numbers
from khulasa.arabic.numbers import scan as scan_numbers
from khulasa.arabic.tokenize import Token

NAME_TOO = "-name"  # the suffix of a month system in months.tsv whose word is also a name (ماي)
Rule = Callable[["Scan", int], Read | None]


@lru_cache(maxsize=256)
def _prepared(text: str) -> tuple[list[Token], list[str], list[int], dict[int, NumberMatch]]:
    """Tokens and numbers of a text: they do not depend on the anchor, so a text read against
    several candidate anchors (as anchors.py does) is prepared once."""
    toks, found = scan_numbers(text)
    starts = [t.start for t in toks]
    numbers: dict[int, NumberMatch] = {}
    for m in found:
        k = bisect_left(starts, m.start)
        if k < len(toks):
            numbers[k] = m
    return toks, [t.key for t in toks], starts, numbers


NOT_A_DAY = frozenset({"percent", "money", "fraction", "score", "measure"})


class Scan:
    def __init__(
        self, text: str, anchor: date | None, prefer: str, rules: Sequence[Rule], turned: bool = False,
    ):
        self.text = text
        self.anchor = anchor
        self.turned = turned  # the writer's day may already be the anchor's next (see spans.day_turned)
        self.prefer = prefer
        self.rules = rules
        self.toks, self.keys, self._starts, self.numbers = _prepared(text)
        self.n = len(self.toks)
        self._bares: dict[int, str] = {}  # token index -> its bare key, as the rules ask
        self.futures: dict[int, bool] = {}  # token index -> whether it marks the future, as find asks
        self.w = words()
        self.g = grammar()

    def read(self, i: int) -> Read | None:
        """A date expression starting at token i: the first rule that reads one."""
        for rule in self.rules:
            got = rule(self, i)
            if got is not None:
                return got
        return None

    def with_key(self, j: int, key: str) -> Scan:
        """The same scan with token j read as ``key`` (بشهر اكتوبر read as شهر اكتوبر)."""
        sub = copy.copy(self)
        sub.keys = list(self.keys)
        sub.keys[j] = key
        sub._bares = {}
        return sub

    # -- tokens

    def gap(self, i: int) -> str:
        """Text between token i-1 and token i."""
        return self.text[self.toks[i - 1].end:self.toks[i].start]

    def adjacent(self, i: int) -> bool:
        """Token i follows token i-1 with nothing or a comma between."""
        if not 0 < i < len(self.toks):
            return False
        between = self.gap(i).strip()
        return between == "" or between in self.g.comma

    def key(self, i: int) -> str:
        return self.keys[i] if 0 <= i < self.n else ""

    def bare(self, i: int) -> str:
        """Token i's key without a one-letter proclitic (والخميس -> الخميس)."""
        found = self._bares.get(i)
        if found is None:
            found = self._bares[i] = bare(self.key(i), "particle")
        return found

    def index_at_end(self, end: int) -> int:
        """The index of the first token starting at or after a text offset."""
        return bisect_left(self._starts, end)

    # -- small readers: each returns (value, index after) or None

    def month_at(self, i: int) -> tuple[int, int] | None:
        """(month, index after) of a month name (one or two words, or كانون 2) or number (شهر 3)."""
        if i >= len(self.toks):
            return None
        return self._month_by_number(i) or self._month_after_word(i) or self._numbered_month(i) or self._month_name(i)

    def _month_by_number(self, i: int) -> tuple[int, int] | None:
        """شهر 3، شهر ثلاثة، شهر عشرة، الشهر التاسع: a month by its number."""
        if self.key(i) in self.g.month_by_number and i + 1 < len(self.toks):
            m = self.numbers.get(i + 1)
            if m is not None and m.value is not None and m.value == int(m.value) and 1 <= m.value <= 12 and (
                m.kind != "ordinal" or self.key(i) in self.g.the_month
            ):
                return int(m.value), self.index_at_end(m.end)
        return None

    def _month_after_word(self, i: int) -> tuple[int, int] | None:
        """شهر اذار، شهر تشرين الأول: the word شهر before a name."""
        if self.key(i) in self.g.month_word and i + 1 < len(self.toks):
            return self.month_at(i + 1)
        return None

    def _numbered_month(self, i: int) -> tuple[int, int] | None:
        """كانون 2، تشرين 1: the Levantine months written with a number."""
        pair = (self.bare(i), self.key(i + 1))
        if pair in self.g.numbered_month and self.adjacent(i + 1):
            return self.g.numbered_month[pair], self.alt_month(i + 2)
        return None

    def _month_name(self, i: int) -> tuple[int, int] | None:
        """مارس، تشرين الأول، وآذار: a Gregorian month's name (a Hijri one is not read here)."""
        months = self.w.months
        for n in (2, 1):
            found = tuple(self.keys[i:i + n])
            if len(found) < n:
                continue
            for cand in (found, (self.bare(i),) + found[1:]):
                if cand in months:
                    month, system = months[cand]
                    if system == "hijri" or (system.endswith(NAME_TOO) and not self._a_month_still(i, n)):
                        return None
                    return month, self.alt_month(i + n, month)
        return None

    def _a_month_still(self, i: int, n: int) -> bool:
        """A name that is also a person's or a word's is a month dated (5 ماي، ماي 2018), after شهر (شهر أب), or
        in a spelling only a month has (وآب، with آب's madda), or written beside its other system's name (أب/أغسطس)."""
        written = self.text[self.toks[i].start:self.toks[i].end]
        return (
            self._dated_month(i, n) or (i > 0 and self.key(i - 1) in self.g.month_word) or self.alt_month(i + n) > i + n
            or written in self.w.months_as_written or written[1:] in self.w.months_as_written
        )

    def _dated_month(self, i: int, n: int) -> bool:
        """A day number before the month's name or a year after it (5 ماي، ماي 2018)."""
        return (i > 0 and self.day_number_at(i - 1) is not None) or self.year_at(i + n) is not None

    def hijri_month_at(self, i: int) -> tuple[int, int] | None:
        """(month, index after) of a Hijri month's name: رجب، ذو القعدة."""
        for n in (2, 1):
            found = tuple(self.keys[i:i + n])
            if len(found) == n and found in self.w.months and self.w.months[found][1] == "hijri":
                return self.w.months[found][0], i + n
        return None

    def alt_month(self, j: int, month: int = 0) -> int:
        """Skip the same month in the other system: شباط/فبراير، مايو / أيار، فبراير شباط."""
        if j < len(self.toks) and self.gap(j).strip() in ("/", "", "-", "("):
            for n in (2, 1):
                found = tuple(self.keys[j:j + n])
                if len(found) == n and found in self.w.months and (
                    self.gap(j).strip() == "/" or self.w.months[found][0] == month
                ):
                    return j + n
        return j

    def number_at(self, i: int) -> tuple[float, int, NumberMatch] | None:
        m = self.numbers.get(i)
        if m is None or m.value is None:
            return None
        return m.value, self.index_at_end(m.end), m

    def undated_after(self, j: int) -> bool:
        """No year or shift word stands at token ``j`` to say which unit the one before is (العام alone is
        this year; العام 2017، العام الماضي say which)."""
        return j >= len(self.toks) or (self.year_at(j) is None and self.key(j) not in self.w.shifts)

    def year_at(self, i: int) -> tuple[int, int] | None:
        """(year, index after) of a year: 2018، عام 2018، 2018 م، عام 247."""
        k = i
        if self.key(k) in self.g.year_word and k + 1 < len(self.toks):
            k += 1
        n = self.number_at(k)
        if n is None:
            return None
        value, j, m = n
        # after عام any year written in figures (عام 247) and one of three figures in words (عام مائتين
        # وسبعة وستين); a smaller one in words is a length (لمدة عام واحد: a year, not the year 1)
        low = (1 if any(ch.isdigit() for ch in m.text) else 100) if k > i else 1000
        if value == int(value) and low <= value <= 2100 and m.kind in ("year", "count", "date", "duration"):
            if j < len(self.toks) and self.keys[j] in self.g.era:
                j += 1
            return int(value), j
        return None

    def day_number_at(self, i: int) -> tuple[int, int] | None:
        """A day of the month: 9، ٢٤، الثالث، الحادي والعشرين."""
        m = self.numbers.get(i)
        if m is None or m.value is None or m.value != int(m.value) or not 1 <= m.value <= 31:
            return None
        if not (m.kind == "ordinal" or any(ch.isdigit() for ch in m.text) or m.kind == "date"):
            return None
        if m.kind in NOT_A_DAY:
            return None  # 17%، 5 ملايين دولار: a share or a sum, never a day of the month
        j = self.index_at_end(m.end)
        # الحادي والعشرين، الثالث والعشرون
        if m.kind == "ordinal" and j < len(self.toks) and self.keys[j].startswith(self.g.and_):
            nxt = self.numbers.get(j)
            tens = find_numbers(self.toks[j].text[1:]) if nxt is None else [nxt]
            if tens and tens[0].value in (20.0, 30.0) and m.value + tens[0].value <= 31:
                return int(m.value + tens[0].value), j + 1
        return int(m.value), j
