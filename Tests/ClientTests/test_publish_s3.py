"""statusgen publish to moto's S3 server on 127.0.0.1, read back with boto3."""

import os
import re
import subprocess

import pytest

from conftest import statusgen_binary
from local_http import free_port
from publishing import (
    KEYS, MANIFEST, MotoServer, add_targets, demo_versions, kill_at_random_moments, publish, site_files,
)
from test_nginx import EXPECTED
from throttled_proxy import ThrottledProxy


@pytest.fixture
def moto():
    server = MotoServer()
    server.create_bucket()
    yield server
    server.stop()


def assert_bucket_is(server, site):
    """The bucket holds exactly the site's files, each with the type, charset and caching of the table."""
    objects = server.objects()
    files = site_files(site)
    assert set(objects) == set(files) | {MANIFEST}
    for path, data in files.items():
        body, content_type, cache = objects[path]
        assert body == data, path
        media, has_charset, expected_cache = EXPECTED["." + path.rsplit(".", 1)[-1]]
        assert content_type == media + ("; charset=utf-8" if has_charset else ""), path
        assert cache == expected_cache, path


def counts(output, name):
    match = re.search(rf"^{name}: (\d+) uploaded, (\d+) deleted, (\d+) skipped, (\d+) bytes", output, re.M)
    assert match, output
    return tuple(int(group) for group in match.groups())


def test_upload_change_and_delete(moto, tmp_path):
    source, site_a, site_b = demo_versions(tmp_path)
    add_targets(source, moto.target())
    first = publish(source, site_a)
    assert first.returncode == 0, first.stdout + first.stderr
    assert counts(first.stdout, "bucket")[0] == len(site_files(site_a))
    assert_bucket_is(moto, site_a)

    second = publish(source, site_b, "--changed-urls", str(tmp_path / "changed.txt"))
    assert second.returncode == 0, second.stdout + second.stderr
    uploaded, deleted, skipped, _ = counts(second.stdout, "bucket")
    assert deleted >= 1 and skipped > 0 and uploaded < len(site_files(site_b))
    assert_bucket_is(moto, site_b)
    changed = (tmp_path / "changed.txt").read_text().splitlines()
    assert "https://status.example.com/" in changed and "https://status.example.com/index.html" in changed
    # Each file sent or deleted, and the folders of index pages by their own address too.
    assert uploaded + deleted < len(changed) <= 2 * (uploaded + deleted)

    again = publish(source, site_b)
    assert counts(again.stdout, "bucket")[:2] == (0, 0)


def test_a_refusing_and_an_unreachable_target_fail_alone(moto, tmp_path):
    source, site_a, _ = demo_versions(tmp_path)
    # A second store that checks credentials, and knows none.
    strict = MotoServer(environment={"INITIAL_NO_AUTH_ACTION_COUNT": "0"})
    try:
        add_targets(
            source,
            moto.target("bucket") + strict.target("refusing")
            + f"  unreachable:\n    kind: s3\n    endpoint: http://127.0.0.1:{free_port()}\n    bucket: status\n"
            + "    path_style: true\n"
            + f"  local:\n    kind: directory\n    path: {tmp_path / 'www'}\n",
        )
        result = publish(source, site_a)
    finally:
        strict.stop()
    assert result.returncode == 1, result.stdout + result.stderr
    assert counts(result.stdout, "bucket")[0] == len(site_files(site_a))
    assert counts(result.stdout, "local")[0] == len(site_files(site_a))
    assert re.search(r"^refusing: FAILED after [\d.]+ s: GET \.statusgen-manifest\.json: HTTP 403", result.stdout, re.M)
    assert re.search(r"^unreachable: FAILED after [\d.]+ s: GET .*: cannot reach .*refused", result.stdout, re.M), \
        result.stdout
    assert "Published 2 of 4 targets" in result.stdout
    assert_bucket_is(moto, site_a)


def test_credentials_come_from_the_environment_or_the_aws_credentials_file(moto, tmp_path):
    source, site_a, _ = demo_versions(tmp_path)
    add_targets(source, moto.target())
    missing = tmp_path / "no-such-credentials"
    result = publish(source, site_a, env={"AWS_ACCESS_KEY_ID": "", "AWS_SHARED_CREDENTIALS_FILE": str(missing)})
    assert result.returncode == 1
    assert ("bucket: FAILED after" in result.stdout and "no credentials: set AWS_ACCESS_KEY_ID and "
            f"AWS_SECRET_ACCESS_KEY in the environment, or profile 'default' in {missing}") in result.stdout
    credentials = tmp_path / "credentials"
    credentials.write_text("[default]\naws_access_key_id = x\n[status]\naws_access_key_id = testing\n"
                           "aws_secret_access_key = testing\n")
    result = publish(source, site_a, env={"AWS_ACCESS_KEY_ID": "", "AWS_SHARED_CREDENTIALS_FILE": str(credentials),
                                          "AWS_PROFILE": "status"})
    assert result.returncode == 0, result.stdout


def serves_a_whole_site(server, versions):
    """Whether the bucket's index.html is one of the versions' and every file of that version is there."""
    objects = server.objects()
    for files in versions:
        if objects["index.html"][0] == files["index.html"]:
            return set(files) <= set(objects)
    return False


def test_kill_9_at_random_moments_leaves_a_whole_site_and_the_next_publish_finishes(moto, tmp_path):
    source, site_a, site_b = demo_versions(tmp_path)
    add_targets(source, moto.target())
    versions = [site_files(site_a), site_files(site_b)]

    def check(round_number, finished):
        if finished is None:
            assert serves_a_whole_site(moto, versions), f"round {round_number}"
        else:
            assert_bucket_is(moto, finished)

    kill_at_random_moments(source, [site_a, site_b], check)

def links(page):
    """The site paths an index.html links to (relative links only)."""
    found = set()
    for target in re.findall(rb'(?:href|src)="([^"#?]+)', page):
        text = target.decode()
        if "://" in text or text.startswith(("mailto:", "/")):
            continue
        found.add(text + "index.html" if text.endswith("/") else text)
    return found


def test_a_reader_never_follows_a_link_to_a_missing_file_during_a_slow_publish(moto, tmp_path):
    source, site_a, site_b = demo_versions(tmp_path)
    proxy = ThrottledProxy(moto.port, delay=0.01)
    try:
        add_targets(source, moto.target().replace(moto.endpoint, f"http://127.0.0.1:{proxy.port}"))
        assert publish(source, site_a).returncode == 0
        process = subprocess.Popen(
            [str(statusgen_binary()), "publish", "--source", str(source), "--output", str(site_b)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **KEYS},
        )
        indexes, missing, reads = set(), [], 0
        while process.poll() is None or reads == 0:
            index = moto.client.get_object(Bucket=moto.bucket, Key="index.html")["Body"].read()
            indexes.add(index)
            for path in links(index):
                reads += 1
                try:
                    moto.client.head_object(Bucket=moto.bucket, Key=path)
                except moto.client.exceptions.ClientError:
                    missing.append(path)
        assert process.wait() == 0
    finally:
        proxy.stop()
    assert missing == []
    assert reads > 0 and len(indexes) == 2
    print(f"reader loop: {len(indexes)} versions of index.html seen, {reads} links read, none missing")
