"""`statusgen serve`: answers on 127.0.0.1, rebuilds after an edit, shows the errors of a bad edit, stops on Ctrl-C."""

import signal
import socket
import subprocess
import threading

import pytest

from conftest import statusgen_binary
from local_http import get, wait_until

CONFIG = """title: Preview Test
base_url: https://status.example.com/
timezone: UTC
components:
  - id: web
    name: Website
"""

INCIDENT = """---
title: {title}
impact: {impact}
components:
  web: major_outage
---
## 2026-11-20T10:00:00Z investigating
The website does not load.
"""


def poll(url, predicate):
    """GETs `url` until `predicate(status, headers, body)` holds; returns (status, headers, body)."""

    def attempt():
        page = get(url)
        return page if predicate(*page) else None

    return wait_until(attempt)


@pytest.fixture
def preview(tmp_path):
    """A running `statusgen serve --port 0` on a small site: (site folder, base URL)."""
    (tmp_path / "statusgen.yml").write_text(CONFIG)
    (tmp_path / "incidents").mkdir()
    (tmp_path / "incidents" / "2026-11-20-web.md").write_text(INCIDENT.format(title="Website down", impact="major"))
    process = subprocess.Popen(
        [str(statusgen_binary()), "serve", "--source", str(tmp_path), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    # The first line names the address; read it on a thread so that a silent server fails the test, not hangs it.
    lines = []
    reader = threading.Thread(target=lambda: lines.append(process.stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout=30)
    try:
        assert lines and lines[0].startswith("Serving "), f"no address printed: {lines!r}"
        url = lines[0].split(" at ")[1].split(" ")[0]
        assert url.startswith("http://127.0.0.1:") and url.endswith("/")
        yield tmp_path, url, process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_serves_the_site_with_content_types(preview):
    site, url, _ = preview
    status, headers, body = get(url)
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert "Website down" in body
    status, headers, _ = get(url + "style.css")
    assert (status, headers["Content-Type"]) == (200, "text/css; charset=utf-8")
    status, headers, body = get(url + "feed.rss")
    assert (status, headers["Content-Type"]) == (200, "application/rss+xml; charset=utf-8")
    assert "<rss" in body
    status, headers, _ = get(url + "incidents/2026-11-20-web.html")
    assert (status, headers["Content-Type"]) == (200, "text/html; charset=utf-8")
    assert headers["Content-Security-Policy"] == (
        "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'")
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["Access-Control-Allow-Origin"] is None
    # The API may be read by embed.js and widgets on other sites.
    status, headers, _ = get(url + "api/v2/summary.json")
    assert (status, headers["Access-Control-Allow-Origin"]) == (200, "*")
    status, headers, body = get(url + "no/such/page.html")
    assert (status, headers["Content-Type"]) == (404, "text/html; charset=utf-8")
    assert "Preview Test" in body
    # Built in memory only.
    assert not (site / "site").exists()


def test_rebuilds_after_an_edit_and_shows_the_errors_of_a_bad_one(preview):
    site, url, process = preview
    incident = site / "incidents" / "2026-11-20-web.md"

    incident.write_text(INCIDENT.format(title="Website slow & <flaky>", impact="minor"))
    _, _, body = poll(url, lambda status, headers, body: "Website slow &amp; &lt;flaky&gt;" in body)
    assert "Website down" not in body

    incident.write_text(INCIDENT.format(title="Website down", impact="huge"))
    status, headers, body = poll(url, lambda status, headers, body: status == 500)
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert (
        "<li><code>incidents/2026-11-20-web.md:3: &#39;impact&#39;: unknown value &#39;huge&#39;: "
        "expected one of none, minor, major, critical</code></li>"
    ) in body
    assert "Website slow" not in body
    # Every page shows the errors, not the old site.
    assert get(url + "incidents/2026-11-20-web.html")[0] == 500

    incident.write_text(INCIDENT.format(title="Website back", impact="major"))
    poll(url, lambda status, headers, body: status == 200 and "Website back" in body)

    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=10) == 0
    stderr = process.stderr.read()
    assert "incidents/2026-11-20-web.md:3: 'impact': unknown value 'huge'" in stderr


def test_a_port_in_use_is_a_clear_error(tmp_path):
    (tmp_path / "statusgen.yml").write_text(CONFIG)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [str(statusgen_binary()), "serve", "--source", str(tmp_path), "--port", str(port)],
            capture_output=True, text=True, timeout=30,
        )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.endswith(f"error: cannot listen on 127.0.0.1:{port}: Address already in use\n")
