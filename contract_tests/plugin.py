"""pytest plugin of the contract run: per-test progress lines, request counts, redaction of
every failure text, and the Markdown reports at the end. Loaded by `python -m contract_tests`."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

from contract_tests import redact, report, runtime, stats

_records: list[report.TestRecord] = []
_started = time.monotonic()
_BRACKET = re.compile(r"\[(?P<inner>.*)\]$")
_METHOD = re.compile(r"^(GET|POST|PUT|PATCH|DELETE) /\S*")


def reports_dir() -> Path:
    return Path(os.environ.get("CONTRACT_REPORTS", "reports"))


def target_name() -> str:
    return os.environ.get("CONTRACT_TARGET", "mock")


def operation_of(item: pytest.Item) -> str | None:
    callspec = getattr(item, "callspec", None)
    if callspec is not None:
        op = callspec.params.get("op")
        if op is not None and hasattr(op, "label"):
            return str(op.label)
    match = _BRACKET.search(item.name)
    if match:
        found = _METHOD.match(match.group("inner"))
        if found:
            return found.group(0)
    return None


def area_of(item: pytest.Item) -> str:
    module = Path(str(item.fspath)).stem.removeprefix("test_")
    return module


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(
    item: pytest.Item, nextitem: pytest.Item | None
) -> Generator[None, Any, None]:
    before, started = stats.requests_sent(), time.monotonic()
    item.stash[_OUTCOME] = ("passed", "")
    yield
    outcome, message = item.stash[_OUTCOME]
    record = report.TestRecord(
        nodeid=item.nodeid,
        operation=operation_of(item),
        area=area_of(item),
        outcome=outcome,
        requests=stats.requests_sent() - before,
        seconds=time.monotonic() - started,
        message=message,
    )
    _records.append(record)
    reporter = item.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None and not item.config.getoption("quiet", 0) > 1:
        reporter.write_line(
            f"  [{len(_records)}] {record.outcome.upper():7} {record.area:13} "
            f"{record.operation or '':45} {record.requests:5} req {record.seconds:6.2f}s"
        )


_OUTCOME = pytest.StashKey[tuple[str, str]]()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, Any, None]:
    outcome = yield
    rep: pytest.TestReport = outcome.get_result()
    if rep.longrepr is not None:
        if rep.skipped and isinstance(rep.longrepr, tuple):
            path, line, reason = rep.longrepr
            rep.longrepr = (path, line, redact.redact(reason))
        else:
            rep.longrepr = redact.redact(str(rep.longrepr))
    rep.sections = [(title, redact.redact(text)) for title, text in rep.sections]
    if rep.failed:
        message = call.excinfo.exconly() if call.excinfo is not None else str(rep.longrepr)
        item.stash[_OUTCOME] = ("failed", redact.redact(message.removeprefix("AssertionError: ")))
    elif rep.skipped and item.stash.get(_OUTCOME, ("passed", ""))[0] != "failed":
        reason = rep.longrepr[2] if isinstance(rep.longrepr, tuple) else str(rep.longrepr)
        item.stash[_OUTCOME] = ("skipped", reason.removeprefix("Skipped: "))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    target = target_name()
    blocked = runtime.current().guard.blocked if runtime.started() else []
    if blocked:
        # Loud even if a library swallowed the exception: the suite tried something unsafe.
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_sep(
                "!", f"{len(blocked)} request(s) blocked by the run's guard", red=True
            )
            for line in blocked:
                reporter.write_line(line, red=True)
    report.write(
        reports_dir() / f"contract-{target}.md",
        target=target,
        records=_records,
        seconds=time.monotonic() - _started,
        blocked=blocked,
    )
    from contract_tests import probes

    if probes.results():
        probes.write_report(reports_dir() / f"assumptions-{target}.md", target=target)


def pytest_unconfigure(config: pytest.Config) -> None:
    runtime.close()
