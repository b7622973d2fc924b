"""`mkdocs build --strict` passes, shows both languages, and the site needs nothing outside itself."""

import html
import html.parser as html_parser
import json
import re
import urllib.parse
from pathlib import Path

import yaml

from dlnotes.pagemodel import parse_fences
from dlnotes.site import DOCS, ROOT, built_pages, mkdocs_build, language, mkdocs_config, page_url, source_pages
# (a canonical link names the page's own address under site_url: nothing is loaded from it)
EXTERNAL_RESOURCE = re.compile(
    r"""<(?:script|link(?![^>]*\brel="canonical")|img|iframe|source|audio|video)\b[^>]*?\b(?:src|href)\s*=\s*["'](?:https?:)?//""", re.I
)
EXTERNAL_IMPORT = re.compile(r"""(?:import\s*\(|@import\s+|url\()\s*["']?(?:https?:)?//""", re.I)
# what Python-Markdown rendered: code blocks tagged with their language (pygments_lang_class)
RENDERED_PYTHON = re.compile(r'<div class="language-(?:python|py|python3) highlight">')
RENDERED_OUTPUT = re.compile(r'<div class="language-text highlight"><span class="filename">(?:输出|Output)</span>')


def test_both_languages_are_built(built_site):
    sources = source_pages()
    assert sources
    for src in sources:
        out = built_site / page_url(src)
        assert out.is_file(), f"{src}: not built (expected {out})"
        lang = language(src)
        assert f'<html lang="{lang}"' in out.read_text("utf8"), f"{out}: not marked as {lang}"


def test_nothing_is_loaded_from_outside_the_site(built_site):
    offenders = []
    for page in list(built_pages(built_site)) + list(built_site.rglob("*.css")):
        text = page.read_text("utf8", errors="replace")
        for pattern in (EXTERNAL_RESOURCE, EXTERNAL_IMPORT):
            offenders += [f"{page}: {m.group(0)[:120]}" for m in pattern.finditer(text)]
    assert not offenders, "\n".join(offenders[:20])


FORMULA = re.compile(r'<(span|div) class="arithmatex">(.*?)</\1>', re.S)
MATH_IMAGE = re.compile(r'^<img class="math" src="[^"]+/assets/math/[0-9a-f]{16}\.svg" alt="([^"]+)" lang="en" '
                        r'style="width: [\d.]+ex; height: [\d.]+ex; vertical-align: (?:-?[\d.]+ex|0);'
                        # a display formula shrinks a little to fit a phone's column, a wide inline one as far as
                        # its line needs (hooks/mathjax.py)
                        r'(?: max-width: (?:max\(100%, [\d.]+ex\)|calc\(100% - 1em\)); height: auto; aspect-ratio: [\d.]+ / [\d.]+)?" '
                        r'loading="lazy" decoding="async">$')


# TeX a reader would see raw: $$, \( or \[, or $…$ (a notebook's Markdown cell is not typeset)
RAW_TEX = re.compile(r"\$\$|\\\(|\\\[|(?<![\w$])\$(?=\S)[^$<>\n]{1,80}(?<=\S)\$(?![\w$])")


def formula_problems(page: Path, text: str) -> list[str]:
    """Each formula is an image made at build time (hooks/mathjax.py), with a spoken alt text; no TeX is
    left for the browser, and no page loads MathJax."""
    problems = [f"{page}: loads a script: {m.group(0)}" for m in re.finditer(r"<script[^>]*mathjax[^>]*>", text, re.I)]
    for m in FORMULA.finditer(text):
        if not MATH_IMAGE.match(m.group(2)):
            problems.append(f"{page}: a formula not typeset at build time: {m.group(2)[:100]}")
    prose = re.sub(r"<[^>]+>", " ", re.sub(r"<(pre|code|script|style)\b.*?</\1>", "", FORMULA.sub("", text), flags=re.S))
    problems += [f"{page}: raw TeX in the text: {m.group(0)}" for m in RAW_TEX.finditer(prose)]
    return problems


def test_formulas_are_typeset_at_build_time(built_site):
    problems, formulas = [], 0
    for page in built_pages(built_site):
        text = page.read_text("utf8")
        problems += formula_problems(page, text)
        formulas += len(FORMULA.findall(text))
    assert not problems, "\n".join(problems[:20])
    linear = (built_site / "theory/linear-regression/index.html").read_text("utf8")
    assert len(FORMULA.findall(linear)) >= 20
    assert 'alt="y hat equals' in linear  # spoken by MathJax's speech rule engine
    print(f"{formulas} formulas, {len(list((built_site / 'assets/math').iterdir()))} distinct images")


def test_raw_tex_or_a_mathjax_script_is_reported():
    page = Path("page.html")
    assert formula_problems(page, '<span class="arithmatex">\\(x\\)</span>') == [
        "page.html: a formula not typeset at build time: \\(x\\)"]
    assert formula_problems(page, '<script src="assets/mathjax/tex-mml-chtml.js" async></script>') == [
        'page.html: loads a script: <script src="assets/mathjax/tex-mml-chtml.js" async>']
    assert formula_problems(page, "<p>the loss $L(w)$ falls</p><pre><code>cost = $5</code></pre>") == [
        "page.html: raw TeX in the text: $L(w)$"]


def test_a_tex_error_fails_the_build_naming_page_and_line(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n\nFine: $x^2$.\n\nBroken: $\\hat{y} = \\foo x$.\n")
    small = {
        "site_name": "t",
        "docs_dir": str(docs),
        "markdown_extensions": [{"pymdownx.arithmatex": {"generic": True}}],
        "theme": {"name": "material", "font": False},
        "plugins": [],
        "hooks": [str(ROOT / "hooks/mathjax.py")],
    }
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(small))
    proc = mkdocs_build(tmp_path / "site", "--config-file", str(tmp_path / "mkdocs.yml"))
    assert proc.returncode != 0
    assert "docs/index.md:5: TeX error: Undefined control sequence \\foo: '\\\\hat{y} = \\\\foo x'" in proc.stdout + proc.stderr


def test_included_snippets_appear_in_the_built_pages(built_site):
    """The build expands `--8<--` to the file's code, as the harness does."""
    for src in DOCS.rglob("*.md"):
        built = html.unescape(re.sub(r"<[^>]+>", "", (built_site / page_url(src)).read_text("utf8")))
        for fence in parse_fences(src.read_text("utf8")):
            if fence.include is not None:
                code = (ROOT / fence.include).read_text("utf8").strip()
                assert code in built, f"{src}:{fence.line}: the built page does not show {fence.include}"


def test_search_index_is_segmented_for_chinese(built_site):
    index = json.loads((built_site / "search/search_index.json").read_text("utf8"))
    assert index["config"]["lang"] == ["zh", "en"]
    [tensors] = [d for d in index["docs"] if d["location"] == "pytorch/tensors/"]
    assert "\u200b张量\u200b" in tensors["text"]  # jieba marked the word boundaries


def test_strict_build_fails_on_broken_links_and_anchors(tmp_path):
    """The validation settings of mkdocs.yml turn a broken link or anchor into a failed build."""
    config = mkdocs_config()
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n\n[there](other.md#no-such-heading)\n\n[gone](missing.md)\n")
    (docs / "other.md").write_text("# Other\n")
    small = {
        "site_name": "t",
        "docs_dir": str(docs),
        "strict": True,
        "validation": config["validation"],
        "markdown_extensions": ["toc"],
        "theme": {"name": "material", "font": False},
        "plugins": [],
    }
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(small))
    proc = mkdocs_build(tmp_path / "site", "--config-file", str(tmp_path / "mkdocs.yml"))
    log = proc.stdout + proc.stderr
    assert proc.returncode != 0
    assert "missing.md" in log
    assert "no-such-heading" in log


def render_problems(src: Path, html: str) -> list[str]:
    """The harness and the renderer must see the same Python blocks and output boxes on a page."""
    fences = parse_fences(src.read_text("utf8"))
    harness = (sum(f.is_python for f in fences), sum(f.is_output for f in fences))
    rendered = (len(RENDERED_PYTHON.findall(html)), len(RENDERED_OUTPUT.findall(html)))
    if harness == rendered:
        return []
    return [
        f"{src}: the harness runs {harness[0]} Python blocks and compares {harness[1]} output boxes, "
        f"but the built page shows {rendered[0]} and {rendered[1]}"
    ]


def test_the_harness_sees_every_block_the_site_renders(built_site):
    problems = []
    for src in sorted(DOCS.rglob("*.md")):
        problems += render_problems(src, (built_site / page_url(src)).read_text("utf8"))
    assert not problems, "\n".join(problems)


def test_a_block_the_harness_would_miss_is_reported(tmp_path):
    src = tmp_path / "page.md"
    src.write_text('```python\nprint(1)\n```\n\n```text title="Output"\n1\n```\n')
    rendered_two = '<div class="language-python highlight">' * 2
    rendered_two += '<div class="language-text highlight"><span class="filename">Output</span>'
    assert render_problems(src, rendered_two) == [
        f"{src}: the harness runs 1 Python blocks and compares 1 output boxes, but the built page shows 2 and 1"
    ]


class _Links(html_parser.HTMLParser):
    """The ids of a page and the internal links/sources it points at."""

    def __init__(self):
        super().__init__()
        self.ids, self.links = set(), []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("id", "name"):
            if attrs.get(key):
                self.ids.add(attrs[key])
        for key in ("href", "src"):
            url = attrs.get(key)
            if url and not re.match(r"^(?:[a-z][a-z0-9+.-]*:|//)", url, re.I):  # scheme or protocol-relative: not ours
                self.links.append(url)


def link_problems(site: Path) -> list[str]:
    """Every internal link and anchor in the built site resolves to a file (and an id in it)."""
    pages = {}
    for page in built_pages(site):
        parser = _Links()
        parser.feed(page.read_text("utf8"))
        pages[page] = parser
    problems = []
    for page, parser in pages.items():
        for url in parser.links:
            path, _, anchor = url.partition("#")
            base = site if path.startswith("/") else page.parent  # the 404 page links from the site root
            target = (base / urllib.parse.unquote(path).lstrip("/")).resolve() if path else page
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                problems.append(f"{page.relative_to(site)}: broken link {url}")
            elif anchor and target.suffix == ".html" and urllib.parse.unquote(anchor) not in pages[target].ids:
                problems.append(f"{page.relative_to(site)}: broken anchor {url}")
    return problems


def test_every_internal_link_and_anchor_resolves(built_site):
    problems = link_problems(built_site)
    assert not problems, f"{len(problems)} broken:\n" + "\n".join(sorted(set(problems))[:20])


def test_a_broken_link_or_anchor_is_found(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text('<a href="a/">ok</a><a href="a/#there">ok</a><a href="#nowhere">x</a>')
    (tmp_path / "a/index.html").write_text('<h1 id="there">A</h1><img src="../missing.svg"><a href="https://x.org/">out</a>')
    assert sorted(link_problems(tmp_path)) == ["a/index.html: broken link ../missing.svg", "index.html: broken anchor #nowhere"]
