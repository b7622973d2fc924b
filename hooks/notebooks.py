"""Make mkdocs-jupyter work under mkdocs-static-i18n (suffix layout), and offline.

Three faults appear when both plugins are enabled, and --strict does not notice either:

1. static-i18n's on_files (priority -100, after mkdocs-jupyter's) rebuilds every File
   from its path, which drops mkdocs-jupyter's NotebookFile wrapper: `x.py` becomes a
   plain asset copied to `x/index.html` (the raw source lands in the page), and the
   English build writes the English source over the same place.
   Fix: after static-i18n, mark the notebook files of this language build as pages again,
   and give them the alternates static-i18n computes only for pages, so that the language
   switcher leads to the same notebook in the other language.
2. static-i18n builds each language as a separate `build()`, and mkdocs-jupyter resets its
   "cache entries used" set in on_pre_build and evicts every other entry in on_post_build,
   so each language build deletes the other language's executed notebooks: every build
   re-executes every notebook. Fix: keep the used set for the whole multi-language build
   and evict only after the last language. A dirty build (`mkdocs serve --dirty`, `mkdocs build --dirty`)
   renders only the pages that changed, so every other notebook's entry looks unused: it evicts nothing
   (else each edit in `nox -s serve` threw the executed notebooks away, and the next start ran them
   again: 70 s).

3. nbconvert's template loads MathJax 2 (here with an empty URL) and, from a CDN, mermaid.
   Fix: those scripts are removed from notebook pages (the site typesets formulas at build time).
4. nbconvert gives Chinese headings `id=""`, so the toc's and the skip link's `#_1` led nowhere.
   Fix: such headings, and their toc entries, get readable Unicode ids (pymdownx.slugs, as Markdown pages;
   tests/test_build.py checks every anchor).
5. Notebook code cells scroll sideways but cannot be reached by keyboard: they get tabindex="0".
6. nbconvert gives each figure a notebook draws the alt text "No description has been provided for
   this image". Fix: the cell that draws it carries the description (`# %% alt="…"` in the jupytext
   source), in order; a figure without one fails the build.
7. nbconvert's template inlines 574 KB of JupyterLab CSS (Blueprint widgets, menus, dialogs) into
   each notebook page, most of it for elements a static page never has: on a phone the page took
   0.6 s of style work before it could paint. Fix: only the rules whose classes occur in the page
   are kept (about a tenth of it), and of the 560 custom properties it declares, those something
   reads (97; the page's HTML 377 -> 259 KB); `tools/` has no copy to keep in sync.
8. Valid HTML (tests/test_html.py runs the W3C Nu Html Checker): nbconvert's copy buttons carry a stray
   `,` attribute and an aria-label without a role (the button role their script sets on load is
   written into the HTML); its `<style>` elements sit in the body (they move to the end of the head,
   after every other stylesheet, as before, so the cascade is the same); and its CSS keeps rules for
   attributes only the JupyterLab app sets (`[data-jp-theme-scrollbars=true] …:horizontal`) and a
   `cursor: normal` that browsers drop: those go (dlnotes/css.py).

tests/test_notebooks.py proves the first two: the built page, in both languages, is HTML with
the executed outputs, and a second build executes nothing.
"""

import re
import sys
from html import escape
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

import dlnotes.css
from dlnotes.cache import cached, digest
from dlnotes.css import used_rules, var_references, without_unused_custom_properties

CSS_CODE = Path(dlnotes.css.__file__).read_bytes()


def _plugins(config):
    return config.plugins.get("mkdocs-jupyter"), config.plugins.get("i18n")


@event_priority(-200)  # after static-i18n's on_files (-100)
def on_files(files, config, **kwargs):
    jupyter, i18n = _plugins(config)
    if jupyter is None:
        return files
    for file in files:
        if not file.is_documentation_page() and jupyter.should_include(file):
            # an instance attribute wins over the File method
            file.is_documentation_page = lambda: True
            if i18n is not None:
                _add_alternates(file, i18n, config)
    if i18n is not None:  # sitemap.xml lists the pages static-i18n counted in its on_files: count these too
        i18n.i18n_files_per_language[i18n.current_language] = files.documentation_pages()
    return files


def _add_alternates(file, i18n, config):
    from mkdocs_jupyter.plugin import NotebookFile
    from mkdocs_static_i18n.suffix import create_i18n_file

    norm = Path(file.norm_src_uri)
    for lang in i18n.build_languages:
        if lang in file.alternates:
            continue
        twin = norm if lang == i18n.default_language else norm.with_suffix(f".{lang}{norm.suffix}")
        if not (Path(config.docs_dir) / twin).is_file():
            continue
        page = NotebookFile(File(twin.as_posix(), config.docs_dir, config.site_dir, config.use_directory_urls), **config)
        file.alternates[lang] = create_i18n_file(page, lang, i18n.default_language, i18n.all_languages, config)


_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script>", re.S)


def on_page_content(html, page, config, files, **kwargs):
    """Drop nbconvert's MathJax 2 loader and its CDN mermaid loader from notebook pages."""
    jupyter, _ = _plugins(config)
    if jupyter is None or not jupyter.should_include(page.file):
        return html

    def keep(match):
        tag = match.group(0)
        unwanted = 'src=""' in tag[:80] or "x-mathjax-config" in tag[:80] or "cdnjs.cloudflare.com" in tag
        return "" if unwanted else tag

    html = _alt_texts(_fill_empty_heading_ids(_SCRIPT.sub(keep, html), page), page)
    html = _COPY_BUTTON.sub(_copy_button, html)
    # a code cell that scrolls sideways must be reachable by keyboard (axe: scrollable-region-focusable)
    return html.replace('<div class="highlight-ipynb', '<div tabindex="0" class="highlight-ipynb')


_COPY_BUTTON = re.compile(r"<clipboard-copy\b([^>]*)>")


def _copy_button(match):
    """nbconvert's `<clipboard-copy ,="" aria-label=…>`: no stray `,`, and the role its script gives it on load."""
    attributes = re.sub(r'\s,(?:="")?(?=[\s>]|$)', "", match.group(1))
    if not re.search(r"\srole=", attributes):
        attributes = ' role="button"' + attributes
    return f"<clipboard-copy{attributes}>"


_CLASS_ATTR = re.compile(r'\bclass="([^"]*)"')
_STYLE = re.compile(r"(<style[^>]*>)(.*?)(</style>)", re.S)


_DATA_ATTR = re.compile(r"\s(data-[\w-]+)(?=[=\s>/])")


def on_post_page(output, page, config, **kwargs):
    """Keep, of nbconvert's inlined JupyterLab CSS, the rules whose classes occur in the page; move
    nbconvert's `<style>` elements from the body to the end of the head."""
    jupyter, _ = _plugins(config)
    if jupyter is None or not jupyter.should_include(page.file):
        return output
    markup = _STYLE.sub("", output)
    classes = {c for attr in _CLASS_ATTR.findall(markup) for c in attr.split()}
    attributes = set(_DATA_ATTR.findall(markup))

    jupyter_css = lambda css: ".jupyter-wrapper" in css and len(css) >= 100_000  # noqa: E731
    # the custom properties the page's other styles read: its other <style>s and style attributes, Material's
    # stylesheets and the site's own
    elsewhere = "".join(m.group(0) for m in _STYLE.finditer(output) if not jupyter_css(m.group(2))) + markup
    elsewhere += "".join(p.read_text("utf8") for p in _site_stylesheets(config))
    read_elsewhere = var_references(elsewhere)

    def prune(match):
        css = match.group(2)
        if not jupyter_css(css):
            return match.group(0)
        # 0.7 s a page: kept in .cache/css/ by what decides it (the page's classes, attributes, what it reads)
        key = digest(CSS_CODE, css, *sorted(classes), "", *sorted(attributes), "", *sorted(read_elsewhere))
        cut = cached("css", f"{key}.css", lambda: without_unused_custom_properties(
            used_rules(css, classes, attributes), read_elsewhere).encode())
        return match.group(1) + cut.read_text("utf8") + match.group(3)

    return _styles_to_head(_STYLE.sub(prune, output))


def _site_stylesheets(config) -> list[Path]:
    import material

    theme = Path(material.__file__).parent / "templates/assets/stylesheets"
    return sorted(theme.glob("*.css")) + [Path(config.docs_dir) / css for css in config.extra_css if css.endswith(".css")]


def _styles_to_head(output):
    """The `<style>`s between `<body>` and the notebook (nbconvert's), at the end of the head, without
    the `type="text/css"` HTML does not need; styles inside the notebook (an SVG's own) stay."""
    head_end = output.find("</head>")
    body = output.find("<body", head_end)
    notebook = output.find('<div class="jupyter-wrapper"', body)
    if min(head_end, body, notebook) < 0:
        return output
    styles = [m.group(0).replace('<style type="text/css">', "<style>", 1) for m in _STYLE.finditer(output, body, notebook)]
    return (output[:head_end] + "".join(f"{style}\n" for style in styles) + output[head_end:body]
            + _STYLE.sub("", output[body:notebook]) + output[notebook:])


NO_ALT = 'alt="No description has been provided for this image"'


def _alt_texts(html, page):
    """Each drawn figure gets the alt text of the cell that draws it (`alt` in the cell's metadata)."""
    import jupytext

    alts = [cell.metadata["alt"] for cell in jupytext.read(page.file.abs_src_path).cells if "alt" in cell.metadata]
    if html.count(NO_ALT) != len(alts):
        raise ValueError(f"{page.file.src_path}: {html.count(NO_ALT)} figures without alt text, but {len(alts)} "
                         'cells with one: give the cell that draws each figure `# %% alt="…"`')
    for alt in alts:
        html = html.replace(NO_ALT, f'alt="{escape(alt, quote=True)}"', 1)
    return html


_HEADING = re.compile(r'<h([1-6]) id="([^"]*)">')


def _fill_empty_heading_ids(html, page):
    """nbconvert gives headings without Latin letters `id=""`, and the table of contents (and Material's skip
    link) point at `#_1`, `#_2`, ...: such a heading gets a readable id made from its text, as Markdown pages'
    headings do (pymdownx.slugs, mkdocs.yml's toc), and its table-of-contents entry the same id."""
    from pymdownx.slugs import slugify

    slug = slugify(case="lower")
    items, stack = [], list(page.toc.items)[::-1]
    while stack:
        item = stack.pop()
        items.append(item)
        stack.extend(list(item.children)[::-1])
    headings = list(_HEADING.finditer(html))
    if len(headings) != len(items):
        return html
    used = {m.group(2) for m in headings if m.group(2)}
    entries = iter(items)

    def fill(match):
        item = next(entries)
        if match.group(2) and not re.fullmatch(r"_\d+", match.group(2)):
            return match.group(0)
        base = slug(item.title, "-") or item.id
        new, n = base, 0
        while new in used:
            n += 1
            new = f"{base}_{n}"
        used.add(new)
        item.id = new
        return f'<h{match.group(1)} id="{new}">'

    return _HEADING.sub(fill, html)


def _replace_event(config, event, plugin, new):
    """Swap `plugin`'s handler for `event` in MkDocs' event table (bound at config load)."""
    handlers = config.plugins.events[event]
    for i, handler in enumerate(handlers):
        if getattr(handler, "__self__", None) is plugin:
            handlers[i] = new
            return handler
    raise RuntimeError(f"mkdocs-jupyter has no {event} handler to wrap")


def on_config(config, **kwargs):
    jupyter, i18n = _plugins(config)
    if jupyter is None or i18n is None or getattr(jupyter, "_dlnotes_patched", False):
        return config
    jupyter._dlnotes_patched = True

    def pre_build_once_per_site(config):
        # the default language's build starts a site build; the others continue it
        if i18n.current_language in (None, i18n.default_language):
            original_pre_build(config)

    def post_build_after_last_language(config):
        # how static-i18n itself tells a dirty build (MkDocs gives plugins no other way)
        dirty = "--dirty" in sys.argv or "--dirtyreload" in sys.argv
        if i18n.current_language == i18n.build_languages[-1] and not dirty:
            original_post_build(config)

    original_pre_build = _replace_event(config, "pre_build", jupyter, pre_build_once_per_site)
    original_post_build = _replace_event(config, "post_build", jupyter, post_build_after_last_language)
    return config
