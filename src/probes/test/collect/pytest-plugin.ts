// A pytest plugin (loaded through PYTEST_PLUGINS, from a folder added to PYTHONPATH) that writes one
// report per pytest session: counts, and each failing test's node id, file, line and message.
// The failing line is the last traceback entry in the test's own file (the assertion), else the
// test's declaration line. xdist workers report through the controller, so only the controller writes.

export const PYTEST_PLUGIN_MODULE = 'loki_verify_pytest_report';

export function pytestPlugin(reportDir: string): string {
  return `# Written by loki-verify for one test run; removed afterwards.
import json
import os
import random
import time

_REPORT_DIR = ${JSON.stringify(reportDir)}
_state = {"passed": 0, "failed": 0, "skipped": 0, "failures": []}


def _failing_line(report, test_file):
    entries = getattr(getattr(report.longrepr, "reprtraceback", None), "reprentries", None) or []
    for entry in reversed(entries):
        loc = getattr(entry, "reprfileloc", None)
        if loc is not None and os.path.abspath(str(loc.path)) == test_file:
            return loc.lineno
    return None


def _failure(report, kind):
    rel, lineno, _ = report.location if report.location else (report.nodeid.split("::")[0], None, None)
    test_file = os.path.abspath(os.path.join(str(_state.get("root", os.getcwd())), rel))
    crash = getattr(report.longrepr, "reprcrash", None)
    message = crash.message if crash is not None else str(report.longrepr or "")
    line = _failing_line(report, test_file)
    _state["failures"].append({
        "name": report.nodeid,
        "id": report.nodeid,
        "file": test_file,
        "line": line,
        "declaredLine": lineno + 1 if isinstance(lineno, int) else None,
        "message": message,
        "kind": kind,
    })


def pytest_sessionstart(session):
    _state["root"] = str(session.config.rootpath)


def pytest_collectreport(report):
    if report.failed:
        _state["failed"] += 1
        _failure(report, "collection")


def pytest_runtest_logreport(report):
    if report.when == "call":
        if hasattr(report, "wasxfail") or report.skipped:
            _state["skipped"] += 1
        elif report.passed:
            _state["passed"] += 1
        else:
            _state["failed"] += 1
            _failure(report, "call")
    elif report.failed:
        _state["failed"] += 1
        _failure(report, report.when)
    elif report.skipped and report.when == "setup":
        _state["skipped"] += 1


def pytest_sessionfinish(session, exitstatus):
    if hasattr(session.config, "workerinput"):
        return
    name = "pytest-%d-%d-%06d.json" % (os.getpid(), time.time_ns(), random.randrange(1000000))
    with open(os.path.join(_REPORT_DIR, name), "w", encoding="utf-8") as out:
        json.dump({"runner": "pytest", "exitstatus": int(exitstatus), **_state}, out)
`;
}
