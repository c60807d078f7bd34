"""What each page shows, as the API's JSON: the pages render these dicts, so a page and its
API call never disagree. Each function reads one snapshot of the store."""
from __future__ import annotations

from collections import Counter
from datetime import timedelta

from khulasa.arabic.normalize import normalize
from khulasa.serve import queries
from khulasa.serve.catalogue import Catalogue, FigureRow, StoryInfo, day_of
from khulasa.serve.params import BadRequest, Span
from khulasa.serve.reader import Snapshot
from khulasa.serve.vocab import SCHEMA, article_summary, figure_row, story_summary, storyline_summary

PAGE = 20  # stories or search groups a page
HEADLINE_ORDER = (
    "killed", "wounded", "missing", "displaced", "besieged", "rescued", "arrested", "aid", "strikes", "population",
    "territory_percent",
)


class NotFound(Exception):
    """No such story, storyline, article or source."""


class Moved(Exception):
    """A story (or storyline) merged into another: its id leads there."""

    def __init__(self, to: int):
        super().__init__(to)
        self.to = to


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


def front(snap: Snapshot, span: Span | None, outlet: str | None, page: int, level: str = "story") -> dict:
    """The stories active in the span (the store's last week when None), largest first; at the
    storyline level, the storylines of those stories (each with the events active in the span),
    the most articles first."""
    c = snap.catalogue()
    span = span if span is not None else default_span(snap, c)
    lo, hi = span.times()
    active = [
        s for s in c.stories.values()
        if (s.last is None or s.last >= lo) and (s.first is None or s.first <= hi)
        and (outlet is None or outlet in c.outlets_of(s.id))
    ]
    view = {
        "schema": SCHEMA, "level": level, "since": _iso(span.since), "until": _iso(span.until), "outlet": outlet,
        # as in a listing's JSON: the articles of the stories listed (every page of them)
        "articles": sum(s.size for s in active),
        "store": {"articles": len(c.articles), "stories": len(c.stories), "storylines": len(c.storylines)},
    }
    if level == "storyline":
        lines = by_storyline(c, active)
        order = sorted(lines, key=lambda k: (-sum(s.size for s in lines[k]), -max(s.last or 0.0 for s in lines[k]), k))
        shown, paging = page_of(order, page)
        view["articles"] = sum(s.size for events in lines.values() for s in events)
        return {**view, **paging, "storylines": [storyline_summary(c, c.storylines[k], lines[k]) for k in shown]}
    active.sort(key=lambda s: (-s.size, -(s.last or 0.0), s.id))
    shown, paging = page_of(active, page)
    return {**view, **paging, "stories": [story_summary(c, s, headline(c, s.id)) for s in shown]}


def by_storyline(c: Catalogue, stories: list[StoryInfo]) -> dict[int, list[StoryInfo]]:
    """The stories by the storyline they are events of, earliest first (a story not threaded
    into a live storyline is left out)."""
    lines: dict[int, list[StoryInfo]] = {}
    for s in sorted(stories, key=lambda s: (s.first is None, s.first or 0.0, s.id)):
        if s.storyline is not None and s.storyline in c.storylines:
            lines.setdefault(s.storyline, []).append(s)
    return lines


def _iso(d) -> str | None:
    return d.isoformat() if d is not None else None


def search(snap: Snapshot, q: tuple[str, list[str]], span: Span, outlet: str | None, measure: str | None,
           page: int, level: str = "story") -> dict:
    """Articles holding the query's words as a phrase (on stems), and figures whose subject,
    place or source hold it, grouped by story (or by storyline: the events with hits): most
    hits first."""
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
    view = {
        "schema": SCHEMA, "level": level, "q": words, "since": _iso(span.since), "until": _iso(span.until),
        "outlet": outlet, "measure": measure, "articles": len(articles), "figures": len(figures),
    }
    if level == "storyline":
        return {**view, **_storyline_groups(c, groups, page)}
    order = sorted(groups, key=lambda s: (-(len(groups[s]["articles"]) + len(groups[s]["figures"])),
                                          -c.stories[s].size, s))
    shown, paging = page_of(order, page)
    return {**view, **paging, "groups": [_group(c, story_summary(c, c.stories[s], headline(c, s)), groups[s])
                                         for s in shown]}


def _storyline_groups(c: Catalogue, groups: dict[int, dict], page: int) -> dict:
    """The hits of each story, gathered by storyline (its events with hits), most hits first."""
    lines = by_storyline(c, [c.stories[s] for s in groups])
    merged = {
        k: {"articles": sorted((a for s in events for a in groups[s.id]["articles"]),
                               key=lambda a: (a.published or 0.0, a.n)),
            "figures": [r for s in events for r in groups[s.id]["figures"]]}
        for k, events in lines.items()
    }
    order = sorted(merged, key=lambda k: (-(len(merged[k]["articles"]) + len(merged[k]["figures"])),
                                          -sum(s.size for s in lines[k]), k))
    shown, paging = page_of(order, page)
    return {**paging, "groups": [_group(c, storyline_summary(c, c.storylines[k], lines[k]), merged[k]) for k in shown]}


def _group(c: Catalogue, summary: dict, hits: dict) -> dict:
    return {
        summary["level"]: summary,
        "articles": len(hits["articles"]), "figures": len(hits["figures"]),
        "matched_articles": [article_summary(a, c.story_of.get(a.n)) for a in hits["articles"][:5]],
        "matched_figures": [figure_row(c, r) for r in hits["figures"][:5]],
    }


def live_story(snap: Snapshot, story_id: int) -> int:
    """The story as it is now: NotFound, or Moved to the story it was merged into."""
    return _live(story_id, lambda k: queries.merged_into(snap.store.db, k), "story")


def live_storyline(snap: Snapshot, line_id: int) -> int:
    """The storyline as it is now: NotFound, or Moved to the storyline it was merged into."""
    return _live(line_id, lambda k: queries.storyline_merged_into(snap.store.db, k), "storyline")


def _live(given: int, merged_into, noun: str) -> int:
    """``given`` when it is live; else Moved to where its merges lead, or NotFound. ``merged_into``
    gives (merged into, size) of an id, None for an unknown one."""
    seen, current = set(), given
    while current not in seen:
        seen.add(current)
        row = merged_into(current)
        if row is None:
            raise NotFound(f"no {noun} {given}")
        if row[0] is None:
            if not row[1]:
                raise NotFound(f"no {noun} {given}")
            if current != given:
                raise Moved(current)
            return current
        current = row[0]
    raise NotFound(f"no {noun} {given}")
