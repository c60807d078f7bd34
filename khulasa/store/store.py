"""The corpus store: articles, their stored analysis, copies, story edges and stories in one
SQLite file (no server to run).

WAL mode lets readers (``stories``, ``digest``) work while an ingest writes; every change is
made inside a transaction, so a killed process leaves the database as of its last commit. Per
article the store keeps what later steps need without recomputing it: the sentences (offsets,
kind, matching terms), the figures, the story vector's bag of terms, and the MinHash
fingerprint. Stored values are plain data, never code: a codec byte, then zlib-compressed JSON
(the analysis) or numbers and UTF-8 (a story vector); MinHash values as little-endian uint64. A
store file may come from anyone, so reading one must not run what it holds (pickle would), and
every value read back is checked: a damaged or foreign file, or one SQLite cannot read or write,
gives one StoreError naming it. The schema version and the khulasa that wrote the analysis are
recorded in ``meta``.
"""
from __future__ import annotations

import json
import sqlite3
import zlib
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

from khulasa.arabic.dates import DateMatch, DateValue
from khulasa.analyse.fingerprint import NUM_PERM
from khulasa.grouping.copies import Print
from khulasa.model import Article, Figure, Sentence
from khulasa.version import __version__

# 2: plain-data blobs (``_CODEC``) instead of pickles; a store of version 1 is refused, never
# unpickled, and its articles must be ingested again
SCHEMA_VERSION = "2"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    n INTEGER PRIMARY KEY,             -- order of arrival
    id TEXT NOT NULL UNIQUE,
    content TEXT NOT NULL,             -- hash of the normalised text
    source TEXT, title TEXT, url TEXT, path TEXT, line INTEGER, encoding TEXT,
    published REAL,                    -- POSIX time, NULL when unknown
    heading TEXT,                      -- its title or heading line
    lead TEXT,                         -- the start of its first sentence, when it has no heading
    text TEXT NOT NULL,
    duplicate_of INTEGER REFERENCES articles(n),
    story INTEGER,
    analysis BLOB NOT NULL,            -- sentences and figures
    bag BLOB,                          -- the story vector's terms (originals only)
    signature BLOB NOT NULL            -- MinHash values
);
CREATE INDEX IF NOT EXISTS articles_content ON articles(content);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story);
CREATE INDEX IF NOT EXISTS articles_copy ON articles(duplicate_of);
CREATE TABLE IF NOT EXISTS edges (a INTEGER NOT NULL, b INTEGER NOT NULL, w REAL NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS edges_b ON edges(b);
CREATE TABLE IF NOT EXISTS stories (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL DEFAULT 0,
    first REAL, last REAL,
    merged_into INTEGER                -- set when a later article joined it to another story
);
CREATE TABLE IF NOT EXISTS story_log (
    at TEXT NOT NULL, kind TEXT NOT NULL, story INTEGER NOT NULL, other INTEGER, article TEXT
);
CREATE TABLE IF NOT EXISTS outlet_sentences (key INTEGER PRIMARY KEY, articles INTEGER NOT NULL) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(terms, tokenize='unicode61 remove_diacritics 0');
"""


class StoreError(Exception):
    """A database that cannot be used (not khulasa's, written by an incompatible version,
    damaged, or one SQLite cannot read or write)."""


class _Damaged(StoreError):
    """A stored value that does not decode; the store boundary (``_errors``) names the file."""

    def __init__(self, what: str, article: str | None = None):
        super().__init__(f"article {article!r}: {what}" if article is not None else what)


@contextmanager
def _errors(path: Path):
    """The store boundary: SQLite's errors (not a database, damaged, disk full, read-only) and
    stored values that do not decode become one StoreError naming the file."""
    try:
        yield
    except _Damaged as e:
        raise _damaged(path, str(e)) from e
    except sqlite3.ProgrammingError:
        raise  # misuse of the connection: a bug, not the file
    except sqlite3.DatabaseError as e:
        raise _sqlite_error(path, e) from e


def _sqlite_error(path: Path, e: sqlite3.DatabaseError) -> StoreError:
    # SQLite's words are the clearest (file is not a database, database disk image is malformed,
    # database or disk is full, attempt to write a readonly database); of a column that is not
    # UTF-8 they quote the bytes, which are no help
    return StoreError(f"{path}: {str(e).split(' with text ')[0]}")


def _damaged(path: Path, what: str) -> StoreError:
    return StoreError(f"{path}: damaged store: {what}; ingest the articles into a new store")


class _Connection(sqlite3.Connection):
    """The store's connection: every statement, and every row read, goes through ``_errors``
    (sqlite3's own ``execute`` would bypass a cursor subclass)."""

    path: Path

    def execute(self, sql: str, args=()) -> _Cursor:
        return _Cursor(self).execute(sql, args)

    def executemany(self, sql: str, rows) -> _Cursor:
        return _Cursor(self).executemany(sql, rows)

    def executescript(self, script: str) -> _Cursor:
        return _Cursor(self).executescript(script)


class _Cursor(sqlite3.Cursor):
    # a damaged page is often found only when its rows are stepped to, after execute
    def execute(self, sql, args=()):
        with _errors(self.connection.path):
            return super().execute(sql, args)

    def executemany(self, sql, rows):
        with _errors(self.connection.path):
            return super().executemany(sql, rows)

    def executescript(self, script):
        with _errors(self.connection.path):
            return super().executescript(script)

    def __next__(self):
        try:  # not _errors: this runs for every row
            return super().__next__()
        except sqlite3.ProgrammingError:
            raise
        except sqlite3.DatabaseError as e:
            raise _sqlite_error(self.connection.path, e) from e

    def fetchone(self):
        return next(self, None)

    def fetchall(self):
        return list(self)


@dataclass(slots=True)
class Stored:
    """One article as the ingest step hands it to the store."""

    article: Article  # as read (its sentences are in ``analysis``)
    analysis: bytes  # ``pack_analysis`` of its sentences and figures
    content: str
    signature: np.ndarray
    duplicate_of: str | None
    bag: list[tuple[str, float]] | None  # None for a copy
    bag_blob: bytes | None  # ``pack_bag(bag)`` when already packed (by a worker)
    search_terms: str
    heading: str | None  # its title or heading line
    lead: str | None  # the start of its lead: what a listing shows when no article has a heading


class Store:
    def __init__(self, path: str | Path, *, create: bool = True):
        path = Path(path)
        if not create and not path.exists():
            raise StoreError(f"{path}: no such database (create it with `khulasa ingest ... --db {path}`)")
        if path.is_dir():
            raise StoreError(f"{path}: a directory, not a store")
        self.path = path
        with _errors(path):
            self.db = sqlite3.connect(path, isolation_level=None, timeout=60, check_same_thread=False, factory=_Connection)
        self.db.path = path
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=OFF")
            # a batch's updates of the outlet sentence counts touch pages all over that table:
            # in the default 2 MB cache they spilled to disk mid-transaction (0.3 s a batch)
            self.db.execute("PRAGMA cache_size=-65536")
            # a damaged page is reported when it is read rather than read as garbage
            self.db.execute("PRAGMA cell_size_check=ON")
            self._check_or_create(create)
        except BaseException:
            self.db.close()
            raise

    def _check_or_create(self, create: bool) -> None:
        tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "meta" in tables:
            version = self.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if not version or version[0] != SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: store schema {version and version[0]!r}, this khulasa reads {SCHEMA_VERSION!r}:"
                    " ingest the articles into a new store (schema 1 stored Python pickles, which are never read)"
                )
            return
        if tables:
            raise StoreError(f"{self.path}: not a khulasa database (it has other tables)")
        if not create:
            raise StoreError(f"{self.path}: empty database")
        # one script, one transaction: a half-created store is never left behind
        self.db.executescript(
            f"BEGIN IMMEDIATE;{_SCHEMA}INSERT INTO meta VALUES ('schema', '{SCHEMA_VERSION}'), ('analysis', '{__version__}');COMMIT;"
        )

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- transactions ------------------------------------------------------------------------

    def transaction(self):
        return _Transaction(self.db)

    # -- reading what ingest needs ------------------------------------------------------------

    def existing(self, ids: Iterable[str]) -> dict[str, tuple[int, str]]:
        """id -> (n, content hash) for the ids already stored."""
        out: dict[str, tuple[int, str]] = {}
        for part in _parts(list(ids)):
            q = f"SELECT id, n, content FROM articles WHERE id IN ({_marks(part)})"
            out.update({i: (n, c) for i, n, c in self.db.execute(q, part)})
        return out

    def originals_with_content(self, contents: Iterable[str]) -> list[Print]:
        found = []
        for part in _parts(list(set(contents))):
            # by the content index: left to itself, SQLite walked every original (0.1 s a batch)
            q = f"SELECT id, published, content, signature FROM articles INDEXED BY articles_content WHERE content IN ({_marks(part)}) AND duplicate_of IS NULL"
            with _errors(self.path):
                found.extend(_print(*row) for row in self.db.execute(q, part))
        return found

    def originals_between(self, lo: float | None, hi: float | None) -> list[tuple[int, str, float | None, bytes, bytes]]:
        """(n, id, published, bag, signature) of the stored originals published in [lo, hi],
        and of every undated one; every original when ``lo`` is None."""
        if lo is None:
            q, args = "SELECT n, id, published, bag, signature FROM articles WHERE duplicate_of IS NULL ORDER BY n", ()
        else:
            # two searches of the publication index: with an OR, SQLite reads every original
            q = (
                "SELECT n, id, published, bag, signature FROM articles INDEXED BY articles_published"
                " WHERE published BETWEEN ? AND ? AND duplicate_of IS NULL"
                " UNION ALL SELECT n, id, published, bag, signature FROM articles INDEXED BY articles_published"
                " WHERE published IS NULL AND duplicate_of IS NULL ORDER BY n"
            )
            args = (lo, hi)
        return self._typed(self.db.execute(q, args), (int, str, _MAYBE_NUMBER, (bytes, type(None)), bytes), "articles")

    def outlet_counts(self, keys: Iterable[int]) -> dict[int, int]:
        out: dict[int, int] = {}
        for part in _parts(list(set(keys))):
            q = f"SELECT key, articles FROM outlet_sentences WHERE key IN ({_marks(part)})"
            out.update(self._typed(self.db.execute(q, part), (int, int), "outlet_sentences"))
        return out

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    # -- writing (inside a transaction) -------------------------------------------------------

    def remove(self, n: int) -> set[int]:
        """Take out an article being replaced; returns the articles it was linked to. Its copies
        stay (other outlets carried them) and leave its story until ``repoint_copies`` gives
        them the new version; until then they point at the old number, so nothing takes them
        for originals."""
        linked = {b for (b,) in self.db.execute("SELECT b FROM edges WHERE a=?", (n,))}
        linked |= {a for (a,) in self.db.execute("SELECT a FROM edges WHERE b=?", (n,))}
        story = self.db.execute("SELECT story FROM articles WHERE n=?", (n,)).fetchone()[0]
        self.db.execute("DELETE FROM edges WHERE a=? OR b=?", (n, n))
        self.db.execute("UPDATE articles SET story=NULL WHERE duplicate_of=?", (n,))
        self.db.execute("DELETE FROM search WHERE rowid=?", (n,))
        self.db.execute("DELETE FROM articles WHERE n=?", (n,))
        if story is not None:
            self.refresh([story])
        return linked

    def repoint_copies(self, old: int, new: int) -> None:
        """Copies of a replaced article become copies of its new version (``attach_copies``
        then puts them in its story)."""
        self.db.execute("UPDATE articles SET duplicate_of=? WHERE duplicate_of=?", (new, old))

    def add(self, items: list[Stored]) -> dict[str, int]:
        """Insert articles (copies after their originals); returns id -> n."""
        numbers: dict[str, int] = {}
        for item in items:
            a = item.article
            original = numbers.get(item.duplicate_of) if item.duplicate_of else None
            if item.duplicate_of and original is None:
                row = self.db.execute("SELECT n FROM articles WHERE id=?", (item.duplicate_of,)).fetchone()
                original = row[0]
            cur = self.db.execute(
                "INSERT INTO articles (id, content, source, title, url, path, line, encoding, published, heading, lead, text,"
                " duplicate_of, analysis, bag, signature) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    a.id, item.content, a.source, a.title, a.url, a.path, a.line, a.encoding,
                    a.published.timestamp() if a.published else None, item.heading, item.lead, a.text, original,
                    item.analysis,
                    None if item.bag is None else item.bag_blob or pack_bag(item.bag),
                    item.signature.astype("<u8").tobytes(),
                ),
            )
            n = numbers[a.id] = cur.lastrowid
            if item.bag is not None:
                self.db.execute("INSERT INTO search(rowid, terms) VALUES (?, ?)", (n, item.search_terms))
        return numbers

    def add_outlet_counts(self, counts: dict[int, int]) -> None:
        self.db.executemany(
            "INSERT INTO outlet_sentences VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET articles = articles + excluded.articles",
            list(counts.items()),
        )

    def add_edges(self, edges: Iterable[tuple[float, int, int]]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO edges VALUES (?, ?, ?)", ((a, b, w) for w, a, b in edges))

    def component(self, seeds: Iterable[int], threshold: float, since: float | None = None) -> set[int]:
        """Everything reachable from ``seeds`` over edges of weight ``threshold`` or more,
        through articles published at ``since`` or later (or undated) when it is given."""
        seen = set(seeds)
        frontier = list(seen)
        recent = "" if since is None else " AND (x.published >= ? OR x.published IS NULL)"
        while frontier:
            nxt: set[int] = set()
            for part in _parts(frontier):
                marks = _marks(part)
                q = (
                    f"SELECT e.b FROM edges e JOIN articles x ON x.n = e.b WHERE e.w >= ? AND e.a IN ({marks}){recent}"
                    f" UNION SELECT e.a FROM edges e JOIN articles x ON x.n = e.a WHERE e.w >= ? AND e.b IN ({marks}){recent}"
                )
                tail = () if since is None else (since,)
                nxt.update(r[0] for r in self.db.execute(q, (threshold, *part, *tail, threshold, *part, *tail)))
            frontier = list(nxt - seen)
            seen |= nxt
        return seen

    def sizes(self, stories: Iterable[int]) -> dict[int, int]:
        out: dict[int, int] = {}
        for part in _parts(list(stories)):
            out.update(self._typed(self.db.execute(f"SELECT id, size FROM stories WHERE id IN ({_marks(part)})", part), (int, int), "stories"))
        return out

    def edges_within(self, nodes: set[int]) -> list[tuple[float, int, int]]:
        out = []
        for part in _parts(sorted(nodes)):
            q = f"SELECT w, a, b FROM edges WHERE a IN ({_marks(part)})"
            out.extend((w, a, b) for w, a, b in self.db.execute(q, part) if b in nodes)
        return out

    def stories_of(self, nodes: Iterable[int]) -> dict[int, int | None]:
        out: dict[int, int | None] = {}
        for part in _parts(list(nodes)):
            out.update(self.db.execute(f"SELECT n, story FROM articles WHERE n IN ({_marks(part)})", part))
        return out

    def members_info(self, nodes: Iterable[int]) -> dict[int, tuple[str, str | None, str | None]]:
        """n -> (id, heading, lead)."""
        out = {}
        for part in _parts(list(nodes)):
            q = f"SELECT n, id, heading, lead FROM articles WHERE n IN ({_marks(part)})"
            out.update({n: (i, h, ld) for n, i, h, ld in self.db.execute(q, part)})
        return out

    def new_story(self) -> int:
        return self.db.execute("INSERT INTO stories (title) VALUES ('')").lastrowid

    def set_story(self, story: int, members: list[int], title: str) -> None:
        """Members (originals) of a story; their copies follow them. Sizes and dates are brought
        up to date by ``refresh`` once every story of a regrouping is set."""
        for part in _parts(members):
            marks = _marks(part)
            self.db.execute(f"UPDATE articles SET story=? WHERE n IN ({marks}) OR duplicate_of IN ({marks})", (story, *part, *part))
        self.db.execute("UPDATE stories SET title=?, merged_into=NULL WHERE id=?", (title, story))

    def refresh(self, stories: Iterable[int]) -> None:
        """Recount the size and publication span of these stories."""
        for part in _parts(sorted(set(stories))):
            self.db.execute(
                "UPDATE stories SET (size, first, last) = (SELECT count(*), min(published), max(published) FROM articles"
                f" WHERE articles.story = stories.id) WHERE id IN ({_marks(part)})", part
            )

    def attach_copies(self) -> None:
        """Copies without a story join their original's (whose story did not otherwise change)."""
        touched = [r[0] for r in self.db.execute(
            "SELECT DISTINCT o.story FROM articles a JOIN articles o ON o.n = a.duplicate_of WHERE a.story IS NULL"
        )]
        self.db.execute(
            "UPDATE articles SET story = (SELECT o.story FROM articles o WHERE o.n = articles.duplicate_of)"
            " WHERE story IS NULL AND duplicate_of IS NOT NULL"
        )
        self.refresh(touched)

    def retire_story(self, story: int, into: int | None) -> None:
        self.db.execute("UPDATE stories SET size=0, merged_into=? WHERE id=?", (into, story))

    def log(self, kind: str, story: int, other: int | None, article: str | None) -> None:
        at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.db.execute("INSERT INTO story_log VALUES (?, ?, ?, ?, ?)", (at, kind, story, other, article))

    def _typed(self, rows: Iterable[tuple], types: tuple, table: str) -> list[tuple]:
        """The rows, when each value is of its column's type (a damaged page can hold anything)."""
        rows = list(rows)
        for row in rows:
            if not all(map(isinstance, row, types)):
                raise _damaged(self.path, f"a row of its {table} table holds a value of the wrong type")
        return rows

    # -- reading for users --------------------------------------------------------------------

    def story_rows(self, since: float | None, until: float | None, query_terms: list[str] | None) -> list[dict]:
        """Stories (id, title, first, last, articles, outlets), newest last; filtered by
        publication dates overlapping [since, until] and by articles holding the query terms as
        a phrase (consecutive matching stems). Read from one snapshot: an ingest committing
        between its queries must not make a listing of two states."""
        with _Transaction(self.db, "DEFERRED"):
            return self._story_rows(since, until, query_terms)

    def _story_rows(self, since: float | None, until: float | None, query_terms: list[str] | None) -> list[dict]:
        where, args = ["s.merged_into IS NULL", "s.size > 0"], []
        if since is not None:
            where.append("(s.last IS NULL OR s.last >= ?)")
            args.append(since)
        if until is not None:
            where.append("(s.first IS NULL OR s.first <= ?)")
            args.append(until)
        if query_terms:
            match = '"' + " ".join(t.replace('"', "") for t in query_terms) + '"'  # a phrase
            where.append("s.id IN (SELECT story FROM articles WHERE n IN (SELECT rowid FROM search WHERE search MATCH ?))")
            args.append(match)
        rows = self._typed(self.db.execute(
            f"SELECT s.id, s.title, s.first, s.last FROM stories s WHERE {' AND '.join(where)} ORDER BY s.first, s.id", args
        ), (int, str, _MAYBE_NUMBER, _MAYBE_NUMBER), "stories")
        wanted = {r[0]: {"id": r[0], "title": r[1], "first": r[2], "last": r[3], "articles": [], "outlets": []} for r in rows}
        if not wanted:
            return []
        q = "SELECT story, id, source FROM articles WHERE story IS NOT NULL ORDER BY published, n"
        if len(wanted) < 500:
            q = f"SELECT story, id, source FROM articles WHERE story IN ({_marks(list(wanted))}) ORDER BY published, n"
            cur = self.db.execute(q, list(wanted))
        else:
            cur = self.db.execute(q)
        for story, article_id, source in self._typed(cur, (_MAYBE_INT, str, _MAYBE_TEXT), "articles"):
            s = wanted.get(story)
            if s is not None:
                s["articles"].append(article_id)
                if source and source not in s["outlets"]:
                    s["outlets"].append(source)
        return list(wanted.values())

    def resolve_story(self, story: int) -> int | None:
        """The story as it is now (following merges), or None when there is no such story."""
        seen = set()
        while story not in seen:
            seen.add(story)
            row = self.db.execute("SELECT merged_into, size FROM stories WHERE id=?", (story,)).fetchone()
            if row is None:
                return None
            self._typed([row], (_MAYBE_INT, int), "stories")
            if row[0] is None:
                return story if row[1] else None
            story = row[0]
        return None

    def titles(self, stories: list[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        for part in _parts(stories):
            out.update(self._typed(self.db.execute(f"SELECT id, title FROM stories WHERE id IN ({_marks(part)})", part), (int, str), "stories"))
        return out

    def story_log(self, story: int) -> list[tuple]:
        return self.db.execute("SELECT at, kind, story, other, article FROM story_log WHERE story=? OR other=? ORDER BY rowid", (story, story)).fetchall()

    def articles_of(self, stories: list[int]) -> Iterator[tuple[int, list[Article], dict[str, list[Figure]]]]:
        """Per story: its articles rebuilt with their stored analysis, and their figures."""
        for part in _parts(stories):
            q = (
                "SELECT a.story, a.n, a.id, a.text, a.source, a.title, a.url, a.path, a.line, a.encoding, a.published,"
                " o.id, a.analysis FROM articles a LEFT JOIN articles o ON o.n = a.duplicate_of"
                f" WHERE a.story IN ({_marks(part)}) ORDER BY a.story, a.published, a.n"
            )
            current, members, figures = None, [], {}
            for row in self.db.execute(q, part):
                if row[0] != current and current is not None:
                    yield current, members, figures
                    members, figures = [], {}
                current = row[0]
                with _errors(self.path):
                    article, figs = _article(row[2:])
                members.append(article)
                figures[article.id] = figs
            if current is not None:
                yield current, members, figures


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on an exception; with ``mode`` DEFERRED, a read
    that sees one snapshot of the store however many queries it takes (WAL). A stored value that
    does not decode within it (the ingest unpacks story vectors and prints) is reported with the
    store's name."""

    def __init__(self, db: _Connection, mode: str = "IMMEDIATE"):
        self.db = db
        self.mode = mode

    def __enter__(self):
        self.db.execute(f"BEGIN {self.mode}")
        return self.db

    def __exit__(self, kind, value, tb):
        if kind is None:
            self.db.execute("COMMIT")
            return False
        # SQLite may already have rolled back (a full disk); the first error is the one to report
        if self.db.in_transaction:
            with suppress(StoreError):
                self.db.execute("ROLLBACK")
        if isinstance(value, _Damaged):
            with _errors(self.db.path):
                raise value
        return False


# -- stored values: plain data, checked as they are read ----------------------------------------

_CODEC = b"\x01"  # the first byte of a packed value: zlib-compressed, in this module's layouts
_LARGEST = 64 << 20  # bytes a packed value may decompress to: a decompression bomb is refused
_MAYBE_TEXT, _MAYBE_INT, _MAYBE_NUMBER = (str, type(None)), (int, type(None)), (int, float, type(None))


def _article(row) -> tuple[Article, list[Figure]]:
    article_id, text, source, title, url, path, line, encoding, published, original, blob = row
    if not (type(article_id) is str and type(text) is str and isinstance(line, _MAYBE_INT)
            and all(isinstance(v, _MAYBE_TEXT) for v in (source, title, url, path, encoding, original))):
        raise _Damaged("a column holds a value of the wrong type", article_id)
    article = Article(
        id=article_id, text=text, source=source, title=title, url=url, path=path, line=line, encoding=encoding,
        published=_time(published, article_id), duplicate_of=original,
    )
    return unpack_analysis(article, blob)


def _time(published, article_id: str) -> datetime | None:
    if published is None:
        return None
    try:
        return datetime.fromtimestamp(published, timezone.utc)
    except (TypeError, ValueError, OverflowError, OSError) as e:
        raise _Damaged(f"its publication time {published!r} is not a time", article_id) from e


def pack_analysis(sentences: list[Sentence], figures: list[Figure]) -> bytes:
    """Sentences (offsets, kind, terms, word count: their text is the article's; the dates
    read in them) and figures."""
    return _pack([
        [[s.start, s.end, s.kind, _pack_terms(s.terms), s.words, _pack_dates(s.dates)] for s in sentences],
        [_pack_figure(f) for f in figures],
    ])


def _pack_terms(terms: tuple[str, ...]) -> str | list[str]:
    """One string, the terms separated by spaces, when none is empty or holds a space (JSON reads
    one string much faster than many), else the list."""
    joined = " ".join(terms)
    return joined if terms and joined.count(" ") == len(terms) - 1 and "" not in terms else list(terms)


def unpack_analysis(article: Article, blob: bytes) -> tuple[Article, list[Figure]]:
    """The article with its sentences rebuilt from ``pack_analysis``, and its figures."""
    packed = _unpack(blob, "its analysis", article.id)
    try:
        sentences, figures = packed
        text = article.text
        article.sentences = [_sentence(article.id, text, k, row) for k, row in enumerate(sentences)]
        return article, [_figure(text, row) for row in figures]
    except (TypeError, ValueError, IndexError, OverflowError) as e:  # lists of the wrong shape or values
        raise _Damaged(f"its analysis is not in this khulasa's layout ({e})", article.id) from e


def _sentence(article_id: str, text: str, k: int, row: list) -> Sentence:
    start, end, kind, terms, words, dates = row
    if type(terms) is str:
        terms = terms.split(" ")
    elif not (type(terms) is list and set(map(type, terms)) <= {str}):
        raise ValueError(f"sentence {k}'s terms")
    if not (_span(start, end, len(text)) and type(kind) is str and type(words) is int):
        raise ValueError(f"sentence {k}")
    return Sentence(article_id, k, start, end, text[start:end], kind, tuple(terms), words, _unpack_dates(text, start, end, dates))


def _span(start, end, length: int) -> bool:
    return type(start) is int and type(end) is int and 0 <= start <= end <= length


def _pack_dates(dates: tuple[DateMatch, ...] | None) -> list | None:
    if dates is None:
        return None
    return [
        [m.start, m.end, m.value.first.toordinal(), m.value.last.toordinal(), m.value.grain] if m.value else [m.start, m.end]
        for m in dates
    ]


def _unpack_dates(text: str, start: int, end: int, packed: list | None) -> tuple[DateMatch, ...] | None:
    """The dates of the sentence ``text[start:end]`` (offsets into the sentence)."""
    if packed is None:  # not read
        return None
    out = []
    for m in packed:  # [start, end] (no anchor to read it against) or [start, end, first, last, grain]
        if not (type(m) is list and len(m) in (2, 5) and _span(m[0], m[1], end - start)):
            raise ValueError("a date")
        value = None
        if len(m) == 5:
            if type(m[4]) is not str:
                raise ValueError("a date's grain")
            value = DateValue(date.fromordinal(m[2]), date.fromordinal(m[3]), m[4])
        out.append(DateMatch(m[0], m[1], text[start + m[0]:start + m[1]], value))
    return tuple(out)


# Figure's fields in their stored order, with the types each may hold (its dates as day numbers)
_FIGURE_FIELDS = {
    "article": str, "start": int, "end": int, "quote": str, "value": _MAYBE_NUMBER, "low": _MAYBE_NUMBER,
    "high": _MAYBE_NUMBER, "approx": bool, "bound": _MAYBE_TEXT, "vague": bool, "unit": str, "measure": str,
    "subject": _MAYBE_TEXT, "place": _MAYBE_TEXT, "source": _MAYBE_TEXT, "as_of": _MAYBE_TEXT, "period": str,
    "as_of_first": _MAYBE_INT, "as_of_last": _MAYBE_INT, "subset": bool, "sentence_start": int, "sentence_end": int,
}
_FIGURE_DATES = ("as_of_first", "as_of_last")


def _pack_figure(f: Figure) -> list:
    row = {name: getattr(f, name) for name in _FIGURE_FIELDS}
    for name in _FIGURE_DATES:
        if row[name] is not None:
            row[name] = row[name].toordinal()
    return list(row.values())


def _figure(text: str, row: list) -> Figure:
    if not (type(row) is list and len(row) == len(_FIGURE_FIELDS) and all(map(isinstance, row, _FIGURE_FIELDS.values()))):
        raise ValueError("a figure")
    values = dict(zip(_FIGURE_FIELDS, row))
    for name in _FIGURE_DATES:
        if values[name] is not None:
            values[name] = date.fromordinal(values[name])
    f = Figure(**values)
    if not (_span(f.start, f.end, len(text)) and _span(f.sentence_start, f.sentence_end, len(text))):
        raise ValueError("a figure's offsets")
    return f


def _print(article_id: str, published: float | None, content: str, signature: bytes) -> Print:
    return Print(article_id, _time(published, article_id), content, _signature(signature, article_id))


def _signature(blob: bytes, article_id: str) -> np.ndarray:
    """MinHash values, stored as little-endian uint64."""
    if type(blob) is not bytes or len(blob) != 8 * NUM_PERM:
        raise _Damaged("its MinHash signature is not one", article_id)
    return np.frombuffer(blob, dtype="<u8")


def stored_print(row: tuple) -> Print:
    """The copy-detection print of a row of ``originals_between`` (its content hash is not
    needed: equal contents are looked up by ``originals_with_content``)."""
    _, article_id, published, _, signature = row
    return _print(article_id, published, "", signature)


def pack_bag(bag: list[tuple[str, float]]) -> bytes:
    """The number of terms (uint32), their weights (float64), both little-endian, then the terms
    in UTF-8 separated by NUL: an ingest reads a thousand stored bags a batch, and as JSON their
    terms took twice as long to read as pickles did."""
    terms = "\x00".join(t for t, _ in bag)
    if terms.count("\x00") != max(len(bag) - 1, 0):
        raise ValueError("a term of a story vector holds a NUL character")
    weights = np.array([w for _, w in bag], dtype="<f8").tobytes()
    return _CODEC + zlib.compress(len(bag).to_bytes(4, "little") + weights + terms.encode("utf-8"), 1)


def unpack_bag(blob: bytes) -> list[tuple[str, float]]:
    data = _inflate(blob, "a story vector")
    n = int.from_bytes(data[:4], "little")
    try:
        weights = np.frombuffer(data, "<f8", n, 4).tolist()
        text = data[4 + 8 * n:].decode("utf-8")
    except ValueError as e:  # too short for its count, or not UTF-8
        raise _Damaged(f"a story vector does not decode ({e})") from e
    terms = text.split("\x00") if n else []
    if len(data) < 4 or len(terms) != n or (not n and text):
        raise _Damaged("a story vector's terms are not as many as its weights")
    return list(zip(terms, weights))


def _pack(value) -> bytes:
    return _CODEC + zlib.compress(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 1)


def _unpack(blob: bytes, what: str, article_id: str | None = None):
    """The JSON value of a packed blob: plain data whatever the blob holds, or _Damaged (``what``
    the blob is, for the message)."""
    data = _inflate(blob, what, article_id)
    try:
        return json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as e:  # UnicodeDecodeError, JSONDecodeError are ValueErrors
        raise _Damaged(f"{what} does not decode ({e})", article_id) from e


def _inflate(blob: bytes, what: str, article_id: str | None = None) -> bytes:
    """The bytes a blob of this khulasa's encoding holds (codec byte, zlib), or _Damaged."""
    if type(blob) is not bytes or blob[:1] != _CODEC:
        raise _Damaged(f"{what} is not in this khulasa's encoding", article_id)
    z = zlib.decompressobj()
    try:
        data = z.decompress(memoryview(blob)[1:], _LARGEST)
    except zlib.error as e:
        raise _Damaged(f"{what} does not decode ({e})", article_id) from e
    if not z.eof or z.unused_data:
        raise _Damaged(f"{what} is truncated, too large or followed by other data", article_id)
    return data


def _parts(items: list, size: int = 500) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _marks(part: list) -> str:
    return ",".join("?" * len(part))
