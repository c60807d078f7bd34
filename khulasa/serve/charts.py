"""A claim's figure tracker, as inline SVG: each figure a dot at its day (right to left, the
earliest on the right) and its value (higher up), linked to its quote, with the lowest and
highest values and the first and last days written at the edges."""
from __future__ import annotations

import math
from datetime import date

from markupsafe import Markup, escape

W, H, PAD, TOP, BOTTOM = 360, 120, 34, 14, 22


def tracker(points: list[tuple[date, float, str, str]], label: str) -> Markup | None:
    """Points (day, value, value as written, link); None when fewer than two days or values
    differ (nothing to track)."""
    points = [p for p in points if math.isfinite(p[1])]
    if len({p[0] for p in points}) < 2 and len({p[1] for p in points}) < 2:
        return None
    days = [p[0].toordinal() for p in points]
    d0, d1 = min(days), max(days)
    v0, v1 = min(p[1] for p in points), max(p[1] for p in points)
    lo = 0.0 if v0 >= 0 else v0

    def x(d: int) -> float:  # the earliest day on the right
        return W - PAD - (d - d0) / ((d1 - d0) or 1) * (W - 2 * PAD) if d1 > d0 else W / 2

    def y(v: float) -> float:
        return H - BOTTOM - (v - lo) / ((v1 - lo) or 1) * (H - TOP - BOTTOM)

    parts = [
        f'<svg class="tracker" role="img" viewBox="0 0 {W} {H}" width="100%" xmlns="http://www.w3.org/2000/svg"'
        f' aria-label="{escape(label)}">',
        f'<line class="axis" x1="{PAD}" y1="{H - BOTTOM}" x2="{W - PAD}" y2="{H - BOTTOM}"/>',
        f'<text class="tick" x="{W - PAD}" y="{H - 6}" text-anchor="middle">{date.fromordinal(d0).isoformat()}</text>',
    ]
    if d1 > d0:
        last = date.fromordinal(d1).isoformat()
        parts.append(f'<text class="tick" x="{PAD}" y="{H - 6}" text-anchor="middle">{last}</text>')
    for (day, value, written, href), d in sorted(zip(points, days), key=lambda z: z[1]):
        parts.append(
            f'<a href="{escape(href)}"><circle class="dot" cx="{x(d):.1f}" cy="{y(value):.1f}" r="4">'
            f"<title>{escape(written)} · {day.isoformat()}</title></circle></a>"
        )
    top = max(points, key=lambda p: p[1])
    parts.append(f'<text class="tick" x="{x(top[0].toordinal()):.1f}" y="{max(y(top[1]) - 6, 10):.1f}"'
                 f' text-anchor="middle">{escape(top[2])}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
