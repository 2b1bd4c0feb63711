"""maintenance.ics as a calendar library (python icalendar) reads it, and its RFC 5545 line rules."""

from datetime import datetime, timezone
from pathlib import Path

import icalendar

ROOT = Path(__file__).resolve().parents[2]


def maintenance_ids():
    return sorted(
        p.stem for p in (ROOT / "incidents").glob("*.md") if "kind: maintenance" in p.read_text().split("---")[1]
    )


def test_calendar_parses_without_errors(demo_site):
    calendar = icalendar.Calendar.from_ical((demo_site / "maintenance.ics").read_bytes())
    components = list(calendar.walk())
    assert components[0].name == "VCALENDAR"
    for component in components:
        assert component.errors == [], (component.name, component.errors)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == "Example Mail Cloud Status maintenance"


def test_one_event_per_maintenance_with_stable_uids_and_utc_times(demo_site):
    calendar = icalendar.Calendar.from_ical((demo_site / "maintenance.ics").read_bytes())
    events = calendar.walk("VEVENT")
    assert sorted(str(e["UID"]) for e in events) == [f"{i}@status.example.com" for i in maintenance_ids()]
    for event in events:
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert start.tzinfo is not None and start.utcoffset().total_seconds() == 0
        assert start < end
        assert str(event["URL"]) == f"https://status.example.com/incidents/{str(event['UID']).split('@')[0]}.html"
        assert int(event["SEQUENCE"]) >= 0
    starts = [e.decoded("DTSTART") for e in events]
    assert starts == sorted(starts)
    # Stamped with the moment the calendar last changed, its newest update, not the build's (2026-11-24 12:00).
    newest = max(e.decoded("LAST-MODIFIED") for e in events if "LAST-MODIFIED" in e)
    assert newest < datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)
    assert {e.decoded("DTSTAMP") for e in events} == {newest}


def test_a_cancelled_maintenance_is_cancelled_and_others_confirmed(demo_site):
    calendar = icalendar.Calendar.from_ical((demo_site / "maintenance.ics").read_bytes())
    statuses = {str(e["UID"]).split("@")[0]: str(e["STATUS"]) for e in calendar.walk("VEVENT")}
    assert statuses.pop("2026-11-26-webmail-upgrade") == "CANCELLED"
    assert set(statuses.values()) == {"CONFIRMED"}
    event = next(e for e in calendar.walk("VEVENT") if "webmail-upgrade" in str(e["UID"]))
    assert int(event["SEQUENCE"]) == 1
    assert "called off this upgrade" in str(event["DESCRIPTION"])
    assert str(event["SUMMARY"]) == "Cancelled: Webmail upgrade"


def test_lines_end_in_crlf_and_are_folded_at_75_octets(demo_site):
    data = (demo_site / "maintenance.ics").read_bytes()
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines), "the demo's descriptions are long enough to fold"
    for line in lines:
        line.decode("utf-8")
