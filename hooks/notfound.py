"""One 404 page for the whole site, in both languages (overrides/404.html).

GitHub Pages answers every missing path with the site's root `404.html`. mkdocs renders the
theme's 404.html once per language build, into the same root file: mkdocs-static-i18n's English
build wrote its copy over the Chinese one (no `en/404.html` is ever made), and each copy carried
the language links of the last page its build rendered (config.extra.alternate, which the plugin
sets per page), so the page's language selector led to the twins of some unrelated page.

Here: only the default language's build writes 404.html (a template that renders empty is not
written, so the other builds leave it alone), and its language selector leads to the two home
pages, as mkdocs-static-i18n sets it for the site before any page changes it. The links of
overrides/404.html and every asset URL are absolute from the site's base path, which mkdocs takes
from site_url for error pages: they work at any depth. (tests/test_publish.py checks the built
page, and opens a missing deep path in a real browser.)
"""

import copy


def _i18n(config):
    return config.plugins.get("i18n")


def on_template_context(context, template_name, config, **kwargs):
    i18n = _i18n(config)
    if template_name == "404.html" and getattr(i18n, "extra_alternate", None):
        config.extra["alternate"] = copy.deepcopy(i18n.extra_alternate)  # the language roots
    return context


def on_post_template(output, template_name, config, **kwargs):
    i18n = _i18n(config)
    if template_name == "404.html" and i18n is not None and not i18n.is_default_language_build:
        return ""  # the default language's build has written the one 404.html (both languages)
    return output
