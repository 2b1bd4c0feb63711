"""The Atom feed and every component's RSS and Atom feeds, as a real feed reader (feedparser) sees them."""

import re
import time
from pathlib import Path

import feedparser

BASE = "https://status.example.com/"
ROOT = Path(__file__).resolve().parents[2]
LIMIT = 50


def incident_files():
    """(incident id, [component ids], number of updates) of each demo incident file."""
    incidents = []
    for path in sorted((ROOT / "incidents").glob("*.md")):
        lines = path.read_text().splitlines()
        end = lines.index("---", 1)
        components, inside = [], False
        for line in lines[1:end]:
            if line.startswith("components:"):
                inside = True
            elif inside and line.startswith("  ") and ":" in line:
                components.append(line.split(":")[0].strip())
            else:
                inside = False
        updates = sum(1 for line in lines[end:] if line.startswith("## ") and line[3:4].isdigit())
        incidents.append((path.stem, components, updates))
    return incidents


def parsed(path):
    feed = feedparser.parse(path.read_bytes())
    assert not feed.bozo, (path, feed.get("bozo_exception"))
    return feed


def test_atom_feed_is_valid_atom_with_one_entry_per_update(demo_site):
    feed = parsed(demo_site / "feed.atom")
    assert feed.version == "atom10"
    assert feed.feed.id == BASE + "feed.atom"
    assert feed.feed.title == "Example Mail Cloud Status"
    assert {link.rel: link.href for link in feed.feed.links} == {"self": BASE + "feed.atom", "alternate": BASE}
    total = sum(updates for _, _, updates in incident_files())
    assert len(feed.entries) == min(LIMIT, total)
    published = [time.mktime(entry.published_parsed) for entry in feed.entries]
    assert published == sorted(published, reverse=True)
    for entry in feed.entries:
        assert re.fullmatch(r"tag:status\.example\.com,\d{4}-\d{2}-\d{2}:incidents/[a-z0-9-]+/update-\d{8}T\d{6}Z", entry.id)
        assert entry.link.startswith(BASE + "incidents/")
        assert entry.author == "Example Mail Cloud Status"
        assert entry.content[0].type == "text/html"
        assert entry.updated_parsed == entry.published_parsed
    assert len({entry.id for entry in feed.entries}) == len(feed.entries)


def test_atom_and_rss_carry_the_same_updates(demo_site):
    rss = parsed(demo_site / "feed.rss")
    atom = parsed(demo_site / "feed.atom")
    assert [entry.link for entry in rss.entries] == [entry.link for entry in atom.entries]
    assert [entry.title for entry in rss.entries] == [entry.title for entry in atom.entries]


def test_every_component_feed_has_the_updates_of_incidents_that_name_it(demo_site):
    site_atom_ids = {entry.id for entry in parsed(demo_site / "feed.atom").entries}
    site_rss_ids = {entry.id for entry in parsed(demo_site / "feed.rss").entries}
    incidents = incident_files()
    # When the site's feed holds every update, each component entry must be one of its entries, id for id.
    site_feed_is_complete = sum(updates for _, _, updates in incidents) <= LIMIT
    component_ids = sorted(path.stem for path in (demo_site / "components").glob("*.html"))
    assert len(component_ids) == 8
    for component in component_ids:
        expected = min(LIMIT, sum(updates for _, names, updates in incidents if component in names))
        named = {incident for incident, names, _ in incidents if component in names}
        rss = parsed(demo_site / "components" / f"{component}.rss")
        atom = parsed(demo_site / "components" / f"{component}.atom")
        assert rss.version == "rss20" and atom.version == "atom10"
        assert len(rss.entries) == expected, component
        assert len(atom.entries) == expected, component
        assert rss.feed.link == f"{BASE}components/{component}.html"
        assert atom.feed.id == f"{BASE}components/{component}.atom"
        for entry in atom.entries:
            assert entry.id in site_atom_ids or not site_feed_is_complete
            assert re.search(r"/incidents/([a-z0-9-]+)\.html", entry.link).group(1) in named
        for entry in rss.entries:
            assert entry.id in site_rss_ids or not site_feed_is_complete
        published = [time.mktime(entry.published_parsed) for entry in atom.entries]
        assert published == sorted(published, reverse=True)


def test_pages_offer_their_feeds_in_the_head(demo_site):
    # embed.html is the banner alone, for an iframe on another site: it has no head links.
    for page in sorted(page for page in demo_site.rglob("*.html") if page.name != "embed.html"):
        text = page.read_text()
        assert f'type="application/rss+xml" title="Example Mail Cloud Status (RSS)" href="{BASE}feed.rss"' in text, page
        assert f'type="application/atom+xml" title="Example Mail Cloud Status (Atom)" href="{BASE}feed.atom"' in text, page
    component = (demo_site / "components" / "webmail.html").read_text()
    assert f'href="{BASE}components/webmail.rss"' in component
    assert f'href="{BASE}components/webmail.atom"' in component
