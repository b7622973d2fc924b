"""The versions the pages' outputs were verified with, read from the project's pins, as a reader installs them.

`pins()` reads `name==version` lines from one file (REQUIREMENTS); it is the only place that knows
the file's name and format, so a move to another pin file (a hashed lock, say) changes this module
only. `reader_install_line()` is the one `pip install` command for everything the pages import
(tests/test_reader.py checks it against the imports of every page and snippet).
"""

from __future__ import annotations

import functools
import json
import re
from importlib import metadata
from pathlib import Path

from dlnotes.site import ROOT

REQUIREMENTS = ROOT / "requirements.txt"

# What a reader installs to run every page, in the order the line names them. A reader on macOS has
# no `tensorflow-cpu` wheel: the line names `tensorflow` at the pinned version (the same code; this
# project runs the CPU build, which leaves out the GPU libraries).
READER_PACKAGES = ("torch", "torchvision", "tensorflow-cpu", "numpy", "matplotlib",
                   "scikit-learn", "scikit-image", "tensorboard")
READER_NAMES = {"tensorflow-cpu": "tensorflow"}

_PIN = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*==\s*([^\s;#\\]+)")


def normalize(name: str) -> str:
    """PyPI's normalized form of a distribution name (PEP 503): Scikit_Learn -> scikit-learn."""
    return re.sub(r"[-_.]+", "-", name).lower()


@functools.cache
def installed_providers() -> dict[str, list[str]]:
    """{top-level module: [distributions that provide it]} of this environment
    (`importlib.metadata.packages_distributions()`, which reads every distribution's file list: 0.4 s), read
    once per process and kept in .cache/ for the environment's distributions and versions."""
    from dlnotes.cache import cached, digest

    installed = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions())
    path = cached("providers", digest(*installed) + ".json", lambda: json.dumps(metadata.packages_distributions()).encode())
    return json.loads(path.read_bytes())


def pins(path: Path = REQUIREMENTS) -> dict[str, str]:
    """{normalized name: version} of every `name==version` line; comments, options, `--hash` lines and
    environment markers are skipped."""
    found = {}
    for line in Path(path).read_text("utf8").splitlines():
        match = _PIN.match(line)
        if match:
            found[normalize(match[1])] = match[2]
    return found


def reader_pins(path: Path = REQUIREMENTS) -> list[tuple[str, str]]:
    """[(name a reader installs, pinned version)] for READER_PACKAGES; a package without a pin is an error."""
    pinned = pins(path)
    missing = [name for name in READER_PACKAGES if normalize(name) not in pinned]
    if missing:
        raise LookupError(f"{path}: no `name==version` pin for {', '.join(missing)}")
    return [(READER_NAMES.get(name, name), pinned[normalize(name)]) for name in READER_PACKAGES]


def reader_install_line(path: Path = REQUIREMENTS) -> str:
    """`python -m pip install torch==… torchvision==… …`: one line, the verified versions."""
    return "python -m pip install " + " ".join(f"{name}=={version}" for name, version in reader_pins(path))


# where a page wants the install line: an HTML comment on its own line (a notebook's Markdown cell hides it)
MARKER = "<!-- pip install line -->"


def expand(markdown: str, path: Path = REQUIREMENTS) -> str:
    """`markdown` with each MARKER line replaced by a ```bash block holding `reader_install_line()`."""
    if MARKER not in markdown:
        return markdown
    block = f"```bash\n{reader_install_line(path)}\n```"
    return "\n".join(block if line.strip() == MARKER else line for line in markdown.split("\n"))
