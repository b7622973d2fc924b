"""pytest starts here: the harness that runs the pages lives in tests/harness.py; tests/sharding.py
splits the suite across CI runners (`--shard K/N`)."""

pytest_plugins = ["tests.harness", "tests.sharding"]

# jupytext notebooks are run by the build (tests/test_notebooks.py), snippets by their
# pages, and the deliberately broken pages of tests/fixtures only by tests/test_harness.py
collect_ignore_glob = ["docs/*.py", "docs/*/*.py", "snippets/*", "tests/fixtures/*", "site/*"]

