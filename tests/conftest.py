"""Fixtures shared by the checks of the site itself: the built site, a server for it, a browser."""

from pathlib import Path

import pytest
from filelock import FileLock

from dlnotes import browser as chromium
from dlnotes.server import serve
from dlnotes.site import mkdocs_build


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


@pytest.fixture(scope="session")
def server(built_site):
    """The built site on 127.0.0.1, served as GitHub Pages serves it (dlnotes/server.py): its origin."""
    with serve(built_site) as origin:
        yield origin


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium (never a downloaded browser), one per test process."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = chromium.launch(playwright)
        yield instance
        instance.close()


@pytest.fixture
def page(browser, server):
    """A desktop-width page that records console errors and requests leaving the site."""
    context, page = chromium.open_context(browser, server)
    yield page
    context.close()


@pytest.fixture
def phone(browser, server):
    """A phone's width, with a mouse and a keyboard: where a code block scrolls sideways, Material then makes
    it focusable (tabindex=0) so the arrow keys scroll it; on a touch screen it leaves it to the finger."""
    context, page = chromium.open_context(browser, server, chromium.PHONE)
    yield page
    context.close()
