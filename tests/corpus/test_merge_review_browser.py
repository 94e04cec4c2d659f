"""The merges review in Chromium: choices download as an aliases file the next build obeys."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cdp_pipe import TIMEOUT, Browser, find_chromium, launched

from corpus.results_fixture import MARTA_1, MARTA_2, OSKAR, VELDE_AS_MR, VELDE_ONLY, write_results
from llmextract.corpus import build, load_aliases
from llmextract.corpus.writer import write_corpus

CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)"
)
RESULTS = [MARTA_1, MARTA_2, OSKAR, VELDE_AS_MR, VELDE_ONLY]


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    assert CHROMIUM is not None
    with launched(CHROMIUM, tmp_path_factory.mktemp("chromium-profile")) as browser:
        yield browser


def choose(page: object, index: int, value: str) -> None:
    page.js(  # type: ignore[attr-defined]
        f"(() => {{ const s = document.querySelectorAll('select.merge-choice')[{index}]; s.value = '{value}';"
        " s.dispatchEvent(new Event('change')); })()"
    )


def test_split_and_join_download_as_the_aliases_file(browser: Browser, tmp_path: Path) -> None:
    results = write_results(tmp_path / "r.jsonl", RESULTS)
    tables = build([results])
    dashboard = write_corpus(tables, tmp_path / "out")[-1]
    page = browser.new_page(1100, 900)
    try:
        page.goto(dashboard)
        kinds = page.js(
            "Array.from(document.querySelectorAll('select.merge-choice')).map(s => s.dataset.kind)"
        )
        split, join = kinds.index("split"), kinds.index("join")
        choose(page, split, "split")
        choose(page, join, "Oskar Velde")
        assert page.js("document.getElementById('aliases-status').textContent") == "2 choices"
        folder = tmp_path / "downloads"
        folder.mkdir()
        browser.call("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(folder)})
        page.click("#aliases-download")
        target = folder / "aliases.json"
        deadline = time.monotonic() + TIMEOUT  # a guard against a hung download, not a timing check
        while not target.is_file() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert page.problems() == []
    finally:
        page.close()
    aliases = load_aliases(target)  # the loader 'corpus --aliases' uses
    split_name = next(r["name"] for r in tables.merges.to_pylist() if r["canonical"] == "Marta Velde"
                      and r["name"] != "Marta Velde")  # fmt: skip
    assert aliases.never_merge == [("Marta Velde", split_name)]
    assert aliases.aliases == {"Velde": "Oskar Velde"}
    again = build([results], aliases=aliases)
    names = {r["name"]: r["actor_id"] for r in again.merges.to_pylist() if r["canonical"] == "Oskar Velde"}
    assert "Velde" in names  # the kept-apart surname joined the person chosen
    assert not any(str(r["rule"]).startswith("kept apart") for r in again.merges.to_pylist())
