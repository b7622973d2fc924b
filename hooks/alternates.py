"""Drop the per-page `<link rel="alternate" hreflang>` tags from each page's head.

Material's JavaScript fetches `sitemap.xml` next to every such link, expecting it to point at
a language root. mkdocs-static-i18n points them at the twin page instead, so every page asked
for `/<page>/sitemap.xml` and its twin's: two 404s and two console errors per page. The language
switcher does not need the links: its own anchors already lead to the twin page.
(tests/test_browser.py opens every page and fails on any console error or failed request.)
"""

import re

ALTERNATE_LINK = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?')


def on_post_page(output, page, config, **kwargs):
    return ALTERNATE_LINK.sub("", output)


def on_post_template(output, template_name, config, **kwargs):
    """The 404 page (a theme template, not a page) carries the same links: drop them there too."""
    return ALTERNATE_LINK.sub("", output) if template_name == "404.html" else output
