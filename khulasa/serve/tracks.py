"""The figures of a story or storyline page: the claims table (each value linked to its quote)
and the tracks of ``Story.tracks`` (``Storyline.tracks``), each drawn as the report draws them
(``khulasa.render.tracks``) with its points and legend linked to the quotes on serve's article
pages."""
from __future__ import annotations

from urllib.parse import quote

from khulasa.model import Story, Storyline, Track
from khulasa.render.labels import DIFFER, MEASURES, OWN_VOICE, amount
from khulasa.render.tracks import track_view
from khulasa.serve.jinja import value_text


def quote_link(article: str, start: int, end: int) -> str:
    """The article page, scrolled to a figure's quote."""
    return f"/article/{quote(article, safe='')}#f-{start}-{end}"


def claim_rows(body: dict, articles: list[dict]) -> list[dict]:
    """Per claim of a story or storyline (its JSON, and its articles'): what it counts, its
    values (as written, linked, with source and date), its low / best / high and whether they
    agree."""
    figures = body["figures"]
    published = {a["id"]: a["published"] for a in articles}
    rows = []
    for c in body["claims"]:
        pairs = []
        for i in c["figures"]:
            f = figures[i]
            day = f["as_of_dates"]["last"] or (published.get(f["article"]) or "")[:10] or None
            pairs.append({"label": value_text(f), "href": quote_link(f["article"], f["start"], f["end"]),
                          "source": f["source"] or OWN_VOICE, "as_of": f["as_of"], "day": day, "quote": f["quote"]})
        rows.append({
            "id": c["id"], "what": MEASURES.get(c["measure"], c["measure"]),
            "detail": "، ".join(x for x in (c["subject"], c["place"]) if x),
            "pairs": pairs, "agree": c["agree"], "verdict": DIFFER[c["differ"]],
            "span": " / ".join(amount(c[k], c["unit"]) for k in ("low", "best", "high")),
        })
    return rows


def track_rows(st: Story | Storyline) -> list[dict]:
    """Per track: what it follows, its step chart (every point linked to its quote), what
    changed (updates, days of conflicting figures) and a legend line per source, with the
    source's style and its latest value linked to its quote."""
    return [_track_row(t, st) for t in st.tracks]


def _track_row(t: Track, st: Story | Storyline) -> dict:
    return track_view(t, st.figures, lambda f: quote_link(f.article, f.start, f.end))
