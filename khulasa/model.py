"""The vocabulary every stage shares: plain dataclasses, passed forward and never reached back into.

ingest -> Article;  analyse -> Article with sentences;  stories -> Story;
summarise -> Story with digest (Excerpt);  api -> Digest (the whole result).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


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
class Story:
    id: str
    articles: list[str]
    title: str = ""
    digest: list[Excerpt] = field(default_factory=list)


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
