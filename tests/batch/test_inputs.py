"""Batch inputs: files, folders, JSONL, duplicate ids, and the output file never read as input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llmextract.batch.inputs import collect_articles, gather_inputs, is_batch_input
from llmextract.errors import InputError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_folder_is_searched_recursively_with_relative_ids(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "The mayor spoke.")
    write(tmp_path / "2023" / "a.md", "The council voted.")
    write(tmp_path / "2024" / "b.json", json.dumps({"id": "own-id", "title": "T", "text": "A strike began."}))
    write(tmp_path / "c.json", json.dumps({"text": "No id here."}))
    write(tmp_path / "notes.csv", "ignored")
    write(tmp_path / ".hidden" / "d.txt", "ignored too")
    write(tmp_path / "old-results.jsonl", "{}")
    articles = collect_articles([str(tmp_path)])
    assert sorted(a.id for a in articles) == ["2023/a", "a", "c", "own-id"]
    assert next(a for a in articles if a.id == "own-id").title == "T"


def test_jsonl_and_files_together(tmp_path: Path) -> None:
    lines = [{"id": "j1", "title": "One", "text": "First story."}, {"id": "j2", "text": "Second story."}]
    jsonl = write(tmp_path / "in.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n\n")
    single = write(tmp_path / "single.txt", "Third story.")
    articles = collect_articles([str(jsonl), str(single)])
    assert [a.id for a in articles] == ["j1", "j2", "single"] and articles[0].title == "One"


def test_duplicate_ids_name_both_sources(tmp_path: Path) -> None:
    jsonl = write(tmp_path / "in.jsonl", json.dumps({"id": "story", "text": "One."}) + "\n")
    other = write(tmp_path / "story.txt", "Two.")
    with pytest.raises(InputError, match=r"duplicate article id 'story': .*in.jsonl:1 and .*story.txt"):
        collect_articles([str(jsonl), str(other)])


def test_bad_lines_and_empty_inputs_are_input_errors_when_strict(tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.jsonl", '{"id": "x", "text": "ok"}\n{not json\n')
    with pytest.raises(InputError, match=r"bad.jsonl:2: invalid JSON"):
        collect_articles([str(bad)])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no articles found"):
        collect_articles([str(tmp_path / "empty")])
    with pytest.raises(InputError, match="no such file"):
        collect_articles([str(tmp_path / "missing.txt")])


def test_the_output_file_is_never_read(tmp_path: Path) -> None:
    inputs = write(tmp_path / "in.jsonl", json.dumps({"id": "a", "text": "Story."}) + "\n")
    out = write(tmp_path / "out.jsonl", json.dumps({"id": "b", "text": "Not an input."}) + "\n")
    assert [a.id for a in collect_articles([str(inputs), str(out)], exclude=out)] == ["a"]


def test_batch_mode_detection(tmp_path: Path) -> None:
    assert not is_batch_input(["one.txt"]) and not is_batch_input(["-"])
    assert (
        is_batch_input(["a.txt", "b.txt"])
        and is_batch_input(["in.jsonl"])
        and is_batch_input([str(tmp_path)])
    )


def test_a_folder_takes_every_article_file_and_says_what_it_read(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Ferry vote\n\nThe mayor spoke.")
    write(tmp_path / "b.md", "The council voted.")
    write(tmp_path / "c.json", json.dumps({"text": "A strike began."}))
    write(tmp_path / "d.html", "<html><head><title>Pier</title></head><body><article><p>"
          + "The pier reopened on Monday after repairs that took most of the winter. " * 4
          + "</p></article></body></html>")  # fmt: skip
    gold = [{"id": "a", "text": "Ferry vote\n\nThe mayor spoke."}]  # gold of the same articles
    write(tmp_path / "gold.jsonl", "\n".join(json.dumps(x) for x in gold) + "\n")
    write(tmp_path / "out" / "results.jsonl", json.dumps({"id": "a", "error": {"type": "X"}}) + "\n")
    gathered = gather_inputs([str(tmp_path)])
    assert sorted(a.id for a in gathered.articles) == ["a", "b", "c", "d"]
    assert not gathered.rejected
    (note,) = gathered.notes
    assert note == (
        f"{tmp_path}: read 1 .html, 1 .json, 1 .md, 1 .txt (a folder takes .txt, .md, .json, .html, .htm); "
        "left out 2 .jsonl files (gold.jsonl, out/results.jsonl): name one beside the folder to read its "
        "lines as articles"
    )
    named = gather_inputs([str(tmp_path / "b.md"), str(tmp_path / "gold.jsonl")])
    assert [a.id for a in named.articles] == ["b", "a"]


def test_a_folder_with_no_article_file_names_what_it_looks_for(tmp_path: Path) -> None:
    write(tmp_path / "notes.csv", "id\n")
    write(tmp_path / "scan.pdf", "%PDF")
    with pytest.raises(InputError, match=r"looked for \.txt, \.md, \.json, \.html, \.htm, \.jsonl"):
        gather_inputs([str(tmp_path)])
