"""Serve MathJax 3 from the built site itself (no CDN).

MathJax comes from the pinned PyPI package django-static-mathjax (requirements.txt),
which ships MathJax's `es5/` build; after each build it is copied to
`site/assets/mathjax/`, where mkdocs.yml's extra_javascript points (async). Nothing of
MathJax is committed to this repository. A page without a formula loads none of it.
"""

import re
import shutil
from pathlib import Path

MATHJAX_SCRIPTS = re.compile(r'[ \t]*<script src="[^"]*(?:javascripts/mathjax-config|assets/mathjax/tex-mml-chtml)\.js"[^>]*></script>\n?')


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


def on_post_page(output, page, config, **kwargs):
    """Pages without a formula (no arithmatex span, not a notebook) load no MathJax at all."""
    if 'class="arithmatex"' in output or "jupyter-wrapper" in output:
        return output
    return MATHJAX_SCRIPTS.sub("", output)
