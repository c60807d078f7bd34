"""The per-article work (analysis, and figures when asked) on every core for large inputs.

Articles are independent until stories are formed, so they are analysed in chunks by a pool of
processes (forked, so the language data already loaded is shared); small inputs, a single core
or a platform without fork stay in this process, where starting a pool would cost more than it
saves."""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace

from .analyse import analyse
from .duplicates import fingerprint
from .figures import extract
from .model import Article, Figure
from .progress import track
from .timeline import read_dates

PARALLEL_MIN = 400  # articles below which one process is faster
CHUNK = 100


Analysis = tuple  # (sentences, figures, content hash, MinHash signature)


def analyse_chunk(chunk: list[Article], figures: bool) -> list[Analysis]:
    """The per-article work, for a worker: only what is new goes back (the caller has the
    texts). Figures are left empty when ``figures`` is false."""
    out = []
    for a in chunk:
        done = analyse(a)
        figs = extract(done) if figures else []
        out.append((read_dates(done).sentences, figs, *fingerprint(a.text)))
    return out


def one_thread_each() -> None:
    """Pool initializer: the processes are the parallelism, so the numerical libraries run
    one thread each (a BLAS thread pool per process fights the others for the same cores:
    measured, a digest took 60 % more CPU time with it)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)


def workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def analyse_all(
    articles: list[Article], figures: bool, progress: bool | None
) -> list[tuple[Article, list[Figure], tuple[str, object]]]:
    """Each article analysed, with its figures (empty when ``figures`` is false) and its
    fingerprint (content hash, MinHash signature), in input order."""
    chunks = [articles[i:i + CHUNK] for i in range(0, len(articles), CHUNK)]
    n_workers = workers()
    if len(articles) < PARALLEL_MIN or n_workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        results = (analyse_chunk(c, figures) for c in chunks)
        return _joined(chunks, track(results, len(chunks), "analysing", progress, unit=f" ×{CHUNK} articles", size=len(articles)))
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=n_workers, mp_context=context, initializer=one_thread_each) as pool:
        results = pool.map(analyse_chunk, chunks, [figures] * len(chunks))
        return _joined(chunks, track(results, len(chunks), "analysing", progress, unit=f" ×{CHUNK} articles", size=len(articles)))


def _joined(chunks, results) -> list[tuple[Article, list[Figure], tuple[str, object]]]:
    out = []
    for chunk, part in zip(chunks, results):
        for a, (sentences, figs, content, signature) in zip(chunk, part):
            out.append((replace(a, sentences=sentences), figs, (content, signature)))
    return out


_STORY_WORK = None  # the work function, set before the pool forks so workers inherit it


def _story_chunk(stories: list) -> list:
    return [_STORY_WORK(story) for story in stories]


def map_stories(work, stories: list, n_articles: int, progress: bool | None) -> list:
    """``work(story)`` for every story, in order; on every core for large inputs. The workers
    are forked after the articles are analysed, so they share them without copying."""
    global _STORY_WORK
    n_workers = workers()
    if n_articles < PARALLEL_MIN or n_workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        from threadpoolctl import threadpool_limits

        # one BLAS thread, as in the workers: a matrix product's rounding depends on how many
        # threads share it, and a digest must not change with the number of cores it ran on
        with threadpool_limits(limits=1):
            return [work(s) for s in track(stories, len(stories), "digesting", progress, unit=" stories", size=n_articles)]
    _STORY_WORK = work
    try:
        size = max(1, len(stories) // (n_workers * 8))
        chunks = [stories[i:i + size] for i in range(0, len(stories), size)]
        out: list = []
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=n_workers, mp_context=context, initializer=one_thread_each) as pool:
            results = pool.map(_story_chunk, chunks)
            for part in track(results, len(chunks), "digesting", progress, unit=" story groups", size=n_articles):
                out.extend(part)
        return out
    finally:
        _STORY_WORK = None
