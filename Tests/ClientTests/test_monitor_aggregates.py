"""statusgen's api/uptime.json against an independent DuckDB computation of the same rules, on a
small generated site with the hard cases: rows out of order and twice, the end of summer time,
gaps beyond the gap limit, and a hand-written file with CRLF, a byte order mark, quoted fields,
extra columns and a torn last line."""

import csv
import json
import subprocess
import sys
from collections import defaultdict
from datetime import datetime, timezone
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
    days = {day["date"]: day for day in reference["monitors"]["mail-inbound-uk"]["days"]}
    assert days["2026-10-25"]["checks"] > 1440, "the day the clocks go back has 25 hours"


def test_uptime_json_agrees_with_duckdb(small_site, reference):
    site, _ = small_site
    statusgen = json.loads((site / "site" / "api" / "uptime.json").read_text())
    mismatches = compare.compare(statusgen, reference)
    assert mismatches == []


def test_the_reference_percentiles_are_nearest_rank(small_site, reference):
    """DuckDB's quantile_disc, checked against sorted lists in plain Python on the generated file."""
    site, summary = small_site
    zone = ZoneInfo(summary["timezone"])
    now = duckdb_reference.parse_time(summary["now"])
    seen = set()
    latencies = defaultdict(list)
    with open(site / "monitors" / "checks.csv", newline="") as file:
        for row in csv.DictReader(file):
            moment = datetime.fromisoformat(row["timestamp"].replace("Z", "+00:00")).astimezone(timezone.utc)
            key = (row["monitor"], moment)
            if moment > now or key in seen:
                continue
            seen.add(key)
            if row["latency_ms"]:
                latencies[(row["monitor"], moment.astimezone(zone).date().isoformat())].append(float(row["latency_ms"]))
    compared = 0
    for name, entry in reference["monitors"].items():
        for day in entry["days"]:
            values = sorted(latencies.get((name, day["date"]), []))
            if name == "hand-check" or not values:
                continue
            assert day["latency_p50_ms"] == values[max(1, -(-50 * len(values) // 100)) - 1]
            assert day["latency_p95_ms"] == values[max(1, -(-95 * len(values) // 100)) - 1]
            compared += 1
    assert compared >= 12
