"""The storyline stage: a storyline's events, already digested, put in time order and read
together: each event's one-line summary, the storyline's dated digest, and its figures, claims,
tracks and timeline across events. A pure function of the events and their articles."""
from __future__ import annotations

from collections import Counter
from datetime import date

from khulasa.arabic.terms import terms
from khulasa.grouping.vectors import term_idf
from khulasa.model import Article, Event, Excerpt, Happening, Story, Storyline
from khulasa.story.claims import reconcile
from khulasa.story.digest import DigestOptions, adds_little
from khulasa.story.tracker import tracks

# figures a storyline lines up at most: a story's cap would cut a long storyline's tracker off
# partway (the whole-corpus Ghouta thread has 1,475 figures); complete linkage is compared per
# claim family, so this many stays under a second
STORYLINE_CLAIM_FIGURES = 5000
DIGEST_EVENTS = 12
# lines of different events share the storyline's own names (دوما، الكيماوي) by nature: one
# must add half its content, not the 70 % a sentence must add within one event's digest
_ACROSS_EVENTS = DigestOptions(novelty=0.5)  # events a storyline's digest states at most: the most covered ones


def storyline_work(
    line_id: str, events: list[Story], by_id: dict[str, Article], with_figures: bool = True
) -> Storyline:
    """The storyline of ``events`` (digested stories, with anchored articles in ``by_id``)."""
    happenings = sorted((_happening(s, by_id) for s in events), key=_when)
    size = {s.id: len(s.articles) for s in events}
    line = Storyline(line_id, _title(happenings, size), happenings, digest=_digest(happenings, size))
    ordered = {h.story: k for k, h in enumerate(happenings)}
    stories = sorted(events, key=lambda s: ordered[s.id])
    if len(stories) == 1:  # a storyline of one event: its event's own work, not done again
        only = stories[0]
        line.figures, line.claims, line.tracks, line.timeline = only.figures, only.claims, only.tracks, only.timeline
        return line
    if with_figures:
        line.figures = [f for s in stories for f in s.figures]
        members = {i: by_id[i] for s in stories for i in s.articles}
        line.claims = reconcile(line.figures, members, STORYLINE_CLAIM_FIGURES)
        line.tracks = tracks(line.claims, line.figures, members)
    line.timeline = _timeline([e for s in stories for e in s.timeline])
    return line


def _happening(s: Story, by_id: dict[str, Article]) -> Happening:
    days = [d for i in s.articles if (d := by_id[i].anchor_day) is not None]
    return Happening(s.id, min(days, default=None), max(days, default=None), s.title, _summary(s))


def _summary(s: Story) -> Excerpt | None:
    """The digest sentence that states the event best: its stems weighted by idf and by how
    many of the digest's other sentences, and the title (counted twice), say them too, per
    stem; the first among equals. The digest is in reading order, so its first sentence may be
    background or one item of a listed agreement (4- والأفراد الذين يوافقون...)."""
    if not s.digest:
        return None
    stems = [set(terms(e.text)) for e in s.digest]
    title = set(terms(s.title))
    shared = Counter(t for x in stems for t in x)

    def score(k: int) -> float:
        said = [term_idf(t) * (shared[t] - 1 + 2 * (t in title)) for t in stems[k]]
        return sum(said) / max(len(stems[k]), 1) ** 0.5

    return s.digest[max(range(len(s.digest)), key=lambda k: (score(k), -k))]


def _when(h: Happening) -> tuple[bool, date, str]:
    return h.first is None, h.first or date.min, h.story


def _title(happenings: list[Happening], size: dict[str, int]) -> str:
    """The title of its seminal event: the earliest whose coverage is at least half the largest
    event's (TDT's topic is a seminal event and what follows from it; the largest event alone
    is often a late turn, such as a strike after weeks of an offensive)."""
    if not happenings:
        return ""
    top = max(size[h.story] for h in happenings)
    return next(h.title for h in happenings if 2 * size[h.story] >= top)


def _digest(happenings: list[Happening], size: dict[str, int]) -> list[Happening]:
    """The summaries of its most covered events (at most ``DIGEST_EVENTS``), in time order,
    less any that says little its earlier lines have not said: what happened, dated, once."""
    ranked = sorted((h for h in happenings if h.summary), key=lambda h: -size[h.story])[:DIGEST_EVENTS]
    keep = {h.story for h in ranked}
    said: set[str] = set()
    out: list[Happening] = []
    for h in happenings:
        if h.story not in keep or h.summary is None:
            continue
        stems = _stems(h)
        if out and adds_little(stems, said, _ACROSS_EVENTS):
            continue
        out.append(h)
        said.update(stems)
    return out


def _stems(h: Happening) -> tuple[str, ...]:
    """The stems of a happening's summary sentence."""
    return tuple(terms(h.summary.text)) if h.summary else ()


def _timeline(entries: list[Event]) -> list[Event]:
    """The events' timelines as one, in date order; an entry two events both hold (one sentence
    quoted by both) once."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    for e in sorted(entries, key=lambda e: (e.first, e.last, e.article, e.start)):
        key = (e.article, e.start, e.end)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
