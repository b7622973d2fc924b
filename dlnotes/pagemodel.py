"""The page model: what a page's fences are, read the way the site renders them.

Pure: importing this module changes nothing (no runner is registered, nothing runs).
The test harness (tests/harness.py), the build checks, the parity test and the notebook
export (dlnotes/notebook_export.py, used by the build) all read pages through here, so they
agree on what a page is.

* Fences inside `!!!`/`???` admonitions and `===`/`===!`/`===+` content tabs are found
  (plain CommonMark would see them as indented code).
* A fence's info string is parsed with pymdownx.superfences' own expressions (and
  attr_list's for `{.python …}`), so `title="my file.py"` is one option, as on the site.
* `--8<--` includes are expanded by pymdownx.snippets itself, configured from mkdocs.yml.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from markdown.extensions.attr_list import get_attrs
from markdown_it import MarkdownIt
from pymdownx.superfences import RE_NESTED_FENCE_START, RE_OPTIONS

from dlnotes.site import ROOT, mkdocs_config

PYTHON_LANGS = {"python", "py", "python3"}
OUTPUT_TITLES = {"输出", "Output"}  # exactly these, on a `text` fence
_EXACT_OUTPUT_INFOS = {f'text title="{t}"' for t in OUTPUT_TITLES}  # an output fence is written exactly so
SKIP_FIXTURES = {"gpu", "network"}  # the only reasons a block may be skipped
DATA_FIXTURES: set[str] = set()  # offline stand-ins for downloads (none yet)
ALLOWED_OPTIONS = {"title", "hl_lines", "linenums"}  # superfences options a Python block may carry
INCLUDE_RE = re.compile(r'^\s*-{1,}8<-{1,}\s+"(?P<spec>[^"]+)"\s*$')
# anything that looks like the opening of a Python fence, indented or not
FENCE_OPENER_RE = re.compile(r"^\s*(`{3,}|~{3,})\s*\{?\s*\.?(python3?|py)\b")
# admonitions (!!! / ???, ???+ open) and content tabs (===, ===! new group, ===+ selected)
CONTAINER_RE = re.compile(r"^(!!!\+?|\?\?\?\+?|===[!+]{0,2})[ \t]+\S")
# a code annotation's marker at the end of a line: `loss.backward()  # (1)!` (Material shows a button there,
# its text is the numbered list under the block; the page's notebook shows it as a comment, `# (1)`)
ANNOTATION_RE = re.compile(r"[ \t]*# \(\d+\)!$", re.M)
SOLUTION_RE = re.compile(r"^\?\?\?\+?[ \t]+\w+.*(答案|Answer|Solution)")


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


def parse_info(info: str) -> tuple[str, list[tuple[str, str | None]]]:
    """(language, [(option, value or None), ...]) of a fence's info string, as superfences reads it."""
    m = RE_NESTED_FENCE_START.match("```" + info.strip())
    if m is None:
        return "", [(word, None) for word in info.split()]
    if m.group("attrs") is not None:
        lang, options = "", []
        for key, value in get_attrs(m.group("attrs")):
            if key == "." and not lang:
                lang = value
            else:
                options.append((key, value))
        return m.group("lang") or lang, options
    if m.group("options"):
        return m.group("lang") or "", [(o.group("key"), o.group("value")) for o in RE_OPTIONS.finditer(m.group("options"))]
    return m.group("lang") or "", [(word, None) for word in (m.group("unrecognized") or "").split()]


@dataclass(frozen=True)
class Fence:
    line: int  # 1-based line of the opening ``` (what pytest-markdown-docs reports)
    info: str  # the raw info string after the backticks
    lang: str
    options: list[tuple[str, str | None]]
    body: str
    body_line: int  # 1-based line of the first line of the body
    containers: tuple[str, ...] = field(default=())  # the `!!!`/`???`/`===` lines it sits in, outermost first

    @property
    def title(self) -> str | None:
        return next((value for key, value in self.options if key == "title"), None)

    @property
    def fixtures(self) -> list[str]:
        return [key.removeprefix("fixture:") for key, _ in self.options if key.startswith("fixture:")]

    @property
    def is_python(self) -> bool:
        return self.lang in PYTHON_LANGS

    @property
    def is_output(self) -> bool:
        return self.lang == "text" and self.title in OUTPUT_TITLES

    @property
    def is_solution(self) -> bool:
        """A block in an exercise's collapsed answer (`??? success "答案"` / `"Answer"`)."""
        return any(SOLUTION_RE.match(c) for c in self.containers)

    @property
    def needs_skip_fixture(self) -> bool:
        return any(name in SKIP_FIXTURES for name in self.fixtures)

    @property
    def include(self) -> str | None:
        """The snippet spec of a block that is exactly one `--8<-- "…"` line, else None."""
        m = INCLUDE_RE.match(self.body.strip()) if len(self.body.strip().splitlines()) == 1 else None
        return m.group("spec") if m else None


def parse_fences(text: str) -> list[Fence]:
    """The page's fences, in order (a fresh list; the same page text is parsed once per process)."""
    return list(_parse_fences(text))


@lru_cache(maxsize=512)
def _parse_fences(text: str) -> tuple[Fence, ...]:
    fences, containers = [], []
    for token in markdown_parser().parse(text):
        if token.type == "container_open":
            containers.append(token.info)
        elif token.type == "container_close":
            containers.pop()
        elif token.type == "fence" and token.map:
            lang, options = parse_info(token.info)
            fences.append(
                Fence(token.map[0] + 1, token.info, lang, options, token.content, token.map[0] + 2, tuple(containers))
            )
    return tuple(fences)


def near_output_title(fence: Fence) -> bool:
    """A title a reader would take for 输出 / Output (any case, spacing, colon)."""
    title = re.sub(r"[\s:：]", "", fence.title or "").casefold()
    return title in {t.casefold() for t in OUTPUT_TITLES}


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
            for key, value in fence.options:
                if key == "notest":
                    problems.append(f"{where}: 'notest' is not allowed; only fixture:gpu / fixture:network may skip")
                elif key.startswith("fixture:"):
                    name = key.removeprefix("fixture:")
                    if name not in SKIP_FIXTURES | DATA_FIXTURES:
                        problems.append(f"{where}: unknown fixture '{name}' (known: {sorted(SKIP_FIXTURES | DATA_FIXTURES)})")
                elif key not in ALLOWED_OPTIONS:
                    shown = key if value is None else f"{key}={value}"
                    problems.append(f"{where}: unknown fence option '{shown}'")
            if fence.include is not None:
                if not (ROOT / fence.include.split(":")[0]).is_file():
                    problems.append(f"{where}: snippet not found: {fence.include}")
            elif "8<" in fence.body:
                problems.append(f'{where}: a block is either inline code or exactly one line --8<-- "snippets/…"')
        if near_output_title(fence) and not (fence.is_output and fence.info.strip() in _EXACT_OUTPUT_INFOS):
            problems.append(
                f"{where}: output fence written ```{fence.info.strip()}; write exactly "
                f'```text title="输出" or ```text title="Output" so the tests compare it'
            )
        elif fence.is_output and not (previous is not None and previous.is_python):
            problems.append(f"{where}: an output fence must directly follow the Python block that prints it")
        previous = fence
    return problems


def _inside_fence(fences: list[Fence], number: int) -> bool:
    return any(f.body_line <= number < f.body_line + f.body.count("\n") for f in fences)


# --------------------------------------------------------------------------- snippets


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


def block_source(path: Path, block: Fence) -> Source:
    """What a Python block runs: its include expanded, or its own body at its page line."""
    if block.include is not None:
        return expand_include(block.include)
    return Source(block.body, str(path), block.body_line, standalone=False)


_INCLUDE_LINE_RE = re.compile(INCLUDE_RE.pattern, re.M)  # an include line anywhere in a page


def mark_snippet_edits(docs: Path) -> list[Path]:
    """Give each page an included snippet newer than itself that snippet's modification time (for
    `mkdocs serve --dirty`, which rebuilds a page only when its own file changed); the pages touched."""
    touched = []
    for page in sorted(Path(docs).rglob("*.md")):
        # every `--8<-- "…"` line, a block's only line or not (pymdownx.snippets expands both); a line scan,
        # not a Markdown parse of every page (0.03 s instead of 0.9 s on a cold build)
        includes = {ROOT / m.group("spec").split(":")[0] for m in _INCLUDE_LINE_RE.finditer(page.read_text("utf8"))}
        newest = max((p.stat().st_mtime for p in includes if p.is_file()), default=0)
        if newest > page.stat().st_mtime:
            os.utime(page, (newest, newest))
            touched.append(page)
    return touched


def notebook_code(code: str) -> str:
    """A block's code as its notebook cell shows it: an annotation's marker `# (1)!` as the plain comment
    `# (1)`, which the numbered list after the cell explains (`!` only tells Material to hide the comment)."""
    return ANNOTATION_RE.sub(lambda m: m.group(0).removesuffix("!"), code)
