"""Whether an article's match scores are its news: a story reports a match when its title or its
lead states a result (a score, فاز، تعادل، خسر...). Elsewhere (a coach's appointment, a transfer,
an injury) a score recalls an earlier match: a result in a profile, not a figure the story tracks."""
from __future__ import annotations

from khulasa.analyse.figures.words import figure_words
from khulasa.arabic.numbers import find
from khulasa.arabic.stem import stem_words
from khulasa.arabic.tokenize import remembered, tokenize
from khulasa.model import Article, Sentence


def reports_a_match(article: Article, sentences: list[Sentence]) -> bool:
    """The title or the first sentence states a match result."""
    lead = " ".join(part for part in (article.title, sentences[0].text if sentences else None) if part)
    if any(m.kind == "score" for m in find(lead)):
        return True
    return any(stem in figure_words("match_result") for stem in stem_words([t.text for t in tokenize(lead)]))


def in_sport_news(article: Article, sentences: list[Sentence]) -> bool:
    """The title and the first sentences speak of sport (at least ``SPORT_WORDS`` words of it: الدوري،
    المباراة، اللاعب، المدرب، هدفا): displacement and strikes told there are a player's departure, a
    team's exit, penalty kicks."""
    words = figure_words("sport")
    heads = (article.title or "", *(s.text for s in sentences[:SPORT_SENTENCES]))
    return len({t.key for text in heads for t in remembered(text) if t.key in words}) >= SPORT_WORDS


SPORT_SENTENCES = 3  # the lead and the two sentences after it
SPORT_WORDS = 3  # distinct words of sport a sport story's head has
