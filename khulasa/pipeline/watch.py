"""Keeping a store up to date as a desk's feed drops files into folders: the folders are looked
at every few seconds, and the files that are new or changed since the last look are ingested.

One process does it for as long as it runs, with one store and one pool of workers: the language
data, the libraries and the workers are loaded once, so a few new articles take the work they
need and not the start-up of a fresh command each time (about half a second of imports, and
datasketch's own half second, for a batch of a hundred articles).

A file is taken once it has not been written to for ``SETTLE`` seconds (a feed may still be
writing it), and again when its size or modification time changed; what it holds is then
ingested as usual, so an article already stored with the same content is not added twice, and
one whose text changed replaces the stored version. A file that cannot be read is reported once,
until it changes.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from khulasa.model import Skipped
from khulasa.pipeline.engines import LocalEngine
from khulasa.pipeline.ingest import IngestReport, ingest
from khulasa.read.read import files_under
from khulasa.store.store import Store

EVERY = 5.0  # seconds between two looks at the folders
# a file written to this recently may still be being written: it is left for a later look
SETTLE = 0.5  # seconds


@dataclass
class Seen:
    """The files looked at so far, each with its (size, modification time)."""

    files: dict[Path, tuple[int, int]] = field(default_factory=dict)
    reported: set[tuple[str, str]] = field(default_factory=set)  # (where, reason) already reported


@dataclass(frozen=True)
class Round:
    """One look at the folders: the files taken, the ingest's report (None when none was
    new), and the files that could not be read, reported for the first time."""

    files: list[Path]
    report: IngestReport | None
    skipped: list[Skipped]
    seconds: float


def changed_files(paths: Iterable[str | Path], seen: Seen) -> tuple[list[Path], list[Skipped]]:
    """The files under ``paths`` that are new or changed since ``seen`` (which is updated), and
    the unreadable ones not reported before."""
    files, skipped = files_under(paths)
    now = time.time()
    changed = []
    for path in files:
        try:
            st = path.stat()
        except OSError as e:  # gone or unreadable between the listing and now
            skipped.append(Skipped(str(path), f"cannot read: {e.strerror or e}"))
            continue
        stamp = (st.st_size, st.st_mtime_ns)
        if seen.files.get(path) != stamp and now - st.st_mtime >= SETTLE:
            seen.files[path] = stamp
            changed.append(path)
    fresh = [s for s in skipped if (s.where, s.reason) not in seen.reported]
    seen.reported.update((s.where, s.reason) for s in fresh)
    return changed, fresh


def look(paths: Iterable[str | Path], store: Store, engine, seen: Seen, figures: bool = True) -> Round:
    """One look: ingest what is new or changed under ``paths`` into ``store`` on ``engine``."""
    start = time.perf_counter()
    files, skipped = changed_files(paths, seen)
    report = ingest(files, store, engine=engine, figures=figures, progress=False) if files else None
    if report is not None:
        # what the reader could not read inside a file (a bad line) is reported with the file
        skipped += [s for s in report.skipped if (s.where, s.reason) not in seen.reported]
        seen.reported.update((s.where, s.reason) for s in report.skipped)
    return Round(files, report, skipped, time.perf_counter() - start)


def watch(
    paths: Iterable[str | Path], db: str | Path, *, every: float = EVERY, rounds: int | None = None,
    figures: bool = True, on_round: Callable[[Round], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> int:
    """Look at ``paths`` every ``every`` seconds and ingest what is new into the store ``db``,
    for ``rounds`` looks (None: until ``stop()`` says so, or the process is interrupted).
    ``on_round`` is told of every look that found something. Returns the number of looks."""
    paths = list(paths)
    seen = Seen()
    engine = LocalEngine()
    store = Store(db)
    done = 0
    try:
        while rounds is None or done < rounds:
            if done:
                time.sleep(every)
            if stop is not None and stop():
                break
            result = look(paths, store, engine, seen, figures)
            done += 1
            if on_round is not None and (result.files or result.skipped):
                on_round(result)
    finally:
        engine.close()
        store.close()
    return done
