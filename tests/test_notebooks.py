"""Notebook pages (jupytext percent files) survive mkdocs-static-i18n: see hooks/notebooks.py."""

import re
from types import SimpleNamespace

import jupytext
import pytest

from dlnotes.site import DOCS, ROOT, mkdocs_build


def test_notebook_pages_are_executed_html_in_both_languages(built_site):
    for lang_dir, title in (("", "训练一个卷积网络"), ("en/", "Training a convolutional network")):
        page = (built_site / lang_dir / "notebooks/training/index.html").read_text("utf8")
        assert "jupyter-wrapper" in page, f"{lang_dir}notebooks/training: not rendered as a notebook"
        assert "# %%" not in page, f"{lang_dir}notebooks/training: raw jupytext source in the page"
        assert title in page
        assert "1000 training images, 400 test images" in page, "the printed output of the executed cell is missing"
        assert "torch.Size([1797, 3, 32, 32])" in page, "the value of the last expression is missing"
        assert "data:image/png;base64," in page, "the figure drawn by the notebook is missing"


def test_language_switcher_leads_to_the_other_notebook(built_site):
    zh = (built_site / "notebooks/training/index.html").read_text("utf8")
    en = (built_site / "en/notebooks/training/index.html").read_text("utf8")
    assert '<a href="../../en/notebooks/training/" hreflang="en"' in zh
    assert '<a href="../../../notebooks/training/" hreflang="zh"' in en


def test_a_second_build_executes_no_notebook(built_site, tmp_path):
    proc = mkdocs_build(tmp_path / "site")
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, log
    assert "Converting notebook" not in log
    assert log.count("Cache hit") == len(list((ROOT / "docs").rglob("notebooks/*.py")))
    # a dirty build (`nox -s serve` after an edit) renders no notebook page, and keeps their executed copies
    cached = sorted((ROOT / ".cache/mkdocs-jupyter").glob("*.json"))
    proc = mkdocs_build(tmp_path / "site", "--dirty", strict=False, env={"DLNOTES_STRICT": "false"})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Evicted stale cache" not in proc.stdout + proc.stderr
    assert sorted((ROOT / ".cache/mkdocs-jupyter").glob("*.json")) == cached


def test_notebook_pages_keep_only_the_jupyter_css_they_use(built_site):
    """nbconvert inlines 574 KB of JupyterLab CSS; the page keeps the rules for what it shows (hooks/notebooks.py).
    (Checked once by hand: full-page screenshots, desktop and phone, light and dark, identical pixel for pixel.)"""
    page = (built_site / "notebooks/training/index.html").read_text("utf8")
    assert len(page) < 300_000, f"notebooks/training: {len(page)} bytes"
    assert ".jp-OutputArea" in page and ".bp3-button" not in page  # notebook output styles yes, Blueprint buttons no
    assert "--md-red-50:" not in page and "--jp-cell-prompt-width:" in page  # a palette nothing reads no, a width yes


def test_custom_properties_nothing_reads_are_dropped():
    from dlnotes.css import without_unused_custom_properties

    css = ".a{--x:1px;--y:var(--x);--z:red;--w:0;color:var(--y)}@media (max-width:1px){.b{--q:1;margin:0}}.c{--only:1}"
    assert without_unused_custom_properties(css, set()) == ".a{--x:1px;--y:var(--x);color:var(--y)}@media (max-width:1px){.b{margin:0}}"
    assert without_unused_custom_properties(css, {"--z"}) == (  # read by another style of the page
        ".a{--x:1px;--y:var(--x);--z:red;color:var(--y)}@media (max-width:1px){.b{margin:0}}")


def test_css_rules_for_classes_a_page_does_not_have_are_dropped():
    from dlnotes.css import used_rules as _used_rules
    css = (":root{--a:1}.x .y{color:red}.x .z,.w{color:blue}.x:not(.q){margin:0}"
           "@media (max-width:1px){.y{top:0}.z{top:1px}}@font-face{font-family:f}.z{left:0}")
    assert _used_rules(css, {"x", "y"}) == (
        ":root{--a:1}.x .y{color:red}.x:not(.q){margin:0}@media (max-width:1px){.y{top:0}}@font-face{font-family:f}")


def test_the_notebook_page_has_a_table_of_contents_and_alt_text_for_its_figure(built_site):
    for lang_dir, src in (("", "training.py"), ("en/", "training.en.py")):
        page = (built_site / lang_dir / "notebooks/training/index.html").read_text("utf8")
        toc = re.search(r'<nav class="md-nav md-nav--secondary"[^>]*>(.*?)</nav>', page, re.S)
        anchors = re.findall(r'<a href="#([^"]+)" class="md-nav__link">', toc.group(1) if toc else "")
        assert len(anchors) >= 4, f"{lang_dir}notebooks/training: table of contents {anchors}"
        assert all(f'id="{a}"' in page for a in anchors), f"{lang_dir}notebooks/training: {anchors}"
        alts = [c.metadata["alt"] for c in jupytext.read(DOCS / "notebooks" / src).cells if "alt" in c.metadata]
        assert alts and all(f'alt="{alt}"' in page for alt in alts)
        assert "No description has been provided" not in page


def test_a_drawn_figure_without_alt_text_fails_the_build(tmp_path):
    from hooks.notebooks import NO_ALT, _alt_texts

    source = tmp_path / "nb.py"
    source.write_text('# %% [markdown]\n# # T\n\n# %% alt="a \\"quoted\\" figure"\nplot()\n\n# %%\nplot()\n')
    page = SimpleNamespace(file=SimpleNamespace(abs_src_path=str(source), src_path="notebooks/nb.py"))
    with pytest.raises(ValueError, match=r"notebooks/nb\.py: 2 figures without alt text, but 1 cells with one"):
        _alt_texts(f"<img {NO_ALT}><img {NO_ALT}>", page)
    assert _alt_texts(f"<img {NO_ALT}>", page) == '<img alt="a &quot;quoted&quot; figure">'
