"""Valid HTML on every built page: the W3C Nu Html Checker (vnu.jar, pinned in tools/vnu, run with
Debian's Java) reads every page of the built site in one run, and any error fails the test; its
warnings and notes are printed with their counts. Broken copies of a real page prove the check,
among them the faults Material's templates write (hooks/valid_html.py corrects those, and a browser
shows the correction keeps what Material meant).
"""

import json
import re
import shutil
import subprocess
from pathlib import Path

from dlnotes import browser as chromium
from dlnotes.site import ROOT, built_pages

VNU_JAR = ROOT / "tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar"
# the checker's deep grammar needs a big thread stack; the quick JIT tier and one GC thread: half the CPU time
JAVA_OPTIONS = ["-Xss4m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]


def check_html(paths: list[Path]) -> list[dict]:
    """The Nu Html Checker's messages for these files (one Java process for all of them)."""
    java = shutil.which("java")
    assert java, "no java: noxfile.py installs Debian's default-jre-headless (sudo apt-get install default-jre-headless)"
    assert VNU_JAR.is_file(), f"{VNU_JAR} is missing: npm ci --ignore-scripts --prefix tools/vnu (noxfile.py runs it)"
    proc = subprocess.run(
        [java, *JAVA_OPTIONS, "-jar", str(VNU_JAR), "--format", "json", "--stdout", "--exit-zero-always", *map(str, paths)],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0 and proc.stdout, f"vnu.jar failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}"
    return json.loads(proc.stdout)["messages"]


def level(message: dict) -> str:
    """error (fails), warning or info (printed); the checker's own trouble reading a file is an error."""
    if message["type"] == "info":
        return "warning" if message.get("subType") == "warning" else "info"
    return "error"


def where(message: dict, site: Path) -> str:
    path = Path(message.get("url", "").removeprefix("file:"))
    return f"{path.relative_to(site).as_posix() if path.is_relative_to(site) else path}:{message.get('lastLine', '?')}"


def summary(messages: list[dict], site: Path, examples: int = 3) -> list[str]:
    """One line per distinct message: how many, in how many pages, and where the first few are."""
    groups: dict[str, list[dict]] = {}
    for m in messages:
        groups.setdefault(m["message"], []).append(m)
    return [
        f"{len(found):6} × in {len({m.get('url') for m in found})} pages: {text}  (e.g. {', '.join(where(m, site) for m in found[:examples])})"
        for text, found in sorted(groups.items(), key=lambda item: -len(item[1]))
    ]


def test_every_page_is_valid_html(built_site):
    pages = built_pages(built_site)
    assert len(pages) > 10, f"{built_site}: only {pages}"
    messages = check_html(pages)
    for name in ("warning", "info"):
        found = [m for m in messages if level(m) == name]
        if found:
            print(f"Nu Html Checker: {len(found)} {name}s in {len({m.get('url') for m in found})} pages (not failures):")
            print("\n".join(summary(found, built_site)))
    errors = [m for m in messages if level(m) == "error"]
    assert not errors, (
        f"Nu Html Checker: {len(errors)} errors in {len({m.get('url') for m in errors})} of {len(pages)} pages:\n"
        + "\n".join(summary(errors, built_site))
    )


# Faults written into a copy of a real page -> the start of the checker's message. The last two are what
# Material's templates write (hooks/valid_html.py takes them out): were the hook to stop matching
# after an upgrade, the test above fails.
BREAKS = {
    "a duplicate id": (lambda html, id_: html.replace("<article", f'<div id="{id_}"></div><article', 1),
                       "Duplicate ID “{id}”"),
    "a stray attribute": (lambda html, id_: html.replace("<article", '<div ,=""></div><article', 1),
                          "Attribute “,” not allowed on element “div” at this point"),
    "an empty tabindex": (lambda html, id_: re.sub(r'(<label class="md-nav__link"[^>]*)>', r'\1 tabindex="">', html, count=1),
                          "Bad value “” for attribute “tabindex” on element “label”"),
    "autocomplete on a checkbox": (lambda html, id_: html.replace(' form="__md_toggles">', ' autocomplete="off">', 1),
                                   "Attribute “autocomplete” is only allowed when the input type is"),
}


def test_the_checker_reports_broken_copies_of_a_page(built_site, tmp_path):
    html = (built_site / "index.html").read_text("utf8")
    first_id = re.search(r'\bid="([^"]+)"', html).group(1)
    files = {"good": tmp_path / "good.html"}
    files["good"].write_text(html)
    for number, (fault, (breaking, _)) in enumerate(BREAKS.items()):
        broken = breaking(html, first_id)
        assert broken != html, f"index.html no longer has what {fault!r} breaks: pick another spot"
        files[fault] = tmp_path / f"broken-{number}.html"
        files[fault].write_text(broken)
    lines = {name: _first_difference(html, path.read_text("utf8")) for name, path in files.items() if name != "good"}
    errors = [(Path(m["url"].removeprefix("file:")).name, m.get("lastLine"), m["message"])
              for m in check_html(list(files.values())) if level(m) == "error"]
    assert not [e for e in errors if e[0] == "good.html"], f"the unbroken copy has errors: {errors}"
    for fault, (_, message) in BREAKS.items():
        name, message = files[fault].name, message.format(id=first_id)
        found = [e for e in errors if e[0] == name]
        assert any(line == lines[fault] and text.startswith(message) for _, line, text in found), (
            f"the checker missed {fault} at {name}:{lines[fault]}; it reported {found}")


def _first_difference(a: str, b: str) -> int:
    """The line number where two texts first differ."""
    index = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return a[:index].count("\n") + 1


def drawer_after_going_back(page, url: str, elsewhere: str) -> bool:
    """Open the menu on a phone, follow a link, go back: is the menu open?"""
    page.goto(url, wait_until="networkidle")
    page.click("header label[for=__drawer]")
    assert page.evaluate("document.getElementById('__drawer').checked"), f"{url}: the menu did not open"
    page.goto(elsewhere, wait_until="networkidle")
    page.go_back(wait_until="networkidle")
    return page.evaluate("document.getElementById('__drawer').checked")


def test_going_back_leaves_the_menu_closed_as_material_means(browser, server, built_site):
    """Material writes autocomplete="off" on its toggles so that the browser does not restore them on
    history navigation; hooks/valid_html.py says it validly (a form owner with autocomplete="off").
    Without either, the menu a reader opened on a phone is still open when they come back."""
    url, elsewhere = f"{server}/pytorch/tensors/", f"{server}/pytorch/autograd/"
    context, page = chromium.open_context(browser, server, chromium.PHONE)
    try:
        assert drawer_after_going_back(page, url, elsewhere) is False, f"{url}: the menu is open after going back"
        assert not page.errors, "\n".join(page.errors)
        # the broken copy: the same page without the form owner
        html = (built_site / "pytorch/tensors/index.html").read_text("utf8")
        stripped = re.sub(r'\s*<form id="__md_toggles"[^>]*></form>', "", html).replace(' form="__md_toggles"', "")
        assert stripped != html and "__md_toggles" not in stripped
        page.route(url, lambda route: route.fulfill(status=200, content_type="text/html", body=stripped))
        assert drawer_after_going_back(page, url, elsewhere) is True, "without the form owner the menu should stay open"
    finally:
        context.close()


# --- the corrections, one by one (the checker over the built site is what proves them) --------------

def test_materials_invalid_attributes_are_corrected():
    from hooks.valid_html import valid_html

    page = (
        '<body>\n    <input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">\n'
        '    <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">\n'
        '<label class="md-nav__link" for="__nav_2" id="__nav_2_label" tabindex="">A</label>'
        '<label class="md-nav__link" for="__nav_3" id="__nav_3_label" tabindex="0">B</label>'
        '<input class="md-nav__toggle md-toggle" type="checkbox" id="__nav_2" checked>'
        '<input type="text" class="md-search__input" name="query" autocomplete="off">'
    )
    assert valid_html(page) == (
        '<body>\n    <input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" form="__md_toggles">\n'
        '    <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" form="__md_toggles">\n'
        '    <form id="__md_toggles" autocomplete="off" hidden></form>\n'
        '<label class="md-nav__link" for="__nav_2" id="__nav_2_label">A</label>'
        '<label class="md-nav__link" for="__nav_3" id="__nav_3_label" tabindex="0">B</label>'
        '<input class="md-nav__toggle md-toggle" type="checkbox" id="__nav_2" checked>'
        '<input type="text" class="md-search__input" name="query" autocomplete="off">'  # a text input may say it
    )


def test_notebook_copy_buttons_and_styles_are_corrected():
    from hooks.notebooks import _COPY_BUTTON, _copy_button, _styles_to_head

    button = '<clipboard-copy ,="" aria-label="Copy to Clipboard" for="cell-1">'
    assert _COPY_BUTTON.sub(_copy_button, button) == '<clipboard-copy role="button" aria-label="Copy to Clipboard" for="cell-1">'
    page = ('<head><link rel="stylesheet" href="main.css">\n</head>\n<body><script>x</script>\n<style type="text/css">p{}</style>\n'
            '<style>q{}</style><div class="jupyter-wrapper"><svg><style>.a{}</style></svg></div></body>')
    assert _styles_to_head(page) == (
        '<head><link rel="stylesheet" href="main.css">\n<style>p{}</style>\n<style>q{}</style>\n</head>\n'
        '<body><script>x</script>\n\n<div class="jupyter-wrapper"><svg><style>.a{}</style></svg></div></body>')


def test_css_the_checker_rejects_is_dropped_when_no_browser_would_use_it():
    from dlnotes.css import used_rules

    css = (".w [data-jp-theme-scrollbars=true] ::-webkit-scrollbar-track:horizontal{border:0}"
           ".w .p{cursor:normal}.w .p{cursor:normal;color:red}[data-md-color-scheme=slate] .p{color:gray}.w{cursor:pointer}")
    assert used_rules(css, {"w", "p"}, {"data-md-color-scheme"}) == (
        ".w .p{color:red}[data-md-color-scheme=slate] .p{color:gray}.w{cursor:pointer}")


# --- fewer elements, the same look (hooks/lean_code.py) -------------------------------------------------

def test_code_blocks_carry_no_plain_name_spans(built_site):
    """On every page a Pygments name (`.n`) is plain text in the code, its look unchanged: Material colors
    `.highlight .n` with the code's own color. If a Material release gives names a color of their own,
    this fails, and the spans must stay."""
    import glob

    from material import templates

    css = "".join(open(f, encoding="utf8").read()
                  for f in glob.glob(f"{templates.__path__[0]}/assets/stylesheets/main.*.min.css"))
    assert ".highlight .kc,.highlight .n{color:var(--md-code-hl-name-color)}" in css
    assert "--md-code-hl-name-color:var(--md-code-fg-color)" in css
    ours = "".join(p.read_text("utf8") for p in (ROOT / "docs/stylesheets").glob("*.css"))
    assert not re.search(r"\.highlight \.n\b(?![-\w])|--md-code-hl-name-color:", ours.replace(".highlight-ipynb .n", ""))
    left = [page for page in built_pages(built_site)
            if re.search(r'<div class="language-[^"]* highlight">(?:(?!</div>).)*<span class="n">', page.read_text("utf8"), re.S)]
    assert not left, f"{len(left)} pages still wrap names in spans, e.g. {left[:3]}"


def test_lean_code_unwraps_names_only_in_highlighted_blocks():
    from hooks.lean_code import lean_code

    block = ('<div class="language-python highlight"><pre><span></span><code><span class="n">x</span> '
             '<span class="o">=</span> <span class="nb">len</span><span class="p">(</span><span class="n">xs</span>'
             '<span class="p">)</span></code></pre></div>')
    assert lean_code(block) == ('<div class="language-python highlight"><pre><span></span><code>x '
                                '<span class="o">=</span> <span class="nb">len</span><span class="p">(</span>xs'
                                '<span class="p">)</span></code></pre></div>')
    cell = '<div class="highlight-ipynb hl-python"><pre><span class="n">x</span></pre></div>'
    prose = '<p><span class="n">x</span></p>'
    assert lean_code(cell + prose) == cell + prose
