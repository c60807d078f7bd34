"""JSON output, schema ``khulasa/2`` (documented in docs/schema.md)."""
from __future__ import annotations

import json
import math
import re
from dataclasses import asdict
from datetime import date

from khulasa.model import Digest, Happening, Storyline
from khulasa.version import __version__

# 2: storylines (the stories, now events, threaded), and each story's storyline
SCHEMA = "khulasa/2"


def to_dict(result: Digest, include_text: bool = False) -> dict:
    articles = []
    for a in result.articles:
        row = {
            "id": a.id,
            "path": a.path,
            "line": a.line,
            "title": a.title,
            "source": a.source,
            "url": a.url,
            "published": a.published.isoformat() if a.published else None,
            "chars": a.chars,
            "encoding": a.encoding,
            "anchor": a.anchor_day.isoformat() if a.anchor_day else None,
            "anchor_source": a.anchor.source if a.anchor else None,
            "anchor_evidence": a.anchor.evidence if a.anchor else None,
            "anchor_confidence": a.anchor.confidence if a.anchor else None,
            "duplicate_of": a.duplicate_of,
        }
        if include_text:
            row["text"] = a.text
        articles.append(row)
    return {
        "schema": SCHEMA,
        "generator": {"name": "khulasa", "version": __version__},
        "articles": articles,
        "skipped": [{"path": s.path, "line": s.line, "reason": s.reason} for s in result.skipped],
        "stories": [
            {
                "id": st.id,
                "title": st.title,
                "articles": list(st.articles),
                "digest": [
                    {"text": e.text, "article": e.article, "start": e.start, "end": e.end} for e in st.digest
                ],
                "figures": [_figure(f) for f in st.figures],
                "claims": [_claim(c) for c in st.claims],
                "timeline": [_event(e) for e in st.timeline],
                "tracks": [_track(t) for t in st.tracks],
                "storyline": st.storyline,
            }
            for st in result.stories
        ],
        "storylines": [_storyline(line) for line in result.storylines],
    }


def _storyline(line: Storyline) -> dict:
    """A storyline: its events in time order (each with its one-line summary), its dated digest,
    and the figures, claims, tracks and timeline of its events together (claims and tracks
    index its own ``figures``). A storyline of one event leaves them empty: they are its event's
    (most storylines are one event, and a corpus's figures would be written twice)."""
    own = len(line.events) > 1
    return {
        "id": line.id,
        "title": line.title,
        "first": _day(line.first),
        "last": _day(line.last),
        "events": [_happening(h) for h in line.events],
        "digest": [_happening(h) for h in line.digest],
        "figures": [_figure(f) for f in line.figures] if own else [],
        "claims": [_claim(c) for c in line.claims] if own else [],
        "tracks": [_track(t) for t in line.tracks] if own else [],
        "timeline": [_event(e) for e in line.timeline] if own else [],
    }


def _happening(h: Happening) -> dict:
    s = h.summary
    return {
        "story": h.story,
        "first": _day(h.first),
        "last": _day(h.last),
        "title": h.title,
        "summary": {"text": s.text, "article": s.article, "start": s.start, "end": s.end} if s else None,
    }


def _day(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _finite(v: float | None) -> float | None:
    """A number JSON can hold: a value too large for a float (a 400-digit percentage) is
    infinite once parsed, and strict JSON has no Infinity, so it is written as null."""
    return v if v is None or math.isfinite(v) else None


def _figure(f) -> dict:
    row = asdict(f)
    for k in ("value", "low", "high"):
        row[k] = _finite(row[k])
    row["sentence"] = {"start": row.pop("sentence_start"), "end": row.pop("sentence_end")}
    start, end = row.pop("source_start"), row.pop("source_end")
    row["source_span"] = {"start": start, "end": end} if start is not None else None
    first, last = row.pop("as_of_first"), row.pop("as_of_last")
    row["as_of_dates"] = {"first": first.isoformat() if first else None, "last": last.isoformat() if last else None}
    return row


def _event(e) -> dict:
    return {
        "first": e.first.isoformat(),
        "last": e.last.isoformat(),
        "grain": e.grain,
        "when": e.when,
        "text": e.text,
        "article": e.article,
        "start": e.start,
        "end": e.end,
        "also": [{"article": x.article, "start": x.start, "end": x.end} for x in e.also],
    }


def _track(t) -> dict:
    """A tracked quantity: its claim, one series per source ({figure, day, value} points) and
    the spread across sources on each day."""
    return {
        "claim": t.claim,
        "claims": t.claims,
        "measure": t.measure,
        "subject": t.subject,
        "place": t.place,
        "series": [
            {
                "source": s.source,
                "article": s.article,
                "latest": s.latest,
                "points": [{"figure": p.figure, "day": p.day.isoformat(), "value": _finite(p.value)} for p in s.points],
            }
            for s in t.series
        ],
        "days": [
            {"day": d.day.isoformat(), "low": _finite(d.low), "high": _finite(d.high), "sources": d.sources,
             "agree": d.agree}
            for d in t.days
        ],
        "updates": t.updates,
        "conflicts": t.conflicts,
    }


def _claim(c) -> dict:
    row = asdict(c)
    for k in ("low", "best", "high"):
        row[k] = _finite(row[k])
    return row


# DEL and C1 controls (CSI is \x9b) that JSON may hold raw, and the line separators JavaScript
# did not allow in strings; outside strings JSON is ASCII, so every match is inside one
_RAW = re.compile("[\x7f-\x9f\u2028\u2029]")


def terminal_safe(doc: str) -> str:
    """JSON text with the characters above as \\u escapes: the same strings once parsed, but
    nothing a terminal would act on (json.dumps already escapes C0 controls, ESC included)."""
    return _RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", doc)


PRETTY_MAX_ARTICLES = 100  # indented output for small results; large ones stay compact (the C encoder)


def to_json(result: Digest, include_text: bool = False, pretty: bool | None = None) -> str:
    if pretty is None:
        pretty = len(result.articles) <= PRETTY_MAX_ARTICLES
    data = to_dict(result, include_text)
    # allow_nan=False: a non-finite number that slipped past _finite fails here rather than
    # being written as Infinity, which strict parsers reject
    if pretty:
        doc = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
    else:
        doc = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return terminal_safe(doc) + "\n"
