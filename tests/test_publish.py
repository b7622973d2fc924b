"""The site as readers get it: the GitHub Actions workflow that tests and publishes it, the
absolute URLs that depend on site_url (canonical links, sitemap, the 404 page), the one 404 page
GitHub Pages serves for every missing path (both languages, at any depth, under a project path),
and no social cards (they would need fonts from the network).
"""

import ast
import copy
import os
import re
import shutil
import urllib.parse
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from dlnotes.browser import open_context
from dlnotes.server import serve
from dlnotes import workflows
from dlnotes.site import ROOT, built_pages, dump_mkdocs_config, mkdocs_build, mkdocs_config

WORKFLOW = ROOT / ".github/workflows/site.yml"
PROJECT_URL = "https://example.github.io/dl-notes/"  # a GitHub Pages project site: the site lives under /dl-notes/


# --- the workflow -------------------------------------------------------------------------------

def workflow() -> dict:
    return workflows.load(WORKFLOW)


def test_actionlint_passes_the_workflow():
    proc = workflows.actionlint(WORKFLOW)
    assert proc.returncode == 0, f"actionlint finds problems in {WORKFLOW}:\n{proc.stdout}{proc.stderr}"


@pytest.mark.parametrize("good, bad, complaint", [
    ("    runs-on: ubuntu-latest\n", "    runs-onn: ubuntu-latest\n", 'unexpected key "runs-onn"'),
    ("steps.pages.outputs.base_url", "steps.pages.outputs.base_ur", 'property "base_ur" is not defined'),
])
def test_actionlint_fails_a_broken_copy_of_the_workflow(tmp_path, good, bad, complaint):
    text = WORKFLOW.read_text("utf8")
    assert good in text, f"{WORKFLOW} no longer has {good!r}: pick another line to break"
    broken = tmp_path / "site.yml"
    broken.write_text(text.replace(good, bad))
    proc = workflows.actionlint(broken)
    assert proc.returncode == 1 and complaint in proc.stdout, f"actionlint passed {broken}:\n{proc.stdout}{proc.stderr}"


def readme_test_command() -> str:
    """The command the README gives for every test ("CI runs exactly this")."""
    lines = [line for line in (ROOT / "README.md").read_text("utf8").splitlines() if "CI runs exactly this" in line]
    assert len(lines) == 1, f"README.md: expected one command marked 'CI runs exactly this', found {lines}"
    return lines[0].split("#")[0].strip()


def test_the_workflow_runs_ci_run_which_runs_the_readme_test_command():
    command = readme_test_command()
    assert "nox -s tests" in command, f"README.md: {command!r} is not the test command"
    ci_run = (ROOT / ".ci/run").read_text("utf8").splitlines()
    assert command in ci_run, f".ci/run does not run the README's test command {command!r}"
    test = workflow()["jobs"]["test"]
    runs = [step.get("run", "") for step in test["steps"]]
    assert "bash .ci/run" in runs, f"{WORKFLOW}: the test job does not run .ci/run: {runs}"
    image = test.get("container", "")
    assert str(image).startswith("python:3.11"), f"{WORKFLOW}: the test job should run Python 3.11 (noxfile.py insists), not {image!r}"
    apt = " ".join(r for r in runs if "apt-get install" in r)
    assert "chromium" in apt and "fonts-noto-cjk" in apt, f"{WORKFLOW}: the test job should install chromium and fonts-noto-cjk"
    [upload] = [s for s in test["steps"] if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert upload["if"] == "always()" and upload["with"]["path"].rstrip("/") == "test-artifacts", f"{WORKFLOW}: {upload}"
    assert upload["with"]["if-no-files-found"] == "ignore", f"{WORKFLOW}: {upload}"


def test_the_deploy_job_publishes_the_strict_build_to_pages():
    flow = workflow()
    triggers = flow["on"]
    assert set(triggers) == {"push", "pull_request", "workflow_dispatch"}, f"{WORKFLOW}: triggers {triggers}"
    assert triggers["push"]["branches"] == ["main"], f"{WORKFLOW}: push should trigger on main only: {triggers}"
    deploy = flow["jobs"]["deploy"]
    assert deploy["needs"] == "test", f"{WORKFLOW}: deploy must wait for the tests"
    assert "github.event_name == 'push'" in deploy["if"] and "refs/heads/main" in deploy["if"], (
        f"{WORKFLOW}: deploy only on a push to main, not {deploy['if']!r}")
    assert deploy["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}, (
        f"{WORKFLOW}: deploy permissions {deploy['permissions']}")
    assert deploy["concurrency"]["group"] == "pages", f"{WORKFLOW}: one Pages deployment at a time"
    assert deploy["environment"] == {"name": "github-pages", "url": "${{ steps.deployment.outputs.page_url }}"}, (
        f"{WORKFLOW}: deploy environment {deploy['environment']}")
    steps = deploy["steps"]

    def step(what, matches):
        found = [i for i, s in enumerate(steps) if matches(s)]
        assert len(found) == 1, f"{WORKFLOW}: the deploy job needs one step that {what}, found {len(found)}"
        return found[0]

    order = [
        step("configures Pages", lambda s: s.get("uses", "").startswith("actions/configure-pages@")),
        step("runs nox -s build", lambda s: "python3 -m nox -s build" in s.get("run", "")),
        step("uploads the Pages artifact", lambda s: s.get("uses", "").startswith("actions/upload-pages-artifact@")),
        step("deploys to Pages", lambda s: s.get("uses", "").startswith("actions/deploy-pages@")),
    ]
    assert order == sorted(order), f"{WORKFLOW}: the deploy steps are out of order: {order}"
    pages, build, upload, deployment = (steps[i] for i in order)
    assert pages.get("id") == "pages" and deployment.get("id") == "deployment", f"{WORKFLOW}: step ids"
    assert upload["with"]["path"] == "site", f"{WORKFLOW}: the Pages artifact should be site/: {upload['with']}"
    assert build["env"]["SITE_URL"] == "${{ steps.pages.outputs.base_url }}/", f"{WORKFLOW}: {build['env']}"
    # `nox -s build` is `mkdocs build --strict` (noxfile.py)
    tree = ast.parse((ROOT / "noxfile.py").read_text("utf8"))
    [session] = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "build"]
    calls = [[a.value for a in c.args if isinstance(a, ast.Constant)] for c in ast.walk(session) if isinstance(c, ast.Call)]
    assert any(c[-3:] == ["mkdocs", "build", "--strict"] for c in calls), f"noxfile.py: build does not run mkdocs build --strict: {calls}"


USES = re.compile(r"^\s*(?:-\s+)?uses:\s*(\S+)(.*)$")
PINNED = re.compile(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}")  # owner/repo[/path]@<full commit SHA>
VERSION_COMMENT = re.compile(r"\s+# v\d+(?:\.\d+)*\b")  # the release the commit is, as dependabot writes it


def unpinned_actions(path: Path) -> list[str]:
    """`uses:` lines not pinned by a full commit SHA with its version in a comment, as `file:line: ...`."""
    problems = []
    for number, line in enumerate(path.read_text("utf8").splitlines(), 1):
        match = USES.match(line)
        if not match or match.group(1).startswith("./"):  # an action of this repository is pinned by its commit
            continue
        action, rest = match.groups()
        if not PINNED.fullmatch(action) or not VERSION_COMMENT.match(rest):
            problems.append(f"{path.name}:{number}: {line.strip()}")
    return problems


def test_actions_are_pinned_by_commit_and_pip_is_cached():
    """A tag can be moved to other code; a commit cannot: every action is pinned by a full commit SHA
    (`uses: actions/checkout@<40 hex> # v6.0.3`), in every workflow."""
    workflows = sorted(WORKFLOW.parent.glob("*.y*ml"))
    assert WORKFLOW in workflows, workflows
    loose = [problem for path in workflows for problem in unpinned_actions(path)]
    assert not loose, "pin each action by the full commit SHA of a release, its tag in a comment:\n" + "\n".join(loose)
    for name, job in workflow()["jobs"].items():
        uses = [s["uses"] for s in job["steps"] if "uses" in s]
        assert uses, f"{WORKFLOW}: job {name} uses no action"
        caches = [s for s in job["steps"] if s.get("uses", "").startswith("actions/cache@")]
        assert caches and "hashFiles('requirements.txt')" in caches[0]["with"]["key"], f"{WORKFLOW}: job {name}: no pip cache"
        assert caches[0]["with"]["path"] == workflow()["env"]["PIP_CACHE_DIR"], f"{WORKFLOW}: job {name} caches another folder"


@pytest.mark.parametrize("loosen", [
    lambda action, sha, version: f"{action}@{version.split('.')[0]}",  # a movable tag: actions/checkout@v6
    lambda action, sha, version: f"{action}@{sha[:7]} # {version}",  # a short SHA
    lambda action, sha, version: f"{action}@{sha}",  # no version to read or update
], ids=["major-tag", "short-sha", "no-version-comment"])
def test_an_action_not_pinned_by_commit_is_reported(tmp_path, loosen):
    text = WORKFLOW.read_text("utf8")
    assert unpinned_actions(WORKFLOW) == []
    match = re.search(r"^(\s*-?\s*uses:\s*)([\w.-]+/[\w.-]+)@([0-9a-f]{40}) # (v[\d.]+)$", text, re.M)
    assert match, f"{WORKFLOW}: no pinned action to break"
    prefix, action, sha, version = match.groups()
    broken = tmp_path / "site.yml"
    broken.write_text(text[: match.start()] + prefix + loosen(action, sha, version) + text[match.end():])
    number = text[: match.start()].count("\n") + 1
    assert unpinned_actions(broken) == [f"site.yml:{number}: {prefix.strip()} {loosen(action, sha, version)}"]


# --- site_url: canonical links and the sitemap ------------------------------------------------

def site_url() -> str:
    """site_url as `mkdocs build` resolves mkdocs.yml's `!ENV [SITE_URL, default]` here."""
    text = (ROOT / "mkdocs.yml").read_text("utf8")
    match = re.search(r'^site_url: !ENV \[SITE_URL, "([^"]+)"\]', text, re.M)
    assert match, "mkdocs.yml: site_url should be !ENV [SITE_URL, \"http://127.0.0.1:8000/\"]"
    url = os.environ.get("SITE_URL") or match.group(1)
    return url if url.endswith("/") else url + "/"


def page_paths(site: Path) -> list[str]:
    """Every built page as its URL path: '', 'en/', 'pytorch/tensors/', …"""
    return [p.relative_to(site).as_posix().removesuffix("index.html") for p in built_pages(site) if p.name == "index.html"]


CANONICAL = re.compile(r'<link rel="canonical" href="([^"]*)">')


def test_the_default_site_url_serves_locally():
    """Without SITE_URL, local builds and `mkdocs serve` keep the site at the server's root."""
    default = re.search(r'^site_url: !ENV \[SITE_URL, "([^"]+)"\]', (ROOT / "mkdocs.yml").read_text("utf8"), re.M)
    assert default and default.group(1) == "http://127.0.0.1:8000/", "mkdocs.yml: site_url's default should be http://127.0.0.1:8000/"


def test_every_page_has_a_canonical_link_to_itself(built_site):
    url, problems = site_url(), []
    paths = page_paths(built_site)
    assert len(paths) > 10, f"{built_site}: only {paths}"
    for path in paths:
        found = CANONICAL.findall((built_site / path / "index.html").read_text("utf8"))
        if found != [url + path]:
            problems.append(f"{path}index.html: canonical {found}, expected [{url + path!r}]")
    assert not problems, "\n".join(problems[:10])


def sitemap_urls(site: Path) -> tuple[list[str], list[str]]:
    """The <loc>s of sitemap.xml and the hrefs of their language alternates."""
    root = ET.parse(site / "sitemap.xml").getroot()
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    return [e.text for e in root.findall("s:url/s:loc", ns)], [e.get("href") for e in root.findall("s:url/x:link", ns)]


def test_the_sitemap_lists_every_page_under_site_url(built_site):
    url = site_url()
    locs, alternates = sitemap_urls(built_site)
    wrong = [u for u in locs + alternates if not u or "None" in u or not u.startswith(url)]
    assert not wrong, f"{built_site / 'sitemap.xml'}: URLs not under {url}: {wrong[:5]}"
    assert sorted(locs) == sorted(url + p for p in page_paths(built_site)), (
        f"{built_site / 'sitemap.xml'}: missing {sorted(set(url + p for p in page_paths(built_site)) - set(locs))}, "
        f"extra {sorted(set(locs) - set(url + p for p in page_paths(built_site)))}"
    )
    assert len(alternates) == 2 * len(locs), f"{built_site / 'sitemap.xml'}: each page should name itself and its twin"


# --- the 404 page ---------------------------------------------------------------------------------

URL_ATTR = re.compile(r'\b(?:href|src)="([^"]*)"')
NOT_FOUND = {"zh": ("页面不存在", "返回首页（中文）"), "en": ("Page not found", "Go to the home page (English)")}


def notfound_problems(html: str, base: str) -> list[str]:
    """What is wrong with a 404 page served at any depth under the base path `base` ('/' or '/dl-notes/')."""
    problems = []
    for lang, (heading, link_text) in NOT_FOUND.items():
        home = base if lang == "zh" else base + "en/"
        if heading not in html:
            problems.append(f"no {lang} message ({heading!r})")
        if f'<a href="{home}">{link_text}</a>' not in html:
            problems.append(f"no link {link_text!r} to {home}")
        if not re.search(rf'<a href="{re.escape(home)}" hreflang="{lang}" class="md-select__link">', html):
            problems.append(f"the language selector does not lead to {home} for {lang}")
    for url in URL_ATTR.findall(html):
        if re.match(r"^(?:[a-z][a-z0-9+.-]*:|#)", url, re.I) and not url.startswith("//"):
            continue  # another site (the footer's "Made with Material"), data:, javascript:, an anchor
        if not url.startswith(base):
            problems.append(f"{url!r} is not absolute under {base}: it breaks at a deeper path")
    if '<link rel="alternate"' in html:
        problems.append("<link rel=alternate> left in the head (hooks/alternates.py)")
    return problems


def test_the_404_page_speaks_both_languages_from_any_depth(built_site):
    pages = sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("404.html"))
    assert pages == ["404.html"], f"one 404.html at the root, which GitHub Pages serves for every missing path: {pages}"
    html = (built_site / "404.html").read_text("utf8")
    assert '<html lang="zh"' in html, "404.html: the default language's build writes it (hooks/notfound.py)"
    base = urllib.parse.urlsplit(site_url()).path
    problems = notfound_problems(html, base)
    assert not problems, f"{built_site / '404.html'}:\n" + "\n".join(problems)


def test_a_404_page_with_relative_or_missing_links_is_reported():
    good = (
        '<h2>页面不存在</h2><a href="/dl-notes/">返回首页（中文）</a><h2>Page not found</h2>'
        '<a href="/dl-notes/en/">Go to the home page (English)</a>'
        '<a href="/dl-notes/" hreflang="zh" class="md-select__link"><a href="/dl-notes/en/" hreflang="en" class="md-select__link">'
        '<link rel="stylesheet" href="/dl-notes/assets/main.css"><a href="https://squidfunk.github.io/mkdocs-material/">'
    )
    assert notfound_problems(good, "/dl-notes/") == []
    bad = good.replace("/dl-notes/assets", "../assets").replace("Page not found", "Not found")
    assert notfound_problems(bad, "/dl-notes/") == [
        "no en message ('Page not found')", "'../assets/main.css' is not absolute under /dl-notes/: it breaks at a deeper path",
    ]


@pytest.fixture(scope="module")
def project_site(tmp_path_factory) -> Path:
    """The site's theme, languages and 404 machinery built under a GitHub Pages project path
    (SITE_URL=https://example.github.io/dl-notes/), on two stand-in page pairs.

    Only absolute URLs depend on site_url (pages link relatively), and those come from the
    theme, mkdocs-static-i18n and hooks/{alternates,notfound,mathjax}.py, taken here from
    mkdocs.yml as they are. The page plugins (notebooks, figures, downloads) are left out: a
    second build of the real site costs ~25 s here (notebooks cached), this one ~1.5-4 s.
    """
    tmp = tmp_path_factory.mktemp("project-site")
    docs = tmp / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# 首页\n\n[张量](tensors.md)\n")
    (docs / "index.en.md").write_text("# Home\n\n[Tensors](tensors.md)\n")
    (docs / "tensors.md").write_text("# 张量\n")
    (docs / "tensors.en.md").write_text("# Tensors\n")
    config = mkdocs_config()
    for asset in config["extra_css"] + [s if isinstance(s, str) else s["path"] for s in config["extra_javascript"]]:
        if (ROOT / "docs" / asset).is_file():
            (docs / asset).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(ROOT / "docs" / asset, docs / asset)
    config.update(docs_dir=str(docs), site_url=PROJECT_URL)
    config.pop("nav")
    config.pop("watch", None)
    config["theme"]["custom_dir"] = str(ROOT / config["theme"]["custom_dir"])
    keep = {"search", "i18n"}
    config["plugins"] = [p for p in config["plugins"] if (p if isinstance(p, str) else next(iter(p))) in keep]
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "i18n" in plugin:
            plugin["i18n"] = copy.deepcopy(plugin["i18n"])
            for lang in plugin["i18n"]["languages"]:
                lang.pop("nav_translations", None)
    config["hooks"] = [str(ROOT / h) for h in config["hooks"] if Path(h).stem in {"alternates", "notfound", "mathjax", "repository"}]
    (tmp / "mkdocs.yml").write_text(dump_mkdocs_config(config))
    site = tmp / "site"
    proc = mkdocs_build(site, "--config-file", str(tmp / "mkdocs.yml"))
    assert proc.returncode == 0, f"mkdocs build --strict (under {PROJECT_URL}) failed:\n{proc.stdout}\n{proc.stderr}"
    return site


def test_under_a_project_path_canonical_links_sitemap_and_404_carry_it(project_site):
    for path in ("", "en/", "tensors/", "en/tensors/"):
        found = CANONICAL.findall((project_site / path / "index.html").read_text("utf8"))
        assert found == [PROJECT_URL + path], f"{path}index.html: canonical {found}"
    locs, alternates = sitemap_urls(project_site)
    assert sorted(locs) == sorted(PROJECT_URL + p for p in ("", "en/", "tensors/", "en/tensors/")), locs
    assert all(u.startswith(PROJECT_URL) for u in alternates), alternates
    assert sorted(p.relative_to(project_site).as_posix() for p in project_site.rglob("404.html")) == ["404.html"]
    problems = notfound_problems((project_site / "404.html").read_text("utf8"), "/dl-notes/")
    assert not problems, f"{project_site / '404.html'}:\n" + "\n".join(problems)


# --- the 404 page in a real browser, served the way GitHub Pages serves it -------------------------

def open_missing_page_and_follow_the_english_link(chromium, site: Path, base: str) -> None:
    """Like a reader who mistyped a URL: the 404 page, whole, then the English home page."""
    with serve(site, base) as server:
        missing = f"{server}{base}some/missing/deep/path/"
        # the document's own 404 is what is tested; any other error is the page's fault
        context, page = open_context(chromium, server, expected_404=missing)
        errors = page.errors
        try:
            response = page.goto(missing, wait_until="networkidle")
            assert response.status == 404, f"{missing}: status {response.status}"
            text = page.locator("article").inner_text()
            assert all(message in text for message, _ in NOT_FOUND.values()), f"{missing}: {text!r}"
            sheets = page.evaluate("[...document.querySelectorAll('link[rel=stylesheet]')].map(l => [l.href, !!l.sheet && l.sheet.cssRules.length > 0])")
            assert sheets and all(ok for _, ok in sheets), f"{missing}: stylesheets not applied: {sheets}"
            assert page.evaluate("typeof window.document$") == "object", f"{missing}: Material's script did not run"
            switcher = page.evaluate("document.querySelector('a[hreflang=zh].md-select__link').href")
            assert switcher == f"{server}{base}", f"{missing}: the language selector's 中文 leads to {switcher}"
            home = page.evaluate(f"document.querySelector('article a[href=\"{base}\"]').href")
            assert home == f"{server}{base}", f"{missing}: the Chinese home link leads to {home}"
            assert not errors and not page.outside, f"{missing}:\n" + "\n".join(errors + page.outside)
            with page.expect_navigation(wait_until="networkidle"):
                page.get_by_role("link", name=NOT_FOUND["en"][1]).click()
            assert page.url == f"{server}{base}en/", f"{missing}: the English link led to {page.url}"
            assert page.evaluate("document.documentElement.lang") == "en"
            assert not errors and not page.outside, f"{page.url}:\n" + "\n".join(errors + page.outside)
        finally:
            context.close()


def test_a_missing_deep_path_shows_the_bilingual_404_in_a_browser(browser, built_site):
    open_missing_page_and_follow_the_english_link(browser, built_site, urllib.parse.urlsplit(site_url()).path)


def test_under_a_project_path_the_404_page_works_in_a_browser(browser, project_site):
    open_missing_page_and_follow_the_english_link(browser, project_site, "/dl-notes/")


# --- no social cards --------------------------------------------------------------------------------

OG_IMAGE = re.compile(r'<meta\s+property="og:image"\s+content="([^"]*)"', re.I)


def outside_og_images(html: str, url: str) -> list[str]:
    """og:image URLs that point outside the site at `url`."""
    return [u for u in OG_IMAGE.findall(html) if re.match(r"^(?:[a-z][a-z0-9+.-]*:)?//", u, re.I) and not u.startswith(url)]


def test_no_social_cards(built_site):
    names = [p if isinstance(p, str) else next(iter(p)) for p in mkdocs_config()["plugins"]]
    assert not [n for n in names if n.split("/")[-1] == "social"], f"mkdocs.yml: the social plugin needs network fonts: {names}"
    url = site_url()
    outside = {p.relative_to(built_site).as_posix(): outside_og_images(p.read_text("utf8"), url) for p in built_pages(built_site)}
    outside = {page: images for page, images in outside.items() if images}
    assert not outside, f"og:image outside the site: {outside}"


def test_an_og_image_outside_the_site_is_reported():
    html = '<meta property="og:image" content="https://cdn.example.org/card.png"><meta property="og:image" content="http://127.0.0.1:8000/a.png">'
    assert outside_og_images(html, "http://127.0.0.1:8000/") == ["https://cdn.example.org/card.png"]
