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


def version(db: Connection) -> tuple[int, int]:
    """What changes whenever an ingest commits a batch: the last article number and the count
    (a replaced article takes a new number, a removed one lowers the count)."""
    n, count = db.execute("SELECT coalesce(max(n), 0), count(*) FROM articles").fetchone()
    return int(n), int(count)


def new_articles(db: Connection, after: int) -> Iterator[tuple]:
    """The articles numbered after ``after``: number, id, heading, lead, source, published, the
    number of the article it copies, then its text and analysis (None for a copy: its figures
    are its original's)."""
    return db.execute(
        "SELECT n, id, heading, lead, source, published, duplicate_of,"
        " CASE WHEN duplicate_of IS NULL THEN text END, CASE WHEN duplicate_of IS NULL THEN analysis END"
        " FROM articles WHERE n > ? ORDER BY n",
        (after,),
    )


def story_of_every_article(db: Connection) -> Iterator[tuple[int, int | None]]:
    """(article number, story) of every article, read from the story index alone."""
    return db.execute("SELECT n, story FROM articles INDEXED BY articles_story")


def live_stories(db: Connection) -> Iterator[tuple]:
    """(id, title, size, first, last) of every story that is not merged into another."""
    return db.execute("SELECT id, title, size, first, last FROM stories WHERE merged_into IS NULL AND size > 0")


def merged_into(db: Connection, story: int) -> tuple | None:
    """(merged_into, size) of a story, or None when there is no such story."""
    return db.execute("SELECT merged_into, size FROM stories WHERE id=?", (story,)).fetchone()


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
