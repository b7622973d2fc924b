"""The built site served on 127.0.0.1 the way GitHub Pages serves it, for the browser tests and `tools/audit.py`.

- under a base path (`/` or a project path such as `/dl-notes/`);
- a missing path, or a folder without index.html, gets the site's root `404.html` with status 404;
- text (HTML, CSS, JS, JSON, SVG, XML) gzip-compressed for clients that accept it.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import io
import threading
from pathlib import Path

COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")


class PagesHandler(http.server.SimpleHTTPRequestHandler):
    site: Path
    base: str = "/"

    def log_message(self, *args):
        pass

    def translate_path(self, path):
        path = path.split("?", 1)[0].split("#", 1)[0]
        if not path.startswith(self.base):
            return str(self.site / "\0missing")
        return super().translate_path("/" + path[len(self.base):])

    def list_directory(self, path):  # a folder without index.html is missing, not listed
        self.send_error(404)

    def send_error(self, code, message=None, explain=None):
        page = self.site / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the redirect to the folder's address with a slash
            path = path / "index.html"
        if not (path.is_file() and path.suffix in COMPRESSED and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@contextlib.contextmanager
def serve(site: Path, base: str = "/"):
    """Serve `site` under `base` on a free port; yields the origin, e.g. "http://127.0.0.1:41234"."""
    handler = type("Handler", (PagesHandler,), {"site": Path(site), "base": base})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
