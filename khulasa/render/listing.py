"""A store's story listing: JSON (schema khulasa/2) and a plain table for a terminal."""
from __future__ import annotations

import json

from khulasa.render.json import terminal_safe
from khulasa.render.text import visible

COLUMNS = ("id", "first", "last", "articles", "outlets", "title")


def listing_json(stories: list[dict]) -> str:
    data = {"schema": "khulasa/2", "stories": stories, "articles": sum(len(s["articles"]) for s in stories)}
    return terminal_safe(json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False)) + "\n"


def _cell(value) -> str:
    """Stored text shown on a terminal: one line (a tab would shift the columns), its escape
    sequences and bidi controls written out."""
    return visible(str(value)) or "-"


def listing_table(stories: list[dict]) -> str:
    """A header, one line per story (id, first and last day, articles, outlets, title) in the
    order given, and a count."""
    lines = ["# " + "\t".join(COLUMNS)]
    for s in stories:
        first = (s["first"] or "")[:10] or "?"
        last = (s["last"] or "")[:10] or "?"
        outlets = ",".join(visible(o) for o in s["outlets"]) or "-"
        cells = [_cell(s["id"]), _cell(first), _cell(last), str(len(s["articles"])), outlets, _cell(s["title"] or "")]
        lines.append("\t".join(cells))
    n = sum(len(s["articles"]) for s in stories)
    stories_n = f"{len(stories)} {'story' if len(stories) == 1 else 'stories'}"
    lines.append(f"# {stories_n}, {n} {'article' if n == 1 else 'articles'}")
    return "\n".join(lines) + "\n"
