"""The one JSON reading policy: bounded depth and size, lone surrogates as U+FFFD, clean refusals."""

from __future__ import annotations

import ast
import json
import pickle
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from llmextract.errors import InputError
from llmextract.utils.json_policy import (
    MAX_DEPTH,
    JsonRefused,
    TooDeep,
    bounded,
    load_file,
    loads,
    nesting_depth,
)

PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
LONE = re.compile("[\ud800-\udfff]")


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def depth_of(value: Any) -> int:
    """The reference: how deep lists and dicts nest in a parsed value."""
    if isinstance(value, list):
        return 1 + max((depth_of(v) for v in value), default=0)
    if isinstance(value, dict):
        return 1 + max((depth_of(v) for v in value.values()), default=0)
    return 0


def scrubbed(value: Any) -> Any:
    if isinstance(value, str):
        return LONE.sub("\ufffd", value)
    if isinstance(value, list):
        return [scrubbed(v) for v in value]
    if isinstance(value, dict):
        return {scrubbed(k): scrubbed(v) for k, v in value.items()}
    return value


def test_the_limit_is_read_and_one_level_more_is_refused() -> None:
    assert depth_of(loads(nested(MAX_DEPTH), where="x")) == MAX_DEPTH
    with pytest.raises(JsonRefused, match=rf"^x: nested {MAX_DEPTH + 1} levels deep, over the limit"):
        loads(nested(MAX_DEPTH + 1), where="x")


@pytest.mark.parametrize("depth", [300, 500, 1_000, 100_000, 2_000_000])
def test_any_depth_is_refused_without_recursion(depth: int) -> None:
    for text in (nested(depth), '{"a": ' * depth + "1" + "}" * depth, "[" * depth):
        with pytest.raises(JsonRefused, match="levels deep"):
            loads(text, where="deep.json")


def test_brackets_inside_strings_and_escapes_do_not_count() -> None:
    inside = json.dumps(["[" * 1_000, "{" * 1_000, '\\"[[[', "\\", '"', {"k[[": "]]"}])
    assert loads(inside, where="s") == json.loads(inside)
    assert nesting_depth(r'["\\", ["\\\"[[["]]') == 2
    assert nesting_depth('["a\\\\", [[]]]') == 3
    assert nesting_depth('"\\"[[["') == 0
    assert nesting_depth('["\u00e9[", {"\ud800": [1]}]'.encode("utf-8", "surrogatepass")) == 3


def test_lone_surrogates_become_replacement_characters_one_for_one_keys_included() -> None:
    value = loads(r'{"a\ud800": ["x\udfffy", "\ud83d\ude00"]}', where="s")
    assert value == {"a\ufffd": ["x\ufffdy", "\U0001f600"]}
    assert loads('"raw \ud800 char"', where="s") == "raw \ufffd char"  # a str handed in as it is
    json.dumps(value, ensure_ascii=False).encode("utf-8")  # writable


def test_bytes_are_utf8_with_an_optional_bom_and_bounded_in_size() -> None:
    assert loads(b'\xef\xbb\xbf{"a": 1}', where="b") == {"a": 1}
    assert loads("\ufeff[1]", where="b") == [1]
    with pytest.raises(JsonRefused, match=r"^b: not valid UTF-8 \(byte 7\)"):
        loads(b'{"a": "\xff"}', where="b")
    with pytest.raises(JsonRefused, match=r"^b: 11 bytes, over the limit of 10"):
        loads(b'"' + b"x" * 9 + b'"', where="b", max_bytes=10)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('{"a": ', "invalid JSON (Expecting value at line 1, column 7)"),
        ("1" * 5_000, "invalid JSON (a number too long to read)"),
        ("", "invalid JSON"),
        ("[1] [2]", "invalid JSON (Extra data"),
    ],
)
def test_what_is_not_json_is_refused_with_the_reason(text: str, says: str) -> None:
    with pytest.raises(JsonRefused) as caught:
        loads(text, where="f.json:3")
    assert caught.value.where == "f.json:3" and caught.value.reason.startswith(says)
    assert str(caught.value).startswith(f"f.json:3: {says}")


def test_a_refusal_is_an_input_error_that_pickles() -> None:
    with pytest.raises(InputError) as caught:
        loads("[", where="w")
    copy = pickle.loads(pickle.dumps(caught.value))
    assert (
        isinstance(copy, JsonRefused)
        and str(copy) == str(caught.value)
        and copy.reason == caught.value.reason
    )


def test_load_file_refuses_big_missing_and_bad_files_by_name(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(b'{"a": [1]}')
    assert load_file(path) == {"a": [1]}
    with pytest.raises(JsonRefused, match=r"a\.json: 10 bytes, over the limit of 5"):
        load_file(path, max_bytes=5)
    with pytest.raises(JsonRefused, match=r"gone\.json: cannot read"):
        load_file(tmp_path / "gone.json")
    with pytest.raises(JsonRefused, match=r"a\.json: nested 2 levels deep"):
        load_file(path, max_depth=1)


def test_bounded_copies_scrubs_and_stops_at_the_depth_even_for_a_cycle() -> None:
    value = {"k\udc00": ("t\ud800", [1, None, {"x": "ok"}])}
    assert bounded(value, max_depth=4) == {"k\ufffd": ("t\ufffd", [1, None, {"x": "ok"}])}
    with pytest.raises(TooDeep, match="deeper than 3 levels"):
        bounded(value, max_depth=3)
    cycle: list[Any] = []
    cycle.append(cycle)
    with pytest.raises(TooDeep):
        bounded({"loop": cycle})
    deep: Any = 0
    for _ in range(100_000):
        deep = [deep]
    with pytest.raises(TooDeep):
        bounded(deep)


# Any Unicode text: surrogates, U+2028, NUL and every other code point included.
ANY_CHAR = st.characters(codec=None, exclude_categories=())
ANY_TEXT = st.text(ANY_CHAR, max_size=40).filter(lambda s: not PAIR.search(s))
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | ANY_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(ANY_TEXT, inner, max_size=4),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(JSON_VALUES, st.booleans(), st.integers(min_value=0, max_value=90))
def test_any_json_value_round_trips_or_is_refused_for_its_depth(
    value: Any, ascii_only: bool, wrap: int
) -> None:
    value = _wrapped(value, wrap)
    text = json.dumps(value, ensure_ascii=ascii_only)
    raw = text.encode("utf-8", "surrogatepass")
    assert nesting_depth(text) == nesting_depth(raw) == depth_of(value)
    if depth_of(value) > MAX_DEPTH:
        with pytest.raises(JsonRefused, match="levels deep"):
            loads(text, where="v")
        return
    assert loads(text, where="v") == scrubbed(value)
    if LONE.search(text):  # raw surrogates are no UTF-8: as bytes, that is the refusal
        with pytest.raises(JsonRefused, match="not valid UTF-8"):
            loads(raw, where="v")
    else:
        assert loads(raw, where="v") == scrubbed(value)


def _wrapped(value: Any, times: int) -> Any:
    for _ in range(times):
        value = {"k": value} if times % 2 else [value]
    return value


STRUCTURAL = st.text(st.sampled_from('[]{}",:\\ 1aeu0d8\ufffd\u2028\x00'), max_size=200)


@settings(max_examples=500, deadline=None)
@given(st.one_of(ANY_TEXT, STRUCTURAL, st.binary(max_size=100)))
def test_any_text_or_bytes_is_a_value_or_a_refusal_never_another_exception(data: str | bytes) -> None:
    try:
        value = loads(data, where="any")
    except JsonRefused as exc:
        assert str(exc).startswith("any: ")
    else:
        json.dumps(value, ensure_ascii=False).encode("utf-8")  # what was read can be written
        assert depth_of(value) <= MAX_DEPTH


PACKAGE = Path(__file__).resolve().parents[2] / "llmextract"
POLICY = PACKAGE / "utils" / "json_policy.py"
PARSERS = {"loads", "load", "raw_decode", "JSONDecoder", "from_json"}  # of json, orjson, pydantic_core, ...
JSON_MODULES = {"json", "orjson", "ujson", "simplejson", "pydantic_core", "rapidjson"}
ANY_RECEIVER = {"model_validate_json", "validate_json", "raw_decode"}  # pydantic's parser, a decoder's
# Calls that may parse JSON themselves, each with the reason it is safe; a new one must be argued here.
ALLOWED = {
    # A model's answer: pydantic's own parser stops at ~200 levels with a ValidationError and
    # refuses a lone surrogate the same way, and a ValidationError is a re-ask, never a traceback.
    ("llm/call_plan.py", "model_validate_json"): 2,
}


def json_parse_calls(source: str) -> list[str]:
    """The JSON-parsing calls in ``source``: ``json.loads(...)``, ``from json import load``, pydantic's
    ``model_validate_json``, ... by name, whatever the module was imported as."""
    tree = ast.parse(source)
    modules = {"json"}  # names bound to a JSON module
    functions: set[str] = set()  # names bound to a parser imported from one
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules |= {a.asname or a.name for a in node.names if a.name in JSON_MODULES}
        elif isinstance(node, ast.ImportFrom) and node.module in JSON_MODULES:
            functions |= {a.asname or a.name for a in node.names if a.name in PARSERS}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in ANY_RECEIVER:
            found.append(func.attr)
        elif isinstance(func, ast.Attribute) and func.attr in PARSERS and isinstance(func.value, ast.Name):
            if func.value.id in modules:
                found.append(f"{func.value.id}.{func.attr}")
        elif isinstance(func, ast.Name) and func.id in functions:
            found.append(func.id)
    return found


def test_the_call_finder_sees_every_way_of_parsing_json() -> None:
    source = (
        "import json\nimport orjson as oj\nfrom json import loads as parse\n"
        "from pydantic_core import from_json\n"
        "json.loads(a)\njson.load(f)\noj.loads(b)\nparse(c)\nfrom_json(d)\nModel.model_validate_json(e)\n"
        "adapter.validate_json(g)\njson.JSONDecoder().raw_decode(h)\njson.dumps(x)\nloads(y)\n"
    )
    assert sorted(json_parse_calls(source)) == sorted(
        [
            "json.loads",
            "json.load",
            "oj.loads",
            "parse",
            "from_json",
            "model_validate_json",
            "validate_json",
            "json.JSONDecoder",
            "raw_decode",
        ]
    )


def test_every_json_reader_goes_through_the_policy() -> None:
    """Outside data is parsed only in the policy module; a new ``json.loads`` elsewhere fails here."""
    found: dict[tuple[str, str], int] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == POLICY:
            continue
        for call in json_parse_calls(path.read_text(encoding="utf-8")):
            key = (path.relative_to(PACKAGE).as_posix(), call)
            found[key] = found.get(key, 0) + 1
    assert found == ALLOWED
