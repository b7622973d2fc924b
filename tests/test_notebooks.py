"""Notebook pages (jupytext percent files) survive mkdocs-static-i18n: see hooks/notebooks.py."""

from tests.conftest import mkdocs_build
from tests.pagemodel import ROOT


def test_notebook_pages_are_executed_html_in_both_languages(built_site):
    for lang_dir, title in (("", "笔记本页面示例"), ("en/", "A notebook page")):
        page = (built_site / lang_dir / "notebooks/hello/index.html").read_text("utf8")
        assert "jupyter-wrapper" in page, f"{lang_dir}notebooks/hello: not rendered as a notebook"
        assert "# %%" not in page, f"{lang_dir}notebooks/hello: raw jupytext source in the page"
        assert title in page
        assert "tensor([[0, 1, 2]," in page, "the printed output of the executed cell is missing"
        assert "tensor([3, 5, 7])" in page, "the value of the last expression is missing"


def test_language_switcher_leads_to_the_other_notebook(built_site):
    zh = (built_site / "notebooks/hello/index.html").read_text("utf8")
    en = (built_site / "en/notebooks/hello/index.html").read_text("utf8")
    assert '<a href="../../en/notebooks/hello/" hreflang="en"' in zh
    assert '<a href="../../../notebooks/hello/" hreflang="zh"' in en


def test_a_second_build_executes_no_notebook(built_site, tmp_path):
    proc = mkdocs_build(tmp_path / "site")
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, log
    assert "Converting notebook" not in log
    assert log.count("Cache hit") == len(list((ROOT / "docs").rglob("notebooks/*.py")))
