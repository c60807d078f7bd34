"""Whether an article's match scores are its news: a story reports a match when its title or its
lead states a result (a score, فاز، تعادل، خسر...). Elsewhere (a coach's appointment, a transfer,
an injury) a score recalls an earlier match: a result in a profile, not a figure the story tracks."""
from __future__ import annotations

from khulasa.analyse.figures.words import figure_words
from khulasa.arabic.numbers import find
from khulasa.arabic.stem import stem_words
from khulasa.arabic.tokenize import tokenize
from khulasa.model import Article, Sentence


def reports_a_match(article: Article, sentences: list[Sentence]) -> bool:
    """The title or the first sentence states a match result."""
    lead = " ".join(part for part in (article.title, sentences[0].text if sentences else None) if part)
    if any(m.kind == "score" for m in find(lead)):
        return True
    return any(stem in figure_words("match_result") for stem in stem_words([t.text for t in tokenize(lead)]))
