"""The status badges: one for the site and one per component, each well-formed XML (xmllint) with a title."""

import re
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SVG = "{http://www.w3.org/2000/svg}"


def component_ids():
    return re.findall(r"^  - id: ([a-z0-9-]+)$", (ROOT / "statusgen.yml").read_text(), re.MULTILINE)


def test_a_badge_for_the_site_and_each_component(demo_site):
    badges = sorted(p.relative_to(demo_site).as_posix() for p in demo_site.rglob("*.svg"))
    assert badges == sorted(["badge.svg"] + [f"badges/{i}.svg" for i in component_ids()])


def test_every_badge_passes_xmllint(demo_site):
    badges = sorted(demo_site.rglob("*.svg"))
    result = subprocess.run(["xmllint", "--noout", *map(str, badges)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_every_badge_says_its_status_in_words(demo_site):
    for path in sorted(demo_site.rglob("*.svg")):
        root = ElementTree.parse(path).getroot()
        assert root.get("role") == "img"
        title = root.find(f"{SVG}title").text
        assert root.get("aria-label") == title
        label, message = title.rsplit(": ", 1)
        assert message in {"operational", "under maintenance", "degraded performance", "partial outage",
                           "major outage"}, path
        texts = [t.text for t in root.iter(f"{SVG}text")]
        assert texts == [label, label, message, message]
    site = ElementTree.parse(demo_site / "badge.svg").getroot()
    assert site.get("aria-label") == "status: major outage"
