"""Every content page downloads as a notebook in its language, with a "verified with" line.

For each Markdown page with Python blocks, the notebook made by dlnotes/notebook_export.py (the
page's prose, exactly the code the tests run, the verified outputs, made to stand alone: links
to the published pages at `site_url`, figures as the outputs of the cells that draw them, a font
cell) is written next to the built page as `<page>.ipynb`, and the page gets, under its title, a
download button and one line naming the versions that verified its outputs (read from this
environment, never typed). A notebook page (docs/notebooks/*.py, rendered by mkdocs-jupyter) gets
the same: its jupytext source as an .ipynb, not executed.
After the build, all notebooks of one language are zipped (`notebooks-zh.zip`,
`en/notebooks-en.zip`) under one folder (`dl-notes-zh/`) laid out like the site, with a README in
that language: what it is, how to run it, and the `pip install` line pinning every library the
notebooks import at the version installed here. The home pages link to the zips. With `repo_url`
on GitHub, an "Open in Colab" link points at the notebook on the published site's branch (gh-pages).

Notebooks and zips are cached in `.cache/downloads/` (git-ignored) by the hash of what makes them
(the page, its snippets, the figures it shows, the export code, the "verified with" line,
`site_url`; a zip by its members, the README included), so a rebuild in `mkdocs serve` exports
only the pages an edit touched.
"""

import datetime
import functools
import io
import platform
import re
import shutil
import zipfile
from importlib import metadata
from pathlib import Path, PurePosixPath

import nbformat

import dlnotes.notebook_export
from dlnotes import glossary
from dlnotes.cache import cached, digest
import dlnotes.pagemodel
from dlnotes.notebook_export import (
    figure_files, jupytext_notebook, notebook_imports, page_notebook, site_address, standalone,
)
from dlnotes.pagemodel import parse_fences
from dlnotes.requirements import installed_providers
from dlnotes.site import ROOT, language, language_prefix, languages, mkdocs_config

GLOSSARY = ROOT / "glossary.yml"
EXPORT_CODE = b"".join(Path(m.__file__).read_bytes() for m in (dlnotes.notebook_export, dlnotes.pagemodel)) + Path(
    __file__).read_bytes()

TEXT = {
    "zh": {
        "download": "下载 Notebook",
        "colab": "在 Colab 中打开",
        "verified": "本页输出由 {versions} 在 {date} 验证",
        "verified_all": "输出由 {versions} 在 {date} 验证",
        "ran": "网页上的输出由 {versions} 在 {date} 运行得到；这个 Notebook 不带输出，运行一遍就有",
        "zip": "下载全部 Notebook（中文，zip）",
        "web": "网页版：<{url}>",
        "readme": """\
# {site_name}：Notebook

这个文件夹里是网站 <{site_url}> 每一页的 Jupyter Notebook，共 {count} 个，目录结构和网站相同：
例如 `{example}` 就是网页 <{example_url}>。每个 Notebook 里有网页的正文、代码和验证过的输出
（`notebooks/` 下的不带输出，运行一遍就有），练习答案在末尾。{verified}。

## 运行

1. 安装 Python {python}，以及验证输出时所用版本的库：

   ```
   {pip}
   ```

2. 还没有 Jupyter 的话，再运行 `pip install jupyterlab`。在这个文件夹里运行 `jupyter lab`，
   打开一个 Notebook，从上到下依次运行单元格。也可以用 VS Code 打开，或上传到 Google Colab
   （在 Colab 里先运行上面那行 `pip install`，前面加 `!`）。

带 `needs-gpu` 标签的单元格需要 NVIDIA GPU，带 `needs-network` 标签的需要联网，其余的离线就能运行。
画图的 Notebook 里，第一个代码单元格设置图中的中文字体：电脑上没有中文字体时，图改用英文标签。
""",
    },
    "en": {
        "download": "Download notebook",
        "colab": "Open in Colab",
        "verified": "Outputs verified with {versions} on {date}",
        "verified_all": "The outputs were verified with {versions} on {date}",
        "ran": "The outputs on the web page were made with {versions} on {date}; this notebook comes without them: run it",
        "zip": "Download all notebooks (English, zip)",
        "web": "On the web: <{url}>",
        "readme": """\
# {site_name}: notebooks

This folder holds the Jupyter notebook of every page of <{site_url}>, {count} of them, laid out like
the site: `{example}` is the page <{example_url}>. Each notebook has the page's text, its code and
the verified outputs (those under `notebooks/` come without: run them); the answers to the exercises are at
the end. {verified}.

## How to run them

1. Install Python {python} and the libraries at the versions that verified the outputs:

   ```
   {pip}
   ```

2. If you don't have Jupyter yet, also run `pip install jupyterlab`. Run `jupyter lab` in this folder,
   open a notebook and run its cells from top to bottom. VS Code opens them too, and so does Google
   Colab (upload a notebook and run the `pip install` line above first, prefixed with `!`).

Cells tagged `needs-gpu` need an NVIDIA GPU and cells tagged `needs-network` an internet connection;
everything else runs offline.
""",
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


def verified_line(lang: str, today: datetime.date | None = None, text: str = "verified") -> str:
    sep = "、" if lang == "zh" else ", "
    names = sep.join(f"{name} {v}" for name, v in versions().items())
    return TEXT[lang][text].format(versions=names, date=(today or datetime.date.today()).isoformat())


def colab_url(repo_url: str | None, notebook_path: str) -> str | None:
    """Colab opens notebooks from GitHub; the built site is published on the gh-pages branch."""
    prefix = "https://github.com/"
    if not repo_url or not repo_url.startswith(prefix):
        return None
    owner_repo = repo_url.removeprefix(prefix).strip("/")
    return f"https://colab.research.google.com/github/{owner_repo}/blob/gh-pages/{notebook_path}"


def _header(lang: str, src: Path, site_url: str) -> list[str]:
    """What a notebook says under its title: the "verified with" line (a notebook page: the outputs are on
    the web page) and its page on the web."""
    line = verified_line(lang, text="verified" if src.suffix == ".md" else "ran")
    return [f"*{line}*", "", TEXT[lang]["web"].format(url=site_address(src, "", site_url))]


def _download_block(lang: str, name: str, dest: PurePosixPath, repo_url: str | None) -> str:
    links = [f'<a class="md-button" href="{name}" download>{TEXT[lang]["download"]}</a>']
    colab = colab_url(repo_url, dest.as_posix())
    if colab:
        links.append(f'<a class="md-button" href="{colab}">{TEXT[lang]["colab"]}</a>')
    return f'<p class="dl-notebook">{" ".join(links)}<br><small class="dl-verified">{verified_line(lang)}</small></p>'


def _write_notebook(out: Path, inputs: list[Path], extra: str, make) -> None:
    """Write the notebook `make()` returns to `out`, cached by the hash of its inputs."""
    key = digest(EXPORT_CODE, extra, *(p.read_bytes() for p in inputs))
    out.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(cached("downloads", f"{key}.ipynb", lambda: nbformat.writes(make()).encode()), out)


def on_page_markdown(markdown, page, config, files, **kwargs):
    src = Path(page.file.abs_src_path)
    lang = language(src)
    if src.parent == Path(config.docs_dir).resolve() and src.name in ("index.md", "index.en.md"):  # home pages
        return markdown + f'\n\n<a class="md-button" href="notebooks-{lang}.zip" download>{TEXT[lang]["zip"]}</a>\n'
    fences = parse_fences(src.read_text("utf8")) if src.suffix == ".md" else []
    if not any(f.is_python for f in fences):
        return markdown
    name = src.name.removesuffix(".md").removesuffix(".en") + ".ipynb"
    dest = PurePosixPath(page.file.dest_path).parent / name
    header = _header(lang, src, config.site_url)
    inputs = [src] + sorted({ROOT / f.include.split(":")[0] for f in fences if f.include}) + figure_files(src)
    text = glossary.page_markdown(src.read_text("utf8"), src, config.docs_dir, GLOSSARY)  # the glossary's table
    if glossary.MARKER in src.read_text("utf8"):
        inputs.append(GLOSSARY)
    _write_notebook(
        Path(config.site_dir) / dest, inputs, "\n".join([config.site_url, *header]),
        lambda: standalone(page_notebook(src, header=header, text=text), src, config.site_url),
    )
    block = _download_block(lang, name, dest, config.repo_url)
    head, sep, rest = markdown.partition("\n")
    if head.startswith("# "):
        return f"{head}\n\n{block}\n{rest}"
    return f"{block}\n\n{markdown}"


def on_page_content(html, page, config, files, **kwargs):
    """A notebook page (mkdocs-jupyter) gets its .ipynb, the download button and the "verified with" line."""
    jupyter = config.plugins.get("mkdocs-jupyter")
    if jupyter is None or not jupyter.should_include(page.file):
        return html
    src = Path(page.file.abs_src_path)
    lang = language(src)
    name = src.name.removesuffix(".py").removesuffix(f".{lang}") + ".ipynb"
    dest = PurePosixPath(page.file.dest_path).parent / name
    header = _header(lang, src, config.site_url)
    _write_notebook(
        Path(config.site_dir) / dest, [src], "\n".join([config.site_url, *header]),
        lambda: standalone(jupytext_notebook(src, header=header), src, config.site_url),
    )
    head, sep, rest = html.partition("</h1>")
    if not sep:
        raise ValueError(f"{src}: a notebook page must start with a title (# …)")
    return head + sep + _download_block(lang, name, dest, config.repo_url) + rest


# the same TensorFlow without GPU support; `tensorflow` installs on every platform
READER_DISTRIBUTION = {"tensorflow-cpu": "tensorflow"}


def requirements(modules: set[str]) -> list[str]:
    """`name==version` of the distributions that provide `modules`, as installed here (the tests' environment)."""
    providers = installed_providers()
    pins = set()
    for module in modules:
        for dist in providers.get(module, []):
            name = re.sub(r"[-_.]+", "-", dist).lower()
            pins.add(f"{READER_DISTRIBUTION.get(name, name)}=={metadata.version(dist).split('+')[0]}")
    return sorted(pins)


def site_name(lang: str) -> str:
    config = mkdocs_config()
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "i18n" in plugin:
            for entry in plugin["i18n"]["languages"]:
                if entry["locale"] == lang and entry.get("site_name"):
                    return entry["site_name"]
    return config["site_name"]


def readme(lang: str, notebooks: dict[str, bytes], site_url: str, example: str, example_url: str) -> str:
    """The zip's README.md: what it is, how to run it, the pinned `pip install` line."""
    modules = set().union(*(notebook_imports(data) for data in notebooks.values()))
    return TEXT[lang]["readme"].format(
        site_name=site_name(lang), site_url=site_url.rstrip("/") + "/" + language_prefix(lang),
        count=len(notebooks), example=example, example_url=example_url,
        verified=verified_line(lang, text="verified_all"), python=".".join(platform.python_version_tuple()[:2]),
        pip="pip install " + " ".join(requirements(modules)),
    )


def zip_folder(lang: str) -> str:
    return f"dl-notes-{lang}"


def built_languages(config) -> list[str]:
    """The language this build made: mkdocs-static-i18n builds each language in turn and runs the
    post-build hooks after each, so each zip is made once, after its own language's notebooks."""
    current = getattr(config.plugins.get("i18n"), "current_language", None)
    return [current] if current in languages() else languages()


def on_post_build(config, **kwargs):
    """Zip the built language's notebooks under one folder with a README. In the zip a page's notebook
    sits where its source sits in docs/: `pytorch/tensors/tensors.ipynb` of the site is
    `dl-notes-zh/pytorch/tensors.ipynb`."""
    site = Path(config.site_dir)
    prefixes = {language_prefix(lang).rstrip("/") for lang in languages()} - {""}
    for lang in built_languages(config):
        folder = site / language_prefix(lang)
        built = sorted(  # the default language's folder is the site's root: skip the others' folders
            p for p in folder.rglob("*.ipynb") if p.relative_to(folder).parts[0] not in prefixes
        )
        if not built:
            continue
        notebooks = {}
        for path in built:
            rel = PurePosixPath(path.relative_to(folder).as_posix())
            page_folder = rel.parent.parent if rel.parent.name == rel.stem else rel.parent
            notebooks[(page_folder / rel.name).as_posix()] = path.read_bytes()
        first = next((p for p in built if not p.relative_to(folder).as_posix().startswith("notebooks/")), built[0])
        first = first.relative_to(folder).parent.as_posix()
        example_url = config.site_url.rstrip("/") + "/" + language_prefix(lang) + first + "/"
        top = zip_folder(lang)
        members = [(f"{top}/README.md", readme(lang, notebooks, config.site_url, f"{first}.ipynb", example_url).encode())]
        members += [(f"{top}/{name}", data) for name, data in notebooks.items()]
        key = digest(*(part for member in members for part in member))
        shutil.copyfile(cached("downloads", f"{key}.zip", lambda: zipped(members)), folder / f"notebooks-{lang}.zip")


def zipped(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(zipfile.ZipInfo(name, date_time=datetime.datetime.now().timetuple()[:6]), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
