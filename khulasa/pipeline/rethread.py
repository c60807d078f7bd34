"""Storylines of a store after a regrouping: the stories that changed are profiled again and
threaded (``grouping.storylines.thread``) against the live stories of their weeks, which keep
their storylines. A storyline is never restructured without a logged reason (Story Forest's
rule): an event that joins two storylines merges the smaller into the larger (``merged``, with
the event), and a story merged into another takes its storyline along (``merged``, with both
stories). An event whose profile changed (articles joined or left its story) is threaded again
as if it were new, so that its storyline rests on what it is now, not on what it was when it
joined: it rejoins its storyline when it still links it, else it leaves it (``left``, with the
event and where it went). A storyline keeps its id as long as it has events: its earliest
changed event stays in it when all of its events changed. Every id stays valid (a merged one
points to where it went)."""
from __future__ import annotations

from itertools import count

from khulasa.grouping.storylines import Profile, StorylineOptions, profile, thread
from khulasa.pipeline.regroup import Regrouped
from khulasa.store.codec import pack_profile, profile_words, unpack_lead, unpack_profile
from khulasa.store.store import Store

DAY = 86400


def rethread(store: Store, grouped: Regrouped, opt: StorylineOptions) -> int:
    """Thread the stories ``grouped`` touched; returns how many storylines were merged."""
    merges = _follow_story_merges(store, grouped.merged)
    spans = store.story_spans(grouped.touched)
    if not spans:
        return merges
    leads = store.leads_of(spans)
    fresh = {s: _profile(s, spans[s], leads.get(s, []), opt) for s in sorted(spans)}
    loose = _loose(store, fresh)
    for s, p in fresh.items():
        store.set_profile(s, pack_profile(p))
    firsts = [spans[s][0] for s in spans]
    since = None if any(t is None for t in firsts) else min(t for t in firsts if t is not None) - opt.gap_days * DAY
    context = _reachable(store.profiles_since(since), fresh, opt.link)
    known = {str(s): str(line) for s, _, line in context if line is not None and s not in loose}
    profiles = [fresh.get(s) or unpack_profile(str(s), packed) for s, packed, _ in context]
    # a touched story keeps its storyline, but is linked again: it may now reach another; a
    # loose one is threaded as new
    result = thread(profiles, opt, known, (str(store.new_storyline()) for _ in count()), relink=set(map(str, fresh)))
    lines_now = store.storylines_of(int(s) for s in result.line_of)
    changed: set[int] = set()
    went: dict[int, int] = {}
    for merged, kept, event in result.merges:
        store.retire_storyline(int(merged), int(kept))
        store.log_storyline("merged", int(merged), int(kept), int(event), f"event {event} links both storylines")
        changed |= {int(merged), int(kept)}
        went[int(merged)] = int(kept)
        merges += 1
    for story, was in sorted(loose.items()):
        now = int(result.line_of[str(story)])
        while was in went:
            was = went[was]
        if now != was:  # logged before the event moves: the log reads in order
            store.log_storyline("left", was, now, story, f"event {story} changed and no longer links this storyline")
            changed.add(was)
    for event, line in result.line_of.items():
        if lines_now.get(int(event)) != int(line):
            store.set_storyline(int(event), int(line))
            changed.add(int(line))
    store.refresh_storylines(changed | {int(result.line_of[str(s)]) for s in fresh})
    return merges


def _reachable(
    context: list[tuple[int, str, int | None]], fresh: dict[int, Profile], link: float
) -> list[tuple[int, str, int | None]]:
    """The stories of the context that threading the fresh ones can touch, each storyline whole:
    those a fresh story links to (profile cosine at least ``link``) or shares a happening with,
    and every story of their storylines and of the fresh stories' own (whose summed profiles
    decide a join). The others' storylines cannot change: they are neither unpacked nor threaded
    again (most of a small ingest's threading went to the thousands of them in its weeks)."""
    weights: dict[str, list[tuple[int, float]]] = {}
    for k, p in enumerate(fresh.values()):
        for t, w in p.vector:
            weights.setdefault(t, []).append((k, w))
    happenings = {p.happening for p in fresh.values() if p.happening}
    lines = {line for s, _, line in context if s in fresh and line is not None}
    linked: set[int] = set()
    for s, packed, line in context:
        if s in fresh:
            continue
        vector, happening = profile_words(str(s), packed)
        dots: dict[int, float] = {}
        for t, v in vector:
            for k, w in weights.get(t, ()):
                dots[k] = dots.get(k, 0.0) + w * v
        if happening in happenings or any(d >= link for d in dots.values()):
            linked.add(s)
            if line is not None:
                lines.add(line)
    return [row for row in context if row[0] in fresh or row[0] in linked or row[2] in lines]


def _loose(store: Store, fresh: dict[int, Profile]) -> dict[int, int]:
    """The threaded stories whose profile (stems, countries or happening) changed, with their storylines:
    the links that put them there were made with what they were. A storyline all of whose
    events changed keeps its earliest (it keeps the id; its other events are threaded to it)."""
    before = store.profiles_of(fresh)
    lines = store.storylines_of(fresh)
    moved: dict[int, list[Profile]] = {}
    for s, p in fresh.items():
        line, packed = lines.get(s), before.get(s)
        if line is not None and packed is not None:
            old = unpack_profile(str(s), packed)
            if (old.vector, old.countries, old.happening) != (p.vector, p.countries, p.happening):
                moved.setdefault(line, []).append(p)
    sizes = store.storyline_events(moved)
    loose: dict[int, int] = {}
    for line, events in moved.items():
        events.sort(key=lambda p: (p.first is None, p.first or 0, int(p.event)))
        for p in events[1:] if sizes.get(line, 0) <= len(events) else events:
            loose[int(p.event)] = line
    return loose


def _profile(
    story: int, span: tuple[float | None, float | None, int], packed: list[str], opt: StorylineOptions
) -> Profile:
    first, last, _ = span
    days = [int(t // DAY) + _EPOCH for t in (first, last) if t is not None]
    return profile(str(story), [unpack_lead(x) for x in packed], days, opt)


_EPOCH = 719163  # date(1970, 1, 1).toordinal(): a POSIX day number as a proleptic ordinal


def _follow_story_merges(store: Store, merged: list[tuple[int, int]]) -> int:
    """A story merged into another takes its storyline with it: when the two were in different
    storylines, the merged story's storyline is merged into the other's (logged with both
    stories)."""
    if not merged:
        return 0
    lines = store.storylines_of({s for pair in merged for s in pair})
    merges = 0
    for gone, into in merged:
        a, b = lines.get(gone), lines.get(into)
        store.set_storyline(gone, None)
        if a is None or b is None or a == b:
            continue
        store.retire_storyline(a, b)
        store.log_storyline("merged", a, b, into, f"story {gone} of this storyline was merged into story {into}")
        lines = {s: (b if line == a else line) for s, line in lines.items()}
        store.refresh_storylines({a, b})
        merges += 1
    return merges
