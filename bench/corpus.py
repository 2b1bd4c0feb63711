#!/usr/bin/env python3
"""Write a status site with ten years of incident history, and the same incidents for Hugo.

    bench/corpus.py SITE --incidents 10000 --checks FILE [--hugo DIR]

SITE gets `statusgen.yml` (50 components in 8 groups, the 10 of bench/generate.py with its 50
monitors among them), `incidents/*.md` (N incidents and maintenances spread over the ten years
before 2026-11-24T12:00:00Z, each with 1 to 6 updates in varied Markdown, some with a postmortem,
all resolved but some of the last week's)
and `monitors/checks.csv`, a hard link to FILE (the monitor file bench/generate.py writes). With --hugo, DIR gets a Hugo site of the same incidents, one
content file each, with the minimal layout of bench/hugo/. Fixed seed: the same bytes every run.
"""

import argparse
import os
import random
import shutil
from datetime import timedelta, timezone
from pathlib import Path

import generate

BENCH = Path(__file__).resolve().parent
SEED = 20161124
NOW = generate.NOW
YEARS = 10

GROUPS = {
    "Email": ["Spam filtering", "Mail routing", "Mobile sync"],
    "Collaboration": ["File sharing", "Video meetings", "Chat", "Shared mailboxes", "Tasks"],
    "Platform": ["Single sign-on", "Billing", "Provisioning API", "Audit log", "Webhooks"],
    "Network": ["London data centre", "Frankfurt data centre", "CDN", "IPv6", "VPN gateway"],
    "Security": ["Two-factor authentication", "Encryption gateway", "Phishing protection", "Key management",
                 "Threat reports"],
    "Support": ["Help centre", "Phone support", "Ticketing", "Live chat", "Status emails"],
    "Apps": ["iOS app", "Android app", "Desktop app", "Outlook add-in", "Browser extension"],
    "Partners": ["Reseller portal", "Domain registration", "SMS delivery", "Fax to mail", "Migration service"],
}
INCIDENT_STATUSES = ["investigating", "identified", "monitoring", "update", "resolved"]
CAUSES = [
    "a storage node ran out of disk space", "a certificate expired on one load balancer",
    "a configuration change rolled out to every region at once", "an upstream provider lost a fibre link",
    "a database failover took longer than planned", "a queue worker leaked memory until it was restarted",
    "a DNS record was published with the wrong TTL", "a spike of traffic from one customer's integration",
]
EFFECTS = [
    "some customers see errors", "requests are slower than usual", "messages are delayed by up to an hour",
    "sign-ins fail for about one attempt in ten", "the service is unavailable", "some pages time out",
]
ACTIONS = [
    "moved traffic to the healthy servers", "rolled back the change", "added capacity",
    "restarted the affected workers", "renewed the certificate and added an alert thirty days before expiry",
    "asked the provider to reroute our traffic",
]


def components():
    """(id, name, group, monitors): generate.py's ten monitored components first, then the rest."""
    result = [(component, name, group, [f"{component}-{region}" for region in generate.REGIONS])
              for component, name, group in generate.COMPONENTS]
    for group, names in GROUPS.items():
        for name in names:
            result.append((slug(name), name, group, []))
    return result


def slug(text):
    return "".join(char if char.isalnum() else "-" for char in text.lower()).strip("-").replace("--", "-")


def write_config(path, items):
    lines = [
        "title: Benchmark status site",
        "base_url: https://status.example.com/",
        "description: Ten years of incidents and 90 days of monitor results, written by bench/corpus.py.",
        f"timezone: {generate.TIMEZONE}",
        f"history_days: {generate.HISTORY_DAYS}",
        "monitoring:",
        f"  gap_limit_minutes: {generate.GAP_LIMIT_MINUTES}",
        "  stale_after_minutes: 15",
        "  outage_min_checks: 2",
        "components:",
    ]
    for component, name, group, monitors in items:
        lines += [f"  - id: {component}", f"    name: {name}", f"    group: {group}"]
        if monitors:
            lines.append(f"    monitors: [{', '.join(monitors)}]")
    path.write_text("\n".join(lines) + "\n")


def stamp(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def paragraph(rng, effect, cause, action):
    """One update's text: a sentence or three, now and then a list, a link, code or a table."""
    parts = [f"Since {rng.randint(1, 59)} minutes past the hour {effect}."]
    shape = rng.random()
    if shape < 0.2:
        parts.append(f"We found that {cause}; we have **{action}**.")
    elif shape < 0.35:
        parts.append("What we know so far:\n\n"
                     f"- {effect[0].upper() + effect[1:]};\n- the cause: {cause};\n"
                     f"- the fix: we have {action}.")
    elif shape < 0.45:
        parts.append(f"If you use the `smtp.example.com` relay, retry after a few minutes. See "
                     f"[our guide](https://help.example.com/articles/{rng.randint(100, 999)}) for details.")
    elif shape < 0.5:
        parts.append("| Region | Affected |\n|---|---|\n| UK | yes |\n| Germany | no |\n| US | partly |")
    elif shape < 0.6:
        parts.append(f"> {cause[0].upper() + cause[1:]}.\n\nWe will post again within the hour.")
    else:
        parts.append(f"We will update this page by {rng.randint(10, 23)}:{rng.choice(['00', '15', '30', '45'])}.")
    return "\n\n".join(parts)


def incident(rng, index, start, items):
    """(file name, text, title, date, summary) of one incident or maintenance starting at `start`."""
    component = rng.choice(items)
    maintenance = rng.random() < 0.15
    effect, cause, action = rng.choice(EFFECTS), rng.choice(CAUSES), rng.choice(ACTIONS)
    count = rng.randint(1, 6)
    affected = [component] + (rng.sample(items, rng.randint(1, 3)) if rng.random() < 0.2 else [])
    affected = list({item[0]: item for item in affected}.values())
    if maintenance:
        title = f"Planned work on {component[1]}"
        status = "under_maintenance"
        front = ["kind: maintenance", "impact: minor", f"starts: {stamp(start)}",
                 f"ends: {stamp(start + timedelta(hours=rng.randint(1, 6)))}"]
        words = ["scheduled", "in_progress", "verifying", "update", "completed"]
        first = start - timedelta(days=rng.randint(2, 14))
    else:
        title = f"{component[1]} — {effect}"
        status = rng.choice(["degraded_performance", "partial_outage", "major_outage"])
        front = [f"impact: {rng.choice(['none', 'minor', 'major', 'critical'])}"]
        words = INCIDENT_STATUSES
        first = start
    lines = ["---", f"title: {title}"] + front + ["components:"]
    lines += [f"  {item[0]}: {status}" for item in affected]
    lines.append("---")
    summary = ""
    if rng.random() < 0.3:
        summary = f"Customers of {component[1]} may notice that {effect}."
        lines += [summary, ""]
    moment = first
    # As on a real status page, only incidents of the last week may still be open: older ones were resolved.
    settled = start < NOW - timedelta(days=7)
    for number in range(count):
        if number == count - 1 and (number > 0 or rng.random() < 0.7 or settled):
            word = words[-1]
        else:
            word = words[min(number, len(words) - 2)]
        if maintenance and number == 1:
            moment = start
        lines += [f"## {stamp(moment)} {word}", paragraph(rng, effect, cause, action), ""]
        moment += timedelta(minutes=rng.randint(5, 240))
    if not maintenance and rng.random() < 0.1:
        lines += ["## Postmortem", "### What happened", f"On {start:%-d %B %Y}, {cause}.", "",
                  "### What we are changing", f"We have {action}, and we test the change in one region first.", ""]
    name = f"{start:%Y-%m-%d}-{slug(title)[:40].strip('-')}-{index}"
    return name, "\n".join(lines), title, start, summary or title


def hugo_page(title, date, summary, text):
    body = text.split("\n---\n", 1)[1]
    quoted = title.replace('"', '\\"')
    return f'---\ntitle: "{quoted}"\ndate: {stamp(date)}\nsummary: "{summary.replace(chr(34), "")}"\n---\n{body}'


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--incidents", type=int, required=True)
    parser.add_argument("--checks", type=Path, required=True, help="the monitor file to link as monitors/checks.csv")
    parser.add_argument("--hugo", type=Path, help="also a Hugo site of the same incidents")
    options = parser.parse_args()
    rng = random.Random(SEED)
    items = components()
    site = options.site
    for name in ("incidents", "monitors"):
        shutil.rmtree(site / name, ignore_errors=True)
        (site / name).mkdir(parents=True)
    write_config(site / "statusgen.yml", items)
    os.link(options.checks, site / "monitors" / "checks.csv")
    hugo = options.hugo
    if hugo:
        shutil.rmtree(hugo, ignore_errors=True)
        (hugo / "content" / "incidents").mkdir(parents=True)
        shutil.copytree(BENCH / "hugo" / "layouts", hugo / "layouts")
        shutil.copy(BENCH / "hugo" / "hugo.toml", hugo / "hugo.toml")
    span = timedelta(days=365 * YEARS).total_seconds()
    begin = NOW - timedelta(days=365 * YEARS)
    # Sorted moments, every update before the build's moment.
    moments = sorted(begin + timedelta(seconds=rng.uniform(0, span - 2 * 86400)) for _ in range(options.incidents))
    for index, start in enumerate(moments):
        start = start.replace(second=0, microsecond=0, tzinfo=timezone.utc)
        name, text, title, date, summary = incident(rng, index, start, items)
        (site / "incidents" / f"{name}.md").write_text(text)
        if hugo:
            (hugo / "content" / "incidents" / f"{name}.md").write_text(hugo_page(title, date, summary, text))


if __name__ == "__main__":
    main()
