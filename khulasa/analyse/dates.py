"""The dates an article's sentences state, read once at analysis against its publication day."""
from __future__ import annotations

from dataclasses import replace

from khulasa.arabic.dates import find as find_dates
from khulasa.arabic.dates import may_contain
from khulasa.model import Article


def read_dates(article: Article) -> Article:
    """The article with the date expressions of its body sentences read against its
    publication day (``Sentence.dates``), so that its stories' timelines need not read them
    again; an article without a publication day is left as it is (its anchor may come from its
    story). Done right after the figures, it reuses their scan of each sentence."""
    if article.published is None:
        return article
    anchor = article.published  # (with its clock: a weekday told late at night may be the writer's next day)
    return replace(article, sentences=[
        replace(s, dates=tuple(find_dates(s.text, anchor)) if may_contain(s.text) else ()) if s.kind == "body" else s
        for s in article.sentences
    ])
