"""The site's own machinery, shared by the build (hooks/), the tests (tests/) and the tools (tools/).

- `site`: the site's layout read from mkdocs.yml: languages, twins, where a page is built, the build itself
- `pagemodel`: what a page is: its fences, options, includes and outputs (pure)
- `notebook_export`: a page as a Jupyter notebook (its prose, the code the tests run, the verified outputs)
- `figures`: drawing a plot snippet's figure in each language
- `workflows`: the GitHub Actions workflows read and linted (actionlint, pins read as their tags)
- `server`: the built site served as GitHub Pages serves it (tests and `tools/audit.py`)
- `drift`: the drift report, `nox -s drift` (standard library only); `drift_plugin`: its pytest side
- `requirements`: the pinned versions, and the one `pip install` line a reader runs
- `search_index`: one search index per language, formulas in snippets as text
- `cjk`: source line breaks between Chinese characters, joined and counted

Nothing here imports `tests/`; hooks and tests import this package (noxfile.py puts the repository
root on `.venv`'s path). Importing the package itself imports nothing.
"""
