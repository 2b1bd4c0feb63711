"""The demo site served by nginx with exactly the server block of docs/nginx/status.conf.

Every file kind in the built site must be in EXPECTED: a new kind of output fails this test until its
Content-Type, charset and caching are decided here and in the server block.
"""

import contextlib
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "docs" / "nginx" / "status.conf"
SHORT = "public, max-age=60"
LONG = "public, max-age=86400"

# File ending -> (Content-Type, whether it carries "; charset=utf-8", Cache-Control).
EXPECTED = {
    ".html": ("text/html", True, SHORT),
    ".css": ("text/css", True, LONG),
    ".js": ("text/javascript", True, LONG),
    ".txt": ("text/plain", True, SHORT),
    ".xml": ("text/xml", True, SHORT),
    ".csv": ("text/csv", True, SHORT),
    ".ics": ("text/calendar", True, SHORT),
    ".rss": ("application/rss+xml", True, SHORT),
    ".atom": ("application/atom+xml", True, SHORT),
    ".json": ("application/json", True, SHORT),
    ".svg": ("image/svg+xml", True, SHORT),
    ".png": ("image/png", False, LONG),
    ".jpg": ("image/jpeg", False, LONG),
    ".jpeg": ("image/jpeg", False, LONG),
    ".gif": ("image/gif", False, LONG),
    ".webp": ("image/webp", False, LONG),
    ".ico": ("image/x-icon", False, LONG),
    ".woff": ("font/woff", False, LONG),
    ".woff2": ("font/woff2", False, LONG),
}

# The directives of the documented block that a test run must change: where to listen, and what to serve.
LISTEN = "    listen 80;\n"
SITE_ROOT = "    root /var/www/status/site;\n"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_listening(port, process, seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return True
        except OSError:
            time.sleep(0.05)
    return False


@contextlib.contextmanager
def nginx_serving(site, prefix):
    """The base URL of an unprivileged nginx on 127.0.0.1 serving `site` with the documented server block,
    its files under `prefix`; stopped when the block ends."""
    if shutil.which("nginx") is None and not Path("/usr/sbin/nginx").exists():
        pytest.fail("nginx is not installed (apt-get install nginx)")
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    block = CONFIG.read_text()
    assert block.count(LISTEN) == 1 and block.count(SITE_ROOT) == 1, "the documented block changed shape"
    for attempt in range(3):
        port = free_port()
        server = block.replace(LISTEN, f"    listen 127.0.0.1:{port};\n").replace(SITE_ROOT, f"    root {site};\n")
        # As root, nginx's workers would run as nobody, who cannot read the test's private folders.
        user = "user root;\n" if os.geteuid() == 0 else ""
        (prefix / "nginx.conf").write_text(
            f"{user}daemon off;\nworker_processes 1;\npid {prefix}/nginx.pid;\nerror_log {prefix}/error.log;\n"
            "events {}\nhttp {\n"
            f"    access_log off;\n    client_body_temp_path {prefix}/body;\n    proxy_temp_path {prefix}/proxy;\n"
            f"    fastcgi_temp_path {prefix}/fastcgi;\n    uwsgi_temp_path {prefix}/uwsgi;\n"
            f"    scgi_temp_path {prefix}/scgi;\n"
            f"{server}\n}}\n"
        )
        process = subprocess.Popen(
            [binary, "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-e", str(prefix / "error.log")],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        if wait_until_listening(port, process):
            break
        process.kill()
        process.wait()
    else:
        pytest.fail("nginx did not start: " + (prefix / "error.log").read_text(errors="replace"))
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def nginx(demo_site, tmp_path_factory):
    """The base URL of nginx serving the demo site; stopped afterwards."""
    with nginx_serving(demo_site, tmp_path_factory.mktemp("nginx")) as url:
        yield url


PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'"


def fetch(url):
    """(status, headers, body) of a GET, for error statuses too."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def published_files(site):
    return sorted(p for p in site.rglob("*") if p.is_file() and not p.name.startswith("."))


def test_every_file_kind_of_the_site_is_in_the_table(demo_site):
    endings = {path.suffix for path in published_files(demo_site)}
    assert endings, "the demo site is empty"
    missing = sorted(endings - EXPECTED.keys())
    assert not missing, f"add these endings to EXPECTED and to docs/nginx/status.conf: {missing}"


def test_every_file_is_served_with_its_type_charset_and_caching(demo_site, nginx):
    for path in published_files(demo_site):
        relative = path.relative_to(demo_site).as_posix()
        content_type, has_charset, cache = EXPECTED[path.suffix]
        status, headers, body = fetch(f"{nginx}/{relative}")
        assert status == 200, relative
        assert body == path.read_bytes(), relative
        expected_type = content_type + ("; charset=utf-8" if has_charset else "")
        assert headers["Content-Type"] == expected_type, relative
        assert headers["Cache-Control"] == cache, relative
        assert headers["X-Content-Type-Options"] == "nosniff", relative
        # embed.html is meant to be framed by other sites (its own test checks that).
        framing = "" if relative == "embed.html" else "; frame-ancestors 'none'"
        assert headers["Content-Security-Policy"] == PAGE_POLICY + framing, relative
        assert headers["Referrer-Policy"] == "no-referrer", relative


def test_the_embed_page_of_every_language_may_be_framed_and_no_other_page(demo_site, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(demo_site, site)
    for folder in ("de", "pt-BR", "EN-gb"):
        (site / folder).mkdir()
        shutil.copy(site / "embed.html", site / folder / "embed.html")
    shutil.copy(site / "embed.html", site / "incidents" / "embed.html")
    (tmp_path / "nginx").mkdir()
    with nginx_serving(site, tmp_path / "nginx") as url:
        for path in ("embed.html", "de/embed.html", "pt-BR/embed.html", "EN-gb/embed.html"):
            status, headers, _ = fetch(f"{url}/{path}")
            assert status == 200 and headers["Content-Security-Policy"] == PAGE_POLICY, path
        for path in ("incidents/embed.html", "index.html"):
            status, headers, _ = fetch(f"{url}/{path}")
            assert status == 200 and headers["Content-Security-Policy"] == PAGE_POLICY + "; frame-ancestors 'none'"


def test_the_index_is_served_for_the_root(demo_site, nginx):
    status, headers, body = fetch(f"{nginx}/")
    assert status == 200
    assert body == (demo_site / "index.html").read_bytes()
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["Cache-Control"] == SHORT


def test_a_missing_page_gets_the_sites_404_page(demo_site, nginx):
    status, headers, body = fetch(f"{nginx}/incidents/no-such-incident.html")
    assert status == 404
    assert body == (demo_site / "404.html").read_bytes()
    assert headers["Content-Type"] == "text/html; charset=utf-8"


def test_the_api_may_be_read_from_other_origins_and_pages_may_not(demo_site, nginx):
    api = [p for p in published_files(demo_site) if p.relative_to(demo_site).parts[0] == "api"]
    assert api, "the demo site has no api/ files"
    for path in api:
        _, headers, _ = fetch(f"{nginx}/{path.relative_to(demo_site).as_posix()}")
        assert headers["Access-Control-Allow-Origin"] == "*", path
    _, headers, _ = fetch(f"{nginx}/index.html")
    assert headers["Access-Control-Allow-Origin"] is None


def test_hidden_files_are_not_served(demo_site, nginx):
    assert (demo_site / ".statusgen-site").exists()
    status, _, body = fetch(f"{nginx}/.statusgen-site")
    assert status == 404
    assert body == (demo_site / "404.html").read_bytes()


def test_the_page_meant_for_frames_may_be_framed(demo_site, nginx):
    (demo_site / "embed.html").write_text("<!DOCTYPE html><title>embed</title>")
    try:
        status, headers, _ = fetch(f"{nginx}/embed.html")
    finally:
        (demo_site / "embed.html").unlink()
    assert status == 200
    assert headers["Content-Security-Policy"] == PAGE_POLICY
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_the_publishing_docs_show_the_tested_block_verbatim():
    docs = (ROOT / "docs" / "publishing.md").read_text()
    blocks = re.findall(r"```nginx\n(.*?)```", docs, flags=re.S)
    assert CONFIG.read_text() in blocks
