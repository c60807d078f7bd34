"""JSON output, schema ``khulasa/1`` (documented in docs/schema.md)."""
from __future__ import annotations

import json

from ..model import Digest

SCHEMA = "khulasa/1"


def to_dict(result: Digest, include_text: bool = False) -> dict:
    from .. import __version__

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
            }
            for st in result.stories
        ],
    }


def _figure(f) -> dict:
    return {
        "value": f.value,
        "low": f.low,
        "high": f.high,
        "approx": f.approx,
        "bound": f.bound,
        "vague": f.vague,
        "unit": f.unit,
        "measure": f.measure,
        "subject": f.subject,
        "place": f.place,
        "source": f.source,
        "as_of": f.as_of,
        "period": f.period,
        "subset": f.subset,
        "article": f.article,
        "start": f.start,
        "end": f.end,
        "quote": f.quote,
        "sentence": {"start": f.sentence_start, "end": f.sentence_end},
    }


def _claim(c) -> dict:
    return {
        "id": c.id,
        "measure": c.measure,
        "unit": c.unit,
        "subject": c.subject,
        "place": c.place,
        "figures": c.figures,
        "values": c.values,
        "sources": c.sources,
        "agree": c.agree,
        "differ": c.differ,
        "low": c.low,
        "best": c.best,
        "high": c.high,
        "conservative": c.conservative,
    }


PRETTY_MAX_ARTICLES = 100  # indented output for small results; large ones stay compact (the C encoder)


def to_json(result: Digest, include_text: bool = False, pretty: bool | None = None) -> str:
    if pretty is None:
        pretty = len(result.articles) <= PRETTY_MAX_ARTICLES
    data = to_dict(result, include_text)
    if pretty:
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
