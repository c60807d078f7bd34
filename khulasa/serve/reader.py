"""The store as ``khulasa serve`` reads it: opened read only by SQLite, one snapshot per
request, and a time limit on every request's statements.

Each request takes a connection from a small pool and opens a read transaction on it: in WAL
mode every statement of that transaction reads the store as of its first one, so an ingest
that commits a batch meanwhile is seen whole on the next request, never half of it. The
catalogue (``catalogue``) and the last digests are kept per version of the store and read
again when the version changes.
"""
from __future__ import annotations

import queue
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from khulasa.model import Article, Story, Storyline
from khulasa.serve import queries
from khulasa.serve.catalogue import Catalogue, refresh
from khulasa.serve.digests import story_digest, storyline_digest, without_sentences
from khulasa.store.errors import StoreError, boundary
from khulasa.store.store import Store

TIME_LIMIT = 10.0  # seconds of SQL a request may take before it is stopped
POOL = 4  # connections kept open between requests
CACHE_KIB = 8192  # each connection's page cache (the store's writers take 64 MB)
DIGESTS = 64  # story digests kept (with their articles' texts, not their sentences)
STORYLINES = 8  # storylines kept, the same way
CHECK_EVERY = 1000  # SQLite virtual machine steps between two looks at the clock


# a storyline worked out: it, its articles by id (without sentences) and the event of each
Line = tuple[Storyline, dict[str, Article], dict[str, int]]


class TooSlow(Exception):
    """A request's statements ran past the time limit."""


@dataclass
class Snapshot:
    """One request's view of the store."""

    reader: Reader
    store: Store
    version: tuple

    def catalogue(self) -> Catalogue:
        return self.reader.catalogue(self)

    def story(self, story_id: int, title: str) -> tuple[Story, dict[str, Article]]:
        return self.reader.story(self, story_id, title)

    def storyline(self, line_id: int, events: list[tuple[int, str]]) -> Line:
        return self.reader.storyline(self, line_id, events)


class Reader:
    def __init__(self, path: str | Path, time_limit: float = TIME_LIMIT):
        """Opens the store once, so a missing, damaged or foreign file is a StoreError here."""
        self.path = Path(path)
        self.time_limit = time_limit
        self._pool: queue.SimpleQueue[Store] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._catalogue = Catalogue(version=(-1,))
        self._digests: OrderedDict[tuple, tuple[Story, dict[str, Article]]] = OrderedDict()
        self._storylines: OrderedDict[tuple, Line] = OrderedDict()
        self._pool.put(self._open())

    def _open(self) -> Store:
        store = Store(self.path, readonly=True)
        store.db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        return store

    def prefetch(self, stories: list[tuple[int, str]]) -> threading.Thread:
        """Work out these stories' digests (id, title) in the background, each from its own
        snapshot, so that their first visit finds them ready."""

        def run() -> None:
            for story_id, title in stories:
                try:
                    with self.snapshot(limit=False) as snap:
                        snap.story(story_id, title)
                except (StoreError, TooSlow):
                    return

        thread = threading.Thread(target=run, name="khulasa-prefetch", daemon=True)
        thread.start()
        return thread

    def close(self) -> None:
        with suppress(queue.Empty):
            while True:
                self._pool.get_nowait().close()

    def warm(self) -> Catalogue:
        """Read the catalogue now, with no time limit (the first read of a large store), and
        digest one story, which loads the language data every digest needs."""
        with self.snapshot(limit=False) as snap:
            catalogue = snap.catalogue()
            smallest = min(catalogue.stories.values(), key=lambda s: (s.size, s.id), default=None)
            if smallest is not None:
                snap.story(smallest.id, smallest.title)
            return catalogue

    @contextmanager
    def snapshot(self, limit: bool = True) -> Iterator[Snapshot]:
        try:
            store = self._pool.get_nowait()
        except queue.Empty:
            store = self._open()
        deadline = time.monotonic() + self.time_limit
        if limit:
            store.db.set_progress_handler(lambda: time.monotonic() > deadline, CHECK_EVERY)
        try:
            store.db.execute("BEGIN")
            yield Snapshot(self, store, queries.version(store.db))
        except StoreError as e:
            if str(e).endswith(": interrupted"):
                raise TooSlow(f"the request took more than {self.time_limit:g} s") from None
            raise
        finally:
            self._put_back(store)

    def _put_back(self, store: Store) -> None:
        store.db.set_progress_handler(None, 0)
        try:
            if store.db.in_transaction:
                store.db.execute("ROLLBACK")
        except StoreError:
            store.close()
            return
        if self._pool.qsize() < POOL:
            self._pool.put(store)
        else:
            store.close()

    def catalogue(self, snap: Snapshot) -> Catalogue:
        """The catalogue of the snapshot's version (read from the snapshot when it is new)."""
        with self._lock:
            if self._catalogue.version != snap.version:
                with boundary(self.path):
                    self._catalogue = refresh(snap.store.db, self._catalogue, snap.version)
            return self._catalogue

    def story(self, snap: Snapshot, story_id: int, title: str) -> tuple[Story, dict[str, Article]]:
        """A story's digest in the snapshot's version (the last ``DIGESTS`` are kept)."""
        key = (snap.version, story_id)
        with self._lock:
            if key in self._digests:
                self._digests.move_to_end(key)
                return self._digests[key]
        with boundary(self.path):
            story, by_id = story_digest(snap.store, story_id, title)
        made = story, {a.id: a for a in without_sentences(by_id)}
        with self._lock:
            self._digests[key] = made
            while len(self._digests) > DIGESTS:
                self._digests.popitem(last=False)
        return made

    def storyline(self, snap: Snapshot, line_id: int, events: list[tuple[int, str]]) -> Line:
        """A storyline of these events (id, title) in the snapshot's version, from their digests
        (those kept are used; the others are worked out and not kept one by one); the last
        ``STORYLINES`` are kept."""
        key = (snap.version, line_id, tuple(s for s, _ in events))
        with self._lock:
            if key in self._storylines:
                self._storylines.move_to_end(key)
                return self._storylines[key]
            known = {s: self._digests[(snap.version, s)] for s, _ in events if (snap.version, s) in self._digests}
        with boundary(self.path):
            made = storyline_digest(snap.store, line_id, events, known)
        with self._lock:
            self._storylines[key] = made
            while len(self._storylines) > STORYLINES:
                self._storylines.popitem(last=False)
        return made
