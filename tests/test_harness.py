"""The harness's promises, each shown on a small page: what runs, what fails, and how it says so.

All fixture pages (tests/fixtures/harness/) run in ONE pytest subprocess (with the real harness), and each test
reads its page's results from the JUnit report.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from dlnotes.site import ROOT
from tests import markdown_docs_adapter as adapter

FAILING_SNIPPET = "tests/fixtures/snippets/fails.py"  # fails on its line 5 (failing_snippet.md includes it)
FIXTURES = ROOT / "tests/fixtures/harness"

# tests/fixtures/harness/<page>: what each small page shows (its line numbers are asserted below)
PAGES = {
    "missing_snippet.md": 'an include of a file that does not exist',
    "failing_snippet.md": "a snippet that raises: the error must point at the snippet's own file and line",
    "failing_inline.md": 'an inline block that raises on page line 5; the next block cannot run',
    "wrong_output.md": 'the output box (opened on page line 7) is not what the block prints',
    "right_output.md": "right output, and blocks share the page's namespace",
    "forbidden_options.md": 'notest, an unknown option and an include mixed with code are refused',
    "lost_fence.md": 'a fence indented under a plain paragraph is CommonMark "indented code": not run, so refused',
    "nested.md": 'fences in admonitions and content tabs are collected and run',
    "skips.md": 'declared skips',
    "seeded.md": 'unseeded randomness still prints the same every run (the harness seeds the page)',
    "type_error_once.md": 'a block that raises TypeError only on its first run: it must fail, and run once',
    "near_output.md": 'output boxes a reader would take for 输出 / Output, but written differently',
    "valid_fences.md": 'valid fences the renderer accepts: a title with a space, a new tab group (===!)',
    "warning_fails.md": 'a warning raised and not shown fails its block, naming the page line and the warning',
    "warning_shown.md": 'a warning the page shows (in the output box, or caught and printed) is no failure',
    "release.md": "the page's namespace and working directory are released after its last block",
    "hash_seed.md": 'plain pytest without PYTHONHASHSEED=0 still runs with it (the harness restarts)',
}


@dataclass
class Results:
    runs: list  # per run: {page file name: [(test name, outcome, message), ...]}
    stdout: str  # the first run's terminal output
    stderr: str
    seeded: list  # one line of random draws per run, from seeded.md
    pages: Path  # where the fixture pages and the files their blocks write are


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> Results:
    """Run all fixture pages twice with the real harness, in a subprocess."""
    pages = tmp_path_factory.mktemp("pages")
    for name in PAGES:
        shutil.copy(FIXTURES / name, pages / name)
    (pages / "pytest.ini").write_text("[pytest]\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONHASHSEED"}  # the harness must arrange it
    runs, stdout, stderr = [], [], []
    for attempt in (1, 2):
        report = pages / f"report{attempt}.xml"
        proc = subprocess.run(
            [sys.executable, "-m", "pytest", "-p", "tests.harness", "-p", "no:cacheprovider",
             "--markdown-docs", "--markdown-docs-syntax=superfences", "-rs", f"--junitxml={report}", str(pages)],
            cwd=pages, capture_output=True, text=True,
            env={**env, "PYTHONPATH": str(ROOT), "DLNOTES_NETWORK": "", "SEEDED_OUT": str(pages / "seeded.txt"),
                 "RUNS_OUT": str(pages / f"runs{attempt}.txt"), "RELEASE_OUT": str(pages / f"release{attempt}.txt")},
        )
        runs.append(parse(report))
        stdout.append(proc.stdout)
        stderr.append(proc.stderr)
    return Results(runs, stdout[0], stderr[0], (pages / "seeded.txt").read_text().splitlines(), pages)


def parse(report: Path):
    """{page file name: [(test name, outcome, message), ...]} from a JUnit report."""
    by_page = {}
    for case in ET.parse(report).iter("testcase"):
        outcome, message = "passed", ""
        for child in case:
            if child.tag in ("failure", "error", "skipped"):
                outcome = {"failure": "failed", "error": "error", "skipped": "skipped"}[child.tag]
                message = (child.get("message") or "") + "\n" + (child.text or "")
        by_page.setdefault(case.get("classname"), []).append((case.get("name"), outcome, message))
    return by_page


def outcomes(results, page, run=0):
    return results.runs[run][page]


def test_missing_snippet_fails_naming_page_and_line(results):
    (name, outcome, message), *_ = [r for r in outcomes(results, "missing_snippet.md") if "page-check" in r[0]]
    assert outcome == "failed"
    assert "missing_snippet.md:3: snippet not found: snippets/no/such_file.py" in message


def test_failing_snippet_points_at_the_snippets_line(results):
    [(name, outcome, message)] = [r for r in outcomes(results, "failing_snippet.md") if adapter.fence_line(r[0])]
    assert outcome == "failed"
    assert f"{ROOT / FAILING_SNIPPET}:5: the block at" in message
    assert "ZeroDivisionError" in message


def test_failing_inline_block_points_at_the_page_line_and_stops_the_page(results):
    blocks = [r for r in outcomes(results, "failing_inline.md") if adapter.fence_line(r[0])]
    assert [outcome for _, outcome, _ in blocks] == ["failed", "failed"]
    assert "failing_inline.md:5: the block at" in blocks[0][2]
    assert "ZeroDivisionError" in blocks[0][2]
    assert "an earlier block of this page failed" in blocks[1][2]


def test_wrong_output_fails_with_a_diff_naming_the_page_line(results):
    [(name, outcome, message)] = [r for r in outcomes(results, "wrong_output.md") if adapter.fence_line(r[0])]
    assert outcome == "failed"
    assert "wrong_output.md:7: the output shown on the page is not what the code prints" in message
    assert "-41" in message and "+42" in message


def test_right_output_passes_and_blocks_share_a_namespace(results):
    assert {outcome for _, outcome, _ in outcomes(results, "right_output.md")} == {"passed"}


def test_notest_and_unknown_options_fail_the_page(results):
    [(name, outcome, message)] = [r for r in outcomes(results, "forbidden_options.md") if "page-check" in r[0]]
    assert outcome == "failed"
    assert "forbidden_options.md:3: 'notest' is not allowed" in message
    assert "forbidden_options.md:7: unknown fence option 'retry:3'" in message
    assert "forbidden_options.md:11: a block is either inline code or exactly one line --8<--" in message


def test_a_fence_the_parser_would_lose_fails_the_page(results):
    [(name, outcome, message)] = [r for r in outcomes(results, "lost_fence.md") if "page-check" in r[0]]
    assert outcome == "failed"
    assert "lost_fence.md:5: this Python fence is not collected" in message


def test_fences_in_admonitions_and_tabs_run(results):
    blocks = [r for r in outcomes(results, "nested.md") if adapter.fence_line(r[0])]
    assert [outcome for _, outcome, _ in blocks] == ["passed", "passed", "failed"]
    assert "the tabbed block ran" in blocks[2][2]


def test_gpu_and_network_blocks_are_skipped_with_their_reason(results):
    import torch

    blocks = {name: (outcome, message) for name, outcome, message in outcomes(results, "skips.md") if adapter.fence_line(name)}
    gpu, network, after = (blocks[name] for name in sorted(blocks, key=adapter.fence_line))
    assert after[0] == "passed", after[1]
    if torch.cuda.is_available():
        assert gpu[0] == "passed"
    else:
        assert gpu[0] == "skipped" and "needs a CUDA GPU (fixture:gpu)" in gpu[1]
    assert network[0] == "skipped" and "needs the network (fixture:network)" in network[1]


def test_summary_counts_blocks_and_skip_reasons(results):
    stdout = results.stdout
    assert "code blocks of the pages" in stdout
    assert "skipped 1: needs the network (fixture:network); set DLNOTES_NETWORK=1 to run it" in stdout


def test_random_output_is_the_same_on_every_run(results):
    for run in (0, 1):
        assert [outcome for name, outcome, _ in outcomes(results, "seeded.md", run) if adapter.fence_line(name)] == ["passed"]
    first, second = results.seeded
    assert first == second
    assert len(set(first.split())) == 4  # random, NumPy, torch and TensorFlow each drew a number


def test_a_block_raising_type_error_fails_once_and_runs_once(results):
    blocks = [r for r in outcomes(results, "type_error_once.md") if adapter.fence_line(r[0])]
    assert [outcome for _, outcome, _ in blocks] == ["failed", "failed"]
    assert "type_error_once.md:10: the block at" in blocks[0][2]
    assert "TypeError: only the first run raises" in blocks[0][2]
    assert "an earlier block of this page failed" in blocks[1][2]
    assert (results.pages / "runs1.txt").read_text() == "ran\n"  # exactly once in the session


def test_near_miss_output_titles_fail_the_page(results):
    [(name, outcome, message)] = [r for r in outcomes(results, "near_output.md") if "page-check" in r[0]]
    assert outcome == "failed"
    for line, info in ((7, "text title='Output'"), (15, 'text title="output"'), (23, 'text title="输出："')):
        assert f"near_output.md:{line}: output fence written ```{info}; write exactly" in message


def test_fences_are_read_as_the_renderer_reads_them(results):
    check = [r for r in outcomes(results, "valid_fences.md") if "page-check" in r[0]]
    assert check[0][1] == "passed", check[0][2]
    blocks = [r for r in outcomes(results, "valid_fences.md") if adapter.fence_line(r[0])]
    assert [outcome for _, outcome, _ in blocks] == ["passed", "failed"]
    assert "the block in a ===! tab ran" in blocks[1][2]


def test_a_warning_fails_its_block_unless_the_page_shows_it(results):
    [(name, outcome, message)] = [r for r in outcomes(results, "warning_fails.md") if adapter.fence_line(r[0])]
    assert outcome == "failed"
    assert "warning_fails.md:3: the block raised 1 warning(s); page code must not warn" in message
    assert "warning_fails.md:6: DeprecationWarning: this API is going away" in message
    shown = [r for r in outcomes(results, "warning_shown.md") if adapter.fence_line(r[0])]
    assert [outcome for _, outcome, _ in shown] == ["passed", "passed"], shown


def test_a_page_is_released_after_its_last_block(results):
    workdir, released = (results.pages / "release1.txt").read_text().splitlines()
    assert released == "namespace released"
    assert workdir.startswith(tempfile.gettempdir()) and not Path(workdir).exists()


def test_plain_pytest_runs_with_a_fixed_hash_seed(results):
    assert {outcome for _, outcome, _ in outcomes(results, "hash_seed.md")} == {"passed"}
    assert "restarting with PYTHONHASHSEED=0" in results.stderr
