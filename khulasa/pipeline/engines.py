"""Where the heavy, independent pieces of work run: on every local core or on a Dask cluster.
One engine serves both paths (a digest of files, an ingest into a store, a digest of a store).
Both engines take a function and a list of pieces and give the results back in order, so the
stories come out the same whichever does the work.

- ``map`` does a whole step at once (analysing the articles of a digest, digesting stories)
  and shows its progress. Locally, with ``spread``, it runs on a pool of processes forked for
  the call: the workers inherit what the function closes over (the analysed articles) rather
  than receiving a copy of it with every piece. Without ``spread`` (a small input, or a small
  step between streamed pieces) it runs in this process.
- ``imap`` streams pieces through the engine's long-lived workers, computed ahead of the
  caller (the analysis of an ingest, while earlier batches are stored).

Every local worker runs one numerical thread: the processes are the parallelism (a BLAS thread
pool per process fought the others for the cores: a digest took 60 % more CPU time), and a
matrix product's rounding depends on how many threads share it, so a result must be computed
alike in one process and on workers."""
from __future__ import annotations

import gc
import multiprocessing
import os
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Any

from khulasa.progress import bar, track

PARALLEL_MIN = 400  # articles below which one process is faster than a pool of them
SPREAD = 8  # tasks per worker a spread ``map`` cuts its pieces into: enough to even out the load


def local_cores() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def one_thread_each() -> Any:
    """The numerical libraries limited to one thread: as a pool initializer for the life of a
    worker, or as a context (``with one_thread_each():``)."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1)


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


class LocalEngine:
    """Every local core. ``imap`` streams pieces through one pool of forked processes (one per
    core), kept for the engine's life so the workers' caches stay warm; ``map`` with ``spread``
    forks a pool for the call. Both stay in this process when there is one core, no fork, or
    too few pieces to pay for a pool."""

    name = "local"

    def __init__(self, workers: int | None = None, min_pieces: int = 2):
        self.workers = workers or local_cores()
        self.min_pieces = min_pieces
        self._executor: ProcessPoolExecutor | None = None

    def map(
        self, fn: Callable, pieces: Sequence, *, label: str = "", progress: bool | None = None,
        unit: str = "parts", weights: Sequence[int] | None = None, spread: bool = False,
    ) -> list:
        """``fn(piece)`` for every piece, in order. The progress bar counts ``unit``s:
        ``weights`` says how many each piece is (default one)."""
        weights = list(weights) if weights is not None else [1] * len(pieces)
        if not spread or self.workers < 2 or len(pieces) < self.min_pieces or not _can_fork():
            with one_thread_each():  # as on the workers: a result must not depend on where it ran
                return list(track(map(fn, pieces), sum(weights), label, progress, unit, weights))
        return _forked_map(fn, pieces, weights, self.workers, label, progress, unit)

    def imap(self, fn: Callable, pieces: Sequence, ahead: int | None = None) -> Iterator:
        """``fn(piece)`` for each piece, in order, computed ahead of the caller (the first
        pieces are submitted now, not when the first result is asked for)."""
        if self.workers < 2 or len(pieces) < self.min_pieces or "fork" not in multiprocessing.get_all_start_methods():
            return map(fn, pieces)
        if self._executor is not None:
            return _window(self._executor.submit, fn, pieces, ahead or 3 * self.workers)
        self._executor = ProcessPoolExecutor(
            max_workers=self.workers, mp_context=multiprocessing.get_context("fork"), initializer=_start_worker
        )
        # the first submissions fork the workers: with this process's objects frozen, the workers'
        # collector leaves them alone and does not copy every page they share with it
        gc.freeze()
        try:
            return _window(self._executor.submit, fn, pieces, ahead or 3 * self.workers)
        finally:
            gc.unfreeze()

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

    def map(
        self, fn: Callable, pieces: Sequence, *, label: str = "", progress: bool | None = None,
        unit: str = "parts", weights: Sequence[int] | None = None, spread: bool = True,
    ) -> list:
        """``fn(piece)`` for every piece, in order, as tasks on the cluster (always spread:
        ``fn`` and what it closes over travel to the workers)."""
        from distributed import as_completed

        futures = self.client.map(fn, list(pieces), pure=False)
        weight_of = dict(zip((f.key for f in futures), weights or [1] * len(futures)))
        with bar(sum(weight_of.values()), label, progress, unit) as shown:
            for done in as_completed(futures):  # in the order they finish
                shown.update(weight_of[done.key])
        for holders in self.client.who_has(futures).values():
            self.placed.update(holders[:1])
        return self.client.gather(futures)

    @property
    def workers(self) -> int:
        """The cluster's workers now (at least one)."""
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def imap(self, fn: Callable, pieces: Sequence, ahead: int | None = None) -> Iterator:
        """``fn(piece)`` for each piece, in order, as tasks kept ahead of the caller (the
        first are submitted now)."""

        def submit(f: Callable, piece: Any) -> Any:
            return self.client.submit(f, piece, pure=False)

        return self._placed(_window(submit, fn, pieces, ahead or 3 * self.workers, keep_future=True))

    def _placed(self, done: Iterator) -> Iterator:
        for future, result in done:
            for holders in self.client.who_has([future]).values():
                self.placed.update(holders[:1])
            yield result

    def close(self) -> None:
        if self._own:
            self.client.close()


_INHERITED: Callable | None = None  # the function of a spread map, set before its pool forks


def _run_inherited(batch: Sequence) -> list:
    assert _INHERITED is not None
    return [_INHERITED(piece) for piece in batch]


def _forked_map(
    fn: Callable, pieces: Sequence, weights: list[int], n_workers: int, label: str, progress: bool | None, unit: str
) -> list:
    """``fn`` over the pieces on a pool forked now, in batches of several pieces; the workers
    find ``fn`` where the fork left it, so nothing it closes over is pickled."""
    global _INHERITED
    size = max(1, len(pieces) // (n_workers * SPREAD))
    starts = range(0, len(pieces), size)
    batches = [pieces[i:i + size] for i in starts]
    batch_weights = [sum(weights[i:i + size]) for i in starts]
    _INHERITED = fn
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=n_workers, mp_context=context, initializer=one_thread_each) as pool:
            done = track(pool.map(_run_inherited, batches), sum(weights), label, progress, unit, batch_weights)
            return [result for batch in done for result in batch]
    finally:
        _INHERITED = None


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


Engine = LocalEngine | DaskEngine


def engine(name: str = "local", scheduler: str | None = None) -> Engine:
    if name == "local":
        return LocalEngine()
    if name == "dask":
        return DaskEngine(scheduler)
    raise ValueError(f"unknown engine {name!r} (local or dask)")
