"""Dependabot's configuration (.github/dependabot.yml): valid by the schema check-jsonschema vendors,
and it covers every place with pins: requirements.txt, each Node tool, the workflows' actions."""

import subprocess
import sys

import pytest
import yaml

from dlnotes.drift import canonical, read_requirements
from dlnotes.site import ROOT

CONFIG = ROOT / ".github/dependabot.yml"


def check_jsonschema(path) -> subprocess.CompletedProcess:
    # check-jsonschema (requirements.txt) validates against its vendored copy of SchemaStore's dependabot schema: offline
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.dependabot", "--color", "never", str(path)],
        cwd=ROOT, capture_output=True, text=True,
    )


def test_the_schema_passes_dependabot_yml():
    proc = check_jsonschema(CONFIG)
    assert proc.returncode == 0, f"{CONFIG}:\n{proc.stdout}{proc.stderr}"


@pytest.mark.parametrize("good, bad, complaint", [
    ("      interval: weekly\n      day: monday\n    open", "      interval: weakly\n      day: monday\n    open",
     "$.updates[0].schedule.interval: 'weakly' is not one of"),
    ("  - package-ecosystem: npm ", "  - package-ecosystem: nmp ", "$.updates[1]['package-ecosystem']: 'nmp' is not one of"),
    ('        patterns: ["torch", "torchvision"]', '        pattern: ["torch", "torchvision"]', "$.updates[0].groups.torch"),
], ids=["interval", "ecosystem", "group"])
def test_the_schema_fails_a_broken_copy(tmp_path, good, bad, complaint):
    text = CONFIG.read_text("utf8")
    assert good in text, f"{CONFIG} no longer has {good!r}: pick another line to break"
    broken = tmp_path / "dependabot.yml"
    broken.write_text(text.replace(good, bad, 1))
    proc = check_jsonschema(broken)
    assert proc.returncode == 1 and str(broken) in proc.stdout and complaint in proc.stdout, proc.stdout + proc.stderr


def updates() -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for update in yaml.safe_load(CONFIG.read_text("utf8"))["updates"]:
        found.setdefault(update["package-ecosystem"], []).append(update)
    return found


def test_every_pinned_place_is_covered():
    by_ecosystem = updates()
    assert sorted(by_ecosystem) == ["github-actions", "npm", "pip"], sorted(by_ecosystem)
    [pip] = by_ecosystem["pip"]
    assert pip["directory"] == "/" and (ROOT / "requirements.txt").is_file()
    npm_dirs = sorted(d for u in by_ecosystem["npm"] for d in u.get("directories", [u.get("directory")]))
    tools = sorted(f"/{p.parent.relative_to(ROOT).as_posix()}" for p in ROOT.glob("tools/*/package.json"))
    assert npm_dirs == tools, f"{CONFIG}: npm directories {npm_dirs}, but tools/ has package.json in {tools}"
    assert all((ROOT / d.lstrip("/") / "package-lock.json").is_file() for d in npm_dirs), "each tool pins with a lockfile"
    [actions] = by_ecosystem["github-actions"]
    assert actions["directory"] == "/" and any((ROOT / ".github/workflows").glob("*.yml"))


@pytest.mark.parametrize("together", [{"torch", "torchvision"}, {"tensorflow-cpu", "tensorboard"}], ids=["torch", "tensorflow"])
def test_packages_that_must_move_together_share_a_group(together):
    pinned = {canonical(r.name) for r in read_requirements((ROOT / "requirements.txt").read_text("utf8"))}
    assert together <= pinned, f"requirements.txt no longer pins {sorted(together - pinned)}"
    [pip] = updates()["pip"]
    groups = [set(g["patterns"]) for g in pip["groups"].values() if together <= set(g["patterns"])]
    assert len(groups) == 1, f"{CONFIG}: {sorted(together)} should be in one pip group: {pip['groups']}"
