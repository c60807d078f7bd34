"""The FastAPI application over one store: pages (``pages``), the JSON API (``api``) and the
error handlers that turn every failure into a clear 4xx (or a 503 when the store cannot be
read in time), as a page or as JSON under /api; never a traceback."""
from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException

from khulasa.serve.jinja import render
from khulasa.serve.params import BadRequest
from khulasa.serve.reader import Reader, TooSlow
from khulasa.serve.views import NotFound
from khulasa.store.errors import StoreError
from khulasa.version import __version__

log = logging.getLogger("khulasa.serve")

# every answer: nothing but the page's own inline style may load or run (the pages hold no
# script, so a string that escaped the escaping would still run nothing), never in a frame
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self';"
        " base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def create_app(db: str | Path, time_limit: float | None = None) -> FastAPI:
    """The application over the store ``db``, opened read only now (StoreError when it is
    missing, damaged or not a khulasa store)."""
    from khulasa.serve import api, pages

    reader = Reader(db) if time_limit is None else Reader(db, time_limit)
    app = FastAPI(
        title="khulasa", version=__version__, description="Read-only API over a khulasa corpus store.",
        openapi_url="/api/openapi.json", docs_url=None, redoc_url=None,
    )
    app.state.reader = reader

    @app.middleware("http")
    async def guard(request: Request, call_next):
        response = await call_next(request)
        response.headers.update(HEADERS)
        return response

    app.include_router(pages.router)
    app.include_router(api.router)
    _handlers(app)
    return app


def _answer(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/") or request.url.path.endswith((".csv", ".json")):
        return JSONResponse({"error": message, "status": status}, status_code=status)
    return HTMLResponse(render("error.html.j2", status=status, message=message), status_code=status)


def _validation_message(e: RequestValidationError) -> str:
    parts = []
    for err in e.errors():
        where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path"))
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(BadRequest)
    def bad_request(request: Request, e: BadRequest) -> Response:
        return _answer(request, 400, str(e))

    @app.exception_handler(RequestValidationError)
    def invalid(request: Request, e: RequestValidationError) -> Response:
        return _answer(request, 400, _validation_message(e))

    @app.exception_handler(NotFound)
    def not_found(request: Request, e: NotFound) -> Response:
        return _answer(request, 404, str(e))

    @app.exception_handler(HTTPException)
    def http_error(request: Request, e: HTTPException) -> Response:
        message = {404: "no such page", 405: "this address only answers GET"}.get(e.status_code, str(e.detail))
        response = _answer(request, e.status_code, message)
        if e.headers:
            response.headers.update(e.headers)
        return response

    @app.exception_handler(TooSlow)
    def too_slow(request: Request, e: TooSlow) -> Response:
        return _answer(request, 503, f"{e}: narrow the request (a shorter span, a filter)")

    @app.exception_handler(StoreError)
    def unreadable(request: Request, e: StoreError) -> Response:
        log.error("store error: %s", e)
        return _answer(request, 503, f"the store cannot be read: {e}")

    @app.exception_handler(Exception)
    def unexpected(request: Request, e: Exception) -> Response:
        log.error("unexpected error on %s", request.url.path, exc_info=e)
        return _answer(request, 500, "an unexpected error; it is logged on the server")
