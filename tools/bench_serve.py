"""How long an author waits in `mkdocs serve`: start, then a prose edit and a snippet edit until the page shows it.

    python tools/bench_serve.py [PAGE_SOURCE SNIPPET]   (nox -s bench runs it)

Starts `mkdocs serve` on a free port (with the environment `nox -s serve` gives it), waits for the
first page, then appends a marker to a page's prose, and later to a snippet that page includes,
and polls the served page until the marker appears. Both files are restored afterwards (and the
server gets the restored files before it stops). Prints seconds; asserts nothing.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from dlnotes.site import ROOT, page_url

PAGE = ROOT / "docs/pytorch/tensors.md"
SNIPPET = ROOT / "snippets/pytorch/tensors_create.py"
SERVE_ENV = {"DLNOTES_STRICT": "false", "NO_MKDOCS_2_WARNING": "1"}  # as `nox -s serve`


SERVE_PORT = 8000  # `nox -s serve`'s: the default site_url, so the start reuses an author's cached notebooks and zips


def free_port(preferred: int = 0) -> int:
    """`preferred` if it is free, else any free port."""
    for port in (preferred, 0):
        with socket.socket() as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does: a closing one is no obstacle
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return s.getsockname()[1]
    raise OSError("no free port")


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf8")
    except OSError:
        return None


def wait_for(url: str, text: str | None, limit: float = 300) -> float:
    """Seconds until `url` answers (and contains `text`)."""
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        body = fetch(url)
        if body is not None and (text is None or text in body):
            return time.perf_counter() - start
        time.sleep(0.1)
    raise TimeoutError(f"{url}: {text!r} did not appear within {limit} s")


def edit_and_wait(path: Path, addition: str, url: str, marker: str) -> float:
    original = path.read_bytes()
    try:
        time.sleep(1.5)  # let the watcher settle after the previous build
        path.write_bytes(original + addition.encode())
        return wait_for(url, marker)
    finally:
        path.write_bytes(original)


def main(page: Path = PAGE, snippet: Path = SNIPPET) -> dict[str, float]:
    port = free_port(SERVE_PORT)
    if port != SERVE_PORT:  # the notebooks link to site_url, here another address: the start exports them all again
        print(f"port {SERVE_PORT} is taken: serving on {port}, whose notebooks are exported anew", file=sys.stderr)
    url = f"http://127.0.0.1:{port}/{page_url(page).removesuffix('index.html')}"
    log = tempfile.NamedTemporaryFile("w+", prefix="bench-serve-", suffix=".log", delete=False)
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=ROOT, env={**os.environ, **SERVE_ENV}, stdout=log, stderr=subprocess.STDOUT,
    )
    timings = {}
    try:
        timings["mkdocs serve: start until the page is served"] = wait_for(url, None, limit=600)
        marker = f"bench{time.time_ns()}"
        timings["a prose edit until the page shows it"] = edit_and_wait(page, f"\n\n{marker}\n", url, marker)
        marker = f"bench{time.time_ns()}"
        timings["a snippet edit until the page shows it"] = edit_and_wait(snippet, f"# {marker}\n", url, marker)
        time.sleep(3)  # the restore triggers one more build: let it finish on the original files
    except TimeoutError:
        log.seek(0)
        print(f"mkdocs serve's log ({log.name}), last lines:\n" + "".join(log.readlines()[-20:]), file=sys.stderr)
        raise
    finally:
        server.terminate()
        server.wait(timeout=30)
    for name, seconds in timings.items():
        print(f"{seconds:7.1f} s  {name}")
    return timings


if __name__ == "__main__":
    main(*(ROOT / a for a in sys.argv[1:3]))
