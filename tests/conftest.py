"""Fixtures shared by the checks of the site itself (build, notebooks, browser)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from filelock import FileLock

from tests.pagemodel import ROOT



def mkdocs_build(site_dir: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir), *extra],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, request) -> Path:
    """The real site, built once per test run with `mkdocs build --strict` into a temp dir.

    With pytest-xdist the workers share one build: the first to need it builds it under a file
    lock in the run's own temp dir; the others wait and use it (or report the same failure).
    """
    worker = getattr(request.config, "workerinput", None)
    shared = tmp_path_factory.getbasetemp().parent if worker else tmp_path_factory.mktemp("shared")
    site, failed = shared / "site", shared / "site-build-failed.txt"
    with FileLock(str(shared / "site.lock")):
        if not failed.exists() and not (site / "index.html").is_file():
            proc = mkdocs_build(site)
            if proc.returncode != 0:
                failed.write_text(f"mkdocs build --strict failed:\n{proc.stdout}\n{proc.stderr}")
    assert not failed.exists(), failed.read_text()
    return site
