"""The views in a real headless Chromium: no console errors, actor selection, keyboard, 375 px, print.

Skipped when Chromium is missing (``apt-get install chromium``); CI installs it. Screenshots go
to ``artifacts/`` at the repository root. ``LLMEXTRACT_DOCS_SCREENSHOT=1`` also rewrites
``docs/view.png``, the picture in the README.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cdp_pipe import Browser, Page, find_chromium, launched
from conftest import ROOT, make_extraction
from reportdata import report

from llmextract.html.report import render_report_html
from llmextract.html.view import write_views
from llmextract.schema import Extraction

ARTIFACTS = ROOT / "artifacts"
PNG = b"\x89PNG\r\n\x1a\n"
CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (apt-get install chromium); CI installs it"
)

MARKED = (
    "Array.from(document.querySelectorAll('#text mark.q.is-marked[tabindex]'))"
    ".map(m => m.dataset.quote).sort()"
)
OpenPage = Callable[..., Page]
NO_HSCROLL = "document.documentElement.scrollWidth <= document.documentElement.clientWidth"


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    assert CHROMIUM is not None
    with launched(CHROMIUM, tmp_path_factory.mktemp("chromium-profile")) as browser:
        yield browser


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from conftest import example_results

    extractions = [Extraction.model_validate_json(p.read_text(encoding="utf-8")) for p in example_results()]
    long_word = "https://example.invalid/" + "x" * 300
    hostile = make_extraction(
        f'Ana Reyes said "<script>alert(1)</script>" and " onmouseover="alert(2)". See {long_word} now.',
        [("q1", "<script>alert(1)</script>", "a1"), ("q2", '" onmouseover="alert(2)', "a2")],
        actor_names=("<b>Ana</b> Reyes", "Bo Lind"),
        article_id="hostile",
    )
    out = tmp_path_factory.mktemp("views")
    paths = write_views([*extractions, hostile], out)
    (out / "report.html").write_text(render_report_html(report()), encoding="utf-8")
    reviewed = tmp_path_factory.mktemp("review")  # the review mode passes the same checks
    review = write_views([extractions[1], hostile], reviewed, review=True)
    return {p.stem: p for p in paths} | {
        "report": out / "report.html",
        "review": review[0],
        "review-hostile": review[1],
    }


@pytest.fixture
def open_page(browser: Browser) -> Iterator[OpenPage]:
    opened: list[Page] = []

    def _open(path: Path, width: int = 1280, height: int = 900) -> Page:
        page = browser.new_page(width, height)
        opened.append(page)
        page.goto(path)
        return page

    yield _open
    for page in opened:
        page.close()


def _quotes_of(extraction_path: Path, actor_id: str) -> list[str]:
    ex = Extraction.model_validate_json(
        (ROOT / "examples" / "results" / f"{extraction_path.stem}.json").read_text(encoding="utf-8")
    )
    return sorted(q.id for q in ex.quotes if q.speaker_id == actor_id)


def test_pages_load_without_console_errors_or_network(open_page: OpenPage, pages: dict[str, Path]) -> None:
    for name in (
        "ministers-rail-fund",
        "harbour-wind-farm",
        "hostile",
        "index",
        "report",
        "review",
        "review-hostile",
    ):
        page = open_page(pages[name])
        assert page.js("document.readyState") == "complete"
        assert page.problems() == [], name
        assert page.js("document.querySelectorAll('b, img').length") == 0


def test_clicking_an_actor_marks_their_quotes(open_page: OpenPage, pages: dict[str, Path]) -> None:
    path = pages["ministers-rail-fund"]
    page = open_page(path)
    assert page.js(MARKED) == []
    page.click('.actor[data-actor="a2"]')
    assert page.js(MARKED) == _quotes_of(path, "a2")
    assert (
        page.js("document.querySelector('.actor[data-actor=\"a2\"]').getAttribute('aria-pressed')") == "true"
    )
    assert page.js("document.getElementById('status').textContent").startswith("4 quotes by Omar Lindqvist")
    assert page.js("document.querySelector('.node-actor.is-marked').dataset.actor") == "a2"
    page.screenshot(ARTIFACTS / "view-actor-selected.png")
    page.click('.node-actor[data-actor="a1"]')  # the graph selects too
    assert page.js(MARKED) == _quotes_of(path, "a1")
    page.press("Escape", "Escape", 27)
    assert page.js(MARKED) == []
    assert page.problems() == []


def test_hovering_a_quote_or_an_edge_shows_its_details(open_page: OpenPage, pages: dict[str, Path]) -> None:
    page = open_page(pages["ministers-rail-fund"])
    tip = "document.getElementById('tip').hidden ? '' : document.getElementById('tip').textContent"
    assert page.js(tip) == ""
    page.hover("#quote-q8")
    assert page.js(tip).startswith("Greta Solberg") and "cue “said”" in page.js(tip)
    page.hover('.edge[data-stance="s1"] .line')
    assert page.js(tip) == "Dana Kessler supports the rail fund freeze“The fund stays frozen”"
    page.hover("h1")
    assert page.js(tip) == ""
    assert page.problems() == []


def test_keyboard_reaches_quotes_and_actors_and_shows_details(
    open_page: OpenPage, pages: dict[str, Path]
) -> None:
    page = open_page(pages["ministers-rail-fund"])
    active = "document.activeElement.dataset.quote || document.activeElement.dataset.actor || ''"
    page.press("Tab", "Tab", 9)
    assert page.js(active) == "q1"
    assert page.js("document.getElementById('tip').hidden") is False
    tip = page.js("document.getElementById('tip').textContent")
    assert tip.startswith("Dana Kessler") and "direct speech" in tip and "cue “told”" in tip
    page.press("Tab", "Tab", 9)
    assert page.js(active) == "q2"
    assert "stance: Dana Kessler supports the rail fund freeze" in page.js(
        "document.getElementById('tip').textContent"
    )
    for _ in range(40):
        page.press("Tab", "Tab", 9)
        if page.js("document.activeElement.classList.contains('actor')"):
            break
    assert page.js(active) == "a1"
    assert "Enter or click: mark their quotes" in page.js("document.getElementById('tip').textContent")
    page.press("Enter", "Enter", 13)
    assert page.js(MARKED) == _quotes_of(pages["ministers-rail-fund"], "a1")
    page.press("Escape", "Escape", 27)
    assert page.js("document.getElementById('tip').hidden") is True


@pytest.mark.parametrize(
    "name",
    ["ministers-rail-fund", "harbour-wind-farm", "hostile", "index", "report", "review", "review-hostile"],
)
def test_readable_at_375_px_without_horizontal_scroll(
    open_page: OpenPage, pages: dict[str, Path], name: str
) -> None:
    page = open_page(pages[name], width=375, height=800)
    assert page.js("document.documentElement.clientWidth") == 375
    assert page.js(NO_HSCROLL), page.js("document.documentElement.scrollWidth")
    if name != "index" and name != "report":
        # A quote's details tip must stay on screen too.
        page.js("document.querySelectorAll('#text mark.q[tabindex]')[1].focus()")
        assert page.js("document.getElementById('tip').hidden") is False
        assert page.js(NO_HSCROLL)
        assert page.js("document.getElementById('tip').getBoundingClientRect().right") <= 375
    page.screenshot(ARTIFACTS / f"{name}-375.png", full_page=True)
    assert (ARTIFACTS / f"{name}-375.png").read_bytes().startswith(PNG)


def test_print_layout_is_one_column_without_the_tip(open_page: OpenPage, pages: dict[str, Path]) -> None:
    page = open_page(pages["ministers-rail-fund"])
    page.js("document.querySelector('#text mark.q[tabindex]').focus()")
    page.call("Emulation.setEmulatedMedia", {"media": "print"})
    assert page.js("getComputedStyle(document.querySelector('.layout')).display") == "block"
    assert page.js("getComputedStyle(document.getElementById('tip')).display") == "none"
    pdf = base64.b64decode(page.call("Page.printToPDF", {"printBackground": True})["data"])
    assert pdf.startswith(b"%PDF")
    (ARTIFACTS / "ministers-rail-fund.pdf").write_bytes(pdf)


def test_report_table_sorts_by_a_column(open_page: OpenPage, pages: dict[str, Path]) -> None:
    page = open_page(pages["report"])
    column = (
        "Array.from(document.querySelectorAll('table.sortable')[0].tBodies[0].rows)"
        ".map(r => r.cells[2].dataset.sort)"
    )
    page.click("table.sortable th:nth-child(3) button")
    values = page.js(column)
    defined = [float(v) for v in values if v]
    assert defined == sorted(defined)
    assert all(values[: len(defined)]) and not any(values[len(defined) :])  # undefined last
    page.click("table.sortable th:nth-child(3) button")
    defined = [float(v) for v in page.js(column) if v]
    assert defined == sorted(defined, reverse=True)
    assert (
        page.js("document.querySelector('table.sortable th:nth-child(3)').getAttribute('aria-sort')")
        == "descending"
    )
    page.screenshot(ARTIFACTS / "report.png")
    assert page.problems() == []


def test_screenshot_of_the_view(open_page: OpenPage, pages: dict[str, Path]) -> None:
    page = open_page(pages["ministers-rail-fund"], width=1200, height=820)
    page.js("document.getElementById('quote-q5').focus()")
    shot = page.screenshot(ARTIFACTS / "view.png")
    assert shot.read_bytes().startswith(PNG) and shot.stat().st_size > 10_000
    if os.environ.get("LLMEXTRACT_DOCS_SCREENSHOT") == "1":
        page.resize(1280, 1240)  # tall enough for the stance graph; resizing hides the tip
        page.js("document.activeElement.blur(); document.getElementById('quote-q5').focus()")
        page.screenshot(ROOT / "docs" / "view.png", scale=0.75)
