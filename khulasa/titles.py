"""A story's title when none of its articles has one: the start of its first digest sentence,
cut at a word boundary and marked with an ellipsis."""
from __future__ import annotations

from .model import Excerpt

MAX_WORDS = 14


def title_from_digest(digest: list[Excerpt], fallback: str) -> str:
    if not digest:
        return fallback
    words = digest[0].text.split()
    if len(words) <= MAX_WORDS:
        return digest[0].text
    return " ".join(words[:MAX_WORDS]) + " …"
