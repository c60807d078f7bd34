"""Story edges of an ingest's new articles: with each other and with the stored originals of
their window, computed in time partitions on the engine (an edge depends on its two articles
only, so partitions are independent)."""
from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import NamedTuple

import numpy as np

from khulasa.grouping.stories import Bag, StoryOptions, edges
from khulasa.pipeline.engines import Engine


class Linkable(NamedTuple):
    """An original article as the linking sees it."""

    number: int  # its number in the store
    time: float | None  # publication time (POSIX), None when undated
    bag: Bag  # its story vector terms


class Partition(NamedTuple):
    """One partition's work for a worker: the bags of its context then its members, their
    times, and where its members start."""

    bags: list[Bag]
    times: list[float | None]
    first_new: int


def link(new: list[Linkable], old: list[Linkable], engine: Engine, opt: StoryOptions) -> list[tuple[float, int, int]]:
    """Edges of the new originals (n, time, bag) with each other and with the stored
    originals of their window, as (similarity, a, b) with a < b store numbers."""
    tasks = partition(new, old, opt.window_days * 86400)
    results = engine.map(partial(_partition_edges, opt=opt), [t for t, _ in tasks], label="linking", progress=False)
    out: list[tuple[float, int, int]] = []
    for (_, numbers), found in zip(tasks, results):
        out.extend((s, numbers[i], numbers[j]) for s, i, j in found)
    return out


def partition(new: list[Linkable], old: list[Linkable], window: float) -> list[tuple[Partition, list[int]]]:
    """Time partitions of the new articles, each no longer than ``window``, with the context it
    is compared against: the stored articles within ``window`` of it (and every undated one),
    and the new articles of earlier partitions within ``window`` of its start. Every pair with
    a new article is in exactly one partition; undated new articles form the last partition,
    compared against everything. Returns each partition with the store numbers of its rows."""
    dated = sorted((x for x in new if x.time is not None), key=lambda x: (_time(x), x.number))
    undated = [x for x in new if x.time is None]
    old_dated = sorted((x for x in old if x.time is not None), key=_time)
    old_undated = [x for x in old if x.time is None]
    old_times = np.array([_time(x) for x in old_dated])
    tasks = []
    groups = _runs(dated, window)
    for k, members in enumerate(groups):
        start, end = _time(members[0]), _time(members[-1])
        lo, hi = np.searchsorted(old_times, start - window, "left"), np.searchsorted(old_times, end + window, "right")
        earlier = [x for g in groups[max(0, k - 2):k] for x in g if _time(x) >= start - window]
        context = old_undated + old_dated[lo:hi] + earlier
        tasks.append(_task(context, members))
    if undated:
        tasks.append(_task(old + dated, undated))
    return tasks


def _runs(dated: list[Linkable], window: float) -> list[list[Linkable]]:
    """The dated articles, in time order, cut into runs no longer than ``window``."""
    groups: list[list[Linkable]] = []
    for x in dated:
        if groups and _time(x) - _time(groups[-1][0]) < window:
            groups[-1].append(x)
        else:
            groups.append([x])
    return groups


def _time(x: Linkable) -> float:
    if x.time is None:  # only dated articles are asked for
        raise ValueError(f"article {x.number} has no time")
    return x.time


def _task(context: Sequence[Linkable], members: Sequence[Linkable]) -> tuple[Partition, list[int]]:
    rows = list(context) + list(members)
    return Partition([x.bag for x in rows], [x.time for x in rows], len(context)), [x.number for x in rows]


def _partition_edges(task: Partition, opt: StoryOptions) -> list[tuple[float, int, int]]:
    return edges(task.bags, task.times, task.first_new, opt)
