"""Draw the site's figures from code, once per language: every `snippets/**/*_plot.py`.

Each plot snippet's function (see dlnotes/figures.py) is called with every language of the site:
the default language's figure is saved as `docs/assets/figures/<section>/<name>.svg`, the others
as `<name>.<lang>.svg`, which mkdocs-static-i18n serves at the same address in that language's
pages. The page includes the snippet, calls the function with its own language (tests/test_parity.py
allows exactly that difference between twins) and shows the picture:

    ![…](../assets/figures/pytorch/loss_l1_mse_plot.svg)

The files are git-ignored; a stamp in .cache/ skips snippets whose source (and the drawing code)
did not change. Chinese labels need Noto Sans CJK SC (Debian's fonts-noto-cjk, installed by noxfile.py).
"""

import hashlib
from pathlib import Path

from dlnotes import figures, site


def on_pre_build(config, **kwargs):
    root = Path(config.config_file_path).parent
    default, *others = site.languages()
    drawing_code = Path(figures.__file__).read_bytes()
    for script in sorted((root / "snippets").rglob("*_plot.py")):
        rel = script.relative_to(root / "snippets")
        out = root / figures.FIGURES / rel.with_suffix(".svg")
        outputs = {default: out, **{lang: out.with_suffix(f".{lang}.svg") for lang in others}}
        stamp = root / ".cache" / "figures" / rel.with_suffix(".sha256")
        digest = hashlib.sha256(script.read_bytes() + drawing_code).hexdigest()
        if all(p.is_file() for p in outputs.values()) and stamp.is_file() and stamp.read_text() == digest:
            continue
        figures.draw(script, outputs)
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.write_text(digest)
