"""A fake OpenAI Batch API on loopback (``/v1/files`` and ``/v1/batches``), for tests and benchmarks.

Files are uploaded (multipart, purpose ``batch``), listed and downloaded; batches are created,
retrieved, listed and cancelled. A batch moves one status further on each retrieve, so a test
polls it to its end without waiting on the clock: validating -> in_progress -> finalizing ->
completed. Each batch created takes the next entry of ``fates`` (then ``"complete"``):

- ``"complete"``: every request answered (``answer`` reads the article out of the request);
- ``"expire"`` / ``"cancel"``: the first half of the requests is answered, the rest are error lines
  (``batch_expired`` / ``batch_cancelled``), the status ends ``expired`` / ``cancelled``;
- ``"null_output"``: ``completed`` with ``output_file_id: null`` and no error file.

An article holding ``[batch-fail:N]`` gets an error line (a 500 body inside ``response``) the first
N times its request is run; ``[batch-invalid:N]`` gets an answer that fails the schema the first
N times. ``created`` counts batches made, ``uploads`` files uploaded; ``/v1/chat/completions`` answers
online calls too (``online`` counts them).

``server.hold(point)`` stops the server at one route so a test can kill its client there: the route
does its work (the file is stored, the batch created, the status moved on, the answer made), then
sets ``hold.reached`` and keeps its reply until ``hold.release()`` (or its timeout, so a failing test
never hangs). Points: ``upload``, ``create``, ``retrieve`` (a batch's status), ``download`` (a file's
content), ``online`` (a chat completion); ``skip=N`` lets the first N calls through. Leaving the
``with`` block releases every hold.
"""

from __future__ import annotations

import email.parser
import email.policy
import itertools
import json
import re
import threading
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlparse

from fake_openai import answer_for, article_of, completion

__all__ = ["HOLD_POINTS", "BatchApiServer", "Hold"]

_FAIL = re.compile(r"\[batch-fail:(\d+)\]")
_INVALID = re.compile(r"\[batch-invalid:(\d+)\]")
_STEPS = {"validating": "in_progress", "in_progress": "finalizing", "finalizing": "completed"}
HOLD_POINTS = ("upload", "create", "retrieve", "download", "online")


class Hold:
    """One stop at a route: ``reached`` is set when a call's work is done and its reply is held."""

    def __init__(self, point: str, skip: int, timeout: float) -> None:
        self.point = point
        self.skip = skip
        self.timeout = timeout
        self.reached = threading.Event()
        self.released = threading.Event()

    def wait(self, timeout: float = 60.0) -> bool:
        """True once a call is held here (False when ``timeout`` seconds pass first)."""
        return self.reached.wait(timeout)

    def release(self) -> None:
        self.released.set()


class BatchApiServer:
    """``with BatchApiServer() as server:``; ``server.base_url`` is the /v1 endpoint."""

    def __init__(
        self,
        fates: list[str] | None = None,
        answer: Callable[[str], dict[str, Any]] = answer_for,
    ) -> None:
        self.fates = list(fates or [])
        self.answer = answer
        self.files: dict[str, dict[str, Any]] = {}
        self.contents: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.runs: Counter[str] = Counter()
        self.created = 0
        self.uploads = 0
        self.retrieves = 0
        self.online = 0
        self.refuse: int | None = None  # answer every request with this status (401: a refused key)
        self.seen_auth = ""  # the Authorization header of the last request
        self.holds: list[Hold] = []
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._serve, name="fake-batch-api", daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def _serve(self) -> None:
        self._httpd.serve_forever(poll_interval=0.02)

    def __enter__(self) -> BatchApiServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        for hold in self.holds:
            hold.release()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(10)

    def requests_in(self, batch_id: str) -> int:
        return len(self._lines(self.batches[batch_id]["input_file_id"]))

    def hold(self, point: str, skip: int = 0, timeout: float = 60.0) -> Hold:
        """Hold the reply of the call at ``point`` after the first ``skip`` (see the module docstring)."""
        if point not in HOLD_POINTS:
            raise ValueError(f"no hold point {point!r}; choose one of {', '.join(HOLD_POINTS)}")
        hold = Hold(point, skip, timeout)
        with self._lock:
            self.holds.append(hold)
        return hold

    def _pause(self, point: str) -> None:
        with self._lock:
            hold = next((h for h in self.holds if h.point == point and not h.reached.is_set()), None)
            if hold is None:
                return
            if hold.skip:
                hold.skip -= 1
                return
            hold.reached.set()
        hold.released.wait(hold.timeout)

    # -- files -----------------------------------------------------------------------------

    def _new_id(self, prefix: str) -> str:
        return f"{prefix}-{next(self._ids)}"

    def _store(self, data: bytes, filename: str, purpose: str) -> dict[str, Any]:
        file_id = self._new_id("file")
        record = {
            "id": file_id,
            "object": "file",
            "bytes": len(data),
            "created_at": 0,
            "filename": filename,
            "purpose": purpose,
            "status": "processed",
        }
        self.files[file_id] = record
        self.contents[file_id] = data
        return record

    def _upload(self, content_type: str, body: bytes) -> dict[str, Any]:
        head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        fields: dict[str, Any] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            fields[str(name)] = (part.get_filename(), part.get_payload(decode=True))
        filename, data = fields["file"]
        purpose = fields["purpose"][1].decode()
        with self._lock:
            self.uploads += 1
            return self._store(data, filename or "upload.jsonl", purpose)

    def _lines(self, file_id: str) -> list[dict[str, Any]]:
        text = self.contents[file_id].decode("utf-8")
        return [json.loads(line) for line in text.splitlines() if line.strip()]

    # -- batches ---------------------------------------------------------------------------

    def _create(self, body: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            if body["input_file_id"] not in self.files:
                raise KeyError(body["input_file_id"])
            self.created += 1
            batch_id = self._new_id("batch")
            fate = self.fates.pop(0) if self.fates else "complete"
            batch = {
                "id": batch_id,
                "object": "batch",
                "endpoint": body["endpoint"],
                "input_file_id": body["input_file_id"],
                "completion_window": body["completion_window"],
                "status": "validating",
                "created_at": 0,
                "metadata": body.get("metadata"),
                "output_file_id": None,
                "error_file_id": None,
                "request_counts": {"total": 0, "completed": 0, "failed": 0},
            }
            self.batches[batch_id] = {**batch, "fate": fate}
            return batch

    def _public(self, batch: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in batch.items() if k != "fate"}

    def _retrieve(self, batch_id: str) -> dict[str, Any]:
        with self._lock:
            self.retrieves += 1
            batch = self.batches[batch_id]
            status = batch["status"]
            fate = batch["fate"]
            if status in _STEPS:
                if status == "in_progress" and fate in ("expire", "cancel"):
                    self._finish(batch, "expired" if fate == "expire" else "cancelled")
                elif _STEPS[status] == "completed":
                    self._finish(batch, "completed")
                else:
                    batch["status"] = _STEPS[status]
                    lines = self._lines(batch["input_file_id"])
                    batch["request_counts"] = {"total": len(lines), "completed": 0, "failed": 0}
            return self._public(batch)

    def _cancel(self, batch_id: str) -> dict[str, Any]:
        with self._lock:
            batch = self.batches[batch_id]
            if batch["status"] in _STEPS:
                self._finish(batch, "cancelled")
            return self._public(batch)

    def _finish(self, batch: dict[str, Any], status: str) -> None:
        lines = self._lines(batch["input_file_id"])
        answered = lines if status == "completed" else lines[: len(lines) // 2]
        out: list[dict[str, Any]] = []
        errors: list[dict[str, Any]] = []
        for request in answered:
            line = self._run(request)
            (out if line["response"]["status_code"] == 200 else errors).append(line)
        for request in lines[len(answered) :]:
            code = "batch_expired" if status == "expired" else "batch_cancelled"
            errors.append(
                {
                    "id": self._new_id("req"),
                    "custom_id": request["custom_id"],
                    "response": None,
                    "error": {"code": code, "message": f"this request was not run: {code}"},
                }
            )
        batch["status"] = status
        batch["request_counts"] = {"total": len(lines), "completed": len(out), "failed": len(errors)}
        if batch["fate"] == "null_output":
            return
        if out:
            batch["output_file_id"] = self._store(_jsonl(out), f"{batch['id']}_output.jsonl", "batch_output")[
                "id"
            ]
        if errors:
            batch["error_file_id"] = self._store(
                _jsonl(errors), f"{batch['id']}_error.jsonl", "batch_output"
            )["id"]

    def _run(self, request: dict[str, Any]) -> dict[str, Any]:
        text = article_of(request["body"])
        custom_id = request["custom_id"]
        self.runs[custom_id] += 1
        seen = self.runs[custom_id]
        fail = _FAIL.search(text)
        invalid = _INVALID.search(text)
        if fail and seen <= int(fail.group(1)):
            status, body = 500, {"error": {"message": "the server had an error", "type": "server_error"}}
        elif invalid and seen <= int(invalid.group(1)):
            status, body = 200, completion(json.dumps({"quotes": [{"speaker": "Nobody"}]}))
        else:
            status, body = 200, completion(json.dumps(self.answer(text)))
        return {
            "id": self._new_id("req"),
            "custom_id": custom_id,
            "response": {"status_code": status, "request_id": self._new_id("rq"), "body": body},
            "error": None,
        }

    # -- HTTP ------------------------------------------------------------------------------

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return

            def _reply(self, status: int, payload: Any, raw: bytes | None = None, hold: str = "") -> None:
                data = raw if raw is not None else json.dumps(payload).encode()
                if hold:
                    server._pause(hold)
                try:
                    self.send_response(status)
                    self.send_header(
                        "Content-Type", "application/octet-stream" if raw else "application/json"
                    )
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client was killed while held
                    self.close_connection = True

            def _body(self) -> bytes:
                return self.rfile.read(int(self.headers.get("Content-Length") or 0))

            def _refused(self) -> bool:
                if server.refuse is None:
                    return False
                self._reply(server.refuse, {"error": {"message": "Incorrect API key provided: sk-t****"}})
                return True

            def do_GET(self) -> None:
                server.seen_auth = self.headers.get("Authorization", "")
                if self._refused():
                    return
                path = urlparse(self.path).path
                parts = path.strip("/").split("/")
                try:
                    if parts[1:] == ["files"]:
                        self._reply(200, _page(list(server.files.values())))
                    elif parts[1] == "files" and parts[3:] == ["content"]:
                        self._reply(200, None, raw=server.contents[parts[2]], hold="download")
                    elif parts[1:] == ["batches"]:
                        self._reply(200, _page([server._public(b) for b in server.batches.values()]))
                    elif parts[1] == "batches" and len(parts) == 3:
                        self._reply(200, server._retrieve(parts[2]), hold="retrieve")
                    else:
                        self._reply(404, {"error": {"message": f"no route {path}"}})
                except KeyError as exc:
                    self._reply(404, {"error": {"message": f"not found: {exc}"}})

            def do_POST(self) -> None:
                parts = urlparse(self.path).path.strip("/").split("/")
                body = self._body()
                server.seen_auth = self.headers.get("Authorization", "")
                if self._refused():
                    return
                try:
                    if parts[1:] == ["files"]:
                        self._reply(200, server._upload(self.headers["Content-Type"], body), hold="upload")
                    elif parts[1:] == ["batches"]:
                        self._reply(200, server._create(json.loads(body)), hold="create")
                    elif parts[1:] == ["chat", "completions"]:
                        server.online += 1
                        answer = completion(json.dumps(server.answer(article_of(json.loads(body)))))
                        self._reply(200, answer, hold="online")
                    elif parts[1] == "batches" and parts[3:] == ["cancel"]:
                        self._reply(200, server._cancel(parts[2]))
                    else:
                        self._reply(404, {"error": {"message": "no route"}})
                except KeyError as exc:
                    self._reply(404, {"error": {"message": f"not found: {exc}"}})

        return Handler


def _jsonl(rows: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")


def _page(rows: list[dict[str, Any]]) -> dict[str, Any]:
    return {"object": "list", "data": rows, "has_more": False}
