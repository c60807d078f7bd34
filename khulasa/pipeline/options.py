"""What a caller asks of a digest or a listing, checked and put in one form: the digest's length,
the story filters (span, phrase, size), days and times, story numbers."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from khulasa.analyse.search import search_terms
from khulasa.arabic.terms import terms
from khulasa.model import Article
from khulasa.story.digest import DigestOptions


def digest_length(options: DigestOptions | None, words: int | None, sentences: int | None) -> DigestOptions:
    """The digest options with the length asked for: ``words`` or ``sentences`` when given
    (the other one then no longer applies), else the options' own."""
    opt = options or DigestOptions()
    if words is not None and sentences is not None:
        raise ValueError("give the digest length in words or in sentences, not both")
    if words is not None or sentences is not None:
        opt = replace(opt, words=words, sentences=sentences)  # checked as it is built
    return opt


def story_filter(since, until, query: str | None, min_articles: int):
    """A test of a story's articles for the filters given, or None when there are none.
    The same rules as a store's listing: the story's publication span overlaps
    [since, until] (a story with no dated article is kept), and an article holds the query's
    stems as a phrase."""
    if not isinstance(min_articles, int) or min_articles < 1:
        raise ValueError(f"min_articles must be a whole number of at least 1, not {min_articles!r}")
    lo, hi, phrase = instant(since), instant(until, end_of_day=True), query_terms(query)
    if lo is not None and hi is not None and lo > hi:
        raise ValueError(f"--since {since} is after --until {until}")
    if lo is None and hi is None and phrase is None and min_articles == 1:
        return None

    def keep(members: list[Article]) -> bool:
        if len(members) < min_articles:
            return False
        times = [a.published.timestamp() for a in members if a.published]
        if times and ((lo is not None and max(times) < lo) or (hi is not None and min(times) > hi)):
            return False
        return phrase is None or any(_holds(search_terms(a).split(), phrase) for a in members)

    return keep


def _holds(words: list[str], phrase: list[str]) -> bool:
    n = len(phrase)
    return any(words[i:i + n] == phrase for i in range(len(words) - n + 1))


STORY_MAX = 2**63 - 1  # SQLite's largest integer: a story number can be no larger


def story_number(value) -> int:
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"a story id is a whole number, not {value!r}") from None
    if not 0 <= n <= STORY_MAX:
        raise ValueError(f"no story {n}: story ids run from 0 to {STORY_MAX}")
    return n


def query_terms(query: str | None) -> list[str] | None:
    if query is None:
        return None
    found = list(terms(query))
    if not found:
        raise ValueError(f"the query {query!r} has no content words to match")
    return found


def instant(value, end_of_day: bool = False) -> float | None:
    """A day or time as a POSIX time; a day with ``end_of_day`` is its last instant (the
    arithmetic is on the number, so 9999-12-31 does not overflow a date)."""
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        try:
            value = datetime.fromisoformat(text) if "T" in text or " " in text else date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{value!r} is not a date (YYYY-MM-DD) or an ISO 8601 time") from None
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).timestamp()
    if not isinstance(value, date):
        raise ValueError(f"{value!r} is not a date")
    start = datetime(value.year, value.month, value.day, tzinfo=UTC).timestamp()
    return start + 86400 - 1e-6 if end_of_day else start


def iso(t: float | None) -> str | None:
    return datetime.fromtimestamp(t, UTC).isoformat() if t is not None else None
