"""Build work whose inputs did not change is not redone: its result is kept in `.cache/<kind>/` (git-ignored),
named by the sha256 of everything that makes it, the code that makes it included. `mkdocs serve` starts and
rebuilds from these; a fresh clone builds everything once.

hooks/downloads.py keeps notebooks and zips here, hooks/notebooks.py the notebook pages' cut CSS,
hooks/search.py each page's search entries, hooks/template_cache.py the compiled templates (`CACHE`),
dlnotes/notebook_export.py a notebook's imports and dlnotes/requirements.py the installed distributions' modules.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from dlnotes.site import ROOT

CACHE = ROOT / ".cache"


def digest(*parts: str | bytes) -> str:
    """The sha256 of the parts, each length-prefixed (so ("ab", "c") and ("a", "bc") differ)."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big") + data)
    return h.hexdigest()


def cached(kind: str, name: str, make: Callable[[], bytes]) -> Path:
    """`.cache/<kind>/<name>`, made by `make()` the first time."""
    folder = CACHE / kind
    path = folder / name
    if not path.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        scratch = folder / f"{name}.{os.getpid()}.tmp"
        scratch.write_bytes(make())
        scratch.replace(path)  # atomic: a build beside this one reads a whole file or none
    return path
