"""Chinese pages without stray spaces: a source line break between two Chinese characters is joined.

A Markdown paragraph wrapped in the source keeps its line breaks, and a browser shows each as a
space: "多维数组。 读完本页". dlnotes/cjk.py joins a break with CJK on both sides in the rendered page
(code, preformatted text and English pages untouched); tests/test_reader.py counts what is left.
"""

from pathlib import Path

from dlnotes.cjk import join_cjk_breaks
from dlnotes.site import language

CJK_LANGUAGES = ("zh", "ja")


def on_page_content(html, page, config, files, **kwargs):
    if language(Path(page.file.abs_src_path)) not in CJK_LANGUAGES:
        return html
    return join_cjk_breaks(html)
