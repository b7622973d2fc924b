"""Figures are drawn from code in the reader's language (hooks/figures.py).

Every `*_plot.py` snippet gives one SVG per language, with its text as paths (readers need no
font); a missing glyph fails the drawing in the build and the block in the tests.
"""

import ast
import re
import warnings

import pytest

from dlnotes import figures
from dlnotes.site import ROOT

PLOTS = sorted((ROOT / "snippets").rglob("*_plot.py"))
CJK = re.compile(r"[\u4e00-\u9fff]")


def test_each_figure_exists_in_both_languages_with_text_as_paths(built_site):
    assert PLOTS
    for script in PLOTS:
        rel = script.relative_to(ROOT / "snippets").with_suffix(".svg")
        zh = built_site / "assets/figures" / rel
        en = built_site / "en/assets/figures" / rel
        assert zh.is_file() and en.is_file(), f"{script}: expected {zh} and {en}"
        for svg in (zh, en):
            assert "<text" not in svg.read_text("utf8"), f"{svg}: text must be drawn as paths"
        if "LABELS" in script.read_text("utf8"):  # words in the figure: the languages differ
            assert zh.read_bytes() != en.read_bytes(), f"{script}: the Chinese and English figures are the same"


def test_plot_snippets_label_in_both_languages():
    """The Chinese labels are Chinese: each figure with words has a CJK string for zh and none for en."""
    for script in PLOTS:
        text = script.read_text("utf8")
        if "LABELS" not in text:
            continue
        [node] = [n for n in ast.parse(text).body if isinstance(n, ast.Assign)
                  and any(isinstance(t, ast.Name) and t.id == "LABELS" for t in n.targets)]
        labels = ast.literal_eval(node.value)
        assert set(labels) == {"zh", "en"}, f"{script}: LABELS must have zh and en"
        assert CJK.search(repr(labels["zh"])), f"{script}: no Chinese in LABELS['zh']"
        assert not CJK.search(repr(labels["en"])), f"{script}: Chinese in LABELS['en']"


def write(tmp_path, body: str):
    script = tmp_path / "x_plot.py"
    script.write_text('"""A test figure."""\nimport matplotlib.pyplot as plt\n'
                      'plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]\n' + body)
    return script


def test_a_missing_glyph_fails_the_drawing(tmp_path):
    script = write(tmp_path, 'def plot_x(lang):\n    fig, ax = plt.subplots()\n'
                             '    ax.set_xlabel(r"残差 $r$")\n    return fig\n')
    with pytest.raises(RuntimeError, match=r"x_plot.py: drawing the 'zh' figure warned: .*does not have a glyph"):
        figures.draw(script, {"zh": tmp_path / "x.svg"})
    assert not (tmp_path / "x.svg").exists()


def test_chinese_text_draws_without_a_warning(tmp_path):
    script = write(tmp_path, 'def plot_x(lang):\n    fig, ax = plt.subplots()\n'
                             '    ax.set_xlabel({"zh": "残差 r = ŷ − y", "en": "residual"}[lang])\n    return fig\n')
    figures.draw(script, {"zh": tmp_path / "x.svg", "en": tmp_path / "x.en.svg"})
    assert (tmp_path / "x.svg").read_bytes() != (tmp_path / "x.en.svg").read_bytes()


@pytest.mark.parametrize("body, message", [
    ("fig, ax = plt.subplots()\n", "must define exactly one function named plot…"),
    ('def plot_x(lang):\n    plt.subplots()\n', r"plot_x\(lang='zh'\) must return the figure"),
])
def test_a_plot_snippet_that_breaks_the_convention_is_reported(tmp_path, body, message):
    with pytest.raises(RuntimeError, match=message):
        figures.draw(write(tmp_path, body), {"zh": tmp_path / "x.svg"})


def test_the_harness_fails_a_block_whose_figure_misses_a_glyph():
    import matplotlib.pyplot as plt

    plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]
    fig, ax = plt.subplots()
    ax.set_title(r"损失 $L$")
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            figures.draw_open_figures()
    finally:
        plt.close("all")
        plt.rcdefaults()
    assert any("does not have a glyph" in str(w.message) for w in caught), [str(w.message) for w in caught]
