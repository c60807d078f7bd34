"""The pages: front, search, story, storyline, article, figures (with CSV and JSON downloads),
sources and a source. Each reads one snapshot of the store and renders the view the API gives as JSON."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from khulasa.serve import detail, downloads, explore, params, views
from khulasa.serve.jinja import render
from khulasa.serve.reader import Reader
from khulasa.serve.tracks import claim_rows, track_rows

router = APIRouter(include_in_schema=False)

Text = Annotated[str | None, Query(max_length=params.MAX_TEXT)]
Page = Annotated[int, Query(ge=1, le=params.MAX_PAGE)]
StoryId = Annotated[int, Path(ge=0, le=2**63 - 1)]
PER_PAGE = 50


def _reader(request: Request) -> Reader:
    return request.app.state.reader


def _html(name: str, **context) -> HTMLResponse:
    return HTMLResponse(render(name, **context))


@router.get("/", response_class=HTMLResponse)
def front(request: Request, since: Text = None, until: Text = None, outlet: Text = None, level: Text = None,
          page: Page = 1) -> Response:
    lv = params.level(level)
    given = params.span(since, until) if (params.text("since", since) or params.text("until", until)) else None
    with _reader(request).snapshot() as snap:
        view = views.front(snap, given, params.text("outlet", outlet), page, lv)
        outlets = snap.catalogue().outlets.most_common(40)
    return _html("front.html.j2", view=view, outlets=outlets, title="المسارات" if lv == "storyline" else "القصص")


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: Text = None, since: Text = None, until: Text = None, outlet: Text = None,
           measure: Text = None, level: Text = None, page: Page = 1) -> Response:
    words = params.phrase(q)
    if words is None:
        return RedirectResponse("/", status_code=302)
    span, m, o = params.span(since, until), params.measure(measure), params.text("outlet", outlet)
    lv = params.level(level)
    with _reader(request).snapshot() as snap:
        view = views.search(snap, words, span, o, m, page, lv)
    return _html("search.html.j2", view=view, title=f"بحث: {words[0]}", measures=params.MEASURES)


@router.get("/story/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: StoryId) -> Response:
    try:
        with _reader(request).snapshot() as snap:
            view, st = detail.story_and_model(snap, story_id)
            line_id = view["story"]["storyline"]
            line = snap.catalogue().storylines.get(int(line_id)) if line_id is not None else None
    except views.Moved as e:
        return RedirectResponse(f"/story/{e.to}", status_code=302)
    return _html("story.html.j2", view=view, s=view["story"], claims=claim_rows(view["story"], view["articles"]),
                 tracks=track_rows(st), line=line, title=view["story"]["title"])


@router.get("/storyline/{storyline_id}", response_class=HTMLResponse)
def storyline(request: Request, storyline_id: StoryId) -> Response:
    try:
        with _reader(request).snapshot() as snap:
            view, line = detail.storyline(snap, storyline_id)
    except views.Moved as e:
        return RedirectResponse(f"/storyline/{e.to}", status_code=302)
    body = view["storyline"]
    return _html("storyline.html.j2", view=view, s=body, claims=claim_rows(body, view["articles"]),
                 tracks=track_rows(line), title=body["title"] or f"مسار {body['id']}")


@router.get("/article/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> Response:
    with _reader(request).snapshot() as snap:
        view, a, marks = detail.article(snap, article_id)
    return _html("article.html.j2", view=view, body=detail.text_marked(a, marks), title=view["title"] or view["id"])


def _filters(measure, place, source, since, until, story, outlet) -> explore.Filters:
    return explore.Filters(
        measure=params.measure(measure), place=params.text("place", place), source=params.text("source", source),
        span=params.span(since, until), story=story, outlet=params.text("outlet", outlet),
    )


@router.get("/figures", response_class=HTMLResponse)
def figures(request: Request, measure: Text = None, place: Text = None, source: Text = None, since: Text = None,
            until: Text = None, story: Annotated[int | None, Query(ge=0, le=2**63 - 1)] = None,
            outlet: Text = None, sort: Text = None, order: Text = None, page: Page = 1) -> Response:
    f = _filters(measure, place, source, since, until, story, outlet)
    s, o = params.choice("sort", sort, explore.SORTS), params.choice("order", order, explore.ORDERS)
    with _reader(request).snapshot() as snap:
        view = explore.figures(snap, f, s, o, page, PER_PAGE)
    return _html("figures.html.j2", view=view, title="الأرقام", measures=params.MEASURES)


@router.get("/figures.csv")
def figures_csv(request: Request, measure: Text = None, place: Text = None, source: Text = None, since: Text = None,
                until: Text = None, story: Annotated[int | None, Query(ge=0, le=2**63 - 1)] = None,
                outlet: Text = None, sort: Text = None, order: Text = None) -> Response:
    f = _filters(measure, place, source, since, until, story, outlet)
    s, o = params.choice("sort", sort, explore.SORTS), params.choice("order", order, explore.ORDERS)
    with _reader(request).snapshot() as snap:
        rows = explore.every_figure(snap, f, s, o)
    return downloads.csv_response(rows)


@router.get("/figures.json")
def figures_json(request: Request, measure: Text = None, place: Text = None, source: Text = None,
                 since: Text = None, until: Text = None,
                 story: Annotated[int | None, Query(ge=0, le=2**63 - 1)] = None, outlet: Text = None,
                 sort: Text = None, order: Text = None) -> Response:
    f = _filters(measure, place, source, since, until, story, outlet)
    s, o = params.choice("sort", sort, explore.SORTS), params.choice("order", order, explore.ORDERS)
    with _reader(request).snapshot() as snap:
        rows = explore.every_figure(snap, f, s, o)
    return downloads.json_response({"schema": "khulasa/2", **f.as_dict(), "figures": rows})


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request) -> Response:
    with _reader(request).snapshot() as snap:
        view = explore.sources(snap, 200)
    return _html("sources.html.j2", view=view, title="المصادر")


@router.get("/source", response_class=HTMLResponse)
def source(request: Request, name: Text = None, since: Text = None, until: Text = None, page: Page = 1) -> Response:
    who = params.text("name", name)
    if who is None:
        raise params.BadRequest("name: give the source to show (e.g. المرصد السوري)")
    with _reader(request).snapshot() as snap:
        view = explore.source(snap, who, params.span(since, until), page, PER_PAGE)
    return _html("source.html.j2", view=view, title=who)
