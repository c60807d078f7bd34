"""Loads the HTML report in headless Chromium: right-to-left layout, and a digest link that
brings its highlighted source span into view. Leaves a screenshot in artifacts/."""
import os
import shutil

import pytest

from khulasa.render import to_html

from .conftest import ROOT

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
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        )
        yield b
        b.close()


@pytest.mark.parametrize("viewport", [{"width": 390, "height": 844}, {"width": 1280, "height": 900}], ids=["phone", "desktop"])
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
