"""The batch output file: whole lines, refusal to clobber, resume and retry-failed bookkeeping."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llmextract.batch.many import ErrorInfo, FailureRecord
from llmextract.batch.output import JsonlSink, prepare_output, read_output
from llmextract.errors import InputError
from llmextract.pipeline import Extractor

TEXT = "“We will rebuild the pier,” said Harbour Master Jonas Ek."


def extraction_line(article_id: str) -> str:
    from llmextract.article import Article

    return Extractor("baseline").extract(Article(text=TEXT, id=article_id)).model_dump_json()


def error_line(article_id: str) -> str:
    return FailureRecord(
        id=article_id, error=ErrorInfo(type="ProviderError", message="HTTP 503", attempts=5)
    ).model_dump_json()


def test_sink_appends_whole_flushed_lines(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with JsonlSink(out) as sink:
        sink.write(FailureRecord(id="x", error=ErrorInfo(type="InputError", message="empty", attempts=0)))
        assert out.read_text().endswith("\n"), "visible on disk before the sink closes"
    data = json.loads(out.read_text())
    assert data == {
        "id": "x",
        "error": {"type": "InputError", "message": "empty", "attempts": 0},
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "cached_tokens": 0},
    }


def test_existing_output_is_not_clobbered(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(extraction_line("a") + "\n")
    with pytest.raises(InputError, match="--resume"):
        prepare_output(out, resume=False, retry_failed=False, overwrite=False)
    assert prepare_output(out, resume=False, retry_failed=False, overwrite=True) == set()
    assert out.read_text() == ""


def test_resume_skips_done_and_failed_and_drops_a_cut_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    cut = extraction_line("c")[:50]
    out.write_text(f"{extraction_line('a')}\n{error_line('b')}\n{cut}")
    state = read_output(out)
    assert state.done == {"a"} and state.failed == {"b"} and state.partial
    assert prepare_output(out, resume=True, retry_failed=False, overwrite=False) == {"a", "b"}
    assert out.read_text().endswith("\n") and len(out.read_text().splitlines()) == 2


def test_retry_failed_removes_error_lines(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(f"{extraction_line('a')}\n{error_line('b')}\n{error_line('a')}\n")
    assert read_output(out).failed == {"b"}, "an id with an extraction is done, whatever else failed"
    assert prepare_output(out, resume=False, retry_failed=True, overwrite=False) == {"a"}
    lines = out.read_text().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["article"]["id"] == "a"


def test_foreign_file_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "notes.jsonl"
    out.write_text('{"hello": 1}\n{"also": 2}\n')
    with pytest.raises(InputError, match="not a result line"):
        prepare_output(out, resume=True, retry_failed=False, overwrite=False)
