"""``Article`` objects a library user passes in are input too: the same checks as a JSON Lines
record, so nothing the file reader would refuse reaches the analysis or a store this way."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from khulasa.model import Article
from khulasa.read import limits
from khulasa.read.jsonl import YEARS

_TEXT_FIELDS = ("id", "text", "title", "source", "url")


def problem(a: Article) -> str | None:
    """Why the article cannot be used, or None."""
    if not isinstance(a.id, str) or not a.id.strip():
        return f"'id' must be a non-empty string, not {a.id!r}"[:200]
    if not isinstance(a.text, str) or not a.text.strip():
        return "'text' must be a non-empty string"
    for name in _TEXT_FIELDS:
        value = getattr(a, name)
        if value is not None and not isinstance(value, str):
            return f"'{name}' is a {type(value).__name__}, not a string"
        if value is not None and not _encodable(value):
            return f"'{name}' holds a lone surrogate, not a character"
    if len(a.text) > limits.MAX_RECORD_BYTES:
        return f"'text' is over the {limits.size(limits.MAX_RECORD_BYTES)} limit for one article"
    if a.published is not None:
        if not isinstance(a.published, datetime):
            return f"'published' is a {type(a.published).__name__}, not a datetime"
        if not YEARS[0] <= a.published.year <= YEARS[1]:
            return f"'published' year {a.published.year} is outside {YEARS[0]}–{YEARS[1]}"
    return None


def normalised(a: Article) -> Article:
    """A naive publication time is taken as UTC, as in a JSON Lines record."""
    if a.published is not None and a.published.tzinfo is None:
        return replace(a, published=a.published.replace(tzinfo=UTC))
    return a


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
