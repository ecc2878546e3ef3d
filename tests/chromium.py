"""A headless Chromium driven over the DevTools protocol on a pipe, for tests of kg's HTML pages.

`chromium --remote-debugging-pipe` reads protocol commands (JSON, each ended by a NUL byte) on file
descriptor 3 and writes answers and events on descriptor 4, so nothing but the standard library
is needed: no websocket client, no Playwright. Chromium comes from the system (Debian's
`chromium` package); `KG_CHROMIUM` names another binary.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any


def chromium_path() -> str | None:
    """The Chromium binary to test with, or None when there is none."""
    named = os.environ.get("KG_CHROMIUM")
    if named:
        return named if shutil.which(named) else None
    return next((path for name in ("chromium", "chromium-browser") if (path := shutil.which(name))), None)


class Page:
    """One browser tab: navigate, evaluate JavaScript, type, click, take screenshots, collect console errors."""

    def __init__(self, process: subprocess.Popen[bytes], to_browser: int, from_browser: int) -> None:
        self._process = process
        self._out = to_browser
        self._in = from_browser
        self._buffer = b""
        self._next_id = 0
        self._session: str | None = None
        self.events: list[dict[str, Any]] = []

    def send(self, method: str, params: dict[str, Any] | None = None, *, timeout: float = 60) -> dict[str, Any]:
        """Send one command (to the tab once attached) and return its result; raise on a protocol error."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if self._session and not method.startswith(("Target.", "Browser.")):
            message["sessionId"] = self._session
        os.write(self._out, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            answer = self._read(deadline)
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return dict(answer.get("result", {}))
            self.events.append(answer)

    def wait_for(self, method: str, timeout: float = 60) -> dict[str, Any]:
        """The next event called `method` (events already received count)."""
        deadline = time.monotonic() + timeout
        for index, event in enumerate(self.events):
            if event.get("method") == method:
                return self.events.pop(index)
        while True:
            event = self._read(deadline)
            if event.get("method") == method:
                return event
            self.events.append(event)

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline or self._process.poll() is not None:
                raise TimeoutError("no answer from Chromium")
            chunk = os.read(self._in, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed its DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return dict(json.loads(message))

    def attach(self, width: int, height: int) -> None:
        """Open a tab of `width` x `height` CSS pixels and listen to its page, console and log."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self._session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable")
        metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}
        self.send("Emulation.setDeviceMetricsOverride", metrics)

    def goto(self, url: str) -> None:
        """Load `url` and wait for its load event."""
        self.send("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (JSON-serialisable values only)."""
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def type_text(self, text: str) -> None:
        """Type `text` into the focused element, as a keyboard would (input events fire)."""
        self.send("Input.insertText", {"text": text})

    def click(self, x: float, y: float) -> None:
        """A left click at (x, y) in CSS pixels of the viewport: move, press, release."""
        self.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})

    def wheel(self, x: float, y: float, delta_y: float) -> None:
        """A mouse-wheel turn at (x, y); negative `delta_y` scrolls up (zooms in, in kg's view)."""
        self.send("Input.dispatchMouseEvent", {"type": "mouseWheel", "x": x, "y": y, "deltaX": 0, "deltaY": delta_y})

    def screenshot(self) -> bytes:
        """The viewport as PNG bytes."""
        return base64.b64decode(self.send("Page.captureScreenshot", {"format": "png"})["data"])

    def console_errors(self) -> list[str]:
        """Errors the page reported so far: console.error, uncaught exceptions, failed loads in the log."""
        self.evaluate("0")  # lets pending events arrive
        errors = []
        for event in self.events:
            params = event.get("params", {})
            if event.get("method") == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                errors.append(" ".join(str(arg.get("value", arg.get("description"))) for arg in params["args"]))
            elif event.get("method") == "Runtime.exceptionThrown":
                details = params["exceptionDetails"]
                errors.append(str(details.get("exception", {}).get("description") or details.get("text")))
            elif event.get("method") == "Log.entryAdded" and params["entry"].get("level") == "error":
                errors.append(str(params["entry"].get("text")))
        return errors


@contextmanager
def open_page(executable: str, width: int = 1400, height: int = 900) -> Iterator[Page]:
    """A headless Chromium with one tab of `width` x `height`; closed on exit."""
    commands_read, commands_write = os.pipe()
    answers_read, answers_write = os.pipe()

    def descriptors_3_and_4() -> None:
        # In the child: the pipe ends become descriptors 3 and 4 (moved out of the way first, in case
        # one of them is 3 or 4 already). dup2 makes them inheritable; every other descriptor of this
        # process is not (PEP 446), so Chromium gets these two and stdio only.
        ends = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (commands_read, answers_write)]
        for target, fd in zip((3, 4), ends, strict=True):
            os.dup2(fd, target)

    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        args = [
            executable,
            "--headless",
            "--remote-debugging-pipe",
            "--no-sandbox",  # CI containers run as root, where Chromium's sandbox cannot start
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
        ]
        process = subprocess.Popen(
            args,
            close_fds=False,
            preexec_fn=descriptors_3_and_4,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(commands_read)
        os.close(answers_write)
        page = Page(process, commands_write, answers_read)
        try:
            page.attach(width, height)
            yield page
        finally:
            with suppress(RuntimeError, TimeoutError, OSError):
                page.send("Browser.close", timeout=10)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            os.close(commands_write)
            os.close(answers_read)
