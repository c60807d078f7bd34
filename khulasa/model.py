"""The vocabulary every stage shares: plain dataclasses, passed forward and never reached back into.

ingest -> Article;  analyse -> Article with sentences;  stories -> Story;
summarise -> Story with digest (Excerpt);  api -> Digest (the whole result).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from khulasa.arabic.dates import DateMatch


@dataclass(slots=True)
class Sentence:
    """One sentence of an article: ``article.text[start:end] == text``."""

    article: str
    index: int
    start: int
    end: int
    text: str
    kind: str = "body"  # body | heading | boilerplate
    terms: tuple[str, ...] = ()  # matching stems of its content words (stop words removed)
    words: int = 0  # word count as written
    # the date expressions it holds (offsets into ``text``), read against its article's
    # publication day; None when not read (no publication day, or not a body sentence)
    dates: tuple[DateMatch, ...] | None = None

    @property
    def eligible(self) -> bool:
        """May appear in a digest."""
        return self.kind == "body"


@dataclass(slots=True)
class Article:
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
    anchor: date | None = None  # the day relative dates count from (published, or inferred)
    anchor_source: str | None = None  # published | text | story | none
    anchor_evidence: str | None = None  # what fixed it
    anchor_confidence: str | None = None  # high | medium | low | none
    duplicate_of: str | None = None  # the earlier article of its story this one copies

    @property
    def chars(self) -> int:
        return len(self.text)

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

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


@dataclass(slots=True)
class Excerpt:
    """A digest sentence, quoted exactly from its article."""

    text: str
    article: str
    start: int
    end: int


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
    bound: str | None = None  # min | max
    vague: bool = False
    unit: str = "count"  # count | percent | fraction | money
    measure: str = "other"  # killed wounded displaced besieged population territory_percent aid strikes other
    subject: str | None = None  # what is counted, as written
    place: str | None = None
    source: str | None = None  # who the text attributes it to, as written; None: the outlet's own voice
    as_of: str | None = None  # the words giving its date or period, as written
    period: str = "none"  # total (since a start) | window (a stretch) | point (one day) | none
    as_of_first: date | None = None  # the period the figure is for, resolved against the anchor
    as_of_last: date | None = None
    subset: bool = False  # a part of another figure (بينهم تسعة رجال إنقاذ)
    sentence_start: int = 0
    sentence_end: int = 0

    @property
    def span(self) -> tuple[float, float] | None:
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
    measure: str
    unit: str
    subject: str | None
    place: str | None
    figures: list[int]  # indices into the story's figures
    sources: list[str | None]
    values: list[str]  # distinct values as stated (7000، 12000–16000، >7000)
    agree: bool
    differ: str | None  # None when they agree; "dates" (different dates or periods), "conflict"
    # (same date and period), or "undated" (different sources, dates not known)
    low: float | None
    best: float | None
    high: float | None
    conservative: int | None  # index (into the story's figures) of the most conservative figure


@dataclass(slots=True)
class Event:
    """A dated sentence of a story's timeline; ``also`` lists the same event in other articles."""

    first: date
    last: date
    grain: str  # day | week | month | year | interval
    when: str  # the date words as written
    text: str  # the sentence
    article: str
    start: int  # the sentence span in its article
    end: int
    also: list[tuple[str, int, int]] = field(default_factory=list)  # (article, start, end)


@dataclass(slots=True)
class Story:
    id: str
    articles: list[str]
    title: str = ""
    digest: list[Excerpt] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    timeline: list[Event] = field(default_factory=list)


@dataclass(slots=True)
class Digest:
    """The result of a run: the articles read, what was skipped, and the stories found."""

    articles: list[Article]
    skipped: list[Skipped]
    stories: list[Story]

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)
