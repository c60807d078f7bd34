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

from khulasa.grouping.copies import EXACT_MAX
from khulasa.analyse.article import analyse_one
from khulasa.model import Article, Figure
from khulasa.progress import track

PARALLEL_MIN = 400  # articles below which one process is faster
CHUNK = 100


Analysis = tuple  # (sentences, figures, content hash, MinHash signature)


def analyse_chunk(chunk: list[Article], figures: bool, exact: bool = False) -> list[Analysis]:
    """``analyse_one`` for a worker: only what is new goes back (the caller has the texts)."""
    out = []
    for a in chunk:
        done, figs, content, signature = analyse_one(a, figures, exact)
        out.append((done.sentences, figs, content, signature))
    return out


def one_thread_each():
    """The numerical libraries limited to one thread: as a pool initializer for the life of
    the worker, or as a context (``with one_thread_each():``). The processes are the
    parallelism (a BLAS thread pool per process fought the others for the cores: a digest took
    60 % more CPU time), and a matrix product's rounding depends on how many threads share it,
    so a digest must be computed alike in one process and on workers."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1)


def workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def analyse_all(
    articles: list[Article], figures: bool, progress: bool | None
) -> list[tuple[Article, list[Figure], tuple[str, object]]]:
    """Each article analysed, with its figures (empty when ``figures`` is false) and its
    fingerprint (content hash, MinHash signature; shingle set for a small input), in input
    order."""
    chunks = [articles[i:i + CHUNK] for i in range(0, len(articles), CHUNK)]
    n_workers = workers()
    if len(articles) < PARALLEL_MIN or n_workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        exact = len(articles) <= EXACT_MAX
        results = (analyse_chunk(c, figures, exact) for c in chunks)
        return _joined(chunks, track(results, len(articles), "analysing", progress, "articles", [len(c) for c in chunks]))
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=n_workers, mp_context=context, initializer=one_thread_each) as pool:
        results = pool.map(analyse_chunk, chunks, [figures] * len(chunks))
        return _joined(chunks, track(results, len(articles), "analysing", progress, "articles", [len(c) for c in chunks]))


def _joined(chunks, results) -> list[tuple[Article, list[Figure], tuple[str, object]]]:
    out = []
    for chunk, part in zip(chunks, results):
        for a, (sentences, figs, content, signature) in zip(chunk, part):
            out.append((replace(a, sentences=sentences), figs, (content, signature)))
    return out


_STORY_WORK = None  # the work function, set before the pool forks so workers inherit it


def _story_chunk(stories: list) -> list:
    return [_STORY_WORK(story) for story in stories]


def map_stories(work, stories: list, n_articles: int, progress: bool | None, weights: list[int] | None = None) -> list:
    """``work(story)`` for every story, in order; on every core for large inputs. The workers
    are forked after the articles are analysed, so they share them without copying. The
    progress bar counts stories: ``weights`` says how many each item is when it is several."""
    global _STORY_WORK
    n_workers = workers()
    if n_articles < PARALLEL_MIN or n_workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        with one_thread_each():  # as in the workers: the result must not depend on the core count
            return [work(s) for s in track(stories, sum(weights or [1] * len(stories)), "digesting", progress, "stories", weights)]
    _STORY_WORK = work
    try:
        size = max(1, len(stories) // (n_workers * 8))
        chunks = [stories[i:i + size] for i in range(0, len(stories), size)]
        out: list = []
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=n_workers, mp_context=context, initializer=one_thread_each) as pool:
            results = pool.map(_story_chunk, chunks)
            per_item = weights or [1] * len(stories)
            chunk_weights = [sum(per_item[i:i + size]) for i in range(0, len(stories), size)]
            for part in track(results, sum(per_item), "digesting", progress, "stories", chunk_weights):
                out.extend(part)
        return out
    finally:
        _STORY_WORK = None
