"""The RSS feed as a real feed reader (feedparser) sees it."""

import re
import time
from pathlib import Path

import feedparser

BASE = "https://status.example.com/"
ROOT = Path(__file__).resolve().parents[2]


def written_updates():
    """(incident id, UTC time tuple) of every update heading in the demo's incident files."""
    updates = []
    for path in sorted((ROOT / "incidents").glob("*.md")):
        for line in path.read_text().splitlines():
            if line.startswith("## ") and line[3:4].isdigit():
                updates.append(path.stem)
    return updates


def test_feed_parses_without_errors(demo_site):
    feed = feedparser.parse((demo_site / "feed.rss").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    assert feed.feed.title
    assert feed.feed.link == BASE


def test_feed_has_one_item_per_update_newest_first(demo_site):
    feed = feedparser.parse((demo_site / "feed.rss").read_bytes())
    expected = min(50, len(written_updates()))
    assert len(feed.entries) == expected
    published = [time.mktime(entry.published_parsed) for entry in feed.entries]
    assert published == sorted(published, reverse=True)
    assert feed.entries[0].title.endswith("Mail flow delayed for UK customers")


def test_feed_items_link_to_their_update_on_the_incident_page(demo_site):
    feed = feedparser.parse((demo_site / "feed.rss").read_bytes())
    pattern = re.compile(re.escape(BASE) + r"incidents/([a-z0-9-]+)\.html#update-\d{8}T\d{6}Z$")
    ids = set()
    for entry in feed.entries:
        match = pattern.match(entry.link)
        assert match, entry.link
        assert (demo_site / "incidents" / f"{match.group(1)}.html").exists()
        assert entry.id == entry.link
        ids.add(entry.id)
    assert len(ids) == len(feed.entries)


def test_feed_dates_are_the_update_times_in_utc(demo_site):
    feed = feedparser.parse((demo_site / "feed.rss").read_bytes())
    newest = feed.entries[0]
    assert newest.published == "Tue, 24 Nov 2026 11:45:00 +0000"
    assert newest.published_parsed[:6] == (2026, 11, 24, 11, 45, 0)
