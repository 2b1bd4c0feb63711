"""statusgen publish over rsync and ssh to an sshd started on 127.0.0.1 with throwaway keys."""

import os
import subprocess
import threading
from pathlib import Path

import pytest

from local_http import free_port, wait_for_port
from publishing import MANIFEST, add_targets, demo_versions, publish, site_files


@pytest.fixture
def sshd(tmp_path):
    """An sshd on a free port that lets this user in with a new key; yields the ssh_command to reach it."""
    keys = tmp_path / "keys"
    keys.mkdir()
    for name in ("host", "user"):
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(keys / name)], check=True)
    (keys / "authorized_keys").write_text((keys / "user.pub").read_text())
    port = free_port()
    (keys / "sshd_config").write_text(
        f"Port {port}\nListenAddress 127.0.0.1\nHostKey {keys / 'host'}\nPidFile {keys / 'sshd.pid'}\n"
        f"AuthorizedKeysFile {keys / 'authorized_keys'}\nStrictModes no\nPermitRootLogin yes\n"
        "PasswordAuthentication no\nKbdInteractiveAuthentication no\nUsePAM no\n"
    )
    host_key = (keys / "host.pub").read_text().split()
    (keys / "known_hosts").write_text(f"[127.0.0.1]:{port} {host_key[0]} {host_key[1]}\n")
    (keys / "ssh_config").write_text(
        f"Host status-test\n  HostName 127.0.0.1\n  Port {port}\n  User {os.environ.get('USER', 'root')}\n"
        f"  IdentityFile {keys / 'user'}\n  IdentitiesOnly yes\n  UserKnownHostsFile {keys / 'known_hosts'}\n"
        "  StrictHostKeyChecking yes\n"
    )
    Path("/run/sshd").mkdir(exist_ok=True)
    process = subprocess.Popen(["/usr/sbin/sshd", "-D", "-e", "-f", str(keys / "sshd_config")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_port(port)
    yield f"ssh -F {keys / 'ssh_config'}"
    process.kill()
    process.wait()


def live_files(remote):
    return site_files((remote / "current").resolve())


def test_releases_beside_the_live_one_and_one_swap(sshd, tmp_path):
    source, site_a, site_b = demo_versions(tmp_path)
    remote = tmp_path / "remote"
    add_targets(source, f"  mirror:\n    kind: ssh\n    host: status-test\n    path: {remote}\n"
                        f"    ssh_command: {sshd}\n")
    first = publish(source, site_a)
    assert first.returncode == 0, first.stdout + first.stderr
    assert live_files(remote) == site_files(site_a)
    assert (remote / "current" / MANIFEST).is_file()

    # A reader looks at the live folder during the whole second publish: always all of a or all of b.
    seen, stop = [], threading.Event()
    versions = [site_files(site_a), site_files(site_b)]

    def read():
        while not stop.is_set():
            try:
                seen.append(live_files(remote) in versions)
            except FileNotFoundError:
                # The release a reader was in was removed after the swap: a reader holding it open keeps it.
                continue

    reader = threading.Thread(target=read)
    reader.start()
    second = publish(source, site_b)
    stop.set()
    reader.join()
    assert second.returncode == 0, second.stdout + second.stderr
    assert live_files(remote) == site_files(site_b)
    assert seen and all(seen)
    assert len(list((remote / "releases").iterdir())) == 2

    again = publish(source, site_b)
    assert "mirror: 0 uploaded, 0 deleted" in again.stdout


def test_a_host_that_refuses_the_key_fails_the_target(sshd, tmp_path):
    source, site_a, _ = demo_versions(tmp_path)
    # The host no longer knows the key.
    (Path(sshd.split()[-1]).parent / "authorized_keys").write_text("")
    add_targets(source, f"  mirror:\n    kind: ssh\n    host: status-test\n    path: {tmp_path / 'remote'}\n"
                        f"    ssh_command: {sshd}\n")
    result = publish(source, site_a)
    assert result.returncode == 1
    assert "mirror: FAILED" in result.stdout and "ssh exited with status 255" in result.stdout
