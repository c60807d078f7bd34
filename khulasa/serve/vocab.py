"""The JSON the API gives, in the vocabulary of khulasa's JSON output (docs/schema.md): the
same field names for the same things, with a few of the server's own (``level``, ``size``,
``story``, ``outlet``, ``day``)."""
from __future__ import annotations

import math
from datetime import UTC, datetime

from khulasa.serve.catalogue import ArticleInfo, Catalogue, FigureRow, StoryInfo, StorylineInfo

SCHEMA = "khulasa/2"


def iso(t: float | None) -> str | None:
    """A stored publication time as ISO 8601 (UTC)."""
    return datetime.fromtimestamp(t, UTC).isoformat() if t is not None else None


def finite(v: float | None) -> float | None:
    return v if v is None or math.isfinite(v) else None


def story_summary(c: Catalogue, s: StoryInfo, headline: FigureRow | None) -> dict:
    return {
        "id": s.id, "level": "story", "title": s.title, "size": s.size, "outlets": c.outlets_of(s.id),
        "first": iso(s.first), "last": iso(s.last),
        "headline": figure_row(c, headline) if headline is not None else None,
    }


def storyline_summary(c: Catalogue, line: StorylineInfo, events: list[StoryInfo]) -> dict:
    """A storyline as a listing gives it: ``events`` (story ids, earliest first), ``size``,
    ``outlets``, ``first`` and ``last`` are of the events the listing's filters keep, as
    ``khulasa stories --db --storylines`` gives them; ``whole`` is the storyline's own."""
    firsts = [s.first for s in events if s.first is not None]
    lasts = [s.last for s in events if s.last is not None]
    return {
        "id": line.id, "level": "storyline", "title": line.title, "events": [s.id for s in events],
        "size": sum(s.size for s in events), "outlets": c.outlets_of(*(s.id for s in events)),
        "first": iso(min(firsts, default=None)), "last": iso(max(lasts, default=None)),
        "whole": {"events": line.events, "size": line.size, "first": iso(line.first), "last": iso(line.last)},
    }


def article_summary(a: ArticleInfo, story: int | None) -> dict:
    return {"id": a.id, "title": a.heading, "source": a.outlet, "published": iso(a.published), "story": story}


def figure_row(c: Catalogue, r: FigureRow) -> dict:
    """A figure as in ``stories[].figures[]`` (its period resolved), with its story, outlet and
    its article's day."""
    f = r.dated()
    a = c.articles.get(r.n)
    return {
        "value": finite(f.value), "low": finite(f.low), "high": finite(f.high), "approx": f.approx, "bound": f.bound,
        "vague": f.vague, "unit": f.unit, "measure": f.measure, "subject": f.subject, "place": f.place,
        "source": f.source, "source_start": f.source_start, "source_end": f.source_end,
        "source_canonical": f.source_canonical, "source_type": f.source_type, "conduit": f.conduit,
        "follow": r.who or None, "as_of": f.as_of, "as_of_event": f.as_of_event, "cause": f.cause,
        "as_of_dates": {
            "first": f.as_of_first.isoformat() if f.as_of_first else None,
            "last": f.as_of_last.isoformat() if f.as_of_last else None,
        },
        "period": f.period, "subset": f.subset,
        "article": f.article, "start": f.start, "end": f.end, "quote": f.quote,
        "sentence": {"start": f.sentence_start, "end": f.sentence_end},
        "story": c.story_of.get(r.n), "outlet": a.outlet if a else None,
        "published": iso(a.published) if a else None, "day": r.day.isoformat() if r.day else None,
    }


# the columns of a CSV download: provenance first (where the quote is), then what it states; columns added
# later go last, so a reader by position keeps its columns
CSV_COLUMNS = (
    "article", "start", "end", "quote", "story", "outlet", "published", "day", "measure", "value", "low", "high",
    "approx", "bound", "vague", "unit", "subject", "place", "source", "source_canonical", "source_type", "conduit",
    "source_start", "source_end", "as_of", "as_of_first", "as_of_last", "period",
    "subset", "sentence_start", "sentence_end", "as_of_event", "cause",
)


def csv_row(row: dict) -> list:
    flat = dict(row)
    flat["as_of_first"], flat["as_of_last"] = row["as_of_dates"]["first"], row["as_of_dates"]["last"]
    flat["sentence_start"], flat["sentence_end"] = row["sentence"]["start"], row["sentence"]["end"]
    return ["" if flat[k] is None else flat[k] for k in CSV_COLUMNS]
