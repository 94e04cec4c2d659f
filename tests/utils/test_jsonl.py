"""JSONL records end at a newline only: every Unicode character round-trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llmextract import InputError
from llmextract.utils.jsonl import read_jsonl

AWKWARD = ["\u2028", "\u2029", "\u0085", "\u000b", "\u000c", "\u001c", "\u001d", "\u001e", "\ufeff", "\r"]


@pytest.mark.parametrize("char", AWKWARD, ids=lambda c: f"U+{ord(c):04X}")
def test_a_record_holding_a_line_separator_is_one_record(tmp_path: Path, char: str) -> None:
    path = tmp_path / "in.jsonl"
    records = [{"id": "a", "text": f"before{char}after"}, {"id": "b", "text": "plain"}]
    with path.open("w", encoding="utf-8", newline="") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    assert [r.value for r in read_jsonl(path)] == records


def test_bom_crlf_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "a"}\r\n\r\n  \n{"id": "b"}')
    got = list(read_jsonl(path))
    assert [r.value for r in got] == [{"id": "a"}, {"id": "b"}]
    assert [r.number for r in got] == [1, 4]
    assert got[-1].last and not got[0].last


def test_lone_surrogates_become_replacement_characters_one_for_one(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"text": "a\\ud800b\\udfffc \\ud83d\\ude00"}\n', encoding="utf-8")
    [record] = read_jsonl(path)
    assert record.value["text"] == "a\ufffdb\ufffdc \U0001f600"
    record.value["text"].encode("utf-8")  # writable


def test_a_bad_line_names_its_place_or_is_yielded(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"id": "a"}\n{"id": \n\xff\xfe\n{"id": "d"}\n')
    with pytest.raises(InputError, match=r"in\.jsonl:2: invalid JSON"):
        list(read_jsonl(path))
    got = list(read_jsonl(path, strict=False))
    assert [(r.number, r.error is None) for r in got] == [(1, True), (2, False), (3, False), (4, True)]
    assert got[2].error is not None and "UTF-8" in got[2].error


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        list(read_jsonl(tmp_path / "nope.jsonl"))


def test_a_deep_line_is_a_bad_line_and_the_next_one_reads(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "m": ' + "[" * 5_000 + "]" * 5_000 + '}\n{"id": "b"}\n', encoding="utf-8")
    first, second = read_jsonl(path, strict=False)
    assert first.error is not None and "5,001 levels deep" in first.error
    assert second.value == {"id": "b"}
    with pytest.raises(InputError, match=r"in\.jsonl:1: nested 5,001 levels deep"):
        list(read_jsonl(path))


def test_a_line_over_the_size_bound_is_read_past_not_kept(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"id": "a"}\n{"t": "' + b"x" * 5_000 + b'"}\n{"id": "c"}\n{"t": "' + b"y" * 300)
    got = list(read_jsonl(path, strict=False, max_bytes=100))
    assert [(r.number, r.error, r.last) for r in got] == [
        (1, None, False),
        (2, "a line over 100 bytes", False),
        (3, None, False),
        (4, "a line over 100 bytes", True),
    ]
    assert got[2].value == {"id": "c"}
