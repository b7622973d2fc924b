"""A figure opens full size on a click (mkdocs-glightbox), at no cost to pages without figures.

mkdocs-glightbox (mkdocs.yml) wraps each image of a page in a link that GLightbox opens, zoomable to
the figure's own size: on a phone the column shows a figure's text at 8 px or more (tests/test_figures.py),
and a reader may want it larger. It copies
GLightbox's script and styles into the site (no CDN). Three things here, run after it:

- its page content came back as a whole document (`<html><head></head><body>…`, selectolax's
  serialization of a fragment): Material's search took the wrapper for a preface and indexed each
  page's introduction apart from the page. The body is what the page's content is;
- a page without a figure gets none of GLightbox's files;
- its script no longer blocks rendering: loaded with `defer`, started once the page is parsed;
- its dialog gets an accessible name, the figure's alt text (axe-core: aria-dialog-name).
"""

import re

from mkdocs.plugins import event_priority

WRAPPED = re.compile(r"^\s*<html><head></head><body>(.*)</body></html>\s*$", re.S)
ASSETS = re.compile(r'<link href="[^"]*glightbox\.min\.css" rel="stylesheet">|<script src="[^"]*glightbox\.min\.js"></script>|'
                    r'<style id="glightbox-style">.*?</style>|<script id="init-glightbox">.*?</script>', re.S)
SCRIPT = re.compile(r'(<script src="[^"]*glightbox\.min\.js")></script>')
INIT = re.compile(r'(<script id="init-glightbox">)(.*?)(</script>)', re.S)


@event_priority(-50)  # after mkdocs-glightbox (0)
def on_page_content(html, page, config, files, **kwargs):
    match = WRAPPED.match(html)
    return match[1] if match else html


@event_priority(-50)
def on_post_page(output, page, config, **kwargs):
    if 'class="glightbox"' not in output:
        return ASSETS.sub("", output)
    output = SCRIPT.sub(r"\1 defer></script>", output, count=1)
    return INIT.sub(lambda m: f'{m[1]}document.addEventListener("DOMContentLoaded", () => {{ {m[2].strip()}\n{LABEL} }});{m[3]}',
                    output, count=1)


# the open dialog is named by the figure it shows
LABEL = """lightbox.on("open", () => {
  const img = lightbox.elements[lightbox.index]?.node?.querySelector("img");
  document.getElementById("glightbox-body")?.setAttribute("aria-label", img ? img.alt : "");
});"""
