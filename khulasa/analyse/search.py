"""An article's search terms: what a query is matched against, as a phrase, on stems."""
from __future__ import annotations

from khulasa.arabic.terms import terms
from khulasa.model import Article


def search_terms(a: Article) -> str:
    """The article's matching stems in reading order (title first), so a query of several
    words can be matched as a phrase."""
    words = list(terms(a.title)) if a.title else []
    for s in a.sentences:
        if s.kind != "boilerplate":
            words.extend(s.terms)
    return " ".join(words)
