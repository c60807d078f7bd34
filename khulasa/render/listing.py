"""A store's story or storyline listing: JSON (schema khulasa/2) and a plain table for a terminal."""
from __future__ import annotations

import json

from khulasa.render.json import terminal_safe
from khulasa.render.text import visible

COLUMNS = ("id", "first", "last", "articles", "outlets", "title")


def listing_json(stories: list[dict], kind: str = "stories") -> str:
    """``kind``: "stories", or "storylines" (rows that also list their events)."""
    data = {"schema": "khulasa/2", kind: stories, "articles": sum(len(s["articles"]) for s in stories)}
    return terminal_safe(json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False)) + "\n"


def _cell(value) -> str:
    """Stored text shown on a terminal: one line (a tab would shift the columns), its escape
    sequences and bidi controls written out."""
    return visible(str(value)) or "-"


def listing_table(stories: list[dict], kind: str = "stories") -> str:
    """A header, one line per story (id, first and last day, articles, outlets, title) in the
    order given, and a count; for storylines (``kind``), their events' count after the id."""
    lines_of = kind == "storylines"
    columns = COLUMNS[:1] + ("events",) + COLUMNS[1:] if lines_of else COLUMNS
    lines = ["# " + "\t".join(columns)]
    for s in stories:
        first = (s["first"] or "")[:10] or "?"
        last = (s["last"] or "")[:10] or "?"
        outlets = ",".join(visible(o) for o in s["outlets"]) or "-"
        cells = [_cell(s["id"]), _cell(first), _cell(last), str(len(s["articles"])), outlets, _cell(s["title"] or "")]
        if lines_of:
            cells.insert(1, str(len(s["events"])))
        lines.append("\t".join(cells))
    n = sum(len(s["articles"]) for s in stories)
    one, many = ("storyline", "storylines") if lines_of else ("story", "stories")
    stories_n = f"{len(stories)} {one if len(stories) == 1 else many}"
    lines.append(f"# {stories_n}, {n} {'article' if n == 1 else 'articles'}")
    return "\n".join(lines) + "\n"
