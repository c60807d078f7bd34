"""The vocabulary every stage shares: plain dataclasses, passed forward and never reached back into.

read -> Article;  analyse -> Article with sentences, Figure;  grouping -> Story (an event), storyline ids;
story -> Story with digest (Excerpt), figures, claims (Claim), timeline (Event); Storyline (Happening);
pipeline -> Digest (the whole result).

Every string field with a closed set of values is typed with a named ``Literal`` below; the
types are for readers and checkers only (nothing is checked at run time).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal, Protocol

# what a sentence is to its article: only body sentences are digest, figure and timeline material
SentenceKind = Literal["body", "heading", "boilerplate", "fragment", "repeat"]
# what a figure's number is: a count, a percentage, a share (خُمس: 0.2) or a sum of money
Unit = Literal["count", "percent", "fraction", "money"]
# what a figure counts: the measures of khulasa/news/data/measures.tsv, "besieged", what other figures
# track (votes, seats, money, price, rate, score: khulasa/news/data/tracked_words.tsv) and "other"
Measure = Literal[
    "killed", "wounded", "missing", "rescued", "arrested", "displaced", "besieged", "population", "territory_percent",
    "aid", "strikes", "votes", "seats", "money", "price", "rate", "score", "other",
]
# which side a bound leaves open: min (أكثر من 7 آلاف) or max (أقل من، حتى)
Bound = Literal["min", "max"]
# the period a figure covers: total (since a start), window (a stretch), point (one day), none stated
Period = Literal["total", "window", "point", "none"]
# why the figures of a claim differ: dates (different dates or periods), conflict (same date and
# period), undated (different sources, dates not known)
Differ = Literal["dates", "conflict", "undated"]
# where an article's anchor came from: its publication time, its own text, its story, or nowhere
AnchorSource = Literal["published", "text", "story", "none"]
# how sure an anchor is
Confidence = Literal["high", "medium", "low", "none"]
# how finely a date is known: a day, a week, a month, a year, or an interval of days
Grain = Literal["day", "week", "month", "year", "interval"]


@dataclass(slots=True, frozen=True)
class Span:
    """A stretch of an article: ``article.text[start:end]`` is what it quotes. Sentences,
    excerpts, figures and timeline events each have one (``.span``); an event lists the other
    sentences that report it as spans (``Event.also``)."""

    article: str  # the article's id
    start: int
    end: int

    def quote(self, text: str) -> str:
        """What the span quotes of its article's ``text``."""
        return text[self.start:self.end]


class StatedDays(Protocol):
    """The days a stated date names (``khulasa.arabic.dates.DateValue`` is one): ``first`` to
    ``last``, both included."""

    @property
    def first(self) -> date: ...

    @property
    def last(self) -> date: ...

    @property
    def grain(self) -> str: ...  # one of Grain


class StatedDate(Protocol):
    """A date expression of a sentence, as the later stages read it (``khulasa.arabic.dates.DateMatch``
    is one): ``sentence.text[start:end] == text``, and the days it names, or None when it is
    relative and was read without an anchor."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def text(self) -> str: ...

    @property
    def value(self) -> StatedDays | None: ...


@dataclass(slots=True)
class Sentence:
    """One sentence of an article: ``article.text[start:end] == text``."""

    article: str
    index: int
    start: int
    end: int
    text: str
    kind: SentenceKind = "body"
    terms: tuple[str, ...] = ()  # matching stems of its content words (stop words removed)
    words: int = 0  # word count as written
    # the date expressions it holds (offsets into ``text``), read against its article's
    # publication day; None when not read (no publication day, or not a body sentence)
    dates: tuple[StatedDate, ...] | None = None

    @property
    def eligible(self) -> bool:
        """May appear in a digest."""
        return self.kind == "body"

    @property
    def span(self) -> Span:
        """Where it stands in its article."""
        return Span(self.article, self.start, self.end)


@dataclass(slots=True, frozen=True)
class Anchor:
    """The day an article was written, which its relative dates (أمس، يوم الخميس، الشهر الجاري)
    count from: where it came from, the evidence in words a reader can check, and how sure it is.
    ``day`` is None only when nothing fixed it (source and confidence "none")."""

    day: date | None
    source: AnchorSource
    evidence: str
    confidence: Confidence


@dataclass(slots=True)
class Article:
    """One input article, as read (id, text and what the input said of it), then analysed
    (``sentences``) and, once its story is known, anchored (``anchor``)."""

    id: str
    text: str
    path: str | None = None
    line: int | None = None  # line of a JSON Lines file
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: datetime | None = None
    encoding: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    anchor: Anchor | None = None  # set at the story stage: the day relative dates count from
    duplicate_of: str | None = None  # the earlier article of its story this one copies

    @property
    def chars(self) -> int:
        """The length of its text, in characters."""
        return len(self.text)

    @property
    def anchor_day(self) -> date | None:
        """The day relative dates count from, None when not anchored or when nothing fixed it."""
        return self.anchor.day if self.anchor is not None else None

    @property
    def heading(self) -> str | None:
        """The title if the input gave one, else a heading line found in the text."""
        if self.title:
            return self.title
        for s in self.sentences[:3]:
            if s.kind == "heading":
                return s.text
        return None


@dataclass(slots=True, frozen=True)
class Skipped:
    """An input that could not be used, and why."""

    path: str
    reason: str
    line: int | None = None

    @property
    def where(self) -> str:
        """The path, with the line when there is one (``path:line``)."""
        return f"{self.path}:{self.line}" if self.line is not None else self.path

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(slots=True)
class Excerpt:
    """A digest sentence, quoted exactly from its article: ``article.text[start:end] == text``."""

    text: str
    article: str
    start: int
    end: int

    @property
    def span(self) -> Span:
        """Where it stands in its article."""
        return Span(self.article, self.start, self.end)


@dataclass(slots=True)
class Figure:
    """A quantity stated in an article: ``article.text[start:end] == quote`` is the number as
    written (with its approximation, bound or range words); the sentence is
    ``article.text[sentence_start:sentence_end]``."""

    article: str
    start: int
    end: int
    quote: str
    value: float | None  # None for a range or a vague count
    low: float | None = None
    high: float | None = None
    approx: bool = False
    bound: Bound | None = None
    vague: bool = False
    unit: Unit = "count"
    measure: Measure = "other"
    subject: str | None = None  # what is counted, as written
    place: str | None = None
    source: str | None = None  # who the text attributes it to, as written; None: the outlet's own voice
    as_of: str | None = None  # the words giving its date or period, as written
    period: Period = "none"
    as_of_first: date | None = None  # the period the figure is for, resolved against the anchor
    as_of_last: date | None = None
    subset: bool = False  # a part of another figure (بينهم تسعة رجال إنقاذ)
    sentence_start: int = 0
    sentence_end: int = 0
    # who says so, beyond the words as written (``source``): where those words stand in the article
    # (``article.text[source_start:source_end]``, a ل glued to them included; None for the outlet's
    # own voice), the canonical source (khulasa/news/data/sources.tsv: المرصد السوري لحقوق الإنسان for
    # المرصد or مراقب الحرب; "vague" for تقارير، مصادر، ناشطون; the words as written when not in the
    # table; None for the outlet's own voice), its type (monitor, army, un_agency... "outlet" for the
    # outlet's own voice, None when not in the table), and the conduit that relayed it (نقلت وكالة تاس
    # عن مركز المصالحة: تاس), canonical (an unnamed one as written)
    source_start: int | None = None
    source_end: int | None = None
    source_canonical: str | None = None
    source_type: str | None = None
    conduit: str | None = None
    # the known event (khulasa/news/data/known_events.tsv) that gave the first day of its period when
    # the article states none (منذ بدء العملية: Olive Branch, 20 January 2018; في أغسطس 2013 with
    # the sarin attack named: 21 August 2013), so a report can say where that day came from
    as_of_event: str | None = None
    # what caused a toll, as its sentence names it (khulasa/news/data/causes.tsv: quake, chemical,
    # violence, accident...; "quake:another" for another quake than the story's), None when not named
    cause: str | None = None

    @property
    def span(self) -> Span:
        """Where the number is written (``quote``)."""
        return Span(self.article, self.start, self.end)

    @property
    def interval(self) -> tuple[float, float] | None:
        """The interval the figure allows: (value, value), a range, or a bound's open side."""
        if self.low is not None and self.high is not None:
            return self.low, self.high
        if self.value is None:
            return None
        if self.bound == "min":
            return self.value, float("inf")
        if self.bound == "max":
            return 0.0, self.value
        return self.value, self.value


@dataclass(slots=True)
class Claim:
    """Figures that count the same thing, lined up across sources."""

    id: str
    measure: Measure
    unit: Unit
    subject: str | None
    place: str | None
    figures: list[int]  # indices into the story's figures
    sources: list[str | None]
    values: list[str]  # distinct values as stated (7000، 12000–16000، >7000)
    agree: bool
    differ: Differ | None  # None when they agree
    low: float | None
    best: float | None
    high: float | None
    conservative: int | None  # index (into the story's figures) of the most conservative figure
    # indices of figures a later one of the same source replaces (a running toll's earlier values);
    # low, best, high and the most conservative are read among the others
    superseded: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Event:
    """A dated sentence of a story's timeline (``article.text[start:end] == text``); ``also``
    lists the same event in other sentences."""

    first: date
    last: date
    grain: Grain
    when: str  # the date words as written
    text: str  # the sentence
    article: str
    start: int  # the sentence span in its article
    end: int
    also: list[Span] = field(default_factory=list)

    @property
    def span(self) -> Span:
        """Where it stands in its article."""
        return Span(self.article, self.start, self.end)


@dataclass(slots=True)
class TrackPoint:
    """One value a source stated for a tracked quantity: ``figure`` indexes the story's figures;
    ``day`` is the day it is for (the day reported for a running total)."""

    figure: int
    day: date
    value: float | None  # as stated (a range by its lower bound); never an average


@dataclass(slots=True)
class Series:
    """What one source said of a quantity, by day."""

    source: str | None  # the canonical source, or the words as written, or the outlet whose own voice it is
    points: list[TrackPoint]
    latest: int  # the figure index of its latest value
    article: str | None = None  # source None: the article whose own voice it is (its outlet not named)


@dataclass(slots=True)
class TrackDay:
    """The spread across sources on one day: their lowest and highest values and whether they agree."""

    day: date
    low: float | None
    high: float | None
    sources: int
    agree: bool


@dataclass(slots=True)
class Track:
    """A quantity a story reports on several days or from several sources (a claim), followed
    over time: one series per source, the spread on each day, and what changed (a source
    updating its running total is an update, not a conflict; two sources disagreeing on the same
    day is a conflict)."""

    claim: str  # the id of the claim it follows
    measure: Measure
    subject: str | None
    place: str | None
    series: list[Series]
    days: list[TrackDay]
    updates: int  # changes of a source's value from one day to a later one
    conflicts: int  # days on which sources disagree
    claims: list[str] = field(default_factory=list)  # the claims it follows (several: one running total's)


@dataclass(slots=True)
class Story:
    """Articles about one event (ids, in the story's order), with what the story stage found:
    its title, digest, figures, claims, timeline and the tracks of its figures."""

    id: str
    articles: list[str]
    title: str = ""
    digest: list[Excerpt] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    timeline: list[Event] = field(default_factory=list)
    tracks: list[Track] = field(default_factory=list)
    storyline: str | None = None  # the id of the storyline the event belongs to


@dataclass(slots=True, frozen=True)
class Happening:
    """One event of a storyline as the storyline lists it: the story, its days (its articles'
    anchors), its title, and the extractive sentence that states it (of its digest, the one
    its title and its other digest sentences share most)."""

    story: str
    first: date | None
    last: date | None
    title: str
    summary: Excerpt | None


@dataclass(slots=True)
class Storyline:
    """Events that follow from one another over days to months (the Ghouta offensive, the
    Skripal case), in time order, with what the storyline stage found: its digest (one dated
    sentence per major event, none repeating another), and the figures, claims, tracks and
    timeline of all its events together. A storyline may be one event."""

    id: str
    title: str
    events: list[Happening]
    digest: list[Happening] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    tracks: list[Track] = field(default_factory=list)
    timeline: list[Event] = field(default_factory=list)

    @property
    def first(self) -> date | None:
        return min((e.first for e in self.events if e.first), default=None)

    @property
    def last(self) -> date | None:
        return max((e.last for e in self.events if e.last), default=None)


@dataclass(slots=True)
class Digest:
    """The result of a run: the articles read, what was skipped, the stories (events) found,
    and the storylines that thread them."""

    articles: list[Article]
    skipped: list[Skipped]
    stories: list[Story]
    storylines: list[Storyline] = field(default_factory=list)

    def article(self, article_id: str) -> Article:
        """The article of that id (KeyError when there is none)."""
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)
