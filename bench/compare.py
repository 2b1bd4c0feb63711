#!/usr/bin/env python3
"""Compare statusgen's api/uptime.json with the DuckDB reference's JSON.

    bench/compare.py SITE/site/api/uptime.json REFERENCE.json

Counts must agree exactly and the same days must be present. statusgen writes uptime truncated
to UPTIME_DECIMALS decimals, so its figure must be the exact one truncated (within 1e-9 for the
floating-point sums), and latency percentiles from a histogram known to within
PERCENTILE_RELATIVE_ERROR, written to 0.01 ms: the bounds docs/status-rules.md gives.
Prints each mismatch and exits 1 if there is any.
"""

import json
import sys

# How far statusgen's figures may be from the exact ones (docs/status-rules.md).
UPTIME_DECIMALS = 5
FLOAT_SLACK = 1e-9
PERCENTILE_RELATIVE_ERROR = 0.008
PERCENTILE_ROUNDING = 0.005

COUNTS = ("checks", "up", "degraded", "down")
PERCENTILES = ("latency_p50_ms", "latency_p95_ms")


def truncated(actual, exact):
    """Whether `actual` is `exact` truncated to UPTIME_DECIMALS decimals."""
    if actual is None or exact is None:
        return actual is None and exact is None
    return -FLOAT_SLACK <= exact - actual < 10**-UPTIME_DECIMALS + FLOAT_SLACK


def percentile_close(actual, exact):
    if actual is None or exact is None:
        return actual is None and exact is None
    return abs(actual - exact) <= PERCENTILE_RELATIVE_ERROR * abs(exact) + PERCENTILE_ROUNDING


def compare_days(where, actual_days, expected_days, mismatches, fields):
    actual = {day["date"]: day for day in actual_days}
    expected = {day["date"]: day for day in expected_days}
    for date in sorted(set(expected) - set(actual)):
        mismatches.append(f"{where} {date}: missing from statusgen (reference: {expected[date]})")
    for date in sorted(set(actual) - set(expected)):
        mismatches.append(f"{where} {date}: not in the reference (statusgen: {actual[date]})")
    for date in sorted(set(actual) & set(expected)):
        mine, theirs = actual[date], expected[date]
        for field in fields:
            if field in COUNTS:
                ok = mine.get(field) == theirs.get(field)
            elif field in PERCENTILES:
                ok = percentile_close(mine.get(field), theirs.get(field))
            else:
                ok = truncated(mine.get(field), theirs.get(field))
            if not ok:
                mismatches.append(f"{where} {date} {field}: statusgen {mine.get(field)}, reference {theirs.get(field)}")


def compare(actual, expected):
    """The mismatches between statusgen's uptime JSON `actual` and the reference's `expected`."""
    mismatches = []
    if actual.get("timezone") != expected.get("timezone"):
        mismatches.append(f"timezone: statusgen {actual.get('timezone')}, reference {expected.get('timezone')}")
    for kind, fields in (
        ("monitors", COUNTS + ("uptime",) + PERCENTILES),
        ("components", ("uptime",) + PERCENTILES),
    ):
        mine, theirs = actual.get(kind, {}), expected.get(kind, {})
        for name in sorted(set(theirs) - set(mine)):
            mismatches.append(f"{kind} {name}: missing from statusgen")
        for name in sorted(set(mine) - set(theirs)):
            if mine[name].get("days"):
                mismatches.append(f"{kind} {name}: has days in statusgen but none in the reference")
        for name in sorted(set(mine) & set(theirs)):
            where = f"{kind} {name}"
            for key in ("uptime_30d", "uptime_90d"):
                if not truncated(mine[name].get(key), theirs[name].get(key)):
                    mismatches.append(f"{where} {key}: statusgen {mine[name].get(key)}, reference {theirs[name].get(key)}")
            compare_days(where, mine[name].get("days", []), theirs[name].get("days", []), mismatches, fields)
    return mismatches


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.split("\n\n")[1])
    with open(sys.argv[1]) as mine, open(sys.argv[2]) as theirs:
        mismatches = compare(json.load(mine), json.load(theirs))
    for line in mismatches[:50]:
        print(line)
    if mismatches:
        print(f"{len(mismatches)} mismatches")
        sys.exit(1)
    print("statusgen and the DuckDB reference agree")


if __name__ == "__main__":
    main()
