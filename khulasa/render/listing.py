"""A store's story listing: JSON (schema khulasa/1) and a plain table for a terminal."""
from __future__ import annotations

import json


def listing_json(stories: list[dict]) -> str:
    data = {"schema": "khulasa/1", "stories": stories, "articles": sum(len(s["articles"]) for s in stories)}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def listing_table(stories: list[dict]) -> str:
    """One line per story: id, first and last day, articles, outlets, title."""
    lines = []
    for s in stories:
        first = (s["first"] or "")[:10] or "?"
        last = (s["last"] or "")[:10] or "?"
        outlets = ",".join(s["outlets"]) or "-"
        lines.append(f"{s['id']}\t{first}\t{last}\t{len(s['articles'])}\t{outlets}\t{s['title']}")
    n = sum(len(s["articles"]) for s in stories)
    lines.append(f"# {len(stories)} stories, {n} articles")
    return "\n".join(lines) + "\n"
