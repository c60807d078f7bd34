"""The anchor of an article: the day it was written, which relative dates (أمس، يوم الخميس،
الشهر الجاري) count from.

When the input gives a publication time, that is the anchor. Otherwise it is inferred:
  1. from the article's own text: the latest full date it states (يوم السبت 10 من مارس 2018)
     bounds it from below, and each candidate day after it is scored by the relative expressions
     that name a weekday (أمس السبت is only true on a Sunday; صباح اليوم السبت on a Saturday);
  2. from its story: an article with no full date takes the candidate day nearest the anchors of
     the other articles of its story that agrees best with its weekday expressions.
The evidence is reported with the anchor, and how sure it is.
"""
from __future__ import annotations

from datetime import date, timedelta
from statistics import median

from khulasa.arabic.dates import day_words, may_contain, named_weekday
from khulasa.arabic.dates import find as find_dates
from khulasa.arabic.normalize import normalize
from khulasa.arabic.segment import segment
from khulasa.model import Anchor, Article

WINDOW_AFTER = 14  # days after the latest stated date an article may have been written
STORY_WINDOW = 10  # days around its story an article without dates may have been written

__all__ = ["Anchor", "article_anchor", "story_anchors"]  # Anchor lives in khulasa.model


def _dated_parts(article: Article) -> list[str]:
    """The sentences of the article that may hold a date finer than a year: the only ones
    that can fix or score an anchor. Each candidate anchor reads these, not the whole text
    (an undated article is read against 15 to 21 candidate days)."""
    text = article.text
    parts = (text[seg.start:seg.end] for seg in segment(text))
    return [p for p in parts if may_contain(p)]


def _latest_full_date(parts: list[str]) -> tuple[date, str] | None:
    best = None
    for m in (m for part in parts for m in find_dates(part)):
        if m.value is not None and m.value.grain == "day":
            if best is None or m.value.first > best[0]:
                best = (m.value.first, m.text)
    return best


def _score(parts: list[str], candidate: date) -> tuple[int, int, list[str]]:
    """How many weekday statements agree with ``candidate`` as the anchor, minus those that
    contradict it (and dates it would put in the future); the days from the latest event the
    text dates to the candidate (news is written soon after); and the agreeing statements."""
    score = 0
    agreeing = []
    latest = None
    for m in (m for part in parts for m in find_dates(part, candidate)):
        if m.value is None:
            continue
        words = set(normalize(m.text).split())
        dated_event = not (words & day_words()) and named_weekday(m.text) is None
        # the last day of a closed period (حتى الثالث من الشهر الجاري) is an event too
        event = m.value.first if m.value.grain == "day" else m.value.last if m.value.grain == "interval" else None
        recent = event is not None and event < candidate + timedelta(days=1) and (latest is None or event > latest)
        if dated_event and recent:
            if not (m.value.grain == "interval" and m.value.last == candidate):
                latest = event  # a date stated against the calendar, not against the anchor
        if m.value.grain != "day":
            continue
        wd = named_weekday(m.text)
        first_word = normalize(m.text).split()[0]
        if wd is None or named_weekday(first_word) is not None or first_word == "يوم":
            continue  # a bare weekday resolves to that weekday whatever the anchor
        if m.value.first.isoweekday() == wd:
            score += 1
            agreeing.append(m.text)
        else:
            score -= 1
        if m.value.first > candidate:
            score -= 1
    # old background dates (عام 2012) say nothing about the week: only the last month counts
    lag = min((candidate - latest).days, 31) if latest is not None else 31
    return score, lag, agreeing


def _best(parts: list[str], candidates: list[date], centre: date) -> tuple[date, int, list[str]]:
    scored = [(*_score(parts, c), c) for c in candidates]
    top = max(s for s, _, _, _ in scored)
    # among the candidates the weekdays agree with best: soonest after the events it dates,
    # then nearest the centre
    lag_of = {c: lag for _, lag, _, c in scored}
    best = min((c for s, _, _, c in scored if s == top), key=lambda c: (lag_of[c], abs((c - centre).days)))
    agreeing = next(a for s, _, a, c in scored if c == best)
    return best, top, agreeing


def article_anchor(article: Article) -> Anchor | None:
    """The anchor from the article alone, or None when its text does not fix one."""
    if article.published is not None:
        return Anchor(article.published.date(), "published", article.published.isoformat(), "high")
    parts = _dated_parts(article)
    latest = _latest_full_date(parts)
    if latest is None:
        return None
    first, text = latest
    candidates = [first + timedelta(days=k) for k in range(WINDOW_AFTER + 1)]
    day, score, agreeing = _best(parts, candidates, first)
    evidence = f"آخر تاريخ كامل في النص: {text}" + (f"؛ {'، '.join(agreeing)}" if agreeing else "")
    return Anchor(day, "text", evidence, "medium" if score > 0 else "low")


def story_anchors(articles: list[Article], known: dict[str, Anchor | None]) -> dict[str, Anchor]:
    """Anchors for a story's articles: each article's own, else one from its story."""
    out: dict[str, Anchor] = {}
    fixed = [a.day for a in known.values() if a is not None and a.day is not None]
    centre = date.fromordinal(int(median(d.toordinal() for d in fixed))) if fixed else None
    for article in articles:
        own = known.get(article.id)
        if own is not None:
            out[article.id] = own
            continue
        if centre is None:
            out[article.id] = Anchor(None, "none", "لا تاريخ في النص ولا في القصة", "none")
            continue
        candidates = [centre + timedelta(days=k) for k in range(-STORY_WINDOW, STORY_WINDOW + 1)]
        day, score, agreeing = _best(_dated_parts(article), candidates, centre)
        evidence = "تواريخ المقالات الأخرى في القصة" + (f"؛ {'، '.join(agreeing)}" if agreeing else "")
        out[article.id] = Anchor(day, "story", evidence, "medium" if score > 0 else "low")
    return out
