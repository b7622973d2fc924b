"""A plot snippet's figure, drawn in each of the site's languages.

A plot snippet (`snippets/**/*_plot.py`) defines one function whose name starts with `plot` and
takes the reader's language: `plot_losses(lang="zh")` labels the figure in Chinese, `lang="en"`
in English, and returns the figure. `draw` runs such a snippet (Agg backend, scratch directory)
and saves its figure once per language as SVG, text written as paths (readers need no font).
Any warning while drawing fails, and so does any WARNING matplotlib logs (`matplotlib_log`: a
missing glyph, e.g. a mathtext label such as "残差 $r$" drawing Chinese with the math font).
hooks/figures.py draws every plot snippet before a build; the test harness catches the same logs.

`text_sizes` reads back how large each piece of a drawn figure's text is, and `smallest_text` how large
its smallest text is where a page shows it: a figure is as wide as its own size or as the article column,
whichever is less (Material caps an image at the column), so on a phone a wide figure's text shrinks.
"""

import contextlib
import html
import logging
import os
import re
import runpy
import sys
import tempfile
import warnings
from pathlib import Path

FIGURES = Path("docs/assets/figures")

# the article column on a phone 390 px wide, in CSS px: 390 less Material's margins of 0.8 rem (16 px) on
# each side (tests/test_browser.py measures it, and the text of every figure shown in it)
PHONE_COLUMN = 358
# the smallest text a figure may show in that column, in CSS px (tests/test_figures.py)
PHONE_TEXT = 8
# matplotlib draws a piece of text as paths: a comment with the text, then a group scaled by its font size / 100
# (its text-to-path scale), rotated for a vertical label. (A mathtext sub- or superscript is 0.7 of that size,
# as on a web page: the size measured is the text's own.)
TEXT = re.compile(r'<!-- ((?:(?!-->).)*) -->\s*<g (?:style="[^"]*" )?transform="translate\([^)]*\)'
                  r'(?: rotate\([^)]*\))? scale\(([\d.e-]+) -[\d.e-]+\)">')
PT = re.compile(r'<svg [^>]*width="([\d.]+)pt"')
VIEWBOX = re.compile(r'viewBox="[\d.-]+ [\d.-]+ ([\d.]+)')


def text_sizes(svg: str) -> tuple[list[tuple[float, str]], float, float]:
    """([(font size, text)] of every piece of text, the viewBox's width: both in the SVG's units), and the
    figure's own width in CSS px, of a matplotlib SVG whose text is drawn as paths."""
    sizes = [(float(scale) * 100, html.unescape(text)) for text, scale in TEXT.findall(svg)]
    points = float(PT.search(svg)[1])
    return sizes, float(VIEWBOX.search(svg)[1]), points * 4 / 3  # 1 pt = 4/3 CSS px


def smallest_text(svg: str, column: float = PHONE_COLUMN) -> tuple[float, str]:
    """(CSS px, text) of the figure's smallest text shown in a column `column` CSS px wide."""
    sizes, width, natural = text_sizes(svg)
    if not sizes:
        raise ValueError("no text drawn as paths in this SVG")
    size, text = min(sizes)
    return size * min(natural, column) / width, text


def plot_function(namespace: dict, script: Path):
    names = [n for n, v in namespace.items() if n.startswith("plot") and callable(v)
             and getattr(v, "__module__", None) == namespace.get("__name__")]
    if len(names) != 1:
        raise RuntimeError(
            f"{script}: a *_plot.py snippet must define exactly one function named plot…(lang), found {names or 'none'}"
        )
    return namespace[names[0]]


@contextlib.contextmanager
def matplotlib_log():
    """What matplotlib logs at WARNING level while drawing ("Font 'default' does not have a glyph for '残'",
    "findfont: Font family … not found"): it logs these, it does not warn."""
    messages: list[str] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = lambda record: messages.append(record.getMessage())
    logger = logging.getLogger("matplotlib")
    logger.addHandler(handler)
    try:
        yield messages
    finally:
        logger.removeHandler(handler)


def draw(script: Path, outputs: dict[str, Path]) -> None:
    """Run `script`, then save its figure in each language: outputs maps lang -> SVG path."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.close("all")
    cwd = os.getcwd()
    with tempfile.TemporaryDirectory() as scratch, warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph (or any other warning) fails the build
        os.chdir(scratch)
        try:
            namespace = runpy.run_path(str(script), run_name="figure_snippet")
            plot = plot_function(namespace, script)
            for lang, out in outputs.items():
                plt.close("all")
                fig = plot(lang=lang)
                if not isinstance(fig, matplotlib.figure.Figure):
                    raise RuntimeError(f"{script}: {plot.__name__}(lang={lang!r}) must return the figure")
                out.parent.mkdir(parents=True, exist_ok=True)
                with matplotlib.rc_context({"svg.fonttype": "path", "svg.hashsalt": out.name}), \
                        matplotlib_log() as logged:
                    try:
                        fig.savefig(out, format="svg", bbox_inches="tight", metadata={"Date": None})
                    except Warning as warning:
                        logged.append(str(warning))
                if logged:
                    out.unlink(missing_ok=True)
                    raise RuntimeError(f"{script}: drawing the {lang!r} figure warned: " + "; ".join(sorted(set(logged))))
        finally:
            os.chdir(cwd)
            plt.close("all")


def draw_open_figures() -> None:
    """Draw every open figure. What matplotlib *logs* meanwhile (a missing glyph in a mathtext label, a font
    family not found) becomes a warning, so that it fails the block like any other warning; `draw`
    catches the same records with the same code."""
    if "matplotlib.pyplot" not in sys.modules:
        return
    plt = sys.modules["matplotlib.pyplot"]
    with matplotlib_log() as logged:
        for number in plt.get_fignums():
            plt.figure(number).canvas.draw()
    for message in logged:
        warnings.warn(f"matplotlib: {message}", UserWarning, stacklevel=2)
