from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from llmextract.article import Article, load_article
from llmextract.errors import InputError


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
