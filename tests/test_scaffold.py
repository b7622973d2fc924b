"""`nox -s new` writes a page pair that passes the page checks as written, once accept fills its outputs."""

import os
import shutil
import subprocess
import sys

import pytest

from dlnotes import glossary, scaffold
from dlnotes.pagemodel import parse_fences
from dlnotes.site import ROOT
from dlnotes.typography import typography_problems


def test_nav_entry_goes_after_the_sections_last_page():
    yml = "nav:\n  - 首页: index.md\n  - PyTorch:\n      - pytorch/a.md\n      - pytorch/b.md\n  - 理论:\n      - theory/x.md\n\ntheme:\n  name: material\n"
    assert scaffold.add_to_nav(yml, "pytorch", "pytorch/c.md") == yml.replace(
        "      - pytorch/b.md\n", "      - pytorch/b.md\n      - pytorch/c.md\n")
    assert scaffold.add_to_nav(yml, "jax", "jax/intro.md") == yml.replace(
        "      - theory/x.md\n", "      - theory/x.md\n  - jax:\n      - jax/intro.md\n")


def test_a_bad_name_or_an_existing_page_is_refused(tmp_path):
    with pytest.raises(SystemExit, match="lower case"):
        scaffold.new_page(tmp_path, "PyTorch/Einsum")
    (tmp_path / "docs/pytorch").mkdir(parents=True)
    (tmp_path / "docs/pytorch/einsum.md").write_text("# x\n")
    with pytest.raises(SystemExit, match="exists already"):
        scaffold.new_page(tmp_path, "pytorch/einsum")


def test_new_pages_pass_once_accept_fills_their_outputs(tmp_path):
    """A PyTorch page and a TensorFlow page, written into a scratch project and run by the real harness."""
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    pages = []
    for section in ("pytorch", "tensorflow"):
        zh, en, snippet, config = scaffold.new_page(tmp_path, f"{section}/first-look", "初识张量", "A first look")
        assert f"      - {section}/first-look.md\n" in config.read_text("utf8")
        assert snippet.name == "first_look_first.py"
        assert typography_problems(zh, zh.read_text("utf8")) == []
        assert glossary.page_problems(zh, zh.read_text("utf8"), glossary.load(ROOT / "glossary.yml")) == []
        assert [f.body for f in parse_fences(zh.read_text("utf8"))] == [f.body for f in parse_fences(en.read_text("utf8"))]
        pages += [str(zh), str(en)]
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    pytest_args = [sys.executable, "-m", "pytest", "-q", "-p", "tests.harness", "-p", "no:cacheprovider",
                   "--markdown-docs", "--markdown-docs-syntax=superfences"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DLNOTES_ROOT": str(tmp_path)}  # the harness reads the scratch project
    accept = subprocess.run([*pytest_args, "--accept", *pages[::2]], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert "rewrote output boxes in 4 file(s)" in accept.stdout, accept.stdout[-3000:]  # the empty boxes, both twins
    after = subprocess.run([*pytest_args, *pages], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert after.returncode == 0, after.stdout[-3000:]
    assert "12 ran and passed, 0 failed, 0 skipped" in after.stdout  # and the four [page-check]s passed
