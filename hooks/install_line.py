"""The one `pip install` line with the verified versions, written into a page from the project's pins.

A page asks for it with the line `<!-- pip install line -->` (docs/setup.md and its twin); the line is
made by dlnotes/requirements.py from requirements.txt at build time, so it cannot drift from the pins.
"""

from dlnotes.requirements import expand


def on_page_markdown(markdown, page, config, files, **kwargs):
    return expand(markdown)
