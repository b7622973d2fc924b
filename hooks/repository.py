"""Where the source lives: `repo_url` comes from the REPO_URL environment variable (mkdocs.yml).

With it, the header links to the repository, the footer names it (overrides/partials/copyright.html)
and each page has an "edit this page" button at `edit_uri`. Without it there is nothing to link to,
so `edit_uri` is dropped too (MkDocs would warn on every page, and the strict build fail).
"""


def on_config(config, **kwargs):
    if not config.repo_url:
        config.edit_uri = None
    return config
