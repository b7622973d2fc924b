"""The project's layout: hooks → dlnotes ← tests, and names that follow one rule.

- Nothing outside tests/ imports `tests`; the package imports neither `tests` nor `hooks`; a test
  module imports no other test module (shared fixtures live in tests/conftest.py).
- A page `docs/<section>/<topic>.md` has its snippets at `snippets/<section>/<topic_with_underscores>_<what>.py`
  (kebab-case page, snake_case snippet prefix), and every snippet belongs to the pages that include it.
"""

import ast
import re
from pathlib import Path

from dlnotes.pagemodel import parse_fences
from dlnotes.site import DOCS, ROOT, default_language, language, source_pages


def imports(path: Path) -> set[str]:
    """The top-level names of the modules a file imports (`from tests.x import y` -> "tests.x")."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
    return found


def layout_problems(root: Path) -> list[str]:
    problems = []
    rel = lambda p: p.relative_to(root).as_posix()  # noqa: E731
    for folder, forbidden in (("hooks", ("tests",)), ("tools", ("tests", "hooks")), ("dlnotes", ("tests", "hooks"))):
        for path in sorted((root / folder).rglob("*.py")):
            for name in imports(path):
                if name.split(".")[0] in forbidden:
                    problems.append(f"{rel(path)}: imports {name} (shared code belongs in dlnotes/)")
    tests = {p.stem for p in (root / "tests").glob("test_*.py")}
    for path in sorted((root / "tests").glob("*.py")):
        for name in imports(path):
            if name.startswith("tests.") and name.removeprefix("tests.") in tests:
                problems.append(f"{rel(path)}: imports the test module {name} (move what it shares to conftest.py or dlnotes/)")
    for path in sorted((root / "noxfile.py",)):
        if any(name.split(".")[0] == "tests" for name in imports(path)):
            problems.append(f"{rel(path)}: imports tests")
    return problems


def test_hooks_and_tools_use_the_package_never_the_tests():
    assert layout_problems(ROOT) == []


def test_an_import_of_the_tests_is_reported(tmp_path):
    for folder in ("hooks", "tools", "dlnotes", "tests"):
        (tmp_path / folder).mkdir()
    (tmp_path / "noxfile.py").write_text("import nox\n")
    (tmp_path / "hooks/x.py").write_text("from tests.pagemodel import parse_fences\n")
    (tmp_path / "dlnotes/y.py").write_text("import hooks.figures\n")
    (tmp_path / "tests/test_a.py").write_text("from tests.test_b import helper\nfrom tests import harness\n")
    (tmp_path / "tests/test_b.py").write_text("def helper(): pass\n")
    assert layout_problems(tmp_path) == [
        "hooks/x.py: imports tests.pagemodel (shared code belongs in dlnotes/)",
        "dlnotes/y.py: imports hooks.figures (shared code belongs in dlnotes/)",
        "tests/test_a.py: imports the test module tests.test_b (move what it shares to conftest.py or dlnotes/)",
    ]


INCLUDE = re.compile(r'^snippets/(?P<section>[^/]+)/(?P<name>[a-z0-9_]+)\.py(?::.*)?$')


def snippet_name_problems(docs: Path, snippets: Path) -> list[str]:
    """A page's includes follow the naming rule, and every snippet is included by the page its name says."""
    problems, used = [], set()
    for page in source_pages(docs):
        if page.suffix != ".md" or language(page) != default_language():
            continue
        rel = page.relative_to(docs)
        prefix = rel.name.removesuffix(".md").replace("-", "_") + "_"
        section = rel.parent.as_posix()
        for fence in parse_fences(page.read_text("utf8")):
            if fence.include is None:
                continue
            m = INCLUDE.match(fence.include)
            used.add(fence.include.split(":")[0])
            if m is None or m["section"] != section or not m["name"].startswith(prefix):
                problems.append(f"{page}:{fence.line}: includes {fence.include}; a snippet of this page is named "
                                f"snippets/{section}/{prefix}<what>.py")
    for snippet in sorted(snippets.rglob("*.py")):
        rel = snippet.relative_to(snippets.parent).as_posix()
        if rel not in used:
            problems.append(f"{rel}: no page includes it")
    return problems


def test_snippets_are_named_after_their_page():
    assert snippet_name_problems(DOCS, ROOT / "snippets") == []


def test_a_misnamed_or_orphan_snippet_is_reported(tmp_path):
    docs, snippets = tmp_path / "docs", tmp_path / "snippets"
    (docs / "pytorch").mkdir(parents=True)
    (snippets / "pytorch").mkdir(parents=True)
    for name in ("data_loader_batches.py", "dataloader_batches.py", "orphan.py"):
        (snippets / "pytorch" / name).write_text("print(1)\n")
    (docs / "pytorch/data-loader.md").write_text(
        '# t\n\n```python\n--8<-- "snippets/pytorch/data_loader_batches.py"\n```\n\n'
        '```python\n--8<-- "snippets/pytorch/dataloader_batches.py"\n```\n')
    assert snippet_name_problems(docs, snippets) == [
        f"{docs / 'pytorch/data-loader.md'}:7: includes snippets/pytorch/dataloader_batches.py; a snippet of this page "
        "is named snippets/pytorch/data_loader_<what>.py",
        "snippets/pytorch/orphan.py: no page includes it",
    ]


def test_a_snippet_edit_marks_the_pages_that_include_it(tmp_path):
    """`nox -s serve` runs `mkdocs serve --dirty`, which rebuilds only changed pages: a page whose snippet is newer
    than the page itself is given the snippet's time (hooks/snippet_edits.py); its text stays the same."""
    import os

    from dlnotes.pagemodel import mark_snippet_edits

    snippet = ROOT / "snippets/pytorch/tensors_create.py"
    pages = {name: tmp_path / name for name in ("uses.md", "other.md")}
    pages["uses.md"].write_text('# a\n\n```python\n--8<-- "snippets/pytorch/tensors_create.py"\n```\n')
    pages["other.md"].write_text("# b\n\n```python\nprint(1)\n```\n")
    old = snippet.stat().st_mtime - 100
    for page in pages.values():
        os.utime(page, (old, old))
    text = pages["uses.md"].read_text()
    assert mark_snippet_edits(tmp_path) == [pages["uses.md"]]
    assert pages["uses.md"].stat().st_mtime == snippet.stat().st_mtime and pages["uses.md"].read_text() == text
    assert pages["other.md"].stat().st_mtime == old
    assert mark_snippet_edits(tmp_path) == []  # once is enough
