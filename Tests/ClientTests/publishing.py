"""Sites and servers for the publish tests: a demo site in two versions, moto's S3 server, a config."""

import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import boto3

from conftest import NOW, copy_demo_site, statusgen_binary
from local_http import free_port, wait_for_port

LATER = "2026-11-24T13:30:00Z"
MANIFEST = ".statusgen-manifest.json"
# Keys moto accepts while it checks no credentials.
KEYS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}


def demo_versions(folder):
    """The demo site's sources in `folder`, built twice: site-a as of NOW, and site-b an hour and a half
    later without its first incident (so b changes pages and drops one). Returns (source, site_a, site_b)."""
    source = folder / "source"
    source.mkdir()
    copy_demo_site(source)
    binary = str(statusgen_binary())
    site_a, site_b = folder / "site-a", folder / "site-b"
    subprocess.run([binary, "build", "--source", str(source), "--output", str(site_a), "--now", NOW],
                   check=True, capture_output=True)
    incidents = sorted((source / "incidents").glob("*.md"))
    shutil.move(str(incidents[0]), str(folder / incidents[0].name))
    subprocess.run([binary, "build", "--source", str(source), "--output", str(site_b), "--now", LATER],
                   check=True, capture_output=True)
    return source, site_a, site_b


def site_files(site):
    """Path -> bytes of the site's published files (hidden files left out)."""
    return {
        str(path.relative_to(site)): path.read_bytes()
        for path in site.rglob("*")
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(site).parts)
    }


def add_targets(source, block):
    """Appends a `publish:` block to the site's statusgen.yml."""
    with open(source / "statusgen.yml", "a", encoding="utf-8") as config:
        config.write("\npublish:\n" + block)


def publish(source, site, *extra, env=None):
    """Runs statusgen publish of `site`; the finished process."""
    return subprocess.run(
        [str(statusgen_binary()), "publish", "--source", str(source), "--output", str(site), *extra],
        capture_output=True, text=True, env={**os.environ, **KEYS, **(env or {})}, timeout=300,
    )


class MotoServer:
    """moto's S3 server on a free port of 127.0.0.1, with a bucket; `environment` adds to the server's own."""

    def __init__(self, bucket="status", environment=None):
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            # moto's server module, run by this Python: its moto_server script may not be on PATH yet.
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **(environment or {})},
        )
        wait_for_port(self.port, timeout=30)
        self.bucket = bucket
        self.client = boto3.client(
            "s3", endpoint_url=self.endpoint, region_name="us-east-1",
            aws_access_key_id="testing", aws_secret_access_key="testing",
        )

    def create_bucket(self):
        self.client.create_bucket(Bucket=self.bucket)

    def objects(self):
        """Key -> (bytes, Content-Type, Cache-Control) of every object in the bucket."""
        found = {}
        for page in self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket):
            for item in page.get("Contents", []):
                answer = self.client.get_object(Bucket=self.bucket, Key=item["Key"])
                found[item["Key"]] = (answer["Body"].read(), answer["ContentType"], answer.get("CacheControl"))
        return found

    def target(self, name="bucket"):
        return (f"  {name}:\n    kind: s3\n    endpoint: {self.endpoint}\n    bucket: {self.bucket}\n"
                "    path_style: true\n")

    def stop(self):
        self.process.kill()
        self.process.wait()


def kill_at_random_moments(source, sites, check, rounds=20, seed=14):
    """Publishes `sites[0]`; then, `rounds` times, starts a publish of the other site, kills it with
    kill -9 after a random part of a whole publish's time and calls `check(round, None)`, then publishes
    that site to the end and calls `check(round, site)`."""
    started = time.monotonic()
    first = publish(source, sites[0])
    assert first.returncode == 0, first.stdout + first.stderr
    full = time.monotonic() - started
    randomness = random.Random(seed)
    for round_number in range(rounds):
        site = sites[(round_number + 1) % 2]
        process = subprocess.Popen(
            [str(statusgen_binary()), "publish", "--source", str(source), "--output", str(site)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **KEYS},
        )
        time.sleep(randomness.uniform(0.0, full))
        process.kill()
        process.wait()
        check(round_number, None)
        finished = publish(source, site)
        assert finished.returncode == 0, finished.stdout + finished.stderr
        check(round_number, site)
