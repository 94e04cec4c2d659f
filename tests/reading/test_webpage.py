"""HTML news pages: the article's text and title, never the page around it; quotes ground exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llmextract import Article, InputError, extract, load_article
from llmextract.batch.inputs import FOLDER_SUFFIXES
from llmextract.reading.webpage import looks_like_html

PAGE = Path(__file__).resolve().parents[2] / "examples" / "html" / "harbour-ferry.html"
BOILERPLATE = (
    "cookie",
    "Accept",
    "Most read",
    "Best chips",
    "Storm warning",
    "Subscribe",
    "©",
    "dataLayer",
    "analytics",
    "Home",
    "Weather",
    "Privacy",
)


def test_page_gives_clean_text_title_and_source() -> None:
    article = load_article(PAGE)
    assert article.id == "harbour-ferry"
    assert article.title == "Harbour City closes its ferry terminal"
    assert article.text.startswith("Harbour City council voted on Tuesday")
    assert "“We will fight this in every court we can find,” union secretary Lena Brandt" in article.text
    assert not [word for word in BOILERPLATE if word in article.text]
    assert article.metadata["source_url"] == "https://courier.example/news/harbour-city-ferry-terminal"
    assert article.metadata["source_html"] == str(PAGE)
    assert article.metadata["lang"] == "en"


def test_quotes_of_a_page_ground_exactly_and_nothing_comes_from_the_page_around_it() -> None:
    article = load_article(PAGE)
    result = extract(article, model="baseline")
    assert result.quotes
    for q in result.quotes:
        assert q.alignment == "exact"
        assert article.text[q.start : q.end] == q.text
    said = {q.text for q in result.quotes}
    assert "“The terminal has cost this city far too much,”" in said
    assert not any("cookies" in t or "chips" in t for t in said)
    assert "Harbour Courier" not in {a.name for a in result.actors}


@pytest.mark.parametrize("suffix", [".txt", ".htm"])
def test_html_is_recognised_by_suffix_or_by_content(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"page{suffix}"
    path.write_text(PAGE.read_text(encoding="utf-8"), encoding="utf-8")
    assert load_article(path).title == "Harbour City closes its ferry terminal"


def test_html_in_a_json_text_field_is_extracted_and_json_keys_win(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"text": PAGE.read_text(encoding="utf-8"), "lang": "en-GB"}), encoding="utf-8")
    article = load_article(path)
    assert article.text.startswith("Harbour City council")
    assert article.metadata["lang"] == "en-GB"
    assert "source_html" not in article.metadata  # the page was inside the JSON, not a file of its own


def test_a_page_without_article_text_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text(
        "<html><head><title>Gone</title><script>var x = 1;</script></head><body></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="no article text"):
        load_article(path)


def test_plain_text_mentioning_tags_is_not_html() -> None:
    assert not looks_like_html("The <p> tag starts a paragraph, the council was told.")
    assert looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>")
    assert Article(text="Use <b>bold</b> sparingly, he said.").text.startswith("Use <b>")


def test_folders_include_html_pages() -> None:
    assert {".html", ".htm"} <= set(FOLDER_SUFFIXES)
