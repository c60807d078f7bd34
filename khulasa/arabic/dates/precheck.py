"""The fast pre-check: whether a text may hold a date finer than a year at all, by whole-word
set lookups (a set lookup per word is several times cheaper than a regular expression of
every cue)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from khulasa.arabic.dates.words import holidays, words
from khulasa.arabic.normalize import normalize_sentence
from khulasa.arabic.resources import precheck_clitics
from khulasa.arabic.tokenize import word_runs


@dataclass(frozen=True)
class _Cues:
    words: frozenset[str]  # with their clitics, as whole words
    phrases: dict[str, tuple[tuple[str, ...], ...]]  # first word (with clitics) -> the rest
    edges: frozenset[str]  # cues only before a number (أواخر 2017)


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    """Words without which a sentence holds no date finer than a year (for a fast pre-check).
    Words that only join a date to others (في، بعد، قبل، هذا، أول، نهاية...) are cues only
    with what they join: a multi-word day phrase whole (بعد غد), an edge before a number
    (أواخر 2017); before a month, a unit or a weekday, that word is the cue."""
    w = words()
    cues: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    for k in w.days:
        (phrases.add(k) if len(k) > 1 else cues.add(k[0]))
    cues.update(w.weekdays, w.since, w.seasons, w.decades, w.plurals, w.units, w.decade_units)
    cues.update(k[0] for k in w.months)
    cues.update(k[0] for k in holidays())
    cues.update(w.cues)
    cues.update(w.hijri)
    prefixes = precheck_clitics("date_prefix")
    rest: dict[str, set[tuple[str, ...]]] = {}
    for p in phrases:
        for prefix in prefixes:
            rest.setdefault(prefix + p[0], set()).add(p[1:])
    return _Cues(
        words=frozenset(prefix + c for c in cues if len(c) > 1 for prefix in prefixes),
        phrases={k: tuple(sorted(v)) for k, v in rest.items()},
        edges=frozenset(prefix + e for e in {*w.edges, *w.rest} for prefix in prefixes),
    )


_NUMERIC_DATE = re.compile(r"\d\s*[/\-.]\s*\d")  # 9/3/2018, 2018-03-09


def may_contain(text: str) -> bool:
    """A fast test: False means ``find`` would find no date finer than a year in ``text``."""
    key = normalize_sentence(text)
    if _NUMERIC_DATE.search(key):
        return True
    runs = word_runs(key)
    c = _cues()
    if not c.words.isdisjoint(runs):
        return True
    if c.phrases.keys().isdisjoint(runs) and c.edges.isdisjoint(runs):
        return False
    for i, run in enumerate(runs):
        if run in c.edges and i + 1 < len(runs) and runs[i + 1][:1].isdigit():
            return True
        for rest in c.phrases.get(run, ()):
            if runs[i + 1:i + 1 + len(rest)] == rest:
                return True
    return False
