"""Typeset every formula at build time: readers get pictures in the HTML and run no math JavaScript.

pymdownx.arithmatex (generic mode) leaves `<span class="arithmatex">\\(…\\)</span>` and
`<div class="arithmatex">\\[…\\]</div>` in each page. After a page is rendered, its formulas are
sent to MathJax 3 running in Node (`tools/mathjax/render.cjs`; mathjax-full pinned in
tools/mathjax/package.json and installed by `npm ci`, which noxfile.py runs), one process for the
whole build. Each formula comes back as MathJax's SVG output, written once to
`assets/math/<hash>.svg` (a formula used on several pages is one file), and is shown by one lazy
`<img>` sized in `ex` so it scales with the text, with its spoken form as alt text ("y hat
equals …", from MathJax's speech rule engine). docs/stylesheets/math.css centres display formulas
and inverts them in the dark scheme.

On a phone: a display formula a little wider than the column (by up to a quarter) shrinks to fit it
(`max-width`, its height kept in proportion by `aspect-ratio`, so nothing moves when it loads); a
wider one shrinks by that much and scrolls in its box, which shows a shadow at the edge that hides
more (math.css). Punctuation right after an inline formula is kept on its line (a nowrap span); a
wide inline formula shrinks to leave it room.

Why, measured with `nox -s audit` (Lighthouse, mobile) on theory/linear-regression: MathJax in the
browser (1.1 MB) gave performance 58, 1.6 s blocking time, and display formulas moved the text when
typeset (desktop CLS 0.11). Inline SVG (hundreds of nodes per formula) still cost a phone ~1.4 s of
style and layout; one image per formula costs almost nothing.

A TeX error fails the build, naming the page, the line and the formula.

Typeset formulas are cached in `.cache/mathjax/` (git-ignored), keyed by the formula, display or
inline, and the renderer (render.cjs and the pinned package-lock.json): a rebuild (`mkdocs serve`
after an edit) starts Node only for formulas it has not seen. An error is never cached.
"""

import hashlib
import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent
RENDERER = ROOT / "tools/mathjax/render.cjs"
CACHE = ROOT / ".cache" / "mathjax"
FORMULA = re.compile(
    r'<span class="arithmatex">\\\((?P<inline>.*?)\\\)</span>|<div class="arithmatex">\\\[(?P<display>.*?)\\\]</div>',
    re.S,
)
# punctuation that must not start a line after an inline formula
TRAILING = re.compile(r"[.,;:!?)\]'\u2019\u201d\u3001\u3002\uff0c\uff1b\uff1a\uff01\uff1f\uff09\u300d\u300f]+")
SHRINK = 0.8  # a formula shrinks to at most this much of its size to fit the column
WIDE_INLINE = 25  # ex: an inline formula this wide may not fit a phone's line (about 9 px to the ex there)


class MathJax:
    """A Node process running MathJax, started on the first formula not found in the cache."""

    def __init__(self):
        self.process = None
        self.renderer = None  # the hash of what typesets: render.cjs and the pinned packages

    def render(self, formulas: list[tuple[str, bool]]) -> dict:
        """One page's formulas: {"formulas": [{"svg", "style", "speech"}…], "errors": [None or message…]}."""
        if self.renderer is None:
            lock = RENDERER.parent / "package-lock.json"
            self.renderer = hashlib.sha256(RENDERER.read_bytes() + lock.read_bytes()).hexdigest()
        keys = [hashlib.sha256(f"{self.renderer}\n{display}\n{tex}".encode()).hexdigest() for tex, display in formulas]
        cached = {key: json.loads((CACHE / key).read_text("utf8")) for key in set(keys) if (CACHE / key).is_file()}
        missing = [(key, formula) for key, formula in zip(keys, formulas) if key not in cached]
        errors = {}
        if missing:
            if self.process is None:
                self.start()
            reply = self.ask({"formulas": [{"tex": tex, "display": display} for _, (tex, display) in missing]})
            CACHE.mkdir(parents=True, exist_ok=True)
            for (key, _), formula, error in zip(missing, reply["formulas"], reply["errors"]):
                if error:
                    errors[key] = error
                    continue
                cached[key] = formula
                scratch = CACHE / f"{key}.{os.getpid()}.tmp"
                scratch.write_text(json.dumps(formula), "utf8")
                scratch.replace(CACHE / key)  # atomic: a build beside this one reads a whole entry or none
        return {"formulas": [cached.get(key) for key in keys], "errors": [errors.get(key) for key in keys]}

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
    folder = Path(config.site_dir) / "assets" / "math"
    folder.mkdir(parents=True, exist_ok=True)
    to_root = "../" * page.url.count("/")  # page.url is "theory/cnn/" or "en/theory/cnn/"
    pieces, end = [], 0
    for m, formula in zip(matches, reply["formulas"]):
        svg = formula["svg"].encode("utf8")
        name = hashlib.sha256(svg).hexdigest()[:16] + ".svg"  # a formula used twice is one file
        if not (folder / name).is_file():
            (folder / name).write_bytes(svg)
        inline = m["inline"] is not None
        style = display_style(formula["style"]) if not inline else \
            fitting_style(formula["style"], "calc(100% - 1em)", WIDE_INLINE, shrink=0)  # room for a full stop; a
        # line of text cannot scroll, so an inline formula wider than the column shrinks to fit it
        img = (f'<img class="math" src="{to_root}assets/math/{name}" alt="{html.escape(formula["speech"])}" '
               f'lang="en" style="{style}" loading="lazy" decoding="async">')
        punctuation = TRAILING.match(output, m.end()) if inline else None
        if punctuation:  # "formula." wraps as one piece: the full stop never starts a line
            pieces += [output[end:m.start()], f'<span class="nowrap"><span class="arithmatex">{img}</span>'
                       f'{punctuation.group(0)}</span>']
            end = punctuation.end()
        else:
            tag = "span" if inline else "div"
            pieces += [output[end:m.start()], f'<{tag} class="arithmatex">{img}</{tag}>']
            end = m.end()
    pieces.append(output[end:])
    return "".join(pieces)


def fitting_style(style: str, column: str = "100%", above: float = 0, shrink: float = SHRINK) -> str:
    """A formula's style ("width: 40.1ex; height: 5.2ex; vertical-align: …") plus, where it is wider than
    `above` ex: shrink to `column`, but to no less than `shrink` of its size (0: as far as the column needs);
    keep its proportions before the image loads."""
    size = dict(re.findall(r"(width|height):\s*([\d.]+)ex", style))
    if set(size) != {"width", "height"} or float(size["width"]) <= above:
        return style
    width, height = float(size["width"]), float(size["height"])
    limit = f"max({column}, {width * shrink:.3f}ex)" if shrink else column
    return (f"{style.rstrip('; ')}; max-width: {limit}; height: auto; "
            f"aspect-ratio: {width} / {height}")


def display_style(style: str) -> str:
    return fitting_style(style)


def on_shutdown(**kwargs):
    mathjax.stop()
