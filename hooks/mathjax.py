"""Typeset every formula at build time: readers get SVG in the HTML and run no math JavaScript.

pymdownx.arithmatex (generic mode) leaves `<span class="arithmatex">\\(…\\)</span>` and
`<div class="arithmatex">\\[…\\]</div>` in each page. After a page is rendered, its formulas are
sent to MathJax 3 running in Node (`tools/mathjax/render.cjs`, mathjax-full pinned in
tools/mathjax/package.json, installed by `npm ci`: noxfile.py does it), one process for the whole
build, and replaced by MathJax's SVG output with assistive MathML for screen readers. A page with
formulas gets MathJax's small stylesheet inline; a page without gets nothing.

Why: the browser-side MathJax (1.1 MB) took a phone 1.6 s of blocking time on
theory/linear-regression (Lighthouse mobile performance 58), and display formulas moved the text
when they were typeset (desktop CLS 0.11). Pre-rendered, nothing moves and nothing blocks.

A TeX error fails the build, naming the page, the line and the formula.
"""

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent
RENDERER = ROOT / "tools/mathjax/render.cjs"
FORMULA = re.compile(
    r'<span class="arithmatex">\\\((?P<inline>.*?)\\\)</span>|<div class="arithmatex">\\\[(?P<display>.*?)\\\]</div>',
    re.S,
)


class MathJax:
    """A Node process running MathJax, started on the first page with a formula."""

    def __init__(self):
        self.process = None
        self.css = None

    def render(self, formulas: list[tuple[str, bool]]) -> dict:
        """One page's formulas: {"html": [svg…], "errors": [None or message…], "defs": the glyphs they share}."""
        if self.process is None:
            self.start()
        return self.ask({"formulas": [{"tex": tex, "display": display} for tex, display in formulas]})

    def start(self) -> None:
        node = shutil.which("node")
        if node is None or not (ROOT / "tools/mathjax/node_modules/mathjax-full").is_dir():
            raise PluginError(
                "hooks/mathjax.py: formulas are typeset at build time by MathJax in Node: "
                "install Node.js and run `npm ci --prefix tools/mathjax` (python3 -m nox -s build does both)"
            )
        self.process = subprocess.Popen(
            [node, str(RENDERER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf8"
        )
        self.css = self.ask({"css": True})["css"]

    def ask(self, request: dict) -> dict:
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise PluginError(f"hooks/mathjax.py: {RENDERER} stopped (exit code {self.process.poll()})")
        return json.loads(line)

    def stop(self) -> None:
        if self.process is not None:
            self.process.stdin.close()
            self.process.wait(timeout=10)
            self.process = None


mathjax = MathJax()


def line_of(page, tex: str) -> int:
    """The line of the page's Markdown source where the formula starts (1 if not found)."""
    first = next((line.strip() for line in tex.strip().splitlines() if line.strip()), "")
    source = Path(page.file.abs_src_path).read_text("utf8").splitlines()
    return next((number for number, line in enumerate(source, 1) if first and first in line), 1)


def on_post_page(output, page, config, **kwargs):
    matches = list(FORMULA.finditer(output))
    if not matches:
        return output
    formulas = [(html.unescape(m["inline"] if m["inline"] is not None else m["display"]), m["display"] is not None)
                for m in matches]
    reply = mathjax.render(formulas)
    for (tex, _), error in zip(formulas, reply["errors"]):
        if error:
            raise PluginError(f"docs/{page.file.src_uri}:{line_of(page, tex)}: TeX error: {error}: {tex.strip()!r}")
    pieces, end = [], 0
    for i, (m, svg) in enumerate(zip(matches, reply["html"])):
        tag = "span" if m["inline"] is not None else "div"
        defs = reply["defs"] if i == 0 else ""  # the shared glyphs, once, with the first formula
        pieces += [output[end:m.start()], f'<{tag} class="arithmatex">{defs}{svg}</{tag}>']
        end = m.end()
    pieces.append(output[end:])
    style = f'<style id="mathjax-svg">{mathjax.css}</style>\n'
    return "".join(pieces).replace("</head>", style + "</head>", 1)


def on_shutdown(**kwargs):
    mathjax.stop()
