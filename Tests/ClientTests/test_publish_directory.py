"""statusgen publish to a folder, killed with kill -9 at random moments."""

import os
import random
import subprocess
import time

from conftest import statusgen_binary
from publishing import KEYS, add_targets, demo_versions, publish, site_files


def test_kill_9_at_random_moments_leaves_the_old_or_the_new_site(tmp_path):
    source, site_a, site_b = demo_versions(tmp_path)
    www = tmp_path / "www" / "status"
    add_targets(source, f"  local:\n    kind: directory\n    path: {www}\n")
    versions = [site_files(site_a), site_files(site_b)]
    started = time.monotonic()
    assert publish(source, site_a).returncode == 0
    full = time.monotonic() - started
    randomness = random.Random(9)
    for round_number in range(20):
        site = [site_a, site_b][(round_number + 1) % 2]
        process = subprocess.Popen(
            [str(statusgen_binary()), "publish", "--source", str(source), "--output", str(site)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **KEYS},
        )
        time.sleep(randomness.uniform(0.0, full))
        process.kill()
        process.wait()
        assert site_files(www) in versions, f"round {round_number}"
        finished = publish(source, site)
        assert finished.returncode == 0, finished.stdout + finished.stderr
        assert site_files(www) == site_files(site)
    # What killed publishes left beside the folder is gone.
    assert sorted(os.listdir(www.parent)) == ["status"]
