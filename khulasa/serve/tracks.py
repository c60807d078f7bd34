"""The story page's claims: each value with its link to its quote, and the claim's tracker."""
from __future__ import annotations

from datetime import date
from urllib.parse import quote

from khulasa.render.labels import DIFFER, MEASURES, OWN_VOICE, amount
from khulasa.serve.charts import tracker
from khulasa.serve.jinja import value_text


def quote_link(article: str, start: int, end: int) -> str:
    """The article page, scrolled to a figure's quote."""
    return f"/article/{quote(article, safe='')}#f-{start}-{end}"


def _day(f: dict, published: dict[str, str | None]) -> date | None:
    iso = f["as_of_dates"]["last"] or (published.get(f["article"]) or "")[:10] or None
    return date.fromisoformat(iso) if iso else None


def claim_rows(view: dict) -> list[dict]:
    """Per claim: what it counts, its values (as written, linked, with source and date), its
    low / best / high, whether they agree, and, when they do not, its tracker chart."""
    s = view["story"]
    figures = s["figures"]
    published = {a["id"]: a["published"] for a in view["articles"]}
    rows = []
    for c in s["claims"]:
        pairs, points = [], []
        for i in c["figures"]:
            f = figures[i]
            link = quote_link(f["article"], f["start"], f["end"])
            day = _day(f, published)
            written = value_text(f)
            pairs.append({"label": written, "href": link, "source": f["source"] or OWN_VOICE, "as_of": f["as_of"],
                          "day": day.isoformat() if day else None, "quote": f["quote"]})
            value = f["value"] if f["value"] is not None else f["high"]
            if day is not None and value is not None:
                points.append((day, value, written, link))
        what = MEASURES.get(c["measure"], c["measure"])
        rows.append({
            "id": c["id"], "what": what, "detail": "، ".join(x for x in (c["subject"], c["place"]) if x),
            "pairs": pairs, "agree": c["agree"], "verdict": DIFFER[c["differ"]],
            "span": " / ".join(amount(c[k], c["unit"]) for k in ("low", "best", "high")),
            "chart": tracker(points, what) if not c["agree"] else None,
        })
    return rows
