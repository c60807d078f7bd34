"""Where the heavy, independent pieces of an ingest run: here (every local core) or on a Dask
cluster. Both take a top-level function and a list of pieces and give the results back in
order; the ingest does the same work with either, so the stories come out the same."""
from __future__ import annotations

import multiprocessing
from collections import Counter, deque
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Callable, Iterator, Sequence

from khulasa.pipeline.parallel import one_thread_each
from khulasa.pipeline.parallel import workers as local_workers
from khulasa.progress import track


class LocalEngine:
    """``imap`` streams pieces through one pool of forked processes (one per core), kept for
    the engine's life so the workers' caches stay warm; in this process when there is one
    core, no fork, or too few pieces to pay for a pool. ``map`` runs in this process: it is
    for the small steps that come between streamed pieces."""

    name = "local"

    def __init__(self, workers: int | None = None, min_pieces: int = 2):
        self.workers = workers or local_workers()
        self.min_pieces = min_pieces
        self._executor: ProcessPoolExecutor | None = None

    def map(self, fn: Callable, pieces: Sequence, *, label: str = "", progress: bool | None = None) -> list:
        return list(track(map(fn, pieces), len(pieces), label, progress, "parts"))

    def imap(self, fn: Callable, pieces: Sequence, ahead: int | None = None) -> Iterator:
        """``fn(piece)`` for each piece, in order, computed ahead of the caller (the first
        pieces are submitted now, not when the first result is asked for)."""
        if self.workers < 2 or len(pieces) < self.min_pieces or "fork" not in multiprocessing.get_all_start_methods():
            return map(fn, pieces)
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context("fork"), initializer=_start_worker
            )
        return _window(self._executor.submit, fn, pieces, ahead or 3 * self.workers)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=True)
            self._executor = None


class DaskEngine:
    """Pieces as tasks on a ``dask.distributed`` cluster: the scheduler at ``scheduler``
    (``tcp://host:8786``), or a ``Client`` the caller already has. The workers need khulasa
    installed (the same version: they run its functions and read its language data)."""

    name = "dask"

    def __init__(self, scheduler: str | None = None, client=None):
        try:
            from distributed import Client
        except ImportError as e:  # an optional extra
            raise RuntimeError("the dask engine needs `pip install 'khulasa[dask]'`") from e
        self._own = client is None
        self.client = client if client is not None else Client(scheduler)
        self.placed: Counter = Counter()  # pieces done per worker address

    def map(self, fn: Callable, pieces: Sequence, *, label: str = "", progress: bool | None = None) -> list:
        from distributed import as_completed

        futures = self.client.map(fn, list(pieces), pure=False)
        for _ in track(as_completed(futures), len(futures), label, progress, "parts"):
            pass
        for holders in self.client.who_has(futures).values():
            self.placed.update(holders[:1])
        return self.client.gather(futures)

    def imap(self, fn: Callable, pieces: Sequence, ahead: int | None = None) -> Iterator:
        """``fn(piece)`` for each piece, in order, as tasks kept ahead of the caller (the
        first are submitted now)."""
        workers = max(1, len(self.client.scheduler_info().get("workers", {})))

        def submit(f, piece):
            return self.client.submit(f, piece, pure=False)

        return self._placed(_window(submit, fn, pieces, ahead or 3 * workers, keep_future=True))

    def _placed(self, done: Iterator) -> Iterator:
        for future, result in done:
            for holders in self.client.who_has([future]).values():
                self.placed.update(holders[:1])
            yield result

    def close(self) -> None:
        if self._own:
            self.client.close()


def _start_worker() -> None:
    """A worker runs one numerical thread, and ends when the process that forked it dies,
    even by ``kill -9`` (Linux only: elsewhere the pool's own shutdown has to do)."""
    one_thread_each()
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _window(submit, fn: Callable, pieces: Sequence, ahead: int, keep_future: bool = False) -> Iterator:
    """Results of ``submit(fn, piece)`` in order, with at most ``ahead`` pieces in flight:
    the workers stay busy while the caller uses earlier results, and memory stays bounded.
    The first ``ahead`` pieces are submitted before this returns."""
    rest = iter(pieces)
    pending = deque(submit(fn, piece) for piece in islice(rest, ahead))
    return _drain(pending, rest, submit, fn, keep_future)


def _drain(pending: deque, rest: Iterator, submit, fn: Callable, keep_future: bool) -> Iterator:
    while pending:
        future = pending.popleft()
        piece = next(rest, _END)
        if piece is not _END:
            pending.append(submit(fn, piece))
        result = future.result()
        yield (future, result) if keep_future else result


_END = object()


def engine(name: str = "local", scheduler: str | None = None):
    if name == "local":
        return LocalEngine()
    if name == "dask":
        return DaskEngine(scheduler)
    raise ValueError(f"unknown engine {name!r} (local or dask)")
