"""Loads the HTML report in headless Chromium: right-to-left layout, a digest link that brings
its highlighted source span into view, and at phone and desktop sizes citations drawn in reading
order, a claims table on screen with each value beside its source, charts that hold their text.
Leaves screenshots in artifacts/."""
import os
import shutil
from itertools import pairwise

import pytest

from khulasa.render import to_html

from .conftest import ROOT
from .test_render import hostile_digest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (.ci/run installs it)")
        pytest.skip("chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        yield b
        b.close()


@pytest.mark.parametrize(
    "viewport", [{"width": 390, "height": 844}, {"width": 1280, "height": 900}], ids=["phone", "desktop"]
)
def test_report_in_chromium(browser, seed_digest, tmp_path, viewport):
    report = tmp_path / "report.html"
    report.write_text(to_html(seed_digest), encoding="utf-8")
    page = browser.new_page(viewport=viewport)
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(report.as_uri())
    assert page.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # nothing wider than the screen on a phone
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")

    link = page.locator("ol.digest a").nth(2)
    href = link.get_attribute("href")
    sentence = link.inner_text()
    link.click()
    page.wait_for_function("h => location.hash === h", arg=href)
    target = page.locator(href.replace("#", "#", 1))
    assert target.inner_text() == sentence
    assert page.evaluate("h => document.querySelector(':target') === document.getElementById(h.slice(1))", href)
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < viewport["height"]  # scrolled into view
    bg = page.evaluate("h => getComputedStyle(document.getElementById(h.slice(1))).backgroundColor", href)
    assert bg in ("rgb(255, 213, 79)",)  # the :target highlight, not the plain mark colour
    # a value in the claims table leads to its figure, highlighted inside its sentence
    value = page.locator("table.claims a").first
    value_href = value.get_attribute("href")
    value.click()
    page.wait_for_function("h => location.hash === h", arg=value_href)
    figure = page.locator(value_href)
    assert figure.get_attribute("class") == "fig"
    box = figure.bounding_box()
    assert box is not None and 0 <= box["y"] < viewport["height"]
    # differing claims carry a chart with one bar per figure
    assert page.locator("svg.chart").count() >= 1
    assert page.locator("svg.chart").first.locator("rect").count() >= 2
    page.goto(report.as_uri() + href)

    out = ROOT / "artifacts"
    out.mkdir(exist_ok=True)
    page.screenshot(path=str(out / f"report-{viewport['width']}.png"))
    assert all(u.startswith("file://") for u in requests), requests
    page.close()


# --- the report reads right at phone and desktop sizes, whatever the input holds ------------

VIEWPORTS = [{"width": 390, "height": 844}, {"width": 1280, "height": 900}]

# every non-blank character of an element's text, in logical order, with where it is drawn
CHAR_BOXES = """el => {
  const out = [];
  const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const node = walk.currentNode;
    for (let i = 0; i < node.length; i++) {
      if (/\\s/.test(node.data[i])) continue;
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + 1);
      const b = r.getBoundingClientRect();
      out.push([node.data[i], b.left, b.top]);
    }
  }
  return out;
}"""

OUTSIDE = """(sel) => {
  const bad = [];
  for (const el of document.querySelectorAll(sel)) {
    const b = el.getBoundingClientRect();
    if (b.width && (b.left < -1 || b.right > window.innerWidth + 1))
      bad.push([el.tagName, el.className.baseVal ?? el.className, b.left, b.right]);
  }
  return bad;
}"""

CHART_TEXT_OUTSIDE = """() => {
  const bad = [];
  for (const svg of document.querySelectorAll('svg.chart')) {
    const s = svg.getBoundingClientRect();
    for (const t of svg.querySelectorAll('text')) {
      const b = t.getBoundingClientRect();
      if (b.left < s.left - 0.5 || b.right > s.right + 0.5 || b.top < s.top - 0.5 || b.bottom > s.bottom + 0.5)
        bad.push([t.textContent, b.left, b.right, s.left, s.right]);
    }
  }
  return bad;
}"""


def _load(browser, digest, tmp_path, viewport):
    report = tmp_path / f"report-{viewport['width']}.html"
    report.write_text(to_html(digest), encoding="utf-8")
    page = browser.new_page(viewport=viewport)
    page.goto(report.as_uri())
    return page


def _in_reading_order(boxes) -> bool:
    """Left-to-right text: each character right of the one before, or on a lower line."""
    return all(y1 > y0 + 6 or (abs(y1 - y0) <= 6 and x1 > x0) for (_, x0, y0), (_, x1, y1) in pairwise(boxes))


def _shot(page, name: str, selector: str | None = None) -> None:
    out = ROOT / "artifacts"
    out.mkdir(exist_ok=True)
    if selector:
        page.locator(selector).first.scroll_into_view_if_needed()
    page.screenshot(path=str(out / name))


@pytest.mark.parametrize("viewport", VIEWPORTS, ids=["phone", "desktop"])
def test_citations_read_id_then_span(browser, seed_digest, tmp_path, viewport):
    for digest in (seed_digest, hostile_digest()):
        page = _load(browser, digest, tmp_path, viewport)
        cites = page.locator("ol.digest .cite")
        assert cites.count() == len(digest.stories[0].digest)
        for k in range(cites.count()):
            e = digest.stories[0].digest[k]
            text = cites.nth(k).inner_text()
            assert text.endswith(f" {e.start}–{e.end}]"), text
            boxes = cites.nth(k).evaluate(CHAR_BOXES)
            assert _in_reading_order(boxes), (text, boxes)
        if digest is not seed_digest:
            # the id that spoofed [BBC 0–106] as [601–0 CBB] is written out, left to right
            assert cites.first.inner_text().startswith("[\\u202eBBC 0–")
            _shot(page, f"digest-hostile-{viewport['width']}.png")
        page.close()


@pytest.mark.parametrize("viewport", VIEWPORTS, ids=["phone", "desktop"])
def test_claims_fit_the_screen_with_values_beside_their_sources(browser, seed_digest, tmp_path, viewport):
    for name, digest in (("seeds", seed_digest), ("hostile", hostile_digest())):
        page = _load(browser, digest, tmp_path, viewport)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
        # no part of the table is off-screen (on a phone each claim is a card)
        assert page.evaluate(OUTSIDE, "table.claims, table.claims *") == []
        # each value sits with its source in one list item, so they cannot drift apart
        pairs = page.locator("table.claims ul.pairs > li")
        assert pairs.count() == sum(len(c.figures) for c in digest.stories[0].claims)
        for k in range(pairs.count()):
            li = pairs.nth(k)
            assert li.locator("a").count() == 1 and li.locator(".who").count() == 1
            box, value, who = li.bounding_box(), li.locator("a").bounding_box(), li.locator(".who").bounding_box()
            for b in (value, who):
                assert box["y"] - 1 <= b["y"] and b["y"] + b["height"] <= box["y"] + box["height"] + 1
        # chart text (labels and values) lies inside its chart
        assert page.locator("svg.chart").count() >= 1
        assert page.evaluate(CHART_TEXT_OUTSIDE) == []
        _shot(page, f"claims-{name}-{viewport['width']}.png", "table.claims")
        _shot(page, f"chart-{name}-{viewport['width']}.png", "svg.chart")
        page.close()


def test_timeline_marks_are_explained(browser, seed_digest, tmp_path):
    page = _load(browser, seed_digest, tmp_path, VIEWPORTS[0])
    also = page.locator("ol.timeline .also")
    assert also.count() >= 1
    n = also.first.inner_text().strip("(+)")
    assert also.first.get_attribute("title").startswith("ذُكر الحدث نفسه في ")
    assert n.isdigit()
    assert _in_reading_order(also.first.evaluate(CHAR_BOXES))  # (+4), not (4+)
    assert page.locator("p.legend").first.inner_text().startswith("(+ن) بعد جملة")
    _shot(page, "timeline-390.png", "ol.timeline")
    page.close()


def test_storylines_on_a_phone(browser, tmp_path):
    from .test_render_storylines import storylines_digest

    page = _load(browser, storylines_digest(), tmp_path, VIEWPORTS[0])
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert page.evaluate(OUTSIDE, "section.storyline, section.storyline *") == []
    # days read first – last, left to right, in the storyline's lists
    days = page.locator("section.storyline ol.events time.days").nth(1)
    assert days.inner_text() == "2018-03-09 – 2018-03-10" and _in_reading_order(days.evaluate(CHAR_BOXES))
    # an event leads to its section, and a point of the tracker to its quote, both brought into view
    for link, target in (("section.storyline ol.events > li > a", "section.story"), ("svg.track a", "mark.fig")):
        a = page.locator(link).nth(1)
        href = a.get_attribute("href")
        a.click()
        page.wait_for_function("h => location.hash === h", arg=href)
        assert page.evaluate("([h, sel]) => document.querySelector(':target') === document.querySelector(h)"
                             " && document.querySelector(h).matches(sel)", [href, target])
        box = page.locator(href).bounding_box()
        assert box is not None and box["y"] < VIEWPORTS[0]["height"]
    _shot(page, "storylines-390.png", "section.storyline")
    page.close()
