"""A real browser for the built site: Debian's chromium, headless and offline, driven by Playwright.

Playwright never downloads a browser here: it launches Debian's chromium (noxfile.py installs it).
"""

from __future__ import annotations

import shutil

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-domain-reliability", "--no-pings",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def open_context(browser, origin: str, viewport=DESKTOP, expected_404: str | None = None, **options):
    """A fresh browser profile whose page records what a reader's console would show.

    `page.outside`: requests that leave `origin`; `page.errors`: console errors, uncaught exceptions,
    failed requests and HTTP errors (except the status 404 of `expected_404`, a page that is missing on purpose).
    """
    context = browser.new_context(viewport=viewport, **options)
    page = context.new_page()
    page.outside, page.errors = [], []
    page.on("request", lambda r: None if r.url.startswith(origin) or r.url.startswith("data:") else page.outside.append(r.url))
    page.on("console", lambda m: page.errors.append(f"console {m.type}: {m.text} ({m.location.get('url')})")
            if m.type == "error" and not (expected_404 and m.location.get("url") == expected_404) else None)
    page.on("pageerror", lambda e: page.errors.append(f"uncaught {e}"))
    # a request that the next navigation cancels (net::ERR_ABORTED) is no fault of the page
    page.on("requestfailed", lambda r: None if "ERR_ABORTED" in (r.failure or "") else page.errors.append(
        f"request failed ({r.failure}): {r.url}"))
    page.on("response", lambda r: page.errors.append(f"HTTP {r.status}: {r.url}")
            if r.status >= 400 and not (r.status == 404 and r.url == expected_404) else None)
    return context, page
