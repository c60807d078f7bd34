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
from .figures import extract
from .model import Article, Figure
from .progress import track

PARALLEL_MIN = 400  # articles below which one process is faster
CHUNK = 100


def _work(chunk: list[Article], figures: bool) -> list[tuple[list, list[Figure]]]:
    """Analysis in a worker; only what is new goes back (the parent has the texts)."""
    out = []
    for a in chunk:
        done = analyse(a)
        out.append((done.sentences, extract(done) if figures else []))
    return out


def _workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def analyse_all(articles: list[Article], figures: bool, progress: bool | None) -> list[tuple[Article, list[Figure]]]:
    """Each article analysed, with its figures (empty when ``figures`` is false), in input order."""
    workers = _workers()
    if len(articles) < PARALLEL_MIN or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [
            (done, extract(done) if figures else [])
            for done in (analyse(a) for a in track(articles, len(articles), "analysing", progress))
        ]
    chunks = [articles[i:i + CHUNK] for i in range(0, len(articles), CHUNK)]
    out: list[tuple[Article, list[Figure]]] = []
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        results = pool.map(_work, chunks, [figures] * len(chunks))
        bar = track(results, len(chunks), "analysing", progress, unit=f" ×{CHUNK} articles", size=len(articles))
        for k, part in enumerate(bar):
            for a, (sentences, figs) in zip(chunks[k], part):
                out.append((replace(a, sentences=sentences), figs))
    return out
