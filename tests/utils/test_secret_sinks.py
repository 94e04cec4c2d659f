"""The terminal sinks: whatever is written to a guarded stream reaches the terminal redacted."""

from __future__ import annotations

import io
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from llmextract.utils.redaction import MASK, redact, register_secret
from llmextract.utils.secret_sinks import RedactingStream, guard_streams

SECRET = "stream-secret-QWERTYUIOP-987"


def test_a_secret_written_in_pieces_is_masked() -> None:
    register_secret(SECRET)
    target = io.StringIO()
    stream = RedactingStream(target)
    for piece in (SECRET[:7], SECRET[7:15], SECRET[15:] + " tail\n", "partial"):
        stream.write(piece)
    assert target.getvalue() == f"{MASK} tail\n"  # the unfinished line waits for its end or a flush
    stream.flush()
    assert target.getvalue() == f"{MASK} tail\npartial"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="\r\n")), max_size=8), st.text())
def test_pieces_of_one_line_come_out_once_in_order_as_redact_gives_them(pieces: list[str], line: str) -> None:
    register_secret(SECRET)
    target = io.StringIO()
    stream = RedactingStream(target)
    for piece in [*pieces, SECRET[:12]]:
        stream.write(piece)
    stream.write(SECRET[12:] + "\n")
    stream.flush()
    assert target.getvalue() == redact("".join(pieces) + SECRET + "\n")
    assert SECRET[:10] not in target.getvalue()


def test_bytes_cannot_bypass_it() -> None:
    stream = RedactingStream(io.StringIO())
    with pytest.raises(TypeError):
        stream.write(b"raw")  # type: ignore[arg-type]
    assert not hasattr(stream, "buffer")


def test_guarding_wraps_stdout_and_stderr_once(monkeypatch: pytest.MonkeyPatch) -> None:
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    guard_streams()
    guard_streams()
    assert isinstance(sys.stdout, RedactingStream) and sys.stdout.target is out
    assert isinstance(sys.stderr, RedactingStream) and sys.stderr.target is err
    register_secret(SECRET)
    print("key", SECRET)
    print("warn", SECRET, file=sys.stderr)
    sys.stdout.flush()
    assert out.getvalue() == f"key {MASK}\n" and err.getvalue() == f"warn {MASK}\n"
