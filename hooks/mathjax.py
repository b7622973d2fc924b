"""Serve MathJax 3 from the built site itself (no CDN).

MathJax comes from the pinned PyPI package django-static-mathjax (requirements.txt),
which ships MathJax's `es5/` build; after each build it is copied to
`site/assets/mathjax/`, where mkdocs.yml's extra_javascript points. Nothing of
MathJax is committed to this repository.
"""

import shutil
from pathlib import Path


def mathjax_dir() -> Path:
    import mathjax  # the django-static-mathjax package

    es5 = Path(mathjax.__file__).parent / "static" / "mathjax" / "es5"
    if not (es5 / "tex-mml-chtml.js").is_file():
        raise FileNotFoundError(f"MathJax not found at {es5}: is django-static-mathjax installed?")
    return es5


def on_post_build(config, **kwargs):
    target = Path(config.site_dir) / "assets" / "mathjax"
    if not (target / "tex-mml-chtml.js").is_file():
        shutil.copytree(mathjax_dir(), target, dirs_exist_ok=True)
