"""The store's one error, and the boundary where everything that goes wrong becomes it.

SQLite's errors (not a database, damaged, disk full, read-only) and stored values that do not
decode (``Damaged``, raised by the codec and the row checks, which do not know the file) become
one ``StoreError`` naming the file. Every statement, and every row read, goes through that
boundary: the store's connection and cursor route them (``Connection``, ``Cursor``).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

__all__ = ["Connection", "Cursor", "Damaged", "StoreError", "boundary", "damaged", "sqlite_error"]


class StoreError(Exception):
    """A database that cannot be used (not khulasa's, written by an incompatible version,
    damaged, or one SQLite cannot read or write)."""


class Damaged(StoreError):
    """A stored value that does not decode; the store boundary (``boundary``) names the file."""

    def __init__(self, what: str, article: str | None = None):
        super().__init__(f"article {article!r}: {what}" if article is not None else what)


def damaged(path: Path, what: str) -> StoreError:
    return StoreError(f"{path}: damaged store: {what}; ingest the articles into a new store")


def sqlite_error(path: Path, e: sqlite3.DatabaseError) -> StoreError:
    # SQLite's words are the clearest (file is not a database, database disk image is malformed,
    # database or disk is full, attempt to write a readonly database); of a column that is not
    # UTF-8 they quote the bytes, which are no help
    return StoreError(f"{path}: {str(e).split(' with text ')[0]}")


@contextmanager
def boundary(path: Path) -> Iterator[None]:
    """The store boundary: SQLite's errors and stored values that do not decode become one
    StoreError naming the file."""
    try:
        yield
    except Damaged as e:
        raise damaged(path, str(e)) from e
    except sqlite3.ProgrammingError:
        raise  # misuse of the connection: a bug, not the file
    except sqlite3.DatabaseError as e:
        raise sqlite_error(path, e) from e


class Connection(sqlite3.Connection):
    """The store's connection: every statement, and every row read, goes through ``boundary``
    (sqlite3's own ``execute`` would bypass a cursor subclass)."""

    path: Path

    def execute(self, sql: str, args: Any = ()) -> Cursor:
        return Cursor(self).execute(sql, args)

    def executemany(self, sql: str, rows: Iterable[Any]) -> Cursor:
        return Cursor(self).executemany(sql, rows)

    def executescript(self, script: str) -> Cursor:
        return Cursor(self).executescript(script)


class Cursor(sqlite3.Cursor):
    # a damaged page is often found only when its rows are stepped to, after execute
    connection: Connection

    def execute(self, sql: str, args: Any = ()) -> Cursor:
        with boundary(self.connection.path):
            return super().execute(sql, args)

    def executemany(self, sql: str, rows: Iterable[Any]) -> Cursor:
        with boundary(self.connection.path):
            return super().executemany(sql, rows)

    def executescript(self, script: str) -> Cursor:
        with boundary(self.connection.path):
            super().executescript(script)
            return self

    def __next__(self) -> Any:
        try:  # not ``boundary``: this runs for every row
            return super().__next__()
        except sqlite3.ProgrammingError:
            raise
        except sqlite3.DatabaseError as e:
            raise sqlite_error(self.connection.path, e) from e

    def close(self) -> None:
        # rows dropped unread close their cursor (``yield from`` does), maybe after the store
        # closed on the way out of an error: there is nothing left to close then
        with suppress(sqlite3.ProgrammingError):
            super().close()

    def fetchone(self) -> Any:
        return next(self, None)

    def fetchall(self) -> list[Any]:
        return list(self)
