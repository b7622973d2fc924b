"""Every content page downloads as a notebook in its language, with a "verified with" line.

For each Markdown page with Python blocks, the notebook made by dlnotes/notebook_export.py (the
page's prose, exactly the code the tests run, the verified outputs) is written next to the
built page as `<page>.ipynb`, and the page gets, under its title, a download button and one
line naming the versions that verified its outputs (read from this environment, never typed).
After the build, all notebooks of one language are zipped (`notebooks-zh.zip`,
`en/notebooks-en.zip`); the home pages link to them. With `repo_url` on GitHub, an
"Open in Colab" link points at the notebook on the published site's branch (gh-pages).

Notebooks and zips are cached in `.cache/downloads/` (git-ignored) by the hash of what makes them
(the page, its snippets, the export code, the "verified with" line; a zip by its members), so a
rebuild in `mkdocs serve` exports only the pages an edit touched.
"""

import datetime
import functools
import hashlib
import io
import os
import platform
import shutil
import zipfile
from importlib import metadata
from pathlib import Path

import nbformat

import dlnotes.notebook_export
import dlnotes.pagemodel
from dlnotes.notebook_export import page_notebook
from dlnotes.pagemodel import parse_fences
from dlnotes.site import ROOT, language, language_prefix, languages

CACHE = ROOT / ".cache" / "downloads"
EXPORT_CODE = b"".join(Path(m.__file__).read_bytes() for m in (dlnotes.notebook_export, dlnotes.pagemodel)) + Path(
    __file__).read_bytes()

TEXT = {
    "zh": {
        "download": "下载 Notebook",
        "colab": "在 Colab 中打开",
        "verified": "本页输出由 {versions} 在 {date} 验证",
        "zip": "下载全部 Notebook（中文，zip）",
    },
    "en": {
        "download": "Download notebook",
        "colab": "Open in Colab",
        "verified": "Outputs verified with {versions} on {date}",
        "zip": "Download all notebooks (English, zip)",
    },
}


@functools.lru_cache(maxsize=None)
def versions() -> dict[str, str]:
    """The versions this build's environment has (the one the tests ran in)."""

    def version(*names):
        for name in names:
            try:
                return metadata.version(name)
            except metadata.PackageNotFoundError:
                continue
        return "?"

    return {
        "PyTorch": version("torch"),
        "TensorFlow": version("tensorflow-cpu", "tensorflow"),
        "Python": platform.python_version(),
    }


def verified_line(lang: str, today: datetime.date | None = None) -> str:
    sep = "、" if lang == "zh" else ", "
    names = sep.join(f"{name} {v}" for name, v in versions().items())
    return TEXT[lang]["verified"].format(versions=names, date=(today or datetime.date.today()).isoformat())


def colab_url(repo_url: str | None, notebook_path: str) -> str | None:
    """Colab opens notebooks from GitHub; the built site is published on the gh-pages branch."""
    prefix = "https://github.com/"
    if not repo_url or not repo_url.startswith(prefix):
        return None
    owner_repo = repo_url.removeprefix(prefix).strip("/")
    return f"https://colab.research.google.com/github/{owner_repo}/blob/gh-pages/{notebook_path}"


def on_page_markdown(markdown, page, config, files, **kwargs):
    src = Path(page.file.abs_src_path)
    lang = language(src)
    if src.parent == Path(config.docs_dir).resolve() and src.name in ("index.md", "index.en.md"):  # home pages
        return markdown + f'\n\n<a class="md-button" href="notebooks-{lang}.zip" download>{TEXT[lang]["zip"]}</a>\n'
    fences = parse_fences(src.read_text("utf8")) if src.suffix == ".md" else []
    if not any(f.is_python for f in fences):
        return markdown
    name = src.name.removesuffix(".md").removesuffix(".en") + ".ipynb"
    dest = Path(page.file.dest_path).parent / name
    verified = verified_line(lang)
    out = Path(config.site_dir) / dest
    out.parent.mkdir(parents=True, exist_ok=True)
    inputs = [src] + sorted({ROOT / f.include.split(":")[0] for f in fences if f.include})
    key = hashlib.sha256(EXPORT_CODE + verified.encode() + b"".join(p.read_bytes() for p in inputs)).hexdigest()
    cached = cache_entry(f"{key}.ipynb", lambda: nbformat.writes(page_notebook(src, header=[f"*{verified}*"])).encode())
    shutil.copyfile(cached, out)
    links = [f'<a class="md-button" href="{name}" download>{TEXT[lang]["download"]}</a>']
    colab = colab_url(config.repo_url, dest.as_posix())
    if colab:
        links.append(f'<a class="md-button" href="{colab}">{TEXT[lang]["colab"]}</a>')
    block = f'<p class="dl-notebook">{" ".join(links)}<br><small class="dl-verified">{verified}</small></p>'
    head, sep, rest = markdown.partition("\n")
    if head.startswith("# "):
        return f"{head}\n\n{block}\n{rest}"
    return f"{block}\n\n{markdown}"


def on_post_build(config, **kwargs):
    """Zip each language's notebooks (static-i18n may call this once per language: idempotent)."""
    site = Path(config.site_dir)
    prefixes = {language_prefix(lang).rstrip("/") for lang in languages()} - {""}
    for lang in languages():
        folder = site / language_prefix(lang)
        notebooks = sorted(  # the default language's folder is the site's root: skip the others' folders
            p for p in folder.rglob("*.ipynb") if p.relative_to(folder).parts[0] not in prefixes
        )
        if not notebooks:
            continue
        members = [(nb.relative_to(folder).as_posix(), nb.read_bytes()) for nb in notebooks]
        key = hashlib.sha256(b"".join(name.encode() + b"\0" + data for name, data in members)).hexdigest()
        shutil.copyfile(cache_entry(f"{key}.zip", lambda: zipped(members)), folder / f"notebooks-{lang}.zip")


def zipped(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(zipfile.ZipInfo(name, date_time=datetime.datetime.now().timetuple()[:6]), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def cache_entry(name: str, make) -> Path:
    """`.cache/downloads/<name>`, made by `make()` (bytes) the first time."""
    path = CACHE / name
    if not path.is_file():
        CACHE.mkdir(parents=True, exist_ok=True)
        scratch = CACHE / f"{name}.{os.getpid()}.tmp"
        scratch.write_bytes(make())
        scratch.replace(path)  # atomic: a build beside this one reads a whole file or none
    return path
