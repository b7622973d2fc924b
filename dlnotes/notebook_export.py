"""A page as a Jupyter notebook: its prose, exactly the code the tests run, and the verified outputs.

Pure (no side effects on import): hooks/downloads.py writes these notebooks into the built site,
tests/test_downloads.py proves they hold what the harness ran. Built from dlnotes/pagemodel.py's
parse of the page, the same one the harness runs, so there is no second copy of the page logic.

* Markdown cells carry the page's prose in its language; `!!! note "…"` admonitions and
  `=== "Tab"` content tabs become a bold title line followed by their (dedented) content.
* Code cells carry each Python block's code (includes expanded), in page order, with the
  page's verified output box as the cell's output. Blocks marked `fixture:gpu` /
  `fixture:network` stay, tagged with what they need.
* Exercise solutions (`??? success "答案"`) are moved to an answers section at the end,
  each after a copy of its question, so a first run-through does not give them away.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbformat import v4

from dlnotes.pagemodel import SOLUTION_RE, block_source, markdown_parser, parse_fences
from dlnotes.site import language

ANSWERS_HEADING = {"zh": "## 练习答案", "en": "## Answers to the exercises"}
TITLE_RE = re.compile(r'^(?:!!!|\?\?\?)\+?\s+(?P<kind>\w+)(?:\s+"(?P<title>[^"]*)")?|^===[!+]*\s+"(?P<tab>[^"]*)"')


@dataclass
class _Span:
    start: int  # 1-based line of the `!!!`/`???`/`===` line
    end: int  # last 1-based line of its content
    info: str

    @property
    def is_solution(self) -> bool:
        return bool(SOLUTION_RE.match(self.info))


def _spans(text: str) -> list[_Span]:
    return [
        _Span(t.map[0] + 1, t.map[1], t.info)
        for t in markdown_parser().parse(text)
        if t.type == "container_open" and t.map
    ]


def _title(info: str) -> str:
    m = TITLE_RE.match(info)
    if m is None:
        return info
    return m.group("tab") or m.group("title") or m.group("kind").capitalize()


def _dedent(line: str, depth: int) -> str:
    for _ in range(depth):
        line = line[4:] if line.startswith("    ") else line.lstrip(" ")
    return line


class _Builder:
    def __init__(self):
        self.cells: list = []
        self.markdown: list[str] = []

    def text(self, line: str) -> None:
        self.markdown.append(line)

    def flush(self) -> None:
        body = "\n".join(self.markdown).strip("\n")
        if body.strip():
            self.cells.append(v4.new_markdown_cell(body))
        self.markdown = []

    def code(self, source: str, tags: list[str]) -> None:
        self.flush()
        cell = v4.new_code_cell(source.rstrip("\n"))
        if tags:
            cell.metadata["tags"] = tags
        self.cells.append(cell)

    def output(self, text: str) -> None:
        self.cells[-1].outputs.append(v4.new_output("stream", name="stdout", text=text))

    def last_paragraph(self) -> str:
        """The paragraph written just before this point (an exercise's question)."""
        paragraphs = "\n".join(self.markdown).strip("\n").split("\n\n")
        return paragraphs[-1] if paragraphs else ""


def page_notebook(path: Path, header: list[str] | None = None) -> nbformat.NotebookNode:
    """The notebook of one page (`header`: markdown lines put right under the page title)."""
    text = path.read_text("utf8")
    lines = text.splitlines()
    fences = {f.line: f for f in parse_fences(text)}
    spans = _spans(text)
    main, answers = _Builder(), _Builder()
    answers.text(ANSWERS_HEADING[language(path)])
    number = 1
    while number <= len(lines):
        inside = [s for s in spans if s.start < number <= s.end]
        target = answers if any(s.is_solution for s in inside) else main
        depth = len(inside)
        opener = next((s for s in spans if s.start == number), None)
        if opener is not None:
            if opener.is_solution:
                answers.flush()
                answers.text(main.last_paragraph())
                answers.text("")
            else:
                target.text(f"**{_title(opener.info)}**")
                target.text("")
            number += 1
            continue
        fence = fences.get(number)
        if fence is None:
            target.text(_dedent(lines[number - 1], depth))
            if header and number == 1 and lines[0].startswith("# "):
                target.text("")
                for line in header:
                    target.text(line)
            number += 1
            continue
        end = fence.body_line + fence.body.count("\n")  # the closing fence line
        if fence.is_python:
            target.code(block_source(path, fence).code, [f"needs-{name}" for name in fence.fixtures])
        elif fence.is_output:
            target.output(fence.body)
        else:
            for line in lines[number - 1 : end]:
                target.text(_dedent(line, depth))
        number = end + 1
    main.flush()
    answers.flush()
    cells = main.cells + (answers.cells if len(answers.cells) > 1 else [])
    nb = v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    return nb


def ran_blocks(path: Path) -> list[tuple[str, str | None]]:
    """(code, verified output) of each Python block, in the order the harness runs them."""
    fences = parse_fences(path.read_text("utf8"))
    result = []
    for i, fence in enumerate(fences):
        if fence.is_python:
            nxt = fences[i + 1] if i + 1 < len(fences) else None
            output = nxt.body if nxt is not None and nxt.is_output else None
            result.append((block_source(path, fence).code.rstrip("\n"), output))
    return result


def notebook_problems(path: Path, nb: nbformat.NotebookNode) -> list[str]:
    """Where a notebook differs from what the harness runs and verifies on its page."""
    problems = []
    try:
        nbformat.validate(nb)
    except nbformat.ValidationError as error:
        problems.append(f"{path}: the notebook is not valid nbformat 4: {error.message}")
    cells = [
        (cell.source, "".join(o.get("text", "") for o in cell.outputs) or None)
        for cell in nb.cells if cell.cell_type == "code"
    ]
    blocks = ran_blocks(path)
    for i, (cell, block) in enumerate(zip(cells, blocks)):
        if cell[0] != block[0]:
            problems.append(f"{path}: code cell #{i + 1} is not the code of Python block #{i + 1}")
        elif cell[1] != block[1]:
            problems.append(f"{path}: code cell #{i + 1} does not carry the verified output of block #{i + 1}")
    if len(cells) != len(blocks):
        problems.append(f"{path}: {len(cells)} code cells, but the page runs {len(blocks)} Python blocks")
    return problems


def content_pages(docs: Path) -> list[Path]:
    """Pages that get a notebook: every Markdown page with a Python block."""
    return sorted(p for p in docs.rglob("*.md") if any(f.is_python for f in parse_fences(p.read_text("utf8"))))


__all__ = ["content_pages", "notebook_problems", "page_notebook", "ran_blocks"]
