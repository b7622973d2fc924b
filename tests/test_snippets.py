"""Every snippet is shown by some page, and says in one line what it does.

The snippets themselves run through their pages: tests/harness.py executes an included
snippet in a fresh namespace of its own, exactly as `python snippets/….py` would.
"""

import ast
import subprocess
import sys

import pytest

from dlnotes.pagemodel import ROOT, parse_fences

SNIPPETS = sorted((ROOT / "snippets").rglob("*.py"))
INCLUDED = {
    fence.include.split(":")[0]
    for page in (ROOT / "docs").rglob("*.md")
    for fence in parse_fences(page.read_text("utf8"))
    if fence.include is not None
}


@pytest.mark.parametrize("snippet", SNIPPETS, ids=lambda p: str(p.relative_to(ROOT)))
def test_snippet_is_included_and_documented(snippet):
    rel = snippet.relative_to(ROOT).as_posix()
    assert rel in INCLUDED, f"{rel}: no page includes this snippet"
    doc = ast.get_docstring(ast.parse(snippet.read_text("utf8")))
    assert doc and "\n" not in doc.strip(), f"{rel}:1: needs a one-line docstring"


def test_a_snippet_runs_as_a_script():
    """The fresh-namespace run equals `python file.py`: check one real script run end to end."""
    snippet = ROOT / "snippets/pytorch/tensors_from_numpy.py"
    out = subprocess.run([sys.executable, str(snippet)], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[0] == "tensor([100.,   1.,   2.,   3.])"


def test_snippets_and_notebooks_are_not_collected_as_modules():
    """--markdown-docs imports every .py file pytest walks; snippets and notebooks must not be."""
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q"], cwd=ROOT, capture_output=True, text=True
    )
    nodeids = [line for line in proc.stdout.splitlines() if "::" in line]
    assert any(n.startswith("docs/pytorch/tensors.md::") for n in nodeids)
    assert not [n for n in nodeids if n.startswith("snippets/") or (n.startswith("docs/") and ".py::" in n)]
