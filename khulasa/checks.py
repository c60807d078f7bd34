"""Checks the option classes (``StoryOptions``, ``DigestOptions``) run when they are built: a
setting out of its meaningful range is refused at once, with a message naming the setting, the
value given and the values allowed, instead of a digest that silently means nothing."""
from __future__ import annotations

import math
from numbers import Real


def number(owner: str, name: str, value: object, low: float, high: float = math.inf, *, above: bool = False) -> None:
    """``value`` is a finite number from ``low`` (excluded when ``above``) to ``high`` (included)."""
    if isinstance(value, Real) and not isinstance(value, bool):
        v = float(value)
        if math.isfinite(v) and (v > low if above else v >= low) and v <= high:
            return
    if high < math.inf:
        allowed = f"a number above {low:g} and at most {high:g}" if above else f"a number from {low:g} to {high:g}"
    else:
        allowed = f"a finite number above {low:g}" if above else f"a finite number of at least {low:g}"
    raise ValueError(f"{owner}.{name} must be {allowed}, not {value!r}")


def count(owner: str, name: str, value: object, least: int = 1) -> None:
    """``value`` is a whole number of at least ``least``."""
    if not isinstance(value, int) or isinstance(value, bool) or value < least:
        raise ValueError(f"{owner}.{name} must be a whole number of at least {least}, not {value!r}")
