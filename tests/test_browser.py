"""The built site in a real browser (Debian's chromium, driven by Playwright).

Every page of both languages is opened from a local server; the browser must request
nothing outside that server, MathJax must typeset the formulas, the language switcher must
lead to the same page in the other language, and search must find Chinese and English words.
"""

import functools
import http.server
import shutil
import threading

import pytest

from tests.pagemodel import ROOT
from tests.test_build import built_pages

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-domain-reliability", "--no-pings",
]


TYPESET = "() => window.MathJax && MathJax.startup && MathJax.startup.promise.then(() => true)"


@pytest.fixture(scope="module")
def server(built_site):
    handler = functools.partial(QuietHandler, directory=str(built_site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.outside, page.errors = [], []
    page.on("request", lambda r: None if r.url.startswith(server) or r.url.startswith("data:") else page.outside.append(r.url))
    page.on("console", lambda m: page.errors.append(f"{page.url}: console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(f"{page.url}: uncaught {e}"))
    # a request the test's own navigation to the next page cancels (net::ERR_ABORTED) is no fault of the page
    page.on("requestfailed", lambda r: None if "ERR_ABORTED" in (r.failure or "") else page.errors.append(
        f"{page.url}: request failed ({r.failure}): {r.url}"))
    page.on("response", lambda r: page.errors.append(f"{page.url}: HTTP {r.status}: {r.url}") if r.status >= 400 else None)
    yield page
    context.close()


def test_no_page_requests_anything_outside_the_site_or_logs_an_error(page, server, built_site):
    paths = [p.relative_to(built_site).as_posix() for p in built_pages(built_site)]
    paths = [p.removesuffix("index.html") for p in paths if p.endswith("index.html")]
    assert len(paths) > 10
    for path in paths:
        page.goto(f"{server}/{path}", wait_until="load")
        page.evaluate(TYPESET)  # MathJax's fonts are requested while it typesets
    page.wait_for_load_state("networkidle")
    assert not page.outside, f"requests outside the site: {sorted(set(page.outside))[:10]}"
    assert not page.errors, f"{len(page.errors)} console errors / failed requests:\n" + "\n".join(page.errors[:10])


@pytest.mark.parametrize("path", ["theory/linear-regression/", "en/theory/linear-regression/"])
def test_mathjax_typesets_the_formulas(page, server, path):
    page.goto(f"{server}/{path}", wait_until="networkidle")
    page.wait_for_selector("mjx-container", timeout=15000)
    assert page.locator("mjx-container").count() >= 5
    assert page.locator("mjx-merror").count() == 0
    assert not page.outside


def test_language_switcher_leads_to_the_same_page(page, server):
    page.goto(f"{server}/pytorch/tensors/", wait_until="networkidle")
    assert page.locator("h1").first.inner_text().rstrip("¶") == "张量"
    href = page.locator('a[hreflang="en"]').first.get_attribute("href")
    page.goto(f"{server}/pytorch/tensors/{href}", wait_until="networkidle")
    assert page.url == f"{server}/en/pytorch/tensors/"
    assert page.locator("h1").first.inner_text().rstrip("¶") == "Tensors"


@pytest.mark.parametrize("path, query", [("", "张量"), ("", "学习率"), ("en/", "tensor")])
def test_search_finds_words_in_both_languages(page, server, path, query):
    page.goto(f"{server}/{path}", wait_until="networkidle")
    box = page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")  # the search reacts to key events; fill() alone sends none
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    results = page.locator(".md-search-result__item").all_inner_texts()
    assert any(query in r.replace("\u200b", "").lower() for r in results), results[:5]


AXE = ROOT / "tools/a11y/node_modules/axe-core/axe.min.js"  # pinned in tools/a11y, installed by noxfile.py
# one page of each kind, the languages alternating: home, code, formulas, tabs, notebook, table
# (each page costs ~1.5 s per scheme; every page would add ~3 minutes to the suite)
AXE_PAGES = [
    "", "en/pytorch/pooling/", "theory/cnn/", "en/tensorflow/side-by-side/", "notebooks/training/",
    "en/pytorch/install/",
]


def axe_violations(page, impacts=("serious", "critical")) -> list[str]:
    assert AXE.is_file(), f"{AXE} is missing: `python3 -m nox -s tests` installs it (npm ci --prefix tools/a11y)"
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{page.url}: {v['impact']} {v['id']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['target']}): {v['help']}"
        for v in result["violations"] if v["impact"] in impacts
    ]


def set_scheme(page, scheme: str) -> None:
    if page.evaluate("document.body.getAttribute('data-md-color-scheme')") != scheme:
        page.locator("label.md-header__button[for^='__palette']:visible").first.click()
    page.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') === '{scheme}'")


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_no_serious_or_critical_accessibility_violations(page, server, scheme):
    problems, moderate = [], []
    for path in AXE_PAGES:
        page.goto(f"{server}/{path}", wait_until="load")
        page.evaluate(TYPESET)  # formulas typeset before contrast is measured
        set_scheme(page, scheme)
        problems += axe_violations(page)
        moderate += axe_violations(page, impacts=("moderate", "minor"))
    print("\n".join(["moderate/minor accessibility findings (not failures):", *sorted(set(moderate))]))
    assert not problems, "\n".join(problems)


def test_low_contrast_text_is_a_violation(page, server):
    page.goto(f"{server}/", wait_until="networkidle")
    page.evaluate("""() => { const p = document.createElement('p');
        p.textContent = 'faint text'; p.style.color = '#cccccc'; p.style.background = '#ffffff';
        document.querySelector('.md-content').prepend(p); }""")
    assert any("color-contrast" in v for v in axe_violations(page))
