"""Partials copied from Material into overrides/ stay what they were made from, plus their one change.

overrides/partials/search.html is Material's `partials/search.html` with an accessible name on the
dialog; source.html without the component that asks GitHub's API for stars; copyright.html with the
source and licence line. If an upgrade of mkdocs-material changes its partial, this test fails: copy the new partial
and make the change again (the test prints the diff), so the site never runs an outdated copy.
"""

import difflib
from pathlib import Path

import material

from dlnotes.site import ROOT

MATERIAL = Path(material.__file__).parent / "templates"
# override -> (the change made to Material's partial: old text, new text)
CHANGES = {
    "partials/search.html": (
        '<div class="md-search" data-md-component="search" role="dialog">',
        '<div class="md-search" data-md-component="search" role="dialog" aria-label="{{ lang.t(\'search\') }}">',
    ),
    "partials/source.html": (
        '<a href="{{ config.repo_url }}" title="{{ lang.t(\'source\') }}" class="md-source" data-md-component="source">\n',
        '<a href="{{ config.repo_url }}" title="{{ lang.t(\'source\') }}" class="md-source">\n',
    ),
    "partials/copyright.html": (  # the source and licence line goes before Material's "Made with" line
        "  {% if not config.extra.generator == false %}\n",
        "  {% if config.repo_url %}\n"
        '    <div class="dl-source">\n'
        '      <a href="{{ config.repo_url }}">{{ lang.t("source") }}: {{ config.repo_url | replace("https://", "") '
        '| replace("http://", "") }}</a>\n'
        '      {%- if config.extra.licence %} · <a href="{{ config.extra.licence.url }}" rel="license">'
        "{{ config.extra.licence.name }}</a>{% endif %}\n"
        "    </div>\n"
        "  {% elif config.extra.licence %}\n"
        '    <div class="dl-source">\n'
        '      <a href="{{ config.extra.licence.url }}" rel="license">{{ config.extra.licence.name }}</a>\n'
        "    </div>\n"
        "  {% endif %}\n"
        "  {% if not config.extra.generator == false %}\n",
    ),
}
HEADER_END = "-#}\n"  # Material's "generated, do not edit" header and ours are Jinja comments: compared without them


def body(text: str) -> str:
    return text.split(HEADER_END, 1)[1] if text.startswith("{#-") else text


def drift(override: Path, upstream: Path, change: tuple[str, str]) -> str:
    """'' if `override` is `upstream` with `change` made once; else a diff saying what differs."""
    old, new = change
    expected = body(upstream.read_text("utf8"))
    if expected.count(old) != 1:
        return f"{upstream}: the text the override changes is no longer there once: {old!r}"
    expected = expected.replace(old, new)
    actual = body(override.read_text("utf8"))
    if actual == expected:
        return ""
    return "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                        f"{upstream} + the change", str(override)))


def test_every_override_of_a_material_partial_is_listed():
    overrides = {p.relative_to(ROOT / "overrides").as_posix() for p in (ROOT / "overrides/partials").rglob("*.html")}
    assert overrides == set(CHANGES)


def test_overrides_match_the_installed_material():
    for name, change in CHANGES.items():
        assert drift(ROOT / "overrides" / name, MATERIAL / name, change) == ""


def test_a_changed_upstream_partial_is_reported(tmp_path):
    upstream = tmp_path / "search.html"
    text = (MATERIAL / "partials/search.html").read_text("utf8")
    upstream.write_text(text.replace('<div class="md-search__inner"', '<div class="md-search__inner md-new"', 1))
    message = drift(ROOT / "overrides/partials/search.html", upstream, CHANGES["partials/search.html"])
    assert message.startswith(f"--- {upstream} + the change") and "md-new" in message
    upstream.write_text(text.replace('role="dialog"', 'role="dialog" aria-modal="true"'))
    assert "no longer there" in drift(ROOT / "overrides/partials/search.html", upstream, CHANGES["partials/search.html"])
