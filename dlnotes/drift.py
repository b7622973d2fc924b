"""The drift report: the pages run against the newest releases, and what would change on them.

    python -m dlnotes.drift [PAGES ...] [--constraint FILE] [--base-venv DIR] [--python PY] [-m MARKEXPR] [--out DIR]

(`python3 -m nox -s drift -- …` runs this.) Four steps, each recorded in the report:

1. **Resolve.** requirements.in (the direct dependencies) with its pins lifted (`torch==2.14.1` -> `torch`; hashes,
   comments and markers dropped), plus any `--constraint` files, is resolved by pip
   (`pip install --dry-run --report`): the newest releases that install together. Separately,
   the newest installable release of each requirement is looked up on its own (`--no-deps`,
   constraints ignored). A requirement resolved below its newest release is *held back*, and
   pip is asked why (the newest release pinned next to the rest as resolved): the report
   quotes pip's conflict ("torchvision 0.29.1 depends on torch==2.14.1") instead of failing.
2. **Install** exactly the resolved set (`--no-deps`, `name==version`) into a scratch venv
   (`.cache/drift/venv`; the project's `.venv` is never touched). With `--base-venv .venv`
   only the packages whose version differs from that venv's are installed, and the scratch
   venv sees the rest of the base's site-packages behind its own (a `.pth` line): the same
   versions, without reinstalling GBs of unchanged wheels. Either way the effective versions
   are checked against the resolution before anything runs.
3. **Run the pages** in a scratch copy of the tree (the files git knows, `.cache/drift/tree`)
   with `pytest -n 0 --accept`: the harness rewrites the output boxes there, never here.
4. **Report** (`drift-report.md`, `drift-report.json` in `--out`; on GitHub Actions the
   Markdown is also appended to the job summary): the versions used; per page the blocks that
   now fail (with the error), the blocks that now warn, the output boxes `accept` would
   rewrite (the diff); warnings pytest recorded outside the blocks. Exit status: 0 nothing on
   the pages changed, 1 something did, 2 no environment could be built or pytest itself failed.

`--baseline .venv/bin/python` runs the pages a second time with the pinned versions; what they
show as well (a stale page, a machine that prints other digits) is listed apart, as not drift,
and does not count for the exit status.

`--python PY` skips steps 1-2 and runs the pages with an existing interpreter (the tests use
this, with the current environment; so can a GPU machine with `-m gpu`).

`python -m dlnotes.drift outputs JUNIT.xml` prints, as Markdown, what each block of a pytest
run printed (the harness records it in the JUnit XML) and how it ended: the GPU and network
jobs of .github/workflows/current.yml publish their blocks' outputs with it.

Standard library only: it runs under any Python 3.11 before the scratch venv exists. The
pytest side (inside the page run) is dlnotes/drift_plugin.py.
"""

from __future__ import annotations

import argparse
import datetime
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS_ENV = "DLNOTES_DRIFT_RESULTS"  # where dlnotes/drift_plugin.py writes the page run's results
PAGE_ENV = {  # as noxfile.py's TEST_ENV and tests/harness.py set them
    "PYTHONHASHSEED": "0",
    "OMP_NUM_THREADS": "1",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "NO_MKDOCS_2_WARNING": "1",
}
SUMMARY_LIMIT = 900_000  # GitHub's job summary takes at most 1 MiB per step


def canonical(name: str) -> str:
    """PEP 503: Torch_Vision -> torch-vision."""
    return re.sub(r"[-_.]+", "-", name).lower()


# --------------------------------------------------------------------------- 1. resolve


@dataclass
class Requirement:
    name: str  # as written (with extras, e.g. "pkg[extra]")
    pinned: str | None  # the version after ==, if any

    @property
    def key(self) -> str:
        return canonical(self.name.split("[")[0])


_REQ = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]*\])?)\s*(.*)$")


def read_requirements(text: str) -> list[Requirement]:
    """The requirements of a requirements file: names and == pins (continuations, --hash, comments and markers dropped)."""
    logical, current = [], ""
    for raw in text.splitlines():
        line = raw.split(" #")[0].split("\t#")[0] if not raw.lstrip().startswith("#") else ""
        if line.rstrip().endswith("\\"):
            current += line.rstrip()[:-1] + " "
            continue
        logical.append(current + line)
        current = ""
    logical.append(current)
    found = []
    for line in logical:
        line = re.sub(r"\s--hash[= ]\S+", "", " " + line).strip()
        if not line or line.startswith("-"):
            continue  # options (-r, -c, --index-url …) are left to pip's own configuration
        match = _REQ.match(line.split(";")[0])
        if not match:
            continue
        pin = re.match(r"^==\s*([^\s,;]+)$", match.group(2).strip())
        found.append(Requirement(match.group(1), pin.group(1) if pin else None))
    return found


def lifted(requirements: list[Requirement]) -> str:
    """The requirements with every version pin lifted: one name per line."""
    return "".join(f"{r.name}\n" for r in requirements)


@dataclass
class Resolution:
    ok: bool
    versions: dict[str, str] = field(default_factory=dict)  # canonical name -> version (everything pip would install)
    requested: set[str] = field(default_factory=set)
    error: str = ""  # pip's explanation when not ok


_PIP_NOISE = ("Looking in indexes:", "Looking in links:", "ERROR: ResolutionImpossible:", "WARNING: Location ")


def pip_conflict(output: str) -> str:
    """The part of pip's output that says why a set does not resolve (else its last lines)."""
    lines = [line for line in output.splitlines() if not line.startswith(_PIP_NOISE)]
    text = "\n".join(lines)
    match = re.search(r"(ERROR: Cannot install .*?)(?:\n\s*\nTo fix this|\Z)", text, re.S)
    if match:
        return textwrap.dedent(match.group(1)).strip()
    match = re.search(r"(ERROR: .*)", text, re.S)
    return (match.group(1) if match else "\n".join(lines[-15:])).strip()


def pip_dry_run(python: str, args: list[str], workdir: Path, env: dict | None = None, name: str = "resolve") -> Resolution:
    """`pip install --dry-run --ignore-installed --report` of `args`: what pip would install, or why not."""
    report = workdir / f"pip-{name}.json"
    report.unlink(missing_ok=True)
    proc = subprocess.run(  # not --quiet: pip explains a conflict at its info level
        [python, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--report", str(report), *args],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ, **(env or {})},
    )
    if proc.returncode != 0 or not report.is_file():
        return Resolution(False, error=pip_conflict(proc.stdout))
    data = json.loads(report.read_text("utf8"))
    versions, requested = {}, set()
    for item in data["install"]:
        key = canonical(item["metadata"]["name"])
        versions[key] = item["metadata"]["version"]
        if item.get("requested"):
            requested.add(key)
    return Resolution(True, versions, requested)


@dataclass
class Package:
    name: str
    pinned: str | None
    newest: str | None  # the newest release installable here on its own
    used: str | None  # what the resolution installs
    held_back: str = ""  # why `used` is not `newest` (pip's words)


def resolve(python: str, requirements: list[Requirement], constraints: list[Path], pip_args: list[str],
            workdir: Path, log=print) -> tuple[Resolution, list[Package]]:
    """Resolve the lifted requirements; look up each one's newest release; explain the held-back ones."""
    workdir.mkdir(parents=True, exist_ok=True)
    lifted_file = workdir / "requirements-lifted.txt"
    lifted_file.write_text(lifted(requirements), "utf8")
    constraint_args = [arg for c in constraints for arg in ("--constraint", str(Path(c).resolve()))]
    log(f"drift: resolving {len(requirements)} requirements with their pins lifted{' and ' + ', '.join(map(str, constraints)) if constraints else ''}")
    resolution = pip_dry_run(python, ["-r", str(lifted_file), *constraint_args, *pip_args], workdir)
    log("drift: looking up the newest release of each requirement on its own")
    # constraints ignored (PIP_CONSTRAINT=/dev/null overrides any from pip's configuration): what is released
    newest = pip_dry_run(python, ["--no-deps", *(r.name for r in requirements), *pip_args], workdir,
                         env={"PIP_CONSTRAINT": os.devnull}, name="newest")
    packages = [
        Package(r.name, r.pinned, newest.versions.get(r.key), resolution.versions.get(r.key)) for r in requirements
    ]
    if not resolution.ok:
        return resolution, packages
    for package in packages:
        if package.newest and package.used and _older(package.used, package.newest):
            log(f"drift: {package.name} {package.newest} is released, the resolution holds {package.used}: asking pip why")
            others = [f"{r.name}=={resolution.versions[r.key]}" for r in requirements
                      if r.key in resolution.versions and r.name != package.name]
            probe = pip_dry_run(python, [f"{package.name}=={package.newest}", *others, *constraint_args, *pip_args],
                                workdir, name="probe")
            package.held_back = probe.error if not probe.ok else (
                f"{package.name}=={package.newest} resolves next to the others' resolved versions, "
                f"but pip's resolution of the lifted requirements chose {package.used}")
    return resolution, packages


def _version_key(version: str) -> tuple:
    parts = re.split(r"[.+-]", version)
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


def _older(a: str, b: str) -> bool:
    """Is release a older than b? (numeric dotted releases; a pre-release counts as newer text-wise, rare here)."""
    return a != b and _version_key(a) < _version_key(b)


# --------------------------------------------------------------------------- 2. install


def venv_python(venv: Path) -> Path:
    return venv / "bin" / "python"


def python_info(python: str | Path, code: str) -> object:
    out = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True).stdout
    return json.loads(out)


VERSIONS_CODE = (
    "import importlib.metadata as m, json, re\n"
    "seen = {}\n"
    "for d in m.distributions():\n"
    "    name = d.metadata['Name']\n"
    "    if name: seen.setdefault(re.sub(r'[-_.]+', '-', name).lower(), d.version)\n"  # first on sys.path wins
    "print(json.dumps(seen))\n"
)


def build_venv(venv: Path, versions: dict[str, str], base: Path | None, tree: Path, pip_args: list[str] = (),
               log=print) -> dict:
    """Make `venv` hold exactly `versions` (reusing it when it already does); return what was installed where."""
    stamp = venv / ".drift.json"
    want = {"versions": versions, "base": str(base) if base else None, "tree": str(tree)}
    if stamp.is_file() and json.loads(stamp.read_text("utf8")) == want:
        log(f"drift: {venv} already holds the resolved versions")
        return json.loads((venv / ".drift-installed.json").read_text("utf8"))
    shutil.rmtree(venv, ignore_errors=True)
    log(f"drift: creating the scratch venv {venv}")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)  # this pip installs into it
    python = venv_python(venv)
    base_versions, base_site = {}, None
    if base is not None:
        base_python = venv_python(base)
        base_versions = python_info(base_python, VERSIONS_CODE)
        base_site = python_info(base_python, "import json, sysconfig; print(json.dumps(sysconfig.get_paths()['purelib']))")
    install = {n: v for n, v in sorted(versions.items()) if base_versions.get(n) != v}
    if install:
        exact = venv / "drift-install.txt"
        exact.write_text("".join(f"{n}=={v}\n" for n, v in install.items()), "utf8")
        log(f"drift: installing {len(install)} package(s) into {venv}" + (f" (the rest from {base})" if base else ""))
        subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                        "-r", str(exact), *pip_args], check=True)
    site = Path(python_info(python, "import json, sysconfig; print(json.dumps(sysconfig.get_paths()['purelib']))"))
    # as noxfile.py does for .venv: the tree's package on the path, triton before TensorFlow (tools/dlnotes_load_order.py)
    (site / "dlnotes.pth").write_text(
        f"{tree}\n{tree / 'tools'}\nimport importlib.util as u; u.find_spec('dlnotes_load_order') and __import__('dlnotes_load_order')\n")
    if base_site:  # written after pip ran: pip in the scratch venv never sees (or touches) the base's packages
        (site / "zz-drift-base.pth").write_text(f"{base_site}\n")
    effective = python_info(python, VERSIONS_CODE)
    wrong = {n: (v, effective.get(n)) for n, v in versions.items() if effective.get(n) != v}
    if wrong:
        raise RuntimeError(f"{venv}: versions differ from the resolution (wanted, found): {wrong}")
    extra = sorted(n for n in effective if n not in versions and n not in ("pip", "setuptools", "wheel"))
    installed = {"installed": install, "from_base": {n: v for n, v in versions.items() if n not in install},
                 "base": str(base) if base else None, "extra_visible": {n: effective[n] for n in extra}}
    (venv / ".drift-installed.json").write_text(json.dumps(installed, indent=1), "utf8")
    stamp.write_text(json.dumps(want), "utf8")
    return installed


# --------------------------------------------------------------------------- 3. run the pages


def tree_files(root: Path) -> list[Path]:
    """The tree's files: what git tracks plus untracked files it does not ignore (else: everything but caches)."""
    proc = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                          cwd=root, capture_output=True, text=True)
    if proc.returncode == 0:
        return [root / p for p in proc.stdout.split("\0") if p and (root / p).is_file()]
    skip = {".git", ".venv", ".cache", ".nox", "site", "__pycache__", "node_modules"}
    return [p for p in root.rglob("*") if p.is_file() and not skip & set(p.relative_to(root).parts)]


def copy_tree(root: Path, dest: Path) -> None:
    shutil.rmtree(dest, ignore_errors=True)
    for path in tree_files(root):
        target = dest / path.relative_to(root)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)


@dataclass
class PageRun:
    returncode: int
    results: dict  # from dlnotes/drift_plugin.py: {"reports": [...], "warnings": [...]}
    output: str  # pytest's stdout and stderr, for when pytest itself failed


def run_pages(python: str | Path, root: Path, pages: list[str], tree: Path, markexpr: str | None = None,
              env: dict | None = None, log=print, results_name: str = "page-results.json") -> PageRun:
    """Copy `root` to `tree`, run the pages there with --accept; the copy holds the rewritten boxes afterwards."""
    copy_tree(root, tree)
    results = tree.parent / results_name
    results.unlink(missing_ok=True)
    command = [str(python), "-m", "pytest", "-q", "-n", "0", "-p", "no:randomly", "-p", "no:cacheprovider",
               "-p", "dlnotes.drift_plugin", "--accept", *(["-m", markexpr] if markexpr else []), *pages]
    log(f"drift: running {' '.join(pages)} in {tree}: {' '.join(command[1:])}")
    # the tree first on the path: an interpreter whose .pth files import another tree's dlnotes must not win
    path = os.pathsep.join(p for p in (str(tree), os.environ.get("PYTHONPATH", "")) if p)
    proc = subprocess.run(command, cwd=tree, capture_output=True, text=True,
                          env={**os.environ, **PAGE_ENV, **(env or {}), "PYTHONPATH": path, RESULTS_ENV: str(results)})
    data = json.loads(results.read_text("utf8")) if results.is_file() else {"reports": [], "warnings": []}
    return PageRun(proc.returncode, data, proc.stdout + proc.stderr)


# --------------------------------------------------------------------------- 4. compare and report

_TEXT_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*text\b(?P<info>.*)$")


def text_boxes(text: str) -> list[tuple[int, list[str]]]:
    """The ```text fences of a page (output boxes among them): (line of the opening fence, body lines dedented)."""
    lines, boxes, i = text.splitlines(), [], 0
    while i < len(lines):
        match = _TEXT_FENCE.match(lines[i])
        if not match or "title=" not in match.group("info"):
            i += 1
            continue
        indent, fence = match.group("indent"), match.group("fence")
        closing = re.compile(rf"^{re.escape(indent)}{re.escape(fence[0])}{{{len(fence)},}}\s*$")
        body, j = [], i + 1
        while j < len(lines) and not closing.match(lines[j]):
            body.append(lines[j][len(indent):] if lines[j].startswith(indent) else lines[j].lstrip())
            j += 1
        boxes.append((i + 1, body))
        i = j + 1
    return boxes


@dataclass
class BoxChange:
    line: int
    diff: str


def box_changes(before: str, after: str, name: str) -> list[BoxChange]:
    """The output boxes whose bodies differ between two versions of a page (accept changes nothing else)."""
    old, new = text_boxes(before), text_boxes(after)
    if len(old) != len(new):  # not accept's doing: show the whole file
        diff = difflib.unified_diff(before.splitlines(), after.splitlines(), f"{name} (now)", f"{name} (accepted)", lineterm="")
        return [BoxChange(0, "\n".join(diff))]
    changes = []
    for (line, want), (_, got) in zip(old, new):
        if want != got:
            diff = difflib.unified_diff(want, got, f"{name}:{line} (shown on the page)", "printed now", lineterm="")
            changes.append(BoxChange(line, "\n".join(diff)))
    return changes


_LINE = re.compile(r"\[line:(\d+)\]")


@dataclass
class PageFindings:
    failed: list[dict] = field(default_factory=list)  # {"line", "error"}
    warned: list[dict] = field(default_factory=list)  # {"line", "warning"}
    not_run: list[int] = field(default_factory=list)  # blocks after a failed one
    outputs: list[BoxChange] = field(default_factory=list)
    pinned_too: list[str] = field(default_factory=list)  # the same with the pinned versions (--baseline): not drift

    @property
    def changed(self) -> bool:
        return bool(self.failed or self.warned or self.outputs)


def _last_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[-1] if lines else ""


def _keyed(found: PageFindings) -> list[tuple[tuple, str, object]]:
    """Each finding as (a key comparable across two runs, how to name it, the finding)."""
    return ([(("fails", i["line"], _last_line(i["error"])), f"block at line {i['line']} fails", i) for i in found.failed]
            + [(("warns", i["line"]), f"block at line {i['line']} warns", i) for i in found.warned]
            + [(("box", c.line, c.diff), f"output box at line {c.line} differs", c) for c in found.outputs])


def subtract_baseline(pages: dict[str, PageFindings], baseline: dict[str, PageFindings]) -> None:
    """Move what the pinned versions show as well out of the findings, into `pinned_too`."""
    for page, found in pages.items():
        theirs = {key for key, _, _ in _keyed(baseline.get(page, PageFindings()))}
        same = [(name, item) for key, name, item in _keyed(found) if key in theirs]
        if not same:
            continue
        found.pinned_too = [name for name, _ in same]
        drop = [id(item) for _, item in same]
        found.failed = [i for i in found.failed if id(i) not in drop]
        found.warned = [i for i in found.warned if id(i) not in drop]
        found.outputs = [c for c in found.outputs if id(c) not in drop]


def findings(run: PageRun, root: Path, tree: Path) -> tuple[dict[str, PageFindings], dict]:
    """Per page (relative path): what failed, warned, was not run, and which boxes accept rewrote; plus counts."""
    pages: dict[str, PageFindings] = {}
    counts = {"passed": 0, "failed": 0, "skipped": 0}
    skipped: dict[str, int] = {}
    for report in run.results["reports"]:
        report = {**report, "longrepr": report["longrepr"].replace(f"{tree}{os.sep}", "")}  # page paths as in the tree
        page = report["nodeid"].split("::")[0]
        match = _LINE.search(report["nodeid"])
        line = int(match.group(1)) if match else 0  # 0: not a block (the page check, the collection)
        found = pages.setdefault(page, PageFindings())
        if report["outcome"] == "skipped":
            counts["skipped"] += bool(match)
            skipped[report["skip_reason"]] = skipped.get(report["skip_reason"], 0) + 1
            continue
        if report["outcome"] == "passed":
            counts["passed"] += bool(match) and report["when"] == "call"
            continue
        counts["failed"] += bool(match)
        kind = report.get("error_type", "")
        if kind == "BlockFailed":
            found.not_run.append(line)
        elif kind == "BlockWarned":
            found.warned.append({"line": line, "warning": report["longrepr"]})
        else:
            found.failed.append({"line": line, "error": report["longrepr"], "when": report["when"]})
    for copied in sorted(tree.rglob("*.md")):
        rel = copied.relative_to(tree).as_posix()
        original = root / rel
        if not original.is_file():
            continue
        before, after = original.read_text("utf8"), copied.read_text("utf8")
        if before != after:
            pages.setdefault(rel, PageFindings()).outputs = box_changes(before, after, rel)
    return dict(sorted(pages.items())), {**counts, "skip_reasons": skipped}


def report_data(*, pages: dict[str, PageFindings], counts: dict, run: PageRun | None, packages: list[Package],
                resolution: Resolution | None, installed: dict | None, settings: dict, error: str = "") -> dict:
    changed = sorted(p for p, f in pages.items() if f.changed)
    pytest_broke = run is not None and run.returncode not in (0, 1, 5) and not error
    if pytest_broke:
        error = f"pytest exited with status {run.returncode}:\n" + "\n".join(run.output.splitlines()[-40:])
    status = "error" if error else ("changed" if changed else "unchanged")
    return {
        "status": status,
        "exit_code": {"unchanged": 0, "changed": 1, "error": 2}[status],
        "error": error,
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "python": sys.version.split()[0],
        "settings": settings,
        "packages": [vars(p) for p in packages],
        "held_back": [p.name for p in packages if p.held_back],
        "dependencies": {n: v for n, v in sorted((resolution.versions if resolution else {}).items())
                         if n not in {canonical(p.name.split("[")[0]) for p in packages}},
        "installed": installed,
        "counts": counts,
        "changed_pages": changed,
        "pages": {
            page: {"failed": f.failed, "warned": f.warned, "not_run": f.not_run,
                   "outputs": [vars(c) for c in f.outputs], "pinned_too": f.pinned_too}
            for page, f in pages.items() if f.changed or f.not_run or f.pinned_too
        },
        "other_warnings": run.results.get("warnings", []) if run else [],
    }


def _fence(text: str, lang: str = "text") -> str:
    ticks = "`" * max(3, max((len(m) for m in re.findall(r"`+", text)), default=0) + 1)
    return f"{ticks}{lang}\n{text.rstrip()}\n{ticks}\n"


def render_markdown(data: dict) -> str:
    out = ["# Drift report: the pages against the newest releases\n"]
    verdict = {
        "unchanged": "**Nothing changed**: every block that ran passed, no output box would change, no block warns.",
        "changed": f"**{len(data['changed_pages'])} page(s) changed**: " + ", ".join(f"`{p}`" for p in data["changed_pages"]),
        "error": "**The run itself failed** (below): no verdict on the pages.",
    }[data["status"]]
    s = data["settings"]
    out.append(f"{verdict}\n\n{data['date']} · Python {data['python']} · pages: {' '.join(s['pages'])}"
               + (f" · `-m {s['markexpr']}`" if s.get("markexpr") else "") + "\n")
    if s.get("python"):
        out.append(f"Ran with the interpreter `{s['python']}` as it is (nothing resolved or installed).\n")
    else:
        out.append(f"Requirements: `{s['requirements']}` with every pin lifted"
                   + ("".join(f", constrained by `{c}`" for c in s["constraints"])) + ".\n")
    if data["error"]:
        out.append("## Error\n\n" + _fence(data["error"]))
    if data["packages"]:
        out.append("## Versions\n\n| requirement | pinned | newest release | used |\n| --- | --- | --- | --- |")
        for p in data["packages"]:
            used = p["used"] or "—"
            if p["used"] and p["pinned"] and p["used"] != p["pinned"]:
                used = f"**{used}**"
            if p["held_back"]:
                used += " (held back)"
            out.append(f"| {p['name']} | {p['pinned'] or '—'} | {p['newest'] or '?'} | {used} |")
        out.append("")
        for p in data["packages"]:
            if p["held_back"]:
                out.append(f"**{p['name']} {p['newest']} is not used**: it does not resolve with the rest as resolved "
                           "(pip's own configuration and constraints included). pip says:\n\n"
                           + _fence(p["held_back"]))
        if data["dependencies"]:
            deps = ", ".join(f"{n} {v}" for n, v in data["dependencies"].items())
            out.append(f"<details><summary>{len(data['dependencies'])} dependencies resolved with them</summary>\n\n{deps}\n\n</details>\n")
        inst = data["installed"] or {}
        if inst.get("base"):
            out.append(f"Installed into the scratch venv: {', '.join(f'{n} {v}' for n, v in inst['installed'].items()) or 'nothing'}; "
                       f"the other {len(inst['from_base'])} packages, at the same versions, from `{inst['base']}`."
                       + (f" Also visible from there, not in the resolution: {', '.join(inst['extra_visible'])}." if inst.get("extra_visible") else "")
                       + "\n")
    c = data["counts"]
    if c:
        out.append(f"## Pages\n\nBlocks: {c['passed']} passed, {c['failed']} failed, {c['skipped']} skipped"
                   + "".join(f"; {n} skipped: {r}" for r, n in sorted(c.get("skip_reasons", {}).items())) + ".\n")
    for page, f in data["pages"].items():
        out.append(f"### `{page}`\n")
        for item in f["failed"]:
            where = f"line {item['line']}" if item["line"] else "the page"
            out.append(f"- **fails** (block at {where}):\n\n" + textwrap.indent(_fence(item["error"]), "  "))
        for item in f["warned"]:
            out.append(f"- **warns** (block at line {item['line']}):\n\n" + textwrap.indent(_fence(item["warning"]), "  "))
        if f["not_run"]:
            out.append(f"- not run, after a failed block: lines {', '.join(map(str, f['not_run']))}\n")
        for change in f["outputs"]:
            what = f"output box at line {change['line']}" if change["line"] else "the file"
            out.append(f"- **{what} would change** (`nox -s accept` would write this):\n\n"
                       + textwrap.indent(_fence(change["diff"], "diff"), "  "))
        if f.get("pinned_too"):
            out.append(f"- the same with the pinned versions, so not drift (the page is stale or the machine differs): "
                       f"{'; '.join(f['pinned_too'])}\n")
    if data["other_warnings"]:
        out.append("## Warnings pytest recorded outside the blocks\n")
        for w in data["other_warnings"]:
            out.append(f"- `{w['where']}`: {w['category']}: {w['message']}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def write_report(data: dict, out: Path) -> tuple[Path, Path]:
    out.mkdir(parents=True, exist_ok=True)
    md, js = out / "drift-report.md", out / "drift-report.json"
    markdown = render_markdown(data)
    md.write_text(markdown, "utf8")
    js.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", "utf8")
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        if len(markdown.encode()) > SUMMARY_LIMIT:
            markdown = markdown.encode()[:SUMMARY_LIMIT].decode(errors="ignore") + "\n\n… (cut: the whole report is the artifact)\n"
        with open(summary, "a", encoding="utf8") as handle:
            handle.write(markdown)
    return md, js


# --------------------------------------------------------------------------- the block outputs of a JUnit run


def junit_outputs(path: Path) -> str:
    """Markdown: each block of a pytest --junitxml run (-o junit_family=xunit1), how it ended and what it printed."""
    out = [f"# Blocks run: `{path.name}`\n"]
    for case in ET.parse(path).getroot().iter("testcase"):  # junit_family=xunit1 names the file
        name = f"{case.get('file') or case.get('classname', '')}::{case.get('name')}"
        ended = "passed"
        detail = ""
        for tag in ("failure", "error", "skipped"):
            node = case.find(tag)
            if node is not None:
                ended = {"failure": "failed", "error": "error", "skipped": "skipped"}[tag]
                detail = (node.text or node.get("message") or "").strip()
        printed = [p.get("value", "") for p in case.iter("property") if p.get("name") == "printed"]
        out.append(f"## `{name}`: {ended} ({float(case.get('time', 0)):.1f} s)\n")
        if printed and printed[0].strip():
            out.append("Printed:\n\n" + _fence(printed[0]))
        if detail and ended != "passed":
            out.append(_fence(detail))
    return "\n".join(out).rstrip() + "\n"


# --------------------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["outputs"]:
        for name in argv[1:]:
            print(junit_outputs(Path(name)))
        return 0
    parser = argparse.ArgumentParser(prog="python -m dlnotes.drift", description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", default=["docs"], help="pages or folders to run (default: docs, every page)")
    parser.add_argument("--requirements", default=str(ROOT / "requirements.in"), help="the pinned direct requirements (default: requirements.in)")
    parser.add_argument("--constraint", "-c", action="append", default=[], type=Path, help="a constraints file for the resolution (repeatable)")
    parser.add_argument("--base-venv", type=Path, help="reuse this venv's packages where their versions are the resolved ones (e.g. .venv)")
    parser.add_argument("--python", help="run the pages with this interpreter as it is: no resolution, no install")
    parser.add_argument("--pip-arg", action="append", default=[], help="an extra argument for pip's resolution (repeatable)")
    parser.add_argument("--baseline", metavar="PYTHON",
                        help="also run the pages with this interpreter (the pinned versions, e.g. .venv/bin/python); "
                             "what it shows too is listed as not drift")
    parser.add_argument("-m", dest="markexpr", help="only blocks matching this pytest marker expression (e.g. gpu, network)")
    parser.add_argument("--workdir", type=Path, default=ROOT / ".cache" / "drift", help="the scratch venv and tree (default: .cache/drift)")
    parser.add_argument("--out", type=Path, help="where the report goes (default: the workdir)")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)  # the tree to copy (tests use a fixture tree)
    args = parser.parse_args(argv)
    for name in ("python", "baseline"):  # the pages run elsewhere: absolute, but not through the venv's symlink
        value = getattr(args, name)
        if value and os.sep in value:
            setattr(args, name, os.path.abspath(value))
    workdir, root = args.workdir.resolve(), args.root.resolve()
    out = (args.out or workdir).resolve()
    tree = workdir / "tree"
    settings = {"pages": args.pages, "markexpr": args.markexpr, "python": args.python,
                "requirements": os.path.relpath(args.requirements, root), "constraints": [str(c) for c in args.constraint],
                "base_venv": str(args.base_venv) if args.base_venv else None, "baseline": args.baseline}
    workdir.mkdir(parents=True, exist_ok=True)
    packages, resolution, installed, error = [], None, None, ""
    python = args.python
    if python is None:
        requirements = read_requirements(Path(args.requirements).read_text("utf8"))
        resolution, packages = resolve(sys.executable, requirements, args.constraint, args.pip_arg, workdir)
        if not resolution.ok:
            error = "The newest releases do not resolve together, even letting pip choose older ones. pip says:\n\n" + resolution.error
        else:
            try:
                installed = build_venv(workdir / "venv", resolution.versions,
                                       args.base_venv.resolve() if args.base_venv else None, tree, args.pip_arg)
                python = str(venv_python(workdir / "venv"))
            except (subprocess.CalledProcessError, RuntimeError) as failure:
                error = f"The scratch venv could not be built: {failure}"
    run, pages, counts = None, {}, {}
    if python is not None:
        run = run_pages(python, root, args.pages, tree, args.markexpr)
        pages, counts = findings(run, root, tree)
        if args.baseline and run.returncode in (0, 1):
            base_tree = workdir / "baseline-tree"
            base_run = run_pages(args.baseline, root, args.pages, base_tree, args.markexpr, results_name="baseline-results.json")
            subtract_baseline(pages, findings(base_run, root, base_tree)[0])
    data = report_data(pages=pages, counts=counts, run=run, packages=packages, resolution=resolution,
                       installed=installed, settings=settings, error=error)
    md, js = write_report(data, out)
    print(render_markdown(data))
    print(f"drift: {data['status']} (exit {data['exit_code']}); report: {md} and {js}")
    return data["exit_code"]


if __name__ == "__main__":
    sys.exit(main())
