"""The daily bars work by keyboard and touch without script: in headless Chromium, Tab reaches each strip
once, arrow keys walk its days, a tap picks a day, and the focused day's details show and are its
accessible name (read from the accessibility tree, as a screen reader gets it)."""
import functools
import http.server
import threading
from pathlib import Path

import pytest

from axe_runner import CHROMIUM, Chromium

# The day under focus: its strip's component, its place in the strip, its label's text and size on screen.
FOCUSED = """(() => {
  const input = document.activeElement;
  if (!input || !input.classList.contains('bar-input')) return null;
  const label = input.parentElement.querySelector('.bar-label');
  const box = label.getBoundingClientRect();
  const days = [...input.closest('.bars').querySelectorAll('.bar-input')];
  return {strip: input.name, index: days.indexOf(input), count: days.length, checked: input.checked,
          text: label.textContent, width: box.width, height: box.height};
})()"""

KEYS = {"Tab": 9, "ArrowRight": 39, "ArrowLeft": 37}


@pytest.fixture(scope="module")
def served(demo_site):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(demo_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed (apt-get install chromium)")
    chromium = Chromium()
    yield chromium
    chromium.close()


class Page:
    """One tab of the browser, at a fixed window size, with focus as if the window were in front."""

    def __init__(self, chromium, url, touch=False):
        self.chromium = chromium
        self.target = chromium.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = chromium.call("Target.attachToTarget", {"targetId": self.target, "flatten": True})["sessionId"]
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": touch})
        self.call("Emulation.setFocusEmulationEnabled", {"enabled": True})
        if touch:
            self.call("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 1})
        self.call("Page.navigate", {"url": url})
        self.evaluate("new Promise(r => document.readyState === 'complete' ? r() : addEventListener('load', r))")

    def call(self, method, params=None):
        return self.chromium.call(method, params, self.session)

    def evaluate(self, expression):
        reply = self.call("Runtime.evaluate", {"expression": expression, "awaitPromise": True, "returnByValue": True})
        return reply["result"].get("value")

    def press(self, key):
        code = KEYS[key]
        for kind in ("rawKeyDown", "keyUp"):
            self.call("Input.dispatchKeyEvent",
                      {"type": kind, "key": key, "code": key, "windowsVirtualKeyCode": code})

    def tap(self, x, y):
        self.call("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y}]})
        self.call("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})

    def close(self):
        self.chromium.call("Target.closeTarget", {"targetId": self.target})


def test_tab_reaches_each_strip_once_and_arrows_walk_its_days(browser, served):
    page = Page(browser, served + "components/mail-inbound.html")
    try:
        for _ in range(40):
            page.press("Tab")
            first = page.evaluate(FOCUSED)
            if first:
                break
        assert first, "Tab never reached the bars"
        # One tab stop: the first day when none is picked; its details show under the strip.
        assert (first["strip"], first["index"], first["count"]) == ("day-mail-inbound", 0, 90)
        assert first["text"].startswith("27 Aug 2026: ")
        assert first["width"] > 200 and first["height"] > 10
        page.press("ArrowRight")
        second = page.evaluate(FOCUSED)
        assert (second["index"], second["checked"]) == (1, True)
        assert second["text"].startswith("28 Aug 2026: ") and second["width"] > 200
        # Only the focused day's details show.
        shown = page.evaluate("[...document.querySelectorAll('.bar-label')]"
                              ".filter(l => l.getBoundingClientRect().width > 1).length")
        assert shown == 1
        # What a screen reader announces: the focused node of the accessibility tree is that day's radio button.
        # (The page itself, the root, has the window's focus too.)
        focused = [node for node in page.call("Accessibility.getFullAXTree")["nodes"]
                   if node["role"]["value"] != "RootWebArea"
                   and any(p["name"] == "focused" and p["value"]["value"] for p in node.get("properties", []))]
        assert [(node["role"]["value"], node["name"]["value"]) for node in focused] == [("radio", second["text"])]
        page.press("ArrowLeft")
        assert page.evaluate(FOCUSED)["index"] == 0
        page.press("Tab")
        assert page.evaluate(FOCUSED) is None, "the second Tab stayed in the strip"
        # Back into the strip: the picked day, not the first or the last.
        page.call("Input.dispatchKeyEvent", {"type": "rawKeyDown", "key": "Tab", "code": "Tab",
                                             "windowsVirtualKeyCode": 9, "modifiers": 8})
        back = page.evaluate(FOCUSED)
        assert (back["index"], back["checked"]) == (0, True)
    finally:
        page.close()


def test_every_strip_of_the_index_is_one_tab_stop(browser, served):
    page = Page(browser, served + "index.html")
    try:
        strips = page.evaluate("document.querySelectorAll('.bars').length")
        # Walk the whole tab order once round: until an element comes back.
        where = "(() => { const e = document.activeElement; return e.name || e.getAttribute('href') || e.tagName; })()"
        seen, stops = [], []
        for _ in range(400):
            page.press("Tab")
            element = page.evaluate(where) + "|" + str(page.evaluate(
                "[...document.querySelectorAll('*')].indexOf(document.activeElement)"))
            if element in seen:
                break
            seen.append(element)
            day = page.evaluate(FOCUSED)
            if day:
                stops.append(day["strip"])
        assert strips == 8
        assert len(stops) == strips and len(set(stops)) == strips, stops
    finally:
        page.close()


def test_a_tap_shows_that_days_details(browser, served):
    page = Page(browser, served + "components/mail-inbound.html", touch=True)
    try:
        box = page.evaluate("(() => { const r = document.querySelectorAll('.bar')[89].getBoundingClientRect();"
                            " window.scrollTo(0, r.top - 100); const s = document.querySelectorAll('.bar')[89]"
                            ".getBoundingClientRect(); return [s.x + s.width / 2, s.y + s.height / 2]; })()")
        page.tap(*box)
        day = page.evaluate(FOCUSED)
        assert day and (day["index"], day["checked"]) == (89, True)
        assert day["text"].startswith("24 Nov 2026: Major outage.") and day["width"] > 200
    finally:
        page.close()


def test_a_day_is_a_radio_button_named_by_its_date_status_and_uptime(browser, served):
    page = Page(browser, served + "components/mail-inbound.html")
    try:
        nodes = page.call("Accessibility.getFullAXTree")["nodes"]
        days = [node for node in nodes if node.get("role", {}).get("value") == "radio"]
        assert len(days) == 90
        names = [node["name"]["value"] for node in days]
        assert names[0] == "27 Aug 2026: Operational. 100% uptime."
        assert names[-1].startswith("24 Nov 2026: Major outage. ")
        assert " uptime. Mail flow delayed for UK customers." in names[-1]
        # The strip is a group named after what it shows, so a reader hears it on entering.
        groups = [node for node in nodes if node.get("role", {}).get("value") == "group"
                  and node.get("name", {}).get("value", "").startswith("Daily status of Inbound mail (SMTP)")]
        assert len(groups) == 1
        print("\n".join(str({key: node.get(key) for key in ("role", "name", "properties")}) for node in days[-1:]))
    finally:
        page.close()
