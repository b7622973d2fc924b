"""`nox -s accept` (pytest --accept) refreshes stale output boxes of a page and its twin, and nothing else."""

import os
import subprocess
import sys
import textwrap

from dlnotes.site import ROOT

PAGE = """
    # 页面

    说明文字，保持原样。

    ```python
    print(6 * 7)
    print("unchanged")
    ```

    ```text title="输出"
    41
    unchanged
    ```

    !!! note "注意"

        ```python
        print([1, 2])
        ```

        ```text title="输出"
        [1, 2, 3]
        ```

    ```python
    print("fine")
    ```

    ```text title="输出"
    fine
    ```
    """


def run_pytest(pages, *args):
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.harness", "-p", "no:cacheprovider",
         "--markdown-docs", "--markdown-docs-syntax=superfences", "-q", *args],
        cwd=pages, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_accept_rewrites_stale_outputs_of_both_twins_and_nothing_else(tmp_path):
    zh_text = textwrap.dedent(PAGE).lstrip()
    en_text = zh_text.replace("页面", "Page").replace("说明文字，保持原样。", "Prose, kept as it is.")
    en_text = en_text.replace('title="输出"', 'title="Output"').replace('"注意"', '"Note"')
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    zh, en = tmp_path / "page.md", tmp_path / "page.en.md"
    zh.write_text(zh_text, "utf8")
    en.write_text(en_text, "utf8")

    accepted = run_pytest(tmp_path, "--accept", "page.md")  # only the Chinese page is run
    assert accepted.returncode == 0, accepted.stdout
    assert "rewrote output boxes in 2 file(s)" in accepted.stdout
    for path, before in ((zh, zh_text), (en, en_text)):
        after = path.read_text("utf8")
        expected = before.replace("41\nunchanged", "42\nunchanged").replace("    [1, 2, 3]", "    [1, 2]")
        assert after == expected, f"{path.name}:\n{after}"

    snapshot = (zh.read_bytes(), en.read_bytes())
    again = run_pytest(tmp_path, "--accept", "page.md", "page.en.md")  # nothing stale left: both twins pass
    assert again.returncode == 0 and "rewrote output boxes in 0 file(s)" in again.stdout, again.stdout
    assert (zh.read_bytes(), en.read_bytes()) == snapshot
