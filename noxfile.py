"""Every way to run this project goes through here.

    python3 -m nox -s serve    # set up, then serve the site at http://127.0.0.1:8000
    python3 -m nox -s tests    # set up, then run every test (what CI runs)
    python3 -m nox -s build    # set up, then `mkdocs build --strict` into site/
    python3 -m nox -s bench    # set up, then time the build, the tests and the import floor
    python3 -m nox -s accept   # set up, then rewrite stale output boxes (both twins) from what the code prints
    python3 -m nox -s downloads  # set up, then execute every page's downloadable notebook in a fresh Jupyter kernel
    python3 -m nox -s new -- pytorch/einsum  # set up, then start a page pair that passes the tests
    python3 -m nox -s audit    # set up, then Lighthouse scores of key pages, mobile and desktop (a benchmark)

The heavy stack (torch, torchvision, TensorFlow) is installed once into `.venv/`, shared by
all sessions, and reinstalled only when requirements.txt changes: the lock compiled from
requirements.in (the one place where direct dependencies are pinned), every file checked by hash.
"""

import hashlib
import os
import shutil
import sys
import sysconfig
from pathlib import Path

import nox

ROOT = Path(__file__).parent.resolve()
VENV = ROOT / ".venv"
BIN = VENV / "bin"
REQUIREMENTS = ROOT / "requirements.txt"

nox.options.sessions = ["tests"]
nox.options.default_venv_backend = "none"  # sessions share .venv instead

TEST_ENV = {
    "PYTHONHASHSEED": "0",  # set/dict order in printed output is the same every run
    "TF_CPP_MIN_LOG_LEVEL": "2",  # keep TensorFlow's C++ info lines out of the logs
    "NO_MKDOCS_2_WARNING": "1",
}


def ensure_env(session: nox.Session) -> None:
    """Create .venv from requirements.txt (the lock), unless it is already up to date.

    pip installs with --require-hashes: a file whose sha256 is not the one the lock names (PyPI's) is refused.
    """
    if sys.version_info[:2] != (3, 11):
        session.error(f"Python 3.11 is required (torch wheels lie on disk for it); this is {sys.version}")
    digest = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
    stamp = VENV / ".requirements.sha256"
    if not (BIN / "python").exists() or not stamp.is_file() or stamp.read_text() != digest:
        session.log("installing requirements.txt into .venv (once; several minutes)")
        session.run(sys.executable, "-m", "venv", str(VENV), external=True)
        session.run(str(BIN / "python"), "-m", "pip", "install", "-q", "--require-hashes", "-r", str(REQUIREMENTS), external=True)
        stamp.write_text(digest)
    # Every Python started from .venv can import the project's package (dlnotes/: hooks and tests use it;
    # a checkout's own dlnotes/ comes first where it is the working directory or pytest's rootdir), and
    # imports tools/dlnotes_load_order.py first (see there; not a module of dlnotes/, which would then be
    # imported at start-up from this checkout, whichever checkout is being tested).
    site_packages = Path(
        sysconfig.get_path("purelib", vars={"base": str(VENV), "platbase": str(VENV)})
    )
    (site_packages / "dlnotes.pth").write_text(f"{ROOT}\n{ROOT / 'tools'}\nimport dlnotes_load_order\n")


SYSTEM_PACKAGES = {  # Debian package -> a file it installs
    "chromium": "/usr/bin/chromium",  # the browser tests drive Debian's chromium (never a downloaded browser)
    "fonts-noto-cjk": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",  # Chinese in figures, screenshots
    "default-jre-headless": "/usr/bin/java",  # runs the Nu Html Checker (tools/vnu) of tests/test_html.py
}


def ensure_system_packages(session: nox.Session) -> None:
    """Debian packages the build and the browser tests need, installed when missing (as root)."""
    missing = [name for name, path in SYSTEM_PACKAGES.items() if not Path(path).exists()]
    if not missing:
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        session.run("apt-get", "update", "-q", external=True)
        session.run("apt-get", "install", "-y", "-q", "--no-install-recommends", *missing, external=True)
    else:
        session.error(f"missing Debian packages: sudo apt-get install {' '.join(missing)}")
    if "fonts-noto-cjk" in missing:  # matplotlib caches its font list: make it look again
        shutil.rmtree(Path.home() / ".cache" / "matplotlib", ignore_errors=True)


NPM_TOOLS = {  # folder (package.json + package-lock.json) -> what needs it
    "tools/mathjax": "the build: hooks/mathjax.py typesets formulas with MathJax in Node",
    "tools/a11y": "the accessibility checks of tests/test_browser.py (axe-core)",
    "tools/vnu": "the HTML checks of tests/test_html.py (the W3C Nu Html Checker, vnu.jar; run with Debian's Java)",
}


def ensure_npm(session: nox.Session, *folders: str) -> None:
    """Install pinned npm packages (npm ci, from the registry, never a CDN) where node_modules is missing.

    --ignore-scripts: no install script runs (vnu-jar's would download a Java runtime from GitHub).
    """
    missing = [f for f in folders if not (ROOT / f / "node_modules").is_dir()]
    if not missing:
        return
    if not shutil.which("npm"):
        if os.geteuid() == 0 and shutil.which("apt-get"):
            session.run("apt-get", "update", "-q", external=True)
            session.run("apt-get", "install", "-y", "-q", "--no-install-recommends", "npm", external=True)
        else:
            session.error(f"{', '.join(NPM_TOOLS.get(f, f) for f in missing)} need npm (Debian: sudo apt-get install npm)")
    for folder in missing:
        session.run("npm", "ci", "--silent", "--ignore-scripts", "--no-audit", "--no-fund", "--prefix", str(ROOT / folder), external=True)


def run(session: nox.Session, *args: str) -> None:
    session.run(str(BIN / args[0]), *args[1:], external=True, env={**TEST_ENV, **session.env})


@nox.session
def tests(session: nox.Session) -> None:
    """Run every test: every code block of every page, the build, parity, browser."""
    ensure_env(session)
    ensure_system_packages(session)
    ensure_npm(session, "tools/mathjax", "tools/a11y", "tools/vnu")
    run(session, "python", "-m", "pytest", *session.posargs)


@nox.session
def accept(session: nox.Session) -> None:
    """Rewrite the output boxes of the pages (default: all) with what their code prints now.

    Only the bodies of 输出/Output fences change, in each page and its twin; review the diff.
    `python3 -m nox -s accept -- docs/pytorch/tensors.md` refreshes one page pair.
    """
    ensure_env(session)
    run(session, "python", "-m", "pytest", "-q", "-n", "0", "--accept", *(session.posargs or ["docs"]))


@nox.session
def new(session: nox.Session) -> None:
    """Start a page pair: `python3 -m nox -s new -- pytorch/einsum [中文标题] [English title]`.

    Writes both twins, their snippet and the nav entry (dlnotes/scaffold.py), then fills the output
    boxes with what the code prints (as `nox -s accept` does). The pair passes the tests as written.
    """
    ensure_env(session)
    if not session.posargs:
        session.error("name the page: python3 -m nox -s new -- <section>/<topic> [中文标题] [English title]")
    run(session, "python", "-m", "dlnotes.scaffold", *session.posargs)
    section_topic = session.posargs[0].strip("/").removesuffix(".md")
    run(session, "python", "-m", "pytest", "-q", "-n", "0", "--accept", f"docs/{section_topic}.md")


@nox.session
def downloads(session: nox.Session) -> None:
    """Execute every page's downloadable notebook in a fresh kernel and compare it with the page."""
    ensure_env(session)
    session.env["DLNOTES_ALL_NOTEBOOKS"] = "1"
    run(session, "python", "-m", "pytest", "-q", "-n", "0", "--durations=5",
        "tests/test_downloads.py", "-k", "fresh_kernel", *session.posargs)


@nox.session
def serve(session: nox.Session) -> None:
    """Serve the site with live reload (pages, snippets and hooks are watched).

    An edit rebuilds only the pages it touches (`mkdocs serve --dirty`; hooks/snippet_edits.py counts a
    snippet edit as an edit of the pages that include it), so the navigation of other pages may lag until
    a restart; warnings are printed, not fatal (`nox -s build` and the tests stay strict).
    """
    ensure_env(session)
    ensure_system_packages(session)
    ensure_npm(session, "tools/mathjax")
    session.env["DLNOTES_STRICT"] = "false"
    run(session, "mkdocs", "serve", "--dirty", "--dev-addr", "127.0.0.1:8000", *session.posargs)


@nox.session
def build(session: nox.Session) -> None:
    """Build the site into site/, failing on any warning."""
    ensure_env(session)
    ensure_system_packages(session)
    ensure_npm(session, "tools/mathjax")
    run(session, "mkdocs", "build", "--strict", *session.posargs)


@nox.session
def audit(session: nox.Session) -> None:
    """Build the site, then print Lighthouse's four category scores for key pages (tools/audit.py).

    `python3 -m nox -s audit -- theory/cnn/ en/` audits those pages instead.
    """
    ensure_env(session)
    ensure_system_packages(session)
    ensure_npm(session, "tools/mathjax", "tools/audit")
    site = ROOT / ".cache" / "audit-site"
    run(session, "mkdocs", "build", "--strict", "--site-dir", str(site))
    run(session, "python", "tools/audit.py", str(site), *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Print what the author's loop and the suite cost: import floor, build warm and cold, `mkdocs serve`
    edit -> reload, the full suite and each page pair's share, the training loop (tools/bench.py)."""
    ensure_env(session)
    ensure_system_packages(session)
    ensure_npm(session, "tools/mathjax", "tools/a11y", "tools/vnu")
    run(session, "python", "tools/bench.py")


@nox.session
def drift(session: nox.Session) -> None:
    """Run the pages against the newest releases that install together; report what would change.

    requirements.txt with its pins lifted is resolved by pip and installed into a scratch venv
    (.cache/drift/venv; .venv is never touched); the pages run with `--accept` in a scratch copy
    of the tree; the report (.cache/drift/drift-report.md and .json, and the job summary on
    GitHub) lists the versions used, held-back releases and why, and per page the blocks that
    fail or warn and the output boxes that would change. Exit 0 when nothing on the pages changed.
    Arguments go to dlnotes/drift.py: pages (default docs), `--constraint FILE`, `--base-venv .venv`
    (install only what differs from it: a quick local run), `--out DIR`:
    `python3 -m nox -s drift -- docs/pytorch/tensors.md --base-venv .venv`.
    """
    if sys.version_info[:2] != (3, 11):
        session.error(f"Python 3.11 is required (the scratch venv is made from this interpreter); this is {sys.version}")
    if not Path(SYSTEM_PACKAGES["fonts-noto-cjk"]).exists():  # else every Chinese figure label fails its block
        session.error("the pages' figures need Noto Sans CJK: sudo apt-get install fonts-noto-cjk")
    session.run(sys.executable, "-m", "dlnotes.drift", *session.posargs, external=True, env={**TEST_ENV, **session.env})
