"""JSON output, schema ``khulasa/1`` (documented in docs/schema.md)."""
from __future__ import annotations

import json
from dataclasses import asdict

from ..model import Digest
from ..version import __version__

SCHEMA = "khulasa/1"


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
            "anchor": a.anchor.isoformat() if a.anchor else None,
            "anchor_source": a.anchor_source,
            "anchor_evidence": a.anchor_evidence,
            "anchor_confidence": a.anchor_confidence,
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
            }
            for st in result.stories
        ],
    }


def _figure(f) -> dict:
    row = asdict(f)
    row["sentence"] = {"start": row.pop("sentence_start"), "end": row.pop("sentence_end")}
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
        "also": [{"article": a, "start": s, "end": t} for a, s, t in e.also],
    }


def _claim(c) -> dict:
    return asdict(c)


PRETTY_MAX_ARTICLES = 100  # indented output for small results; large ones stay compact (the C encoder)


def to_json(result: Digest, include_text: bool = False, pretty: bool | None = None) -> str:
    if pretty is None:
        pretty = len(result.articles) <= PRETTY_MAX_ARTICLES
    data = to_dict(result, include_text)
    if pretty:
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
