"""Builds the demo site once with the real `statusgen` binary, for the client checks in this folder."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-11-24T12:00:00Z"


def statusgen_binary():
    """The debug binary that `swift build` left, or the one named by STATUSGEN."""
    override = os.environ.get("STATUSGEN")
    if override:
        return Path(override)
    path = subprocess.run(
        ["swift", "build", "--show-bin-path"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()
    return Path(path) / "statusgen"


def copy_demo_site(destination):
    """The demo site's inputs in `destination`, with its monitor data generated there."""
    shutil.copy(ROOT / "statusgen.yml", destination / "statusgen.yml")
    shutil.copytree(ROOT / "incidents", destination / "incidents")
    subprocess.run(
        ["python3", str(ROOT / "scripts" / "demo-monitors.py"), str(destination / "monitors")],
        check=True, capture_output=True,
    )


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory):
    """The folder of the demo site built as of NOW."""
    source = tmp_path_factory.mktemp("demo")
    copy_demo_site(source)
    subprocess.run(
        [str(statusgen_binary()), "build", "--source", str(source), "--now", NOW],
        check=True, capture_output=True,
    )
    return source / "site"
