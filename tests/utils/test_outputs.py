"""One safe way to write: names stay in their folder, writes are whole, symlinks are never written
through, one run per output, no secret on disk."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from llmextract.cli.app import app
from llmextract.errors import OutputError
from llmextract.utils import outputs
from llmextract.utils.outputs import AppendFile, OutputLock, contained, safe_stem, write_text
from llmextract.utils.redaction import MASK, register_secret

HOSTILE = ["../../../etc/x", "/abs/x", "..", ".", "", "a/../../b", "C:\\win\\x", "x\x00y", "con", "é/../ü"]


@pytest.mark.parametrize("name", HOSTILE)
def test_a_name_from_outside_data_stays_in_its_folder(tmp_path: Path, name: str) -> None:
    path = contained(tmp_path, name, ".output.jsonl")
    assert path.parent == tmp_path
    assert path.name.endswith(".output.jsonl") and "/" not in path.name and "\\" not in path.name


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_becomes_one_path_component(name: str) -> None:
    stem = safe_stem(name)
    assert stem and stem not in {".", ".."} and "/" not in stem and "\x00" not in stem
    assert len(stem) <= 90
    assert stem == name or stem != safe_stem(name + "x")  # changed names carry a hash of the original


def test_different_names_that_clean_alike_stay_apart() -> None:
    taken: set[str] = set()
    assert len({safe_stem(n, taken) for n in ["a/b", "a_b", "A_B", "a b"]}) == 4


def test_a_symlink_at_the_target_is_replaced_and_its_target_untouched(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    link = tmp_path / "out.json"
    link.symlink_to(victim)
    write_text(link, "new")
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not link.is_symlink() and link.read_text(encoding="utf-8") == "new"


def test_appending_through_a_symlink_is_refused(tmp_path: Path) -> None:
    victim = tmp_path / "victim.jsonl"
    victim.write_text("", encoding="utf-8")
    link = tmp_path / "out.jsonl"
    link.symlink_to(victim)
    with pytest.raises(OutputError, match="symlink"):
        AppendFile(link)


def test_a_full_disk_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")

    def full(fd: int, data: bytes) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(outputs, "_write_all", full)
    with pytest.raises(OutputError, match=r"No space left on device.*unchanged"):
        write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_a_second_lock_on_one_output_fails_and_a_released_lock_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with OutputLock(out), pytest.raises(OutputError, match="another llmextract run is writing it"):
        OutputLock(out).acquire()
    assert list(tmp_path.iterdir()) == []
    with OutputLock(out):  # free again
        pass


def test_written_text_is_redacted(tmp_path: Path) -> None:
    register_secret("zz-output-secret-0123456789")
    path = write_text(tmp_path / "r.json", "key zz-output-secret-0123456789 end")
    assert path.read_text(encoding="utf-8") == f"key {MASK} end"


def _batch(tmp_path: Path, output: Path, *extra: str) -> tuple[int, str]:
    articles = tmp_path / "in.jsonl"
    if not articles.exists():
        rows = [{"id": f"a{i}", "text": f"“We build it now,” said Mayor Ann Lee{i}."} for i in range(3)]
        articles.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(articles), "-o", str(output), "-q", *extra])
    return result.exit_code, result.output


@pytest.mark.parametrize("extra", [[], ["--resume"], ["--overwrite"]])
def test_a_second_run_on_one_output_file_stops_with_exit_2(tmp_path: Path, extra: list[str]) -> None:
    output = tmp_path / "out.jsonl"
    with OutputLock(output):  # another run holds it
        code, message = _batch(tmp_path, output, *extra)
    assert code == 2 and "another llmextract run is writing it" in message
    assert not output.exists() or output.read_text(encoding="utf-8") == ""
    code, _ = _batch(tmp_path, output, *extra)
    assert code == 0
    ids = [json.loads(line)["article"]["id"] for line in output.read_text(encoding="utf-8").splitlines()]
    assert sorted(ids) == ["a0", "a1", "a2"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_single_article_output_replaces_a_symlink_instead_of_writing_through(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    link = tmp_path / "out.json"
    link.symlink_to(victim)
    article = tmp_path / "a.txt"
    article.write_text("“We go now,” said Mayor Ann Lee.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert victim.read_text(encoding="utf-8") == "precious"
    assert json.loads(link.read_text(encoding="utf-8"))["article"]["text"].startswith("“We go now")


def test_corpus_onto_an_existing_file_is_a_clear_error(tmp_path: Path) -> None:
    results = tmp_path / "r.jsonl"
    _batch(tmp_path, results)
    blocker = tmp_path / "corpus"
    blocker.write_text("not a folder", encoding="utf-8")
    result = CliRunner().invoke(app, ["corpus", str(results), "-o", str(blocker)])
    assert result.exit_code == 2 and "not a folder" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_files_written_in_steps_appear_together_or_not_at_all(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("old a", encoding="utf-8")
    (tmp_path / "target").write_text("secret target", encoding="utf-8")
    os.symlink(tmp_path / "target", tmp_path / "b.txt")
    with pytest.raises(RuntimeError), outputs.AtomicFiles() as files:
        files.path(tmp_path / "a.txt").write_text("new a", encoding="utf-8")
        raise RuntimeError("stopped half way")
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "old a"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt", "target"]  # no temporary left
    with outputs.AtomicFiles() as files:
        files.path(tmp_path / "a.txt").write_text("new a", encoding="utf-8")
        files.write_text(tmp_path / "sub" / "b.txt", "new b")
        files.write_text(tmp_path / "b.txt", "through a symlink?")
        assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "old a"  # nothing moves before commit
        assert files.commit() == [tmp_path / "a.txt", tmp_path / "sub" / "b.txt", tmp_path / "b.txt"]
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "new a"
    assert (tmp_path / "sub" / "b.txt").read_text(encoding="utf-8") == "new b"
    assert not (tmp_path / "b.txt").is_symlink()
    assert (tmp_path / "target").read_text(encoding="utf-8") == "secret target"  # never written through
