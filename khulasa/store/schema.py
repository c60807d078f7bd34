"""The store's SQL schema and its version, and opening a store file: the connection's settings,
then the check that the file is a store this khulasa reads (or the creation of a new one).

There is no migration: a store of another schema version is refused with what to do (ingest the
articles into a new store), never read in a layout it does not have.
"""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from urllib.parse import quote

from khulasa.store.errors import Connection, StoreError, boundary
from khulasa.version import __version__

__all__ = ["SCHEMA", "SCHEMA_VERSION", "check_or_create", "connect"]

# 2: plain-data blobs (``codec.CODEC_VERSION`` 1) instead of pickles; a store of version 1 is
# refused, never unpickled, and its articles must be ingested again
# 3: storylines (issue 15): each original's lead, each story's profile and storyline, the
# storylines and their log
# 4: a story vector's bag holds the lead's terms for events, and the whole text's marked "#" (a
# schema 3 store's bags are whole texts, which would be read as leads)
SCHEMA_VERSION = "4"

SCHEMA = """
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
    merged_into INTEGER,               -- set when a later article joined it to another story
    storyline INTEGER,                 -- the storyline it belongs to (NULL once merged into another story)
    profile TEXT                       -- JSON: its storyline profile [first day, last day, [[stem, weight]...], [[country, n]...]], then the known happening it is about, if any
);
CREATE INDEX IF NOT EXISTS stories_storyline ON stories(storyline);
CREATE INDEX IF NOT EXISTS stories_last ON stories(last);
CREATE TABLE IF NOT EXISTS leads (
    n INTEGER PRIMARY KEY,             -- an original article
    lead TEXT NOT NULL                 -- JSON: [[stems of its title and first sentences], [countries its title names]], then the known happening it names, if any
);
CREATE TABLE IF NOT EXISTS storylines (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    events INTEGER NOT NULL DEFAULT 0,
    articles INTEGER NOT NULL DEFAULT 0,
    first REAL, last REAL,
    merged_into INTEGER                -- set when an event joined it to another storyline
);
CREATE TABLE IF NOT EXISTS storyline_log (
    at TEXT NOT NULL, kind TEXT NOT NULL, storyline INTEGER NOT NULL, other INTEGER, story INTEGER, reason TEXT
);
CREATE TABLE IF NOT EXISTS story_log (
    at TEXT NOT NULL, kind TEXT NOT NULL, story INTEGER NOT NULL, other INTEGER, article TEXT
);
CREATE TABLE IF NOT EXISTS outlet_sentences (key INTEGER PRIMARY KEY, articles INTEGER NOT NULL) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(terms, tokenize='unicode61 remove_diacritics 0');
"""  # noqa: E501  (the table definitions read best one to a line)

_SETTINGS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA foreign_keys=OFF",
    # a batch's updates of the outlet sentence counts touch pages all over that table: in the
    # default 2 MB cache they spilled to disk mid-transaction (0.3 s a batch)
    "PRAGMA cache_size=-65536",
    # a damaged page is reported when it is read rather than read as garbage
    "PRAGMA cell_size_check=ON",
)


def connect(path: Path, create: bool, readonly: bool = False) -> Connection:
    """A connection to the file at ``path``, with the store's settings; ``check_or_create`` then
    checks it is a store this khulasa reads. A ``readonly`` connection (``khulasa serve``) is
    opened by SQLite read only: no statement on it can change the file."""
    if (readonly or not create) and not path.exists():
        raise StoreError(f"{path}: no such database (create it with `khulasa ingest ... --db {path}`)")
    if path.is_dir():
        raise StoreError(f"{path}: a directory, not a store")
    target = f"file:{quote(str(path.resolve()))}?mode=ro" if readonly else path
    with boundary(path):
        db = sqlite3.connect(
            target, isolation_level=None, timeout=LOCK_WAIT, check_same_thread=False, factory=Connection, uri=readonly
        )
    db.path = path
    try:
        # a reader leaves the journal mode as the writer set it (WAL)
        for setting in _SETTINGS:
            if readonly and "journal_mode" in setting:
                continue
            _set(db, setting)
    except BaseException:
        db.close()
        raise
    return db


def _set(db: Connection, setting: str) -> None:
    """Apply one setting. Turning a new file to WAL while another process is opening the same new
    file can be refused with "database is locked" at once, the busy timeout not waited out (two
    ingests into one new store failed one run in three: tests/test_store_holds.py): the setting
    is tried again for as long as a connection waits for a lock (37 runs of that test, none failed)."""
    deadline = time.monotonic() + LOCK_WAIT
    while True:
        try:
            sqlite3.Connection.execute(db, setting)  # (SQLite's own error, to tell a refused lock)
            return
        except sqlite3.DatabaseError as e:
            if isinstance(e, sqlite3.OperationalError) and "locked" in str(e) and time.monotonic() < deadline:
                time.sleep(LOCK_RETRY)
                continue
            with boundary(db.path):
                raise


LOCK_WAIT = 60  # seconds a connection waits for a lock (sqlite3.connect's timeout)
LOCK_RETRY = 0.05  # seconds between two tries of a setting another process's lock refused


def check_or_create(db: Connection, create: bool) -> None:
    """A store of this schema version, or StoreError; a new or empty file becomes one when
    ``create``."""
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables:
        if not create:
            raise StoreError(f"{db.path}: empty database")
        # one script, one transaction: a half-created store is never left behind. Another
        # process may be creating the store at the same moment (two ingests into a new file):
        # its script waits for the first's, then finds everything made (IF NOT EXISTS, OR IGNORE)
        db.executescript(
            f"BEGIN IMMEDIATE;{SCHEMA}INSERT OR IGNORE INTO meta VALUES ('schema', '{SCHEMA_VERSION}'),"
            f" ('analysis', '{__version__}');COMMIT;"
        )
        tables = {"meta"}
    if "meta" not in tables:
        raise StoreError(f"{db.path}: not a khulasa database (it has other tables)")
    version = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
    if not version or version[0] != SCHEMA_VERSION:
        raise StoreError(
            f"{db.path}: store schema {version and version[0]!r}, this khulasa reads {SCHEMA_VERSION!r}:"
            " ingest the articles into a new store (schema 1 stored Python pickles, which are never read)"
        )
