"""Draw the site's figures from code: every `snippets/**/*_plot.py` becomes an SVG.

Before each build, each plot snippet whose source changed is run (matplotlib's Agg
backend, in a scratch directory) and the figure it leaves open is saved to
`docs/assets/figures/<section>/<name>.svg` (git-ignored; a stamp in .cache/ skips unchanged ones). A page shows the snippet
(`--8<--`) and then the picture: `![…](../assets/figures/pytorch/x_plot.svg)`.
The tests run the same snippet as part of the page, so the drawing code is tested too.
"""

import hashlib
import os
import runpy
import tempfile
from pathlib import Path

FIGURES = Path("docs/assets/figures")


def draw(script: Path, out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.close("all")
    cwd = os.getcwd()
    with tempfile.TemporaryDirectory() as scratch:
        os.chdir(scratch)
        try:
            runpy.run_path(str(script), run_name="__main__")
        finally:
            os.chdir(cwd)
    if not plt.get_fignums():
        raise RuntimeError(f"{script}: a *_plot.py snippet must leave a matplotlib figure open")
    out.parent.mkdir(parents=True, exist_ok=True)
    plt.gcf().savefig(out, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close("all")


def on_pre_build(config, **kwargs):
    root = Path(config.config_file_path).parent
    for script in sorted((root / "snippets").rglob("*_plot.py")):
        rel = script.relative_to(root / "snippets")
        out = root / FIGURES / rel.with_suffix(".svg")
        stamp = root / ".cache" / "figures" / rel.with_suffix(".sha256")
        digest = hashlib.sha256(script.read_bytes()).hexdigest()
        if out.is_file() and stamp.is_file() and stamp.read_text() == digest:
            continue
        draw(script, out)
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.write_text(digest)
