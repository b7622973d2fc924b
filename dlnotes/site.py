"""The site's layout, read from mkdocs.yml: its languages, each page's twin, where a page is built.

Pages follow mkdocs-static-i18n's suffix layout: `docs/x.md` is in the default language (Chinese),
`docs/x.en.md` in English; jupytext notebooks likewise (`x.py`, `x.en.py`). A page of the default
language is built to `x/index.html`, the others to `<lang>/x/index.html`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import yaml

# the project whose mkdocs.yml, docs/ and snippets/ are read: this repository, or DLNOTES_ROOT (a scratch
# project, such as the page tests/test_scaffold.py has `nox -s new` write and the real harness run)
ROOT = Path(os.environ.get("DLNOTES_ROOT") or Path(__file__).resolve().parent.parent).resolve()
DOCS = ROOT / "docs"
SOURCE_SUFFIXES = (".md", ".py")  # Markdown pages and jupytext notebooks


class Tagged:
    """A value mkdocs.yml gives a tag (`!ENV [SITE_URL, …]`, `!!python/name:…`), kept as written."""

    def __init__(self, tag: str, value):
        self.tag, self.value = tag, value

    def __repr__(self):
        return f"Tagged({self.tag!r}, {self.value!r})"


class _ConfigLoader(yaml.SafeLoader):
    pass


def _tagged(loader, suffix, node):
    construct = {yaml.ScalarNode: loader.construct_scalar, yaml.SequenceNode: loader.construct_sequence,
                 yaml.MappingNode: loader.construct_mapping}[type(node)]
    return Tagged(node.tag, construct(node, deep=True) if not isinstance(node, yaml.ScalarNode) else construct(node))


_ConfigLoader.add_multi_constructor("", _tagged)


class _ConfigDumper(yaml.SafeDumper):
    pass


def _represent_tagged(dumper, tagged: Tagged):
    if isinstance(tagged.value, dict):
        return dumper.represent_mapping(tagged.tag, tagged.value)
    if isinstance(tagged.value, list):
        return dumper.represent_sequence(tagged.tag, tagged.value, flow_style=True)
    return dumper.represent_scalar(tagged.tag, tagged.value)


_ConfigDumper.add_representer(Tagged, _represent_tagged)


def mkdocs_config(path: Path = ROOT / "mkdocs.yml") -> dict:
    """mkdocs.yml as data; tagged values (`!ENV`, `!!python/…`) are `Tagged`, written back as they were by
    `dump_mkdocs_config` (a test's small site built with the real configuration)."""
    return yaml.load(path.read_text("utf8"), Loader=_ConfigLoader)


def dump_mkdocs_config(config: dict) -> str:
    return yaml.dump(config, Dumper=_ConfigDumper, allow_unicode=True, sort_keys=False)


@lru_cache(maxsize=None)
def languages() -> tuple[str, ...]:
    """The site's languages, the default first (mkdocs-static-i18n's `languages`)."""
    for plugin in mkdocs_config()["plugins"]:
        if isinstance(plugin, dict) and "i18n" in plugin:
            entries = plugin["i18n"]["languages"]
            return tuple(e["locale"] for e in sorted(entries, key=lambda e: not e.get("default", False)))
    raise RuntimeError("mkdocs.yml: no i18n plugin with languages")


def default_language() -> str:
    return languages()[0]


def _split(path: Path) -> tuple[str, str, str]:
    """(stem, language, suffix): docs/a/x.en.md -> ("x", "en", ".md"), docs/a/x.md -> ("x", "zh", ".md")."""
    stem, suffix = path.name[: -len(path.suffix)] if path.suffix else path.name, path.suffix
    head, dot, tail = stem.rpartition(".")
    if dot and tail in languages()[1:]:
        return head, tail, suffix
    return stem, default_language(), suffix


def language(path: Path) -> str:
    """The language of a page file, from its suffix."""
    return _split(Path(path))[1]


def in_language(path: Path, lang: str) -> Path:
    """The same page's file in `lang` (it may not exist)."""
    stem, _, suffix = _split(Path(path))
    name = f"{stem}{suffix}" if lang == default_language() else f"{stem}.{lang}{suffix}"
    return Path(path).with_name(name)


def twin_of(path: Path) -> Path:
    """docs/x.md <-> docs/x.en.md (and notebooks: x.py <-> x.en.py): the default language's page and the other's."""
    lang = language(path)
    other = next(lang_ for lang_ in languages() if lang_ != lang) if lang == default_language() else default_language()
    return in_language(path, other)


def language_prefix(lang: str) -> str:
    """Where a language's pages are built, relative to the site: "" or "en/"."""
    return "" if lang == default_language() else f"{lang}/"


def page_url(src: Path) -> str:
    """docs/pytorch/tensors.en.md -> en/pytorch/tensors/index.html (relative to the built site)."""
    src = Path(src)
    rel = src.relative_to(DOCS) if src.is_absolute() else src
    stem, lang, _ = _split(rel)
    folder = rel.parent if stem == "index" else rel.parent / stem
    path = f"{folder.as_posix()}/index.html".removeprefix("./")
    return language_prefix(lang) + path


def source_pages(docs: Path = DOCS) -> list[Path]:
    """Every page of the site, in every language: Markdown pages and jupytext notebooks."""
    return sorted(p for p in docs.rglob("*") if p.suffix in SOURCE_SUFFIXES and "assets" not in p.relative_to(docs).parts)


def built_pages(site: Path) -> list[Path]:
    return sorted(Path(site).rglob("*.html"))


def mkdocs_build(site_dir: Path, *extra: str, env: dict | None = None, strict: bool = True) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of this project into `site_dir` (`strict=False`: as `nox -s serve` builds, where
    a dirty build's warning is expected)."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", *(["--strict"] if strict else []), "--site-dir", str(site_dir), *extra],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
    )
