"""A figure track as an inline SVG step chart, right to left: time runs from the right (the
first day) to the left (the last), each source is one step line (its value holds until it
states another), and every point links to the quote it comes from."""
from __future__ import annotations

import math
from datetime import date

from markupsafe import Markup, escape

from khulasa.model import Track

W, H = 360, 160
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 10, 24  # room for the value labels (left) and the days (below)
PAD = 10  # the last day's points stand clear of the value labels
# distinct on screen and in grey print: a color and a dash pattern per source
STYLES = (("#0b57d0", ""), ("#b3261e", "5 3"), ("#146c2e", "2 2"), ("#8e4ec6", "8 3 2 3"), ("#a05a00", "1 3"),
          ("#5f6368", "10 4"))


def style(k: int) -> tuple[str, str]:
    """The color and dash pattern of the k-th series (they repeat after six)."""
    return STYLES[k % len(STYLES)]


def step_chart(track: Track, hrefs: dict[int, str], labels: dict[int, str], what: str) -> Markup:
    """The chart of one track; ``hrefs`` and ``labels`` give each figure's link and value label."""
    days = [p.day for s in track.series for p in s.points]
    values = [p.value for s in track.series for p in s.points if p.value is not None and math.isfinite(p.value)]
    d0, d1 = min(days), max(days)
    top = _nice(max(values, default=1.0))
    x = _x_of(d0, d1)

    def y(v: float) -> float:
        return TOP + (H - TOP - BOTTOM) * (1 - min(v, top) / top)

    parts = [f'<svg class="track" role="img" viewBox="0 0 {W} {H}" width="100%" xmlns="http://www.w3.org/2000/svg" '
             f'aria-label="{escape(what)}">']
    parts += _axes(d0, d1, top, x, y)
    for k, s in enumerate(track.series):
        color, dash = style(k)
        pts = [(x(p.day), y(p.value), p) for p in s.points if p.value is not None and math.isfinite(p.value)]
        parts.append(_steps([(a, b) for a, b, _ in pts], color, dash, x(d1)))
        for px, py, p in pts:
            tip = f"{s.source}: {labels[p.figure]} ({p.day.isoformat()})"
            parts.append(f'<a href="{escape(hrefs[p.figure])}"><circle cx="{px:.1f}" cy="{py:.1f}" r="4" '
                         f'fill="{color}"><title>{escape(tip)}</title></circle></a>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _x_of(d0: date, d1: date):
    span = (d1 - d0).days

    def x(d: date) -> float:
        if span == 0:
            return (LEFT + W - RIGHT) / 2
        return W - RIGHT - (W - RIGHT - LEFT - PAD) * (d - d0).days / span  # the first day on the right

    return x


def _nice(v: float) -> float:
    """A round top for the value axis at or above ``v`` (1, 2 or 5 times a power of ten)."""
    if v <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(v))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= v)


def _axes(d0: date, d1: date, top: float, x, y) -> list[str]:
    base = H - BOTTOM
    out = [f'<line class="axis" x1="{LEFT}" y1="{base}" x2="{W - RIGHT}" y2="{base}"/>']
    for v in (0, top / 2, top):
        out.append(_tick(LEFT - 4, y(v) + 3, "end", _short(v)))
        out.append(f'<line class="grid" x1="{LEFT}" y1="{y(v):.1f}" x2="{W - RIGHT}" y2="{y(v):.1f}"/>')
    # the first day under the right end, the last under the left end, each kept inside the box
    out.append(_tick(W - 2, H - 8, "end", d0.isoformat()))
    if d1 != d0:
        out.append(_tick(LEFT - 30, H - 8, "start", d1.isoformat()))
    return out


def _tick(x: float, y: float, anchor: str, text: str) -> str:
    """An axis label: numbers and dates left to right whatever the page's direction."""
    return f'<text class="tick" direction="ltr" x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}">{text}</text>'


def _steps(points: list[tuple[float, float]], color: str, dash: str, x_end: float) -> str:
    """The step line through the points (in order of day): level until the next point, then to
    its value; the last value runs on to the last day of the chart."""
    if not points:
        return ""
    d = [f"M{points[0][0]:.1f},{points[0][1]:.1f}"]
    for (_, _), (bx, by) in zip(points, points[1:]):
        d.append(f"H{bx:.1f}V{by:.1f}")
    d.append(f"H{x_end:.1f}")
    dashed = f' stroke-dasharray="{dash}"' if dash else ""
    return f'<path d="{"".join(d)}" fill="none" stroke="{color}" stroke-width="2"{dashed}/>'


def _short(v: float) -> str:
    """An axis number kept short: 1200 -> 1.2k, 400000 -> 400k."""
    if v >= 1_000_000:
        return f"{v / 1_000_000:g}M"
    if v >= 1_000:
        return f"{v / 1_000:g}k"
    return f"{v:g}"
