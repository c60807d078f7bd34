"""Where the heavy, independent pieces of an ingest run: here (every local core) or on a Dask
cluster. Both take a top-level function and a list of pieces and give the results back in
order; the ingest does the same work with either, so the stories come out the same."""
from __future__ import annotations

import multiprocessing
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from typing import Callable, Sequence

from .parallel import workers as local_workers
from .progress import track


class LocalEngine:
    """Pieces on a pool of forked processes (one per core); in this process when there is
    one core, no fork, or too little work to pay for starting a pool."""

    name = "local"

    def __init__(self, workers: int | None = None, min_pieces: int = 4):
        self.workers = workers or local_workers()
        self.min_pieces = min_pieces

    def map(self, fn: Callable, pieces: Sequence, *, label: str = "", progress: bool | None = None, size: int | None = None) -> list:
        bar = partial(track, total=len(pieces), description=label, enabled=progress, unit=" parts", size=size)
        if self.workers < 2 or len(pieces) < self.min_pieces or "fork" not in multiprocessing.get_all_start_methods():
            return list(bar(map(fn, pieces)))
        with ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context("fork")) as pool:
            return list(bar(pool.map(fn, pieces)))

    def close(self) -> None:
        pass


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

    def map(self, fn: Callable, pieces: Sequence, *, label: str = "", progress: bool | None = None, size: int | None = None) -> list:
        from distributed import as_completed

        futures = self.client.map(fn, list(pieces), pure=False)
        for _ in track(as_completed(futures), len(futures), label, progress, unit=" parts", size=size):
            pass
        for holders in self.client.who_has(futures).values():
            self.placed.update(holders[:1])
        return self.client.gather(futures)

    def close(self) -> None:
        if self._own:
            self.client.close()


def engine(name: str = "local", scheduler: str | None = None):
    if name == "local":
        return LocalEngine()
    if name == "dask":
        return DaskEngine(scheduler)
    raise ValueError(f"unknown engine {name!r} (local or dask)")
