"""Every reader of the toolkit, fed anything: a value, an error record, or an InputError; never another
exception. Whatever an input reader accepts, the toolkit writes, and its own readers read back."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from llmextract.article import Article, load_article
from llmextract.batch.batch_api.state import RunState
from llmextract.batch.inputs import gather_inputs
from llmextract.batch.output import read_output
from llmextract.corpus import build, load_aliases
from llmextract.corpus.reading import ResultStream
from llmextract.errors import InputError
from llmextract.evaluation.gold import load_gold
from llmextract.evaluation.runner import load_predictions
from llmextract.evaluation.seesaw import import_seesaw
from llmextract.html.view import load_results
from llmextract.pipeline import Extractor
from llmextract.schema import Extraction
from llmextract.utils.json_policy import MAX_DEPTH, loads

TEXT = "“We stay,” said Mayor Ines Duarte. The council met on Monday."
ANY_CHAR = st.characters(codec=None, exclude_categories=())
ANY_TEXT = st.text(ANY_CHAR, max_size=30)
LEAVES = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | ANY_TEXT
)
VALUES = st.recursive(
    LEAVES,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ANY_TEXT, inner, max_size=3),
    max_leaves=12,
)


@st.composite
def json_texts(draw: st.DrawFn) -> bytes:
    """One JSON document: an article-like, result-like or gold-like object, or any value, at any depth
    (nested as text: ``json.dumps`` itself would recurse too deep)."""
    ascii_only = draw(st.booleans())

    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=ascii_only)

    depth = draw(st.sampled_from([0, 1, 20, MAX_DEPTH - 3, MAX_DEPTH, 300, 2_000]))
    value = "[" * depth + dumps(draw(VALUES)) + "]" * depth
    shape = draw(st.sampled_from(["article", "result", "error", "gold", "any"]))
    if shape == "article":
        text = draw(st.sampled_from([TEXT, "", draw(ANY_TEXT)]))
        value = f'{{"id": {dumps(draw(ANY_TEXT))}, "text": {dumps(text)}, "meta": {value}}}'
    elif shape == "result":
        value = dumps(RESULT).replace('"metadata": null', f'"metadata": {{"m": {value}}}')
    elif shape == "error":
        value = f'{{"id": {dumps(draw(ANY_TEXT))}, "error": {value}}}'
    elif shape == "gold":
        value = f'{{"id": {dumps(draw(ANY_TEXT))}, "text": {dumps(TEXT)}, "quotes": {value}}}'
    return value.encode("utf-8", "surrogatepass")  # raw lone surrogates: bytes that are no UTF-8


DOCUMENTS = json_texts() | st.binary(max_size=60) | ANY_TEXT.map(lambda s: s.encode("utf-8", "surrogatepass"))
FILES = st.lists(DOCUMENTS, min_size=1, max_size=4).map(lambda lines: b"\n".join(lines) + b"\n")
RESULT: dict[str, Any] = json.loads(
    Extractor("baseline").extract(Article(text=TEXT, id="r1")).model_dump_json()
)


def drained(value: Any) -> Any:
    return (
        list(value)
        if not isinstance(value, (dict, Article, RunState)) and hasattr(value, "__iter__")
        else value
    )


def state_folder(path: Path) -> RunState:
    folder = path.parent / "state"
    folder.mkdir(exist_ok=True)
    (folder / "state.json").write_bytes(path.read_bytes())
    return RunState.load(folder)


def seesaw(path: Path) -> Any:
    for part in ("annotations", "articles"):
        (path.parent / part).mkdir(exist_ok=True)
        (path.parent / part / "d.json").write_bytes(path.read_bytes())
    return import_seesaw(path.parent)


READERS: dict[str, tuple[str, Callable[[Path], Any]]] = {
    "inputs": (".jsonl", lambda p: gather_inputs([str(p)])),
    "article file": (".json", load_article),
    "gold": (".jsonl", load_gold),
    "predictions": (".jsonl", load_predictions),
    "corpus stream": (".jsonl", lambda p: ResultStream([p])),
    "corpus tables": (".jsonl", lambda p: build([p])),
    "view": (".jsonl", load_results),
    "view .json": (".json", load_results),
    "resume": (".jsonl", read_output),
    "aliases": (".json", load_aliases),
    "batch api state": (".json", state_folder),
    "seesaw": (".json", seesaw),
}


@pytest.mark.parametrize("name", sorted(READERS))
def test_every_reader_answers_anything_with_a_value_or_an_input_error(name: str) -> None:
    suffix, reader = READERS[name]

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(FILES)
    def check(content: bytes) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"in{suffix}"
            path.write_bytes(content if suffix == ".jsonl" else content.split(b"\n")[0])
            try:
                drained(reader(path))
            except InputError:
                pass
            except ValueError as exc:  # load_results' own refusal, which ``view`` turns into exit 2
                assert name.startswith("view") and str(exc).startswith(str(path)), exc

    check()


@settings(max_examples=60, deadline=None)
@given(FILES)
def test_what_an_input_reader_accepts_is_written_and_read_back(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        path.write_bytes(content)
        try:
            gathered = gather_inputs([str(path)])
        except InputError:  # no line at all, or one id twice: the run's usage error, exit 2
            return
    for article in gathered.articles:
        line = Extractor("baseline").extract(article).model_dump_json()
        back = Extraction.model_validate(loads(line, where="written"))
        assert back.article.id == article.id and back.article.text == article.text
    for rejected in gathered.rejected:
        assert rejected.where.startswith(str(path) + ":") and rejected.message
