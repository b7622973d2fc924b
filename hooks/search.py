"""Search in the reader's language: each language searches its own pages, and snippets show no TeX.

See dlnotes/search_index.py: after the build the merged index is split into one per language; the
pages of a language other than the default point Material's `base` at their language's folder, where
their index is.
"""

import re
from pathlib import Path

from mkdocs.plugins import event_priority

from dlnotes.search_index import language_base, write_split_index
from dlnotes.site import language, language_prefix, languages

CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def on_post_page(output, page, config, **kwargs):
    prefix = language_prefix(language(Path(page.file.abs_src_path)))
    if not prefix:
        return output
    return CONFIG.sub(lambda m: m[1] + language_base(m[2], prefix) + m[3], output, count=1)


@event_priority(-200)  # after mkdocs-static-i18n (-100) has written the merged index
def on_post_build(config, **kwargs):
    write_split_index(Path(config.site_dir), [language_prefix(lang) for lang in languages()])
