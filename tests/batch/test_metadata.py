"""Article metadata: kept from .json/.jsonl keys and from a folder's metadata.csv, carried into the result."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llmextract.batch.inputs import collect_articles
from llmextract.errors import InputError
from llmextract.pipeline import Extractor


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_jsonl_keys_besides_id_title_text_are_metadata(tmp_path: Path) -> None:
    line = {"id": "k1", "title": "T", "text": "Mara Quist said the pier reopens.", "date": "2021-03-04"}
    line |= {"source": "Harbour Herald", "url": "https://example.invalid/k1", "lang": "en", "section": "city"}
    jsonl = write(tmp_path / "in.jsonl", json.dumps(line) + "\n")
    (article,) = collect_articles([str(jsonl)])
    assert article.metadata == {
        "date": "2021-03-04",
        "source": "Harbour Herald",
        "url": "https://example.invalid/k1",
        "lang": "en",
        "section": "city",
    }


def test_folder_sidecar_gives_txt_articles_metadata_and_json_keys_win(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "The mayor spoke.")
    write(tmp_path / "2022" / "b.txt", "The council voted.")
    write(tmp_path / "c.json", json.dumps({"text": "A strike began.", "source": "Own Outlet"}))
    write(
        tmp_path / "metadata.csv",
        "id,date,source,lang\na,2022-01-02,Valley Post,en\n2022/b,2022-02-03,,de\nc,2022-03-04,Sidecar,en\n",
    )
    by_id = {a.id: a.metadata for a in collect_articles([str(tmp_path)])}
    assert by_id == {
        "a": {"date": "2022-01-02", "source": "Valley Post", "lang": "en"},
        "2022/b": {"date": "2022-02-03", "lang": "de"},
        "c": {"date": "2022-03-04", "source": "Own Outlet", "lang": "en"},
    }


@pytest.mark.parametrize(
    ("sidecar", "message"),
    [
        ("name,date\na,2022-01-01\n", "needs an 'id' column"),
        ("id,date\nmissing,2022-01-01\n", "no article .* has the id 'missing'"),
        ("id,date\na,2022-01-01\na,2022-01-02\n", "given twice"),
    ],
)
def test_bad_sidecars_are_input_errors(tmp_path: Path, sidecar: str, message: str) -> None:
    write(tmp_path / "a.txt", "The mayor spoke.")
    write(tmp_path / "metadata.csv", sidecar)
    with pytest.raises(InputError, match=message):
        collect_articles([str(tmp_path)])


def test_metadata_reaches_the_result_and_is_absent_without_it(tmp_path: Path) -> None:
    jsonl = write(
        tmp_path / "in.jsonl",
        json.dumps({"id": "m1", "text": "Mara Quist said the pier reopens.", "source": "Harbour Herald"})
        + "\n"
        + json.dumps({"id": "m2", "text": "Ivo Brandt said the bridge closes."})
        + "\n",
    )
    first, second = collect_articles([str(jsonl)])
    extractor = Extractor("baseline")
    result = extractor.extract(first)
    assert result.article.metadata == {"source": "Harbour Herald"}
    assert extractor.extract(second).article.metadata is None
    assert json.loads(result.model_dump_json())["article"]["metadata"] == {"source": "Harbour Herald"}
