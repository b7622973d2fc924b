"""The built site in a real browser (Debian's chromium, driven by Playwright), offline.

Every page of both languages is opened at a phone's width (390 px) from a local server, and must:
request nothing outside the site, log no console error and fail no request; not scroll sideways
(code blocks, tables and wide formulas scroll inside their own boxes); show every formula image;
not shift its layout while loading; pass axe-core with no serious or critical violation, in the
light scheme and the dark one; and offer its twin in the language switcher. Then: the language switcher, search in both languages, the
copy button, linked PyTorch/TensorFlow tabs. Screenshots of key pages at desktop and phone width
go to test-artifacts/screenshots/ (git-ignored) for a person to look at.

Each check is shown to fail on a broken copy of a real page (an external script, an image without
alt text, low-contrast text, a too-wide element, a missing formula image, a late layout shift).
"""

import re
import urllib.parse

import pytest

from dlnotes.browser import DESKTOP, PHONE, open_context
from dlnotes.site import ROOT, built_pages, page_url, source_pages

ARTIFACTS = ROOT / "test-artifacts" / "screenshots"
AXE = ROOT / "tools/a11y/node_modules/axe-core/axe.min.js"  # pinned in tools/a11y, installed by noxfile.py
# what the dark scheme can change: colours (every other rule gives the same answer in both schemes)
SCHEME_RULES = ["color-contrast", "link-in-text-block"]
OUTSIDE_CODE = {"exclude": [["pre"]]}

PATHS = [page_url(src).removesuffix("index.html") for src in source_pages()]
# pages in one pytest-xdist group per language and section: every worker checks pages (they share one build),
# and a worker opens its browser once
EVERY_PAGE = [pytest.param(path, marks=pytest.mark.xdist_group("browser-" + "-".join(path.split("/")[:-2] or ["home"])))
              for path in PATHS]


# --- what a page must be, checked in the browser ------------------------------------------------

LAYOUT_SHIFTS = """() => new Promise(resolve => {
    let total = 0;
    new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
        .observe({type: 'layout-shift', buffered: true});
    setTimeout(() => resolve(total), 100);
})"""
# every formula image, loaded now (they are lazy) and decoded: the srcs that failed
BROKEN_FORMULAS = """() => Promise.all([...document.querySelectorAll('img.math')].map(img => {
    img.loading = 'eager';
    return img.decode().then(() => img.naturalWidth > 0 ? null : img.src, () => img.src);
})).then(srcs => srcs.filter(Boolean))"""
# elements sticking out to the right of the viewport, outside the boxes allowed to scroll
TOO_WIDE = """() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const scrolls = 'pre, code, table, .md-typeset__scrollwrap, .arithmatex, .jp-OutputArea, .highlight';
    return [...document.querySelectorAll('.md-main *')]
        .filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest(scrolls))
        .slice(0, 5).map(e => `<${e.tagName.toLowerCase()} class="${e.className}"> ${Math.round(e.getBoundingClientRect().right)} px`);
}"""


def axe_violations(page, rules=None, context="document", disabled=()) -> tuple[list[str], list[str]]:
    """axe-core's serious and critical violations (failures), and its moderate and minor ones (notes).

    `rules`: only these rules (else all, plus target-size); `context`: axe's context, e.g. {"exclude": [["pre"]]};
    `disabled`: rules left out of this run."""
    assert AXE.is_file(), f"{AXE} is missing: `python3 -m nox -s tests` installs it (npm ci --prefix tools/a11y)"
    if not page.evaluate("typeof window.axe") == "object":
        page.add_script_tag(path=str(AXE))
    options = {"resultTypes": ["violations"],  # + target-size (WCAG 2.2 AA), which axe leaves off by default
               **({"runOnly": {"type": "rule", "values": rules}} if rules else
                  {"rules": {"target-size": {"enabled": True}, **{r: {"enabled": False} for r in disabled}}})}
    result = page.evaluate("([context, options]) => axe.run(context === 'document' ? document : context, options)",
                           [context, options])
    found = {"failures": [], "notes": []}
    for v in result["violations"]:
        node = v["nodes"][0]
        detail = node.get("any", [{}])[0].get("message", "") if v["id"] == "color-contrast" else ""
        found["failures" if v["impact"] in ("serious", "critical") else "notes"].append(
            f"{v['impact']} {v['id']} ({len(v['nodes'])}x, e.g. {node['target']}): {v['help']} {detail}".rstrip())
    return found["failures"], found["notes"]


def set_scheme(page, scheme: str) -> None:
    if page.evaluate("document.body.getAttribute('data-md-color-scheme')") != scheme:
        page.locator("label.md-header__button[for^='__palette']:visible").first.click()
    page.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') === '{scheme}'")


def page_problems(page, url: str) -> tuple[list[str], list[str]]:
    """Open `url` as a reader would; the problems (failures) and the moderate/minor axe findings (notes)."""
    page.outside.clear()
    page.errors.clear()
    page.goto(url, wait_until="load")
    problems = [f"formula image not shown: {src}" for src in page.evaluate(BROKEN_FORMULAS)]
    shift = page.evaluate(LAYOUT_SHIFTS)
    if shift > 0.01:
        problems.append(f"the layout shifts while the page loads (CLS {shift:.3f})")
    problems += [f"scrolls sideways at {page.viewport_size['width']} px: {e}" for e in page.evaluate(TOO_WIDE)]
    path = urllib.parse.urlsplit(url).path  # /pytorch/tensors/ <-> /en/pytorch/tensors/
    lang, twin = ("zh", path.removeprefix("/en")) if path.startswith("/en/") else ("en", "/en" + path)
    switcher = page.evaluate("lang => [...document.querySelectorAll(`a[hreflang='${lang}']`)].map(a => a.pathname)", lang)
    if twin not in switcher:
        problems.append(f"the language switcher's {lang} link leads to {switcher}, not to {twin}")
    # every rule on the whole page; the colour rules outside code blocks, whose colours are the same classes on
    # every page (test_code_colors_have_enough_contrast_in_both_schemes checks each class once): 2/3 of the elements
    failures, notes = axe_violations(page, disabled=["color-contrast"])
    problems += failures + axe_violations(page, rules=["color-contrast"], context=OUTSIDE_CODE)[0]
    set_scheme(page, "slate")
    problems += [f"dark scheme: {v}" for v in axe_violations(page, rules=SCHEME_RULES, context=OUTSIDE_CODE)[0]]
    problems += [f"request outside the site: {u}" for u in sorted(set(page.outside))]
    problems += page.errors
    return [f"{url}: {p}" for p in problems], notes


@pytest.mark.parametrize("path", EVERY_PAGE)
def test_every_page_works_on_a_phone_and_is_accessible(phone, server, path):
    problems, notes = page_problems(phone, f"{server}/{path}")
    if notes:
        print("\n".join(["moderate/minor accessibility findings (not failures):", *notes]))
    assert not problems, "\n".join(problems)


# the desktop layout (sidebars, table of contents) on one page of each kind, the languages alternating:
# home, code, formulas, tabs, notebook, table
DESKTOP_PAGES = ["", "en/pytorch/pooling/", "theory/cnn/", "en/tensorflow/side-by-side/", "notebooks/training/",
                 "en/pytorch/install/", "en/theory/softmax-regression/"]


@pytest.mark.parametrize("path", DESKTOP_PAGES)
def test_key_pages_at_desktop_width_are_accessible(page, server, path):
    problems, notes = page_problems(page, f"{server}/{path}")
    assert not problems, "\n".join(problems)


# --- each check can fail: a real page, broken on purpose ---------------------------------------------

BROKEN = {
    "an external script": ('</head>', '<script src="https://cdn.example.org/x.js"></script></head>',
                           "request outside the site: https://cdn.example.org/x.js"),
    "an image without alt text": ('<article class="md-content__inner md-typeset">',
                                  '<article class="md-content__inner md-typeset"><img src="../../assets/images/favicon.png">',
                                  "critical image-alt"),
    "low-contrast text": ('<article class="md-content__inner md-typeset">',
                          '<article class="md-content__inner md-typeset"><p style="color:#ccc">faint text</p>',
                          "serious color-contrast"),
    "text dark only on a dark background": ('<article class="md-content__inner md-typeset">',
                                            '<article class="md-content__inner md-typeset"><p style="color:#222">dark text</p>',
                                            "dark scheme: serious color-contrast"),
    "an element wider than a phone": ('<article class="md-content__inner md-typeset">',
                                      '<article class="md-content__inner md-typeset"><p style="width:900px">wide</p>',
                                      "scrolls sideways at 390 px: <p"),
    "a missing formula image": ('src="../../assets/math/', 'src="../../assets/math/missing-',
                                "formula image not shown"),
    "a language switcher leading elsewhere": ('href="../../en/pytorch/reshape/" hreflang="en"', 'href="../../en/" hreflang="en"',
                                              "the language switcher's en link leads to"),
    "a late layout shift": ('</body>', '<script>setTimeout(() => document.querySelector("article")'
                            '.prepend(Object.assign(document.createElement("div"), {style: "height:400px"})), 50)</script></body>',
                            "the layout shifts while the page loads"),
}


@pytest.mark.parametrize("fault", BROKEN)
def test_a_broken_page_is_caught(phone, server, built_site, fault):
    old, new, expected = BROKEN[fault]
    real = (built_site / "pytorch/reshape/index.html").read_text("utf8")  # a short page, with formulas
    assert old in real
    url = f"{server}/pytorch/reshape/"
    phone.route(url, lambda route: route.fulfill(status=200, content_type="text/html", body=real.replace(old, new, 1)))
    problems, _ = page_problems(phone, url)
    assert any(expected in p for p in problems), f"{fault}: expected {expected!r} among {problems}"


CODE_SPAN = re.compile(r'<span class="([\w -]+)">')


def code_classes(site) -> list[str]:
    """Every highlighting class that colours text in a code block, anywhere on the site."""
    classes = set()
    for html in built_pages(site):
        for pre in re.findall(r"<pre\b.*?</pre>", html.read_text("utf8"), re.S):
            classes.update(CODE_SPAN.findall(pre))
    return sorted(classes)


def code_colors_problems(phone, server, site, extra_css="") -> list[str]:
    """A real page with one code block holding a word of every highlighting class, checked by axe's
    color-contrast in the light and the dark scheme."""
    classes = code_classes(site)
    spans = "\n".join(f'<span class="{c}">{c.replace(" ", "_")}_token</span>' for c in classes)
    block = (f'<div class="language-python highlight"><pre><span></span><code>{spans}</code></pre></div>'
             f"<style>{extra_css}</style>")
    real = (site / "pytorch/reshape/index.html").read_text("utf8")
    url = f"{server}/pytorch/reshape/"
    phone.route(url, lambda route: route.fulfill(status=200, content_type="text/html", body=real.replace(
        '<article class="md-content__inner md-typeset">', '<article class="md-content__inner md-typeset">' + block, 1)))
    phone.goto(url, wait_until="load")
    problems = axe_violations(phone, rules=["color-contrast"], context={"include": [["pre"]]})[0]
    set_scheme(phone, "slate")
    problems += [f"dark scheme: {v}" for v in axe_violations(phone, rules=["color-contrast"], context={"include": [["pre"]]})[0]]
    set_scheme(phone, "default")
    return problems


def test_code_colors_have_enough_contrast_in_both_schemes(phone, server, built_site):
    assert len(code_classes(built_site)) > 20
    assert code_colors_problems(phone, server, built_site) == []


def test_a_code_color_with_too_little_contrast_is_caught(phone, server, built_site):
    problems = code_colors_problems(phone, server, built_site, extra_css=".md-typeset .highlight .kn { color: #bbb }")
    assert any("serious color-contrast" in p and "kn" in p for p in problems), problems


# --- what readers do ----------------------------------------------------------------------------------

def test_language_switcher_leads_to_the_same_page_and_back(page, server):
    page.goto(f"{server}/pytorch/tensors/", wait_until="load")
    assert page.locator("h1").first.inner_text().rstrip("¶") == "张量"
    page.goto(page.locator('a[hreflang="en"]').first.evaluate("a => a.href"), wait_until="load")
    assert page.url == f"{server}/en/pytorch/tensors/"
    assert page.locator("h1").first.inner_text().rstrip("¶") == "Tensors"
    page.goto(page.locator('a[hreflang="zh"]').first.evaluate("a => a.href"), wait_until="load")
    assert page.url == f"{server}/pytorch/tensors/"


@pytest.mark.parametrize("path, query, expected", [
    ("", "张量", "pytorch/tensors/"),
    ("", "StringLookup", "tensorflow/string-lookup/"),
    ("en/", "tensor", "en/pytorch/tensors/"),
    ("en/", "reshape", "en/pytorch/reshape/"),  # with lunr's stemmer it found nothing (mkdocs.yml: search)
])
def test_search_finds_the_page_among_the_first_results(page, server, path, query, expected):
    page.goto(f"{server}/{path}", wait_until="networkidle")
    box = page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")  # the search reacts to key events; fill() alone sends none
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    links = page.locator("li.md-search-result__item > a.md-search-result__link").evaluate_all("ls => ls.map(a => a.href)")
    pages = list(dict.fromkeys(link.split("#")[0].split("?")[0] for link in links))  # ?h=… highlights the words
    assert f"{server}/{expected}" in pages[:3], pages[:8]


def test_the_copy_button_copies_the_code(browser, server):
    context, page = open_context(browser, server, permissions=["clipboard-read", "clipboard-write"])
    try:
        page.goto(f"{server}/pytorch/tensors/", wait_until="load")
        block = page.locator("div.language-python.highlight").first
        block.hover()
        block.locator('button[data-md-type="copy"]').click()
        copied = page.evaluate("navigator.clipboard.readText()")
        shown = block.locator("code").inner_text()
        assert copied.strip() == shown.strip() and "import torch" in copied, copied[:200]
    finally:
        context.close()


def test_linked_tabs_keep_the_readers_choice_across_pages(page, server):
    page.goto(f"{server}/tensorflow/side-by-side/", wait_until="load")
    page.locator(".tabbed-labels label", has_text="TensorFlow").first.click()
    page.goto(f"{server}/pytorch/init/", wait_until="load")
    chosen = page.evaluate("""() => [...document.querySelectorAll('.tabbed-set')].map(set =>
        set.querySelector(`label[for="${set.querySelector('input:checked').id}"]`).innerText)""")
    assert chosen and set(chosen) == {"TensorFlow"}, chosen


# --- for a person to look at -----------------------------------------------------------------------------

SCREENSHOT_PAGES = ["", "en/", "theory/linear-regression/", "en/pytorch/pooling/", "tensorflow/side-by-side/"]


def test_screenshots_of_key_pages(browser, server):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for name, viewport, extra in [("desktop", DESKTOP, {}), ("phone", PHONE, {"is_mobile": True, "device_scale_factor": 2})]:
        context, page = open_context(browser, server, viewport, **extra)
        try:
            for path in SCREENSHOT_PAGES:
                page.goto(f"{server}/{path}", wait_until="load")
                page.evaluate(BROKEN_FORMULAS)  # formulas in view are drawn
                out = ARTIFACTS / f"{(path.strip('/') or 'home').replace('/', '_')}.{name}.png"
                page.screenshot(path=out)
                assert out.stat().st_size > 10_000, f"{out}: an empty screenshot?"
        finally:
            context.close()
