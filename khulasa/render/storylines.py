"""What the Markdown and HTML reports show of a storyline, shared by both: its days, where each
event stands in it, which of its tracks follow a quantity across events, and which events'
summaries its dated digest already states.

A storyline of one event is shown compactly (its title, days and a pointer to the event's
section): its digest would be the event's first digest sentence and its figures, claims, tracks
and timeline the event's own, so a full section would print them all twice."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from khulasa.model import Digest, Happening, Storyline, Track
from khulasa.render.labels import counted, days_label

UNDATED = "بلا تاريخ"


def days(first: date | None, last: date | None) -> str:
    """An event's or a storyline's days: one day, or first – last."""
    if first is None or last is None:
        return UNDATED
    return days_label(first, last) or UNDATED


def spans_events(line: Storyline) -> bool:
    """Whether it gets a full section: more than one event."""
    return len(line.events) > 1


@dataclass(slots=True)
class Membership:
    """Where a story (an event) stands in its storyline: the storyline and its place (1-based)
    among the storyline's events in time order."""

    line: Storyline
    position: int
    happening: Happening


def memberships(result: Digest) -> dict[str, Membership]:
    """Story id -> its storyline and its place in it."""
    out = {}
    for line in result.storylines:
        for k, h in enumerate(line.events, start=1):
            out[h.story] = Membership(line, k, h)
    return out


def event_of(result: Digest) -> dict[str, str]:
    """Article id -> the story (event) it belongs to."""
    return {a: st.id for st in result.stories for a in st.articles}


def across_events(line: Storyline, events: dict[str, str]) -> tuple[list[Track], int]:
    """The storyline's tracks that follow a quantity over more than one of its events (``events``:
    article id -> event, as ``event_of`` gives it), and how many others it has. A track within
    one event is the event's own, shown in its section: the storyline's tracker is for what moves
    from one event to the next (a toll across weeks), and on a phone fifty charts of which thirty
    repeat the events' would bury it."""
    shown = []
    for t in line.tracks:
        seen = {events.get(line.figures[p.figure].article) for s in t.series for p in s.points}
        if len(seen) > 1:
            shown.append(t)
    return shown, len(line.tracks) - len(shown)


def within_note(shown: list[Track], within: int) -> str | None:
    """What the tracker says of the tracks it leaves to the events (``across_events``)."""
    if not within:
        return None
    more = f"و{counted(within, 'كمية')} أخرى" if shown else counted(within, "كمية")
    return f"{more} تُتابَع داخل حدث واحد: في قسم ذلك الحدث"


def in_digest(line: Storyline) -> set[str]:
    """The events whose summary the storyline's dated digest states: the events list gives them
    by title only, so no sentence is printed twice in one storyline."""
    return {h.story for h in line.digest}
