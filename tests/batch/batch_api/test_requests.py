from __future__ import annotations

import pytest

from llmextract.batch.batch_api.requests import custom_id, request_line, set_key, split, split_custom_id


def test_custom_id_round_trips_ids_holding_the_separator() -> None:
    assert split_custom_id(custom_id("a#b#3", 12)) == ("a#b#3", 12)


def test_split_respects_the_request_and_byte_limits() -> None:
    lines = [request_line(custom_id(f"a{i}", 0), {"x": "y" * 10}) for i in range(7)]
    assert [len(g) for g in split(lines, max_requests=3)] == [3, 3, 1]
    size = len(lines[0].data)
    assert [len(g) for g in split(lines, max_bytes=2 * size)] == [2, 2, 2, 1]
    with pytest.raises(ValueError, match="alone is over"):
        split(lines, max_bytes=size - 1)


def test_set_key_depends_on_the_lines() -> None:
    a = [request_line("x#0", {"a": 1})]
    b = [request_line("x#0", {"a": 2})]
    assert set_key(a) == set_key(list(a)) != set_key(b)
