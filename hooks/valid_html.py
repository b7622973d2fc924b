"""Valid HTML where Material's templates and pymdownx write attributes HTML does not allow.

tests/test_html.py runs the W3C Nu Html Checker over every built page; these are the corrections,
made on the rendered page (no copied template to keep in step with Material's). Each one leaves
what a browser does, and what a screen reader hears, as it was:

1. `tabindex=""` on the navigation's section labels (Material's nav-item.html writes the attribute
   with an empty value where a label is not meant to be focusable). An empty tabindex is invalid,
   and browsers treat it as absent: the attribute goes.
2. `autocomplete="off"` on the drawer and search toggles (`<input type="checkbox" class="md-toggle">`
   in Material's base.html), which is not allowed on a checkbox. Material writes it so that going
   back to a page does not reopen the menu or the search the reader had open (browsers restore a
   form control's state on history navigation unless autocomplete is off). The valid way to say the
   same: the toggles belong to an empty, hidden `<form autocomplete="off">`, the form owner whose
   setting they follow (HTML's "autofill field name"). Checked in Chromium: open the drawer, follow
   a link, go back: the drawer is closed, with Material's attribute and with this form; without
   either it is still open.
"""

import re

_EMPTY_TABINDEX = re.compile(r'(<label\b[^>]*?) tabindex=""')
_TOGGLE = re.compile(r'(<input class="md-toggle"[^>]*?) autocomplete="off">')
TOGGLES_FORM = "__md_toggles"


def valid_html(output: str) -> str:
    output = _EMPTY_TABINDEX.sub(r"\1", output)
    toggles = len(_TOGGLE.findall(output))
    output = _TOGGLE.sub(rf'\1 form="{TOGGLES_FORM}">', output)
    if toggles:  # the form right after the last toggle: the toggles keep their places (Material's CSS: `toggle:checked ~ …`)
        last = output.rindex(f'form="{TOGGLES_FORM}">') + len(f'form="{TOGGLES_FORM}">')
        output = output[:last] + f'\n    <form id="{TOGGLES_FORM}" autocomplete="off" hidden></form>' + output[last:]
    return output


def on_post_page(output, page, config, **kwargs):
    return valid_html(output)


def on_post_template(output, template_name, config, **kwargs):
    """The 404 page (a theme template, not a page) has the same navigation and toggles."""
    return valid_html(output) if template_name == "404.html" and output else output
