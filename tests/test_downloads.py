"""Every page downloads as a notebook that holds exactly the code the tests ran, with its verified outputs,
and stands alone: each language's zip is one folder with a README (the pinned `pip install` line) and
every notebook of that language, whose links lead to the published pages or into the zip, whose figures
are the outputs of the cells that draw them, and whose Chinese figure labels need no particular font.

The notebooks come from dlnotes/notebook_export.py (the harness's own page model) and are written
into the site by hooks/downloads.py. `python3 -m nox -s downloads` executes every one of them in a
fresh Jupyter kernel (the notebook pages too); the default test run executes the pages in
EXECUTED_BY_DEFAULT and, for the fonts, the loss pages with and without a Chinese font.
"""

import ast
import os
import posixpath
import re
import urllib.parse
import zipfile
from importlib import metadata
from pathlib import Path

import jupytext
import nbformat
import pytest

from dlnotes.notebook_export import (
    FONT_SETUP, FONT_TAG, content_pages, imported_modules, jupytext_notebook, markdown_links, notebook_problems,
    page_notebook, site_address, standalone,
)
from dlnotes.pagemodel import block_source, parse_fences
from dlnotes.site import DOCS, language, page_url

PAGES = content_pages(DOCS)
NOTEBOOK_PAGES = sorted(DOCS.glob("notebooks/*.py"))  # jupytext notebooks (mkdocs-jupyter)
EXECUTED_BY_DEFAULT = ["pytorch/reshape.md", "pytorch/reshape.en.md"]  # one pair, to keep the run short
ALL = os.environ.get("DLNOTES_ALL_NOTEBOOKS") == "1"
EXECUTED = PAGES + NOTEBOOK_PAGES if ALL else [DOCS / p for p in EXECUTED_BY_DEFAULT]
SITE_URL = "https://notes.example.org/dl/"  # any site_url: the links of the notebooks built here lead under it


def rel(path):
    return path.relative_to(DOCS).as_posix()


def reader_notebook(src: Path, figures: bool = False):
    """The notebook of a page as the downloads ship it (figures as their alt text unless `figures`)."""
    nb = jupytext_notebook(src) if src.suffix == ".py" else page_notebook(src)
    return standalone(nb, src, SITE_URL, figures=figures)


# --------------------------------------------------------------------------- what the notebook holds


@pytest.mark.parametrize("page", PAGES, ids=rel)
def test_the_notebook_holds_what_the_harness_ran(page):
    for nb in (page_notebook(page), reader_notebook(page)):
        assert notebook_problems(page, nb) == []
        back = jupytext.reads(nbformat.writes(nb), fmt="ipynb")  # Jupyter reads it back
        assert [c.source for c in back.cells if c.cell_type == "code"] == [c.source for c in nb.cells if c.cell_type == "code"]


def test_a_notebook_that_differs_from_its_page_is_reported():
    page = DOCS / "pytorch/pooling.md"
    nb = page_notebook(page)
    code = [c for c in nb.cells if c.cell_type == "code"]
    code[1].source += "\nprint('extra')"
    code[0].outputs = []
    nb.cells.remove(code[-1])
    problems = notebook_problems(page, nb)
    assert f"{page}: code cell #1 does not carry the verified output of block #1" in problems
    assert f"{page}: code cell #2 is not the code of Python block #2" in problems
    assert any("code cells, but the page runs" in p for p in problems)
    # the reader's notebook may differ from the page only by its font cell and lang=FIGURE_LANG
    nb = reader_notebook(page)
    call = next(c for c in nb.cells if c.source.startswith("plot_pooling_windows(lang=FIGURE_LANG)"))
    call.source = call.source.replace("lang=FIGURE_LANG", 'lang="en"')
    assert any("is not the code of Python block" in p for p in notebook_problems(page, nb))


def test_exercise_solutions_come_after_the_page():
    page = DOCS / "pytorch/pooling.md"
    sources = [c.source for c in page_notebook(page).cells]
    answers = next(i for i, s in enumerate(sources) if s.startswith("## 练习答案"))
    fences = parse_fences(page.read_text("utf8"))
    solutions = [block_source(page, f).code.rstrip("\n") for f in fences if f.is_python and f.is_solution]
    others = [block_source(page, f).code.rstrip("\n") for f in fences if f.is_python and not f.is_solution]
    assert solutions and all(sources.index(code) > answers for code in solutions)
    assert all(sources.index(code) < answers for code in others)


# --------------------------------------------------------------------------- standing alone


def test_links_lead_to_the_published_pages_with_their_anchors_verbatim():
    zh, en, nb = DOCS / "pytorch/loss.md", DOCS / "pytorch/loss.en.md", DOCS / "notebooks/training.py"
    assert site_address(zh, "optim.md", SITE_URL) == SITE_URL + "pytorch/optim/"
    assert site_address(en, "optim.md", SITE_URL) == SITE_URL + "en/pytorch/optim/"
    assert site_address(zh, "../theory/mlp.md#反向传播", SITE_URL) == SITE_URL + "theory/mlp/#反向传播"
    assert site_address(en, "../theory/mlp.md#_2", SITE_URL) == SITE_URL + "en/theory/mlp/#_2"
    assert site_address(zh, "../index.md", SITE_URL) == SITE_URL
    assert site_address(zh, "../notebooks/training.py", SITE_URL) == SITE_URL + "notebooks/training/"
    assert site_address(zh, "#小结", SITE_URL) == SITE_URL + "pytorch/loss/#小结"
    assert site_address(zh, "../assets/x.pdf", SITE_URL) == SITE_URL + "assets/x.pdf"
    assert site_address(nb, "../../pytorch/training/", SITE_URL) == SITE_URL + "pytorch/training/"  # a notebook page: URL-relative
    assert site_address(zh, "https://pytorch.org/docs/", SITE_URL) == "https://pytorch.org/docs/"
    with pytest.raises(ValueError, match="outside the site"):
        site_address(zh, "../../../README.md", SITE_URL)
    # in a notebook: Markdown's and HTML's links, the anchor kept as written
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(
        '[a](optim.md#学习率) <a href="../theory/mlp.md">b</a> [c](https://pytorch.org/)')])
    assert standalone(nb, en, SITE_URL).cells[0].source == (
        f'[a]({SITE_URL}en/pytorch/optim/#学习率) <a href="{SITE_URL}en/theory/mlp/">b</a> [c](https://pytorch.org/)')


def test_a_figure_becomes_the_output_of_the_cell_that_draws_it(monkeypatch, tmp_path):
    import dlnotes.notebook_export as export

    page = DOCS / "pytorch/loss.md"
    svg = tmp_path / "figure.svg"
    svg.write_text("<svg/>")
    monkeypatch.setattr(export, "figure_file", lambda src, href: svg)  # the build draws the real ones
    nb = reader_notebook(page, figures=True)
    call = next(c for c in nb.cells if c.source.startswith("plot_losses(lang=FIGURE_LANG)"))
    assert [o.data for o in call.outputs] == [{"text/plain": "L1 损失、均方误差和 Huber 损失随残差变化的曲线", "image/svg+xml": "<svg/>"}]
    assert not [href for c in nb.cells if c.cell_type == "markdown" for kind, href in markdown_links(c.source) if kind.endswith("image")]
    # an image that does not follow the code drawing it is an error, not a broken image
    broken = page_notebook(page)
    broken.cells.insert(1, nbformat.v4.new_markdown_cell("![a figure](../assets/figures/pytorch/x.svg)"))
    with pytest.raises(ValueError, match=r"loss\.md: the figure ../assets/figures/pytorch/x.svg does not follow the code"):
        standalone(broken, page, SITE_URL, figures=False)


def test_the_cached_notebook_follows_site_url_and_the_figures(monkeypatch, tmp_path):
    """hooks/downloads.py caches a page's notebook by what makes it: a new site_url or figure is a new notebook."""
    from types import SimpleNamespace

    import dlnotes.cache
    import dlnotes.notebook_export as export
    import hooks.downloads as downloads

    svg = tmp_path / "figure.svg"
    svg.write_text("<svg>1</svg>")
    monkeypatch.setattr(dlnotes.cache, "CACHE", tmp_path / "cache")
    monkeypatch.setattr(downloads, "figure_files", lambda src: [svg])
    monkeypatch.setattr(export, "figure_file", lambda src, href: svg)
    src = DOCS / "pytorch/loss.md"

    def download(site_url):
        config = SimpleNamespace(docs_dir=str(DOCS), site_dir=str(tmp_path / "site"), site_url=site_url, repo_url=None)
        page = SimpleNamespace(file=SimpleNamespace(abs_src_path=str(src), dest_path="pytorch/loss/index.html"))
        downloads.on_page_markdown(src.read_text("utf8"), page, config, None)
        return (tmp_path / "site/pytorch/loss/loss.ipynb").read_text("utf8")

    first = download("https://a.example/")
    assert "https://a.example/pytorch/loss/" in first and "<svg>1</svg>" in first
    assert "https://a.example/" not in download("https://b.example/")
    svg.write_text("<svg>2</svg>")
    assert "<svg>2</svg>" in download("https://b.example/")
    assert len(list((tmp_path / "cache/downloads").glob("*.ipynb"))) == 3


def test_the_font_cell_comes_first_and_only_where_figures_are_drawn():
    for page in PAGES:
        nb = reader_notebook(page)
        code = [c for c in nb.cells if c.cell_type == "code"]
        draws = any("matplotlib" in c.source for c in code)
        font_cells = [i for i, c in enumerate(code) if FONT_TAG in c.metadata.get("tags", [])]
        assert font_cells == ([0] if draws else []), f"{page}: font cell at {font_cells}"
        if draws:
            assert code[0].source == FONT_SETUP[language(page)]
        if language(page) == "zh":
            assert not [c.source for c in code if re.search(r'^(?!\s*def ).*\bplot\w*\(.*lang="zh"', c.source, re.M)], page


# --------------------------------------------------------------------------- the zips


def installed_pin(dist: str) -> tuple[str, str]:
    from hooks.downloads import READER_DISTRIBUTION

    name = re.sub(r"[-_.]+", "-", dist).lower()
    return READER_DISTRIBUTION.get(name, name), metadata.version(dist).split("+")[0]


def zip_problems(archive_path: Path, lang: str, expected: set[str], site_url: str, site: Path | None = None):
    """What keeps a zip from standing alone, each naming the member (and cell); and how many links and
    images it checked. `expected`: the notebooks it must hold (paths under its folder)."""
    top = f"dl-notes-{lang}/"
    with zipfile.ZipFile(archive_path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    problems = [f"{name}: not under {top}" for name in files if not name.startswith(top)]
    notebooks = {name: nbformat.reads(data.decode(), as_version=4) for name, data in files.items() if name.endswith(".ipynb")}
    held = {name.removeprefix(top) for name in notebooks}
    problems += [f"{top}{name}: missing" for name in sorted(expected - held)]
    problems += [f"{top}{name}: not a notebook of this language" for name in sorted(held - expected)]
    checked = 0
    for name, nb in notebooks.items():
        for number, cell in enumerate(nb.cells, 1):
            if cell.cell_type != "markdown":
                continue
            for kind, href in markdown_links(cell.source):
                checked += 1
                where = f"{name}: cell {number}: {kind} {href}"
                path, _, anchor = href.partition("#")
                if href.startswith("attachment:"):
                    if href.removeprefix("attachment:") not in cell.get("attachments", {}):
                        problems.append(f"{where}: no such attachment")
                elif re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*:", href):
                    if kind.endswith("image"):
                        problems.append(f"{where}: an image the reader has only online")
                    elif href.startswith(site_url) and site is not None:
                        target = site / urllib.parse.unquote(path.removeprefix(site_url))
                        target = target / "index.html" if target.is_dir() else target
                        if not target.is_file():
                            problems.append(f"{where}: no such page on the site")
                        elif anchor and f'id="{urllib.parse.unquote(anchor)}"' not in target.read_text("utf8"):
                            problems.append(f"{where}: no such anchor on the page")
                else:
                    inside = posixpath.normpath(posixpath.join(posixpath.dirname(name), urllib.parse.unquote(path)))
                    if path and inside not in files:
                        problems.append(f"{where}: leads nowhere in the zip")
    readme = files.get(f"{top}README.md", b"").decode()
    pip = re.search(r"^\s*pip install ((?:\S+==\S+ ?)+)$", readme, re.M)
    if not pip:
        problems.append(f"{top}README.md: no `pip install name==version …` line")
    else:
        pins = dict(pin.split("==") for pin in pip.group(1).split())
        providers = metadata.packages_distributions()
        for module in sorted(set().union(*map(imported_modules, notebooks.values()))):
            for dist in providers.get(module, []):
                name, version = installed_pin(dist)
                if pins.get(name) != version:
                    problems.append(f"{top}README.md: the pip line has {name}=={pins.get(name)}, the notebooks import "
                                    f"{module} and {version} verified them")
    return problems, checked


def expected_notebooks(lang: str) -> set[str]:
    pages = [p for p in PAGES + NOTEBOOK_PAGES if language(p) == lang]
    return {(p.parent.relative_to(DOCS) / (p.name.split(".")[0] + ".ipynb")).as_posix() for p in pages}


def small_zip(path: Path, lang: str, pages: list[Path], notebooks=None, readme=None) -> Path:
    """A zip as hooks/downloads.py lays it out, of a few pages (the broken copies below change one thing)."""
    from hooks.downloads import readme as make_readme
    from hooks.downloads import zipped

    notebooks = notebooks or {
        (p.parent.relative_to(DOCS) / (p.name.split(".")[0] + ".ipynb")).as_posix(): nbformat.writes(reader_notebook(p)).encode()
        for p in pages
    }
    readme = readme if readme is not None else make_readme(lang, notebooks, SITE_URL, "x.ipynb", SITE_URL + "x/")
    members = [(f"dl-notes-{lang}/README.md", readme.encode())] + [(f"dl-notes-{lang}/{n}", d) for n, d in notebooks.items()]
    path.write_bytes(zipped(members))
    return path


def test_a_zip_that_does_not_stand_alone_is_reported(tmp_path):
    pages = [DOCS / "pytorch/loss.md", DOCS / "pytorch/training.md"]
    names = {"pytorch/loss.ipynb", "pytorch/training.ipynb"}
    good = small_zip(tmp_path / "good.zip", "zh", pages)
    problems, checked = zip_problems(good, "zh", names, SITE_URL)
    assert problems == [] and checked >= 10
    # the notebooks as they were: page links and figures relative to the site's source
    raw = {f"pytorch/{p.stem}.ipynb": nbformat.writes(page_notebook(p)).encode() for p in pages}
    problems, _ = zip_problems(small_zip(tmp_path / "raw.zip", "zh", pages, notebooks=raw), "zh", names, SITE_URL)
    assert any(re.fullmatch(r"dl-notes-zh/pytorch/loss\.ipynb: cell \d+: image ../assets/figures/pytorch/loss_l1_mse_plot\.svg: "
                            r"leads nowhere in the zip", p) for p in problems), problems
    assert any(re.fullmatch(r"dl-notes-zh/pytorch/training\.ipynb: cell \d+: link \S+\.md: leads nowhere in the zip", p)
               for p in problems), problems
    # a notebook missing, one too many
    problems, _ = zip_problems(good, "zh", (names | {"pytorch/autograd.ipynb"}) - {"pytorch/training.ipynb"}, SITE_URL)
    assert problems == ["dl-notes-zh/pytorch/autograd.ipynb: missing", "dl-notes-zh/pytorch/training.ipynb: not a notebook of this language"]
    # a README whose pip line lacks a library the notebooks import, or has another version of one
    with zipfile.ZipFile(good) as archive:
        readme = archive.read("dl-notes-zh/README.md").decode()
    torch_pin = "torch==" + installed_pin("torch")[1]
    for text, message in (
        (readme.replace(torch_pin + " ", ""), "the pip line has torch==None, the notebooks import torch"),
        (readme.replace(torch_pin, "torch==0.1"), "the pip line has torch==0.1, the notebooks import torch"),
        (readme.replace("pip install", "pip3 get"), "no `pip install name==version …` line"),
    ):
        problems, _ = zip_problems(small_zip(tmp_path / "r.zip", "zh", pages, readme=text), "zh", names, SITE_URL)
        assert len(problems) == 1 and message in problems[0], problems


def built_site_url(site: Path) -> str:
    """site_url of that build (the home page's canonical link)."""
    return re.search(r'<link rel="canonical" href="([^"]*)">', (site / "index.html").read_text("utf8")).group(1)


def test_each_language_has_a_zip_that_stands_alone(built_site):
    site_url = built_site_url(built_site)
    for folder, lang in ((built_site, "zh"), (built_site / "en", "en")):
        zip_name = f"notebooks-{lang}.zip"
        problems, checked = zip_problems(folder / zip_name, lang, expected_notebooks(lang), site_url, built_site)
        assert not problems, f"{zip_name}: {len(problems)} problems:\n" + "\n".join(problems[:20])
        assert checked >= 100, f"{zip_name}: only {checked} links and images"  # 162 links each at the time of writing
        assert zip_name in (folder / "index.html").read_text("utf8")
        with zipfile.ZipFile(folder / zip_name) as archive:
            figures = [o for name in archive.namelist() if name.endswith(".ipynb")
                       for c in nbformat.reads(archive.read(name).decode(), as_version=4).cells if c.cell_type == "code"
                       for o in c.outputs if "image/svg+xml" in o.get("data", {})]
        assert len(figures) >= 20, f"{zip_name}: {len(figures)} figures"


def test_the_glossary_notebook_holds_its_table(built_site):
    """The glossary page's table is made at build time from glossary.yml (no table in its Markdown file):
    its notebook gets the table too, not the marker line that stands for it."""
    from dlnotes import glossary
    from dlnotes.site import ROOT

    terms = [entry.term for entry in glossary.load(ROOT / "glossary.yml")]
    for path in (built_site / "glossary/glossary.ipynb", built_site / "en/glossary/glossary.ipynb"):
        text = "\n".join(c.source for c in nbformat.reads(path.read_text("utf8"), as_version=4).cells if c.cell_type == "markdown")
        assert glossary.MARKER not in text, f"{path}: the table's marker line, not the table"
        missing = [term for term in terms if term not in text]
        assert not missing, f"{path}: the glossary table lacks {missing[:5]}"


# --------------------------------------------------------------------------- the pages


def test_built_pages_link_their_notebook_and_the_versions_that_verified_them(built_site):
    installed = [
        f"PyTorch {metadata.version('torch')}",
        f"TensorFlow {metadata.version('tensorflow-cpu')}",
    ]
    for page in PAGES + NOTEBOOK_PAGES:
        html = (built_site / page_url(page)).read_text("utf8")
        name = page.name.split(".")[0] + ".ipynb"
        assert re.search(rf'href="{re.escape(name)}" download(="")?>', html), f"{page}: no download link"
        verified = re.search(r'<small class="dl-verified">([^<]*)</small>', html)
        assert verified, f"{page}: no 'verified with' line"
        assert all(v in verified.group(1) for v in installed), verified.group(1)
        nb = nbformat.read(str((built_site / page_url(page)).parent / name), as_version=4)
        if page.suffix == ".md":
            assert notebook_problems(page, nb) == []
        else:
            assert [c.source for c in nb.cells if c.cell_type == "code"][1:] == [
                c.source.replace('lang="zh"', "lang=FIGURE_LANG") if language(page) == "zh" else c.source
                for c in jupytext.read(page).cells if c.cell_type == "code"
            ], f"{page}: the notebook is not its source (after the font cell)"


# --------------------------------------------------------------------------- in a fresh kernel

FONT_WARNING = re.compile(r"findfont|[Gg]lyph .*missing from font|missing from font")


def run_fresh(nb, tmp_path):
    from nbclient import NotebookClient

    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    return nb


def font_warnings(nb) -> list[str]:
    return [o.text for c in nb.cells if c.cell_type == "code" for o in c.outputs
            if o.output_type == "stream" and o.name == "stderr" and FONT_WARNING.search(o.text)]


def executable(nb):
    """Without the cells that need a GPU or the network; a cell that shows a figure is marked `_figure`."""
    nb.cells = [c for c in nb.cells if not any(t.startswith("needs-") for t in c.get("metadata", {}).get("tags", []))]
    for cell in nb.cells:
        if cell.cell_type == "code" and any(o.output_type == "display_data" for o in cell.outputs):
            cell["_figure"] = True
            cell.outputs = [o for o in cell.outputs if o.output_type != "display_data"]
    return nb


@pytest.mark.parametrize("page", EXECUTED, ids=rel)
def test_the_notebook_reproduces_the_verified_outputs_in_a_fresh_kernel(page, tmp_path):
    nb = executable(reader_notebook(page))
    code = [c for c in nb.cells if c.cell_type == "code"]
    expected = ["".join(o.get("text", "") for o in c.outputs if o.output_type == "stream").rstrip() for c in code]
    figures = [i for i, c in enumerate(code, 1) if c.get("_figure") or "alt" in c.metadata]
    for cell in code:
        cell.pop("_figure", None)
    run_fresh(nb, tmp_path)
    for i, (cell, want) in enumerate(zip(code, expected), 1):
        shown = [o for o in cell.outputs if o.output_type == "execute_result"]
        if page.suffix == ".py" or FONT_TAG in cell.metadata.get("tags", []):
            continue  # a notebook page has no verified outputs (the build runs it); the font cell says what it found
        got = "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream" and o.name == "stdout")
        assert [line.rstrip() for line in got.rstrip().splitlines()] == want.splitlines(), f"{page}: cell #{i}"
        assert not shown, f"{page}: cell #{i} displays a value the page does not show: {shown[0]['data']}"
    drew = [i for i in figures if any("image/png" in o.get("data", {}) for o in code[i - 1].outputs)]
    assert drew == figures, f"{page}: cells {sorted(set(figures) - set(drew))} drew no figure"
    assert font_warnings(nb) == [], f"{page}: {font_warnings(nb)[:3]}"


def cjk_names() -> set[str]:
    """The Chinese fonts the font cell looks for."""
    tree = ast.parse(FONT_SETUP["zh"])
    return {e.value for node in ast.walk(tree) if isinstance(node, ast.Assign) and node.targets[0].id == "CJK_FONTS"
            for e in node.value.elts}


@pytest.fixture(scope="module")
def font_lists(tmp_path_factory):
    """MPLCONFIGDIRs whose font list (matplotlib's cache) has Noto Sans CJK SC ("noto"), no Chinese font
    ("none"), or only "Microsoft YaHei" (Noto Sans CJK SC renamed: Windows), as a reader's computer may."""
    import dataclasses

    from matplotlib import font_manager

    fonts = list(font_manager.fontManager.ttflist)
    chinese = [f for f in fonts if f.name in cjk_names() or "CJK" in f.name]
    assert any(f.name == "Noto Sans CJK SC" for f in chinese), "Noto Sans CJK SC is not installed here (fonts-noto-cjk)"
    others = [f for f in fonts if f not in chinese]
    folders = {}
    for scenario, listed in (
        ("noto", fonts),
        ("none", others),
        ("yahei", others + [dataclasses.replace(f, name="Microsoft YaHei") for f in chinese if f.name == "Noto Sans CJK SC"]),
    ):
        folder = tmp_path_factory.mktemp(f"mpl-{scenario}")
        manager = font_manager.FontManager.__new__(font_manager.FontManager)
        manager.__dict__.update(font_manager.fontManager.__dict__, ttflist=listed)
        font_manager.json_dump(manager, folder / f"fontlist-v{font_manager.FontManager.__version__}.json")
        folders[scenario] = folder
    return folders


@pytest.mark.parametrize("page, fonts, says", [
    ("pytorch/loss.md", "noto", "图中的中文用字体 Noto Sans CJK SC"),
    ("pytorch/loss.md", "yahei", "图中的中文用字体 Microsoft YaHei"),
    ("pytorch/loss.md", "none", "没有找到中文字体，图用英文标签"),
    ("pytorch/loss.en.md", "none", ""),
], ids=["zh-noto", "zh-yahei", "zh-none", "en-none"])
def test_figures_draw_in_a_fresh_kernel_with_or_without_a_chinese_font(page, fonts, says, font_lists, monkeypatch, tmp_path):
    monkeypatch.setenv("MPLCONFIGDIR", str(font_lists[fonts]))  # the kernel reads this font list
    nb = executable(reader_notebook(DOCS / page))
    figure_cells = [c for c in nb.cells if c.get("_figure")]
    for cell in figure_cells:
        cell.pop("_figure")
    run_fresh(nb, tmp_path)
    setup = nb.cells[[c.cell_type for c in nb.cells].index("code")]
    assert FONT_TAG in setup.metadata["tags"]
    assert says in "".join(o.get("text", "") for o in setup.outputs)
    assert figure_cells and all(any("image/png" in o.get("data", {}) for o in c.outputs) for c in figure_cells)
    assert font_warnings(nb) == []


def test_a_chinese_label_without_the_font_cell_warns_in_a_fresh_kernel(font_lists, monkeypatch, tmp_path):
    """The check above can fail: the same figure code, no font cell, no Chinese font."""
    monkeypatch.setenv("MPLCONFIGDIR", str(font_lists["none"]))
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        'import matplotlib.pyplot as plt\nplt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]\n'
        'fig, ax = plt.subplots()\nax.set_xlabel("损失")\nplt.show()'
    )])
    warnings = font_warnings(run_fresh(nb, tmp_path))
    assert any("findfont: Font family 'Noto Sans CJK SC' not found" in w for w in warnings), warnings
    assert any("missing from font" in w for w in warnings), warnings


def test_open_in_colab_only_where_repo_url_is_on_github(built_site):
    from hooks.downloads import colab_url

    assert colab_url(None, "pytorch/tensors/tensors.ipynb") is None
    assert colab_url("https://gitlab.com/a/b", "x.ipynb") is None
    assert (
        colab_url("https://github.com/owner/notes/", "en/pytorch/tensors/tensors.ipynb")
        == "https://colab.research.google.com/github/owner/notes/blob/gh-pages/en/pytorch/tensors/tensors.ipynb"
    )
    assert "colab.research.google.com" not in (built_site / "pytorch/tensors/index.html").read_text("utf8")  # unset here
