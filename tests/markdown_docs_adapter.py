"""Everything this project takes from pytest-markdown-docs' internals, in one place.

pytest-markdown-docs (pinned in requirements.txt) collects one item per Python fence. We
use it for collection and fixtures only; what a block means and how it runs is ours
(tests/harness.py, dlnotes/pagemodel.py). If an upgrade moves any of the names below, it
breaks here and nowhere else.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

import pytest
from pytest_markdown_docs import _runners
from pytest_markdown_docs.plugin import MARKER_NAME  # "markdown-docs": every fence item carries it

from dlnotes.pagemodel import markdown_parser

__all__ = [
    "MARKER_NAME", "collects_pages", "fence_line", "fence_location", "install_runner", "is_fence_item", "is_fence_report",
    "parser_hook",
]
_FENCE_NAME = re.compile(r"\[CodeFence#\d+\]\[line:(\d+)\]$")  # the plugin's item names: "[CodeFence#2][line:7]"


def is_fence_item(item: pytest.Item) -> bool:
    return item.get_closest_marker(MARKER_NAME) is not None


def is_fence_report(report) -> bool:
    """A report (also from an xdist worker) of a page's code fence, told by its marker, not its node id."""
    return MARKER_NAME in getattr(report, "keywords", {})


def collects_pages(config: pytest.Config) -> bool:
    """Whether this run collects Markdown pages (`--markdown-docs`)."""
    return bool(config.option.markdowndocs)


def fence_line(name: str) -> int | None:
    """The page line of a fence item's name, as reports (JUnit, xdist) carry it; None for any other item."""
    m = _FENCE_NAME.search(name)
    return int(m.group(1)) if m else None


def fence_location(item: pytest.Item) -> tuple[Path, int]:
    """(page path, 1-based line of the fence's opening ```) of a fence item."""
    definition = item.test_definition
    return Path(definition.source_path), definition.start_line


def install_runner(run: Callable, describe_failure: Callable) -> None:
    """Make `run(path, line, fixtures)` the way every fence runs.

    The plugin calls `runner.runtest(test, args, asyncio_runner=...)` and, if that raises
    TypeError, calls it AGAIN without the keyword (its check for old runner signatures,
    upstream issue #69). Our runner accepts the keyword and never lets a TypeError out, so
    a block that raises TypeError fails once instead of running twice.
    """

    class PageRunner(_runners._Runner):
        def runtest(self, test, args, *, asyncio_runner=None):
            fixtures = {k: v for k, v in args.items() if k in test.fixture_names}
            try:
                run(Path(test.source_path), test.start_line, fixtures)
            except TypeError as error:
                raise BlockError(error) from error

        def repr_failure(self, test, excinfo, style=None):
            return describe_failure(Path(test.source_path), test.start_line, excinfo)

    _runners.register_runner(default=True)(PageRunner)


class BlockError(Exception):
    """A block's own TypeError, wrapped so the plugin does not take it for a signature mismatch."""

    def __init__(self, error: BaseException):
        super().__init__(error)
        self.error = error


@pytest.hookimpl(tryfirst=True)
def parser_hook():
    """pytest_markdown_docs_markdown_it: collect with the same parser as the page model."""
    return markdown_parser()
