"""A fake OpenAI-compatible chat server on loopback, with injected faults, for tests and benchmarks.

The "model" reads the article between ``<article>`` tags and answers with every “curly-quoted”
sentence as a direct quote of the person named after "said", so answers are grounded and
deterministic. Faults are drawn per request from seeded rates:

- ``rate_limit``: 429 with ``Retry-After``; ``server_error``: 500 or 503;
- ``reset``: the connection is reset before any answer; ``timeout``: no answer for ``hang`` seconds;
- ``truncated``: a 200 whose JSON body is cut in the middle, then the connection is closed;
- ``invalid``: a well-formed answer that fails the schema (quotes without text).

Articles whose text holds ``[status:400]`` or ``[status:401]`` always get that status. Every
request is counted per article (its ``[id:...]`` marker, else the text's first 40 characters) and
what it got is logged (``log``: fault names, "ok" for an answer).
Runs in its own thread with its own event loop (``FakeServer``), or as a process
(``python tests/fake_openai.py --port N``) so it does not share the client's interpreter.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import socket
import struct
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

__all__ = ["FakeServer", "Faults", "answer_for", "article_key", "latency_for", "rich_answer"]

_ARTICLE = re.compile(r"<article>\n?(.*?)\n?</article>", re.S)
_QUOTE = re.compile(r"“([^”]+)”,? said ((?:[A-Z][\w'-]+ ?)+)")
_ID = re.compile(r"\[id:([^\]]+)\]")
_STATUS = re.compile(r"\[status:(\d{3})\]")


@dataclass
class Faults:
    """Per-request fault probabilities (each in [0, 1]; their sum at most 1)."""

    rate_limit: float = 0.0
    server_error: float = 0.0
    reset: float = 0.0
    timeout: float = 0.0
    truncated: float = 0.0
    invalid: float = 0.0
    retry_after: str = "0.01"
    hang: float = 2.0

    def pick(self, rng: random.Random) -> str | None:
        roll = rng.random()
        for name in ("rate_limit", "server_error", "reset", "timeout", "truncated", "invalid"):
            rate: float = getattr(self, name)
            if roll < rate:
                return name
            roll -= rate
        return None


def article_of(body: dict[str, Any]) -> str:
    user = next((m["content"] for m in body.get("messages", []) if m.get("role") == "user"), "")
    found = _ARTICLE.search(user)
    return found.group(1) if found else user


def article_key(text: str) -> str:
    found = _ID.search(text)
    return found.group(1) if found else text[:40]


def latency_for(text: str, low: float, high: float | None, seed: int = 0) -> float:
    """Seconds to wait before answering this article: ``low``, or when ``high`` is set a draw uniform
    in [low, high] that depends only on the seed and the article, so every run of it waits alike."""
    if high is None:
        return low
    return random.Random(f"{seed}:{text}").uniform(low, high)


def answer_for(text: str) -> dict[str, Any]:
    """Quotes ("“…,” said Name Surname") and their speakers as actors."""
    quotes, actors = [], {}
    for words, speaker in _QUOTE.findall(text):
        name = speaker.strip()
        quotes.append({"text": words, "speaker": name, "cue": "said", "kind": "direct"})
        actors[name] = {"name": name, "type": "person", "role": None, "aliases": [name.split()[-1]]}
    return {"actors": list(actors.values()), "quotes": quotes, "stances": []}


def rich_answer(text: str, quotes: int = 10, actors: int = 10, stances: int = 5) -> dict[str, Any]:
    """A fixed-size answer for benchmarks: the first sentences as quotes, names from the text."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) > 30]
    names = list(dict.fromkeys(re.findall(r"[A-Z][a-z]+ [A-Z][a-z]+", text)))[:actors]
    return {
        "actors": [{"name": n, "type": "person", "role": None, "aliases": [n.split()[-1]]} for n in names],
        "quotes": [
            {
                "text": s,
                "speaker": names[i % len(names)] if names else None,
                "cue": "said",
                "kind": "indirect",
            }
            for i, s in enumerate(sentences[:quotes])
        ],
        "stances": [
            {"holder": names[i % len(names)], "target": "the plan", "polarity": "support", "evidence": s}
            for i, s in enumerate(sentences[:stances])
        ]
        if names
        else [],
    }


def completion(content: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 0,
        "model": "fake",
        "choices": [
            {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}
        ],
        "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
    }


@dataclass
class FakeServer:
    """Start with ``with FakeServer(...) as server:``; ``server.base_url`` is the /v1 endpoint."""

    faults: Faults = field(default_factory=Faults)
    seed: int = 0
    latency: float = 0.0
    latency_max: float | None = None
    answer: Any = answer_for
    port: int = 0
    requests: Counter[str] = field(default_factory=Counter)
    faults_sent: Counter[str] = field(default_factory=Counter)
    log: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self._cached: dict[str, bytes] = {}
        self.in_flight = self.max_in_flight = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def total_requests(self) -> int:
        return sum(self.requests.values())

    def __enter__(self) -> FakeServer:
        self._thread = threading.Thread(target=self._run, name="fake-openai", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None:
            loop.call_soon_threadsafe(stop.set)
        if self._thread is not None:
            self._thread.join(10)

    def _run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        server = await asyncio.start_server(self._serve, "127.0.0.1", self.port, backlog=512)
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        try:
            await self._stop.wait()
        finally:
            server.close()
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await server.wait_closed()

    def serve_forever(self) -> None:
        """Run in the calling thread (the ``python tests/fake_openai.py`` process)."""
        self._run()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.decode("latin-1").split("\r\n")[1:]:
                    name, _, value = line.partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value.strip())
                body = await reader.readexactly(length) if length else b""
                if head.startswith(b"GET /stats"):  # for benchmarks running the server as a process
                    self._send(writer, 200, {"requests": self.total_requests})
                    await writer.drain()
                    continue
                if not await self._respond(body, writer):
                    return
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:  # shutting down: end quietly, the loop is closing
            pass
        finally:
            writer.close()

    def _decide(self, text: str) -> tuple[str, str | None]:
        key = article_key(text)
        with self._lock:
            self.requests[key] += 1
            status = _STATUS.search(text)
            fault = f"status:{status.group(1)}" if status else self.faults.pick(self._rng)
            if fault:
                self.faults_sent[fault.split(":")[0]] += 1
            self.log.setdefault(key, []).append(fault or "ok")
        return key, fault

    async def _respond(self, raw: bytes, writer: asyncio.StreamWriter) -> bool:
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            return await self._answer(raw, writer)
        finally:
            self.in_flight -= 1

    async def _answer(self, raw: bytes, writer: asyncio.StreamWriter) -> bool:
        body = json.loads(raw or b"{}")
        text = article_of(body)
        _, fault = self._decide(text)
        delay = latency_for(text, self.latency, self.latency_max, self.seed)
        if delay:
            await asyncio.sleep(delay)
        if fault == "reset":
            sock = writer.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
            return False
        if fault == "timeout":
            await asyncio.sleep(self.faults.hang)
            return False
        if fault and fault.startswith("status:"):
            code = int(fault.split(":")[1])
            self._send(
                writer, code, {"error": {"message": f"refused with {code}", "type": "invalid_request"}}
            )
        elif fault == "rate_limit":
            self._send(
                writer, 429, {"error": {"message": "slow down"}}, {"Retry-After": self.faults.retry_after}
            )
        elif fault == "server_error":
            self._send(writer, self._rng.choice((500, 503)), {"error": {"message": "overloaded"}})
        elif fault == "truncated":
            payload = json.dumps(completion(json.dumps(self.answer(text)))).encode()
            writer.write(self._head(200, len(payload)) + payload[: len(payload) // 2])
            await writer.drain()
            return False
        elif fault == "invalid":
            self._send(writer, 200, completion(json.dumps({"quotes": [{"speaker": "Nobody"}]})))
        else:
            writer.write(self._answer_bytes(text))
        await writer.drain()
        return True

    def _answer_bytes(self, text: str) -> bytes:
        cached = self._cached.get(text)
        if cached is None:
            payload = json.dumps(completion(json.dumps(self.answer(text)))).encode()
            cached = self._head(200, len(payload)) + payload
            if len(self._cached) < 5000:
                self._cached[text] = cached
        return cached

    @staticmethod
    def _head(status: int, length: int, extra: dict[str, str] | None = None) -> bytes:
        lines = [
            f"HTTP/1.1 {status} X",
            "Content-Type: application/json",
            f"Content-Length: {length}",
            *(f"{k}: {v}" for k, v in (extra or {}).items()),
        ]
        return ("\r\n".join(lines) + "\r\n\r\n").encode()

    def _send(
        self,
        writer: asyncio.StreamWriter,
        status: int,
        data: dict[str, Any],
        headers: dict[str, str] | None = None,
    ) -> None:
        payload = json.dumps(data).encode()
        writer.write(self._head(status, len(payload), headers) + payload)


def main() -> None:
    parser = argparse.ArgumentParser(description="Fake OpenAI-compatible server with injected faults.")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each answer")
    parser.add_argument("--latency-max", type=float, help="draw each article's latency in [latency, this]")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rich", action="store_true", help="answer 10 quotes, 10 actors, 5 stances")
    args = parser.parse_args()
    server = FakeServer(
        latency=args.latency,
        latency_max=args.latency_max,
        seed=args.seed,
        port=args.port,
        answer=rich_answer if args.rich else answer_for,
    )
    threading.Thread(
        target=lambda: (server._ready.wait(), print(server.port, flush=True)), daemon=True
    ).start()
    started = time.time()
    try:
        server.serve_forever()
    finally:
        print(f"served {server.total_requests} requests in {time.time() - started:.1f}s", flush=True)


if __name__ == "__main__":
    main()
