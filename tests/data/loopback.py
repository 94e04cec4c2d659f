"""A loopback HTTP server for one file, and a PolNeAR-shaped zip made from the invented fixtures."""

from __future__ import annotations

import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "evaluation" / "fixtures"


def polnear_zip(path: Path, top: str = "PolNeAR-1.0.0") -> Path:
    """The invented PolNeAR fixtures laid out as the release archive: data/{train,dev}, metadata.tsv."""
    source = FIXTURES / "polnear"
    with zipfile.ZipFile(path, "w") as zipped:
        zipped.write(source / "metadata.tsv", f"{top}/data/metadata.tsv")
        for split in ("train", "dev"):
            for file in sorted((source / "dev").rglob("*")):
                if file.is_file():
                    zipped.write(file, f"{top}/data/{split}/{file.relative_to(source / 'dev').as_posix()}")
    return path


@contextmanager
def serving(body: bytes) -> Iterator[tuple[str, list[str]]]:
    """Serve ``body`` at every path on 127.0.0.1; yields the base URL and the paths asked for."""
    asked: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet."""

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", asked
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def closed_port() -> int:
    """A loopback port nothing listens on."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
