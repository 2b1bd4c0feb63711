"""axe-core, in headless Chromium, finds no accessibility violation on any page of the golden sites, or of
the demo site in light and dark mode."""
import functools
import http.server
import threading
from pathlib import Path

import pytest

from axe_runner import CHROMIUM, Chromium, violations
from conftest import ROOT

GOLDEN_PAGES = sorted((ROOT / "Tests" / "StatusgenBuildTests" / "Sites").glob("*/expected/**/*.html"))


@pytest.fixture(scope="module")
def axe():
    try:
        import axe_core_python
    except ImportError:
        pytest.fail("axe-core is not installed (python3 -m pip install axe-core-python)")
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed (apt-get install chromium)")
    source = (Path(axe_core_python.__file__).parent / "axe.min.js").read_text()
    chromium = Chromium()
    yield lambda url, scheme: violations(chromium, url, source, scheme)
    chromium.close()


def test_every_golden_page_has_no_violation(axe):
    # The golden trees hold no style sheet: their pages are checked in the browser's own light colours.
    assert GOLDEN_PAGES
    found = {page.relative_to(ROOT).as_posix(): axe(page.as_uri(), "light") for page in GOLDEN_PAGES}
    assert {key: value for key, value in found.items() if value} == {}


def test_every_demo_page_has_no_violation_in_light_and_dark_mode(axe, demo_site):
    # Served over HTTP, so that the 404 page's links from the site's root reach the style sheet.
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(demo_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        pages = sorted(page.relative_to(demo_site).as_posix() for page in demo_site.rglob("*.html"))
        assert pages
        found = {(page, scheme): axe(base + page, scheme) for page in pages for scheme in ("light", "dark")}
    finally:
        server.shutdown()
    assert {key: value for key, value in found.items() if value} == {}
