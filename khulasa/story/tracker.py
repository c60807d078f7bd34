"""The figure tracker: each quantity a story reports (a claim) followed over time, one series
per source by the day each value is for, each source's latest value, the spread across sources on
each day, and each change told apart: an update (a source's value on a later day) or a conflict
(sources that disagree on the same day). Values are as stated, never averaged."""
from __future__ import annotations

from datetime import date

from khulasa.model import Article, Claim, Figure, Series, Track, TrackDay, TrackPoint
from khulasa.story.claims import interval, running_quantities, spans_agree, voice


def tracks(claims: list[Claim], figures: list[Figure], articles: dict[str, Article]) -> list[Track]:
    """A track for each quantity stated on more than one day or by more than one source: a
    claim, or the claims of one running total (``running_quantities``) as one track."""
    out = []
    for group in running_quantities(claims, figures):
        points = sorted((p for c in group for p in _points(c, figures, articles)), key=lambda p: (p.day, p.figure))
        if len({(voice(figures[p.figure]), p.day) for p in points}) < 2:
            continue
        series = _series(points, figures, articles)
        days = _days(points, figures)
        first = group[0]
        out.append(Track(
            first.id, first.measure, first.subject, first.place, series, days,
            updates=sum(_changes(s) for s in series), conflicts=sum(not d.agree for d in days),
            claims=[c.id for c in group],
        ))
    return out


def _points(c: Claim, figures: list[Figure], articles: dict[str, Article]) -> list[TrackPoint]:
    out = []
    for i in c.figures:
        f = figures[i]
        day = f.as_of_last or _published(articles.get(f.article))
        if day is not None:
            out.append(TrackPoint(i, day, f.value if f.value is not None else f.low))
    return out


def _published(a: Article | None) -> date | None:
    return a.anchor_day if a is not None else None


def _series(points: list[TrackPoint], figures: list[Figure], articles: dict[str, Article]) -> list[Series]:
    """One series per source, in the order each first spoke; the outlets' own voices are each
    their outlet."""
    by: dict[tuple[str | None, str | None], list[TrackPoint]] = {}
    for p in points:
        by.setdefault(_voice_of(figures[p.figure], articles), []).append(p)
    return [
        Series(name, pts, max(pts, key=lambda p: (p.day, p.value or 0.0)).figure, article)
        for (name, article), pts in by.items()
    ]


def _voice_of(f: Figure, articles: dict[str, Article]) -> tuple[str | None, str | None]:
    """(the source's name, None), or for an article's own voice (its outlet, None) when the
    outlet is named, else (None, the article): the reports then say "the article itself", as
    the claims table does, not the name of a file."""
    if f.source is None:
        a = articles.get(f.article)
        return (a.source, None) if a is not None and a.source else (None, f.article)
    return (f.source_canonical if f.source_canonical not in (None, "vague") else f.source), None


def _days(points: list[TrackPoint], figures: list[Figure]) -> list[TrackDay]:
    by: dict[date, list[int]] = {}
    for p in points:
        by.setdefault(p.day, []).append(p.figure)
    out = []
    for day, idx in sorted(by.items()):
        spans = [interval(figures[i]) for i in idx]
        known = [s for s in spans if s is not None]
        out.append(TrackDay(
            day,
            min((s[0] for s in known), default=None),
            max((s[1] for s in known), default=None),
            len({voice(figures[i]) for i in idx}),
            spans_agree(spans),
        ))
    return out


def _changes(s: Series) -> int:
    """How often the source's value moved from one day to a later one."""
    values = [p.value for p in s.points]
    return sum(1 for a, b in zip(values, values[1:]) if a != b)
