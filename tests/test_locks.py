"""What gets installed is what was tested: the Python locks pin every package with the sha256 of its
files and agree with requirements.in, every install checks those hashes, and the npm folders
install their lockfiles exactly, without install scripts. (tests/test_publish.py checks that the
workflow's actions are pinned by commit.)
"""

import ast
import json
import re

import pytest

from dlnotes.site import ROOT

LOCK, NOX_LOCK, DIRECT = ROOT / "requirements.txt", ROOT / "requirements-nox.txt", ROOT / "requirements.in"
REQUIREMENT = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*([=<>!~]=?[^\s;\\#]*)?", re.M)


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def lock_entries(text: str) -> dict[str, tuple[str, list[str], int]]:
    """A compiled lock: name -> (version spec, sha256 hashes, line)."""
    entries, logical, start = {}, "", 0
    lines = text.splitlines()
    for number, line in enumerate(lines + [""], 1):
        if not logical:
            start = number
        logical += line.rstrip("\\").strip() + " " if line.rstrip().endswith("\\") else line.strip()
        if line.rstrip().endswith("\\"):
            continue
        if logical and not logical.startswith("#"):
            match = REQUIREMENT.match(logical)
            entries[norm(match.group(1))] = (match.group(2) or "", re.findall(r"--hash=sha256:([0-9a-f]{64})\b", logical), start)
        logical = ""
    return entries


def lock_problems(text: str, name: str) -> list[str]:
    """Entries of a lock not pinned to one version (==) or without a sha256 hash, as `file:line: ...`."""
    return [
        f"{name}:{line}: {package}{spec} " + ("is not pinned with ==" if not spec.startswith("==") else "has no --hash=sha256")
        for package, (spec, hashes, line) in lock_entries(text).items()
        if not spec.startswith("==") or not hashes
    ]


def direct_pins(text: str) -> dict[str, str]:
    """requirements.in: name -> version spec (comments and -c/-r lines left out)."""
    return {norm(m.group(1)): m.group(2) or "" for m in REQUIREMENT.finditer(re.sub(r"#.*", "", text))}


def test_the_locks_pin_every_package_with_its_hashes():
    problems = lock_problems(LOCK.read_text("utf8"), LOCK.name) + lock_problems(NOX_LOCK.read_text("utf8"), NOX_LOCK.name)
    assert not problems, "recompile the locks (README.md, \"Publishing\"):\n" + "\n".join(problems)
    assert len(lock_entries(LOCK.read_text("utf8"))) > 100, f"{LOCK}: too few packages for torch + TensorFlow + mkdocs"


def test_a_lock_entry_without_a_hash_or_a_pin_is_reported():
    text = LOCK.read_text("utf8")
    match = re.search(r"^(numpy)==(\S+) \\\n(?:\s+--hash=sha256:[0-9a-f]{64}(?: \\)?\n)+", text, re.M)
    assert match, f"{LOCK}: no hashed numpy entry to break"
    line = text[: match.start()].count("\n") + 1
    no_hash = text[: match.start()] + f"numpy=={match.group(2)}\n" + text[match.end():]
    assert lock_problems(no_hash, "requirements.txt") == [f"requirements.txt:{line}: numpy=={match.group(2)} has no --hash=sha256"]
    loose = text[: match.start()] + match.group(0).replace(f"=={match.group(2)}", ">=2", 1) + text[match.end():]
    assert lock_problems(loose, "requirements.txt") == [f"requirements.txt:{line}: numpy>=2 is not pinned with =="]


def stale_pins(direct: str, lock: str) -> list[str]:
    """Direct pins of requirements.in that the lock does not have (it was not recompiled after an edit)."""
    locked = lock_entries(lock)
    return [
        f"requirements.in: {name}{spec}, but requirements.txt has {locked[name][0] if name in locked else 'nothing'}"
        for name, spec in direct_pins(direct).items()
        if name not in locked or (spec.startswith("==") and locked[name][0] != spec)
    ]


def test_the_lock_is_compiled_from_requirements_in():
    direct, lock = DIRECT.read_text("utf8"), LOCK.read_text("utf8")
    pins = direct_pins(direct)
    assert {"torch", "mkdocs-material", "nox", "uv"} <= set(pins), f"{DIRECT}: {sorted(pins)}"
    assert all(spec.startswith("==") for spec in pins.values()), f"{DIRECT}: pin each direct dependency with ==: {pins}"
    stale = stale_pins(direct, lock)
    assert not stale, "recompile requirements.txt (README.md, \"Publishing\"):\n" + "\n".join(stale)
    # nox's own lock takes the versions and the hashes of the main lock
    locked, nox_locked = lock_entries(lock), lock_entries(NOX_LOCK.read_text("utf8"))
    assert "nox" in nox_locked, f"{NOX_LOCK}: no nox"
    differ = [f"{n}: {spec} {sorted(h)}" for n, (spec, h, _) in nox_locked.items() if locked.get(n, (None, None))[:2] != (spec, h)]
    assert not differ, f"{NOX_LOCK} differs from {LOCK} (recompile it, README.md \"Publishing\"):\n" + "\n".join(differ)


def test_a_pin_changed_without_recompiling_is_reported():
    direct, lock = DIRECT.read_text("utf8"), LOCK.read_text("utf8")
    version = direct_pins(direct)["numpy"]
    edited = re.sub(r"^numpy==\S+", "numpy==1.0.0", direct, flags=re.M)
    assert stale_pins(edited, lock) == [f"requirements.in: numpy==1.0.0, but requirements.txt has {version}"]
    assert stale_pins(direct + "\nleft-pad==1.0.0\n", lock) == ["requirements.in: left-pad==1.0.0, but requirements.txt has nothing"]


def install_problems(noxfile: str, ci_run: str, workflows: str) -> list[str]:
    """Installs that do not check hashes: noxfile.py's pip calls, .ci/run's and the workflows' pip lines."""
    problems, calls = [], []
    for node in ast.walk(ast.parse(noxfile)):
        if isinstance(node, ast.Call):
            args = [a.value if isinstance(a, ast.Constant) else ast.unparse(a) for a in node.args]
            if "pip" in args and "install" in args:
                calls.append(args)
                if "--require-hashes" not in args or "-r" not in args:
                    problems.append(f"noxfile.py:{node.lineno}: pip install without --require-hashes -r")
    if not calls:
        problems.append("noxfile.py: no pip install")
    for name, text in ((".ci/run", ci_run), (".github/workflows", workflows)):
        for number, line in enumerate(text.splitlines(), 1):
            if "pip install" in line and "--require-hashes -r requirements" not in line:
                problems.append(f"{name}:{number}: pip install without --require-hashes -r requirements…: {line.strip()}")
    return problems


def install_sources() -> tuple[str, str, str]:
    workflows = "\n".join(p.read_text("utf8") for p in sorted((ROOT / ".github/workflows").glob("*.y*ml")))
    return (ROOT / "noxfile.py").read_text("utf8"), (ROOT / ".ci/run").read_text("utf8"), workflows


def test_every_install_checks_the_hashes():
    problems = install_problems(*install_sources())
    assert not problems, "\n".join(problems)


def test_an_install_without_hashes_is_reported():
    noxfile, ci_run, workflows = install_sources()
    assert '"--require-hashes", ' in noxfile and "--require-hashes " in ci_run
    line = noxfile[: noxfile.index('"--require-hashes", ')].count("\n") + 1
    assert install_problems(noxfile.replace('"--require-hashes", ', ""), ci_run, workflows) == [
        f"noxfile.py:{line}: pip install without --require-hashes -r"]
    broken = ci_run.replace("--require-hashes -r requirements-nox.txt", "-c requirements.txt nox")
    [problem] = install_problems(noxfile, broken, workflows)
    assert problem.startswith(".ci/run:") and "-c requirements.txt nox" in problem, problem


def npm_problems(folder: str, package: dict, lock: dict, noxfile: str) -> list[str]:
    """An npm folder whose versions are not exact, not locked with their sha512, or not installed by `npm ci --ignore-scripts`."""
    problems = [f"{folder}/package.json: {n}@{v} is not an exact version"
                for n, v in package.get("dependencies", {}).items() if not re.fullmatch(r"\d+\.\d+\.\d+", v)]
    for name, version in package.get("dependencies", {}).items():
        entry = lock.get("packages", {}).get(f"node_modules/{name}", {})
        if entry.get("version") != version or not entry.get("integrity", "").startswith("sha512-"):
            problems.append(f"{folder}/package-lock.json: {name} is not locked at {version} with its sha512")
    if f'"{folder}"' not in noxfile:
        problems.append(f"noxfile.py does not install {folder} (NPM_TOOLS, ensure_npm)")
    if not re.search(r'"npm", "ci", (?:"[^"]*", )*"--ignore-scripts"', noxfile):
        problems.append("noxfile.py: npm ci without --ignore-scripts")
    return problems


NPM_FOLDERS = sorted(p.parent.relative_to(ROOT).as_posix() for p in (ROOT / "tools").glob("*/package.json"))


def npm_sources(folder: str) -> tuple[dict, dict, str]:
    return (json.loads((ROOT / folder / "package.json").read_text("utf8")),
            json.loads((ROOT / folder / "package-lock.json").read_text("utf8")), (ROOT / "noxfile.py").read_text("utf8"))


@pytest.mark.parametrize("folder", NPM_FOLDERS)
def test_npm_folders_install_exact_locked_versions_without_scripts(folder):
    problems = npm_problems(folder, *npm_sources(folder))
    assert not problems, "\n".join(problems)


def test_a_loose_npm_pin_or_an_npm_install_with_scripts_is_reported():
    package, lock, noxfile = npm_sources("tools/vnu")
    loose = {**package, "dependencies": {"vnu-jar": "^" + package["dependencies"]["vnu-jar"]}}
    assert npm_problems("tools/vnu", loose, lock, noxfile.replace('"--ignore-scripts", ', "")) == [
        f"tools/vnu/package.json: vnu-jar@^{package['dependencies']['vnu-jar']} is not an exact version",
        f"tools/vnu/package-lock.json: vnu-jar is not locked at ^{package['dependencies']['vnu-jar']} with its sha512",
        "noxfile.py: npm ci without --ignore-scripts",
    ]
