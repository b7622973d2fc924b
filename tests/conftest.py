"""Fixtures shared by the checks of the site itself (build, notebooks, browser)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pagemodel import ROOT



def mkdocs_build(site_dir: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir), *extra],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once per test run with `mkdocs build --strict` into a temp dir."""
    site = tmp_path_factory.mktemp("site")
    proc = mkdocs_build(site)
    assert proc.returncode == 0, f"mkdocs build --strict failed:\n{proc.stdout}\n{proc.stderr}"
    return site
