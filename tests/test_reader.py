"""The reader's path through the site, checked on the sources and on the built site (no browser).

- one learner's order: the sidebar (nav), the home pages' reading lists and every page's previous/next links agree;
- "Run these notes yourself": the one `pip install` line, made from the pins, covers every import of the pages;
- the footer names the source and "edit this page" appears exactly when `repo_url` is set;
- Chinese pages: no stray space between two Chinese characters, no numbered anchors (`#_1`);
- search: one index per language, formulas in the snippets as plain text.

Each check is shown to fail on a broken copy. The browser checks (search results, formulas and figures
at a phone's width) are in tests/test_browser.py.
"""

import ast
import json
import os
import re
import subprocess
import sys
import textwrap
from importlib import metadata
from pathlib import Path

import pytest

from dlnotes import cjk
from dlnotes.pagemodel import block_source, parse_fences
from dlnotes.requirements import MARKER, READER_PACKAGES, expand, normalize, pins, reader_install_line, reader_pins
from dlnotes.search_index import language_base, plain_formulas, split_index, tex_to_text
from dlnotes.site import DOCS, ROOT, default_language, language_prefix, languages, dump_mkdocs_config, mkdocs_config, page_url


# --- one learner's order ----------------------------------------------------------------------------------

def nav_pages(nav=None) -> list[str]:
    """mkdocs.yml's nav flattened, in order: ["index.md", "setup.md", "pytorch/install.md", …]."""
    pages = []
    for item in nav if nav is not None else mkdocs_config()["nav"]:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        pages += nav_pages(value) if isinstance(value, list) else [value]
    return pages


READING_ORDER = {"zh": "## 阅读顺序", "en": "## Reading order"}


def home_reading_list(text: str, lang: str) -> list[str]:
    """The pages a home page's reading-order section links to, in order."""
    section = text.split(READING_ORDER[lang], 1)[1].split("\n## ", 1)[0]
    return re.findall(r"\]\(([^)#]+\.(?:md|py))\)", section)


def order_problems(home: str, lang: str, nav: list[str]) -> list[str]:
    listed, expected = home_reading_list(home, lang), [p for p in nav if p != "index.md"]
    if listed == expected:
        return []
    first = next((i for i, (a, b) in enumerate(zip(listed, expected)) if a != b), min(len(listed), len(expected)))
    return [f"{lang} home page: its reading order differs from the nav at item {first + 1}: "
            f"{listed[first:first + 2]} where the nav has {expected[first:first + 2]}"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_home_page_reading_order_is_the_nav(lang):
    home = (DOCS / ("index.md" if lang == default_language() else f"index.{lang}.md")).read_text("utf8")
    assert not order_problems(home, lang, nav_pages()), order_problems(home, lang, nav_pages())


def test_a_reading_order_out_of_step_is_caught():
    home = (DOCS / "index.md").read_text("utf8").replace("(theory/mlp.md)", "(theory/x.md)", 1)
    problems = order_problems(home, "zh", nav_pages())
    assert problems and "theory/x.md" in problems[0], problems


def test_tensorflow_comes_after_pytorch():
    """'PyTorch vs TensorFlow' assumes the PyTorch pages."""
    nav = nav_pages()
    assert max(i for i, p in enumerate(nav) if p.startswith("pytorch/")) < nav.index("tensorflow/side-by-side.md")


def footer_links(html: str) -> dict[str, str]:
    """{"prev"/"next": href} of Material's previous/next links at the bottom of a page."""
    return {kind: href for href, kind in
            re.findall(r'<a href="([^"]*)" class="md-footer__link md-footer__link--(prev|next)"', html)}


def resolve(url: str, href: str) -> str:
    """A relative link on the page built at `url` ("pytorch/x/index.html") as a page file of the site."""
    parts = []
    for part in (Path(url).parent.as_posix() + "/" + href).split("/"):
        if part == "..":
            parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    path = "/".join(parts)
    return path if path.endswith(".html") else (path + "/index.html").lstrip("/")


def previous_next_problems(site: Path, nav: list[str]) -> list[str]:
    problems = []
    for lang in languages():
        urls = [page_url(Path(p if lang == default_language() else re.sub(r"\.(md|py)$", rf".{lang}.\1", p)))
                for p in nav]
        for i, url in enumerate(urls):
            links = footer_links((site / url).read_text("utf8"))
            for kind, neighbour in (("prev", urls[i - 1] if i else None),
                                    ("next", urls[i + 1] if i + 1 < len(urls) else None)):
                target = links.get(kind)
                if neighbour is None and target is not None:
                    problems.append(f"{url}: a {kind} link to {target}, but it is at the end of the order")
                elif neighbour is not None and (target is None or resolve(url, target) != neighbour):
                    problems.append(f"{url}: {kind} link {target!r}, expected the page {neighbour}")
    return problems


def test_every_page_has_previous_next_links_in_the_nav_order(built_site):
    assert not previous_next_problems(built_site, nav_pages()), "\n".join(previous_next_problems(built_site, nav_pages()))


def test_previous_next_links_out_of_order_are_caught(built_site):
    nav = nav_pages()
    nav[3], nav[4] = nav[4], nav[3]
    problems = previous_next_problems(built_site, nav)
    assert any(f"expected the page {page_url(Path(nav[3]))}" in p for p in problems), problems


# --- run these notes yourself ----------------------------------------------------------------------------

def test_pins_read_plain_hashed_and_marked_lines(tmp_path):
    path = tmp_path / "requirements.txt"
    path.write_text(textwrap.dedent("""\
        # a comment
        --index-url https://example.org/simple
        Torch==2.1.0            # a note
        scikit_learn[extra]==1.5.0 ; python_version >= "3.9" \\
            --hash=sha256:abc
        numpy>=2                # not a pin
        """))
    assert pins(path) == {"torch": "2.1.0", "scikit-learn": "1.5.0"}


def test_the_install_line_names_each_reader_package_at_its_pin():
    line, pinned = reader_install_line(), pins()
    assert line.startswith("python -m pip install ")
    for name in READER_PACKAGES:
        assert f"=={pinned[normalize(name)]}" in line and name.split("-")[0] in line, (name, line)
    assert "tensorflow==" in line and "tensorflow-cpu" not in line  # a reader on macOS has no tensorflow-cpu


def test_a_reader_package_without_a_pin_fails_naming_the_file(tmp_path):
    path = tmp_path / "requirements.txt"
    path.write_text("\n".join(line for line in (ROOT / "requirements.txt").read_text("utf8").splitlines()
                              if not line.startswith("scikit-image")))
    with pytest.raises(LookupError, match=r"requirements.txt: no `name==version` pin for scikit-image"):
        reader_pins(path)


def test_the_marker_becomes_the_line():
    page = f"before\n\n{MARKER}\n\nafter"
    assert expand(page) == f"before\n\n```bash\n{reader_install_line()}\n```\n\nafter"
    assert expand("no marker") == "no marker"


def page_imports() -> dict[str, str]:
    """{top-level module: where it is first imported} over every snippet and every page's Python blocks."""
    found = {}
    sources = [(p, p.read_text("utf8")) for p in sorted((ROOT / "snippets").rglob("*.py"))]
    for page in sorted(DOCS.rglob("*.md")):
        sources += [(page, block_source(page, f).code) for f in parse_fences(page.read_text("utf8")) if f.is_python]
    for path, code in sources:
        for node in ast.walk(ast.parse(code)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level else []
            for name in names:
                found.setdefault(name.split(".")[0], str(Path(path).relative_to(ROOT)))
    return found


def requirement_closure(names) -> set[str]:
    """The distributions `names` install, with their dependencies (the installed metadata's, extras left out)."""
    seen, todo = set(), [normalize(n) for n in names]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        todo += [normalize(re.match(r"[A-Za-z0-9._-]+", r)[0]) for r in requires if "extra ==" not in r]
    return seen


def uncovered_imports(packages) -> list[str]:
    """Modules the pages import that the install line (`packages`) would not install."""
    by_module = metadata.packages_distributions()
    installed, missing = requirement_closure(packages), []
    for module, where in sorted(page_imports().items()):
        if module in sys.stdlib_module_names or module == "__future__":
            continue
        dists = {normalize(d) for d in by_module.get(module, [])}
        if not dists & installed:
            missing.append(f"{where}: imports {module} ({', '.join(sorted(dists)) or 'not installed'}), "
                           "which the install line does not install")
    return missing


def test_the_install_line_covers_every_import_of_the_pages():
    assert not uncovered_imports(READER_PACKAGES), "\n".join(uncovered_imports(READER_PACKAGES))


def test_an_import_the_line_misses_is_caught():
    missing = uncovered_imports([p for p in READER_PACKAGES if p != "scikit-image"])
    assert any("imports skimage" in m and re.match(r"(docs|snippets)/\S+: ", m) for m in missing), missing


def test_the_setup_pages_show_the_line_and_their_archive(built_site):
    for lang in languages():
        html = (built_site / page_url(Path("setup.md" if lang == default_language() else f"setup.{lang}.md"))).read_text("utf8")
        assert reader_install_line() in re.sub(r"<[^>]+>", "", html), f"{lang}: the install line is not on the setup page"
        archive = re.search(r'href="(\.\./notebooks-[a-z]+\.zip)"', html)
        assert archive and (built_site / language_prefix(lang) / archive[1].removeprefix("../")).is_file(), archive


# --- the footer: where the source lives, "edit this page" --------------------------------------------------

LICENCE = mkdocs_config()["extra"]["licence"]
LICENCE_EN = next(lang["extra"]["licence"] for p in mkdocs_config()["plugins"] if isinstance(p, dict) and "i18n" in p
                  for lang in p["i18n"]["languages"] if lang["locale"] == "en")


def small_site(tmp_path: Path, repo_url: str | None) -> str:
    """A two-page site with this project's theme, features, overrides, footer and i18n, built: its Chinese page."""
    real = mkdocs_config()
    i18n = next(p["i18n"] for p in real["plugins"] if isinstance(p, dict) and "i18n" in p)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/index.md").write_text("# 首页\n\n正文。\n")
    (tmp_path / "docs/index.en.md").write_text("# Home\n\nText.\n")
    config = {
        "site_name": "t", "docs_dir": "docs", "site_dir": "site", "copyright": real["copyright"],
        "edit_uri": real["edit_uri"], **({"repo_url": repo_url} if repo_url else {}), "extra": real["extra"],
        "theme": {"name": "material", "custom_dir": str(ROOT / "overrides"), "language": "zh",
                  "features": real["theme"]["features"], "palette": real["theme"]["palette"], "font": False},
        "plugins": [{"i18n": i18n}], "hooks": [str(ROOT / "hooks/repository.py")],
    }
    (tmp_path / "mkdocs.yml").write_text(dump_mkdocs_config(config))
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=tmp_path, capture_output=True,
                          text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert proc.returncode == 0, proc.stderr
    return (tmp_path / "site/index.html").read_text("utf8"), (tmp_path / "site/en/index.html").read_text("utf8")


def test_footer_and_edit_link_with_a_repository(tmp_path):
    repo = "https://github.com/someone/dl-notes"
    zh, en = small_site(tmp_path, repo)
    assert mkdocs_config()["copyright"] in zh
    assert f'<a href="{repo}">前往仓库: github.com/someone/dl-notes</a>' in zh
    assert f'href="{repo}/edit/main/docs/index.md"' in zh, "no edit link to the Chinese page's source"
    assert f'href="{repo}/edit/main/docs/index.en.md"' in en, "no edit link to the English page's source"
    assert 'data-md-component="source"' not in zh, "the header would ask GitHub's API for the repository's stars"
    assert f' · <a href="{LICENCE["url"]}" rel="license">{LICENCE["name"]}</a>' in zh
    assert f' · <a href="{LICENCE["url"]}" rel="license">{LICENCE_EN["name"]}</a>' in en, "the English footer's licence"


def test_no_source_line_and_no_edit_link_without_a_repository(tmp_path):
    zh, _ = small_site(tmp_path, None)
    assert mkdocs_config()["copyright"] in zh
    assert "前往仓库" not in zh and "/edit/" not in zh and "md-source" not in zh
    assert f'<a href="{LICENCE["url"]}" rel="license">{LICENCE["name"]}</a>' in zh, "the licence shows without a repository"


def test_the_footers_licence_is_the_licence_file():
    """What the footer names, in both languages, is what LICENSE grants: the text CC BY 4.0, the code MIT."""
    text = (ROOT / "LICENSE").read_text("utf8")
    assert "Creative Commons Attribution 4.0" in text and LICENCE["url"] in text and "MIT License" in text
    for name in (LICENCE["name"], LICENCE_EN["name"]):
        assert "CC BY 4.0" in name and "MIT" in name, name


# --- Chinese text -----------------------------------------------------------------------------------------

def test_line_breaks_between_chinese_characters_are_joined():
    assert cjk.join_cjk_breaks("<p>多维数组。\n读完本页</p>") == "<p>多维数组。读完本页</p>"
    assert cjk.join_cjk_breaks("<p>参见\n<a href='x'>张量</a>一页</p>") == "<p>参见<a href='x'>张量</a>一页</p>"
    assert cjk.join_cjk_breaks("<p><strong>注意</strong>\n  这里</p>") == "<p><strong>注意</strong>这里</p>"
    for untouched in ["<p>用 PyTorch\n训练</p>", "<p>张量\nTensor</p>", "<pre><code>print('你好')\n# 世界\n</code></pre>",
                      "<p>数组\n<code>x</code></p>", "<p>Hello\nworld</p>"]:
        assert cjk.join_cjk_breaks(untouched) == untouched


def test_stray_spaces_are_counted_as_a_reader_sees_them():
    assert cjk.stray_spaces("<p>多维数组。\n读完本页</p>") == ["多维数组。⏎读完本页"]
    found = cjk.stray_spaces("<p>见\n<em>张量</em> 和 <a>形状</a></p>")  # typed spaces are the author's
    assert len(found) == 1 and found[0].startswith("见⏎张量"), found
    assert cjk.stray_spaces("<li>一</li>\n<li>二</li><pre>中\n文</pre>") == []


def article(html: str) -> str:
    return html.split('<article class="md-content__inner md-typeset">', 1)[1].split("</article>", 1)[0]


def chinese_pages(site: Path) -> list[Path]:
    others = tuple(language_prefix(lang) for lang in languages()[1:])
    return [p for p in sorted(site.rglob("index.html"))
            if not p.relative_to(site).as_posix().startswith(others) and "<article" in p.read_text("utf8")]


def test_chinese_pages_show_no_space_between_chinese_characters(built_site):
    pages = chinese_pages(built_site)
    assert len(pages) >= 30
    found = [f"{p.relative_to(built_site)}: {s!r}" for p in pages for s in cjk.stray_spaces(article(p.read_text("utf8")))]
    assert not found, f"{len(found)} stray spaces:\n" + "\n".join(found[:30])


def test_a_stray_space_is_caught_on_a_built_page(built_site):
    html = article((built_site / "pytorch/tensors/index.html").read_text("utf8"))
    broken = re.sub(r"(<p>[^<]*?[\u4e00-\u9fff])([\u4e00-\u9fff])", r"\1\n\2", html, count=1)
    assert broken != html and len(cjk.stray_spaces(broken)) == 1, cjk.stray_spaces(broken)


NUMBERED_ANCHOR = re.compile(r'\b(?:id|href)="#?_\d+"')  # a heading's id, or a link to one (the notebook
# page's too: hooks/notebooks.py gives its headings and their toc entries readable ids)


def numbered_anchors(site: Path) -> list[str]:
    return [f"{p.relative_to(site)}: {m.group(0)}" for p in sorted(site.rglob("*.html"))
            for m in NUMBERED_ANCHOR.finditer(p.read_text("utf8"))]


def test_headings_have_readable_anchors(built_site):
    assert not numbered_anchors(built_site), "\n".join(numbered_anchors(built_site)[:20])
    assert 'id="张量的形状"' in (built_site / "pytorch/tensors/index.html").read_text("utf8") or \
        re.search(r'<h2 id="[\u4e00-\u9fff]', (built_site / "pytorch/tensors/index.html").read_text("utf8"))


def test_a_numbered_anchor_is_caught(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x/index.html").write_text('<a href="#_3">小结</a><h2 id="_3">小结</h2>')
    assert numbered_anchors(tmp_path) == ['x/index.html: href="#_3"', 'x/index.html: id="_3"']


# --- search in the reader's language ---------------------------------------------------------------------

def test_formulas_in_snippets_become_text():
    assert tex_to_text(r"\operatorname{softmax}(\mathbf{o}) - \mathbf{y}") == "softmax(o) - y"
    assert tex_to_text(r"\hat{y} = \mathbf{X}\mathbf{w} + b") == "ŷ = Xw + b"
    assert tex_to_text(r"\mathbb{R}^{n \times d}") == "ℝ^n × d"
    assert plain_formulas(r"梯度是 \(\operatorname{softmax}(\mathbf{o}) - \mathbf{y}\)，") == "梯度是 softmax(o) - y，"


def test_one_index_per_language():
    index = {"config": {"lang": ["zh", "en"]}, "docs": [
        {"location": "theory/x/", "title": "甲", "text": r"\(a\)"},
        {"location": "en/theory/x/", "title": "A", "text": r"\(\hat{y}\)"},
        {"location": "en/theory/x/#b", "title": "B", "text": "b"}]}
    split = split_index(index, ["", "en/"])
    assert [d["location"] for d in split[""]["docs"]] == ["theory/x/"]
    assert [d["location"] for d in split["en/"]["docs"]] == ["theory/x/", "theory/x/#b"]
    assert split["en/"]["docs"][0]["text"] == "ŷ" and split["en/"]["config"] == index["config"]
    assert json.loads(language_base('{"base": "../..", "search": "x"}', "en/"))["base"] == "../../en/"
    assert json.loads(language_base('{"base": ".."}', "en/"))["base"] == "../en/"


def test_the_built_site_has_one_index_per_language_without_tex(built_site):
    tex = re.compile(r"\\\(.*?\\\)|\\\[.*?\\\]", re.S)  # a formula: \(…\) or \[…\] (code may hold a lone \[)
    for lang in languages():
        index = json.loads((built_site / language_prefix(lang) / "search/search_index.json").read_text("utf8"))
        pages = {d["location"].split("#")[0] for d in index["docs"]}
        assert len(pages) >= 30, f"{lang}: {len(pages)} pages in its index"
        assert not any(p.startswith(tuple(language_prefix(o) for o in languages() if o != default_language()))
                       for p in pages), f"{lang}: another language's page in its index"
        with_tex = [d["location"] for d in index["docs"] if tex.search(d["text"] + d["title"])]
        assert not with_tex, f"{lang}: TeX in the snippets of {with_tex[:5]}"
    en = (built_site / "en/pytorch/tensors/index.html").read_text("utf8")
    config = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', en, re.S)[1])
    assert config["base"] == "../../../en/", config["base"]  # en/pytorch/tensors/ -> the site's en/


# `mkdocs serve --dirty` in one process: a full build, then rebuilds in which no page changed (hooks/search.py)
SERVE_REBUILDS = """
import json, sys
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config
site, sys.argv = sys.argv[1], ["mkdocs", "serve", "--dirty"]
def once(dirty):
    config = load_config("mkdocs.yml", site_dir=site)
    config.plugins.on_startup(command="serve", dirty=True)
    build(config, serve_url="http://127.0.0.1:8000/", dirty=dirty)
    return {p: json.loads(Path(site, p, "search/search_index.json").read_text("utf8"))["docs"] for p in ("", "en/")}
print(json.dumps([once(False), once(True), once(True)]))
"""


def test_serve_rebuilds_keep_each_languages_search_index_whole(tmp_path):
    """A dirty rebuild renders only the pages that changed, and the plugins live on from build to build:
    the index must still hold every page once (it grew by a whole site with each edit, and lost nothing
    only by luck), and be the one the full build made."""
    proc = subprocess.run([sys.executable, "-c", SERVE_REBUILDS, str(tmp_path / "site")], cwd=ROOT, capture_output=True,
                          text=True, env={**os.environ, "DLNOTES_STRICT": "false", "NO_MKDOCS_2_WARNING": "1"})
    assert proc.returncode == 0, proc.stderr[-3000:]
    full, *rebuilds = json.loads(proc.stdout.splitlines()[-1])
    for prefix, docs in full.items():
        locations = [d["location"] for d in docs]
        assert len(locations) == len(set(locations)) > 100, f"{prefix or 'zh'}: {len(locations)} entries, {len(set(locations))} sections"
        for n, rebuild in enumerate(rebuilds, 1):
            again = [d["location"] for d in rebuild[prefix]]
            assert rebuild[prefix] == docs, (f"{prefix or 'zh'}: rebuild {n} has {len(again)} entries for {len(set(again))}"
                                             f" sections, the full build {len(docs)}")
