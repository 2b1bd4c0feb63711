"""Measuring a child process: wall time, CPU time (user + system, all threads), peak RSS and bytes read."""

import os
import subprocess
import sys
import tempfile
import time


class Measure:
    def __init__(self, wall, user, system, rss_kb, read_bytes, output):
        self.wall, self.cpu, self.rss_mb, self.output = wall, user + system, rss_kb / 1024, output
        self.read_bytes = read_bytes


def bytes_read(pid):
    """What the exited but not yet reaped process `pid` read through read() calls (Linux's rchar)."""
    try:
        with open(f"/proc/{pid}/io") as io:
            return int(next(line for line in io if line.startswith("rchar:")).split()[1])
    except (OSError, StopIteration):
        return None


def measure(command, env=None, cwd=None):
    """Runs `command` (with `env` and in `cwd` when given) and returns its wall time, CPU time, peak RSS and what it printed."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=errors, stderr=errors, env=env, cwd=cwd)
        os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)
        read = bytes_read(child.pid)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        text = errors.read().decode("utf-8", "replace")
    if child.returncode != 0:
        sys.exit(f"{' '.join(map(str, command))} failed ({child.returncode}):\n{text}")
    return Measure(wall, usage.ru_utime, usage.ru_stime, usage.ru_maxrss, read, text)


def best(runs):
    """The least wall and CPU time of `runs` (on a shared machine, the least disturbed), the highest
    peak memory, and the output and bytes read of the run with the least CPU time."""
    runs = list(runs)
    chosen = min(runs, key=lambda run: run.cpu)
    result = Measure(min(run.wall for run in runs), chosen.cpu, 0, 0, chosen.read_bytes, chosen.output)
    result.rss_mb = max(run.rss_mb for run in runs)
    return result
