#!/usr/bin/env python3
"""Write the monitor results of the demo status site (monitors/*.csv).

The repository root is the demo site for the fictional "Example Mail Cloud", always built
with `--now 2026-11-24T12:00:00Z`. This script produces the 90 days of monitor checks behind
its uptime bars: one check every 5 minutes per monitor, ending at that moment, with a daily
traffic rhythm, noise, and the outages described in incidents/*.md (see WINDOWS below).

    scripts/demo-monitors.py              # writes monitors/*.csv next to statusgen.yml
    scripts/demo-monitors.py OUTPUT_DIR   # writes the same files elsewhere

Standard library only, fixed seed: two runs give byte-identical files. The CSV files are
git-ignored; run this script again after changing it instead of committing its output.
"""

import math
import random
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)  # the demo's --now
DAYS = 90
INTERVAL = timedelta(minutes=5)
SEED = 2026
HEADER = "timestamp,monitor,status,latency_ms\n"


def utc(text):
    """Parse `2026-11-24T10:44Z` or `2026-11-24T10:44:00Z`."""
    text = text.replace("Z", "+00:00")
    return datetime.fromisoformat(text).astimezone(timezone.utc)


# Incident windows. Keep this table in step with incidents/*.md: every incident that names a
# component shows up in that component's monitors here, and nothing else does (except the
# blip marked below). Times are UTC; a window starts at its first check at or after `from`
# and ends before `until`. Monitors usually notice a problem a few minutes before the first
# update is posted, and are healthy again a little before the incident is marked resolved.
#
# effect:  down      the check gets no response (latency empty)
#          degraded  the check passes but slowly (latency several times normal)
#          partial   each affected check is down or degraded, at random
# share:   the fraction of checks in the window that are affected; the rest are up,
#          somewhat slower than usual.
#
# Incidents before 2026-08-26 (the start of the 90 days) are listed for completeness but
# fall outside the data. Incidents whose components stay `operational` (the informational
# 2026-09-09 notice) and maintenance still to come (2026-11-28) have no rows here.
WINDOWS = [
    # incident id                             monitor          from                until               effect      share
    ("2026-07-29-webmail-sign-in-errors",     "webmail",       "2026-07-29T08:00Z", "2026-07-29T08:38Z", "degraded", 0.3),
    ("2026-08-12-api-rate-limiting",          "api",           "2026-08-12T11:50Z", "2026-08-12T14:18Z", "degraded", 0.5),
    ("2026-08-31-outbound-delays-microsoft",  "smtp-out-uk",   "2026-08-31T08:50Z", "2026-09-01T14:00Z", "degraded", 0.8),
    ("2026-09-17-archive-search-slow",        "archive",       "2026-09-17T09:40Z", "2026-09-17T11:35Z", "degraded", 1.0),
    ("2026-09-30-frankfurt-inbound-outage",   "smtp-in-de",    "2026-09-30T16:12Z", "2026-09-30T16:52Z", "down",     1.0),
    ("2026-10-10-archive-storage-migration",  "archive",       "2026-10-10T21:05Z", "2026-10-10T22:50Z", "down",     1.0),
    ("2026-10-10-archive-storage-migration",  "archive",       "2026-10-10T22:50Z", "2026-10-11T01:25Z", "degraded", 1.0),
    ("2026-10-14-admin-console-outage",       "admin-console", "2026-10-14T07:41Z", "2026-10-14T08:09Z", "down",     1.0),
    ("2026-10-14-admin-console-outage",       "api",           "2026-10-14T07:41Z", "2026-10-14T08:09Z", "partial",  1.0),
    # Crosses the end of British Summer Time (2026-10-25T01:00Z).
    ("2026-10-25-outbound-delays-overnight",  "smtp-out-uk",   "2026-10-24T23:20Z", "2026-10-25T03:25Z", "degraded", 0.7),
    ("2026-11-03-webmail-large-attachments",  "webmail",       "2026-11-03T13:20Z", "2026-11-03T15:02Z", "degraded", 0.4),
    # No incident written: three down checks in a row, which the site shows as a detected
    # outage of its own.
    (None,                                    "imap-de",       "2026-11-04T03:10Z", "2026-11-04T03:25Z", "down",     1.0),
    ("2026-11-12-api-errors",                 "api",           "2026-11-12T14:58Z", "2026-11-12T15:52Z", "partial",  0.8),
    ("2026-11-12-api-errors",                 "admin-console", "2026-11-12T14:58Z", "2026-11-12T15:52Z", "degraded", 1.0),
    ("2026-11-18-imap-slow-sync-uk",          "imap-uk",       "2026-11-18T08:20Z", "2026-11-18T09:50Z", "degraded", 0.6),
    # Still open at --now: the flagship incident of the demo.
    ("2026-11-24-uk-mail-flow",               "smtp-in-uk",    "2026-11-24T10:44Z", "2026-11-24T12:00Z", "down",     1.0),
    ("2026-11-24-uk-mail-flow",               "admin-console", "2026-11-24T10:45Z", "2026-11-24T12:00Z", "degraded", 1.0),
]

# Monitors, in the order of statusgen.yml.
#   file: where its rows go; offset: minute of its first check in each 5 minutes (checks are
#   staggered as a real scheduler does); base: typical latency in ms at night; swing: how much
#   slower it is at the busiest time of day.
MONITORS = {
    "smtp-in-uk":    {"file": "smtp.csv",    "offset": 4, "base": 36,  "swing": 0.45},
    "smtp-in-de":    {"file": "smtp.csv",    "offset": 2, "base": 44,  "swing": 0.40},
    "smtp-out-uk":   {"file": "smtp.csv",    "offset": 1, "base": 41,  "swing": 0.50},
    "smtp-out-de":   {"file": "smtp.csv",    "offset": 3, "base": 52,  "swing": 0.40},
    "imap-uk":       {"file": "imap.csv",    "offset": 2, "base": 33,  "swing": 0.50},
    "imap-de":       {"file": "imap.csv",    "offset": 1, "base": 42,  "swing": 0.45},
    "webmail":       {"file": "web.csv",     "offset": 3, "base": 145, "swing": 0.55},
    "admin-console": {"file": "web.csv",     "offset": 1, "base": 120, "swing": 0.50},
    "api":           {"file": "web.csv",     "offset": 3, "base": 92,  "swing": 0.60},
    "archive":       {"file": "archive.csv", "offset": 0, "base": 180, "swing": 0.70},
}

# The archive monitor stops reporting at 10:00 on the demo's last day (its last check is at
# 2026-11-24T10:00:00Z), so at --now its data is two hours old and the site shows it as stale
# rather than as operational.
LAST_CHECK = {"archive": utc("2026-11-24T10:00Z")}

NOISE_DOWN = 1 / 20000     # isolated failed checks (a lost probe), never two in a row
NOISE_DEGRADED = 1 / 10000 # isolated slow checks


def daily_load(t):
    """0 at night, 1 at the afternoon peak (UK and German business hours); lower at weekends."""
    hour = t.hour + t.minute / 60
    load = 0.5 - 0.5 * math.cos(2 * math.pi * (hour - 3) / 24)  # lowest 03:00, highest 15:00 UTC
    return load * (0.55 if t.weekday() >= 5 else 1.0)


def normal_latency(rng, spec, name, t):
    latency = spec["base"] * (1 + spec["swing"] * daily_load(t)) * (1 + rng.gauss(0, 0.08))
    if name == "archive" and 1 <= t.hour < 3:
        latency *= 1.4  # nightly index maintenance
    if rng.random() < 0.02:
        latency *= rng.uniform(1.3, 2.0)  # the usual long tail
    return max(1, round(latency))


def checks(rng, name, spec, windows):
    start = NOW - timedelta(days=DAYS)
    last = LAST_CHECK.get(name, NOW)
    t = start + timedelta(minutes=spec["offset"])
    if t <= start:
        t += INTERVAL
    previous = "up"
    while t <= last:
        window = next((w for w in windows if w[0] <= t < w[1]), None)
        if window is not None:
            _, _, effect, share = window
            if rng.random() < share:
                if effect == "partial":
                    effect = "down" if rng.random() < 0.5 else "degraded"
                if effect == "down":
                    status, latency = "down", ""
                else:
                    status, latency = "degraded", round(spec["base"] * rng.uniform(4, 9))
            else:
                status, latency = "up", round(normal_latency(rng, spec, name, t) * 1.5)
        else:
            r = rng.random()
            if r < NOISE_DOWN and previous != "down":
                status, latency = "down", ""
            elif r < NOISE_DOWN + NOISE_DEGRADED:
                status, latency = "degraded", round(spec["base"] * rng.uniform(4, 7))
            else:
                status, latency = "up", normal_latency(rng, spec, name, t)
        yield t.strftime("%Y-%m-%dT%H:%M:%SZ"), status, latency
        previous = status
        t += INTERVAL


def main(argv):
    began = time.monotonic()
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "monitors"
    out.mkdir(parents=True, exist_ok=True)

    incidents = ROOT / "incidents"
    for incident, monitor, *_ in WINDOWS:
        if monitor not in MONITORS:
            sys.exit(f"demo-monitors.py: unknown monitor {monitor!r} in WINDOWS")
        if incident and incidents.is_dir() and not (incidents / f"{incident}.md").exists():
            print(f"demo-monitors.py: warning: no incidents/{incident}.md", file=sys.stderr)

    rng = random.Random(SEED)
    files = {}
    for name, spec in MONITORS.items():
        windows = [(utc(a), utc(b), effect, share)
                   for _, monitor, a, b, effect, share in WINDOWS if monitor == name]
        rows = files.setdefault(spec["file"], [])
        for timestamp, status, latency in checks(rng, name, spec, windows):
            rows.append((timestamp, name, status, latency))

    total = 0
    for file_name in sorted(files):
        rows = sorted(files[file_name], key=lambda row: (row[0], row[1]))
        with open(out / file_name, "w", encoding="utf-8", newline="\n") as f:
            f.write(HEADER)
            f.writelines(f"{ts},{monitor},{status},{latency}\n" for ts, monitor, status, latency in rows)
        total += len(rows)

    print(f"demo-monitors.py: wrote {len(files)} files ({', '.join(sorted(files))}), "
          f"{total} rows, to {out} in {time.monotonic() - began:.1f} s")


if __name__ == "__main__":
    main(sys.argv)
