"""Runs axe-core (from the axe-core-python package) over pages in headless Chromium, through the DevTools
protocol on a pipe, so no WebDriver or WebSocket library is needed. The script is evaluated by DevTools,
which the pages' Content-Security-Policy does not govern."""
import json
import os
import subprocess

CHROMIUM = "/usr/lib/chromium/chromium"


class Chromium:
    def __init__(self):
        to_chrome, self._writer = os.pipe()
        self._reader, from_chrome = os.pipe()
        # DevTools reads commands from fd 3 and writes replies to fd 4.
        high_in, high_out = os.dup2(to_chrome, 100), os.dup2(from_chrome, 101)
        self._process = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, close_fds=False,
            preexec_fn=lambda: (os.dup2(high_in, 3), os.dup2(high_out, 4)))
        for fd in (to_chrome, from_chrome, high_in, high_out):
            os.close(fd)
        self._next = 0
        self._buffer = b""

    def call(self, method, params=None, session=None):
        self._next += 1
        message = {"id": self._next, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._writer, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self._buffer:
                chunk = os.read(self._reader, 1 << 20)
                if not chunk:
                    raise RuntimeError("chromium closed the DevTools pipe")
                self._buffer += chunk
            raw, self._buffer = self._buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]

    def close(self):
        self._process.kill()
        self._process.wait()
        os.close(self._writer)
        os.close(self._reader)


def violations(chromium, url, axe_source, color_scheme):
    """axe-core's violations on the page at `url` in `color_scheme` (light or dark), as (rule, impact, html)."""
    target = chromium.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = chromium.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    try:
        chromium.call("Emulation.setEmulatedMedia",
                      {"features": [{"name": "prefers-color-scheme", "value": color_scheme}]}, session)
        chromium.call("Page.navigate", {"url": url}, session)
        chromium.call("Runtime.evaluate", {
            "expression": "new Promise(r => document.readyState === 'complete' ? r() : addEventListener('load', r))",
            "awaitPromise": True}, session)
        chromium.call("Runtime.evaluate", {"expression": axe_source}, session)
        result = chromium.call("Runtime.evaluate", {
            "expression": "axe.run().then(r => JSON.stringify(r.violations.flatMap("
                          "v => v.nodes.map(n => [v.id, v.impact, n.html]))))",
            "awaitPromise": True, "returnByValue": True}, session)
        return [tuple(item) for item in json.loads(result["result"]["value"])]
    finally:
        chromium.call("Target.closeTarget", {"targetId": target})
