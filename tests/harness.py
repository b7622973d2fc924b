"""The test harness: every Python block of every page runs as a reader would run it.

pytest-markdown-docs collects the fences (through tests/markdown_docs_adapter.py, the one
place that knows its internals); what a page is comes from dlnotes/pagemodel.py; this
plugin (loaded by the root conftest.py) decides how blocks run:

* The blocks of one page share one namespace and run in page order, as if pasted one
  after another into a fresh Python, each exactly once. The page starts from fixed seeds
  (random, NumPy, torch, and TensorFlow when the page uses it), so two runs print the same.
  After its last block the page's namespace and working directory are released.
* A block whose body is `--8<-- "snippets/…"` runs exactly what the built page shows: the
  include is expanded by pymdownx.snippets itself. The snippet runs in a fresh namespace
  (as `python snippets/….py` would), and its names then join the page's namespace. Errors
  point at the snippet's `file:line`; errors in inline blocks at the page's `file:line`.
* A `text` fence titled 输出 / Output right after a block is what that block prints: stdout
  is captured and compared; a mismatch fails with a diff naming the page line. With
  `--accept` the output boxes of the page and its twin are rewritten instead (nothing else).
* A warning raised while a block runs fails the block, unless the block's output box shows
  the warning's message (the page shows it on purpose).
* Skips are declared, never silent: `{.python fixture:gpu}` runs only where CUDA is
  available, `{.python fixture:network}` only with DLNOTES_NETWORK=1. `notest`, unknown
  options, near-miss output titles and fences the parser would lose fail `[page-check]`.
  Such blocks carry the marker of their fixture, so `pytest -m gpu` / `-m network` selects
  them (with the earlier blocks of their pages, which run first as always). With
  DLNOTES_DATASETS=DIR, a page's working directory links `./datasets` to DIR, so data a block
  downloads there survives the run (CI caches it).
* What a block printed is attached to its test report as the user property `printed`
  (`--junitxml` keeps it), so a run on a GPU can publish what its blocks printed.
"""

from __future__ import annotations

import contextlib
import difflib
import io
import os
import random
import shutil
import sys
import tempfile
import traceback
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests import markdown_docs_adapter as adapter
from dlnotes.figures import draw_open_figures
from dlnotes.pagemodel import SKIP_FIXTURES, Fence, block_source, fence_problems, parse_fences
from dlnotes.site import ROOT, twin_of

SEED = 0
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")  # keep TensorFlow's C++ info lines out of the logs
# One compute thread per process (set before torch is imported): printed values cannot then
# depend on how many cores a machine has, and two test workers on two cores do not fight over
# them (with 2 threads each, small ops under load ran ~10x slower: softmax page 50 s -> 7 s).
os.environ.setdefault("OMP_NUM_THREADS", "1")

# Warnings that third-party code raises inside itself, not caused by page code. Each is
# filtered narrowly (category + message + module) and says why; all others fail the block.
IGNORED_THIRD_PARTY_WARNINGS: list[tuple[type[Warning], str, str]] = [
    # Keras 3.x turns a TF tensor into NumPy with np.array(x); NumPy 2 then warns that TF's
    # __array__ takes no `copy` keyword. Raised inside Keras (for instance while it formats the
    # error of a shape-mismatched `Variable.assign`), hidden from readers by Python's default
    # filters, and nothing page code can change.
    (DeprecationWarning, r"__array__ implementation doesn't accept a copy keyword", r"keras\.src\.backend\.tensorflow\.core"),
]


# --------------------------------------------------------------------------- running pages


class BlockFailed(Exception):
    """An earlier block of the page failed, so this one cannot run."""


class OutputMismatch(AssertionError):
    pass


class BlockWarned(Exception):
    pass


RAN_TO_THE_END = (OutputMismatch, BlockWarned)  # failed, but the code ran: later blocks can still run


def seed_everything(uses_tensorflow: bool) -> None:
    random.seed(SEED)
    with contextlib.suppress(ImportError):
        import numpy as np

        np.random.seed(SEED)
    with contextlib.suppress(ImportError):
        import torch

        torch.manual_seed(SEED)
    if uses_tensorflow:
        import tensorflow as tf

        tf.random.set_seed(SEED)


@dataclass
class Page:
    path: Path
    fences: list[Fence]
    namespace: dict = field(default_factory=lambda: {"__name__": "__main__"})
    done: dict = field(default_factory=dict)  # fence line -> None (ok) or the error
    printed: dict = field(default_factory=dict)  # fence line -> what the block printed
    workdir: str = ""

    @classmethod
    def load(cls, path: Path) -> "Page":
        return cls(path, parse_fences(path.read_text("utf8")))

    @property
    def blocks(self) -> list[Fence]:
        return [f for f in self.fences if f.is_python]

    def expected_output(self, block: Fence) -> Fence | None:
        i = self.fences.index(block)
        nxt = self.fences[i + 1] if i + 1 < len(self.fences) else None
        return nxt if nxt is not None and nxt.is_output else None

    def run(self, line: int, fixtures: dict) -> None:
        """Run the block at `line` once, first running any earlier block not yet run; re-raise its error."""
        if not self.workdir:
            uses_tf = any("tensorflow" in block_source(self.path, b).code for b in self.blocks)
            seed_everything(uses_tf)
            self.workdir = tempfile.mkdtemp(prefix="page-")
            if os.environ.get("DLNOTES_DATASETS"):  # downloads to ./datasets outlive the run (CI caches them)
                datasets = Path(os.environ["DLNOTES_DATASETS"]).resolve()
                datasets.mkdir(parents=True, exist_ok=True)
                os.symlink(datasets, Path(self.workdir) / "datasets", target_is_directory=True)
        for block in self.blocks:
            if block.line == line:
                break
            if block.needs_skip_fixture:
                continue  # runs only as its own test, where its fixture decides; defines nothing later blocks need
            if block.line not in self.done:
                self._run(block, {})
            if self.done[block.line] is not None and not isinstance(self.done[block.line], RAN_TO_THE_END):
                raise BlockFailed(
                    f"{self.path}:{block.line}: an earlier block of this page failed, so this one cannot run"
                )
        else:
            raise KeyError(f"{self.path}: no Python block at line {line}")
        if line not in self.done:  # never twice: a second call reports the first run's result
            self._run(block, fixtures)
        if self.done[line] is not None:
            raise self.done[line]

    def release(self) -> None:
        self.namespace.clear()
        if self.workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def _run(self, block: Fence, fixtures: dict) -> None:
        self.done[block.line] = None
        try:
            self._execute(block, fixtures)
        except BaseException as error:  # noqa: BLE001 - recorded, re-raised by run()
            self.done[block.line] = error

    def _execute(self, block: Fence, fixtures: dict) -> None:
        src = block_source(self.path, block)
        code = compile("\n" * (src.first_line - 1) + src.code, src.filename, "exec", dont_inherit=True)
        out = io.StringIO()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            for category, message, module in IGNORED_THIRD_PARTY_WARNINGS:
                warnings.filterwarnings("ignore", message, category, module)
            try:
                with contextlib.redirect_stdout(out), contextlib.chdir(self.workdir):
                    if src.standalone:
                        fresh = {"__name__": "__main__", "__file__": src.filename, **fixtures}
                        exec(code, fresh)
                        self.namespace.update({k: v for k, v in fresh.items() if not k.startswith("__")})
                    else:
                        self.namespace.update(fixtures)
                        exec(code, self.namespace)
            finally:
                self.printed[block.line] = out.getvalue()
            draw_open_figures()  # still catching: matplotlib reports a missing glyph only when it draws
        _close_figures()
        expected = self.expected_output(block)
        check_warnings(self.path, block, caught, expected)
        if expected is not None:
            compare_output(self.path, expected, out.getvalue())


def _close_figures() -> None:
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")


def check_warnings(path: Path, block: Fence, caught: list, expected: Fence | None) -> None:
    shown = expected.body if expected is not None else ""
    unexpected = [w for w in caught if str(w.message).strip().splitlines()[0] not in shown]
    if unexpected:
        lines = "\n".join(
            f"  {w.filename}:{w.lineno}: {w.category.__name__}: {str(w.message).strip()}" for w in unexpected
        )
        raise BlockWarned(
            f"{path}:{block.line}: the block raised {len(unexpected)} warning(s); page code must not warn "
            f"(a page that shows a warning on purpose prints its message in the block's output box)\n{lines}"
        )


def _normalise(text: str) -> list[str]:
    return [line.rstrip() for line in text.rstrip().splitlines()]


_accepted: dict[Path, dict[int, list[str]]] = {}  # --accept: page -> {output fence line: new lines}
_accept_mode = False


def compare_output(path: Path, expected: Fence, actual: str) -> None:
    want, got = _normalise(expected.body), _normalise(actual)
    if want == got:
        return
    if _accept_mode:
        _accepted.setdefault(path, {})[expected.line] = got
        return
    diff = "\n".join(
        difflib.unified_diff(want, got, f"shown on the page ({path}:{expected.line})", "printed by the code", lineterm="")
    )
    raise OutputMismatch(f"{path}:{expected.line}: the output shown on the page is not what the code prints\n{diff}")


def rewrite_outputs(path: Path, new: dict[int, list[str]], twin_too: bool) -> list[Path]:
    """Replace the bodies of the output fences at the given lines (and the twin's matching ones)."""
    fences = parse_fences(path.read_text("utf8"))
    by_index = {i: new[f.line] for i, f in enumerate(fences) if f.line in new}
    changed = [path] if _replace_bodies(path, fences, by_index) else []
    twin = twin_of(path)
    if twin_too and twin.is_file():
        twin_fences = parse_fences(twin.read_text("utf8"))
        ok = {
            i: lines for i, lines in by_index.items()
            if i < len(twin_fences) and twin_fences[i].is_output and twin_fences[i].body == fences[i].body
        }
        if _replace_bodies(twin, twin_fences, ok):
            changed.append(twin)
    return changed


def _replace_bodies(path: Path, fences: list[Fence], by_index: dict[int, list[str]]) -> bool:
    lines = path.read_text("utf8").splitlines(keepends=True)
    for i in sorted(by_index, reverse=True):  # bottom up: earlier line numbers stay valid
        fence = fences[i]
        opener = lines[fence.line - 1]
        indent = opener[: len(opener) - len(opener.lstrip())]
        start, count = fence.body_line - 1, fence.body.count("\n")
        lines[start : start + count] = [f"{indent}{text}\n" if text else "\n" for text in by_index[i]]
    text = "".join(lines)
    if text == path.read_text("utf8"):
        return False
    path.write_text(text, "utf8")
    return True


_pages: dict[Path, Page] = {}


def page_for(path: Path) -> Page:
    if path not in _pages:
        _pages[path] = Page.load(path)
    return _pages[path]


def run_block(path: Path, line: int, fixtures: dict) -> None:
    page_for(path).run(line, fixtures)


def describe_failure(path: Path, line: int, excinfo) -> str:
    error = excinfo.value
    if isinstance(error, adapter.BlockError):
        error = error.error
    if isinstance(error, (OutputMismatch, BlockFailed, BlockWarned)):
        return str(error)
    harness = str(Path(__file__).resolve())
    frames = [
        f"  {f.filename}:{f.lineno}: {(f.line or '').strip()}"
        for f in traceback.extract_tb(error.__traceback__)
        if f.filename == str(path)
        or f.filename.startswith(str(ROOT)) and f.filename != harness and "site-packages" not in f.filename
    ]
    where = frames[-1].split(": ")[0].strip() if frames else f"{path}:{line}"
    exconly = "".join(traceback.format_exception_only(type(error), error)).strip()
    return f"{where}: the block at {path}:{line} failed\n" + "\n".join(frames) + f"\n{exconly}"


adapter.install_runner(run_block, describe_failure)
pytest_markdown_docs_markdown_it = adapter.parser_hook


# --------------------------------------------------------------------------- page checks


class PageCheck(pytest.Item):
    def runtest(self):
        problems = fence_problems(self.path, self.path.read_text("utf8"))
        if problems:
            raise PageProblems("\n".join(problems))

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, PageProblems):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, 0, "[page-check]"


class PageProblems(Exception):
    pass


class PageFile(pytest.File):
    def collect(self):
        yield PageCheck.from_parent(self, name="[page-check]")


def pytest_collect_file(file_path, parent):
    if file_path.suffix == ".md" and adapter.collects_pages(parent.config):
        return PageFile.from_parent(parent, path=file_path)
    return None


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(items):
    """Mark exercise solutions (the summary counts them), and group items for pytest-xdist.

    With `--dist loadgroup` a group runs in one worker: a page's blocks share a namespace,
    a test module shares its module fixtures, and every test of the built site shares one build.
    """
    for item in items:
        if adapter.is_fence_item(item):
            path, line = adapter.fence_location(item)
            if any(f.line == line and f.is_solution for f in page_for(path).fences):
                item.add_marker("solution")
            for fixture in SKIP_FIXTURES:  # `pytest -m gpu` / `-m network` selects these blocks
                if any(f.line == line and fixture in f.fixtures for f in page_for(path).fences):
                    item.add_marker(fixture)
        if item.get_closest_marker("xdist_group") is None:  # a test may name its own group
            item.add_marker(pytest.mark.xdist_group(str(item.path)))


@pytest.hookimpl(trylast=True, specname="pytest_collection_modifyitems")  # after pytest-xdist's
def pytest_keep_xdist_groups(items):  # a second hook of the same name: pytest wants the prefix
    """In a pytest-xdist worker, make each item's node id carry its group, as `--dist loadgroup` means it to.

    pytest-xdist 3.8 tells the scheduler an item's group by appending "@<group>" to `item._nodeid`; pytest 9.2
    reads node ids from a structured id instead, so the suffix was lost and every test was dealt out alone
    (pytest-dev/pytest-xdist#1386): a page's blocks ran in two workers, the second running the earlier blocks
    again, and a module's fixtures were made in each worker. tests/test_sharding.py checks that groups hold."""
    from _pytest.nodeid import coerce_node_id

    for item in items:
        suffixed = getattr(item, "_nodeid", None)
        if suffixed and suffixed != item.nodeid and hasattr(item, "_id"):
            item._id = coerce_node_id(suffixed)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """Attach what a block printed to its report (user property `printed`), also when it failed."""
    try:
        return (yield)
    finally:
        if adapter.is_fence_item(item):
            path, line = adapter.fence_location(item)
            page = _pages.get(path)
            if page is not None and line in page.printed:
                item.user_properties.append(("printed", page.printed[line]))


def pytest_runtest_teardown(item, nextitem):
    """Release a page's namespace and working directory after its last block."""
    if not adapter.is_fence_item(item):
        return
    path, _ = adapter.fence_location(item)
    if nextitem is None or not adapter.is_fence_item(nextitem) or adapter.fence_location(nextitem)[0] != path:
        page = _pages.pop(path, None)
        if page is not None:
            page.release()


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
def gpu():
    """A block marked {.python fixture:gpu} runs only where CUDA is available."""
    import torch

    if not torch.cuda.is_available():
        pytest.skip("needs a CUDA GPU (fixture:gpu)")
    return torch.device("cuda")


@pytest.fixture
def network():
    """A block marked {.python fixture:network} runs only when DLNOTES_NETWORK=1 is set."""
    if os.environ.get("DLNOTES_NETWORK") != "1":
        pytest.skip("needs the network (fixture:network); set DLNOTES_NETWORK=1 to run it")


# --------------------------------------------------------------------------- options, summary


def pytest_xdist_auto_num_workers(config):
    """`-n auto` (pytest.ini): one worker per core the process may use, and at most one per 2 GiB of memory
    (a worker holds torch and TensorFlow). Printed values do not depend on it: each worker computes on one
    thread (OMP_NUM_THREADS=1 above), and a page runs in one worker."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return cores
    return max(1, min(cores, memory // 2**31))


def pytest_addoption(parser):
    parser.addoption("--slowest-blocks", type=int, default=0, metavar="N", help="list the N slowest page blocks")
    parser.addoption(
        "--accept", action="store_true", default=False,
        help="rewrite the output boxes of the pages run (and their twins) with what the code prints now",
    )


def pytest_configure(config):
    global _accept_mode
    if os.environ.get("PYTHONHASHSEED") != "0":
        restart_with_fixed_hash_seed(config)
    import matplotlib

    matplotlib.use("Agg")
    config.addinivalue_line("markers", "solution: a block in an exercise's collapsed answer")
    config.addinivalue_line("markers", "gpu: a block marked {.python fixture:gpu} (runs only where CUDA is available)")
    config.addinivalue_line("markers", "network: a block marked {.python fixture:network} (runs only with DLNOTES_NETWORK=1)")
    config.addinivalue_line("markers", "xdist_group(name): run in one pytest-xdist worker (also without xdist)")
    _accept_mode = config.getoption("accept")
    if _accept_mode and (config.getoption("numprocesses", None) or 0) > 0:
        raise pytest.UsageError("--accept rewrites page files: run it in one process (-n 0), as `nox -s accept` does")


def restart_with_fixed_hash_seed(config):
    """Plain `pytest` gets what `nox -s tests` sets: printed set and dict orders depend on
    hash randomisation, which can only be fixed before Python starts, so start again."""
    os.environ["PYTHONHASHSEED"] = "0"
    config.pluginmanager.getplugin("capturemanager").stop_global_capturing()  # give fds 1 and 2 back
    print("tests/harness.py: restarting with PYTHONHASHSEED=0 (printed outputs depend on it)", file=sys.stderr, flush=True)
    os.execv(sys.executable, [sys.executable, *sys.orig_argv[1:]])


def pytest_sessionfinish(session):
    if not _accept_mode:
        return
    changed = []
    for path, new in sorted(_accepted.items()):
        changed += rewrite_outputs(path, new, twin_too=twin_of(path) not in _accepted)
    _accepted.clear()
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_sep("-", "accept")
        reporter.write_line(f"rewrote output boxes in {len(changed)} file(s)")
        for path in changed:
            reporter.write_line(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def pytest_terminal_summary(terminalreporter):
    blocks = {"passed": 0, "failed": 0, "skipped": 0}
    solutions = {"passed": 0, "failed": 0, "skipped": 0}
    reasons: dict[str, int] = {}
    for outcome in blocks:
        for report in terminalreporter.stats.get(outcome, []):
            if not adapter.is_fence_report(report) or report.when not in ("call", "setup"):
                continue
            if outcome == "skipped":
                reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
                reason = reason.removeprefix("Skipped: ")
                reasons[reason] = reasons.get(reason, 0) + 1
            elif report.when != "call":
                continue
            blocks[outcome] += 1
            solutions[outcome] += "solution" in report.keywords
    if sum(blocks.values()):
        terminalreporter.write_sep("-", "code blocks of the pages")
        terminalreporter.write_line(
            f"{blocks['passed']} ran and passed, {blocks['failed']} failed, {blocks['skipped']} skipped"
        )
        terminalreporter.write_line(
            f"  of these, exercise solutions: {solutions['passed']} passed, {solutions['failed']} failed, "
            f"{solutions['skipped']} skipped"
        )
        for reason, count in sorted(reasons.items()):
            terminalreporter.write_line(f"  skipped {count}: {reason}")
    slowest = terminalreporter.config.getoption("slowest_blocks")
    if slowest:
        calls = [r for r in terminalreporter.stats.get("passed", []) if adapter.is_fence_report(r) and r.when == "call"]
        terminalreporter.write_sep("-", f"slowest {slowest} blocks")
        for report in sorted(calls, key=lambda r: -r.duration)[:slowest]:
            terminalreporter.write_line(f"{report.duration:6.2f}s  {report.nodeid}")
