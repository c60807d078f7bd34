"""Storylines: events (stories) threaded over days to months by shared vocabulary and places.

An event's profile: for each stem of its articles' leads (title and first two body sentences,
numbers left out) with a background idf of at least ``idf_min``, the share of its original
articles whose lead holds it times its idf (at most ``idf_max``); the ``terms`` heaviest kept,
L2-normalised. What
most of an event's coverage names in its lead (دوما، الكيماوي، الغوطة) outweighs what one outlet
adds. Its countries: those its articles' titles name, each counted once per title.

Events are taken in the order they arrive (their first day). An event is compared with the
events before it whose last day is at most ``gap_days`` before its first (a candidate when the
cosine of their profiles reaches ``link``), strongest first, and joins the candidate's storyline
only when the two storylines agree as wholes: the cosine of the sums of their events' profiles
reaches ``cohere``, and, when both name countries, the cosine of their country counts is above
``places`` (waived when they name a country in common and the cosine of their profiles reaches
``places_waived``). The whole-storyline test is what stops
one shared word chaining storylines (a strike in Afrin into the Ghouta offensive); the country
test keeps apart storylines of one vocabulary in different countries (Lebanon's election and
Iraq's), but not two of one place whose vocabularies agree (the Skripal case, Britain and Russia,
and the OPCW's report on it, whose titles also name Syria).

A known happening (``news/data/known_events.tsv``, its storyline words: the World Cup, the Douma
attack, the Genoa bridge) ties events whose words do not: an event at least half of whose articles'
leads name it, in its place and days, joins the happening's storyline and no other (the World
Cup's match reports name different teams; the Douma attack's coverage shares Ghouta's words). A
happening's storyline takes other new events by the tests above, but never absorbs a storyline made
before it, nor one of another happening.

Threading only ever joins: a storyline keeps its id and its events, and when an event links two
storylines, the smaller is merged into the larger and the merge is returned, with the event that
made it, to be logged. The same function threads a whole input at once or a store's new events
(and those whose profile changed, threaded again as new: ``pipeline.rethread``) against the
storylines it already has.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from khulasa import checks
from khulasa.arabic.normalize import normalize
from khulasa.arabic.terms import terms
from khulasa.grouping.vectors import term_idf
from khulasa.model import Article
from khulasa.news.known_events import known_event, specificity, storyline_candidates
from khulasa.news.places import countries_named, country_adjectives, gazetteer, places_named
from khulasa.news.roundups import is_roundup


@dataclass(frozen=True)
class StorylineOptions:
    """How events are threaded into storylines (see the module's text; docs/methods.md gives
    how the defaults were chosen on labelled ANT storylines)."""

    terms: int = 15  # stems kept in an event's profile
    idf_min: float = 3.5  # background idf floor of a profile stem: common news words thread everything
    # idf ceiling: a stem the background barely knows (a rare verb form, a misspelling: يانا،
    # لتصل) would outweigh the words a storyline's events share (الليرة، التضخم)
    idf_max: float = 7.0
    gap_days: int = 90  # longest silence within a storyline, last day of one event to first of the next
    link: float = 0.12  # event-to-event cosine for a candidate link
    cohere: float = 0.10  # cosine of the two storylines' summed profiles needed to join them
    # the weight of a place's stem in a profile once its stems are chosen: what happened (مسيرات،
    # غارات، السفارة، إضراب) tells one storyline of a place from another better than the place
    # (غزة، إسرائيل), which the country test reads already
    place_weight: float = 0.5
    places: float = 0.7  # cosine of their country counts, when both name countries, needed to join
    # ... unless they name a country in common and their summed profiles agree this well: the
    # Skripal case and the OPCW's report on it, whose titles also name Syria
    places_waived: float = 0.35
    # two storylines of at least ``merge_size`` events each join only at ``merge_cohere``: one
    # strong event-to-event link should not fuse two established threads (Ghouta and Douma)
    merge_size: int = 3
    merge_cohere: float = 0.5

    def __post_init__(self) -> None:
        checks.count("StorylineOptions", "terms", self.terms)
        checks.number("StorylineOptions", "idf_min", self.idf_min, 0)
        checks.number("StorylineOptions", "idf_max", self.idf_max, self.idf_min)
        checks.count("StorylineOptions", "gap_days", self.gap_days)
        checks.count("StorylineOptions", "merge_size", self.merge_size)
        for name in ("link", "cohere", "places", "places_waived", "merge_cohere", "place_weight"):
            checks.number("StorylineOptions", name, getattr(self, name), 0, 1)


@dataclass(frozen=True)
class Lead:
    """What threading reads of one article: the stems of its title and first two body
    sentences, the countries its title names, and the known happening it is about ("" none)."""

    terms: tuple[str, ...]
    countries: tuple[str, ...]
    happening: str = ""


@dataclass(frozen=True)
class Profile:
    """One event as threading sees it: its id, its first and last days (proleptic ordinals,
    None when no member is dated), its profile (stem, weight) and its countries (name, count)."""

    event: str
    first: int | None
    last: int | None
    vector: tuple[tuple[str, float], ...]
    countries: tuple[tuple[str, int], ...]
    happening: str = ""  # the known happening at least half its original articles are about


@dataclass
class Threading:
    """Threading's result: each event's storyline, and the merges of existing storylines it
    made, as (merged, into, the event that linked them)."""

    line_of: dict[str, str]
    merges: list[tuple[str, str, str]] = field(default_factory=list)


LEAD_SENTENCES = 2  # body sentences of an article's lead


def lead_of(article: Article) -> Lead:
    """An article's lead: title and first body sentences' stems (numbers left out), its
    title's countries, and the known happening it names (``happening_of``)."""
    words = set(terms(article.title)) if article.title else set()
    body = [s for s in article.sentences if s.kind == "body"][:LEAD_SENTENCES]
    for s in body:
        words.update(s.terms)
    text = " ".join([article.title or "", *(s.text for s in body)])
    day = article.published.date() if article.published else None
    # a review of the papers names many happenings and is about none of them
    about = "" if is_roundup(article.title or "", body[0].text if body else "") else happening_of(text, day)
    return Lead(tuple(sorted(t for t in words if not t[:1].isdigit())), countries_named(article.title or ""), about)


def happening_of(lead: str, day: date | None) -> str:
    """The known happening with storyline words (``news/data/known_events.tsv``) that a lead
    written on ``day`` names, in one of the happening's places when it has any: the one named
    by its words and most local, else ""."""
    if day is None:
        return ""
    found = storyline_candidates(day, normalize(lead))
    if any(e.places for e in found):
        places = places_named(lead)
        found = [e for e in found if e.placed_in(places)]
    return max(found, key=specificity).name if found else ""


def profile(event: str, leads: Sequence[Lead], days: Iterable[int], opt: StorylineOptions) -> Profile:
    """An event's profile from the leads of its original articles and their days."""
    n = max(len(leads), 1)
    share = Counter(t for x in leads for t in x.terms)
    weights = {t: c / n * min(idf, opt.idf_max) for t, c in share.items() if (idf := term_idf(t)) >= opt.idf_min}
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[: opt.terms]
    places = place_stems()
    top = [(t, w * opt.place_weight if t in places else w) for t, w in top]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    countries = Counter(c for x in leads for c in x.countries)
    dated = sorted(days)
    # the happening most leads are about; on a tie the more precise (an attack in a campaign's days)
    about = sorted(
        Counter(x.happening for x in leads if x.happening).items(), key=lambda kv: (-kv[1], _imprecision(kv[0]), kv[0])
    )
    return Profile(
        event, dated[0] if dated else None, dated[-1] if dated else None,
        tuple((t, w / norm) for t, w in top), tuple(sorted(countries.items())),
        about[0][0] if about and 2 * about[0][1] >= n else "",
    )


@cache
def place_stems() -> frozenset[str]:
    """The matching stems of the gazetteer's places and of country adjectives (غزه، اسراييل، سوري)."""
    found: set[str] = set()
    for key in gazetteer():
        found.update(terms(" ".join(key)))
    for adjective in country_adjectives():
        found.update(terms(adjective))
    return frozenset(found)


def _imprecision(happening: str) -> tuple[bool, int]:
    """Sorts the more precise happening first (named by words, then the deepest place)."""
    e = known_event(happening)
    named, depth, _ = specificity(e) if e is not None else (False, 0, None)
    return (not named, -depth)


class _Lines:
    """Storylines being built: union-find over events, each root holding the sum of its
    events' profiles and its country counts."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.name: dict[str, str] = {}  # root event -> the storyline's id
        self.profile: dict[str, dict[str, float]] = {}
        self.norm: dict[str, float] = {}
        self.countries: dict[str, Counter] = {}
        self.size: dict[str, int] = {}
        self.root_of: dict[str, str] = {}  # storyline id -> its root event
        self.happening: dict[str, str] = {}  # root event -> the known happening its storyline is about
        self.home: dict[str, str] = {}  # known happening -> an event of its storyline

    def add(self, p: Profile, line: str) -> None:
        """A new event, alone or (``line`` given) in that storyline."""
        self.parent[p.event] = p.event
        self.happening[p.event] = p.happening
        if p.happening:
            self.home.setdefault(p.happening, p.event)
        self.name[p.event] = line
        self.profile[p.event] = dict(p.vector)
        self.norm[p.event] = math.sqrt(sum(w * w for _, w in p.vector)) or 1.0
        self.countries[p.event] = Counter(dict(p.countries))
        self.size[p.event] = 1
        if line:
            root = self.root_of.get(line)
            if root is None:
                self.root_of[line] = p.event
            else:  # another event of a known storyline: one storyline, nothing to log
                self.join(root, p.event)

    def find(self, e: str) -> str:
        while self.parent[e] != e:
            self.parent[e] = self.parent[self.parent[e]]
            e = self.parent[e]
        return e

    def coherence(self, a: str, b: str) -> float:
        pa, pb = self.profile[a], self.profile[b]
        if len(pa) > len(pb):
            pa, pb = pb, pa
        return sum(w * pb.get(t, 0.0) for t, w in pa.items()) / (self.norm[a] * self.norm[b])

    def places_agree(self, a: str, b: str) -> float:
        """Cosine of the two storylines' country counts (1 when either names none)."""
        ca, cb = self.countries[a], self.countries[b]
        if not ca or not cb:
            return 1.0
        dot = sum(v * cb.get(k, 0) for k, v in ca.items())
        return dot / math.sqrt(sum(v * v for v in ca.values()) * sum(v * v for v in cb.values()))

    def join(self, a: str, b: str) -> tuple[str, str]:
        """Join root ``b``'s storyline into root ``a``'s, or the other way when ``b``'s is
        larger (ties: the older id stays); returns (merged id, kept id)."""
        if (self.size[b], _older(self.name[b], self.name[a])) > (self.size[a], False):
            a, b = b, a
        pa = self.profile[a]
        for t, w in self.profile.pop(b).items():
            pa[t] = pa.get(t, 0.0) + w
        self.norm[a] = math.sqrt(sum(w * w for w in pa.values())) or 1.0
        self.countries[a].update(self.countries.pop(b))
        self.size[a] += self.size.pop(b)
        self.happening[a] = self.happening[a] or self.happening.pop(b)
        self.parent[b] = a
        merged = self.name.pop(b)
        if self.name[a]:
            self.root_of[self.name[a]] = a
        return merged, self.name[a]


def _older(x: str, y: str) -> bool:
    """Whether storyline id ``x`` was made before ``y`` (ids are numbered in order of making)."""
    return (len(x), x) < (len(y), y)


def thread(
    profiles: Sequence[Profile], opt: StorylineOptions | None = None, known: dict[str, str] | None = None,
    new_id: Iterable[str] | None = None, relink: set[str] | None = None,
) -> Threading:
    """Thread events into storylines. ``known`` gives events already threaded (event ->
    storyline id); the other events are taken in order of arrival (first day, then id), each
    with a new storyline id from ``new_id`` (default l1, l2, ...) unless it joins one. Events in
    ``relink`` keep their known storyline but are linked again, in their turn (their profile
    changed: they may now reach another storyline, which is then merged)."""
    opt = opt or StorylineOptions()
    known = known or {}
    relink = relink or set()
    ids = iter(new_id) if new_id is not None else (f"l{n}" for n in range(1, 10**9))
    lines = _Lines()
    index = _Index()
    out = Threading({})
    for p in _arrival(p for p in profiles if p.event in known and p.event not in relink):
        _place(p, known[p.event], lines, index)
    for p in _arrival(p for p in profiles if p.event not in known or p.event in relink):
        links = [] if p.happening else _links(p, index, opt)
        _place(p, known.get(p.event, ""), lines, index)
        if p.happening:  # its happening's storyline, whatever its words say
            links = [lines.home[p.happening]]
        for other in links:
            merge = _join(p.event, other, lines, opt, p.first, bool(p.happening))
            if merge is not None:
                out.merges.append((*merge, p.event))
        root = lines.find(p.event)
        if not lines.name[root]:
            lines.name[root] = next(ids)
            lines.root_of[lines.name[root]] = root
    out.line_of = {e: lines.name[lines.find(e)] for e in lines.parent}
    return out


def _join(
    event: str, other: str, lines: _Lines, opt: StorylineOptions, day: int | None, same_happening: bool = False
) -> tuple[str, str] | None:
    """Join the storylines of ``event`` and ``other`` when they agree as wholes (or are about
    one known happening); returns (merged, kept) when two named storylines became one."""
    a, b = lines.find(event), lines.find(other)
    if a == b:
        return None
    if not same_happening and not _may_meet(a, b, lines, opt, day):
        return None
    if not lines.name[a]:  # a new event takes the storyline it joins
        lines.name[a] = lines.name[b]
        lines.join(b, a)
        return None
    merged, kept = lines.join(a, b)
    lines.root_of.pop(merged, None)
    return merged, kept


def _may_meet(a: str, b: str, lines: _Lines, opt: StorylineOptions, day: int | None) -> bool:
    """Whether two storylines agree as wholes. Storylines of two known happenings never do; a
    happening's storyline takes new events by their words, but only in its days (the Ghouta
    offensive's is not the war's that goes on after it), and no storyline made before (Salah's
    injury is not the World Cup, the Ghouta offensive is not the Douma attack)."""
    about = {lines.happening[a], lines.happening[b]}
    if len(about - {""}) > 1 or (len(about) > 1 and lines.name[a] and lines.name[b]):
        return False
    if len(about) > 1 and day is not None and not _in_its_days(next(iter(about - {""})), day):
        return False
    need = opt.merge_cohere if min(lines.size[a], lines.size[b]) >= opt.merge_size else opt.cohere
    agree = lines.coherence(a, b)
    if agree < need:
        return False
    if opt.places > 0 and (places := lines.places_agree(a, b)) <= opt.places:
        return agree >= opt.places_waived and places > 0  # strong agreement, and a country in common
    return True


def _in_its_days(happening: str, day: int) -> bool:
    """``day`` (an ordinal) is within the days a campaign's or a tournament's storyline reads
    coverage as its own; an attack's later coverage (the Skripal case's inquiries, months on) still
    joins it by its words."""
    e = known_event(happening)
    ends = e.storyline_ends() if e is not None and (e.storyline_by_place or e.kind == "contest") else None
    return ends is None or day <= ends.toordinal()


def _arrival(profiles: Iterable[Profile]) -> list[Profile]:
    """Events in the order they arrive: by first day (undated last), then id."""
    return sorted(profiles, key=lambda p: (p.first is None, p.first or 0, p.event))


def _place(p: Profile, line: str, lines: _Lines, index: _Index) -> None:
    lines.add(p, line)
    index.add(p)


def _links(p: Profile, index: _Index, opt: StorylineOptions) -> list[str]:
    """The events threaded so far that ``p`` links to, strongest first: profile cosine at
    least ``link``, and (both dated) a silence of at most ``gap_days`` between them."""
    dots: dict[str, float] = {}
    by_event: dict[str, Profile] = {}
    for t, w in p.vector:
        for q, v in index.postings(t, p.first, opt.gap_days):
            dots[q.event] = dots.get(q.event, 0.0) + w * v
            by_event[q.event] = q
    found = [(s, e) for e, s in dots.items() if s >= opt.link and _within_gap(p, by_event[e], opt.gap_days)]
    return [e for _, e in sorted(found, key=lambda se: (-se[0], se[1]))]


class _Index:
    """Stem -> the events threaded so far whose profile holds it, with its weight there."""

    def __init__(self) -> None:
        self.lists: dict[str, list[tuple[Profile, float]]] = {}
        self.pruned: dict[str, int] = {}  # stem -> the day its list was last pruned

    def add(self, p: Profile) -> None:
        for t, w in p.vector:
            self.lists.setdefault(t, []).append((p, w))

    def postings(self, term: str, day: int | None, gap: int) -> list[tuple[Profile, float]]:
        """The events holding ``term``, less (once a day) those that ended more than ``gap``
        days before ``day``: events arrive by first day, so those are out of every later
        event's reach too."""
        postings = self.lists.get(term, [])
        if day is not None and postings and self.pruned.get(term) != day:
            self.pruned[term] = day
            postings[:] = [(q, v) for q, v in postings if q.last is None or day - q.last <= gap]
        return postings


def _within_gap(p: Profile, q: Profile, gap: int) -> bool:
    if p.first is None or q.first is None or p.last is None or q.last is None:
        return True
    return p.first - q.last <= gap and q.first - p.last <= gap
