"""The corpus store: articles, their stored analysis, copies, story edges and stories in one
SQLite file (no server to run).

WAL mode lets readers (``stories``, ``digest``) work while an ingest writes; every change is
made inside a transaction, so a killed process leaves the database as of its last commit. Per
article the store keeps what later steps need without recomputing it: the sentences (offsets,
kind, matching terms), the figures, the story vector's bag of terms, and the MinHash
fingerprint, packed as plain data (``codec``). A store file may come from anyone, so reading
one must not run what it holds, and every value read back is checked: a damaged or foreign
file, or one SQLite cannot read or write, gives one StoreError naming it (``errors``). The
schema (``schema``), its version and the khulasa that wrote the analysis are recorded in
``meta``.

This module is the ``Store`` class: each method states its SQL; a statement over a list of ids
(``IN (...)``) is run a chunk of ids at a time by ``Store._in``.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import numpy as np

from khulasa.grouping.copies import Print
from khulasa.model import Article, Figure
from khulasa.store.codec import pack_analysis, pack_bag, pack_signature, unpack_analysis, unpack_bag
from khulasa.store.errors import Connection, Damaged, StoreError, boundary
from khulasa.store.rows import (
    MAYBE_INT,
    MAYBE_NUMBER,
    MAYBE_TEXT,
    ColumnTypes,
    article_of,
    print_of,
    stored_print,
    typed,
)
from khulasa.store.schema import SCHEMA_VERSION, check_or_create, connect

# the names this module has always given (the ingest and the tests import them from here)
__all__ = [
    "SCHEMA_VERSION", "Store", "StoreError", "Stored",
    "pack_analysis", "pack_bag", "stored_print", "unpack_analysis", "unpack_bag",
]

IDS = object()  # in ``Store._in``'s parameters: where a chunk of the ids goes
_CHUNK = 500  # ids a statement at most: SQLite binds at most 999 parameters (before 3.32)

OriginalRow = tuple[int, str, float | None, bytes, bytes]  # n, id, published, bag, signature


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
    def __init__(self, path: str | Path, *, create: bool = True, readonly: bool = False):
        """The store at ``path``; ``readonly`` opens it read only (never created)."""
        self.path = Path(path)
        create = create and not readonly
        self.db = connect(self.path, create, readonly)
        try:
            self._check_or_create(create)
        except BaseException:
            self.db.close()
            raise

    def _check_or_create(self, create: bool) -> None:
        # a method of its own: the tests fill the disk right after it
        check_or_create(self.db, create)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def transaction(self) -> _Transaction:
        return _Transaction(self.db)

    # -- the two helpers every method reads through ---------------------------------------------

    def _in(self, sql: str, ids: Iterable[Any], *args: Any) -> Iterator[Any]:
        """The rows of ``sql`` run over ``ids`` a chunk at a time: every ``{ids}`` in it (``IN
        ({ids})``) stands for a chunk's placeholders, and ``args`` are its parameters in order,
        ``IDS`` where a chunk's ids go (just the chunk when there are none). A statement that
        changes rows runs as its rows are read (``_change_in``)."""
        ids = list(ids)
        layout = args or (IDS,)
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i:i + _CHUNK]
            params = [p for a in layout for p in (chunk if a is IDS else (a,))]
            yield from self.db.execute(sql.replace("{ids}", ",".join("?" * len(chunk))), params)

    def _change_in(self, sql: str, ids: Iterable[Any], *args: Any) -> None:
        for _ in self._in(sql, ids, *args):
            pass

    def _typed(self, rows: Iterable[tuple], types: ColumnTypes, table: str) -> list[tuple]:
        """The rows, when each value is of its column's type (a damaged page can hold anything)."""
        with boundary(self.path):
            return typed(list(rows), types, table)

    # -- reading what ingest needs ------------------------------------------------------------

    def existing(self, ids: Iterable[str]) -> dict[str, tuple[int, str]]:
        """id -> (n, content hash) for the ids already stored."""
        rows = self._in("SELECT id, n, content FROM articles WHERE id IN ({ids})", ids)
        return {i: (n, c) for i, n, c in rows}

    def originals_with_content(self, contents: Iterable[str]) -> list[Print]:
        # by the content index: left to itself, SQLite walked every original (0.1 s a batch)
        rows = self._in(
            "SELECT id, published, content, signature FROM articles INDEXED BY articles_content"
            " WHERE content IN ({ids}) AND duplicate_of IS NULL", set(contents)
        )
        with boundary(self.path):
            return [print_of(*row) for row in rows]

    def originals_between(self, lo: float | None, hi: float | None) -> list[OriginalRow]:
        """(n, id, published, bag, signature) of the stored originals published in [lo, hi],
        and of every undated one; every original when ``lo`` is None."""
        args: tuple[float | None, ...] = ()
        if lo is None:
            q = "SELECT n, id, published, bag, signature FROM articles WHERE duplicate_of IS NULL ORDER BY n"
        else:
            # two searches of the publication index: with an OR, SQLite reads every original
            q = (
                "SELECT n, id, published, bag, signature FROM articles INDEXED BY articles_published"
                " WHERE published BETWEEN ? AND ? AND duplicate_of IS NULL"
                " UNION ALL SELECT n, id, published, bag, signature FROM articles INDEXED BY articles_published"
                " WHERE published IS NULL AND duplicate_of IS NULL ORDER BY n"
            )
            args = (lo, hi)
        return self._typed(self.db.execute(q, args), (int, str, MAYBE_NUMBER, (bytes, type(None)), bytes), "articles")

    def outlet_counts(self, keys: Iterable[int]) -> dict[int, int]:
        rows = self._in("SELECT key, articles FROM outlet_sentences WHERE key IN ({ids})", set(keys))
        return dict(self._typed(rows, (int, int), "outlet_sentences"))

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
                "INSERT INTO articles (id, content, source, title, url, path, line, encoding, published, heading, lead,"
                " text, duplicate_of, analysis, bag, signature) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    a.id, item.content, a.source, a.title, a.url, a.path, a.line, a.encoding,
                    a.published.timestamp() if a.published else None, item.heading, item.lead, a.text, original,
                    item.analysis,
                    None if item.bag is None else item.bag_blob or pack_bag(item.bag),
                    pack_signature(item.signature),
                ),
            )
            n = numbers[a.id] = _rowid(cur.lastrowid)
            if item.bag is not None:
                self.db.execute("INSERT INTO search(rowid, terms) VALUES (?, ?)", (n, item.search_terms))
        return numbers

    def add_outlet_counts(self, counts: dict[int, int]) -> None:
        self.db.executemany(
            "INSERT INTO outlet_sentences VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET articles = articles + excluded.articles",
            list(counts.items()),
        )

    def add_edges(self, edges: Iterable[tuple[float, int, int]]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO edges VALUES (?, ?, ?)", ((a, b, w) for w, a, b in edges))

    def component(self, seeds: Iterable[int], threshold: float, since: float | None = None) -> set[int]:
        """Everything reachable from ``seeds`` over edges of weight ``threshold`` or more,
        through articles published at ``since`` or later (or undated) when it is given."""
        seen = set(seeds)
        frontier = list(seen)
        recent, tail = ("", ()) if since is None else (" AND (x.published >= ? OR x.published IS NULL)", (since,))
        q = (
            f"SELECT e.b FROM edges e JOIN articles x ON x.n = e.b WHERE e.w >= ? AND e.a IN ({{ids}}){recent}"
            f" UNION SELECT e.a FROM edges e JOIN articles x ON x.n = e.a WHERE e.w >= ? AND e.b IN ({{ids}}){recent}"
        )
        while frontier:
            nxt = {r[0] for r in self._in(q, frontier, threshold, IDS, *tail, threshold, IDS, *tail)}
            frontier = list(nxt - seen)
            seen |= nxt
        return seen

    def sizes(self, stories: Iterable[int]) -> dict[int, int]:
        rows = self._in("SELECT id, size FROM stories WHERE id IN ({ids})", stories)
        return dict(self._typed(rows, (int, int), "stories"))

    def edges_within(self, nodes: set[int]) -> list[tuple[float, int, int]]:
        rows = self._in("SELECT w, a, b FROM edges WHERE a IN ({ids})", sorted(nodes))
        return [(w, a, b) for w, a, b in rows if b in nodes]

    def stories_of(self, nodes: Iterable[int]) -> dict[int, int | None]:
        return dict(self._in("SELECT n, story FROM articles WHERE n IN ({ids})", nodes))

    def members_info(
        self, nodes: Iterable[int], opening: int = 200
    ) -> dict[int, tuple[str, str | None, str | None, str]]:
        """n -> (id, heading, lead, the first ``opening`` characters of its text)."""
        rows = self._in(
            "SELECT n, id, heading, lead, substr(text, 1, ?) FROM articles WHERE n IN ({ids})", nodes, opening, IDS
        )
        return {n: (i, h, ld, o or "") for n, i, h, ld, o in rows}

    def new_story(self) -> int:
        return _rowid(self.db.execute("INSERT INTO stories (title) VALUES ('')").lastrowid)

    def set_story(self, story: int, members: list[int], title: str) -> None:
        """Members (originals) of a story; their copies follow them. Sizes and dates are brought
        up to date by ``refresh`` once every story of a regrouping is set."""
        self._change_in(
            "UPDATE articles SET story=? WHERE n IN ({ids}) OR duplicate_of IN ({ids})", members, story, IDS, IDS
        )
        self.db.execute("UPDATE stories SET title=?, merged_into=NULL WHERE id=?", (title, story))

    def refresh(self, stories: Iterable[int]) -> None:
        """Recount the size and publication span of these stories."""
        self._change_in(
            "UPDATE stories SET (size, first, last) = (SELECT count(*), min(published), max(published) FROM articles"
            " WHERE articles.story = stories.id) WHERE id IN ({ids})", sorted(set(stories))
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
        at = datetime.now(UTC).isoformat(timespec="seconds")
        self.db.execute("INSERT INTO story_log VALUES (?, ?, ?, ?, ?)", (at, kind, story, other, article))

    # -- storylines ---------------------------------------------------------------------------

    def add_leads(self, leads: Iterable[tuple[int, str]]) -> None:
        """Originals' leads (n, packed by ``codec.pack_lead``)."""
        self.db.executemany("INSERT OR REPLACE INTO leads VALUES (?, ?)", leads)

    def leads_of(self, stories: Iterable[int]) -> dict[int, list[str]]:
        """Story -> the packed leads of its original articles."""
        out: dict[int, list[str]] = {}
        rows = self._in("SELECT a.story, l.lead FROM articles a JOIN leads l ON l.n = a.n WHERE a.story IN ({ids})"
                        " ORDER BY a.n", stories)
        for story, lead in self._typed(rows, (int, str), "leads"):
            out.setdefault(story, []).append(lead)
        return out

    def story_spans(self, stories: Iterable[int]) -> dict[int, tuple[float | None, float | None, int]]:
        """Story -> (first, last publication time, size), for the stories that have members."""
        rows = self._in("SELECT id, first, last, size FROM stories WHERE size > 0 AND id IN ({ids})", stories)
        return {r[0]: (r[1], r[2], r[3]) for r in self._typed(rows, (int, MAYBE_NUMBER, MAYBE_NUMBER, int), "stories")}

    def set_profile(self, story: int, profile: str) -> None:
        self.db.execute("UPDATE stories SET profile=? WHERE id=?", (profile, story))

    def profiles_since(self, since: float | None) -> list[tuple[int, str, int | None]]:
        """(story, packed profile, storyline) of the live stories that have a profile and ended
        at ``since`` or later (or are undated); all of them when ``since`` is None."""
        recent, args = ("", ()) if since is None else (" AND (last IS NULL OR last >= ?)", (since,))
        rows = self.db.execute(
            "SELECT id, profile, storyline FROM stories WHERE size > 0 AND merged_into IS NULL"
            f" AND profile IS NOT NULL{recent} ORDER BY id", args
        ).fetchall()
        return self._typed(rows, (int, str, MAYBE_INT), "stories")

    def profiles_of(self, stories: Iterable[int]) -> dict[int, str]:
        """Story -> its stored (packed) storyline profile, for those that have one."""
        rows = self._in("SELECT id, profile FROM stories WHERE profile IS NOT NULL AND id IN ({ids})", stories)
        return dict(self._typed(rows, (int, str), "stories"))

    def storyline_events(self, storylines: Iterable[int]) -> dict[int, int]:
        """Storyline -> how many live stories (events) it holds now."""
        rows = self._in(
            "SELECT storyline, count(*) FROM stories WHERE size > 0 AND merged_into IS NULL"
            " AND storyline IN ({ids}) GROUP BY storyline", storylines,
        )
        return dict(self._typed(rows, (int, int), "stories"))

    def storylines_of(self, stories: Iterable[int]) -> dict[int, int | None]:
        rows = self._in("SELECT id, storyline FROM stories WHERE id IN ({ids})", stories)
        return dict(self._typed(rows, (int, MAYBE_INT), "stories"))

    def new_storyline(self) -> int:
        return _rowid(self.db.execute("INSERT INTO storylines (title) VALUES ('')").lastrowid)

    def set_storyline(self, story: int, storyline: int | None) -> None:
        self.db.execute("UPDATE stories SET storyline=? WHERE id=?", (storyline, story))

    def retire_storyline(self, storyline: int, into: int) -> None:
        """A storyline merged into another: its events move there, and it points there."""
        self.db.execute("UPDATE stories SET storyline=? WHERE storyline=?", (into, storyline))
        self.db.execute("UPDATE storylines SET events=0, articles=0, merged_into=? WHERE id=?", (into, storyline))

    def refresh_storylines(self, storylines: Iterable[int]) -> None:
        """Recount these storylines' events, articles and span; each is titled by its seminal
        event, as ``story.storyline`` titles one: the earliest whose size is at least half the
        largest's."""
        self._change_in(
            "UPDATE storylines SET (events, articles, first, last) = (SELECT count(*), coalesce(sum(size), 0),"
            " min(first), max(last) FROM stories WHERE stories.storyline = storylines.id AND size > 0),"
            " title = coalesce((SELECT title FROM stories WHERE stories.storyline = storylines.id AND size > 0"
            " AND 2 * size >= (SELECT max(size) FROM stories WHERE stories.storyline = storylines.id)"
            " ORDER BY first IS NULL, first, id LIMIT 1), '') WHERE id IN ({ids})", sorted(set(storylines))
        )

    def log_storyline(self, kind: str, storyline: int, other: int | None, story: int | None, reason: str) -> None:
        at = datetime.now(UTC).isoformat(timespec="seconds")
        row = (at, kind, storyline, other, story, reason)
        self.db.execute("INSERT INTO storyline_log VALUES (?, ?, ?, ?, ?, ?)", row)

    def storyline_rows(self) -> list[dict]:
        """Live storylines: id, title, events, articles, first, last."""
        rows = self._typed(self.db.execute(
            "SELECT id, title, events, articles, first, last FROM storylines WHERE merged_into IS NULL AND events > 0"
            " ORDER BY first, id"
        ).fetchall(), (int, str, int, int, MAYBE_NUMBER, MAYBE_NUMBER), "storylines")
        return [dict(zip(("id", "title", "events", "articles", "first", "last"), r)) for r in rows]

    def storyline_log(self, storyline: int) -> list[tuple]:
        return self.db.execute(
            "SELECT at, kind, storyline, other, story, reason FROM storyline_log WHERE storyline=? OR other=?"
            " ORDER BY rowid", (storyline, storyline),
        ).fetchall()

    # -- reading for users --------------------------------------------------------------------

    def story_rows(self, since: float | None, until: float | None, query_terms: list[str] | None) -> list[dict]:
        """Stories (id, title, first, last, articles, outlets), newest last; filtered by
        publication dates overlapping [since, until] and by articles holding the query terms as
        a phrase (consecutive matching stems). Read from one snapshot: an ingest committing
        between its queries must not make a listing of two states."""
        with _Transaction(self.db, "DEFERRED"):
            return self._story_rows(since, until, query_terms)

    def _story_rows(self, since: float | None, until: float | None, query_terms: list[str] | None) -> list[dict]:
        where: list[str] = ["s.merged_into IS NULL", "s.size > 0"]
        args: list[float | str] = []
        if since is not None:
            where.append("(s.last IS NULL OR s.last >= ?)")
            args.append(since)
        if until is not None:
            where.append("(s.first IS NULL OR s.first <= ?)")
            args.append(until)
        if query_terms:
            match = '"' + " ".join(t.replace('"', "") for t in query_terms) + '"'  # a phrase
            where.append(
                "s.id IN (SELECT story FROM articles WHERE n IN (SELECT rowid FROM search WHERE search MATCH ?))"
            )
            args.append(match)
        rows = self._typed(self.db.execute(
            f"SELECT s.id, s.title, s.first, s.last, s.storyline FROM stories s WHERE {' AND '.join(where)}"
            " ORDER BY s.first, s.id", args
        ), (int, str, MAYBE_NUMBER, MAYBE_NUMBER, MAYBE_INT), "stories")
        wanted: dict[int, dict[str, Any]] = {
            r[0]: {"id": r[0], "title": r[1], "first": r[2], "last": r[3], "storyline": r[4], "articles": [],
                   "outlets": []}
            for r in rows
        }
        if not wanted:
            return []
        members: Iterable[tuple]
        if len(wanted) < _CHUNK:  # one statement: the stories' articles by the story index
            members = self._in("SELECT story, id, source FROM articles WHERE story IN ({ids}) ORDER BY published, n",
                               wanted)
        else:
            members = self.db.execute(
                "SELECT story, id, source FROM articles WHERE story IS NOT NULL ORDER BY published, n"
            )
        for story, article_id, source in self._typed(members, (MAYBE_INT, str, MAYBE_TEXT), "articles"):
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
            self._typed([row], (MAYBE_INT, int), "stories")
            if row[0] is None:
                return story if row[1] else None
            story = row[0]
        return None

    def titles(self, stories: list[int]) -> dict[int, str]:
        rows = self._in("SELECT id, title FROM stories WHERE id IN ({ids})", stories)
        return dict(self._typed(rows, (int, str), "stories"))

    def story_log(self, story: int) -> list[tuple]:
        return self.db.execute(
            "SELECT at, kind, story, other, article FROM story_log WHERE story=? OR other=? ORDER BY rowid",
            (story, story),
        ).fetchall()

    def articles_of(self, stories: list[int]) -> Iterator[tuple[int, list[Article], dict[str, list[Figure]]]]:
        """Per story: its articles rebuilt with their stored analysis, and their figures (the
        stories in chunks of ``stories``' order, each chunk in story number order)."""
        rows = self._in(
            "SELECT a.story, a.n, a.id, a.text, a.source, a.title, a.url, a.path, a.line, a.encoding, a.published,"
            " o.id, a.analysis FROM articles a LEFT JOIN articles o ON o.n = a.duplicate_of"
            " WHERE a.story IN ({ids}) ORDER BY a.story, a.published, a.n", stories
        )
        current, members, figures = None, [], {}
        for row in rows:
            if row[0] != current and current is not None:
                yield current, members, figures
                members, figures = [], {}
            current = row[0]
            with boundary(self.path):
                article, figs = article_of(row[2:])
            members.append(article)
            figures[article.id] = figs
        if current is not None:
            yield current, members, figures


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on an exception; with ``mode`` DEFERRED, a read
    that sees one snapshot of the store however many queries it takes (WAL). A stored value that
    does not decode within it (the ingest unpacks story vectors and prints) is reported with the
    store's name."""

    def __init__(self, db: Connection, mode: str = "IMMEDIATE"):
        self.db = db
        self.mode = mode

    def __enter__(self) -> Connection:
        self.db.execute(f"BEGIN {self.mode}")
        return self.db

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> Literal[False]:
        if kind is None:
            self.db.execute("COMMIT")
            return False
        # SQLite may already have rolled back (a full disk); the first error is the one to report
        if self.db.in_transaction:
            with suppress(StoreError):
                self.db.execute("ROLLBACK")
        if isinstance(value, Damaged):
            with boundary(self.db.path):
                raise value
        return False


def _rowid(rowid: int | None) -> int:
    """The rowid of the row an INSERT made (there is always one)."""
    assert rowid is not None
    return rowid
