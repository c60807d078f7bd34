"""A story's title: the heading of its most central article, else the start of its first
digest sentence (cut at a word boundary, marked with an ellipsis)."""
from __future__ import annotations

from .model import Article, Excerpt

MAX_WORDS = 14


def story_title(articles: list[Article], central: list[int], digest: list[Excerpt]) -> str:
    for i in central:
        heading = articles[i].heading
        if heading:
            return heading.strip()
    if digest:
        words = digest[0].text.split()
        if len(words) <= MAX_WORDS:
            return digest[0].text
        return " ".join(words[:MAX_WORDS]) + " …"
    return articles[0].id if articles else ""
