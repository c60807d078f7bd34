"""The order the reader tries its rules in at a token: the first that reads a date wins. Longer
and more specific readings come first (a holiday before its words, يوم 27 before يوم, a weekday
before a date written out after it)."""
from __future__ import annotations

from khulasa.arabic.dates.explicit import read_explicit
from khulasa.arabic.dates.periods import PERIODS
from khulasa.arabic.dates.relative import RELATIVE, year_alone
from khulasa.arabic.dates.scan import Rule

RULES: tuple[Rule, ...] = (*PERIODS, *RELATIVE, read_explicit, year_alone)
