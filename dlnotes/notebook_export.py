"""A page as a Jupyter notebook: its prose, exactly the code the tests run, and the verified outputs.

Pure (no side effects on import): hooks/downloads.py writes these notebooks into the built site,
tests/test_downloads.py proves they hold what the harness ran. Built from dlnotes/pagemodel.py's
parse of the page, the same one the harness runs, so there is no second copy of the page logic.

* Markdown cells carry the page's prose in its language; `!!! note "…"` admonitions and
  `=== "Tab"` content tabs become a bold title line followed by their (dedented) content.
* Code cells carry each Python block's code (includes expanded; a code annotation's marker `# (1)!`
  as the comment `# (1)`), in page order, with the
  page's verified output box as the cell's output. Blocks marked `fixture:gpu` /
  `fixture:network` stay, tagged with what they need.
* Exercise solutions (`??? success "答案"`) are moved to an answers section at the end,
  each after a copy of its question, so a first run-through does not give them away.

`standalone` makes such a notebook (or a jupytext notebook page, `jupytext_notebook`) work away
from the site, as the downloads ship it:

* Links to other pages point at the published page (`site_url` + the page's address + the
  anchor, verbatim); links to other files at their address on the site.
* A figure the page shows (`![alt](../assets/figures/….svg)` right after the block that draws it)
  becomes that block's output (the SVG the site shows, the alt text as its text form): the
  reader sees it before running anything, and running the cell draws it again.
* A notebook that imports matplotlib starts with a font cell (`FONT_SETUP`): the figure code asks
  for "Noto Sans CJK SC"; where that font is missing, the name stands for the first of the usual
  Chinese fonts of Windows, macOS and Linux the reader has, and with none of them (Colab), a
  Chinese notebook draws its figures with English labels (`plot…(lang=FIGURE_LANG)`) and says how
  to get Chinese ones. Either way matplotlib warns neither of a missing font nor of a missing glyph.
"""

from __future__ import annotations

import ast
import functools
import json
import posixpath
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import nbformat
from markdown_it import MarkdownIt
from nbformat import v4

from dlnotes.pagemodel import SOLUTION_RE, block_source, markdown_parser, parse_fences, notebook_code
from dlnotes.site import DOCS, SOURCE_SUFFIXES, default_language, in_language, language, page_url

ANSWERS_HEADING = {"zh": "## 练习答案", "en": "## Answers to the exercises"}
TITLE_RE = re.compile(r'^(?:!!!|\?\?\?)\+?\s+(?P<kind>\w+)(?:\s+"(?P<title>[^"]*)")?|^===[!+]*\s+"(?P<tab>[^"]*)"')


@dataclass
class _Span:
    start: int  # 1-based line of the `!!!`/`???`/`===` line
    end: int  # last 1-based line of its content
    info: str

    @property
    def is_solution(self) -> bool:
        return bool(SOLUTION_RE.match(self.info))


def _spans(text: str) -> list[_Span]:
    return [
        _Span(t.map[0] + 1, t.map[1], t.info)
        for t in markdown_parser().parse(text)
        if t.type == "container_open" and t.map
    ]


def _title(info: str) -> str:
    m = TITLE_RE.match(info)
    if m is None:
        return info
    return m.group("tab") or m.group("title") or m.group("kind").capitalize()


def _dedent(line: str, depth: int) -> str:
    for _ in range(depth):
        line = line[4:] if line.startswith("    ") else line.lstrip(" ")
    return line


class _Builder:
    def __init__(self):
        self.cells: list = []
        self.markdown: list[str] = []

    def text(self, line: str) -> None:
        self.markdown.append(line)

    def flush(self) -> None:
        body = "\n".join(self.markdown).strip("\n")
        if body.strip():
            self.cells.append(v4.new_markdown_cell(body))
        self.markdown = []

    def code(self, source: str, tags: list[str]) -> None:
        self.flush()
        cell = v4.new_code_cell(source.rstrip("\n"))
        if tags:
            cell.metadata["tags"] = tags
        self.cells.append(cell)

    def output(self, text: str) -> None:
        self.cells[-1].outputs.append(v4.new_output("stream", name="stdout", text=text))

    def last_paragraph(self) -> str:
        """The paragraph written just before this point (an exercise's question)."""
        paragraphs = "\n".join(self.markdown).strip("\n").split("\n\n")
        return paragraphs[-1] if paragraphs else ""


def page_notebook(path: Path, header: list[str] | None = None, text: str | None = None) -> nbformat.NotebookNode:
    """The notebook of one page (`header`: markdown lines put right under the page title; `text`: the page's
    Markdown as the build expands it, where it differs from the file, e.g. the glossary's table)."""
    text = path.read_text("utf8") if text is None else text
    lines = text.splitlines()
    fences = {f.line: f for f in parse_fences(text)}
    spans = _spans(text)
    main, answers = _Builder(), _Builder()
    answers.text(ANSWERS_HEADING[language(path)])
    number = 1
    while number <= len(lines):
        inside = [s for s in spans if s.start < number <= s.end]
        target = answers if any(s.is_solution for s in inside) else main
        depth = len(inside)
        opener = next((s for s in spans if s.start == number), None)
        if opener is not None:
            if opener.is_solution:
                answers.flush()
                answers.text(main.last_paragraph())
                answers.text("")
            else:
                target.text(f"**{_title(opener.info)}**")
                target.text("")
            number += 1
            continue
        fence = fences.get(number)
        if fence is None:
            target.text(_dedent(lines[number - 1], depth))
            if header and number == 1 and lines[0].startswith("# "):
                target.text("")
                for line in header:
                    target.text(line)
            number += 1
            continue
        end = fence.body_line + fence.body.count("\n")  # the closing fence line
        if fence.is_python:
            target.code(notebook_code(block_source(path, fence).code), [f"needs-{name}" for name in fence.fixtures])
        elif fence.is_output:
            target.output(fence.body)
        else:
            for line in lines[number - 1 : end]:
                target.text(_dedent(line, depth))
        number = end + 1
    main.flush()
    answers.flush()
    cells = main.cells + (answers.cells if len(answers.cells) > 1 else [])
    nb = v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    return nb


def ran_blocks(path: Path) -> list[tuple[str, str | None]]:
    """(code, verified output) of each Python block, in the order the harness runs them."""
    fences = parse_fences(path.read_text("utf8"))
    result = []
    for i, fence in enumerate(fences):
        if fence.is_python:
            nxt = fences[i + 1] if i + 1 < len(fences) else None
            output = nxt.body if nxt is not None and nxt.is_output else None
            result.append((notebook_code(block_source(path, fence).code).rstrip("\n"), output))
    return result


def notebook_problems(path: Path, nb: nbformat.NotebookNode) -> list[str]:
    """Where a notebook differs from what the harness runs and verifies on its page."""
    problems = []
    try:
        nbformat.validate(nb)
    except nbformat.ValidationError as error:
        problems.append(f"{path}: the notebook is not valid nbformat 4: {error.message}")
    cells = [
        (_as_on_page(cell.source), "".join(o.get("text", "") for o in cell.outputs) or None)
        for cell in nb.cells if cell.cell_type == "code" and FONT_TAG not in cell.metadata.get("tags", [])
    ]
    blocks = ran_blocks(path)
    for i, (cell, block) in enumerate(zip(cells, blocks)):
        if cell[0] != block[0]:
            problems.append(f"{path}: code cell #{i + 1} is not the code of Python block #{i + 1}")
        elif cell[1] != block[1]:
            problems.append(f"{path}: code cell #{i + 1} does not carry the verified output of block #{i + 1}")
    if len(cells) != len(blocks):
        problems.append(f"{path}: {len(cells)} code cells, but the page runs {len(blocks)} Python blocks")
    return problems


def content_pages(docs: Path) -> list[Path]:
    """Pages that get a notebook: every Markdown page with a Python block."""
    return sorted(p for p in docs.rglob("*.md") if any(f.is_python for f in parse_fences(p.read_text("utf8"))))


# --------------------------------------------------------------------------- standing alone

FONT_TAG = "font-setup"  # the tag of the font cell (not a block of the page)
FONT_SETUP = {
    "zh": """\
# 图里的中文标签需要中文字体。下面画图的代码向 matplotlib 要的是 Noto Sans CJK SC；电脑上没有它时，
# 让这个名字指向找到的第一个常见中文字体（Windows、macOS、Linux 各有几种）。
# 一个都没有时（比如 Colab），图改用英文标签：画图的单元格写的是 lang=FIGURE_LANG。
import dataclasses

from matplotlib import font_manager

CJK_FONTS = [
    "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC",  # Linux, and wherever Noto/Source Han is installed
    "Microsoft YaHei", "SimHei", "DengXian",  # Windows
    "PingFang SC", "Hiragino Sans GB", "Heiti SC", "STHeiti", "Songti SC", "Arial Unicode MS",  # macOS
    "WenQuanYi Zen Hei", "WenQuanYi Micro Hei",  # older Linux
]
fonts = font_manager.fontManager.ttflist
found = [name for name in CJK_FONTS if any(font.name == name for font in fonts)]
if "Noto Sans CJK SC" not in found:
    stand_in = found[0] if found else "DejaVu Sans"  # DejaVu Sans comes with matplotlib
    fonts.extend([dataclasses.replace(font, name="Noto Sans CJK SC") for font in fonts if font.name == stand_in])
FIGURE_LANG = "zh" if found else "en"
if found:
    print(f"图中的中文用字体 {found[0]}")
else:
    print("没有找到中文字体，图用英文标签。想看中文标签：装一个中文字体（Colab 上运行 "
          "!apt-get install -y fonts-noto-cjk），删掉 matplotlib.get_cachedir() 目录下的 "
          "fontlist-*.json（matplotlib 的字体列表），再重启内核。")""",
    "en": """\
# The figure code below asks matplotlib for "DejaVu Sans" (it comes with matplotlib) and, for the
# Chinese labels of the Chinese notes, "Noto Sans CJK SC". English labels need only DejaVu Sans:
# where Noto Sans CJK SC is not installed, let its name stand for DejaVu Sans, so that matplotlib
# does not warn that it cannot find it.
import dataclasses

from matplotlib import font_manager

fonts = font_manager.fontManager.ttflist
if not any(font.name == "Noto Sans CJK SC" for font in fonts):
    fonts.extend([dataclasses.replace(font, name="Noto Sans CJK SC") for font in fonts if font.name == "DejaVu Sans"])""",
}
# a call of a plot function with the Chinese labels (not its definition)
_PLOT_CALL_ZH = re.compile(r'^(?!\s*def\s)(.*\bplot\w*\([^()\n]*)lang="zh"', re.M)
_FIGURE_LANG = "lang=FIGURE_LANG"
_FIGURE = re.compile(r"^!\[(?P<alt>[^\]\n]*)\]\((?P<src>[^)\s]+)\)[ \t]*(?:\n|$)")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\((?P<src>[^)\s]+)\)")
_DESTINATION = re.compile(r"(\]\(\s*<?)([^)\s>]+)|(\bhref\s*=\s*\")([^\"]*)")  # Markdown's and HTML's
_HTML_ADDRESS = re.compile(r'\b(href|src)\s*=\s*"([^"]*)"')
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def _as_on_page(code: str) -> str:
    return code.replace(_FIGURE_LANG, 'lang="zh"')


def _link_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark")
    md.normalizeLink = lambda url: url  # addresses (and their anchors) exactly as written
    return md


HTML_KINDS = ("html link", "html image")


def markdown_links(text: str) -> list[tuple[str, str]]:
    """(kind, address) of each link and image in Markdown text: "link", "image", and raw HTML's
    "html link" (href) and "html image" (src), which are relative to the page's address."""
    found = []
    stack = list(_link_parser().parse(text))
    while stack:
        token = stack.pop(0)
        if token.type == "link_open":
            found.append(("link", token.attrs["href"]))
        elif token.type == "image":
            found.append(("image", token.attrs["src"]))
        elif token.type in ("html_inline", "html_block"):
            found.extend(("html image" if attr == "src" else "html link", address)
                         for attr, address in _HTML_ADDRESS.findall(token.content))
        stack[:0] = token.children or []
    return found


def site_address(src: Path, href: str, site_url: str, html: bool = False) -> str:
    """The absolute address of a link written on page `src` (a Markdown page's links are relative to
    its file; a notebook page's, and raw HTML's (`html`), to its address); links with a scheme
    (https:, mailto:) are kept."""
    if _SCHEME.match(href):
        return href
    path, hash_, anchor = href.partition("#")
    rel = Path(src).resolve().relative_to(DOCS)
    if not path:
        address = page_url(rel)
    elif rel.suffix == ".md" and (not html or Path(path).suffix in SOURCE_SUFFIXES):  # an HTML link to a page's file
        target = posixpath.normpath(posixpath.join(rel.parent.as_posix(), path))
        is_page = Path(target).suffix in SOURCE_SUFFIXES
        address = page_url(in_language(Path(target), language(rel))) if is_page else target
    else:
        address = posixpath.normpath(posixpath.join(posixpath.dirname(page_url(rel)), path))
        address += "/" if path.endswith("/") else ""
    if address.startswith("../"):
        raise ValueError(f"{src}: the link {href!r} leads outside the site")
    address = address.removesuffix("index.html").removeprefix(".")
    return site_url.rstrip("/") + "/" + address + (f"#{anchor}" if hash_ else "")


def figure_file(src: Path, href: str) -> Path:
    """The figure a page shows at `href`: in a language other than the default, its `x.<lang>.svg`."""
    path = (Path(src).parent / href).resolve()
    lang = language(src)
    localized = path.with_name(f"{path.stem}.{lang}{path.suffix}")
    return localized if lang != default_language() and localized.is_file() else path


def figure_files(src: Path) -> list[Path]:
    """Every figure file a page shows (what `standalone(…, figures=True)` reads)."""
    return [figure_file(src, m["src"]) for m in _IMAGE.finditer(Path(src).read_text("utf8")) if not _SCHEME.match(m["src"])]


def standalone(nb: nbformat.NotebookNode, src: Path, site_url: str, figures: bool = True) -> nbformat.NotebookNode:
    """The notebook `nb` of page `src`, working away from the site (see the module docstring).
    `figures=False`: a figure's output is its alt text only (no drawn figures needed)."""
    lang = language(src)
    cells = []
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            figure = _FIGURE.match(cell.source)
            if figure and not _SCHEME.match(figure["src"]):
                if not cells or cells[-1].cell_type != "code":
                    raise ValueError(f"{src}: the figure {figure['src']} does not follow the code that draws it")
                data = {"text/plain": figure["alt"]}
                if figures:
                    data["image/svg+xml"] = figure_file(src, figure["src"]).read_text("utf8")
                cells[-1].outputs.append(v4.new_output("display_data", data=data))
                cell.source = cell.source[figure.end():].lstrip("\n")
            addresses = {href: site_address(src, href, site_url, html=kind in HTML_KINDS)
                         for kind, href in markdown_links(cell.source)}
            for kind, href in markdown_links(cell.source):
                if kind in ("image", "html image") and not _SCHEME.match(href):
                    raise ValueError(f"{src}: the image {href} is not right after the code that draws it")
            cell.source = _DESTINATION.sub(lambda m: _relinked(m, addresses), cell.source)
            if not cell.source.strip():
                continue
        cells.append(cell)
    code = [cell for cell in cells if cell.cell_type == "code"]
    if any("matplotlib" in cell.source for cell in code):
        setup = v4.new_code_cell(FONT_SETUP[lang])
        setup.metadata["tags"] = [FONT_TAG]
        cells.insert(cells.index(code[0]), setup)
        if lang == "zh":
            for cell in code:
                cell.source = _PLOT_CALL_ZH.sub(lambda m: m.group(1) + _FIGURE_LANG, cell.source)
    nb.cells = cells
    return nb


def _relinked(match: re.Match, addresses: dict[str, str]) -> str:
    before, href = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    return before + addresses.get(href, href)


def jupytext_notebook(path: Path, header: list[str] | None = None) -> nbformat.NotebookNode:
    """A jupytext notebook page (docs/notebooks/*.py) as an .ipynb, `header` under its title, not executed."""
    import jupytext

    nb = jupytext.read(path)
    for cell in nb.cells:
        cell.metadata.pop("lines_to_next_cell", None)  # jupytext's own bookkeeping
    first = nb.cells[0] if nb.cells else None
    if header and first is not None and first.cell_type == "markdown" and first.source.startswith("# "):
        title, _, rest = first.source.partition("\n")
        first.source = "\n".join([title, "", *header, rest]).rstrip("\n")
    nb.metadata = {
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
    }
    return nb


_IMPORTS_CODE = Path(__file__).read_text("utf8") + sys.version  # the standard library's names depend on the Python


@functools.lru_cache(maxsize=512)
def notebook_imports(data: bytes) -> frozenset[str]:
    """imported_modules() of a notebook file's bytes, remembered for the process and kept in .cache/ (every
    build asks for every notebook, and few of them change)."""
    from dlnotes.cache import cached, digest

    make = lambda: json.dumps(sorted(imported_modules(nbformat.reads(data.decode("utf8"), as_version=4)))).encode()  # noqa: E731
    return frozenset(json.loads(cached("imports", digest(_IMPORTS_CODE, data) + ".json", make).read_bytes()))


def imported_modules(nb: nbformat.NotebookNode) -> set[str]:
    """The top-level modules a notebook's code imports, the standard library's left out."""
    names = set()
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for node in ast.walk(ast.parse(cell.source)):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return {name for name in names if name not in sys.stdlib_module_names and name != "__future__"}


__all__ = [
    "content_pages", "figure_files", "imported_modules", "notebook_imports", "jupytext_notebook", "markdown_links",
    "notebook_problems", "page_notebook", "ran_blocks", "site_address", "standalone",
]
