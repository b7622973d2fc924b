"""Search in the reader's language: each language searches its own pages, and snippets show no TeX.

See dlnotes/search_index.py: after the build the merged index is split into one per language; the
pages of a language other than the default point Material's `base` at their language's folder, where
their index is.

Material's search parses every page's HTML and segments its Chinese with jieba, a third of a build: each page's
entries are kept in `.cache/search/` (dlnotes/cache.py) by what makes them, so `mkdocs serve` and later builds
reuse those of the pages that did not change.

`mkdocs serve --dirty` keeps its plugins between builds, and mkdocs-static-i18n added every build's entries to
those of the builds before (its list is emptied only when the plugin is made): each edit grew the index by a whole
site (5,004 entries for 318 sections after three edits) and the next build's deduplication, which compares every
pair, with it. So each build starts from no entries, and each language's index is made from the entries of every
page of the build, the ones a dirty build did not render included (dlnotes.search_index.PAGE_ENTRIES): the index
after an edit is the one a full build makes.
"""

import json
import re
from importlib import metadata
from pathlib import Path

from mkdocs.plugins import CombinedEvent, event_priority

from dlnotes.cache import cached, digest
from dlnotes.search_index import PAGE_ENTRIES, language_base, write_split_index
from dlnotes.site import language, language_prefix, languages

CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def _search(config):
    return config.plugins.get("material/search") or config.plugins.get("search")


@event_priority(-100)  # after Material's search has made this build's index (on_config)
def on_config(config, **kwargs):
    search = _search(config)
    index = getattr(search, "search_index", None)
    if index is None or getattr(index.add_entry_from_context, "cached", False):
        return
    add = index.add_entry_from_context
    made_by = [metadata.version(name) for name in ("mkdocs-material", "jieba")] + [json.dumps(dict(search.config), sort_keys=True, default=str)]

    def add_entry_from_context(page):
        toc = json.dumps([_toc(item) for item in page.toc], ensure_ascii=False)
        meta = json.dumps(page.meta, sort_keys=True, default=str, ensure_ascii=False)
        key = digest(*made_by, page.url, str(page.title), meta, toc, page.content)
        entries = json.loads(cached("search", f"{key}.json", lambda: _entries(add, index, page)).read_bytes())
        PAGE_ENTRIES[page.url] = entries
        index.entries.extend(entries)

    add_entry_from_context.cached = True
    index.add_entry_from_context = add_entry_from_context


def on_pre_build(config, **kwargs):
    i18n, search = config.plugins.get("i18n"), _search(config)
    if i18n is not None and not i18n.building:  # a build of the whole site starts (not one language of it)
        i18n.search_entries.clear()
    if search is not None:  # no merge with the last build's index (Material's, for dirty builds): the entries are whole
        search.is_dirty, search.search_index_prev = False, None


def on_env(env, config, files, **kwargs):
    """Note the pages of this language build, in order: its index is made of their entries."""
    search = _search(config)
    if search is not None:
        search.dlnotes_pages = [f.page.url for f in files.documentation_pages() if f.page is not None]
    return env


@event_priority(-50)  # before mkdocs-static-i18n (-100) collects this language's entries
def _entries_of_every_page(config, **kwargs):
    search = _search(config)
    if search is not None and hasattr(search, "dlnotes_pages"):
        search.search_index.entries[:] = [e for url in search.dlnotes_pages for e in PAGE_ENTRIES.get(url, [])]


def on_serve(server, config, builder, **kwargs):
    """`mkdocs serve` started from cached entries has not loaded jieba's dictionary (a second): load it while the
    author reads, not on their first edit of a Chinese page."""
    import threading

    import jieba

    threading.Thread(target=jieba.initialize, daemon=True).start()
    return server


def _toc(item) -> list:
    return [item.id, item.title, item.url, [_toc(child) for child in item.children]]


def _entries(add, index, page) -> bytes:
    """The entries Material's search makes of `page`, as JSON."""
    before = len(index.entries)
    add(page)
    made = index.entries[before:]
    del index.entries[before:]
    return json.dumps(made, ensure_ascii=False).encode("utf8")


def on_post_page(output, page, config, **kwargs):
    prefix = language_prefix(language(Path(page.file.abs_src_path)))
    if not prefix:
        return output
    return CONFIG.sub(lambda m: m[1] + language_base(m[2], prefix) + m[3], output, count=1)


@event_priority(-200)  # after mkdocs-static-i18n (-100) has written the merged index
def _split_per_language(config, **kwargs):
    write_split_index(Path(config.site_dir), [language_prefix(lang) for lang in languages()])


on_post_build = CombinedEvent(_entries_of_every_page, _split_per_language)
