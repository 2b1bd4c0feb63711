"""The JSON API under api/v2/ as a client written for Statuspage reads it (statuspage_reader.py)."""

import json
from datetime import datetime
from pathlib import Path

import pytest

from statuspage_reader import (
    read_components, read_incidents, read_maintenances, read_page, read_status, read_summary,
)

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime.fromisoformat("2026-11-24T12:00:00+00:00")
FILES = [
    "summary.json", "status.json", "components.json", "incidents.json", "incidents/unresolved.json",
    "scheduled-maintenances.json", "scheduled-maintenances/upcoming.json", "scheduled-maintenances/active.json",
]


def load(site, name):
    return json.loads((site / "api" / "v2" / name).read_text(encoding="utf-8"))


def demo_files(kind):
    """The ids of the demo's incident files of `kind` (incident or maintenance)."""
    ids = []
    for path in sorted((ROOT / "incidents").glob("*.md")):
        front = path.read_text().split("---")[1]
        is_maintenance = "kind: maintenance" in front
        if is_maintenance == (kind == "maintenance"):
            ids.append(path.stem)
    return ids


@pytest.mark.parametrize("name", FILES)
def test_every_file_is_json_with_the_page_first(demo_site, name):
    document = load(demo_site, name)
    assert next(iter(document)) == "page"
    page = read_page(document)
    assert page.url == "https://status.example.com/"
    assert page.id == "status.example.com"
    assert page.time_zone == "Europe/London"
    assert page.updated_at == NOW


def test_summary_reads_as_statuspage_summary(demo_site):
    summary = read_summary(load(demo_site, "summary.json"))
    assert (summary.indicator, summary.description) == read_status(load(demo_site, "status.json"))
    # The demo has a critical incident open.
    assert summary.indicator == "critical"
    assert [i.id for i in summary.incidents] == ["2026-11-24-uk-mail-flow"]
    assert all(m.status in ("scheduled", "in_progress", "verifying") for m in summary.maintenances)
    assert [m.id for m in summary.maintenances] == ["2026-11-28-imap-platform-upgrade"]


def test_components_and_groups_refer_to_each_other(demo_site):
    components = read_components(load(demo_site, "components.json"))
    by_id = {c.id: c for c in components}
    assert len(by_id) == len(components), "ids repeat"
    groups = [c for c in components if c.group]
    assert [g.name for g in groups] == ["Email", "Platform", "Support"]
    for group in groups:
        assert group.members and all(by_id[m].group_id == group.id for m in group.members)
        assert [by_id[m].position for m in group.members] == list(range(1, len(group.members) + 1))
    assert [g.position for g in groups] == [1, 2, 3]
    members = [c for c in components if not c.group]
    assert len(members) == 8
    assert all(c.group_id in by_id for c in members)
    assert all(c.created_at <= c.updated_at <= NOW for c in components)
    assert by_id["mail-inbound"].status == "major_outage"


def test_incidents_list_every_incident_newest_first_and_unresolved_ones_apart(demo_site):
    incidents = read_incidents(load(demo_site, "incidents.json"))
    assert sorted(i.id for i in incidents) == demo_files("incident")
    assert [i.started_at for i in incidents] == sorted((i.started_at for i in incidents), reverse=True)
    unresolved = read_incidents(load(demo_site, "incidents/unresolved.json"))
    assert [i.id for i in unresolved] == [i.id for i in incidents if i.status != "resolved"]
    for incident in incidents:
        assert incident.shortlink == f"https://status.example.com/incidents/{incident.id}.html"
        assert (incident.resolved_at is None) == (incident.status != "resolved")
        assert incident.updates, incident.id
        times = [u.created_at for u in incident.updates]
        assert times == sorted(times, reverse=True)
        assert incident.created_at == times[-1] and incident.updated_at == times[0]
        assert incident.status == incident.updates[0].status
        assert all(u.body and "<" not in u.body for u in incident.updates)
        assert len({u.id for u in incident.updates}) == len(incident.updates)


def test_maintenances_by_phase_and_a_cancelled_one_as_completed(demo_site):
    everything = read_maintenances(load(demo_site, "scheduled-maintenances.json"))
    assert sorted(m.id for m in everything) == demo_files("maintenance")
    upcoming = read_maintenances(load(demo_site, "scheduled-maintenances/upcoming.json"))
    active = read_maintenances(load(demo_site, "scheduled-maintenances/active.json"))
    assert [m.id for m in upcoming] == [m.id for m in everything if m.status == "scheduled"]
    assert [m.id for m in active] == [m.id for m in everything if m.status in ("in_progress", "verifying")]
    for maintenance in everything:
        assert maintenance.impact == "maintenance"
        assert maintenance.scheduled_for < maintenance.scheduled_until
    cancelled = next(m for m in everything if m.id == "2026-11-26-webmail-upgrade")
    assert cancelled.status == "completed"
    assert cancelled.resolved_at == datetime.fromisoformat("2026-11-23T16:30:00+00:00")
    assert cancelled.updates[0].body.startswith("We have called off this upgrade")
