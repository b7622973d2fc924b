"""Draw the site's figures from code, once per language: every `snippets/**/*_plot.py`.

A plot snippet defines one function whose name starts with `plot` and takes the reader's
language: `plot_losses(lang="zh")` labels the figure in Chinese, `lang="en"` in English, and
returns the figure. The page includes the snippet, calls the function with its own language
(tests/test_parity.py allows exactly that difference between twins) and shows the picture:

    ![…](../assets/figures/pytorch/loss_l1_mse_plot.svg)

Before each build, each snippet whose source changed is run (Agg backend, scratch directory)
and its function is called for every language of the site: the default language's figure is
saved as `docs/assets/figures/<section>/<name>.svg`, the others as `<name>.<lang>.svg`, which
mkdocs-static-i18n serves at the same address in that language's pages. The files are
git-ignored; a stamp in .cache/ skips unchanged snippets.

Text in the SVG is written as paths, so a reader needs no CJK font. Chinese labels need the
Noto Sans CJK SC font here (Debian's fonts-noto-cjk, installed by noxfile.py). Any warning
while drawing fails the build, and so does any WARNING matplotlib logs (a missing glyph: a
mathtext label such as "残差 $r$" draws its Chinese with the math font, which has none).
"""

import contextlib
import hashlib
import logging
import os
import runpy
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


def site_languages(config) -> list[str]:
    """The site's languages, default first (from mkdocs-static-i18n's configuration)."""
    i18n = config.plugins.get("i18n")
    languages = sorted(i18n.config.languages, key=lambda lang: not lang.default)
    return [lang.locale for lang in languages]


def on_pre_build(config, **kwargs):
    root = Path(config.config_file_path).parent
    default, *others = site_languages(config)
    this_hook = Path(__file__).read_bytes()
    for script in sorted((root / "snippets").rglob("*_plot.py")):
        rel = script.relative_to(root / "snippets")
        out = root / FIGURES / rel.with_suffix(".svg")
        outputs = {default: out, **{lang: out.with_suffix(f".{lang}.svg") for lang in others}}
        stamp = root / ".cache" / "figures" / rel.with_suffix(".sha256")
        digest = hashlib.sha256(script.read_bytes() + this_hook).hexdigest()
        if all(p.is_file() for p in outputs.values()) and stamp.is_file() and stamp.read_text() == digest:
            continue
        draw(script, outputs)
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.write_text(digest)
