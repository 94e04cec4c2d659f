"""The dashboard in a real headless Chromium: no console errors, keyboard to a person's quotes, print.

Skipped when Chromium is missing (``apt-get install chromium``), like the article view's test.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest
from cdp_pipe import Browser, find_chromium, launched

from corpus.results_fixture import MARTA_1, MARTA_2, OSKAR, VELDE_ONLY, write_results
from llmextract.corpus import build
from llmextract.corpus.writer import write_corpus

CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)"
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    assert CHROMIUM is not None
    with launched(CHROMIUM, tmp_path_factory.mktemp("chromium-profile")) as browser:
        yield browser


@pytest.fixture(scope="module")
def dashboard(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    tables = build([write_results(folder / "r.jsonl", [MARTA_1, MARTA_2, VELDE_ONLY, OSKAR])])
    return write_corpus(tables, folder / "out")[-1]


def test_dashboard_loads_and_the_keyboard_reaches_a_persons_quotes(browser: Browser, dashboard: Path) -> None:
    page = browser.new_page(1100, 900)
    try:
        page.goto(dashboard)
        assert page.js("document.readyState") == "complete"
        assert (
            page.js("document.querySelectorAll('svg.bars a.bar-link').length") == 4
        )  # Marta, Ansel, Oskar, the lone Velde
        for _ in range(30):  # the skip link, the section links, then the bars
            page.press("Tab", "Tab", 9)
            if page.js("document.activeElement.classList.contains('bar-link')"):
                break
        target = page.js("document.activeElement.getAttribute('href')")
        assert target.startswith("#person-")
        page.press("Enter", "Enter", 13)
        assert page.js("location.hash") == target
        assert page.js(f"document.querySelector('{target} h3').textContent") == "Marta Velde"
        assert page.js(f"document.querySelectorAll('{target} li.quote a[href]').length") == 3
        assert page.js("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        assert page.problems() == []
    finally:
        page.close()


def test_dashboard_prints_without_navigation(browser: Browser, dashboard: Path) -> None:
    page = browser.new_page(375, 800)
    try:
        page.goto(dashboard)
        assert page.js("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        page.call("Emulation.setEmulatedMedia", {"media": "print"})
        assert page.js("getComputedStyle(document.querySelector('header nav')).display") == "none"
        pdf = base64.b64decode(page.call("Page.printToPDF", {"printBackground": True})["data"])
        assert pdf.startswith(b"%PDF")
    finally:
        page.close()
