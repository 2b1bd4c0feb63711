"""The monthly SLA report as a claimant reads it: CSV with Python's csv module, JSON with json.load, and the
sitemap and robots.txt as a crawler reads them."""

import csv
import json
import re
import subprocess
import xml.etree.ElementTree as ElementTree

BASE = "https://status.example.com/"
COMPONENTS = ["mail-inbound", "mail-outbound", "mail-access", "webmail", "admin-console", "api", "archive", "help-centre"]
HEADER = [
    "month", "month_in_progress", "component_id", "component_name", "sla_target_percent", "uptime_percent",
    "downtime_minutes", "allowed_downtime_minutes", "result", "measured_minutes", "days", "days_with_data",
    "maintenance_excluded", "credit_result", "credit_uptime_percent", "credit_tier_below_percent", "credit_percent",
    "credit_maintenance_excluded",
]


def months(site):
    return sorted(path.stem for path in (site / "history").glob("*.csv"))


def test_history_has_a_page_and_a_csv_per_month_up_to_the_current_one(demo_site):
    assert months(demo_site)[-1] == "2026-11"
    for month in months(demo_site):
        assert (demo_site / "history" / f"{month}.html").exists()
    index = (demo_site / "history" / "index.html").read_text()
    listed = re.findall(r'href="\.\./history/(\d{4}-\d{2})\.html"', index)
    assert listed == sorted(months(demo_site), reverse=True)


def test_each_month_csv_has_a_header_and_one_row_per_component(demo_site):
    for month in months(demo_site):
        with open(demo_site / "history" / f"{month}.csv", newline="") as file:
            rows = list(csv.reader(file))
        assert rows[0] == HEADER
        assert [row[2] for row in rows[1:]] == COMPONENTS
        for row in rows[1:]:
            record = dict(zip(HEADER, row))
            assert record["month"] == month
            assert record["result"] in {"met", "missed", "no_target", "no_data"}
            if record["result"] in {"met", "missed"}:
                met = float(record["downtime_minutes"]) <= float(record["allowed_downtime_minutes"])
                assert met == (record["result"] == "met"), record
            assert record["month_in_progress"] == ("true" if month == "2026-11" else "false")


def test_sla_json_has_every_month_of_every_component_and_agrees_with_the_csv(demo_site):
    document = json.loads((demo_site / "api" / "sla.json").read_text())
    assert document["generated_at"] == "2026-11-24T12:00:00Z"
    assert document["timezone"] == "Europe/London"
    assert document["rules"]["maintenance_excluded"] is True
    assert [component["id"] for component in document["components"]] == COMPONENTS
    for component in document["components"]:
        assert [month["month"] for month in component["months"]] == months(demo_site)
        for month in component["months"]:
            with open(demo_site / "history" / f"{month['month']}.csv", newline="") as file:
                row = next(r for r in csv.DictReader(file) if r["component_id"] == component["id"])
            assert row["result"] == month["result"]
            assert abs(float(row["downtime_minutes"]) - month["downtime_seconds"] / 60) < 0.01


def test_service_credits_follow_the_schedule_in_json_csv_and_on_the_month_page(demo_site):
    # A claimant's check: the lowest tier whose allowance the month's downtime exceeds, and only that tier.
    document = json.loads((demo_site / "api" / "sla.json").read_text())
    credited = 0
    for component in document["components"]:
        schedule = component["credit_schedule"]
        for month in component["months"]:
            with open(demo_site / "history" / f"{month['month']}.csv", newline="") as file:
                row = next(r for r in csv.DictReader(file) if r["component_id"] == component["id"])
            if schedule is None:
                assert month["credit"] is None and row["credit_result"] == "no_schedule"
                continue
            assert schedule["maintenance_excluded"] is True
            if month["measured_seconds"] == 0:
                assert month["credit"] == {"result": "no_data", "uptime": None, "below": None, "credit": None}
                assert row["credit_result"] == "no_data" and row["credit_percent"] == ""
                continue
            measured, down = month["measured_seconds"], month["downtime_seconds"]
            reached = [tier for tier in schedule["tiers"] if down > (100 - tier["below"]) / 100 * measured + 1e-3]
            expected = reached[-1]["credit"] if reached else 0
            assert month["credit"]["credit"] == expected, (component["id"], month)
            assert row["credit_percent"] == f"{expected:g}"
            credited += expected > 0
            page = (demo_site / "history" / f"{month['month']}.html").read_text()
            if expected:
                so_far = " so far" if month["in_progress"] else ""
                below = f"{reached[-1]['below']:g}%"
                assert f"is below {below}: {expected:g}% of the monthly fee{so_far}.</td>" in page
    assert [c["id"] for c in document["components"] if c["credit_schedule"]] == [
        "mail-inbound", "mail-outbound", "admin-console"]
    assert credited >= 2


def test_sitemap_lists_every_html_page_but_404_and_is_well_formed(demo_site):
    sitemap = demo_site / "sitemap.xml"
    assert subprocess.run(["xmllint", "--noout", str(sitemap)]).returncode == 0
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ElementTree.parse(sitemap).getroot()
    listed = {url.find("s:loc", namespace).text for url in root.findall("s:url", namespace)}
    pages = {
        BASE + ("" if path.name == "index.html" and path.parent == demo_site else str(path.relative_to(demo_site)))
        for path in demo_site.rglob("*.html")
        if path.name not in ("404.html", "embed.html")
    }
    assert listed == pages
    for url in root.findall("s:url", namespace):
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", url.find("s:lastmod", namespace).text)


def test_robots_txt_allows_all_and_names_the_sitemap(demo_site):
    text = (demo_site / "robots.txt").read_text()
    assert "User-agent: *\nAllow: /\n" in text
    assert f"Sitemap: {BASE}sitemap.xml" in text.splitlines()
