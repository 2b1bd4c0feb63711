"""statusgen publish to a folder, killed with kill -9 at random moments."""

import os

from publishing import add_targets, demo_versions, kill_at_random_moments, site_files


def test_kill_9_at_random_moments_leaves_the_old_or_the_new_site(tmp_path):
    source, site_a, site_b = demo_versions(tmp_path)
    www = tmp_path / "www" / "status"
    add_targets(source, f"  local:\n    kind: directory\n    path: {www}\n")
    versions = [site_files(site_a), site_files(site_b)]

    def check(round_number, finished):
        if finished is None:
            assert site_files(www) in versions, f"round {round_number}"
        else:
            assert site_files(www) == site_files(finished)

    kill_at_random_moments(source, [site_a, site_b], check, seed=9)
    # What killed publishes left beside the folder is gone; the lock file stays.
    assert sorted(os.listdir(www.parent)) == [".status.publish-lock", "status"]
