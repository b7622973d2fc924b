"""The workflow that keeps the notes current (.github/workflows/current.yml): actionlint passes it and
fails broken copies of each job; every action is pinned by commit SHA; the jobs run what README.md
says they run; and the harness features they rely on (`-m network`/`-m gpu`, DLNOTES_DATASETS, the
printed output in the JUnit XML) work on a fixture page."""

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from dlnotes import drift
from dlnotes import workflows
from dlnotes.site import ROOT

WORKFLOW = ROOT / ".github/workflows/current.yml"


def workflow() -> dict:
    return workflows.load(WORKFLOW)


def test_actionlint_passes_the_workflow():
    proc = workflows.actionlint(WORKFLOW)
    assert proc.returncode == 0, f"actionlint finds problems in {WORKFLOW}:\n{proc.stdout}{proc.stderr}"


@pytest.mark.parametrize("job, good, bad, complaint", [
    ("drift", "if: github.event_name == 'schedule' || inputs.drift\n", "if: github.event_name == 'schedule' || inputs.drfit\n",
     'property "drfit" is not defined'),
    ("network", "key: network-data-${{ hashFiles('requirements.txt') }}", "key: network-data-${{ hashFile('requirements.txt') }}",
     'undefined function "hashFile"'),
    ("gpu", "runs-on: [self-hosted, linux, gpu]", "runs-on: [self-hosted, linux, gpus]", 'label "gpus" is unknown'),
    ("shards", "--shard ${{ matrix.shard }}/2", "--shard ${{ matrix.shards }}/2", 'property "shards" is not defined'),
], ids=["drift", "network", "gpu", "shards"])
def test_actionlint_fails_a_broken_copy_of_each_job(tmp_path, job, good, bad, complaint):
    text = WORKFLOW.read_text("utf8")
    assert text.count(good) == 1, f"{WORKFLOW}: {good!r} should occur once (in job {job}): pick another line to break"
    line = text[: text.index(good)].count("\n") + 1
    jobs_before = re.findall(r"^  ([\w-]+):$", text[text.index("\njobs:"): text.index(good)], re.M)
    assert jobs_before and jobs_before[-1] == job, f"{good!r} is not in job {job}"
    broken = tmp_path / "current.yml"
    broken.write_text(text.replace(good, bad))
    proc = workflows.actionlint(broken)
    assert proc.returncode == 1 and complaint in proc.stdout, f"actionlint passed {broken} (job {job}):\n{proc.stdout}{proc.stderr}"
    # it names the file and a line of the broken job (inside a `run: |` block, the line of its script)
    reported = int(re.search(r"current\.yml:(\d+):", proc.stdout).group(1))
    job_start = text.index(f"\n  {job}:\n")
    next_jobs = [text.index(f"\n  {j}:\n") for j in workflow()["jobs"] if text.index(f"\n  {j}:\n") > job_start]
    first, last = text[:job_start].count("\n") + 2, text[: min(next_jobs, default=len(text))].count("\n") + 1
    assert first <= reported <= last and abs(reported - line) <= 3, (reported, line, first, last, proc.stdout)


PIN = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<action>[\w.-]+/[\w./-]+)@(?P<ref>\S+)(?:\s+#\s*(?P<version>\S+))?\s*$")


def pin_problems(text: str, name: str) -> list[str]:
    """Each `uses:` pinned by a full commit SHA with its release in a comment; one SHA per action and release."""
    problems, seen = [], {}
    for number, line in enumerate(text.splitlines(), 1):
        if "uses:" not in line or line.lstrip().startswith("#"):
            continue
        match = PIN.match(line)
        if not match or not re.fullmatch(r"[0-9a-f]{40}", match.group("ref")) or not re.fullmatch(
                r"v\d+\.\d+\.\d+", match.group("version") or ""):
            problems.append(f"{name}:{number}: pin by a 40-hex commit SHA with the release in a comment "
                            f"(uses: owner/action@<sha> # v1.2.3): {line.strip()}")
            continue
        action, sha, version = match.group("action"), match.group("ref"), match.group("version")
        if seen.setdefault(action, (sha, version)) != (sha, version):
            problems.append(f"{name}:{number}: {action} pinned to {sha} # {version} here, {seen[action]} elsewhere")
    return problems


def test_every_action_is_pinned_by_commit_sha():
    text = WORKFLOW.read_text("utf8")
    assert text.count("uses:") >= 10
    assert pin_problems(text, "current.yml") == []


def test_a_tag_or_a_short_sha_is_reported():
    good = "      - uses: actions/checkout@df4cb1c069e1874edd31b4311f1884172cec0e10 # v6.0.3\n"
    assert pin_problems(good, "w.yml") == []
    bad = good + "      - uses: actions/cache@v5\n" + "      - uses: actions/checkout@df4cb1c # v6.0.3\n"
    problems = pin_problems(bad, "w.yml")
    assert [p.split(": pin")[0] for p in problems] == ["w.yml:2", "w.yml:3"], problems


def steps_text(job: dict) -> str:
    return "\n".join(str(s.get("run", "")) + str(s.get("uses", "")) for s in job["steps"])


def test_the_jobs_run_what_the_readme_says():
    flow = workflow()
    assert flow["on"]["schedule"] == [{"cron": "17 5 * * 1"}] and "workflow_dispatch" in flow["on"], flow["on"]
    assert flow["permissions"] == {"contents": "read"}
    jobs = flow["jobs"]
    assert sorted(jobs) == ["drift", "gpu", "network", "shards"], sorted(jobs)
    assert "python3 -m nox -s drift -- --out drift-report" in steps_text(jobs["drift"])
    for name, folder in (("drift", "drift-report/"), ("network", "network-results/"), ("gpu", "gpu-results/")):
        [upload] = [s for s in jobs[name]["steps"] if s.get("uses", "").startswith("actions/upload-artifact@")]
        assert upload["if"] == "always()" and upload["with"]["path"] == folder, (name, upload)
    network = jobs["network"]
    assert network["env"]["DLNOTES_NETWORK"] == "1" and "-m network" in steps_text(network)
    [data] = [s for s in network["steps"] if s.get("uses", "").startswith("actions/cache@") and "datasets" in s["with"]["path"]]
    assert network["env"]["DLNOTES_DATASETS"] in data["with"]["path"].split() and "~/.cache/torch" in data["with"]["path"]
    gpu = jobs["gpu"]
    assert gpu["runs-on"] == ["self-hosted", "linux", "gpu"] and "--gpus all" in gpu["container"]["options"]
    assert "inputs.gpu" in gpu["if"] and "vars.DLNOTES_GPU_RUNNER == 'true'" in gpu["if"], gpu["if"]  # opt-in: never queues forever
    assert "-m gpu" in steps_text(gpu) and "tools/bench_training.py" in steps_text(gpu)
    shards = jobs["shards"]
    assert shards["strategy"]["matrix"]["shard"] == [1, 2] and "--shard ${{ matrix.shard }}/2" in steps_text(shards)
    assert "inputs.shards" in shards["if"]


# --- what the network and GPU jobs rely on, on a fixture page ------------------------------------


def test_marked_blocks_are_selected_their_data_persists_and_what_they_print_is_recorded(tmp_path):
    root = tmp_path / "project"
    (root / "docs").mkdir(parents=True)
    (root / "pytest.ini").write_text("[pytest]\naddopts = --markdown-docs --markdown-docs-syntax=superfences\n")
    (root / "conftest.py").write_text('pytest_plugins = ["tests.harness"]\n')
    shutil.copy(ROOT / "tests/fixtures/drift/selected.md", root / "docs/selected.md")
    data, junit = tmp_path / "data", tmp_path / "junit.xml"
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "-m", "network or gpu",
         f"--junitxml={junit}", "-o", "junit_family=xunit1", "docs/selected.md"],  # as the jobs run it
        cwd=root, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "DLNOTES_NETWORK": "1", "DLNOTES_DATASETS": str(data),
             "CUDA_VISIBLE_DEVICES": ""},
    )
    assert proc.returncode == 0 and "1 passed, 1 skipped, 2 deselected" in proc.stdout, proc.stdout + proc.stderr
    assert "needs a CUDA GPU" in proc.stdout
    # the earlier (unmarked) block ran first, in ./datasets, which is the shared folder
    assert sorted(p.name for p in data.iterdir()) == ["downloaded.txt", "earlier.txt"]
    [case] = [c for c in ET.parse(junit).getroot().iter("testcase") if "line:14" in c.get("name", "")]
    assert [p.get("value") for p in case.iter("property") if p.get("name") == "printed"] == ["['earlier.txt']\n"]
    outputs = drift.junit_outputs(junit)
    assert "## `docs/selected.md::[CodeFence#2][line:14]`: passed" in outputs and "['earlier.txt']" in outputs, outputs
    assert "[CodeFence#3][line:19]`: skipped" in outputs and "needs a CUDA GPU" in outputs, outputs
