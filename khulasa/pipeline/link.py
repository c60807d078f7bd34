"""Story edges of an ingest's new articles: with each other and with the stored originals of
their window, computed in time partitions on the engine (an edge depends on its two articles
only, so partitions are independent)."""
from __future__ import annotations

from collections.abc import Sequence
from functools import partial

import numpy as np

from khulasa.grouping.stories import StoryOptions, edges
from khulasa.pipeline.engines import Engine


def link(new: list[tuple], old: list[tuple], engine: Engine, opt: StoryOptions) -> list[tuple[float, int, int]]:
    """Edges of the new originals (n, time, bag) with each other and with the stored
    originals of their window, as (similarity, a, b) with a < b store numbers."""
    tasks = partition(new, old, opt.window_days * 86400)
    results = engine.map(partial(_partition_edges, opt=opt), [t for t, _ in tasks], label="linking", progress=False)
    out: list[tuple[float, int, int]] = []
    for (_, numbers), found in zip(tasks, results):
        out.extend((s, numbers[i], numbers[j]) for s, i, j in found)
    return out


def partition(new: list[tuple], old: list[tuple], window: float) -> list[tuple[tuple, list[int]]]:
    """Time partitions of the new articles, each no longer than ``window``, with the context it
    is compared against: the stored articles within ``window`` of it (and every undated one),
    and the new articles of earlier partitions within ``window`` of its start. Every pair with
    a new article is in exactly one partition; undated new articles form the last partition,
    compared against everything. Returns ((bags, times, first_new), store numbers) per task."""
    dated = sorted((x for x in new if x[1] is not None), key=lambda x: (x[1], x[0]))
    undated = [x for x in new if x[1] is None]
    old_dated = sorted((x for x in old if x[1] is not None), key=lambda x: x[1])
    old_undated = [x for x in old if x[1] is None]
    old_times = np.array([x[1] for x in old_dated])
    groups: list[list[tuple]] = []
    for x in dated:
        if groups and x[1] - groups[-1][0][1] < window:
            groups[-1].append(x)
        else:
            groups.append([x])
    tasks = []
    for k, members in enumerate(groups):
        start, end = members[0][1], members[-1][1]
        lo, hi = np.searchsorted(old_times, start - window, "left"), np.searchsorted(old_times, end + window, "right")
        earlier = [x for g in groups[max(0, k - 2):k] for x in g if x[1] >= start - window]
        context = old_undated + old_dated[lo:hi] + earlier
        tasks.append(_task(context, members))
    if undated:
        tasks.append(_task(old + dated, undated))
    return tasks


def _task(context: Sequence[tuple], members: Sequence[tuple]) -> tuple[tuple, list[int]]:
    rows = list(context) + list(members)
    return ([x[2] for x in rows], [x[1] for x in rows], len(context)), [x[0] for x in rows]


def _partition_edges(task: tuple, opt: StoryOptions) -> list[tuple[float, int, int]]:
    bags, times, first_new = task
    return edges(bags, times, first_new, opt)
