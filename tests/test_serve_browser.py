"""khulasa serve in headless Chromium, over a real uvicorn server in a thread: search for
الغوطة, open the story, click a figure (a value of the claims table on a phone, a point of a
track's step chart on a desktop) and land on its article with that quote highlighted; right to
left; phone and desktop sizes (screenshots left in artifacts/); a hostile article's markup
shows as text and runs nothing; a storyline page on a phone, from the storyline listing, with
no sideways scroll."""
from __future__ import annotations

import socket
import threading
import time
from urllib.parse import quote

import pytest

from .conftest import ROOT
from .test_browser import browser  # noqa: F401  (the Chromium fixture, skipped or failed as there)
from .test_serve import HOSTILE, HOSTILE_ID, shared_app
from .test_serve_storylines import shared_line_app

pytestmark = pytest.mark.browser
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1366, "height": 900}}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    yield from _serving(shared_app(tmp_path_factory))


@pytest.fixture(scope="module")
def line_server(tmp_path_factory):
    yield from _serving(shared_line_app(tmp_path_factory))


def _serving(app):
    """The application served by uvicorn in a thread, until the generator is closed."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


def _shot(page, name: str) -> None:
    out = ROOT / "artifacts"
    out.mkdir(exist_ok=True)
    page.screenshot(path=str(out / name), full_page=False)


@pytest.mark.parametrize("size", list(VIEWPORTS))
def test_search_story_figure_to_its_quote(browser, server, size):  # noqa: F811
    viewport = VIEWPORTS[size]
    page = browser.new_page(viewport=viewport)
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(server + "/")
    assert page.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
    assert page.evaluate("document.documentElement.getAttribute('dir')") == "rtl"
    _shot(page, f"serve-front-{size}.png")
    page.fill("input[name=q]", "الغوطة")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/search?q=*")
    assert page.locator("section.group").count() >= 1
    _shot(page, f"serve-search-{size}.png")
    page.locator("section.group h3 a").first.click()
    page.wait_for_url("**/story/*")
    assert page.locator("ol.digest li").count() >= 1
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert page.locator("figure.track svg.track").count() >= 1
    if size == "phone":  # a value of the claims table
        figure = page.locator("table.claims a.value").first
        expected = figure.get_attribute("data-quote")
    else:  # a point of a track's step chart: what its article's text holds at that span
        figure = page.locator("figure.track svg.track a").first
        path, span = (figure.get_attribute("href") or "").split("#f-")
        start, end = map(int, span.split("-"))
        text = page.request.get(server + "/api/articles/" + path.removeprefix("/article/")).json()["text"]
        expected = text[start:end]
    figure.scroll_into_view_if_needed()
    _shot(page, f"serve-story-{size}.png")
    figure.click()
    page.wait_for_url("**/article/**#f-*")
    target = page.locator(":target")
    assert target.count() == 1
    assert target.get_attribute("class") == "f"
    assert expected and target.inner_text() == expected
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < viewport["height"]  # scrolled into view
    assert page.evaluate("getComputedStyle(document.querySelector(':target')).backgroundColor") == "rgb(255, 213, 79)"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    _shot(page, f"serve-article-{size}.png")
    assert all(u.startswith(server) for u in requests), [u for u in requests if not u.startswith(server)]
    page.close()


def test_hostile_article_shows_as_text(browser, server):  # noqa: F811
    page = browser.new_page(viewport=VIEWPORTS["desktop"])
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    aleppo = quote("حلب")
    paths = ["/", f"/article/{quote(HOSTILE_ID, safe='')}", f"/search?q={aleppo}", f"/figures?place={aleppo}"]
    for path in paths:
        page.goto(server + path)
        assert page.evaluate("document.querySelectorAll('script, img, iframe, object').length") == 0, path
    page.goto(server + f"/article/{quote(HOSTILE_ID, safe='')}")
    assert page.locator("h1").inner_text() == HOSTILE["title"]
    assert "<script>alert(1)</script>" in page.locator("#text").inner_text()
    story = page.locator("a", has_text="قصتها").get_attribute("href")
    page.goto(server + story)
    assert page.evaluate("document.querySelectorAll('script, img, iframe, object').length") == 0
    assert dialogs == []
    _shot(page, "serve-hostile-desktop.png")
    page.close()


def test_storyline_page_on_a_phone(browser, line_server):  # noqa: F811
    """From the storyline listing to a storyline page at 390 px: its events in time order, its
    step charts, nothing wider than the screen; an event's title leads to its story page, which
    leads back."""
    viewport = VIEWPORTS["phone"]
    page = browser.new_page(viewport=viewport)
    page.goto(line_server + "/?level=storyline&since=2018-01-01")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    page.locator("article.storyline h3 a").first.click()
    page.wait_for_url("**/storyline/*")
    days = page.locator("ol.events li > time").evaluate_all("ts => ts.map(t => t.getAttribute('datetime'))")
    assert len(days) == 3 and days == sorted(days)
    assert page.locator("figure.track svg.track").count() >= 1
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert page.evaluate("document.querySelectorAll('script, img, iframe, object').length") == 0
    _shot(page, "serve-storyline-phone.png")
    here = page.url
    page.locator("ol.events a.event").first.click()
    page.wait_for_url("**/story/*")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    page.locator("p.line a").click()
    page.wait_for_url(here)
    page.close()
