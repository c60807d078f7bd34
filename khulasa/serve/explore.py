"""The figures explorer and the source pages: every figure of the store's originals (a copy's
figures are its original's), filtered, sorted and paginated in memory (``catalogue``)."""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from khulasa.arabic.normalize import normalize
from khulasa.serve.catalogue import Catalogue, FigureRow
from khulasa.serve.params import Span
from khulasa.serve.reader import Snapshot
from khulasa.serve.views import NotFound, page_of
from khulasa.serve.vocab import SCHEMA, figure_row

SORTS = ("date", "value")
ORDERS = ("desc", "asc")


@dataclass(frozen=True)
class Filters:
    measure: str | None = None
    place: str | None = None  # matched on its matching key, anywhere in the figure's place
    source: str | None = None  # the same, in its source
    span: Span = field(default_factory=lambda: Span(None, None))  # the day the figure is for (else its article's day)
    story: int | None = None
    outlet: str | None = None

    def as_dict(self) -> dict:
        return {"measure": self.measure, "place": self.place, "source": self.source, "story": self.story,
                "since": _iso(self.span.since), "until": _iso(self.span.until), "outlet": self.outlet}


def _iso(d) -> str | None:
    return d.isoformat() if d is not None else None


def matching(c: Catalogue, f: Filters) -> list[FigureRow]:
    place = normalize(f.place) if f.place else None
    source = normalize(f.source) if f.source else None
    members = set(c.members.get(f.story, ())) if f.story is not None else None
    out = []
    for r in c.figures:
        fig = r.figure
        if ((f.measure is None or fig.measure == f.measure) and (members is None or r.n in members)
                and (place is None or place in r.place_key) and (source is None or source in r.source_key)
                and (f.outlet is None or c.articles[r.n].outlet == f.outlet) and f.span.holds(r.day)):
            out.append(r)
    return out


def _value(r: FigureRow) -> float:
    f = r.figure
    v = f.value if f.value is not None else f.high if f.high is not None else f.low
    return v if v is not None and math.isfinite(v) else -math.inf


def sorted_rows(rows: list[FigureRow], sort: str, order: str) -> list[FigureRow]:
    if sort == "value":
        key = lambda r: (_value(r), r.n, r.figure.start)  # noqa: E731
    else:
        key = lambda r: (r.day.toordinal() if r.day else 0, r.n, r.figure.start)  # noqa: E731
    return sorted(rows, key=key, reverse=order == "desc")


def figures(snap: Snapshot, f: Filters, sort: str, order: str, page: int, per_page: int) -> dict:
    c = snap.catalogue()
    rows = sorted_rows(matching(c, f), sort, order)
    shown, paging = page_of(rows, page, per_page)
    return {"schema": SCHEMA, **f.as_dict(), "sort": sort, "order": order, **paging,
            "figures": [figure_row(c, r) for r in shown]}


def every_figure(snap: Snapshot, f: Filters, sort: str, order: str) -> list[dict]:
    """Every matching figure, for a download."""
    c = snap.catalogue()
    return [figure_row(c, r) for r in sorted_rows(matching(c, f), sort, order)]


def sources(snap: Snapshot, limit: int) -> dict:
    """The sources figures are attributed to, most figures first."""
    c = snap.catalogue()
    return {"schema": SCHEMA, "total": len(c.sources),
            "sources": [{"source": s, "source_type": c.source_types.get(s), "figures": k}
                        for s, k in c.sources.most_common(limit)]}


def source(snap: Snapshot, name: str, span: Span, page: int, per_page: int) -> dict:
    """What one source reported, over time and across stories: its figures, earliest first,
    with how many of each measure and in how many stories. ``name`` is a canonical name
    (``/sources``: every way the news writes it) or words matched in the source as written."""
    c = snap.catalogue()
    if name in c.sources:  # a source by its canonical name: its figures, however written
        rows = [r for r in c.figures if r.who == name and span.holds(r.day)]
    else:
        rows = matching(c, Filters(source=name, span=span))
    rows = sorted_rows(rows, "date", "asc")
    if not rows:
        raise NotFound(f"no figure attributed to {name!r}")
    measures = Counter(r.figure.measure for r in rows)
    stories = Counter(c.story_of.get(r.n) for r in rows)
    shown, paging = page_of(rows, page, per_page)
    return {
        "schema": SCHEMA, "source": name, "source_type": c.source_types.get(name),
        "since": _iso(span.since), "until": _iso(span.until), **paging,
        "measures": dict(measures.most_common()), "stories": len([s for s in stories if s is not None]),
        "names": [s for s, _ in Counter(r.figure.source for r in rows).most_common(10)],
        "figures": [figure_row(c, r) for r in shown],
    }
