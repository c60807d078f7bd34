"""The JSON API under /api: the data of every page, in the vocabulary of khulasa's JSON output
(docs/schema.md, docs/serve.md). Read only: every route is a GET."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from khulasa.serve import detail, downloads, explore, params, views
from khulasa.serve.reader import Reader

ERRORS: dict[int | str, dict] = {
    400: {"description": "a parameter that cannot be used: `{\"error\": message, \"status\": 400}`"},
    404: {"description": "no such story, storyline, article or source"},
    503: {"description": "the request ran past its time limit, or the store cannot be read"},
}
router = APIRouter(prefix="/api", responses=ERRORS)

Text = Annotated[str | None, Query(max_length=params.MAX_TEXT)]
Day = Annotated[
    str | None, Query(max_length=params.MAX_TEXT, description="a day, YYYY-MM-DD", json_schema_extra={"format": "date"})
]
Page = Annotated[int, Query(ge=1, le=params.MAX_PAGE)]
PerPage = Annotated[int, Query(ge=1, le=500)]
StoryFilter = Annotated[int | None, Query(ge=0, le=2**63 - 1)]
Measure = Annotated[str | None, Query(max_length=params.MAX_TEXT, description="one of " + ", ".join(params.MEASURES))]
Level = Annotated[params.Level | None, Query(description="what to list: story (default) or storyline")]
Id = Annotated[int, Path(ge=0, le=2**63 - 1)]


def _reader(request: Request) -> Reader:
    return request.app.state.reader


@router.get("/stories", summary="Stories or storylines active in a span, largest first (default: the last week)")
def stories(request: Request, since: Day = None, until: Day = None, outlet: Text = None, level: Level = None,
            page: Page = 1) -> dict:
    lv = params.level(level)
    given = params.span(since, until) if (params.text("since", since) or params.text("until", until)) else None
    with _reader(request).snapshot() as snap:
        return views.front(snap, given, params.text("outlet", outlet), page, lv)


@router.get("/search", summary="Articles and figures holding a phrase, grouped by story (or storyline)")
def search(request: Request, q: Annotated[str, Query(max_length=params.MAX_TEXT)], since: Day = None,
           until: Day = None, outlet: Text = None, measure: Measure = None, level: Level = None,
           page: Page = 1) -> dict:
    words = params.phrase(q)
    if words is None:
        raise params.BadRequest("q: give the words to search for")
    span, m, o = params.span(since, until), params.measure(measure), params.text("outlet", outlet)
    lv = params.level(level)
    with _reader(request).snapshot() as snap:
        return views.search(snap, words, span, o, m, page, lv)


@router.get("/stories/{story_id}", summary="A story: digest, figures, claims, timeline and articles")
def story(request: Request, story_id: Id) -> Response:
    try:
        with _reader(request).snapshot() as snap:
            return JSONResponse(detail.story(snap, story_id))
    except views.Moved as e:
        return RedirectResponse(f"/api/stories/{e.to}", status_code=307)


@router.get("/storylines/{storyline_id}",
            summary="A storyline: its events in time order, dated digest, figures, claims, tracks, timeline and log")
def storyline(request: Request, storyline_id: Id) -> Response:
    try:
        with _reader(request).snapshot() as snap:
            view, _ = detail.storyline(snap, storyline_id)
    except views.Moved as e:
        return RedirectResponse(f"/api/storylines/{e.to}", status_code=307)
    return JSONResponse(view)


@router.get("/articles/{article_id:path}", summary="An article: text, figures, dates and the sentences quoted")
def article(request: Request, article_id: str) -> dict:
    with _reader(request).snapshot() as snap:
        view, _, _ = detail.article(snap, article_id)
    return view


def _filters(measure, place, source, since, until, story, outlet) -> explore.Filters:
    return explore.Filters(
        measure=params.measure(measure), place=params.text("place", place), source=params.text("source", source),
        span=params.span(since, until), story=story, outlet=params.text("outlet", outlet),
    )


@router.get("/figures", summary="Figures of the store, filtered and sorted, with provenance")
def figures(request: Request, measure: Measure = None, place: Text = None, source: Text = None, since: Day = None,
            until: Day = None, story: StoryFilter = None, outlet: Text = None,
            sort: Annotated[str | None, Query(description="date or value")] = None,
            order: Annotated[str | None, Query(description="desc or asc")] = None,
            format: Annotated[str | None, Query(description="json (a page) or csv (every figure)")] = None,
            page: Page = 1, per_page: PerPage = 100) -> Response:
    f = _filters(measure, place, source, since, until, story, outlet)
    s, o = params.choice("sort", sort, explore.SORTS), params.choice("order", order, explore.ORDERS)
    kind = params.choice("format", format, ("json", "csv"))
    with _reader(request).snapshot() as snap:
        if kind == "csv":
            return downloads.csv_response(explore.every_figure(snap, f, s, o))
        return JSONResponse(explore.figures(snap, f, s, o, page, per_page))


@router.get("/sources", summary="The sources figures are attributed to, most figures first")
def sources(request: Request, limit: Annotated[int, Query(ge=1, le=10_000)] = 200) -> dict:
    with _reader(request).snapshot() as snap:
        return explore.sources(snap, limit)


@router.get("/source", summary="What one source reported, over time and across stories")
def source(request: Request, name: Annotated[str, Query(max_length=params.MAX_TEXT)], since: Day = None,
           until: Day = None, page: Page = 1, per_page: PerPage = 100) -> dict:
    who = params.text("name", name)
    if who is None:
        raise params.BadRequest("name: give the source to show")
    with _reader(request).snapshot() as snap:
        return explore.source(snap, who, params.span(since, until), page, per_page)
