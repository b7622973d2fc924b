"""A plot snippet's figure, drawn in each of the site's languages.

A plot snippet (`snippets/**/*_plot.py`) defines one function whose name starts with `plot` and
takes the reader's language: `plot_losses(lang="zh")` labels the figure in Chinese, `lang="en"`
in English, and returns the figure. `draw` runs such a snippet (Agg backend, scratch directory)
and saves its figure once per language as SVG, text written as paths (readers need no font).
Any warning while drawing fails, and so does any WARNING matplotlib logs (`matplotlib_log`: a
missing glyph, e.g. a mathtext label such as "残差 $r$" drawing Chinese with the math font).
hooks/figures.py draws every plot snippet before a build; the test harness catches the same logs.
"""

import contextlib
import logging
import os
import runpy
import sys
import tempfile
import warnings
from pathlib import Path

FIGURES = Path("docs/assets/figures")


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
