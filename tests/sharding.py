"""Split the test suite across CI runners: `pytest --shard K/N` runs the K-th of N shards.

The unit that moves is a group: a page and its twin (their blocks, page checks), or whatever
else shares an xdist group (a test module, the browser checks of one language; see
tests/harness.py). Groups are dealt, longest first, to the shard with the least work so far,
by the durations recorded in tests/durations.json (`--record-durations PATH` writes the
durations of the tests it ran into PATH, keeping PATH's other entries: a full run with
`--record-durations tests/durations.json` refreshes the records; a test without a record counts
as the mean of those with one, or 1 s). Every
runner computes the same split from the same collection, so N shards run every test exactly once
(tests/test_sharding.py checks it on the real collection).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dlnotes.site import ROOT, default_language, in_language

DURATIONS = ROOT / "tests" / "durations.json"


def pytest_addoption(parser):
    group = parser.getgroup("sharding", "split the suite across runners (tests/sharding.py)")
    group.addoption("--shard", metavar="K/N", help="run only the K-th of N shards (pages stay with their twins)")
    group.addoption("--shard-durations", metavar="PATH", default=str(DURATIONS),
                    help="recorded test durations in seconds, by node id (default: tests/durations.json)")
    group.addoption("--record-durations", metavar="PATH",
                    help="write the durations of the tests run into PATH (JSON; its other entries are kept)")


def parse_shard(value: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d+)/(\d+)", value or "")
    if not match or not 1 <= int(match.group(1)) <= int(match.group(2)):
        raise pytest.UsageError(f"--shard {value!r}: expected K/N with 1 <= K <= N, e.g. --shard 1/2")
    return int(match.group(1)), int(match.group(2))


def group_key(item) -> str:
    """The item's xdist group, with a page's twin mapped onto the page (relative to the repository)."""
    marker = item.get_closest_marker("xdist_group")
    name = str(marker.args[0] if marker and marker.args else marker.kwargs.get("name", "")) if marker else str(item.path)
    path = Path(name)
    if path.is_absolute() and path.suffix == ".md":
        path = in_language(path, default_language())
    if path.is_absolute() and path.is_relative_to(ROOT):
        return path.relative_to(ROOT).as_posix()
    return name


def plain_nodeid(nodeid: str) -> str:
    """pytest-xdist's --dist loadgroup appends "@<group>" to node ids; the records do without it."""
    return re.sub(r"@[^\[\]]*$", "", nodeid)


def assign(groups: dict[str, float], shards: int) -> dict[str, int]:
    """Deal groups (name -> seconds), longest first, to the least loaded of `shards` shards: name -> shard (1-based)."""
    load = [0.0] * shards
    where = {}
    for name, seconds in sorted(groups.items(), key=lambda kv: (-kv[1], kv[0])):
        shard = min(range(shards), key=lambda i: (load[i], i))
        load[shard] += seconds
        where[name] = shard + 1
    return where


def read_durations(path: Path) -> dict[str, float]:
    return json.loads(path.read_text("utf8")) if path.is_file() else {}


@pytest.hookimpl(trylast=True)  # after tests/harness.py has put every item in its group
def pytest_collection_modifyitems(config, items):
    value = config.getoption("shard")
    if not value:
        return
    k, n = parse_shard(value)
    records = read_durations(Path(config.getoption("shard_durations")))
    default = sum(records.values()) / len(records) if records else 1.0
    groups: dict[str, float] = {}
    keys = []
    for item in items:
        key = group_key(item)
        keys.append(key)
        groups[key] = groups.get(key, 0.0) + records.get(plain_nodeid(item.nodeid), default)
    where = assign(groups, n)
    keep = [item for item, key in zip(items, keys) if where[key] == k]
    dropped = [item for item, key in zip(items, keys) if where[key] != k]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
    items[:] = keep
    config._shard_summary = (k, n, len(keep), sum(s for g, s in groups.items() if where[g] == k), sum(groups.values()))


def pytest_report_collectionfinish(config):
    summary = getattr(config, "_shard_summary", None)
    if summary:
        k, n, count, mine, total = summary
        return f"shard {k}/{n}: {count} tests, {mine:.0f} s of {total:.0f} s recorded or estimated"
    return None


_durations: dict[str, float] = {}


def pytest_runtest_logreport(report):
    # setup + call + teardown: a module's or the site build's fixture lands on the test that needed it first
    key = plain_nodeid(report.nodeid)
    _durations[key] = round(_durations.get(key, 0.0) + report.duration, 3)


def pytest_sessionfinish(session):
    config = session.config
    path = config.getoption("record_durations")
    if not path or hasattr(config, "workerinput"):
        return  # the controller records (pytest-xdist hands it the workers' reports)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    records = {**read_durations(path), **_durations}
    path.write_text(json.dumps(dict(sorted(records.items())), indent=0) + "\n", "utf8")
