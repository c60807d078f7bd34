"""JSON Lines: one article per line; ``text`` required; ``id``, ``title``, ``source``, ``url``,
``published`` optional. A bad line is reported with its number and the rest is read."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from ..model import Article, Skipped


def parse_published(value) -> datetime | None:
    """ISO 8601 date or date-time; naive times are taken as UTC. Raises ValueError."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"'published' is not a string: {value!r}")
    dt = datetime.fromisoformat(value.strip())
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt


def read_jsonl(path: Path, text: str, encoding: str) -> tuple[list[Article], list[Skipped]]:
    articles: list[Article] = []
    skipped: list[Skipped] = []
    # records end at "\n" only: JSON strings may hold U+2028, U+0085 and other characters
    # that str.splitlines() would also cut at
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            skipped.append(Skipped(str(path), f"malformed JSON ({e.msg} at column {e.colno})", number))
            continue
        if not isinstance(row, dict):
            skipped.append(Skipped(str(path), "line is not a JSON object", number))
            continue
        body = row.get("text")
        if not isinstance(body, str) or not body.strip():
            skipped.append(Skipped(str(path), "no 'text' field with article text", number))
            continue
        try:
            published = parse_published(row.get("published"))
        except ValueError as e:
            skipped.append(Skipped(str(path), f"bad 'published' date: {e}", number))
            continue
        article_id = row.get("id")
        article_id = str(article_id) if article_id not in (None, "") else f"{path.stem}:{number}"

        def field(name: str) -> str | None:
            value = row.get(name)
            return str(value).strip() or None if value not in (None, "") else None

        articles.append(
            Article(
                id=article_id,
                text=body,
                path=str(path),
                line=number,
                title=field("title"),
                source=field("source"),
                url=field("url"),
                published=published,
                encoding=encoding,
            )
        )
    return articles, skipped
