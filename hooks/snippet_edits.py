"""`mkdocs serve --dirty` (what `nox -s serve` runs) rebuilds only the pages whose file changed: this hook
makes a snippet edit count as an edit of every page that includes the snippet (dlnotes.pagemodel.
mark_snippet_edits: such a page gets its newest snippet's modification time; its text is untouched).
Without --dirty it does nothing.
"""

import sys
from pathlib import Path

from dlnotes.pagemodel import mark_snippet_edits


def on_pre_build(config, **kwargs):
    if "--dirty" in sys.argv or "--dirtyreload" in sys.argv:
        mark_snippet_edits(Path(config.docs_dir))
