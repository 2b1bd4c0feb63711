"""statusgen publish purges the URLs that changed from the CDN in front of a target, once the target holds
the new site: Cloudflare and CloudFront, through local stand-ins of their APIs (cdn_standins.py)."""

import re
from urllib.parse import urlsplit

import pytest

from cdn_standins import CLOUDFLARE_MOST_URLS, CloudflareAPI, CloudFrontAPI
from publishing import KEYS, MotoServer, add_targets, demo_versions, publish, site_files

ZONE = "023e105f4ecef8ad9ca31a8372d0c353"
TOKEN = "Y4h9-purge-only-token"
DISTRIBUTION = "E2QWRUHEXAMPLE"


@pytest.fixture
def apis():
    cloudflare = CloudflareAPI(ZONE, TOKEN)
    cloudfront = CloudFrontAPI(DISTRIBUTION, KEYS["AWS_ACCESS_KEY_ID"], KEYS["AWS_SECRET_ACCESS_KEY"])
    yield cloudflare, cloudfront
    cloudflare.stop()
    cloudfront.stop()


def cloudflare_block(api, zone=ZONE):
    return f"    cdn:\n      kind: cloudflare\n      zone: {zone}\n      endpoint: {api.endpoint}\n"


def cloudfront_block(api, distribution=DISTRIBUTION):
    return f"    cdn:\n      kind: cloudfront\n      distribution: {distribution}\n      endpoint: {api.endpoint}\n"


def purged(output, name):
    match = re.search(rf"^{name}: (\d+) uploaded, (\d+) deleted, \d+ skipped, \d+ bytes, (\d+) URLs purged", output,
                      re.M)
    assert match, output
    return tuple(int(group) for group in match.groups())


def all_urls(site):
    """The site's URLs, with each folder of an index.html by its own address."""
    urls = set()
    for path in site_files(site):
        urls.add("https://status.example.com/" + path)
        if path == "index.html" or path.endswith("/index.html"):
            urls.add("https://status.example.com/" + path[: -len("index.html")])
    return urls


def add_old_reports(*sites, count=36):
    """`count` monthly report pages more in each site, as a site with a few years of history has: the demo
    site alone has fewer than 100 URLs, the most of one Cloudflare request."""
    for site in sites:
        for number in range(count):
            page = site / "history" / f"{2023 + number // 12}-{number % 12 + 1:02d}.html"
            page.write_text(f"<!doctype html><title>History {number}</title>\n")


def test_each_target_purges_what_it_changed_after_it_holds_the_site(apis, tmp_path):
    cloudflare, cloudfront = apis
    moto = MotoServer()
    moto.create_bucket()
    try:
        source, site_a, site_b = demo_versions(tmp_path)
        add_old_reports(site_a, site_b)
        add_targets(source, moto.target("bucket") + cloudfront_block(cloudfront)
                    + f"  local:\n    kind: directory\n    path: {tmp_path / 'www'}\n" + cloudflare_block(cloudflare))
        first = publish(source, site_a, env={"CLOUDFLARE_API_TOKEN": TOKEN})
        assert first.returncode == 0, first.stdout + first.stderr
        everything = all_urls(site_a)
        assert purged(first.stdout, "local")[2] == len(everything)
        assert set(cloudflare.urls()) == everything and len(cloudflare.urls()) == len(everything)
        assert all(len(batch) <= CLOUDFLARE_MOST_URLS for batch in cloudflare.accepted)
        assert len(cloudflare.accepted) == -(-len(everything) // CLOUDFLARE_MOST_URLS) == 2
        # More than 100 paths: one wildcard, which CloudFront counts as one path.
        assert purged(first.stdout, "bucket")[2] == len(everything) > 100
        assert cloudfront.accepted == [["/*"]]

        cloudflare.accepted.clear()
        changed_file = tmp_path / "changed.txt"
        second = publish(source, site_b, "--changed-urls", str(changed_file), env={"CLOUDFLARE_API_TOKEN": TOKEN})
        assert second.returncode == 0, second.stdout + second.stderr
        changed = changed_file.read_text().splitlines()
        uploaded, deleted, count = purged(second.stdout, "local")
        assert count == len(changed) and uploaded + deleted < count <= 100
        assert sorted(cloudflare.urls()) == changed
        assert "https://status.example.com/" in changed and "https://status.example.com/index.html" in changed
        assert purged(second.stdout, "bucket")[2] == len(changed)
        assert sorted(cloudfront.accepted[1]) == sorted(urlsplit(url).path for url in changed)
        assert cloudflare.refused == [] and cloudfront.refused == []

        # Nothing changed, nothing to purge: no request at all.
        third = publish(source, site_b, env={"CLOUDFLARE_API_TOKEN": TOKEN})
        assert purged(third.stdout, "local") == (0, 0, 0) and purged(third.stdout, "bucket") == (0, 0, 0)
        assert len(cloudflare.accepted) == 1 and len(cloudfront.accepted) == 2
    finally:
        moto.stop()
    assert not (source / ".statusgen-cache" / "purge" / "local.txt").exists()


def test_a_refused_purge_fails_its_target_with_the_site_live_and_the_next_publish_purges(apis, tmp_path):
    cloudflare, cloudfront = apis
    source, site_a, _ = demo_versions(tmp_path)
    www = tmp_path / "www"
    add_targets(source, f"  local:\n    kind: directory\n    path: {www}\n" + cloudflare_block(cloudflare)
                + f"  other:\n    kind: directory\n    path: {tmp_path / 'other'}\n")
    refused = publish(source, site_a, env={"CLOUDFLARE_API_TOKEN": "revoked"})
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert re.search(
        r"^local: FAILED after [\d.]+ s: the files are live, but the Cloudflare purge failed and readers may get "
        r"stale cached copies until a publish purges them: Cloudflare: HTTP 403: 10000 Authentication error$",
        refused.stdout, re.M), refused.stdout
    assert "Published 1 of 2 targets" in refused.stdout
    assert site_files(www) == site_files(site_a)
    assert cloudflare.accepted == [] and cloudflare.refused == [(403, 10000)]

    # The rerun sends nothing, and purges what the refused purge left.
    again = publish(source, site_a, env={"CLOUDFLARE_API_TOKEN": TOKEN})
    assert again.returncode == 0, again.stdout + again.stderr
    assert purged(again.stdout, "local") == (0, 0, len(all_urls(site_a)))
    assert set(cloudflare.urls()) == all_urls(site_a)

    missing = publish(source, site_a, env={"CLOUDFLARE_API_TOKEN": ""})
    assert missing.returncode == 0, "nothing to purge needs no token"


@pytest.mark.parametrize("case, expected", [
    ("distribution", "CloudFront: HTTP 404: NoSuchDistribution: The specified distribution does not exist."),
    ("secret", "CloudFront: HTTP 403: SignatureDoesNotMatch: signature does not match"),
    ("zone", "Cloudflare: HTTP 404: 7003 Could not route to /client/v4/zones/0000/purge_cache, perhaps your "
             "object identifier is invalid?"),
    ("token", "no Cloudflare API token: set CLOUDFLARE_API_TOKEN in the environment"),
])
def test_each_purge_failure_is_named_with_the_apis_own_words(apis, tmp_path, case, expected):
    cloudflare, cloudfront = apis
    source, site_a, _ = demo_versions(tmp_path)
    if case in ("distribution", "secret"):
        cdn = cloudfront_block(cloudfront, "EWRONG" if case == "distribution" else DISTRIBUTION)
    else:
        cdn = cloudflare_block(cloudflare, "0000" if case == "zone" else ZONE)
    add_targets(source, f"  local:\n    kind: directory\n    path: {tmp_path / 'www'}\n" + cdn)
    env = {"CLOUDFLARE_API_TOKEN": "" if case == "token" else TOKEN}
    if case == "secret":
        env["AWS_SECRET_ACCESS_KEY"] = "not-the-secret"
    result = publish(source, site_a, env=env)
    assert result.returncode == 1, result.stdout + result.stderr
    line = result.stdout.splitlines()[0]
    assert line.endswith("purges them: " + expected), line
    assert site_files(tmp_path / "www") == site_files(site_a)
    assert cloudflare.accepted == [] and cloudfront.accepted == []
