#!/usr/bin/env python3
"""Compute a status site's monitor aggregates with DuckDB, independently of statusgen.

    bench/duckdb_reference.py SITE [--now TIME] [--output FILE]   # JSON shaped like api/uptime.json
    bench/duckdb_reference.py SITE --simple                        # the count-based query only (timing)

SITE is a folder written by bench/generate.py: its `bench.json` gives the timezone, the gap limit,
the history length and which monitors make up each component; `monitors/*.csv` are the results.
The rules are statusgen's, as docs/status-rules.md states them, written again in SQL:

- a row dated after `now` is not yet known for uptime, but counts (with its latency) on today's
  date, and rows on later days are not shown (docs/status-rules.md, "Monitor results");
- times are kept to the millisecond;
- a last line without its newline is read if it parses, else skipped (it is being written);
- days are calendar days in the site's timezone (23 or 25 hours when the clocks change); the
  output has the last `history_days` of them, those with rows or covered time;
- counts by status are counts of rows on that day, rows written twice included;
- uptime is time-weighted: each check stands from its time until the monitor's next check
  (LEAD over the monitor's rows by time), at most the gap limit, never past `now`, split at
  local midnight; rows of one monitor at the same instant are one check with the worst status;
  degraded time counts as up; a day's uptime is (covered - down) / covered;
- latency p50 and p95 are over the day's rows that have a latency, by nearest rank: the value
  at rank ceil(p * n) of the n values sorted;
- a component's day averages the covered and down time of its monitors that have covered time
  that day (one of two monitors down for an hour is half an hour down); its latency percentiles
  are over the rows of all its monitors; its 30- and 90-day uptime sum those daily averages;
- 30- and 90-day uptime are over the last 30 and 90 calendar days, today included;
- maintenance windows are not modelled: generated sites have no incidents or maintenance.

Requires `pip install duckdb`.
"""

import argparse
import json
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import duckdb

MICROSECONDS = 1_000_000


def parse_time(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc)


def readable_copies(con, monitors_dir, scratch):
    """The CSV files to read: each as it is, or, when its last line has no newline yet, a copy
    that ends that line if it parses and leaves it out if it does not (a torn line)."""
    paths = []
    for path in sorted(monitors_dir.glob("*.csv")):
        with open(path, "rb") as file:
            size = file.seek(0, 2)
            file.seek(max(0, size - 1))
            if size == 0 or file.read(1) == b"\n":
                paths.append(path)
                continue
        data = path.read_bytes()
        cut = data.rfind(b"\n") + 1
        header = data[: data.find(b"\n") + 1]
        trial = Path(scratch) / f"last-line-{path.name}"
        trial.write_bytes(header + data[cut:] + b"\n")
        try:
            status = con.execute(f"SELECT status, monitor FROM ({source_rows([trial])})").fetchall()
            parses = len(status) == 1 and status[0][0] in ("up", "degraded", "down") and status[0][1]
        except duckdb.Error:
            parses = False
        copy = Path(scratch) / path.name
        copy.write_bytes(data + b"\n" if parses else data[:cut])
        paths.append(copy)
    if sorted(monitors_dir.glob("*.jsonl")):
        sys.exit(f"{monitors_dir}: JSON Lines files are not handled by this reference")
    return paths


def source_rows(paths):
    """SQL for every row of `paths` as (monitor, t in microseconds, status, latency), columns found
    by their header names."""
    selects = []
    for path in paths:
        source = (
            f"read_csv('{path}', header = true, quote = '\"', escape = '\"', "
            "types = {'timestamp': 'TIMESTAMPTZ', 'monitor': 'VARCHAR', 'status': 'VARCHAR', 'latency_ms': 'DOUBLE'})"
        )
        # Times are kept to the millisecond, as statusgen keeps them.
        selects.append(f'SELECT monitor, epoch_ms("timestamp") * 1000 AS t, status, latency_ms AS latency FROM {source}')
    if not selects:
        return "SELECT NULL::VARCHAR monitor, NULL::BIGINT t, NULL::VARCHAR status, NULL::DOUBLE latency WHERE false"
    return "\nUNION ALL\n".join(selects)


def day_table(con, tz, now_us):
    """The table `days(date, day_start, day_end)`: calendar days in `tz` from 1970 to the one that
    holds `now`, their bounds in microseconds since 1970 UTC."""
    con.execute(
        f"""CREATE TEMP TABLE days AS
            WITH today AS (SELECT CAST(timezone('{tz}', make_timestamptz({now_us})) AS DATE) AS today)
            SELECT CAST(d AS DATE) AS date,
                   epoch_us(timezone('{tz}', CAST(CAST(d AS DATE) AS TIMESTAMP))) AS day_start,
                   epoch_us(timezone('{tz}', CAST(CAST(d AS DATE) + 1 AS TIMESTAMP))) AS day_end
            FROM today, range(TIMESTAMP '1970-01-01', CAST(today AS TIMESTAMP) + INTERVAL 1 DAY, INTERVAL 1 DAY) AS r(d)"""
    )


def daily_rows(con, paths, gap_us, now_us):
    """Rows ('monitor', name, date, checks, up, degraded, down, covered and down microseconds, p50,
    p95, problems) per monitor and day, and ('component', id, date, p50, p95) per component and day
    (over the rows of all its monitors; the table `membership(component, monitor)` says which)."""
    checks = source_rows(paths)
    return con.execute(
        f"""WITH spans AS (
                -- Rows at one instant are ordered up, degraded, down, and each one's span ends at the
                -- next row's time: so only the last of them, the worst, covers time. Rows after `now`
                -- cover nothing but count on today's date; rows on later days are left out.
                SELECT k.monitor, k.t, k.status, k.latency, d.date, d.day_end,
                       least(coalesce(lead(k.t) OVER (
                                          PARTITION BY k.monitor
                                          ORDER BY k.t, CASE k.status WHEN 'up' THEN 0 WHEN 'degraded' THEN 1 ELSE 2 END),
                                      {now_us}),
                             k.t + {gap_us}, {now_us}) AS span_end
                FROM ({checks}) k ASOF JOIN days d ON k.t >= d.day_start
                WHERE k.t < d.day_end),
            pieces AS (
                SELECT monitor, date, status, least(span_end, day_end) - t AS micros FROM spans WHERE span_end > t
                UNION ALL
                SELECT monitor, CAST(date + 1 AS DATE), status, span_end - day_end FROM spans WHERE span_end > day_end),
            coverage AS (
                SELECT monitor, date, sum(micros) AS covered,
                       coalesce(sum(micros) FILTER (WHERE status = 'down'), 0) AS down
                FROM pieces GROUP BY ALL),
            counts AS (
                SELECT monitor, date,
                       count(*) AS checks,
                       count(*) FILTER (WHERE status = 'up') AS up,
                       count(*) FILTER (WHERE status = 'degraded') AS degraded,
                       count(*) FILTER (WHERE status = 'down') AS down,
                       count(*) FILTER (WHERE status NOT IN ('up', 'degraded', 'down')) AS problems,
                       -- Nearest rank: the value at rank ceil(p * n) (checked against a sorted list in the tests).
                       quantile_disc(latency, [0.5, 0.95]) AS percentiles
                FROM spans GROUP BY ALL),
            component_latency AS (
                SELECT m.component, s.date, quantile_disc(s.latency, [0.5, 0.95]) AS percentiles
                FROM spans s JOIN membership m ON s.monitor = m.monitor GROUP BY ALL)
            SELECT 'monitor', coalesce(n.monitor, v.monitor), CAST(coalesce(n.date, v.date) AS VARCHAR),
                   coalesce(n.checks, 0), coalesce(n.up, 0), coalesce(n.degraded, 0), coalesce(n.down, 0),
                   coalesce(v.covered, 0), coalesce(v.down, 0), n.percentiles[1], n.percentiles[2],
                   coalesce(n.problems, 0)
            FROM counts n FULL JOIN coverage v ON n.monitor = v.monitor AND n.date = v.date
            UNION ALL
            SELECT 'component', component, CAST(date AS VARCHAR), NULL, NULL, NULL, NULL, NULL, NULL,
                   percentiles[1], percentiles[2], 0
            FROM component_latency
            ORDER BY 1, 2, 3"""
    ).fetchall()


def ratio(covered, down):
    return (covered - down) / covered if covered > 0 else None


def total_uptime(by_date, dates):
    """The uptime of the days of `dates` in `by_date` (date -> (covered, down)) together."""
    chosen = [value for date, value in by_date.items() if date in dates]
    return ratio(sum(c for c, _ in chosen), sum(d for _, d in chosen))


def uptime_report(site, now):
    """The reference aggregates of SITE as of `now`, shaped like statusgen's api/uptime.json."""
    settings = json.loads((site / "bench.json").read_text())
    tz = settings["timezone"]
    gap_us = int(settings["gap_limit_minutes"] * 60 * MICROSECONDS)
    if gap_us >= 23 * 3600 * MICROSECONDS:
        sys.exit("a gap limit of a day or more would need spans split at more than one midnight")
    now_us = int(now.timestamp() * MICROSECONDS)
    con = duckdb.connect()
    day_table(con, tz, now_us)
    con.execute("CREATE TEMP TABLE membership (component VARCHAR, monitor VARCHAR)")
    for component, names in settings["components"].items():
        for name in dict.fromkeys(names):
            con.execute("INSERT INTO membership VALUES (?, ?)", [component, name])
    with tempfile.TemporaryDirectory() as scratch:
        rows = daily_rows(con, readable_copies(con, site / "monitors", scratch), gap_us, now_us)
    if any(row[-1] or row[1] is None for row in rows):
        sys.exit("rows without a monitor or with an unknown status")
    history_days = settings["history_days"]
    recent = [
        row[0]
        for row in con.execute(
            f"SELECT CAST(date AS VARCHAR) FROM days ORDER BY date DESC LIMIT {max(90, history_days)}"
        ).fetchall()
    ]
    last30, last90, shown = set(recent[:30]), set(recent[:90]), set(recent[:history_days])

    monitors, seconds, component_latency = {}, {}, {}
    for kind, name, date, checks, up, degraded, down, covered, down_us, p50, p95, _ in rows:
        if kind == "component":
            component_latency[(name, date)] = (p50, p95)
            continue
        seconds.setdefault(name, {})[date] = (covered, down_us)
        if date not in shown:
            continue
        monitors.setdefault(name, {"days": []})["days"].append(
            {
                "date": date, "checks": checks, "up": up, "degraded": degraded, "down": down,
                "uptime": ratio(covered, down_us), "latency_p50_ms": p50, "latency_p95_ms": p95,
            }
        )
    for name, entry in monitors.items():
        entry["uptime_30d"] = total_uptime(seconds[name], last30)
        entry["uptime_90d"] = total_uptime(seconds[name], last90)

    components = {}
    for component, names in settings["components"].items():
        # Per day, the covered and down time averaged over the monitors that reported (covered time).
        reporting = {}
        for name in dict.fromkeys(names):
            for date, (covered, down_us) in seconds.get(name, {}).items():
                if covered > 0:
                    reporting.setdefault(date, []).append((covered, down_us))
        averages = {
            date: (sum(c for c, _ in values) / len(values), sum(d for _, d in values) / len(values))
            for date, values in reporting.items()
        }
        days = []
        for date in sorted(averages):
            if date in shown:
                p50, p95 = component_latency.get((component, date), (None, None))
                days.append({"date": date, "uptime": ratio(*averages[date]), "latency_p50_ms": p50, "latency_p95_ms": p95})
        components[component] = {
            "days": days,
            "uptime_30d": total_uptime(averages, last30),
            "uptime_90d": total_uptime(averages, last90),
        }
    return {
        "timezone": tz,
        "generated_at": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "monitors": monitors,
        "components": components,
    }


def simple_query(site, tz):
    """The count-based aggregation of the issue: read_csv, group by monitor and local day."""
    con = duckdb.connect()
    con.execute(f"SET TimeZone = '{tz}'")
    path = site / "monitors" / "checks.csv"
    return con.execute(
        f"""SELECT monitor, CAST(timezone('{tz}', "timestamp") AS DATE) AS day,
                   count(*) AS checks,
                   count(*) FILTER (WHERE status = 'up') AS up,
                   count(*) FILTER (WHERE status = 'degraded') AS degraded,
                   count(*) FILTER (WHERE status = 'down') AS down,
                   avg(CASE WHEN status = 'down' THEN 0 ELSE 1 END) AS uptime,
                   quantile_cont(latency_ms, 0.5) AS p50,
                   quantile_cont(latency_ms, 0.95) AS p95
            FROM read_csv('{path}', header = true,
                          columns = {{'timestamp': 'TIMESTAMPTZ', 'monitor': 'VARCHAR', 'status': 'VARCHAR',
                                      'latency_ms': 'DOUBLE'}})
            GROUP BY ALL"""
    ).fetchall()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--now", help="RFC 3339 moment (default: bench.json's)")
    parser.add_argument("--output", type=Path, help="write the JSON here instead of standard output")
    parser.add_argument("--simple", action="store_true", help="run the count-based query and print its row count")
    options = parser.parse_args()
    settings = json.loads((options.site / "bench.json").read_text())
    if options.simple:
        print(len(simple_query(options.site, settings["timezone"])))
        return
    now = parse_time(options.now or settings["now"])
    text = json.dumps(uptime_report(options.site, now), indent=1, sort_keys=True) + "\n"
    if options.output:
        options.output.write_text(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
