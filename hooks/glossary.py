"""The glossary page's table, made from glossary.yml when the site is built.

docs/glossary.md and docs/glossary.en.md each have a marker line (dlnotes.glossary.MARKER); this
hook replaces it with the table in the page's language, so the page always shows the data file.
A glossary page without the marker fails the build rather than show no table.
"""

from dlnotes import glossary
from dlnotes.site import ROOT


def on_page_markdown(markdown, page, config, files, **kwargs):
    return glossary.page_markdown(markdown, page.file.abs_src_path, config.docs_dir, ROOT / "glossary.yml")
