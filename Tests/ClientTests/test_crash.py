"""Kills `statusgen build` and `statusgen update` at random moments and checks what a crash leaves.

After each SIGKILL the output (`site/`) is exactly the tree before or the tree after, and the incident
file exactly the bytes before or after; the next run completes and leaves no staging folder
(`.site.building-…`, `.site.old-…`) and no temporary file (`incidents/.NAME.md.….tmp`) behind,
only the site before the last (`.site.spare`), which the next build stages in.

A temporary file, or a staging folder still empty, is removed by the next run only once it is a
minute old (docs/formats.md: a command writing it may still be running), so the test sets the
mtime of what the kill left a minute and a half back before the next run, as if that minute had
passed; staging folders with the marker are removed whatever their age.

Half the kills fall anywhere in a run, half in its last fifth, where the files are written and
swapped in. The seed is printed, and STATUSGEN_CRASH_SEED replays a run.
"""

import os
import random
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

from conftest import ROOT, statusgen_binary

KILLS = 30
NOW_A = "2026-11-24T12:00:00Z"
NOW_B = "2026-11-24T12:30:00Z"
STAGING = re.compile(r"^\.site\.((building|old)-[0-9A-F-]{36}|spare)$")
SPARE = ".site.spare"
TEMPORARY = re.compile(r"^\..+\.md\.[0-9A-F-]{36}\.tmp$")


def tree(folder):
    """Every file under `folder` (hidden ones too) by relative path, with its bytes."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() or path.is_symlink()
    }


def seeded_random():
    seed = int(os.environ.get("STATUSGEN_CRASH_SEED", time.time_ns() % 1_000_000))
    print(f"STATUSGEN_CRASH_SEED={seed}")
    return random.Random(seed)


def kill_after(command, delay):
    """Runs `command`, sends it SIGKILL after `delay` seconds; True when the kill came first."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        process.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return True


def timed_run(command):
    started = time.monotonic()
    subprocess.run(command, check=True, capture_output=True)
    return time.monotonic() - started


def delay(rng, duration):
    if rng.random() < 0.5:
        return rng.uniform(0, duration)
    return rng.uniform(0.8 * duration, 1.05 * duration)


def test_killed_builds_leave_the_old_or_the_new_site_and_nothing_else(tmp_path):
    binary = str(statusgen_binary())
    rng = seeded_random()
    source = tmp_path / "demo"
    source.mkdir()
    shutil.copy(ROOT / "statusgen.yml", source / "statusgen.yml")
    shutil.copytree(ROOT / "incidents", source / "incidents")
    # The two trees a build can leave: the site as of NOW_A and as of NOW_B, built apart.
    expected = {}
    for now in (NOW_A, NOW_B):
        subprocess.run([binary, "build", "--source", str(source), "--now", now], check=True, capture_output=True)
        expected[now] = tree(source / "site")
    assert expected[NOW_A] != expected[NOW_B]
    duration = timed_run([binary, "build", "--source", str(source), "--now", NOW_A])
    current, outcomes, leftovers = NOW_A, {"old": 0, "new": 0, "finished": 0}, 0
    for _ in range(KILLS):
        target = NOW_B if current == NOW_A else NOW_A
        command = [binary, "build", "--source", str(source), "--now", target]
        finished = not kill_after(command, delay(rng, duration))
        outcomes["finished"] += finished
        site = tree(source / "site")
        assert site in (expected[current], expected[target]), "site/ is neither the old nor the new tree"
        if site == expected[current] and site != expected[target]:
            outcomes["old"] += 1
        else:
            outcomes["new"] += 1
        left = [entry.name for entry in source.iterdir() if entry.name.startswith(".site.")]
        assert all(STAGING.match(name) for name in left), left
        leftovers += len([name for name in left if name != SPARE])
        # A minute passes: an empty folder of a build killed before it marked its folder is then removed.
        for name in left:
            stamp = time.time() - 90
            os.utime(source / name, (stamp, stamp))
        if not finished:
            duration = timed_run(command)
        assert tree(source / "site") == expected[target]
        remaining = {entry.name: sorted(tree(entry))[:5] for entry in source.iterdir()
                     if entry.name.startswith(".site.") and entry.name != SPARE}
        assert remaining == {}, "a staging folder outlived the next build"
        current = target
    print(f"build: {KILLS} kills, {outcomes}, {leftovers} staging folders left by kills, all removed")


def test_killed_updates_leave_the_old_or_the_new_file_and_nothing_else(tmp_path):
    binary = str(statusgen_binary())
    rng = seeded_random()
    source = tmp_path / "site"
    (source / "incidents").mkdir(parents=True)
    shutil.copy(ROOT / "statusgen.yml", source / "statusgen.yml")
    incident = source / "incidents" / "2026-11-01-long.md"
    paragraph = "The API answers slowly for some customers; we keep watching its error rate. " * 4
    incident.write_text(
        "---\ntitle: A long incident\nimpact: minor\ncomponents:\n  api: degraded_performance\n---\n"
        + "".join(
            f"## 2026-11-01T{hour:02}:{minute:02}:00Z {'investigating' if hour == minute == 0 else 'update'}\n"
            f"{paragraph.strip()}\n\n"
            for hour in range(12)
            for minute in range(0, 60, 2)
        )
    )
    outcomes, leftovers = {"old": 0, "new": 0, "finished": 0}, 0
    duration = None
    def update(folder, kill):
        return [
            binary, "update", "2026-11-01-long", "--status", "update", "--source", str(folder),
            "--message", f"Note {kill}: still watching.", "--now", f"2026-11-24T12:{kill:02}:00Z",
        ]

    for kill in range(KILLS):
        command = update(source, kill)
        old = incident.read_bytes()
        if duration is None:
            # The first update, timed in a copy, sets the range of the kills.
            shutil.copytree(source, tmp_path / "timing")
            duration = timed_run(update(tmp_path / "timing", kill))
        if not kill_after(command, delay(rng, duration)):
            outcomes["finished"] += 1
        killed = incident.read_bytes()
        temporary = [entry for entry in (source / "incidents").iterdir() if entry.name.startswith(".")]
        assert all(TEMPORARY.match(entry.name) for entry in temporary), temporary
        leftovers += len(temporary)
        # A minute passes: what the kill left is then fair game for the next edit.
        for entry in temporary:
            stamp = time.time() - 90
            os.utime(entry, (stamp, stamp))
        # Back to the old bytes, so that the next run shows what the new ones are.
        incident.write_bytes(old)
        duration = timed_run(command)
        new = incident.read_bytes()
        assert new != old
        assert killed in (old, new), "the incident file is neither the old nor the new one"
        outcomes["old" if killed == old else "new"] += 1
        assert [entry.name for entry in (source / "incidents").iterdir() if entry.name.startswith(".")] == []
    print(f"update: {KILLS} kills, {outcomes}, {leftovers} temporary files left by kills, all removed")
