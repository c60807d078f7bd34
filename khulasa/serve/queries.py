"""Every SQL statement ``khulasa serve`` runs, read only and in one module: when the store's
tables change, this is the one place to follow.

Each function takes the request's connection, which is inside a read transaction: every
statement of one request reads the same snapshot of the store (see ``reader``).
"""
from __future__ import annotations

from collections.abc import Iterator

from khulasa.store.errors import Connection

# the columns ``store.rows.article_of`` rebuilds an article from, after its number
ARTICLE_COLUMNS = (
    "a.n, a.id, a.text, a.source, a.title, a.url, a.path, a.line, a.encoding, a.published, o.id, a.analysis"
)


def version(db: Connection) -> tuple:
    """What changes whenever an ingest commits a batch: the last article number, the count, and
    the content of the last article. A replaced article is removed and added again: it takes a
    new number, unless it was the last one, whose number SQLite then gives again (its content
    differs)."""
    return tuple(db.execute(
        "SELECT coalesce(max(n), 0), count(*), (SELECT content FROM articles ORDER BY n DESC LIMIT 1) FROM articles"
    ).fetchone())


def contents(db: Connection) -> Iterator[tuple[int, str]]:
    """(number, content hash) of every article, read from the content index alone: an article
    whose number is known but whose content is not is a new one under a number given again."""
    return db.execute("SELECT n, content FROM articles INDEXED BY articles_content")


CHUNK = 500  # numbers a statement at most
_ARTICLE = (
    "SELECT n, id, heading, lead, source, published, duplicate_of, content,"
    " CASE WHEN duplicate_of IS NULL THEN text END, CASE WHEN duplicate_of IS NULL THEN analysis END FROM articles"
)


def articles_numbered(db: Connection, numbers: list[int], every_from: bool = False) -> Iterator[tuple]:
    """The articles of these numbers (ascending): number, id, heading, lead, source, published,
    the number of the article it copies, content hash, then its text and analysis (None for a
    copy: its figures are its original's). ``every_from``: the numbers are every article's from
    the first of them on, read as one range (twice as fast as lists of numbers)."""
    if every_from and numbers:
        yield from db.execute(f"{_ARTICLE} WHERE n >= ? ORDER BY n", (numbers[0],))
        return
    for i in range(0, len(numbers), CHUNK):
        chunk = numbers[i:i + CHUNK]
        yield from db.execute(f"{_ARTICLE} WHERE n IN ({','.join('?' * len(chunk))}) ORDER BY n", chunk)


def story_of_every_article(db: Connection) -> Iterator[tuple[int, int | None]]:
    """(article number, story) of every article, read from the story index alone."""
    return db.execute("SELECT n, story FROM articles INDEXED BY articles_story")


def live_stories(db: Connection) -> Iterator[tuple]:
    """(id, title, size, first, last, storyline) of every story that is not merged into another."""
    return db.execute(
        "SELECT id, title, size, first, last, storyline FROM stories WHERE merged_into IS NULL AND size > 0"
    )


def live_storylines(db: Connection) -> Iterator[tuple]:
    """(id, title, events, articles, first, last) of every storyline that is not merged into
    another and holds an event."""
    return db.execute(
        "SELECT id, title, events, articles, first, last FROM storylines WHERE merged_into IS NULL AND events > 0"
    )


def merged_into(db: Connection, story: int) -> tuple | None:
    """(merged_into, size) of a story, or None when there is no such story."""
    return db.execute("SELECT merged_into, size FROM stories WHERE id=?", (story,)).fetchone()


def storyline_merged_into(db: Connection, storyline: int) -> tuple | None:
    """(merged_into, events) of a storyline, or None when there is no such storyline."""
    return db.execute("SELECT merged_into, events FROM storylines WHERE id=?", (storyline,)).fetchone()


def storyline_log(db: Connection, storyline: int) -> list[tuple]:
    """(at, kind, storyline, other, story, reason) of every logged change of a storyline and of
    the storylines merged into it, however many merges ago, in the order they were logged."""
    return db.execute(
        "WITH RECURSIVE took(id) AS (SELECT ? UNION SELECT s.id FROM storylines s JOIN took ON s.merged_into = took.id)"
        " SELECT at, kind, storyline, other, story, reason FROM storyline_log"
        " WHERE storyline IN (SELECT id FROM took) OR other IN (SELECT id FROM took) ORDER BY rowid",
        (storyline,),
    ).fetchall()


def phrase_matches(db: Connection, phrase: str) -> list[int]:
    """The numbers of the originals whose search terms hold ``phrase`` (an FTS5 phrase)."""
    return [r[0] for r in db.execute("SELECT rowid FROM search WHERE search MATCH ?", (phrase,))]


def article(db: Connection, article_id: str) -> tuple | None:
    """One article by its id: its story, then the columns of ``ARTICLE_COLUMNS``."""
    return db.execute(
        f"SELECT a.story, {ARTICLE_COLUMNS} FROM articles a LEFT JOIN articles o ON o.n = a.duplicate_of"
        " WHERE a.id = ?",
        (article_id,),
    ).fetchone()
