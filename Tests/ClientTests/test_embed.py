"""The status embed as a company's own website uses it: a page on another origin includes embed.js from the
demo site served by nginx, and headless Chromium runs it.

The banner shows while the demo's incident is open, not once it is resolved, and not when the status site
cannot be reached. Screenshots of each state are left in STATUSGEN_SCREENSHOTS when that is set.
"""

import os
import shutil
import subprocess
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import NOW, copy_demo_site, statusgen_binary
from test_nginx import nginx_serving

HOST_PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>Example Mail Cloud</title></head>
<body><h1>Example Mail Cloud</h1><p>Mail for teams that cannot wait.</p>
<script src="{status}/embed.js" async></script></body></html>
"""


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    pytest.fail("headless Chromium is not installed (apt-get install chromium)")


def render(url, screenshot=None):
    """The DOM of `url` after its scripts ran, as headless Chromium serialises it; a screenshot on request."""
    common = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000"]
    dom = subprocess.run(common + ["--dump-dom", url], check=True, capture_output=True, text=True, timeout=60)
    if screenshot:
        subprocess.run(
            common + [f"--screenshot={screenshot}", "--window-size=900,300", url],
            check=True, capture_output=True, timeout=60,
        )
    return dom.stdout


@pytest.fixture
def host(tmp_path):
    """Serves a page of the company's website on its own origin; yields a function that writes it."""
    folder = tmp_path / "www"
    folder.mkdir()
    handler = partial(SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *args: None
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def page(status_url, lang="en"):
        (folder / "index.html").write_text(HOST_PAGE.format(status=status_url, lang=lang))
        return f"http://127.0.0.1:{server.server_address[1]}/index.html"

    try:
        yield page
    finally:
        server.shutdown()
        server.server_close()


def screenshot_path(name):
    folder = os.environ.get("STATUSGEN_SCREENSHOTS")
    return str(Path(folder) / name) if folder else None


def built_demo(folder, now, resolve=False, locales=None):
    """The demo site built into `folder`/site as of `now`, its open incident resolved first on request,
    published in `locales` when given."""
    folder.mkdir()
    copy_demo_site(folder)
    if locales:
        config = folder / "statusgen.yml"
        config.write_text(config.read_text() + f"locales: [{', '.join(locales)}]\n")
    binary = str(statusgen_binary())
    if resolve:
        subprocess.run(
            [binary, "resolve", "2026-11-24-uk-mail-flow", "--source", str(folder), "--now", now,
             "-m", "Mail flow is restored."],
            check=True, capture_output=True,
        )
    subprocess.run([binary, "build", "--source", str(folder), "--now", now], check=True, capture_output=True)
    return folder / "site"


def test_embed_js_is_small_and_needs_nothing_else():
    script = (Path(__file__).resolve().parents[2] / "templates" / "embed.js").read_bytes()
    assert len(script) < 4096
    assert b"import " not in script and b"require(" not in script


def test_the_banner_shows_during_the_open_incident(demo_site, host, tmp_path):
    with nginx_serving(demo_site, tmp_path) as status:
        dom = render(host(status), screenshot_path("embed-open-incident.png"))
    assert 'class="statusgen-embed"' in dom
    # The state as the status page's banner says it ("Major outage: Inbound mail (SMTP)").
    assert 'lang="en"' in dom and "<strong>Major outage</strong>" in dom and 'aria-label="Dismiss"' in dom
    assert "Mail flow delayed for UK customers" in dom
    assert f'href="https://status.example.com/incidents/2026-11-24-uk-mail-flow.html"' in dom
    # The company's own page is still there, under the banner.
    assert "Mail for teams that cannot wait." in dom


def test_the_banner_speaks_the_language_of_the_page_it_is_on(host, tmp_path):
    site = built_demo(tmp_path / "demo", NOW, locales=["en", "de"])
    with nginx_serving(site, tmp_path) as status:
        german = render(host(status, lang="DE-at"), screenshot_path("embed-german.png"))
        italian = render(host(status, lang="it"))
    assert 'lang="de"' in german and "<strong>Schwerer Ausfall</strong>" in german
    assert 'aria-label="Schließen"' in german and "Major outage" not in german
    # A language the site is not published in gets the site's own.
    assert 'lang="en"' in italian and "<strong>Major outage</strong>" in italian


def test_nothing_shows_once_the_incident_is_resolved(host, tmp_path):
    site = built_demo(tmp_path / "demo", "2026-11-24T12:40:00Z", resolve=True)
    with nginx_serving(site, tmp_path) as status:
        dom = render(host(status), screenshot_path("embed-resolved.png"))
    assert "Mail for teams that cannot wait." in dom
    assert "statusgen-embed" not in dom


def test_an_outage_monitors_alone_found_shows_in_its_colour_with_a_link_to_the_status_page(host, tmp_path):
    """No incident is open, but IMAP's monitors have failed for twenty minutes: the status page says so,
    and so does the banner, in the red of a major outage rather than the blue of maintenance."""
    folder = tmp_path / "demo"
    folder.mkdir()
    copy_demo_site(folder)
    binary = str(statusgen_binary())
    later = "2026-11-24T12:40:00Z"
    subprocess.run([binary, "resolve", "2026-11-24-uk-mail-flow", "--source", str(folder), "--now", later,
                    "-m", "Mail flow is restored."], check=True, capture_output=True)
    rows = "".join(f"2026-11-24T12:{minute:02d}:00Z,{monitor},down,\n"
                   for minute in range(20, 41) for monitor in ("imap-uk", "imap-de"))
    (folder / "monitors" / "outage.csv").write_text("timestamp,monitor,status,latency_ms\n" + rows)
    subprocess.run([binary, "build", "--source", str(folder), "--now", later], check=True, capture_output=True)
    with nginx_serving(folder / "site", tmp_path) as status:
        dom = render(host(status), screenshot_path("embed-monitors-only.png"))
    assert "<strong>Major outage</strong>" in dom
    assert "background: rgb(179, 38, 30)" in dom, dom
    assert '<a href="' + status + '/"' in dom and ">Example Mail Cloud Status</a>" in dom, dom


def test_an_outage_of_another_component_beside_the_open_incident_links_the_status_page_too(host, tmp_path):
    """The open incident is about inbound mail, while IMAP's monitors fail: the banner's "Major outage" must
    not read as if it were the incident's, so the status page is linked as well."""
    folder = tmp_path / "demo"
    folder.mkdir()
    copy_demo_site(folder)
    rows = "".join(f"2026-11-24T11:{minute:02d}:00Z,{monitor},down,\n"
                   for minute in range(30, 60) for monitor in ("imap-uk", "imap-de"))
    (folder / "monitors" / "outage.csv").write_text("timestamp,monitor,status,latency_ms\n" + rows)
    subprocess.run([str(statusgen_binary()), "build", "--source", str(folder), "--now", NOW],
                   check=True, capture_output=True)
    with nginx_serving(folder / "site", tmp_path) as status:
        dom = render(host(status))
    assert "<strong>Major outage</strong>" in dom
    assert 'href="https://status.example.com/incidents/2026-11-24-uk-mail-flow.html"' in dom
    assert '<a href="' + status + '/"' in dom and ">Example Mail Cloud Status</a>" in dom, dom


def test_an_incident_that_changes_no_state_shows_without_a_state_word(host, tmp_path):
    site = built_demo(tmp_path / "demo", "2026-11-24T12:40:00Z", resolve=True)
    folder = site.parent
    binary = str(statusgen_binary())
    subprocess.run([binary, "new", "Some replies from support are slow", "--impact", "none", "--source", str(folder),
                    "--now", "2026-11-24T12:41:00Z", "-m", "We are looking into it."], check=True, capture_output=True)
    subprocess.run([binary, "build", "--source", str(folder), "--now", "2026-11-24T12:42:00Z"],
                   check=True, capture_output=True)
    with nginx_serving(site, tmp_path) as status:
        dom = render(host(status))
    assert 'class="statusgen-embed"' in dom and "Some replies from support are slow" in dom
    assert "<strong></strong>" in dom and "operational" not in dom.lower(), dom


def test_nothing_shows_when_the_status_site_cannot_be_reached(demo_site, host, tmp_path):
    with nginx_serving(demo_site, tmp_path) as status:
        pass
    # nginx has stopped: the script's request fails, and the page shows no trace of it.
    dom = render(host(status), screenshot_path("embed-unreachable.png"))
    assert "Mail for teams that cannot wait." in dom
    assert "statusgen-embed" not in dom


def test_embed_html_shows_the_state_and_the_open_incident_without_javascript(demo_site):
    page = (demo_site / "embed.html").read_text()
    assert "<script" not in page
    assert "Major outage: Inbound mail (SMTP)" in page
    assert "Mail flow delayed for UK customers" in page
