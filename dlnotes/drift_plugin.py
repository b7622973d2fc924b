"""The pytest side of the drift report (dlnotes/drift.py): `pytest -p dlnotes.drift_plugin`.

Records every test report (outcome, the error's type and text) and every warning pytest
records, and writes them as JSON to the file named by $DLNOTES_DRIFT_RESULTS when the run ends.
The error's type tells the harness's verdicts apart: BlockWarned (the block warned), BlockFailed
(not run: an earlier block failed), anything else (the block failed).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from dlnotes.drift import RESULTS_ENV

_reports: list[dict] = []
_warnings: list[dict] = []
_error_types: dict[tuple[str, str], str] = {}


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if call.excinfo is not None:
        _error_types[(item.nodeid, call.when)] = call.excinfo.typename
    return report


def pytest_runtest_logreport(report):
    if report.when != "call" and not report.failed and not report.skipped:
        return
    skip_reason = ""
    if report.skipped and isinstance(report.longrepr, tuple):
        skip_reason = report.longrepr[2].removeprefix("Skipped: ")
    _reports.append({
        "nodeid": report.nodeid,
        "when": report.when,
        "outcome": report.outcome,
        "error_type": _error_types.get((report.nodeid, report.when), ""),
        "longrepr": report.longreprtext if report.failed else "",
        "skip_reason": skip_reason,
        "duration": round(report.duration, 3),
    })


def pytest_collectreport(report):
    if report.failed:
        _reports.append({"nodeid": report.nodeid, "when": "collect", "outcome": "failed", "error_type": "collection",
                         "longrepr": report.longreprtext, "skip_reason": "", "duration": 0})


def pytest_warning_recorded(warning_message, when, nodeid, location):
    entry = {"where": f"{warning_message.filename}:{warning_message.lineno}", "category": warning_message.category.__name__,
             "message": str(warning_message.message).strip(), "when": when, "nodeid": nodeid}
    if entry not in _warnings:
        _warnings.append(entry)


def pytest_sessionfinish(session):
    path = os.environ.get(RESULTS_ENV)
    if path and not hasattr(session.config, "workerinput"):
        Path(path).write_text(json.dumps({"reports": _reports, "warnings": _warnings}, indent=1), "utf8")
