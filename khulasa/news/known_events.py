"""Known events (``news/data/known_events.tsv``): the first days of wars, campaigns, attacks and
disasters that news counts from without stating them (منذ بدء الهجوم، الحرب في سوريا، تسونامي
عام 2004). A lookup: which known event a figure's words and places name, going on or begun when."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Literal

from khulasa.arabic.normalize import normalize
from khulasa.news.places import gazetteer, lineage
from khulasa.news.resources import read_table

Kind = Literal["war", "campaign", "protest", "attack", "disaster", "contest"]
KINDS: frozenset[str] = frozenset({"war", "campaign", "protest", "attack", "disaster", "contest"})
AFTERMATH = timedelta(days=30)  # news still counts an ended campaign's toll from its start this long after
STORYLINE_DAYS = timedelta(days=21)  # a happening's coverage (reactions, inquiries) goes on this long after it
TOLL_DAYS = timedelta(days=3)  # a disaster's toll so far is still counted from its day this long after it ended


@dataclass(frozen=True, slots=True)
class KnownEvent:
    """One row of the table."""

    first: date
    last: date | None  # None: going on (a war)
    kind: Kind
    places: frozenset[str]  # canonical places; empty: anywhere
    words: tuple[tuple[str, ...], ...]  # normalised alternatives, each all of its words
    name: str
    storyline: tuple[tuple[str, ...], ...] = ()  # what names it as a whole in a lead (same form)
    storyline_by_place: bool = False  # a lead naming one of its places, in its days, is about it
    covered: timedelta = STORYLINE_DAYS  # how long after its last day a lead naming it is about it

    def storyline_ends(self) -> date | None:
        """The last day its coverage is read as its storyline's (None: no storyline of its own)."""
        if (self.storyline or self.storyline_by_place) and self.last is not None:
            return self.last + self.covered
        return None

    def going_on(self, day: date) -> bool:
        """Begun before ``day`` and not over more than ``AFTERMATH`` before it (a disaster:
        ``TOLL_DAYS``; a crash's toll three weeks on is another crash's)."""
        after = TOLL_DAYS if self.kind == "disaster" else AFTERMATH
        return self.first < day and (self.last is None or day <= self.last + after)

    def named_in(self, key: str) -> bool:
        """Its words are in the normalised text (no words: nothing to match, so it is)."""
        return not self.words or any(all(w in key for w in alternative) for alternative in self.words)

    def placed_in(self, places: Iterable[str]) -> bool:
        """One of the places, or a place they lie in, is one of its places (none: anywhere)."""
        return not self.places or any(p in self.places for place in places for p in lineage(place))


@cache
def known_events() -> tuple[KnownEvent, ...]:
    """Every row, in the file's order."""
    out = []
    for row in read_table("known_events.tsv"):
        first, last, kind, places, words, storyline, name = row[:7]
        if kind not in KINDS:
            raise ValueError(f"known_events.tsv: {name}: kind {kind!r} is none of {sorted(KINDS)}")
        out.append(KnownEvent(
            date.fromisoformat(first), None if last == "-" else date.fromisoformat(last), kind,  # type: ignore[arg-type]
            frozenset(p for p in places.split("|") if p), _alternatives(words), name,
            () if storyline == "*" else _alternatives(storyline), storyline == "*",
            timedelta(days=int(row[8])) if len(row) > 8 and row[8] else STORYLINE_DAYS,
        ))
    return tuple(out)


def _alternatives(words: str) -> tuple[tuple[str, ...], ...]:
    """``a+b|c`` -> ((a, b), (c,)), normalised."""
    return tuple(tuple(normalize(w) for w in alternative.split("+")) for alternative in words.split("|") if alternative)



def started_for(kinds: frozenset[str], day: date, places: Iterable[str], key: str) -> KnownEvent | None:
    """The event of one of ``kinds`` going on on ``day`` in one of the places that the
    normalised text ``key`` names (or that needs no words): the one the words name, else the most
    local, else the latest begun (a campaign in a war)."""
    places = list(places)
    found = [
        e for e in known_events()
        if e.kind in kinds and e.going_on(day) and e.placed_in(places) and e.named_in(key)
    ]
    return max(found, key=specificity, default=None)


def begun_within(first: date, last: date, places: Iterable[str], key: str, since: bool) -> KnownEvent | None:
    """The event begun between ``first`` and ``last`` (a month, a year) whose words the text
    names and whose place holds one of the places; one with no words of its own (a war, a
    campaign) only for a count since then (منذ 2011 in Syria, not خطة الأمم المتحدة للعام 2018)."""
    places = list(places)
    found = [
        e for e in known_events()
        if e.kind != "contest" and first <= e.first <= last and e.placed_in(places) and e.named_in(key)
        and (e.words or (e.places and since))
    ]
    return max(found, key=specificity, default=None)


def struck_before(day: date, places: Iterable[str], key: str) -> KnownEvent | None:
    """The latest disaster going on (or just over) on ``day`` in one of the places, named by
    the text (the floods, the quake the article's title or lead names)."""
    places = list(places)
    found = [
        e for e in known_events()
        if e.kind == "disaster" and e.words and e.going_on(day) and e.placed_in(places) and e.named_in(key)
    ]
    return max(found, key=lambda e: e.first, default=None)


def specificity(e: KnownEvent) -> tuple[bool, int, date]:
    """Named by words first, then the deepest place, then the latest begun."""
    deepest = max((len(lineage(p)) for p in e.places), default=0)
    return (bool(e.words), deepest, e.first)


ATTACK_TOLL_DAYS = timedelta(days=3)  # a toll of a known attack is still rising this long after it


def attack_named(day: date, places: Iterable[str], key: str) -> KnownEvent | None:
    """The known attack the text names, in one of the places, struck on ``day`` or at most
    ``ATTACK_TOLL_DAYS`` before it (ارتفعت حصيلة ضحايا القصف بالغازات السامة على دوما)."""
    places = list(places)
    found = [
        e for e in known_events()
        if e.kind == "attack" and e.words and timedelta(0) <= day - e.first <= ATTACK_TOLL_DAYS
        and e.placed_in(places) and e.named_in(key)
    ]
    return max(found, key=specificity, default=None)



def storyline_candidates(day: date, key: str) -> list[KnownEvent]:
    """The happenings with storyline words that the normalised lead ``key`` names on ``day``
    (from their first day to ``STORYLINE_DAYS`` after their last), not followed by another year
    (كأس العالم 2026 during the 2018 World Cup), and those read by place alone (a campaign); their
    places are left to the caller to check."""
    return [
        e for e in known_events()
        if (ends := e.storyline_ends()) is not None and e.first <= day <= ends
        and (
            _spelling_within(e.places, key) if e.storyline_by_place
            else any(_named_this_time(alternative, key, e) for alternative in e.storyline)
        )
    ]


def _spelling_within(places: frozenset[str], key: str) -> bool:
    """Some spelling of a place inside one of ``places`` is in the normalised text: a quick test
    before the lead's places are read (most leads in a campaign's days are about elsewhere)."""
    return any(name in key for name in _spellings_within(places))


@cache
def _spellings_within(places: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted({
        " ".join(words) for words, place in gazetteer().items() if any(p in places for p in lineage(place))
    }))


@cache
def known_event(name: str) -> KnownEvent | None:
    """The row of that name."""
    return next((e for e in known_events() if e.name == name), None)


_YEAR_AFTER = re.compile(r"\s*(?:ل?عام\s*)?(\d{4})")  # كأس العالم 2026، كاس العالم لعام 2026


def _named_this_time(alternative: tuple[str, ...], key: str, e: KnownEvent) -> bool:
    """All the alternative's words are in ``key``, and (one phrase) at least once not followed by
    a year outside the happening's."""
    if not all(w in key for w in alternative):
        return False
    if len(alternative) > 1:
        return True
    years = range(e.first.year, (e.last or e.first).year + 1)
    phrase, start = alternative[0], 0
    while (at := key.find(phrase, start)) >= 0:
        start = at + len(phrase)
        year = _YEAR_AFTER.match(key, start)
        if year is None or int(year.group(1)) in years:
            return True
    return False
