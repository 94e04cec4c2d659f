"""The eval report's cost section in a real headless Chromium: the plot's points, its band and the
cheapest run marked, at desktop width and at 375 px. Skipped when Chromium is missing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cdp_pipe import Browser, Page, find_chromium, launched
from conftest import ROOT
from costdata import costed_report

from llmextract.html.report import render_report_html

ARTIFACTS = ROOT / "artifacts"
CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (apt-get install chromium); CI installs it"
)
POINTS = "Array.from(document.querySelectorAll('.cost-plot .point'))"


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    assert CHROMIUM is not None
    with launched(CHROMIUM, tmp_path_factory.mktemp("chromium-profile")) as browser:
        yield browser


@pytest.fixture
def page_of(browser: Browser, tmp_path: Path) -> Iterator[object]:
    path = tmp_path / "report.html"
    path.write_text(render_report_html(costed_report()), encoding="utf-8")
    opened: list[Page] = []

    def open_at(width: int) -> Page:
        page = browser.new_page(width, 900)
        opened.append(page)
        page.goto(path)
        others = "main > section:not([aria-labelledby=h-cost])"
        page.js(f"for (const s of document.querySelectorAll('{others}')) s.remove()")
        return page

    yield open_at
    for page in opened:
        page.close()


def test_the_plot_places_priced_runs_by_cost_and_rings_the_cheapest_within_the_interval(page_of) -> None:  # type: ignore[no-untyped-def]
    page = page_of(1280)
    page.screenshot(ARTIFACTS / "report-cost.png", full_page=True)
    names = page.js(f"{POINTS}.map(g => g.querySelector('text').textContent)")
    assert names == ["gpt-4.1 / extraction@v3", "gpt-4o-mini / extraction@v3", "gpt-4.1-nano / extraction@v3"]
    assert page.js("document.querySelector('.cost-plot .cheapest .note-label').textContent") == (
        "cheapest within the interval"
    )
    xs = page.js(f"{POINTS}.map(g => g.querySelector('circle').getBoundingClientRect().x)")
    assert xs[2] < xs[1] < xs[0], "cheaper runs lie further left"
    assert page.js("document.querySelectorAll('.cost-plot .cheapest').length") == 1
    inside = page.js(
        "(() => { const b = document.querySelector('.cost-plot .band').getBoundingClientRect();"
        " const c = document.querySelector('.cost-plot .cheapest circle').getBoundingClientRect();"
        " const y = c.y + c.height / 2; return b.top <= y && y <= b.bottom; })()"
    )
    nano_outside = page.js(
        "(() => { const b = document.querySelector('.cost-plot .band').getBoundingClientRect();"
        f" const c = {POINTS}[2].querySelector('circle').getBoundingClientRect();"
        " return c.y > b.bottom; })()"
    )
    assert inside and nano_outside
    svg_right = page.js("document.querySelector('.cost-plot svg').getBoundingClientRect().right")
    assert all(r <= svg_right + 1 for r in page.js(f"{POINTS}.map(g => g.getBoundingClientRect().right)"))
    assert "Not placed (no known price or no joint F1)" in page.js(
        "document.getElementById('h-cost').parentElement.innerText"
    )
    assert page.js("document.querySelector('b[onclick]')") is None  # a run name is text, never markup
    assert "gpt-4o-mini / extraction@v3" in page.js(
        "document.querySelector('.cost-choice strong').textContent"
    )
    page.screenshot(ARTIFACTS / "report-cost.png")
    assert page.problems() == []


def test_the_cost_section_fits_375_px(page_of) -> None:  # type: ignore[no-untyped-def]
    page = page_of(375)
    assert page.js("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    assert page.js("document.querySelector('.cost-plot svg').getBoundingClientRect().width") <= 375
    page.screenshot(ARTIFACTS / "report-cost-375.png")
    assert page.problems() == []
