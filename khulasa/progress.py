"""Progress on a terminal, silence when piped.

Every phase of a long run shows itself on stderr when stderr is a terminal: a bar where the
amount of work is known (articles analysed, stories digested), a line with the elapsed time
where it is not (reading the inputs, grouping). Nothing is drawn for a phase that ends within
``DELAY`` seconds, so a small input prints nothing; when stderr is not a terminal nothing is
ever drawn. ``KHULASA_PROGRESS_DELAY`` overrides the delay (the tests set it to 0).
"""
from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

DELAY = 1.0  # seconds a phase runs before its bar appears: shorter phases need none
TICK = 0.5  # seconds between redraws of a phase whose amount of work is unknown


def _delay() -> float:
    try:
        return max(0.0, float(os.environ.get("KHULASA_PROGRESS_DELAY", DELAY)))
    except ValueError:
        return DELAY


def wanted(enabled: bool | None) -> bool:
    """``enabled`` as given, else whether stderr is a terminal."""
    if enabled is not None:
        return enabled
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # replaced or closed stderr
        return False


def track(
    items: Iterable[T],
    total: int,
    description: str,
    enabled: bool | None = None,
    unit: str = "articles",
    weights: Sequence[int] | None = None,
) -> Iterator[T]:
    """``items`` with a bar on stderr. The bar counts ``unit`` (articles, stories): when an
    item holds several of them (a chunk of 100 articles), ``weights`` gives each item's count
    and ``total`` is their sum, so the bar and its rate are in articles, never in chunks."""
    if not wanted(enabled):
        yield from items
        return
    with bar(total, description, True, unit) as b:
        for k, item in enumerate(items):
            yield item
            b.update(weights[k] if weights is not None else 1)


@contextmanager
def bar(total: int | None, description: str, enabled: bool | None = None, unit: str = "articles"):
    """A bar to ``update(n)`` by hand; with ``total`` None it counts without an end."""
    if not wanted(enabled):
        yield _Silent()
        return
    from tqdm import tqdm

    b = tqdm(
        total=total, desc=description, unit=f" {unit.strip()}", leave=False, file=sys.stderr, delay=_delay(),
        dynamic_ncols=True, mininterval=0.2,
    )
    try:
        yield b
    finally:
        b.close()


@contextmanager
def phase(description: str, enabled: bool | None = None):
    """A phase of unknown length: its name and elapsed time, redrawn every ``TICK`` seconds
    from a background thread (the work itself reports nothing)."""
    if not wanted(enabled):
        yield
        return
    from tqdm import tqdm

    b = tqdm(
        total=None, desc=description, bar_format="{desc} … {elapsed}", leave=False, file=sys.stderr, delay=_delay()
    )
    stop = threading.Event()

    delay = _delay()
    started = time.monotonic()

    def tick() -> None:
        while not stop.wait(TICK):
            if time.monotonic() - started >= delay:  # as tqdm's own delay: nothing for a short phase
                b.refresh()

    ticker = threading.Thread(target=tick, daemon=True)
    ticker.start()
    try:
        yield
    finally:
        stop.set()
        ticker.join()
        b.close()


class _Silent:
    """What ``bar`` gives when nothing is drawn: updates cost nothing."""

    def update(self, n: int = 1) -> None:
        pass

    def set_postfix_str(self, s: str = "", refresh: bool = True) -> None:
        pass
