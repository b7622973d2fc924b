"""Compiled page templates are kept in `.cache/jinja/` (jinja2's bytecode cache, checked against each template's
source): MkDocs makes a new template environment for every build, and compiling Material's templates again was
a second of each rebuild in `mkdocs serve`."""

from jinja2 import FileSystemBytecodeCache

from dlnotes.cache import CACHE


def on_env(env, config, files, **kwargs):
    folder = CACHE / "jinja"
    folder.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(folder))
    return env
