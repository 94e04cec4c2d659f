from __future__ import annotations

import asyncio
import io
import json
from pathlib import Path

import pytest

from llmextract.article import Article, decode_text, load_article
from llmextract.errors import InputError
from llmextract.pipeline import Extractor
from llmextract.reading.webpage import looks_like_html


def test_text_file_gets_its_stem_as_id(tmp_path: Path) -> None:
    path = tmp_path / "harbour-strike.txt"
    path.write_text("Dockworkers walked out, the union said.", encoding="utf-8")
    article = load_article(path)
    assert (article.id, article.text) == ("harbour-strike", "Dockworkers walked out, the union said.")


def test_json_file(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"id": "x1", "title": "T", "text": "Körber sagte: „Nein.“", "lang": "de"}))
    article = load_article(path)
    assert (article.id, article.title, article.metadata) == ("x1", "T", {"lang": "de"})
    assert article.text == "Körber sagte: „Nein.“"


def test_bom_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffThe mayor said no.".encode())
    assert load_article(path).text == "The mayor said no."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
    ],
)
def test_unusable_files_raise_input_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        load_article(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        load_article(tmp_path)


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text('{"text": "x",\n oops}')
    with pytest.raises(InputError, match="line 2"):
        load_article(path)


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"From stdin, she said.")))
    assert load_article("-").text == "From stdin, she said."


def test_default_id_is_a_hash_prefix() -> None:
    article = Article(text="Same text.")
    assert article.id == article.sha256[:12] == Article(text="Same text.").id
    with pytest.raises(InputError):
        Article(text="  ")


@pytest.mark.parametrize(
    "text",
    [
        "The page's <p> tag was the subject of the talk, said the designer.",
        "Profits rose 3 < 5 and 7 > 2, the minister said; </p> appeared once in a quote.",
        "She typed </div> and </span> on the whiteboard.",
    ],
)
def test_text_that_mentions_markup_is_not_html(text: str) -> None:
    assert not looks_like_html(text)
    assert Article(text=text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "<html><body>The vote</body></html>",
        "  <!doctype html>\n<title>x</title>",
        "<BODY>Mayor said no.</BODY>",
        "<h1>Vote</h1><p>One</p><p>Two</p>",
    ],
)
def test_html_pages_are_recognised(text: str) -> None:
    assert looks_like_html(text)


def test_a_file_over_the_byte_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 101, encoding="utf-8")
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read despite its size"))
    with pytest.raises(InputError, match="101 bytes, over the limit of 100"):
        load_article(path, max_bytes=100)


def test_a_bom_that_lies_is_an_input_error() -> None:
    with pytest.raises(InputError, match="UTF-16 BOM"):
        decode_text(b"\xff\xfe\x00\xd8", source="odd")  # a lone surrogate in UTF-16


def test_max_chars_holds_for_the_baseline_in_the_library() -> None:
    extractor = Extractor("baseline", max_chars=10)
    with pytest.raises(InputError, match="over the limit of 10"):
        extractor.extract("“We stay,” said Ines Duarte.")
    with pytest.raises(InputError, match="over the limit of 10"):
        asyncio.run(extractor.aextract("“We stay,” said Ines Duarte."))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ferry vote delayed\n\nAna Reyes said the vote would wait.\n", "Ferry vote delayed"),
        ("\n  Ferry vote delayed  \nAna Reyes said so.", "Ferry vote delayed"),
        ("# Ferry vote delayed\n\nAna Reyes said so.", "Ferry vote delayed"),
        ("Ana Reyes said the vote would wait.", None),  # one line: a text, not a headline
        ("x" * 201 + "\nmore", None),  # a paragraph, not a headline
    ],
)
def test_a_plain_text_file_is_titled_by_its_first_line(tmp_path: Path, text: str, title: str | None) -> None:
    path = tmp_path / "ferry.md"
    path.write_text(text, encoding="utf-8")
    article = load_article(path)
    assert article.title == title
    assert article.text == text and article.id == "ferry"  # offsets index the file as written
