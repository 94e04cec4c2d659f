"""The review mode in a real headless Chromium: load, edit, keep, download, and the gold it gives.

Skipped when Chromium is missing, like the other browser tests. The downloaded line must load
with the gold loader ``eval`` and ``score`` use, and score 100% against itself.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cdp_pipe import TIMEOUT, Browser, Page, find_chromium, launched
from conftest import ROOT
from review_sample import TEXT, sample_extraction
from typer.testing import CliRunner

from llmextract.cli.app import app
from llmextract.evaluation.gold import GoldArticle, gold_to_extraction, load_gold
from llmextract.evaluation.scorer import compute_figures, score_article
from llmextract.html.view import write_views

CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (apt-get install chromium); CI installs it"
)
ARTIFACTS = ROOT / "artifacts"
OpenPage = Callable[..., Page]
STATUS = "document.getElementById('rv-status').textContent"
LINE = "JSON.parse(document.getElementById('rv-line').value)"


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    assert CHROMIUM is not None
    with launched(CHROMIUM, tmp_path_factory.mktemp("review-profile")) as browser:
        yield browser


@pytest.fixture
def page_path(tmp_path: Path) -> Path:
    """A fresh folder (so a fresh local storage key would still collide: tests clear it)."""
    [page, _index] = write_views([sample_extraction()], tmp_path / "views", review=True)
    return page


@pytest.fixture
def open_page(browser: Browser) -> Iterator[OpenPage]:
    opened: list[Page] = []

    def _open(path: Path, width: int = 1280, height: int = 900) -> Page:
        page = browser.new_page(width, height)
        opened.append(page)
        page.goto(path)
        page.js("localStorage.clear()")  # file pages share one storage: start from the results
        reload(page)
        return page

    yield _open
    for page in opened:
        page.close()


def reload(page: Page) -> None:
    page.call("Page.reload")
    page.browser.wait_event("Page.loadEventFired", page.session)


def units(index: int) -> int:
    """A Python index of TEXT in UTF-16 units, as the browser counts."""
    return len(TEXT[:index].encode("utf-16-le")) // 2


def select_words(page: Page, part: str) -> None:
    """Select ``part`` of the article text in the page, as a reader's mouse would."""
    start = units(TEXT.index(part))
    end = start + len(part.encode("utf-16-le")) // 2
    page.js(
        "(() => { const w = document.createTreeWalker("
        "  document.getElementById('text'), NodeFilter.SHOW_TEXT);"
        " const r = document.createRange(); let pos = 0, n, started = false;"
        " while ((n = w.nextNode())) { const l = n.data.length;"
        f"  if (!started && {start} < pos + l) {{ r.setStart(n, {start} - pos); started = true; }}"
        f"  if ({end} <= pos + l) {{ r.setEnd(n, {end} - pos); break; }} pos += l; }}"
        " const s = getSelection(); s.removeAllRanges(); s.addRange(r); })()"
    )
    wait_for_selection(page, part)


def wait_for_selection(page: Page, part: str) -> None:
    """Until the page has read the selection: "selectionchange" runs as a task of its own, after
    the script that selected returns, so one evaluation later is not enough on a loaded machine."""
    shown = "document.getElementById('rv-selection').textContent"
    deadline = time.monotonic() + TIMEOUT  # a guard against a page that never reads it
    while page.js(shown) != f"Selected: “{part}”" and time.monotonic() < deadline:
        time.sleep(0.02)
    assert page.js(shown) == f"Selected: “{part}”"


def choose(page: Page, select_id: str, value: str) -> None:
    page.js(
        f"(() => {{ const s = document.getElementById({json.dumps(select_id)});"
        f" s.value = {json.dumps(value)};"
        " s.dispatchEvent(new Event('change', {bubbles: true})); })()"
    )


def download(browser: Browser, page: Page, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    browser.call("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(folder)})
    page.click("#rv-download")
    target = folder / "tidewater-ferry.gold.jsonl"
    deadline = time.monotonic() + TIMEOUT  # a guard against a hung download, not a timing check
    while not target.is_file() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert target.is_file(), sorted(p.name for p in folder.iterdir())
    return target


def full_marks(gold: GoldArticle) -> None:
    figures = compute_figures(score_article(gold, gold_to_extraction(gold)))
    defined = {k: v for k, v in figures.items() if v is not None}
    assert defined and all(v == 1.0 for v in defined.values()), defined


def test_the_page_loads_clean_and_its_line_is_the_result(open_page: OpenPage, page_path: Path) -> None:
    page = open_page(page_path)
    assert page.problems() == []
    assert page.js("document.getElementById('text').textContent") == TEXT
    assert page.js(STATUS).startswith("0 of 4 quotes, 0 of 3 actors, 0 of 2 stances reviewed")
    line = page.js(LINE)
    gold = GoldArticle.model_validate(line)  # the loader's checks: every text[start:end] is exact
    assert [q.speaker for q in gold.quotes] == ["Ilse Brandt", "Ilse Brandt", "Tomas Vik", None]
    assert [(s.holder, s.target) for s in gold.stances] == [
        ("Harbour Guild", "the ferry plan"),
        ("Ilse Brandt", "Harbour Guild"),
    ]


def test_edit_download_and_score_100_against_itself(
    browser: Browser, open_page: OpenPage, page_path: Path, tmp_path: Path
) -> None:
    page = open_page(page_path)
    page.click("#rv-q1-right")
    page.click("#rv-q4-wrong")
    page.click("#rv-s2-wrong")
    choose(page, "rv-q2-kind", "indirect")
    select_words(page, "votes on the ferry")  # after the astral character: units and points differ
    page.click("#rv-add-quote")
    select_words(page, "Critics")
    page.click("#rv-add-actor")
    new_actor = page.js("document.querySelector('#rv-actors li:last-child').dataset.actor")
    choose(page, f"rv-{new_actor}-type", "group")
    choose(page, "rv-a3-into", "a2")
    page.click("#rv-a3-merge")  # Tomas Vik speaks for the Guild here: one actor
    page.click("#rv-a1-split")  # 'Brandt' split off Ilse Brandt, with the quote it speaks
    assert "Brandt is now an actor of its own" in page.js(STATUS)
    assert page.problems() == []
    page.screenshot(ARTIFACTS / "review.png", full_page=True, scale=0.6)
    if os.environ.get("LLMEXTRACT_DOCS_SCREENSHOT") == "1":  # the picture in the README
        page.resize(1200, 1500)
        page.js("window.scrollTo(0, 0)")
        page.screenshot(ROOT / "docs" / "review.png", scale=0.6)

    [gold] = load_gold(download(browser, page, tmp_path / "downloads"))
    assert gold.id == "tidewater-ferry" and gold.text == TEXT
    assert [(q.text, q.kind, q.speaker) for q in gold.quotes] == [
        ("votes on the ferry", "indirect", None),
        ("the ferry would run all winter", "indirect", "Ilse Brandt"),
        ("“We will not leave the islands alone,”", "indirect", "Brandt"),
        ("The Harbour Guild opposes the plan", "indirect", "Harbour Guild"),
    ]
    assert {a.name: (a.type, a.aliases) for a in gold.actors} == {
        "Ilse Brandt": ("person", []),
        "Harbour Guild": ("organization", ["Tomas Vik"]),
        "Critics": ("group", []),
        "Brandt": ("person", []),
    }
    assert [(s.holder, s.target, s.polarity) for s in gold.stances] == [
        ("Harbour Guild", "the ferry plan", "oppose")
    ]
    full_marks(gold)
    downloaded = tmp_path / "downloads" / "tidewater-ferry.gold.jsonl"
    run = CliRunner().invoke(
        app,
        [
            "eval",
            str(downloaded),
            "-m",
            "baseline",
            "--resamples",
            "0",
            "--predictions-dir",
            str(tmp_path / "p"),
        ],
    )
    assert run.exit_code == 0, run.output
    assert (
        "Gold: " in run.stdout and "(1 articles)" in run.stdout
    )  # eval reads the line and scores a model on it


def test_work_is_kept_in_local_storage(open_page: OpenPage, page_path: Path, browser: Browser) -> None:
    page = open_page(page_path)
    page.click("#rv-q2-wrong")
    choose(page, "rv-s1-polarity", "support")
    assert "saved in this browser" in page.js(STATUS)
    reload(page)  # the corrections come back
    assert "restored from this browser" in page.js(STATUS)
    assert page.js("document.getElementById('rv-q2-wrong').getAttribute('aria-pressed')") == "true"
    line = page.js(LINE)
    assert len(line["quotes"]) == 3 and line["stances"][0]["polarity"] == "support"
    page.js("window.confirm = () => true")
    page.click("#rv-reset")
    assert len(page.js(LINE)["quotes"]) == 4


def test_keyboard_marks_a_quote_and_reaches_its_card(open_page: OpenPage, page_path: Path) -> None:
    page = open_page(page_path)
    page.press("Tab", "Tab", 9)
    assert page.js("document.activeElement.dataset.quote") == "q1"
    page.press("w", "KeyW", 87)
    assert page.js("document.activeElement.id") == "quote-q1"  # focus stays on the quote
    assert page.js("document.getElementById('quote-q1').classList.contains('rv-wrong')")
    assert "q1 marked wrong" in page.js(STATUS)
    page.press("Enter", "Enter", 13)
    assert page.js("document.activeElement.id") == "rv-q1-right"
    page.press("Enter", "Enter", 13)  # a real button: Enter presses it
    assert page.js("document.getElementById('rv-q1-right').getAttribute('aria-pressed')") == "true"
    assert page.js("document.activeElement.id") == "rv-q1-right"  # redrawn, focus kept
    select_words(page, "Critics warned")
    alt_q = {"type": "rawKeyDown", "key": "q", "code": "KeyQ", "windowsVirtualKeyCode": 81, "modifiers": 1}
    page.call("Input.dispatchKeyEvent", alt_q)
    page.call("Input.dispatchKeyEvent", {**alt_q, "type": "keyUp"})
    assert "Critics warned" in [q["text"] for q in page.js(LINE)["quotes"]]
    assert page.problems() == []


def test_review_panel_fits_375_px(open_page: OpenPage, page_path: Path) -> None:
    page = open_page(page_path, width=375, height=800)
    assert page.js("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    page.screenshot(ARTIFACTS / "review-375.png", full_page=True)


def test_print_leaves_the_review_panel_out(open_page: OpenPage, page_path: Path) -> None:
    page = open_page(page_path)
    page.call("Emulation.setEmulatedMedia", {"media": "print"})
    assert page.js("getComputedStyle(document.getElementById('review')).display") == "none"
    assert page.js("getComputedStyle(document.getElementById('text')).display") == "block"


def test_text_the_html_parser_would_change_keeps_its_offsets(open_page: OpenPage, tmp_path: Path) -> None:
    """CRLF and a lone CR become LF when HTML is parsed; the page draws the text from its data."""
    text = (
        "Ferry vote\r\nMayor Ilse Brandt said the ferry would run.\rCritics warned that fares could double."
    )
    ex = sample_extraction().model_copy(deep=True)
    ex.article.text, ex.article.chars = text, len(text)
    ex.quotes, ex.stances, ex.actors = [], [], []
    [page_file, _] = write_views([ex], tmp_path / "crlf", review=True)
    page = open_page(page_file)
    assert page.js("document.getElementById('text').textContent") == text
    part = "fares could double"
    start = len(text[: text.index(part)].encode("utf-16-le")) // 2
    page.js(
        "(() => { const n = document.getElementById('text').firstChild; const r = document.createRange();"
        f" r.setStart(n, {start}); r.setEnd(n, {start + len(part)});"
        " const s = getSelection(); s.removeAllRanges(); s.addRange(r); })()"
    )
    wait_for_selection(page, part)
    page.click("#rv-add-quote")
    gold = GoldArticle.model_validate(page.js(LINE))
    assert [(q.start, q.text) for q in gold.quotes] == [(text.index(part), part)]
    assert page.problems() == []
