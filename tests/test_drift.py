"""The drift report (dlnotes/drift.py, `nox -s drift`): what would change on the pages with the newest releases.

The report logic runs here with the current environment (`--python`, nothing installed) on a
fixture tree whose page shows a stale output box, a block that warns and one that raises; the
resolution runs the real pip on a local folder of two tiny hand-made wheels (no network).
"""

import json
import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from dlnotes import drift
from dlnotes.site import ROOT

FIXTURES = ROOT / "tests/fixtures/drift"


def fixture_tree(tmp_path: Path, *pages: str) -> Path:
    """A tiny project: the harness (from this tree, on PYTHONPATH) and the given fixture pages under docs/."""
    root = tmp_path / "project"
    (root / "docs").mkdir(parents=True)
    (root / "pytest.ini").write_text("[pytest]\naddopts = --markdown-docs --markdown-docs-syntax=superfences\n")
    (root / "conftest.py").write_text('pytest_plugins = ["tests.harness"]\n')
    for page in pages:
        for name in (f"{page}.md", f"{page}.en.md"):
            shutil.copy(FIXTURES / name, root / "docs" / name)
    return root


def run_drift(tmp_path: Path, root: Path, *args: str) -> tuple[int, dict, str]:
    env = {"PYTHONPATH": str(ROOT)}
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        code = drift.main(["--python", sys.executable, "--root", str(root), "--workdir", str(tmp_path / "work"), *args])
    finally:
        for k, v in old.items():
            os.environ.pop(k) if v is None else os.environ.__setitem__(k, v)
    out = tmp_path / "work"
    return code, json.loads((out / "drift-report.json").read_text("utf8")), (out / "drift-report.md").read_text("utf8")


def test_a_changed_output_a_warning_and_an_error_are_reported_per_page_and_line(tmp_path):
    root = fixture_tree(tmp_path, "drifted")
    before = {p: p.read_bytes() for p in (root / "docs").iterdir()}
    code, data, markdown = run_drift(tmp_path, root, "docs")
    assert code == 1 and data["status"] == "changed", markdown
    assert data["changed_pages"] == ["docs/drifted.en.md", "docs/drifted.md"], markdown
    page = data["pages"]["docs/drifted.md"]
    [box] = page["outputs"]
    assert box["line"] == 10, box  # the ```text title="输出" fence under print(6 * 7)
    assert "\n-41\n+42\n unchanged" in box["diff"] and "docs/drifted.md:10 (shown on the page)" in box["diff"], box["diff"]
    [warned] = page["warned"]
    assert warned["line"] == 15 and "DeprecationWarning: this API is deprecated" in warned["warning"], warned
    [failed] = page["failed"]
    assert failed["line"] == 21 and "RuntimeError: the library moved this function" in failed["error"], failed
    assert page["not_run"] == [25], page
    assert data["pages"]["docs/drifted.en.md"]["outputs"][0]["line"] == 10
    assert data["counts"]["passed"] == 2 and data["counts"]["failed"] == 6, data["counts"]
    # the Markdown names the page, the line and shows the diff
    assert "### `docs/drifted.md`" in markdown
    assert "output box at line 10 would change" in markdown and "  -41\n  +42\n" in markdown, markdown
    assert "**fails** (block at line 21)" in markdown and "**warns** (block at line 15)" in markdown, markdown
    assert "page(s) changed" in markdown
    # the tree itself is untouched: accept rewrote the scratch copy only
    assert {p: p.read_bytes() for p in (root / "docs").iterdir()} == before


def test_nothing_changed_exits_0_and_the_job_summary_gets_the_report(tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))  # as on GitHub Actions
    root = fixture_tree(tmp_path, "current")
    code, data, markdown = run_drift(tmp_path, root, "docs")
    assert code == 0 and data["status"] == "unchanged" and data["pages"] == {}, markdown
    assert data["counts"]["passed"] == 2 and data["counts"]["failed"] == 0, data["counts"]
    assert "**Nothing changed**" in markdown
    assert summary.read_text("utf8") == markdown


RELEASE_PAGE = """# 版本

```python
import os

print("printed by release", os.environ.get("FIXTURE_RELEASE", "2"))
```

```text title="输出"
printed by release 1
```
"""


def test_what_the_pinned_versions_show_too_is_not_drift(tmp_path):
    """--baseline: the stale page fails the same way with the "pinned" interpreter, the other page only with the new."""
    root = fixture_tree(tmp_path, "drifted")
    (root / "docs/release.md").write_text(RELEASE_PAGE, "utf8")
    pinned = tmp_path / "pinned-python"  # stands for .venv/bin/python: the page's "library" is at release 1 there
    pinned.write_text(f'#!/bin/sh\nFIXTURE_RELEASE=1 exec {sys.executable} "$@"\n')
    pinned.chmod(0o755)
    code, data, markdown = run_drift(tmp_path, root, "docs", "--baseline", str(pinned))
    assert code == 1 and data["changed_pages"] == ["docs/release.md"], markdown
    assert "-printed by release 1\n+printed by release 2" in data["pages"]["docs/release.md"]["outputs"][0]["diff"]
    stale = data["pages"]["docs/drifted.md"]
    assert stale["pinned_too"] == ["block at line 21 fails", "block at line 15 warns", "output box at line 10 differs"], stale
    assert stale["failed"] == stale["warned"] == stale["outputs"] == [], stale
    assert "the same with the pinned versions, so not drift" in markdown


def test_pytest_failing_to_start_is_an_error_not_a_verdict(tmp_path):
    root = fixture_tree(tmp_path, "current")
    code, data, markdown = run_drift(tmp_path, root, "docs", "-m", "((")  # a marker expression pytest cannot parse
    assert code == 2 and data["status"] == "error" and "pytest exited with status 4" in data["error"], markdown


# --- output boxes --------------------------------------------------------------------------------


def test_box_changes_names_the_box_inside_an_admonition():
    before = textwrap.dedent("""\
        !!! note

            ```python
            print(1)
            ```

            ```text title="Output"
            2
            ```

        ```text title="Output"
        same
        ```
        """)
    after = before.replace("    2\n", "    1\n")
    [change] = drift.box_changes(before, after, "p.md")
    assert change.line == 7 and "-2\n+1" in change.diff, change
    assert drift.box_changes(before, before, "p.md") == []


# --- requirements and resolution -----------------------------------------------------------------


def test_requirements_are_read_with_pins_hashes_comments_and_markers():
    text = textwrap.dedent("""\
        # a comment
        mkdocs==1.6.1                   # with a comment
        torch==2.14.1 \\
            --hash=sha256:aaaa \\
            --hash=sha256:bbbb
        pymdown-extensions[extra]==13.1 ; python_version >= "3.11"
        numpy>=2
        --index-url https://example.org/simple
        """)
    found = [(r.name, r.pinned, r.key) for r in drift.read_requirements(text)]
    assert found == [("mkdocs", "1.6.1", "mkdocs"), ("torch", "2.14.1", "torch"),
                     ("pymdown-extensions[extra]", "13.1", "pymdown-extensions"), ("numpy", None, "numpy")], found
    assert drift.lifted(drift.read_requirements(text)) == "mkdocs\ntorch\npymdown-extensions[extra]\nnumpy\n"


def test_the_project_requirements_all_have_pins():
    requirements = drift.read_requirements((ROOT / "requirements.txt").read_text("utf8"))
    assert len(requirements) > 10 and all(r.pinned for r in requirements), [r.name for r in requirements if not r.pinned]


def wheel(folder: Path, name: str, version: str, requires: list[str] = ()) -> None:
    """A minimal pure-Python wheel (metadata only), enough for pip to resolve it."""
    info = f"{name}-{version}.dist-info"
    files = {
        f"{name}/__init__.py": f"VERSION = {version!r}\n",
        f"{info}/METADATA": "Metadata-Version: 2.1\n" f"Name: {name}\nVersion: {version}\n"
                            + "".join(f"Requires-Dist: {r}\n" for r in requires),
        f"{info}/WHEEL": "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    files[f"{info}/RECORD"] = "".join(f"{path},,\n" for path in files) + f"{info}/RECORD,,\n"
    with zipfile.ZipFile(folder / f"{name}-{version}-py3-none-any.whl", "w") as whl:
        for path, content in files.items():
            whl.writestr(path, content)


@pytest.fixture
def local_index(tmp_path, monkeypatch):
    """alpha 1.0 and 2.0; beta 1.0 needs alpha==1.0 (like torchvision 0.29.1 and torch 2.14.1); only this folder."""
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    wheel(wheels, "alpha", "1.0")
    wheel(wheels, "alpha", "2.0")
    wheel(wheels, "beta", "1.0", ["alpha==1.0"])
    wheel(wheels, "gamma", "1.0")
    wheel(wheels, "gamma", "1.1")
    monkeypatch.setenv("PIP_CONFIG_FILE", os.devnull)  # this machine's pip settings (indexes, constraints) stay out
    return ["--no-index", "--find-links", str(wheels)]


def test_a_release_that_does_not_resolve_with_the_rest_is_held_back_with_pips_reason(tmp_path, local_index):
    requirements = drift.read_requirements("alpha==1.0\nbeta==1.0\ngamma==1.0\n")
    resolution, packages = drift.resolve(sys.executable, requirements, [], local_index, tmp_path, log=lambda _: None)
    assert resolution.ok and resolution.versions == {"alpha": "1.0", "beta": "1.0", "gamma": "1.1"}, resolution
    by_name = {p.name: p for p in packages}
    assert (by_name["gamma"].newest, by_name["gamma"].used, by_name["gamma"].held_back) == ("1.1", "1.1", "")
    alpha = by_name["alpha"]
    assert (alpha.newest, alpha.used) == ("2.0", "1.0")
    assert "beta 1.0 depends on alpha==1.0" in alpha.held_back, alpha.held_back
    data = drift.report_data(pages={}, counts={}, run=None, packages=packages, resolution=resolution,
                             installed=None, settings={"pages": ["docs"], "requirements": "r.txt", "constraints": []})
    markdown = drift.render_markdown(data)
    assert "| alpha | 1.0 | 2.0 | 1.0 (held back) |" in markdown and "| gamma | 1.0 | 1.1 | **1.1** |" in markdown, markdown
    assert "**alpha 2.0 is not used**" in markdown and "beta 1.0 depends on alpha==1.0" in markdown, markdown
    assert data["held_back"] == ["alpha"] and data["status"] == "unchanged"


def test_a_constraint_that_cannot_be_met_is_reported_not_raised(tmp_path, local_index):
    constraints = tmp_path / "constraints.txt"
    constraints.write_text("alpha==2.0\n")
    requirements = drift.read_requirements("alpha==1.0\nbeta==1.0\n")
    resolution, _ = drift.resolve(sys.executable, requirements, [constraints], local_index, tmp_path, log=lambda _: None)
    assert not resolution.ok
    assert "beta 1.0 depends on alpha==1.0" in resolution.error and "alpha==2.0" in resolution.error, resolution.error


def test_pip_conflict_keeps_the_explanation():
    output = textwrap.dedent("""\
        WARNING: Location 'file:///opt/x/' is ignored: it is neither a file nor a directory.
        Looking in indexes: https://pypi.org/simple
        ERROR: Cannot install torch==2.15.0 and torchvision==0.29.1 because these package versions have conflicting dependencies.

        The conflict is caused by:
            The user requested torch==2.15.0
            torchvision 0.29.1 depends on torch==2.14.1

        To fix this you could try to:
        1. loosen the range of package versions you've specified
        """)
    assert drift.pip_conflict(output) == textwrap.dedent("""\
        ERROR: Cannot install torch==2.15.0 and torchvision==0.29.1 because these package versions have conflicting dependencies.

        The conflict is caused by:
            The user requested torch==2.15.0
            torchvision 0.29.1 depends on torch==2.14.1""")


def test_the_scratch_venv_reuses_a_base_and_installs_only_what_differs(tmp_path, local_index):
    """A base venv with alpha 1.0 and gamma 1.0; the resolution says alpha 1.0, gamma 1.1: only gamma goes in."""
    base = tmp_path / "base"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(base)], check=True)
    site = Path(drift.python_info(base / "bin/python", "import json, sysconfig; print(json.dumps(sysconfig.get_paths()['purelib']))"))
    for name, version in (("alpha", "1.0"), ("gamma", "1.0")):
        with zipfile.ZipFile(tmp_path / f"wheels/{name}-{version}-py3-none-any.whl") as whl:
            whl.extractall(site)
    tree = tmp_path / "tree"
    tree.mkdir()
    installed = drift.build_venv(tmp_path / "venv", {"alpha": "1.0", "gamma": "1.1"}, base, tree, local_index, log=lambda _: None)
    assert installed["installed"] == {"gamma": "1.1"} and installed["from_base"] == {"alpha": "1.0"}, installed
    python = drift.venv_python(tmp_path / "venv")
    seen = subprocess.run([str(python), "-c", "import alpha, gamma; print(alpha.VERSION, gamma.VERSION)"],
                          capture_output=True, text=True, check=True).stdout
    assert seen.split() == ["1.0", "1.1"], seen
    assert not (site / "gamma-1.1.dist-info").exists(), "the base venv was changed"
