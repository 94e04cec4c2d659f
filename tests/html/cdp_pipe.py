"""A tiny Chrome DevTools Protocol client over ``--remote-debugging-pipe`` (no websocket, no deps).

Chromium reads NUL-terminated JSON commands from fd 3 and writes replies and events to fd 4.
Only what the browser tests need is here: open a page, evaluate JS, click, press keys, take
screenshots, and collect console errors, exceptions and network requests.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--hide-scrollbars",
    "--remote-debugging-pipe",
]
TIMEOUT = 30.0  # seconds; a guard against a hung browser, not a performance check


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


@contextlib.contextmanager
def launched(chromium: str, profile: Path) -> Iterator[Browser]:
    """A headless Chromium with its profile in ``profile`` and its log beside it, closed afterwards."""
    browser = Browser(chromium, profile, profile.parent / "chromium.log")
    try:
        yield browser
    finally:
        browser.close()


class BrowserError(RuntimeError):
    pass


class Browser:
    """One headless Chromium process driven over a pipe."""

    def __init__(self, executable: str, user_data_dir: Path, log_path: Path) -> None:
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()
        # Chromium's ends go to fds >= 10 so that moving them onto 3 and 4 cannot clobber each other.
        child_r, child_w = (fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_chrome_r, from_chrome_w))
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._log = log_path.open("wb")
        self.proc = subprocess.Popen(
            [
                "bash",
                "-c",
                f'exec "$@" 3<&{child_r} 4>&{child_w} {child_r}<&- {child_w}>&-',
                "bash",
                executable,
                *FLAGS,
                f"--user-data-dir={user_data_dir}",
                "about:blank",
            ],
            pass_fds=(child_r, child_w),
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=self._log,
        )
        os.close(child_r)
        os.close(child_w)
        self._buf = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []

    def _send(self, method: str, params: dict[str, Any] | None, session: str | None) -> int:
        self._next_id += 1
        msg: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self._to_chrome, json.dumps(msg).encode() + b"\0")
        return self._next_id

    def _read_until(self, match: Any) -> dict[str, Any]:
        deadline = time.monotonic() + TIMEOUT
        while True:
            while b"\0" in self._buf:
                raw, self._buf = self._buf.split(b"\0", 1)
                msg: dict[str, Any] = json.loads(raw)
                if "method" in msg:
                    self.events.append(msg)
                if match(msg):
                    return msg
            ready, _, _ = select.select([self._from_chrome], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                raise BrowserError("no answer from chromium in time")
            chunk = os.read(self._from_chrome, 1 << 20)
            if not chunk:
                raise BrowserError("chromium closed the pipe")
            self._buf += chunk

    def call(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> Any:
        msg_id = self._send(method, params, session)
        reply = self._read_until(lambda m: m.get("id") == msg_id)
        if "error" in reply:
            raise BrowserError(f"{method}: {reply['error']}")
        return reply["result"]

    def wait_event(self, method: str, session: str) -> dict[str, Any]:
        for event in self.events:
            if event["method"] == method and event.get("sessionId") == session:
                self.events.remove(event)
                return event
        event = self._read_until(lambda m: m.get("method") == method and m.get("sessionId") == session)
        self.events.remove(event)  # consumed: a second navigation must wait for its own event
        return event

    def new_page(self, width: int, height: int) -> Page:
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable", None, session)
        page = Page(self, session, target)
        page.resize(width, height)
        return page

    def close(self) -> None:
        with contextlib.suppress(BrowserError):
            self.call("Browser.close")
        try:
            self.proc.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_chrome)
        os.close(self._from_chrome)
        self._log.close()


class Page:
    def __init__(self, browser: Browser, session: str, target: str) -> None:
        self.browser, self.session, self.target = browser, session, target

    def call(self, method: str, params: dict[str, Any] | None = None) -> Any:
        return self.browser.call(method, params, self.session)

    def resize(self, width: int, height: int) -> None:
        self.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )

    def goto(self, path: Path) -> None:
        self.call("Page.navigate", {"url": path.resolve().as_uri()})
        self.browser.wait_event("Page.loadEventFired", self.session)

    def js(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression!r} threw: {result['exceptionDetails']}")
        return result["result"].get("value")

    def click(self, selector: str) -> None:
        """A real mouse click (pressed and released) at the centre of the first match."""
        self._mouse(selector, ("mouseMoved", "mousePressed", "mouseReleased"))

    def hover(self, selector: str) -> None:
        """Move the mouse onto the centre of the first match."""
        self._mouse(selector, ("mouseMoved",))

    def _mouse(self, selector: str, kinds: tuple[str, ...]) -> None:
        box = self.js(
            f"(() => {{ const el = document.querySelector({json.dumps(selector)});"
            " el.scrollIntoView({block: 'center'}); const r = el.getBoundingClientRect();"
            " return [r.left + r.width / 2, r.top + r.height / 2]; })()"
        )
        for kind in kinds:
            self.call(
                "Input.dispatchMouseEvent",
                {"type": kind, "x": box[0], "y": box[1], "button": "left", "clickCount": 1},
            )

    def press(self, key: str, code: str, key_code: int) -> None:
        """Press and release a key; Enter also types its text, which is what activates a button."""
        text = {"Enter": "\r"}.get(key)
        down: dict[str, Any] = {
            "type": "rawKeyDown",
            "key": key,
            "code": code,
            "windowsVirtualKeyCode": key_code,
        }
        if text:
            down.update(type="keyDown", text=text)
        self.call("Input.dispatchKeyEvent", down)
        self.call("Input.dispatchKeyEvent", {**down, "type": "keyUp", "text": ""})

    def screenshot(self, path: Path, *, full_page: bool = False, scale: float = 1.0) -> Path:
        """A PNG of the viewport (or the whole page), optionally scaled down to keep files small."""
        size = (
            "[document.documentElement.scrollWidth, document.documentElement.scrollHeight]"
            if full_page
            else "[window.innerWidth, window.innerHeight]"
        )
        width, height = self.js(size)
        clip = {"x": 0, "y": 0, "width": width, "height": height, "scale": scale}
        params: dict[str, Any] = {"format": "png", "captureBeyondViewport": full_page, "clip": clip}
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(self.call("Page.captureScreenshot", params)["data"]))
        return path

    def problems(self) -> list[str]:
        """Console errors, uncaught exceptions, error log entries and non-file requests so far."""
        found: list[str] = []
        for event in self.browser.events:
            if event.get("sessionId") != self.session:
                continue
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in {"error", "assert", "warning"}:
                found.append(f"console.{params['type']}: {[a.get('value') for a in params.get('args', [])]}")
            elif method == "Runtime.exceptionThrown":
                found.append(f"exception: {params['exceptionDetails']}")
            elif method == "Log.entryAdded" and params["entry"]["level"] in {"error", "warning"}:
                found.append(f"log {params['entry']['level']}: {params['entry']['text']}")
            elif method == "Network.requestWillBeSent":
                url = params["request"]["url"]
                if not url.startswith(("file:", "data:", "about:")):
                    found.append(f"network request: {url}")
        return found

    def close(self) -> None:
        self.browser.call("Target.closeTarget", {"targetId": self.target})
