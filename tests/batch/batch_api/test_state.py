"""The Batch API's state file is read by the JSON policy: one that does not read stops the run, naming it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from batch_api_server import BatchApiServer
from typer.testing import CliRunner

from llmextract.batch.batch_api.state import RequestSet, RunState, state_folder
from llmextract.cli.app import app
from llmextract.errors import InputError

SPOILED = {
    "not json": (b'{"sets": [', "invalid JSON"),
    "too deep": (b'{"sets": ' + b"[" * 3_000 + b"]" * 3_000 + b"}", "nested 3,001 levels deep"),
    "not utf-8": (b'{"sets": ["\xff"]}', "not valid UTF-8"),
    "not an object": (b"[1, 2]", "not a Batch API state file"),
    "unknown field": (
        json.dumps({"sets": [{"key": "k", "round": 0, "custom_ids": [], "x": 1}]}).encode(),
        "x",
    ),
}


def test_a_saved_state_reads_back(tmp_path: Path) -> None:
    state = RunState(tmp_path / "s", [RequestSet(key="k\u2028", round=1, custom_ids=["a", "b"], file_id="f")])
    state.save()
    assert RunState.load(tmp_path / "s") == state


@pytest.mark.parametrize("name", sorted(SPOILED))
def test_a_state_file_that_does_not_read_is_an_input_error_naming_it(tmp_path: Path, name: str) -> None:
    content, says = SPOILED[name]
    (tmp_path / "state.json").write_bytes(content)
    with pytest.raises(InputError, match=r"state\.json: ") as caught:
        RunState.load(tmp_path)
    assert says in str(caught.value)


def test_a_run_over_a_spoiled_state_exits_2_naming_the_file(tmp_path: Path) -> None:
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(
        json.dumps({"id": "a", "text": "“We stay,” said Ines Duarte."}) + "\n", encoding="utf-8"
    )
    folder = state_folder(output)
    folder.mkdir()
    (folder / "state.json").write_bytes(SPOILED["too deep"][0])
    with BatchApiServer() as server:
        args = ["extract", str(source), "-o", str(output), "-m", "gpt-test", "--base-url", server.base_url]
        result = CliRunner().invoke(
            app, [*args, "--batch-api", "--poll-seconds", "0", "-q"], env={"OPENAI_API_KEY": "sk-test"}
        )
    assert result.exit_code == 2, result.output
    assert (
        f"{folder / 'state.json'}: nested 3,001 levels deep" in result.output
        and "Traceback" not in result.output
    )
