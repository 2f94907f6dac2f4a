"""pytest plugin of the contract run: one line per check (its family, operation, name, requests
and time) in place of pytest's dots, redaction of every failure text, a closing summary
(operations × check families, skips by reason, time, where the reports are) and the Markdown
reports. Loaded by `python -m contract_tests`."""

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


_CHECK_NAMES = {
    "test_operation": "generated cases, every response check",
    "test_stateful_links": "stateful phase along the links",
}


def check_of(item: pytest.Item, operation: str | None) -> str:
    """`sort by is applied (surname)`: the test's name and its parameters but the operation."""
    base = getattr(item, "originalname", None) or item.name
    name = _CHECK_NAMES.get(base, base.removeprefix("test_").replace("_", " "))
    match = _BRACKET.search(item.name)
    if match:
        inner = match.group("inner")
        inner = (inner.replace(operation, "") if operation else inner).strip(" -")
        if inner:
            name = f"{name} ({inner})"
    return name


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(
    item: pytest.Item, nextitem: pytest.Item | None
) -> Generator[None, Any, None]:
    before, started = stats.requests_sent(), time.monotonic()
    item.stash[_OUTCOME] = ("passed", "")
    yield
    outcome, message = item.stash[_OUTCOME]
    operation = operation_of(item)
    record = report.TestRecord(
        nodeid=item.nodeid,
        operation=operation,
        area=area_of(item),
        outcome=outcome,
        requests=stats.requests_sent() - before,
        seconds=time.monotonic() - started,
        message=message,
        check=check_of(item, operation),
    )
    _records.append(record)
    reporter = item.config.pluginmanager.get_plugin("terminalreporter")
    # Skips are summarised by reason at the end, not one line each.
    if reporter is not None and record.outcome != "skipped" and item.config.get_verbosity() > -2:
        failed = record.outcome == "failed"
        where = f"{record.operation}: " if record.operation else ""
        reporter.write_line(
            f"{record.outcome.upper():6} {record.area:12} {record.requests:5} req "
            f"{record.seconds:5.1f}s  {where}{record.check}",
            red=failed,
        )
        if failed:
            reporter.write_line(f"       {record.message.strip().splitlines()[0][:200]}", red=True)


@pytest.hookimpl(wrapper=True)
def pytest_report_teststatus(report: pytest.TestReport) -> Generator[None, Any, Any]:
    """Keep pytest's outcome categories but drop its progress letters (the lines above say it)."""
    result = yield
    if isinstance(result, tuple) and len(result) == 3:
        category, _, word = result
        return category, "", word
    return result


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
    written = [reports_dir() / f"contract-{target}.md"]
    report.write(
        written[0],
        target=target,
        records=_records,
        seconds=time.monotonic() - _started,
        blocked=blocked,
    )
    from contract_tests import probes

    if probes.results():
        written.append(reports_dir() / f"assumptions-{target}.md")
        probes.write_report(written[-1], target=target)
    xml = session.config.option.xmlpath
    session.config.stash[_WRITTEN] = [*written, *([Path(xml)] if xml else [])]


_WRITTEN = pytest.StashKey[list[Path]]()


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    blocked = runtime.current().guard.blocked if runtime.started() else []
    terminalreporter.write_sep("=", "contract summary")
    for line in report.console_summary(
        _records,
        seconds=time.monotonic() - _started,
        reports=config.stash.get(_WRITTEN, []),
        blocked=len(blocked),
    ):
        terminalreporter.write_line(line)


def pytest_unconfigure(config: pytest.Config) -> None:
    runtime.close()
