"""Every page downloads as a notebook that holds exactly the code the tests ran, with its verified outputs.

The notebooks come from dlnotes/notebook_export.py (the harness's own page model) and are written
into the site by hooks/downloads.py. `python3 -m nox -s downloads` executes every one of them in a
fresh Jupyter kernel; the default test run executes the pages in EXECUTED_BY_DEFAULT.
"""

import os
import re
import zipfile
from importlib import metadata

import jupytext
import nbformat
import pytest

from dlnotes.notebook_export import content_pages, notebook_problems, page_notebook
from dlnotes.pagemodel import block_source, parse_fences
from dlnotes.site import DOCS, page_url
PAGES = content_pages(DOCS)
EXECUTED_BY_DEFAULT = ["pytorch/reshape.md", "pytorch/reshape.en.md"]  # one pair, to keep the run short
EXECUTED = PAGES if os.environ.get("DLNOTES_ALL_NOTEBOOKS") == "1" else [DOCS / p for p in EXECUTED_BY_DEFAULT]


def rel(path):
    return path.relative_to(DOCS).as_posix()


@pytest.mark.parametrize("page", PAGES, ids=rel)
def test_the_notebook_holds_what_the_harness_ran(page):
    nb = page_notebook(page)
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


def test_exercise_solutions_come_after_the_page():
    page = DOCS / "pytorch/pooling.md"
    sources = [c.source for c in page_notebook(page).cells]
    answers = next(i for i, s in enumerate(sources) if s.startswith("## 练习答案"))
    fences = parse_fences(page.read_text("utf8"))
    solutions = [block_source(page, f).code.rstrip("\n") for f in fences if f.is_python and f.is_solution]
    others = [block_source(page, f).code.rstrip("\n") for f in fences if f.is_python and not f.is_solution]
    assert solutions and all(sources.index(code) > answers for code in solutions)
    assert all(sources.index(code) < answers for code in others)


def test_built_pages_link_their_notebook_and_the_versions_that_verified_them(built_site):
    installed = [
        f"PyTorch {metadata.version('torch')}",
        f"TensorFlow {metadata.version('tensorflow-cpu')}",
    ]
    for page in PAGES:
        html = (built_site / page_url(page)).read_text("utf8")
        name = page.name.removesuffix(".md").removesuffix(".en") + ".ipynb"
        assert f'href="{name}" download>' in html, f"{page}: no download link"
        verified = re.search(r'<small class="dl-verified">([^<]*)</small>', html)
        assert verified, f"{page}: no 'verified with' line"
        assert all(v in verified.group(1) for v in installed), verified.group(1)
        nb = nbformat.read(str((built_site / page_url(page)).parent / name), as_version=4)
        assert notebook_problems(page, nb) == []


def test_each_language_has_a_zip_of_its_notebooks(built_site):
    for folder, zip_name, lang_pages in (
        (built_site, "notebooks-zh.zip", [p for p in PAGES if not p.name.endswith(".en.md")]),
        (built_site / "en", "notebooks-en.zip", [p for p in PAGES if p.name.endswith(".en.md")]),
    ):
        with zipfile.ZipFile(folder / zip_name) as archive:
            names = set(archive.namelist())
        expected = {
            ((built_site / page_url(p)).parent.relative_to(folder) / (p.name.split(".")[0] + ".ipynb")).as_posix()
            for p in lang_pages
        }
        assert names == expected
        assert zip_name in (folder / "index.html").read_text("utf8")


@pytest.mark.parametrize("page", EXECUTED, ids=rel)
def test_the_notebook_reproduces_the_verified_outputs_in_a_fresh_kernel(page, tmp_path):
    from nbclient import NotebookClient

    nb = page_notebook(page)
    nb.cells = [c for c in nb.cells if not any(t.startswith("needs-") for t in c.get("metadata", {}).get("tags", []))]
    expected = ["".join(o.text for o in c.outputs).rstrip() for c in nb.cells if c.cell_type == "code"]
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    for i, (cell, want) in enumerate(zip([c for c in nb.cells if c.cell_type == "code"], expected)):
        got = "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream" and o.name == "stdout")
        assert [line.rstrip() for line in got.rstrip().splitlines()] == want.splitlines(), f"{page}: cell #{i + 1}"
        shown = [o for o in cell.outputs if o.output_type == "execute_result"]
        assert not shown, f"{page}: cell #{i + 1} displays a value the page does not show: {shown[0]['data']}"


def test_open_in_colab_only_where_repo_url_is_on_github(built_site):
    from hooks.downloads import colab_url

    assert colab_url(None, "pytorch/tensors/tensors.ipynb") is None
    assert colab_url("https://gitlab.com/a/b", "x.ipynb") is None
    assert (
        colab_url("https://github.com/owner/notes/", "en/pytorch/tensors/tensors.ipynb")
        == "https://colab.research.google.com/github/owner/notes/blob/gh-pages/en/pytorch/tensors/tensors.ipynb"
    )
    assert "colab.research.google.com" not in (built_site / "pytorch/tensors/index.html").read_text("utf8")  # unset here
