"""An article's text with the spans khulasa quotes from it highlighted: every run of text
escaped, every span a ``<mark>`` with an id a link can point to (``f-START-END`` a figure,
``d-START-END`` a date, ``q-START-END`` a digest or timeline sentence). Spans nest (a figure
inside a sentence); a span that crosses one already placed is left out, figures placed first,
then dates, then sentences."""
from __future__ import annotations

from typing import NamedTuple

from markupsafe import Markup, escape


class Mark(NamedTuple):
    start: int
    end: int
    kind: str  # f (figure), d (date) or q (quoted sentence): its class and the prefix of its id


def _crosses(a: Mark, b: Mark) -> bool:
    return a.start < b.end and b.start < a.end and not (
        (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
    )


def placed(marks: list[Mark], length: int) -> list[Mark]:
    """The marks that can be drawn, in priority order of their kinds, none crossing another."""
    kept: list[Mark] = []
    seen = set()
    for m in sorted(marks, key=lambda m: "fdq".index(m.kind)):
        if (m.start, m.end, m.kind) in seen or not 0 <= m.start < m.end <= length:
            continue
        if not any(_crosses(m, k) for k in kept):
            kept.append(m)
            seen.add((m.start, m.end, m.kind))
    return kept


def marked(text: str, marks: list[Mark]) -> Markup:
    """The text, escaped, with the marks drawn (outer spans before the spans they hold)."""
    out: list[str] = []
    pos = 0
    stack: list[int] = []
    for m in sorted(placed(marks, len(text)), key=lambda m: (m.start, -m.end, "qdf".index(m.kind))):
        while stack and stack[-1] <= m.start:
            close = stack.pop()
            out.append(f"{escape(text[pos:close])}</mark>")
            pos = close
        out.append(str(escape(text[pos:m.start])))
        out.append(f'<mark class="{m.kind}" id="{m.kind}-{m.start}-{m.end}">')
        pos = m.start
        stack.append(m.end)
    while stack:
        close = stack.pop()
        out.append(f"{escape(text[pos:close])}</mark>")
        pos = close
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))
