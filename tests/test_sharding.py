"""Sharding (tests/sharding.py): N runners with `--shard K/N` together run every test exactly once,
a page with its twin, split by recorded durations."""

import json
import os
import re
import subprocess
import sys
from collections import defaultdict

import pytest

from dlnotes.site import ROOT
from tests.sharding import assign, parse_shard, plain_nodeid


def collect(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-n", "0", "-p", "no:randomly", *args],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )


def node_ids(proc: subprocess.Popen) -> list[str]:
    out, _ = proc.communicate()
    assert proc.returncode == 0, out
    return [line for line in out.splitlines() if "::" in line and not line.startswith(("shard ", " "))]


def test_two_shards_collect_every_test_exactly_once_with_pages_beside_their_twins():
    # collection only (cheap): the whole suite, then each half, at once
    full, one, two = (node_ids(p) for p in [collect(), collect("--shard", "1/2"), collect("--shard", "2/2")])
    assert len(full) > 100 and len(set(full)) == len(full), f"{len(full)} tests collected"
    assert one and two, f"an empty shard: {len(one)} + {len(two)}"
    assert not set(one) & set(two), f"in both shards: {sorted(set(one) & set(two))[:5]}"
    assert sorted(one + two) == sorted(full), (
        f"missing: {sorted(set(full) - set(one) - set(two))[:5]}, extra: {sorted(set(one + two) - set(full))[:5]}")
    shard_of_pair = defaultdict(set)
    for shard, ids in (("1", one), ("2", two)):
        for nodeid in ids:
            path = nodeid.split("::")[0]
            if path.startswith("docs/") and path.endswith(".md"):
                shard_of_pair[re.sub(r"\.en\.md$", ".md", path)].add(shard)
    split = {page: shards for page, shards in shard_of_pair.items() if len(shards) > 1}
    assert len(shard_of_pair) > 10 and not split, f"pages split from their twins: {split}"


def test_groups_are_dealt_longest_first_to_the_least_loaded_shard():
    groups = {"a": 10.0, "b": 6.0, "c": 5.0, "d": 1.0}
    assert assign(groups, 2) == {"a": 1, "b": 2, "c": 2, "d": 1}  # 11 s and 11 s
    assert assign(groups, 1) == {"a": 1, "b": 1, "c": 1, "d": 1}
    assert assign({"x": 1.0, "y": 1.0}, 3) == {"x": 1, "y": 2}  # a shard may be empty, never a test twice


@pytest.mark.parametrize("value", ["0/2", "3/2", "1", "a/b", ""])
def test_a_bad_shard_is_refused(value):
    with pytest.raises(pytest.UsageError, match="expected K/N"):
        parse_shard(value)


def test_recorded_durations_move_the_split(tmp_path):
    """With one module recorded as slow, it gets a shard nearly to itself."""
    durations = tmp_path / "durations.json"
    proc = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-n", "0", "-p", "no:randomly",
                           "tests/test_sharding.py", "tests/test_layout.py", "tests/test_accept.py"],
                          cwd=ROOT, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    ids = [line for line in proc.stdout.splitlines() if "::" in line]
    slow = [i for i in ids if i.startswith("tests/test_accept.py")]
    durations.write_text(json.dumps({**{i: 1.0 for i in ids}, **{i: 1000.0 for i in slow}}))
    shards = []
    for k in (1, 2):
        out = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-n", "0", "-p", "no:randomly",
                              "--shard", f"{k}/2", "--shard-durations", str(durations),
                              "tests/test_sharding.py", "tests/test_layout.py", "tests/test_accept.py"],
                             cwd=ROOT, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"}).stdout
        shards.append([line for line in out.splitlines() if "::" in line and not line.startswith("shard ")])
    with_slow = [s for s in shards if set(slow) <= set(s)]
    assert len(with_slow) == 1 and set(with_slow[0]) == set(slow), shards


def test_xdist_group_suffixes_are_not_part_of_the_records():
    assert plain_nodeid("docs/a.md::[CodeFence#1][line:3]@/repo/docs/a.md") == "docs/a.md::[CodeFence#1][line:3]"
    assert plain_nodeid("tests/test_browser.py::test_page[en/x/]@browser-en") == "tests/test_browser.py::test_page[en/x/]"
    assert plain_nodeid("tests/test_x.py::test_y[a@b]") == "tests/test_x.py::test_y[a@b]"


def test_a_group_runs_in_one_worker():
    """`--dist loadgroup` (pytest.ini) keeps a test module, and a page's blocks, in one worker: the blocks of a
    page share a namespace (split, a second worker runs the earlier blocks again) and a module its fixtures.
    With pytest 9.2 and pytest-xdist 3.8 this silently stopped (tests/harness.py: pytest_keep_xdist_groups)."""
    proc = subprocess.run([sys.executable, "-m", "pytest", "-n", "2", "-v", "-p", "no:cacheprovider",
                           "tests/test_glossary.py", "tests/test_typography.py", "docs/pytorch/autograd.md"],
                          cwd=ROOT, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    workers = defaultdict(set)
    for worker, nodeid in re.findall(r"^\[(gw\d+)\].*? (?:PASSED|SKIPPED|FAILED) (\S+)", proc.stdout, re.M):
        workers[nodeid.split("::")[0]].add(worker)
    assert set(workers) == {"tests/test_glossary.py", "tests/test_typography.py", "docs/pytorch/autograd.md"}, proc.stdout[-2000:]
    assert all(len(w) == 1 for w in workers.values()), dict(workers)
