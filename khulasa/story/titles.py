"""A story's title when none of its articles has one: the start of a sentence, cut at a word
boundary and marked with an ellipsis."""
from __future__ import annotations

from khulasa.model import Article, Excerpt

MAX_WORDS = 14


def cut(text: str) -> str:
    """The text's first ``MAX_WORDS`` words, with an ellipsis when there were more."""
    words = text.split()
    return text if len(words) <= MAX_WORDS else " ".join(words[:MAX_WORDS]) + " …"


def title_from_digest(digest: list[Excerpt], fallback: str) -> str:
    return cut(digest[0].text) if digest else fallback


def first_sentence_cut(article: Article) -> str | None:
    """The start of the article's first body sentence, for a listing when no article has a
    heading."""
    lead = next((s.text for s in article.sentences if s.kind == "body"), None)
    return None if lead is None else cut(lead)
