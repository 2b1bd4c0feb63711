"""statusgen's api/uptime.json against an independent DuckDB computation of the same rules, on a
small generated site with the hard cases: rows out of order and twice, the end of summer time,
gaps beyond the gap limit, and a hand-written file with CRLF, a byte order mark, quoted fields,
extra columns and a torn last line."""

import csv
import json
import subprocess
import sys
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from conftest import ROOT, statusgen_binary

sys.path.insert(0, str(ROOT / "bench"))

import compare  # noqa: E402
import duckdb_reference  # noqa: E402


@pytest.fixture(scope="module")
def small_site(tmp_path_factory):
    """The small benchmark site, built as of its data's end; returns (site folder, bench.json)."""
    site = tmp_path_factory.mktemp("aggregates")
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "generate.py"), "--small", str(site)], check=True, capture_output=True
    )
    summary = json.loads((site / "bench.json").read_text())
    subprocess.run(
        [str(statusgen_binary()), "build", "--source", str(site), "--now", summary["now"]],
        check=True, capture_output=True,
    )
    return site, summary


@pytest.fixture(scope="module")
def reference(small_site):
    site, summary = small_site
    return duckdb_reference.uptime_report(site, duckdb_reference.parse_time(summary["now"]))


def test_the_data_has_the_hard_cases(small_site, reference):
    site, _ = small_site
    hand = (site / "monitors" / "hand.csv").read_bytes()
    assert hand.startswith(b"\xef\xbb\xbf") and b"\r\n" in hand and not hand.endswith(b"\n")
    assert b'"hand-check"' in hand and b',code,' in hand
    generated = (site / "monitors" / "checks.csv").read_text().splitlines()
    times = [line.split(",")[0] for line in generated[1:]]
    assert times != sorted(times), "some rows are out of order"
    assert len(set(generated)) < len(generated), "some rows are written twice"
    by_monitor = defaultdict(list)
    for line in generated[1:]:
        by_monitor[line.split(",")[1]].append(datetime.fromisoformat(line.split(",")[0].replace("Z", "+00:00")))
    longest = max(max(b - a for a, b in zip(sorted(t), sorted(t)[1:])) for t in by_monitor.values())
    assert longest > timedelta(minutes=json.loads((site / "bench.json").read_text())["gap_limit_minutes"])
    days = {day["date"]: day for day in reference["monitors"]["mail-inbound-uk"]["days"]}
    assert days["2026-10-25"]["checks"] > 1440, "the day the clocks go back has 25 hours"


def test_uptime_json_agrees_with_duckdb(small_site, reference):
    site, _ = small_site
    statusgen = json.loads((site / "site" / "api" / "uptime.json").read_text())
    mismatches = compare.compare(statusgen, reference)
    assert mismatches == []


def plain_rows(site):
    """Every row of the small site's files as (monitor, UTC time, status, latency), read with
    Python's csv module; the torn last line of hand.csv is the one row that does not parse."""
    rows = []
    for path in sorted((site / "monitors").glob("*.csv")):
        with open(path, newline="", encoding="utf-8-sig") as file:
            for row in csv.DictReader(file):
                if row["status"] is None:  # the torn line has only two fields
                    continue
                moment = datetime.fromisoformat(row["timestamp"].replace("Z", "+00:00")).astimezone(timezone.utc)
                rows.append((row["monitor"], moment, row["status"], float(row["latency_ms"] or "nan")))
    return rows


def test_the_reference_agrees_with_plain_python(small_site, reference):
    """The DuckDB reference checked by a third computation: sorted lists and zoneinfo."""
    site, summary = small_site
    zone = ZoneInfo(summary["timezone"])
    now = duckdb_reference.parse_time(summary["now"])
    gap = timedelta(minutes=summary["gap_limit_minutes"])
    today = now.astimezone(zone).date()
    latencies, counts, instants = defaultdict(list), defaultdict(int), defaultdict(dict)
    severity = {"up": 0, "degraded": 1, "down": 2}
    for monitor, moment, status, latency in plain_rows(site):
        # Rows after `now` count on today's date but cover no time (docs/status-rules.md).
        date = moment.astimezone(zone).date()
        if date > today:
            continue
        counts[(monitor, date.isoformat())] += 1
        if latency == latency:
            latencies[(monitor, date.isoformat())].append(latency)
        if moment > now:
            continue
        known = instants[monitor].get(moment)
        if known is None or severity[status] > severity[known]:
            instants[monitor][moment] = status
    covered, down = defaultdict(float), defaultdict(float)
    for monitor, by_time in instants.items():
        times = sorted(by_time)
        for index, moment in enumerate(times):
            end = min(times[index + 1] if index + 1 < len(times) else now, moment + gap, now)
            while moment < end:
                local = moment.astimezone(zone)
                midnight = datetime.combine(local.date() + timedelta(days=1), datetime.min.time(), zone)
                piece_end = min(end, midnight.astimezone(timezone.utc))
                key = (monitor, local.date().isoformat())
                covered[key] += (piece_end - moment).total_seconds()
                if by_time[times[index]] == "down":
                    down[key] += (piece_end - moment).total_seconds()
                moment = piece_end
    compared = 0
    for name, entry in reference["monitors"].items():
        for day in entry["days"]:
            key = (name, day["date"])
            values = sorted(latencies[key])
            assert day["checks"] == counts[key]
            if covered[key]:
                assert day["uptime"] == pytest.approx((covered[key] - down[key]) / covered[key], abs=1e-12)
            else:
                assert day["uptime"] is None
            if values:
                assert day["latency_p50_ms"] == values[max(1, -(-50 * len(values) // 100)) - 1]
                assert day["latency_p95_ms"] == values[max(1, -(-95 * len(values) // 100)) - 1]
            compared += 1
    assert compared >= 20
