"""`statusgen new|update|resolve … --publish`: one command writes the update, builds, publishes to every
target (a folder and a bare git repository here) and, as soon as one is live, notifies (a webhook receiver
on 127.0.0.1), and says how long the site took to be live."""

import json
import re
import socket
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import NOW, copy_demo_site, statusgen_binary
from publishing import site_files

LATER = "2026-11-24T12:20:00Z"
TITLE = "Card payments declined"


class Webhook:
    """Records each POST, and whether the folder target already served the incident when it arrived."""

    def __init__(self, live_folder):
        self.deliveries = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            # HTTP/1.1, as webhook receivers speak it: the connection stays open after the answer, for the
            # client to close.
            protocol_version = "HTTP/1.1"

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                front_page = live_folder / "index.html"
                try:
                    live = TITLE in front_page.read_text()
                except OSError:
                    live = False
                owner.deliveries.append((json.loads(body), live))
                self.send_response(200)
                # A length, as webhook receivers send: an answer ended only by closing the connection can
                # reach the client as a closed connection, which notify rightly counts as maybe delivered.
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        # A connection that a client drops before it is accepted must not leave accept() waiting for the next:
        # with a timeout, serve_forever goes back to its loop (and can be shut down).
        self.server.socket.settimeout(1)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/status-hook"

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def run(source, *arguments):
    return subprocess.run([str(statusgen_binary()), *arguments, "--source", str(source)],
                          capture_output=True, text=True, timeout=300)


def git_files(repository, branch="gh-pages"):
    names = subprocess.run(["git", "ls-tree", "-r", "--name-only", branch], cwd=repository, check=True,
                           capture_output=True, text=True).stdout.split()
    return {name: subprocess.run(["git", "show", f"{branch}:{name}"], cwd=repository, check=True,
                                 capture_output=True).stdout for name in names}


@pytest.fixture
def site(tmp_path):
    """The demo site with two targets and a webhook channel that has seen its history; (source, www, pages,
    webhook)."""
    source = tmp_path / "source"
    source.mkdir()
    copy_demo_site(source)
    www, pages = tmp_path / "www", tmp_path / "pages.git"
    subprocess.run(["git", "init", "--quiet", "--bare", str(pages)], check=True)
    webhook = Webhook(www)
    with open(source / "statusgen.yml", "a", encoding="utf-8") as config:
        config.write(f"\npublish:\n  local:\n    kind: directory\n    path: {www}\n"
                     f"  pages:\n    kind: git\n    repository: {pages}\n"
                     f"notify:\n  ops:\n    kind: webhook\n    url: {webhook.url}\n")
    baseline = run(source, "notify", "--baseline", "--now", NOW)
    assert baseline.returncode == 0, baseline.stdout + baseline.stderr
    yield source, www, pages, webhook
    webhook.stop()


def test_one_command_writes_builds_publishes_everywhere_then_notifies(site):
    source, www, pages, webhook = site
    created = run(source, "new", TITLE, "--impact", "major", "--component", "api=partial_outage",
                  "-m", "Some card payments are declined.", "--now", LATER, "--publish")
    assert created.returncode == 0, created.stdout + created.stderr
    lines = created.stdout.splitlines()
    assert lines[0].startswith("Created incidents/2026-11-24-card-payments-declined.md")
    assert lines[1].startswith("Built ")
    # Notify runs beside the targets once one is live, so its lines may come first; the targets' lines
    # are in the order of statusgen.yml, and the summary follows them.
    targets = [line for line in lines if line.startswith(("local:", "pages:"))]
    assert re.fullmatch(r"local: \d+ uploaded, 0 deleted, 0 skipped, \d+ bytes, [\d.]+ s", targets[0]), lines
    assert re.fullmatch(r"pages: \d+ uploaded, 0 deleted, 0 skipped, \d+ bytes, [\d.]+ s", targets[1]), lines
    summary = lines.index(targets[1]) + 1
    seconds = float(re.fullmatch(r"live on 2 targets in ([\d.]+) s", lines[summary]).group(1))
    assert 0 < seconds < 60
    built = site_files(source / "site")
    assert site_files(www) == built
    assert {path: data for path, data in git_files(pages).items() if not path.startswith(".")} == built
    # One delivery, of the new incident, sent once the site showed it.
    assert [(body["incident"]["name"], live) for body, live in webhook.deliveries] == [(TITLE, True)]

    resolved = run(source, "resolve", "2026-11-24-card-payments-declined", "-m", "Payments work again.",
                   "--now", "2026-11-24T12:50:00Z", "--publish")
    assert resolved.returncode == 0, resolved.stdout + resolved.stderr
    assert re.search(r"^local: \d+ uploaded, \d+ deleted, [1-9]\d* skipped", resolved.stdout, re.M)
    assert re.search(r"^live on 2 targets in [\d.]+ s$", resolved.stdout, re.M)
    assert site_files(www) == site_files(source / "site")
    assert [body["incident"]["status"] for body, _ in webhook.deliveries] == ["investigating", "resolved"]


def test_a_bad_monitor_row_does_not_hold_back_the_update_but_is_named_and_fails_the_command(site):
    source, www, pages, webhook = site
    checks = sorted((source / "monitors").glob("*.csv"))[0]
    lines = checks.read_text().splitlines(keepends=True)
    # A row garbled in the middle of the file, as a monitoring tool that crashed mid-write leaves one.
    lines.insert(5, "2026-11-24T1\n")
    checks.write_text("".join(lines))
    bad = f"monitors/{checks.name}:6: "
    created = run(source, "new", TITLE, "--impact", "major", "-m", "Some card payments are declined.",
                  "--now", LATER, "--publish")
    # Published and sent all the same: customers hear of the outage.
    assert [(body["incident"]["name"], live) for body, live in webhook.deliveries] == [(TITLE, True)]
    assert site_files(www) == site_files(source / "site")
    assert re.search(r"^live on 2 targets in [\d.]+ s$", created.stdout, re.M), created.stdout
    # Named as a warning, and the command still fails, so that the file gets mended.
    assert created.returncode == 1
    assert bad + "warning: " in created.stderr and "(left out of this build; mend the file)" in created.stderr
    assert "the monitor rows warned about above were left out, so that the update went out" in created.stderr
    # A plain build stops at the row, as before: the emergency build left no record that hides it.
    built = run(source, "build", "--now", LATER)
    assert built.returncode == 1 and bad in built.stderr and "warning" not in built.stderr.split(bad)[1].split("\n")[0]


def test_a_monitor_file_that_cannot_be_read_to_its_end_still_stops_the_publish(site):
    source, www, pages, webhook = site
    checks = sorted((source / "monitors").glob("*.csv"))[0]
    lines = checks.read_text().splitlines(keepends=True)
    # The header garbled: no row of the file can be read, and the site would publish uptime it lacks.
    checks.write_text("stamp;name;state\n" + "".join(lines[1:]))
    created = run(source, "new", TITLE, "--impact", "major", "-m", "Declines.", "--now", LATER, "--publish")
    assert created.returncode == 1
    assert f"monitors/{checks.name}: the rest of this file cannot be read" in created.stderr, created.stderr
    assert "is written, but the site was not built, published or notified" in created.stderr
    assert webhook.deliveries == [] and not (www / "index.html").exists()


def test_a_failed_target_is_named_and_notify_runs_while_another_is_live(site):
    source, www, pages, webhook = site
    config = source / "statusgen.yml"
    config.write_text(config.read_text().replace(str(pages), str(pages.parent / "no-such.git")))
    created = run(source, "new", TITLE, "--impact", "minor", "-m", "Declines.", "--now", LATER, "--publish")
    assert created.returncode == 1, created.stdout + created.stderr
    assert re.search(r"^pages: FAILED after [\d.]+ s: git exited with status", created.stdout, re.M), created.stdout
    assert re.search(r"^live on 1 of 2 targets in [\d.]+ s; not live on pages$", created.stdout, re.M)
    assert site_files(www) == site_files(source / "site")
    assert [body["incident"]["name"] for body, _ in webhook.deliveries] == [TITLE]

    # Live nowhere: nobody is told of a page they cannot open.
    config.write_text(config.read_text().replace(f"path: {www}", "path: /proc/no-such-folder"))
    updated = run(source, "update", "2026-11-24-card-payments-declined", "--status", "identified",
                  "-m", "Found it.", "--now", "2026-11-24T12:30:00Z", "--publish")
    assert updated.returncode == 1
    assert re.search(r"^live on 0 of 2 targets in [\d.]+ s; not live on local, pages$", updated.stdout, re.M)
    assert "notify not run: the site is live on no target" in updated.stdout
    assert len(webhook.deliveries) == 1


def test_customers_are_told_once_one_target_is_live_while_a_target_that_never_answers_waits(site):
    source, www, pages, webhook = site
    # A git server that takes the connection and never answers: git waits on it for as long as it is open.
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    config = source / "statusgen.yml"
    config.write_text(config.read_text().replace(
        str(pages), f"http://127.0.0.1:{silent.getsockname()[1]}/pages.git"))
    process = subprocess.Popen(
        [str(statusgen_binary()), "new", TITLE, "--impact", "major", "-m", "Declines.", "--now", LATER,
         "--publish", "--source", str(source)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        ledger = source / "notify-ledger.txt"
        sent = re.compile(r"^2026-11-24-card-payments-declined-20261124T122000Z\tops\t\S+\tsent$", re.M)
        deadline = time.monotonic() + 45
        while not sent.search(ledger.read_text()) and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.1)
        # Told, and the delivery written down, while the silent target still holds the command; of a page
        # the folder target serves.
        assert process.poll() is None, process.communicate()
        assert sent.search(ledger.read_text()), ledger.read_text()
        assert [(body["incident"]["name"], live) for body, live in webhook.deliveries] == [(TITLE, True)]
    finally:
        process.kill()
        process.communicate()
        silent.close()


def test_publish_without_targets_is_refused_before_the_file_is_written(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    copy_demo_site(source)
    before = sorted(path.name for path in (source / "incidents").iterdir())
    result = run(source, "new", TITLE, "--impact", "minor", "-m", "x", "--publish")
    assert result.returncode == 1
    assert result.stderr.strip() == "error: statusgen.yml: no targets are declared under 'publish:'"
    assert sorted(path.name for path in (source / "incidents").iterdir()) == before
    assert not (source / "site").exists()
