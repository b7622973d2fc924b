"""Every page has its twin, and the twins agree in code and formulas.

docs/x.md (中文) and docs/x.en.md (English) must show the same code fences in the same
order: the same snippet includes, identical inline code, identical outputs (only a fence's
title may differ, 输出 / Output, and a figure function's language: `plot_x(lang="zh")` on the
Chinese page, `plot_x(lang="en")` on the English one), and the same number of display formulas. Notebooks
(docs/**/x.py, x.en.py) must have identical code cells.
"""

import re
from pathlib import Path

import jupytext
import pytest

from dlnotes.pagemodel import parse_fences
from dlnotes.site import DOCS, default_language, language, source_pages, twin_of
DISPLAY_MATH = re.compile(r"^\s*\$\$", re.M)


LANG_ARGUMENT = re.compile(r'\blang="(\w+)"')  # plot_x(lang="zh") / plot_x(lang="en"): hooks/figures.py


def code_of(path: Path) -> list[tuple[str, str]]:
    if path.suffix == ".py":  # a jupytext notebook: its code cells, read as Jupyter will
        notebook = jupytext.read(path)
        return [("python", cell.source) for cell in notebook.cells if cell.cell_type == "code"]
    return [(f.lang, f.body) for f in parse_fences(path.read_text("utf8"))]


def wrong_language_arguments(page: Path, code: list[tuple[str, str]]) -> list[str]:
    """A page passes its own language to the figure functions: lang="zh" on 中文 pages, lang="en" on English."""
    return [
        f'{page}: code fence #{i + 1} passes lang="{m.group(1)}" on a page in "{language(page)}"'
        for i, (_, body) in enumerate(code) for m in LANG_ARGUMENT.finditer(body) if m.group(1) != language(page)
    ]


def without_language(code: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The one difference twins may have in code: the language they pass to a plot function."""
    return [(lang, LANG_ARGUMENT.sub('lang="…"', body)) for lang, body in code]


def parity_problems(docs: Path) -> list[str]:
    problems = []
    pages = source_pages(docs)
    for page in pages:
        twin = twin_of(page)
        if not twin.exists():
            problems.append(f"{page}: no twin {twin.name}")
            continue
        if language(page) != default_language():
            continue  # each pair is compared once, from the Chinese side
        zh, en = code_of(page), code_of(twin)
        problems += wrong_language_arguments(page, zh) + wrong_language_arguments(twin, en)
        zh, en = without_language(zh), without_language(en)
        for i, (a, b) in enumerate(zip(zh, en)):
            if a != b:
                problems.append(f"{page}: code fence #{i + 1} differs from {twin.name}:\n  {a}\n  {b}")
                break
        if len(zh) != len(en):
            problems.append(f"{page}: {len(zh)} code fences, but {twin.name} has {len(en)}")
        if page.suffix == ".md":
            n_zh = len(DISPLAY_MATH.findall(page.read_text("utf8")))
            n_en = len(DISPLAY_MATH.findall(twin.read_text("utf8")))
            if n_zh != n_en:
                problems.append(f"{page}: {n_zh // 2} display formulas, but {twin.name} has {n_en // 2}")
    return problems


def test_every_page_pair_agrees():
    problems = parity_problems(DOCS)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "zh, en, expected",
    [
        ("```python\nprint(1)\n```\n", "```python\nprint(2)\n```\n", "code fence #1 differs"),
        ('```python\n--8<-- "a.py"\n```\n', "", "1 code fences, but page.en.md has 0"),
        ("$$\nx\n$$\n", "", "1 display formulas, but page.en.md has 0"),
        (None, "# only English\n", "page.en.md: no twin page.md"),
        ('```python\nplot(lang="zh")\n```\n', '```python\nplot(lang="zh")\n```\n',
         'page.en.md: code fence #1 passes lang="zh" on a page in "en"'),
        ('```python\nplot(lang="zh", n=1)\n```\n', '```python\nplot(lang="en", n=2)\n```\n', "code fence #1 differs"),
    ],
)
def test_a_drift_fails_naming_the_page(tmp_path, zh, en, expected):
    if zh is not None:
        (tmp_path / "page.md").write_text(zh)
    (tmp_path / "page.en.md").write_text(en)
    problems = "\n".join(parity_problems(tmp_path))
    assert expected in problems


def test_notebook_code_cells_that_start_with_a_comment_are_compared(tmp_path):
    cell = "# %% [markdown]\n# {}\n\n# %%\n# {}\nx = {}\n"
    (tmp_path / "nb.py").write_text(cell.format("说明", "数据", 1), "utf8")
    (tmp_path / "nb.en.py").write_text(cell.format("Text", "data", 1), "utf8")
    assert "code fence #1 differs" in "\n".join(parity_problems(tmp_path))
    (tmp_path / "nb.en.py").write_text(cell.format("Text", "数据", 1), "utf8")
    assert parity_problems(tmp_path) == []


def test_the_language_passed_to_a_figure_function_may_differ(tmp_path):
    (tmp_path / "page.md").write_text('```python\nfig = plot_losses(lang="zh")\n```\n')
    (tmp_path / "page.en.md").write_text('```python\nfig = plot_losses(lang="en")\n```\n')
    assert parity_problems(tmp_path) == []


def test_titles_may_differ():
    zh = '```text title="输出"\n42\n```\n'
    en = '```text title="Output"\n42\n```\n'
    assert code_of_text(zh) == code_of_text(en)


def code_of_text(text):
    return [(f.lang, f.body) for f in parse_fences(text)]
