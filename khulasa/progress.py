"""Progress bars on a terminal, silence when piped."""
from __future__ import annotations

import sys
from typing import Iterable, TypeVar

T = TypeVar("T")

THRESHOLD = 300  # fewer items finish before a bar is worth drawing


def track(items: Iterable[T], total: int, description: str, enabled: bool | None = None) -> Iterable[T]:
    if enabled is None:
        enabled = sys.stderr.isatty() and total > THRESHOLD
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, desc=description, unit=" articles", leave=False, file=sys.stderr)
