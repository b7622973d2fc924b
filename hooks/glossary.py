"""The glossary page's table, made from glossary.yml when the site is built.

docs/glossary.md and docs/glossary.en.md each have a marker line (dlnotes.glossary.MARKER); this
hook replaces it with the table in the page's language, so the page always shows the data file.
A glossary page without the marker fails the build rather than show no table.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dlnotes import glossary  # noqa: E402

GLOSSARY = ROOT / "glossary.yml"
PAGES = {"glossary.md": "zh", "glossary.en.md": "en"}  # docs/ root only


def on_page_markdown(markdown, page, config, files, **kwargs):
    src = Path(page.file.abs_src_path)
    lang = PAGES.get(src.name)
    if lang is None or src.parent != Path(config.docs_dir).resolve():
        return markdown
    if glossary.MARKER not in markdown:
        raise ValueError(f"{src}: no line {glossary.MARKER} for the glossary table")
    return markdown.replace(glossary.MARKER, glossary.render_table(glossary.load(GLOSSARY), lang))
