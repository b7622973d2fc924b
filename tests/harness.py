"""The test harness: every Python block of every page runs as a reader would run it.

pytest-markdown-docs collects the fences; this plugin (loaded by the root conftest.py)
decides how they are read and run:

* Fences inside `!!!`/`???` admonitions and `===` content tabs are collected too
  (plain CommonMark would see them as indented code and skip them silently).
* The blocks of one page share one namespace and run in page order, as if pasted one
  after another into a fresh Python. The page starts from fixed seeds (random, NumPy,
  torch, and TensorFlow when the page uses it), so two runs print the same.
* A block whose body is `--8<-- "snippets/…"` runs exactly what the built page shows:
  the include is expanded by pymdownx.snippets itself, with mkdocs.yml's settings. The
  snippet runs in a fresh namespace of its own (as `python snippets/….py` would run
  it), and its names then join the page's namespace. Errors point at the snippet's
  `file:line`; errors in inline blocks point at the page's `file:line`.
* A `text` fence titled 输出 / Output right after a block is what that block prints:
  stdout is captured and compared, and a mismatch fails with a diff naming the page line.
* Skips are declared, never silent: `{.python fixture:gpu}` runs only where CUDA is
  available, `{.python fixture:network}` only with DLNOTES_NETWORK=1. `notest`, unknown
  options and fences the parser would lose fail the page's `[page-check]` item.
"""

from __future__ import annotations

import contextlib
import difflib
import io
import os
import random
import re
import sys
import tempfile
import traceback
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pytest
import yaml
from markdown_it import MarkdownIt
from pytest_markdown_docs._runners import _Runner, register_runner
from pytest_markdown_docs.plugin import parse_superfences_block_info

ROOT = Path(__file__).resolve().parent.parent
SEED = 0
PYTHON_LANGS = {"python", "py", "python3"}
OUTPUT_TITLES = {"输出", "Output"}
SKIP_FIXTURES = {"gpu", "network"}  # the only reasons a block may be skipped
DATA_FIXTURES: set[str] = set()  # offline stand-ins for downloads; add with a fixture below
INCLUDE_RE = re.compile(r'^\s*-{1,}8<-{1,}\s+"(?P<spec>[^"]+)"\s*$')
TITLE_RE = re.compile(r'^title="(?P<title>[^"]*)"$')
ALLOWED_ATTR_RE = re.compile(r"^(title|hl_lines|linenums)=")
# anything that looks like the opening of a Python fence, indented or not
FENCE_OPENER_RE = re.compile(r"^\s*(`{3,}|~{3,})\s*\{?\s*\.?(python3?|py)\b")
CONTAINER_RE = re.compile(r"^(!!!|\?\?\?\+?|===\+?)[ \t]+\S")


# --------------------------------------------------------------------------- parsing


def _container_rule(state, start_line, end_line, silent):
    """`!!! note`, `??? tip`, `=== "Tab"`: the indented lines below are Markdown again."""
    if state.sCount[start_line] - state.blkIndent >= 4:
        return False
    pos = state.bMarks[start_line] + state.tShift[start_line]
    line_text = state.src[pos : state.eMarks[start_line]]
    if not CONTAINER_RE.match(line_text):
        return False
    if silent:
        return True
    indent = state.sCount[start_line] + 4
    last = start_line
    next_line = start_line + 1
    while next_line < end_line:
        if not state.isEmpty(next_line):
            if state.sCount[next_line] < indent:
                break
            last = next_line
        next_line += 1
    token = state.push("container_open", "div", 1)
    token.info = line_text
    token.map = [start_line, last + 1]
    old = (state.blkIndent, state.lineMax, state.parentType)
    state.blkIndent, state.lineMax, state.parentType = indent, last + 1, "container"
    state.md.block.tokenize(state, start_line + 1, last + 1)
    state.blkIndent, state.lineMax, state.parentType = old
    state.push("container_close", "div", -1)
    state.line = last + 1
    return True


def markdown_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark")
    md.block.ruler.before(
        "fence", "container", _container_rule, {"alt": ["paragraph", "reference", "blockquote", "list"]}
    )
    return md


@pytest.hookimpl(tryfirst=True)
def pytest_markdown_docs_markdown_it():
    return markdown_parser()


@dataclass
class Fence:
    line: int  # 1-based line of the opening ``` (what pytest-markdown-docs reports)
    lang: str
    options: list[str]
    body: str
    body_line: int  # 1-based line of the first line of the body

    @property
    def title(self) -> str | None:
        for opt in self.options:
            m = TITLE_RE.match(opt)
            if m:
                return m.group("title")
        return None

    @property
    def is_python(self) -> bool:
        return self.lang in PYTHON_LANGS

    @property
    def is_output(self) -> bool:
        return self.lang == "text" and self.title in OUTPUT_TITLES

    @property
    def include(self) -> str | None:
        """The snippet spec of a block that is exactly one `--8<-- "…"` line, else None."""
        m = INCLUDE_RE.match(self.body.strip()) if len(self.body.strip().splitlines()) == 1 else None
        return m.group("spec") if m else None


def parse_fences(text: str) -> list[Fence]:
    fences = []
    for token in markdown_parser().parse(text):
        if token.type == "fence" and token.map:
            info = parse_superfences_block_info(token.info)
            lang = info[0] if info else ""
            fences.append(Fence(token.map[0] + 1, lang, info[1:], token.content, token.map[0] + 2))
    return fences


def fence_problems(path: Path, text: str) -> list[str]:
    """What is wrong with a page's fences, each as `path:line: message`."""
    problems = []
    fences = parse_fences(text)
    seen = {f.line for f in fences}
    for number, line in enumerate(text.splitlines(), 1):
        if FENCE_OPENER_RE.match(line) and number not in seen and not _inside_fence(fences, number):
            problems.append(f"{path}:{number}: this Python fence is not collected (check its indentation)")
    previous = None
    for fence in fences:
        where = f"{path}:{fence.line}"
        if fence.is_python:
            for opt in fence.options:
                if opt == "notest":
                    problems.append(f"{where}: 'notest' is not allowed; only fixture:gpu / fixture:network may skip")
                elif opt.startswith("fixture:"):
                    name = opt.removeprefix("fixture:")
                    if name not in SKIP_FIXTURES | DATA_FIXTURES:
                        problems.append(f"{where}: unknown fixture '{name}' (known: {sorted(SKIP_FIXTURES | DATA_FIXTURES)})")
                elif not ALLOWED_ATTR_RE.match(opt):
                    problems.append(f"{where}: unknown fence option '{opt}'")
            if fence.include is not None:
                if not (ROOT / fence.include.split(":")[0]).is_file():
                    problems.append(f"{where}: snippet not found: {fence.include}")
            elif "8<" in fence.body:
                problems.append(f'{where}: a block is either inline code or exactly one line --8<-- "snippets/…"')
        if fence.is_output and not (previous is not None and previous.is_python):
            problems.append(f"{where}: an output fence must directly follow the Python block that prints it")
        previous = fence
    return problems


def _inside_fence(fences: list[Fence], number: int) -> bool:
    return any(f.body_line <= number < f.body_line + f.body.count("\n") for f in fences)


# --------------------------------------------------------------------------- snippets


class _TagIgnoringLoader(yaml.SafeLoader):
    pass


_TagIgnoringLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def mkdocs_config() -> dict:
    """mkdocs.yml as plain data (`!!python/…` tags become None)."""
    return yaml.load((ROOT / "mkdocs.yml").read_text("utf8"), Loader=_TagIgnoringLoader)


@lru_cache(maxsize=None)
def snippet_preprocessor():
    """pymdownx.snippets' own preprocessor, configured exactly as mkdocs.yml configures it."""
    import markdown

    options = {}
    for ext in mkdocs_config()["markdown_extensions"]:
        if isinstance(ext, dict) and "pymdownx.snippets" in ext:
            options = dict(ext["pymdownx.snippets"] or {})
    options["base_path"] = [str(ROOT / p) for p in options.get("base_path", ["."])]
    md = markdown.Markdown(extensions=["pymdownx.snippets"], extension_configs={"pymdownx.snippets": options})
    return md.preprocessors["snippet"]


@dataclass
class Source:
    """Code to run, with the file and first line its tracebacks should name."""

    code: str
    filename: str
    first_line: int
    standalone: bool  # a snippet: runs in a fresh namespace first


def expand_include(spec: str) -> Source:
    path = ROOT / spec.split(":")[0]
    lines = snippet_preprocessor().run([f'--8<-- "{spec}"'])
    while lines and not lines[-1].strip():  # pymdownx.snippets adds a blank line after an include
        lines.pop()
    file_lines = path.read_text("utf8").splitlines()
    for start in range(len(file_lines) - len(lines) + 1):
        if file_lines[start : start + len(lines)] == lines:
            return Source("\n".join(lines) + "\n", str(path), start + 1, standalone=True)
    raise AssertionError(f"{spec}: expanded include does not match the file's lines")


# --------------------------------------------------------------------------- running pages


class BlockFailed(Exception):
    pass


class OutputMismatch(AssertionError):
    pass


def needs_skip_fixture(block: Fence) -> bool:
    return any(opt.removeprefix("fixture:") in SKIP_FIXTURES for opt in block.options)


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
    workdir: str = ""

    @classmethod
    def load(cls, path: Path) -> "Page":
        text = path.read_text("utf8")
        return cls(path, parse_fences(text))

    @property
    def blocks(self) -> list[Fence]:
        return [f for f in self.fences if f.is_python]

    def expected_output(self, block: Fence) -> Fence | None:
        i = self.fences.index(block)
        nxt = self.fences[i + 1] if i + 1 < len(self.fences) else None
        return nxt if nxt is not None and nxt.is_output else None

    def source(self, block: Fence) -> Source:
        if block.include is not None:
            return expand_include(block.include)
        return Source(block.body, str(self.path), block.body_line, standalone=False)

    def run(self, line: int, fixtures: dict) -> None:
        """Run the block whose fence opens at `line`, first running any earlier block not yet run."""
        if not self.done:
            uses_tf = any("tensorflow" in self.source(b).code for b in self.blocks)
            seed_everything(uses_tf)
            self.workdir = tempfile.mkdtemp(prefix="page-")
        for block in self.blocks:
            if block.line == line:
                break
            if needs_skip_fixture(block):
                continue  # runs only as its own test, where its fixture decides; defines nothing later blocks need
            if block.line not in self.done:
                self._run(block, {})
            if self.done[block.line] is not None:
                raise BlockFailed(
                    f"{self.path}:{block.line}: an earlier block of this page failed, so this one cannot run"
                )
        else:
            raise KeyError(f"{self.path}: no Python block at line {line}")
        self._run(block, fixtures)
        if self.done[line] is not None:
            raise self.done[line]

    def _run(self, block: Fence, fixtures: dict) -> None:
        self.done[block.line] = None
        try:
            self._execute(block, fixtures)
        except BaseException as error:  # noqa: BLE001 - recorded, re-raised by run()
            self.done[block.line] = error

    def _execute(self, block: Fence, fixtures: dict) -> None:
        src = self.source(block)
        code = compile("\n" * (src.first_line - 1) + src.code, src.filename, "exec", dont_inherit=True)
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.chdir(self.workdir):
            if src.standalone:
                fresh = {"__name__": "__main__", "__file__": src.filename, **fixtures}
                exec(code, fresh)
                self.namespace.update({k: v for k, v in fresh.items() if not k.startswith("__")})
            else:
                self.namespace.update(fixtures)
                exec(code, self.namespace)
        _close_figures()
        expected = self.expected_output(block)
        if expected is not None:
            compare_output(self.path, expected, out.getvalue())


def _close_figures() -> None:
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")


def _normalise(text: str) -> list[str]:
    return [line.rstrip() for line in text.rstrip().splitlines()]


def compare_output(path: Path, expected: Fence, actual: str) -> None:
    want, got = _normalise(expected.body), _normalise(actual)
    if want != got:
        diff = "\n".join(
            difflib.unified_diff(want, got, f"shown on the page ({path}:{expected.line})", "printed by the code", lineterm="")
        )
        raise OutputMismatch(f"{path}:{expected.line}: the output shown on the page is not what the code prints\n{diff}")


_pages: dict[Path, Page] = {}


def page_for(path) -> Page:
    path = Path(path)
    if path not in _pages:
        _pages[path] = Page.load(path)
    return _pages[path]


@register_runner(default=True)
class PageRunner(_Runner):
    """pytest-markdown-docs' default runner, replaced: see the module docstring."""

    def runtest(self, test, args, **kwargs):
        fixtures = {k: v for k, v in args.items() if k in test.fixture_names}
        page_for(test.source_path).run(test.start_line, fixtures)

    def repr_failure(self, test, excinfo, style=None):
        error = excinfo.value
        if isinstance(error, (OutputMismatch, BlockFailed)):
            return str(error)
        page = page_for(test.source_path)
        harness = str(Path(__file__).resolve())
        frames = [
            f"  {f.filename}:{f.lineno}: {(f.line or '').strip()}"
            for f in traceback.extract_tb(excinfo.tb)
            if f.filename == str(page.path)
            or f.filename.startswith(str(ROOT)) and f.filename != harness and "site-packages" not in f.filename
        ]
        where = frames[-1].split(": ")[0].strip() if frames else f"{page.path}:{test.start_line}"
        return (
            f"{where}: the block at {page.path}:{test.start_line} failed\n"
            + "\n".join(frames)
            + f"\n{excinfo.exconly()}"
        )


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
    if file_path.suffix == ".md" and parent.config.option.markdowndocs:
        return PageFile.from_parent(parent, path=file_path)
    return None


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


# --------------------------------------------------------------------------- summary


def pytest_addoption(parser):
    parser.addoption("--slowest-blocks", type=int, default=0, metavar="N", help="list the N slowest page blocks")


def pytest_configure(config):
    import matplotlib

    matplotlib.use("Agg")


def pytest_terminal_summary(terminalreporter):
    blocks = {"passed": 0, "failed": 0, "skipped": 0}
    reasons: dict[str, int] = {}
    for outcome in blocks:
        for report in terminalreporter.stats.get(outcome, []):
            if "CodeFence#" not in report.nodeid or report.when not in ("call", "setup"):
                continue
            if outcome == "skipped":
                reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
                reasons[reason.removeprefix("Skipped: ")] = reasons.get(reason.removeprefix("Skipped: "), 0) + 1
            elif report.when != "call":
                continue
            blocks[outcome] += 1
    if sum(blocks.values()):
        terminalreporter.write_sep("-", "code blocks of the pages")
        terminalreporter.write_line(
            f"{blocks['passed']} ran and passed, {blocks['failed']} failed, {blocks['skipped']} skipped"
        )
        for reason, count in sorted(reasons.items()):
            terminalreporter.write_line(f"  skipped {count}: {reason}")
    slowest = terminalreporter.config.getoption("slowest_blocks")
    if slowest:
        calls = [r for r in terminalreporter.stats.get("passed", []) if "CodeFence#" in r.nodeid and r.when == "call"]
        terminalreporter.write_sep("-", f"slowest {slowest} blocks")
        for report in sorted(calls, key=lambda r: -r.duration)[:slowest]:
            terminalreporter.write_line(f"{report.duration:6.2f}s  {report.nodeid}")
