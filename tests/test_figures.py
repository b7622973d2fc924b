"""Figures are drawn from code in the reader's language (hooks/figures.py).

Every `*_plot.py` snippet gives one SVG per language, with its text as paths (readers need no
font); a missing glyph fails the drawing in the build and the block in the tests. On a phone every
figure's text is readable where the page shows it, in the article column (no smaller than
`figures.PHONE_TEXT` px at 390 px; tests/test_browser.py measures the column).
"""

import ast
import re
import warnings

import pytest

from dlnotes import figures
from dlnotes.site import DOCS, ROOT, language, language_prefix, languages, source_pages

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


# a figure on a page: `![alt](../assets/figures/<section>/<name>.svg)`, indented where it sits in a block
IMAGE = re.compile(r"^( *)!\[[^\]]*\]\((?:\.\./)*(assets/figures/[^)\s]+\.svg)\)", re.M)


def phone_text_failures(site, pages, docs=DOCS) -> list[str]:
    """A figure whose smallest text, shown in the article column at 390 px, is smaller than
    figures.PHONE_TEXT px, named by its page and line; and a figure inside a block (an admonition, a tab),
    whose column is narrower than the one measured."""
    failures = []
    for page in pages:
        source = page.read_text("utf8")
        for match in IMAGE.finditer(source):
            where = f"{page.relative_to(docs.parent)}:{source.count(chr(10), 0, match.start()) + 1}"
            svg = site / (language_prefix(language(page)) + match[2])
            if match[1]:
                failures.append(f"{where}: {svg.name} sits inside a block, where the column is narrower than"
                                f" {figures.PHONE_COLUMN} px: show it outside the block")
                continue
            px, text = figures.smallest_text(svg.read_text("utf8"))
            if px < figures.PHONE_TEXT:
                failures.append(f"{where}: {svg.relative_to(site)}: its text {text!r} is {px:.1f} px high in the"
                                f" column at 390 px (at least {figures.PHONE_TEXT}): fewer panels per row, a"
                                f" narrower figure or larger text")
    return failures


def test_every_figure_is_readable_on_a_phone(built_site):
    pages = [p for p in source_pages() if IMAGE.search(p.read_text("utf8"))]
    shown = {(language(p), m[2]) for p in pages for m in IMAGE.finditer(p.read_text("utf8"))}
    drawn = {(lang, f"assets/figures/{s.relative_to(ROOT / 'snippets').with_suffix('.svg').as_posix()}")
             for s in PLOTS for lang in languages()}
    assert drawn <= shown, f"figures no page shows as a figure: {sorted(drawn - shown)}"
    failures = phone_text_failures(built_site, pages)
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("fault, body, in_block", [
    # the transforms figure as it was: 3.8 px at 390 px
    ("five panels in a row", "fig, axes = plt.subplots(1, 5, figsize=(15, 3.6))\n"
                             "for ax in axes:\n    ax.set_title('RandomCrop((224, 224))', fontsize=9)\n", False),
    ("a small vertical label", "fig, ax = plt.subplots(figsize=(4, 3))\nax.set_ylabel('loss', fontsize=5)\n", False),
    ("a figure in an admonition", "fig, ax = plt.subplots(figsize=(4, 3))\n", True),
])
def test_a_figure_unreadable_on_a_phone_is_caught(tmp_path, fault, body, in_block):
    site, docs = tmp_path / "site", tmp_path / "docs"
    script = write(tmp_path, "def plot_x(lang):\n" + "".join(f"    {line}\n" for line in body.splitlines())
                   + "    return fig\n")
    figures.draw(script, {"en": site / "en/assets/figures/pytorch/x_plot.svg"})
    page = docs / "pytorch/x.en.md"
    page.parent.mkdir(parents=True)
    image = "![A figure](../assets/figures/pytorch/x_plot.svg)"
    page.write_text("# X\n\n" + (f"!!! note\n\n    {image}" if in_block else image) + "\n", "utf8")
    [failure] = phone_text_failures(site, [page], docs)
    assert failure.startswith(f"docs/pytorch/x.en.md:{5 if in_block else 3}: "), failure
    assert "x_plot.svg" in failure and ("inside a block" in failure) == in_block, failure


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
