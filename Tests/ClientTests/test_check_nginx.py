"""`statusgen check` against a real nginx on 127.0.0.1: up, down once nginx is stopped, up again."""

import csv
import shutil
import subprocess

import pytest

from conftest import statusgen_binary
from local_http import free_port, wait_for_port

NGINX_CONFIG = """
daemon off;
pid {dir}/nginx.pid;
error_log {dir}/error.log;
events {{}}
http {{
    access_log off;
    client_body_temp_path {dir}/tmp;
    proxy_temp_path {dir}/tmp;
    fastcgi_temp_path {dir}/tmp;
    uwsgi_temp_path {dir}/tmp;
    scgi_temp_path {dir}/tmp;
    server {{
        listen 127.0.0.1:{port};
        location = /health {{ return 200 "mail service healthy\\n"; }}
        location = /broken {{ return 503 "maintenance\\n"; }}
    }}
}}
"""

SITE_CONFIG = """title: Local
base_url: https://status.example.com/
timezone: UTC
components:
  - id: web
    name: Website
    monitors: [web, web-body, web-port, web-broken]
checks:
  web:
    http: http://127.0.0.1:{port}/health
  web-body:
    http: http://127.0.0.1:{port}/health
    body_contains: healthy
    timeout_seconds: 5
  web-port:
    tcp: 127.0.0.1:{port}
  web-broken:
    http: http://127.0.0.1:{port}/broken
"""


class Nginx:
    """An nginx started from a private config in `folder`, stopped by its process."""

    def __init__(self, folder, port):
        self.folder = folder
        self.port = port
        self.process = None
        (folder / "tmp").mkdir(parents=True)
        (folder / "nginx.conf").write_text(NGINX_CONFIG.format(dir=folder, port=port))

    def start(self):
        self.process = subprocess.Popen(
            ["nginx", "-p", str(self.folder), "-c", str(self.folder / "nginx.conf")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.port)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None


@pytest.fixture
def nginx(tmp_path):
    assert shutil.which("nginx"), "nginx is not installed (apt-get install nginx, as .ci/run does)"
    server = Nginx(tmp_path / "nginx", free_port())
    yield server
    server.stop()


def run_check(site):
    result = subprocess.run(
        [str(statusgen_binary()), "check", "--source", str(site)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return sorted(result.stdout.splitlines())


def test_check_records_up_then_down_then_up(tmp_path, nginx):
    site = tmp_path / "site-source"
    site.mkdir()
    (site / "statusgen.yml").write_text(SITE_CONFIG.format(port=nginx.port))

    nginx.start()
    first = run_check(site)
    nginx.stop()
    second = run_check(site)
    nginx.start()
    third = run_check(site)

    assert [line.split(" ")[:2] for line in first] == [
        ["web", "up"], ["web-body", "up"], ["web-broken", "down"], ["web-port", "up"]]
    assert [line for line in first if line.startswith("web-broken ")][0].endswith(": HTTP 503, expected 200")
    assert second == [
        "web down: connection refused",
        "web-body down: connection refused",
        "web-broken down: connection refused",
        "web-port down: connection refused",
    ]
    assert [line.split(" ")[:2] for line in third] == [line.split(" ")[:2] for line in first]

    with open(site / "monitors" / "checks.csv", newline="") as results:
        rows = list(csv.DictReader(results))
    assert len(rows) == 12
    by_monitor = {}
    for row in rows:
        assert set(row) == {"timestamp", "monitor", "status", "latency_ms"}
        assert row["timestamp"].endswith("Z")
        by_monitor.setdefault(row["monitor"], []).append(row)
    for name in ["web", "web-body", "web-port"]:
        assert [row["status"] for row in by_monitor[name]] == ["up", "down", "up"]
        assert [row["latency_ms"] != "" for row in by_monitor[name]] == [True, False, True]
        assert all(row["latency_ms"] == "" or row["latency_ms"].isdigit() for row in by_monitor[name])
    assert [row["status"] for row in by_monitor["web-broken"]] == ["down", "down", "down"]

    # The results are monitor data that the build reads.
    build = subprocess.run(
        [str(statusgen_binary()), "build", "--source", str(site)], capture_output=True, text=True, timeout=60
    )
    assert build.returncode == 0, build.stderr
    assert "Website" in (site / "site" / "index.html").read_text()
