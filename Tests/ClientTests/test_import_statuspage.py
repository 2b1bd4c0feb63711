"""`statusgen import statuspage URL` against pages served on 127.0.0.1: a page in Statuspage's API form (the demo
site's own api/v2/, which reads as Statuspage's), a server that answers 404, one that answers HTML, and one
that never answers."""

import json
import socket
import subprocess
import sys
import threading

import pytest

from conftest import statusgen_binary
from local_http import free_port, wait_for_port


@pytest.fixture()
def served(tmp_path):
    """Starts `python -m http.server` on a folder; yields (folder, base URL)."""
    folder = tmp_path / "www"
    folder.mkdir()
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(folder)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port)
        yield folder, f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def run_import(site, *arguments):
    return subprocess.run(
        [str(statusgen_binary()), "import", "statuspage", *arguments, "--source", str(site)],
        capture_output=True, text=True, timeout=120,
    )


def test_a_page_address_is_fetched_and_imported_like_the_saved_files(demo_site, served, tmp_path):
    folder, base = served
    api = folder / "status" / "api" / "v2"
    api.mkdir(parents=True)
    for name in ["summary.json", "incidents.json", "scheduled-maintenances.json"]:
        (api / name).write_bytes((demo_site / "api" / "v2" / name).read_bytes())
    fetched, saved = tmp_path / "fetched", tmp_path / "saved"
    fetched.mkdir()
    saved.mkdir()

    first = run_import(fetched, base + "/status")
    assert first.returncode == 0, first.stderr
    expected = len(json.loads((api / "incidents.json").read_text())["incidents"]) + len(
        json.loads((api / "scheduled-maintenances.json").read_text())["scheduled_maintenances"])
    assert f"{expected} incidents: {expected} written, 0 skipped" in first.stdout
    # The address of the API folder itself is taken too, and gives what the saved files give.
    assert run_import(saved, str(api)).returncode == 0
    names = sorted(path.name for path in (fetched / "incidents").iterdir())
    assert names == sorted(path.name for path in (saved / "incidents").iterdir())
    for name in names:
        assert (fetched / "incidents" / name).read_text() == (saved / "incidents" / name).read_text()
    assert (fetched / "statusgen.yml").read_text() == (saved / "statusgen.yml").read_text()

    again = run_import(fetched, base + "/status/api/v2/")
    assert again.returncode == 0, again.stderr
    assert f"{expected} incidents: 0 written, {expected} skipped" in again.stdout


def test_an_address_without_the_files_is_an_error_per_file_and_writes_nothing(served, tmp_path):
    _, base = served
    site = tmp_path / "site"
    site.mkdir()
    result = run_import(site, base + "/nothing")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{base}/nothing/api/v2/{name}: HTTP 404 Not Found: not a Statuspage page's API file"
        for name in ["incidents.json", "scheduled-maintenances.json", "summary.json"]
    ]
    assert list(site.iterdir()) == []


def test_an_answer_that_is_not_json_is_named_with_its_type(served, tmp_path):
    folder, base = served
    api = folder / "api" / "v2"
    api.mkdir(parents=True)
    for name in ["summary.json", "incidents.json", "scheduled-maintenances.json"]:
        (api / name).write_text('{"page": {"name": "P"}}')
    (api / "incidents.json").write_text("<!DOCTYPE html><title>Sign in</title>")
    site = tmp_path / "site"
    site.mkdir()
    result = run_import(site, base)
    assert result.returncode == 1
    assert result.stderr == (
        f"{base}/api/v2/incidents.json: the answer (application/json) is not JSON: is this a Statuspage page's"
        " address?\n")
    assert list(site.iterdir()) == []


def test_a_server_that_never_answers_gives_up_after_the_timeout(tmp_path):
    """Each file gets its own second: three in all, then exit code 1 and nothing written."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted = []

    def accept():
        while True:
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    port = listener.getsockname()[1]
    try:
        result = run_import(tmp_path, f"http://127.0.0.1:{port}", "--timeout", "1")
    finally:
        listener.close()
        for connection in accepted:
            connection.close()
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"http://127.0.0.1:{port}/api/v2/{name}: cannot fetch: no answer within 1 s"
        for name in ["incidents.json", "scheduled-maintenances.json", "summary.json"]
    ]
    assert list(tmp_path.iterdir()) == []


def test_a_refused_connection_is_said_in_words(tmp_path):
    port = free_port()
    result = run_import(tmp_path, f"http://127.0.0.1:{port}/")
    assert result.returncode == 1
    assert f"http://127.0.0.1:{port}/api/v2/summary.json: cannot fetch: connection refused" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_or_a_file_given_for_the_folder_is_named(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    missing = run_import(site, str(tmp_path / "nowhere"))
    assert missing.returncode == 1 and f"{tmp_path / 'nowhere'}: no such folder" in missing.stderr
    saved = tmp_path / "saved"
    saved.mkdir()
    (saved / "incidents.json").write_text('{"incidents": []}')
    a_file = run_import(site, str(saved / "incidents.json"))
    assert a_file.returncode == 1
    assert "incidents.json: a file: give the folder that holds summary.json, incidents.json" in a_file.stderr
    assert list(site.iterdir()) == []
