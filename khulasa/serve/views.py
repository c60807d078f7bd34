"""What each page shows, as the API's JSON: the pages render these dicts, so a page and its
API call never disagree. Each function reads one snapshot of the store."""
from __future__ import annotations

from collections import Counter
from datetime import timedelta

from khulasa.arabic.normalize import normalize
from khulasa.serve import queries
from khulasa.serve.catalogue import Catalogue, FigureRow, day_of
from khulasa.serve.params import BadRequest, Span
from khulasa.serve.reader import Snapshot
from khulasa.serve.vocab import SCHEMA, article_summary, figure_row, story_summary

PAGE = 20  # stories or search groups a page
HEADLINE_ORDER = (
    "killed", "wounded", "missing", "displaced", "besieged", "rescued", "arrested", "aid", "strikes", "population",
    "territory_percent",
)


class NotFound(Exception):
    """No such story, article or source."""


class Moved(Exception):
    """A story merged into another: its id leads there."""

    def __init__(self, story: int):
        super().__init__(story)
        self.story = story


def page_of(items: list, page: int, size: int = PAGE) -> tuple[list, dict]:
    """One page of the items, and where it is (BadRequest past the last page)."""
    total = len(items)
    pages = max(1, -(-total // size))
    if page > pages:
        raise BadRequest(f"page: {page} is past the last page ({pages})")
    return items[(page - 1) * size:page * size], {"page": page, "pages": pages, "total": total, "per_page": size}


def headline(c: Catalogue, story: int) -> FigureRow | None:
    """The story's headline figure: of the first measure in ``HEADLINE_ORDER`` it states, the
    value the most articles give (ties: the one stated last), as one of its quotes."""
    rows = [r for r in c.story_figures(story) if not r.figure.subset and r.figure.value is not None]
    for measure in HEADLINE_ORDER:
        found = [r for r in rows if r.figure.measure == measure]
        if found:
            votes = Counter(r.figure.value for r in {(r.n, r.figure.value): r for r in found}.values())
            best = max(votes.values())
            return next(r for r in reversed(found) if votes[r.figure.value] == best)
    return None


def default_span(snap: Snapshot, c: Catalogue) -> Span:
    """The store's last week: the seven days up to its latest publication day."""
    last = max((a.published for a in c.articles.values() if a.published is not None), default=None)
    if last is None:
        return Span(None, None)
    end = day_of(last)
    assert end is not None
    return Span(end - timedelta(days=6), end)


def front(snap: Snapshot, span: Span | None, outlet: str | None, page: int) -> dict:
    """The stories active in the span (the store's last week when None), largest first."""
    c = snap.catalogue()
    span = span if span is not None else default_span(snap, c)
    lo, hi = span.times()
    active = [
        s for s in c.stories.values()
        if (s.last is None or s.last >= lo) and (s.first is None or s.first <= hi)
        and (outlet is None or outlet in c.outlets_of(s.id))
    ]
    active.sort(key=lambda s: (-s.size, -(s.last or 0.0), s.id))
    shown, paging = page_of(active, page)
    return {
        "schema": SCHEMA, "level": "story", "since": _iso(span.since), "until": _iso(span.until), "outlet": outlet,
        **paging, "stories": [story_summary(c, s, headline(c, s.id)) for s in shown],
        # as in a listing's JSON: the articles of the stories listed (every page of them)
        "articles": sum(s.size for s in active),
        "store": {"articles": len(c.articles), "stories": len(c.stories)},
    }


def _iso(d) -> str | None:
    return d.isoformat() if d is not None else None


def search(snap: Snapshot, q: tuple[str, list[str]], span: Span, outlet: str | None, measure: str | None,
           page: int) -> dict:
    """Articles holding the query's words as a phrase (on stems), and figures whose subject,
    place or source hold it, grouped by story: most hits first."""
    c = snap.catalogue()
    words, stems = q
    originals = queries.phrase_matches(snap.store.db, '"' + " ".join(s.replace('"', "") for s in stems) + '"')
    hits = set(originals) | {k for n in originals for k in c.copies.get(n, ())}
    articles = [
        c.articles[n] for n in hits
        if n in c.articles and (outlet is None or c.articles[n].outlet == outlet)
        and span.holds(day_of(c.articles[n].published))
    ]
    key = normalize(words)
    figures = [
        r for r in c.figures
        if key and key in r.key and span.holds(r.day) and (measure is None or r.figure.measure == measure)
        and (outlet is None or c.articles[r.n].outlet == outlet)
    ]
    groups: dict[int, dict] = {}
    for a in sorted(articles, key=lambda a: (a.published or 0.0, a.n)):
        story = c.story_of.get(a.n)
        if story in c.stories:
            groups.setdefault(story, {"articles": [], "figures": []})["articles"].append(a)
    for r in figures:
        story = c.story_of.get(r.n)
        if story in c.stories:
            groups.setdefault(story, {"articles": [], "figures": []})["figures"].append(r)
    if measure is not None:
        groups = {s: g for s, g in groups.items() if any(r.figure.measure == measure for r in c.story_figures(s))}
    order = sorted(groups, key=lambda s: (-(len(groups[s]["articles"]) + len(groups[s]["figures"])),
                                          -c.stories[s].size, s))
    shown, paging = page_of(order, page)
    return {
        "schema": SCHEMA, "level": "story", "q": words, "since": _iso(span.since), "until": _iso(span.until),
        "outlet": outlet, "measure": measure, **paging,
        "articles": len(articles), "figures": len(figures),
        "groups": [_group(c, s, groups[s]) for s in shown],
    }


def _group(c: Catalogue, story: int, hits: dict) -> dict:
    return {
        "story": story_summary(c, c.stories[story], headline(c, story)),
        "articles": len(hits["articles"]), "figures": len(hits["figures"]),
        "matched_articles": [article_summary(a, story) for a in hits["articles"][:5]],
        "matched_figures": [figure_row(c, r) for r in hits["figures"][:5]],
    }


def live_story(snap: Snapshot, story_id: int) -> int:
    """The story as it is now: NotFound, or Moved to the story it was merged into."""
    seen, current = set(), story_id
    while current not in seen:
        seen.add(current)
        row = queries.merged_into(snap.store.db, current)
        if row is None:
            raise NotFound(f"no story {story_id}")
        if row[0] is None:
            if not row[1]:
                raise NotFound(f"no story {story_id}")
            if current != story_id:
                raise Moved(current)
            return current
        current = row[0]
    raise NotFound(f"no story {story_id}")
