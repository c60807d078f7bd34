"""Progress bars on a terminal, silence when piped."""
from __future__ import annotations

import sys
from typing import Iterable, TypeVar

T = TypeVar("T")

THRESHOLD = 300  # fewer items finish before a bar is worth drawing


def track(
    items: Iterable[T], total: int, description: str, enabled: bool | None = None, unit: str = " articles", size: int | None = None
) -> Iterable[T]:
    """``items`` with a progress bar on stderr when it is a terminal and ``size`` (default
    ``total``) is large; ``unit`` names what is counted."""
    if enabled is None:
        enabled = sys.stderr.isatty() and (size if size is not None else total) > THRESHOLD
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, desc=description, unit=unit, leave=False, file=sys.stderr)
