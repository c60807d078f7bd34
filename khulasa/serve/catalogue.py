"""What the pages list, held in memory for one version of the store: every article's number,
id, heading, outlet and day; every live story; every figure of the originals, dated.

The store keeps figures inside each article's packed analysis, so no SQL statement can filter
or sort them; reading them once and keeping them is what makes the figures explorer, the
search over figures and the source pages fast. A new version (an ingest committed a batch) is
read from the previous one: only the new articles are decoded, and the story of every article
is read again from its index.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from khulasa.arabic.normalize import normalize
from khulasa.model import Figure
from khulasa.serve import queries
from khulasa.store.codec import unpack_figures
from khulasa.store.errors import Connection, Damaged
from khulasa.store.rows import MAYBE_INT, MAYBE_NUMBER, MAYBE_TEXT, typed
from khulasa.story.timeline import clocked, date_figure


@dataclass(slots=True, frozen=True)
class ArticleInfo:
    n: int
    id: str
    heading: str  # its title or heading line, else the start of its lead, else its id
    outlet: str | None
    published: float | None
    copy_of: int | None  # the number of the article it copies
    content: str  # its content hash: a number SQLite gives again holds another content


@dataclass(slots=True, frozen=True)
class StoryInfo:
    id: int
    title: str
    size: int
    first: float | None
    last: float | None
    storyline: int | None = None  # the storyline it is an event of (None: not threaded)


@dataclass(slots=True, frozen=True)
class StorylineInfo:
    id: int
    title: str
    events: int
    size: int  # its events' articles
    first: float | None
    last: float | None


@dataclass(slots=True)
class FigureRow:
    """A figure of an original as stored, with its article's number and day. The period it is
    for is read from its date words (``dated``) only when it is shown: that reading is half the
    cost of reading every figure of a store."""

    n: int
    figure: Figure
    day: date | None  # its article's publication day
    key: str  # its subject, place and source as matching keys, for search
    place_key: str = ""  # its place as a matching key
    source_key: str = ""  # its source as written and its canonical name, as matching keys
    who: str = ""  # the source to follow: its canonical name (else as written); "" for none or a vague one
    stamp: datetime | None = None  # its article's timestamp, if it has a time of day (timeline.words_anchor)
    _dated: Figure | None = None

    def dated(self) -> Figure:
        """The figure with the period it is for, resolved against its article's day (and clock: a weekday told
        late at night may be the writer's next day, as the digests read it)."""
        if self._dated is None:
            self._dated = date_figure(self.figure, self.stamp or self.day)
        return self._dated


@dataclass
class Catalogue:
    version: tuple = ()
    articles: dict[int, ArticleInfo] = field(default_factory=dict)
    story_of: dict[int, int | None] = field(default_factory=dict)
    stories: dict[int, StoryInfo] = field(default_factory=dict)
    storylines: dict[int, StorylineInfo] = field(default_factory=dict)
    events: dict[int, list[int]] = field(default_factory=dict)  # storyline -> its live stories, earliest first
    members: dict[int, list[int]] = field(default_factory=dict)  # story -> its articles, earliest first
    copies: dict[int, list[int]] = field(default_factory=dict)  # original -> its copies
    figures: list[FigureRow] = field(default_factory=list)  # in article order
    figures_of: dict[int, list[FigureRow]] = field(default_factory=dict)
    outlets: Counter = field(default_factory=Counter)  # outlet -> articles
    sources: Counter = field(default_factory=Counter)  # a source to follow (``FigureRow.who``) -> figures
    source_types: dict[str, str | None] = field(default_factory=dict)  # a source to follow -> its type

    def story_figures(self, story: int) -> list[FigureRow]:
        return [r for n in self.members.get(story, ()) for r in self.figures_of.get(n, ())]

    def outlets_of(self, *stories: int) -> list[str]:
        """The outlets that carried these stories, most articles first."""
        counts = Counter(
            self.articles[n].outlet for s in stories for n in self.members.get(s, ()) if n in self.articles
        )
        return [o for o, _ in counts.most_common() if o]


def day_of(published: float | None) -> date | None:
    return datetime.fromtimestamp(published, UTC).date() if published is not None else None


def _stamp(published: float | None) -> datetime | None:
    """The timestamp with its clock, None when there is none or it is a bare day (midnight)."""
    return clocked(datetime.fromtimestamp(published, UTC)) if published is not None else None


def refresh(db: Connection, old: Catalogue, version: tuple) -> Catalogue:
    """The catalogue of the snapshot ``db`` reads (whose version is ``version``), from ``old``:
    the articles it holds with the same number and content are kept, the others read."""
    new = Catalogue(version=version)
    held = dict(queries.contents(db))
    new.story_of = dict(queries.story_of_every_article(db))
    new.articles = {n: a for n, a in old.articles.items() if held.get(n) == a.content}
    figures = [r for r in old.figures if r.n in new.articles]
    numbers = sorted(held)
    fresh = [n for n in numbers if n not in new.articles]
    for row in queries.articles_numbered(db, fresh, every_from=fresh == numbers[len(numbers) - len(fresh):]):
        info, found = _read_article(row)
        new.articles[info.n] = info
        figures.extend(found)
    new.figures = figures
    new.stories = {row[0]: StoryInfo(*row) for row in typed(list(queries.live_stories(db)), _STORY_TYPES, "stories")}
    new.storylines = {
        row[0]: StorylineInfo(*row) for row in typed(list(queries.live_storylines(db)), _LINE_TYPES, "storylines")
    }
    _index(new)
    return new


_STORY_TYPES = (int, str, int, MAYBE_NUMBER, MAYBE_NUMBER, MAYBE_INT)
_LINE_TYPES = (int, str, int, int, MAYBE_NUMBER, MAYBE_NUMBER)
_ARTICLE_TYPES = (int, str, MAYBE_TEXT, MAYBE_TEXT, MAYBE_TEXT, MAYBE_NUMBER, MAYBE_INT, str)


def _read_article(row: tuple) -> tuple[ArticleInfo, list[FigureRow]]:
    typed([row[:8]], _ARTICLE_TYPES, "articles")
    n, article_id, heading, lead, outlet, published, copy_of, content = row[:8]
    info = ArticleInfo(n, article_id, heading or lead or article_id, outlet, published, copy_of, content)
    if copy_of is not None:
        return info, []
    text, analysis = row[8], row[9]
    if type(text) is not str:
        raise Damaged("a column holds a value of the wrong type", article_id)
    anchor = day_of(published)
    rows = []
    for f in unpack_figures(article_id, text, analysis):
        place, source = normalize(f.place or ""), normalize(f"{f.source or ''} {f.source_canonical or ''}")
        key = f"{normalize(f.subject or '')} {place} {source}"
        rows.append(FigureRow(n, f, anchor, key, place, source, _who(f), _stamp(published)))
    return info, rows


def _who(f: Figure) -> str:
    if f.source_canonical == "vague" or f.source_type == "vague":
        return ""
    return f.source_canonical or f.source or ""


def _index(c: Catalogue) -> None:
    """The catalogue's lookups, from its articles, stories and figures."""
    order = sorted(c.articles.values(), key=lambda a: (a.published or 0.0, a.n))
    members: dict[int, list[int]] = defaultdict(list)
    copies: dict[int, list[int]] = defaultdict(list)
    story_of = c.story_of
    for a in order:
        story = story_of.get(a.n)
        if story is not None:
            members[story].append(a.n)
        if a.copy_of is not None:
            copies[a.copy_of].append(a.n)
    c.members, c.copies = dict(members), dict(copies)
    c.outlets = Counter(a.outlet for a in order if a.outlet)
    figures_of: dict[int, list[FigureRow]] = defaultdict(list)
    for r in c.figures:
        figures_of[r.n].append(r)
    c.figures_of = dict(figures_of)
    c.sources = Counter(r.who for r in c.figures if r.who)
    events: dict[int, list[int]] = defaultdict(list)
    for s in sorted(c.stories.values(), key=lambda s: (s.first is None, s.first or 0.0, s.id)):
        if s.storyline is not None:
            events[s.storyline].append(s.id)
    c.events = dict(events)
    c.source_types = {r.who: r.figure.source_type for r in c.figures if r.who}
