"""pytest plugin of the contract run: one line per check (its family, operation, name, requests
and time) in place of pytest's dots, redaction of every failure text, a closing summary
(operations × check families, skips by reason, time, where the reports are) and the Markdown
reports. Loaded by `python -m contract_tests`.

A live run starts with the preflight read (`contract_tests/preflight.py`) before anything is
collected; if it fails, nothing is collected and the run ends red ("not run") at once. Any run
whose checks sent no request to the target ends the same way: a gate that tested nothing never
passes."""

from __future__ import annotations

import re
import time
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from contract_tests import console, redact, report, runtime, stats
from contract_tests.checks.failures import CheckFailure
from contract_tests.options import add_run_options
from contract_tests.preflight import Preflight
from contract_tests.targets import Settings

_BRACKET = re.compile(r"\[(?P<inner>.*)\]$")
_METHOD = re.compile(r"^(GET|POST|PUT|PATCH|DELETE) /\S*")


@dataclass
class RunState:
    """Everything the run keeps between hooks, held in `config.stash[RUN]`."""

    settings: Settings
    reports: Path
    started: float = field(default_factory=time.monotonic)
    records: list[report.TestRecord] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    preflight: Preflight | None = None  # live runs only
    not_run: str | None = None  # why the run tested nothing (it then fails)


RUN = pytest.StashKey[RunState]()


def pytest_addoption(parser: pytest.Parser) -> None:
    add_run_options(parser.getgroup("contract", "PracSuite contract run").addoption)


def pytest_configure(config: pytest.Config) -> None:
    # Failures print as blocks (operation, check, expected, got, curl): no tracebacks unless
    # asked with -v (`python -m contract_tests` runs with -q, verbosity -1).
    if config.option.verbose < 0 and config.option.tbstyle == "auto":
        config.option.tbstyle = "no"
    settings = Settings.resolve(config.getoption("target"), probe=config.getoption("probe"))
    config.stash[RUN] = RunState(settings, Path(config.getoption("reports")))
    record = config.getoption("record")
    recording = runtime.Recording(record, config.getoption("redact")) if record else None
    runtime.configure(settings, recording)


def _say(config: pytest.Config, line: str, *, red: bool) -> None:
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(line, red=red, bold=red)


@pytest.hookimpl(trylast=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    """Live: the preflight read, and its one line, before anything is collected."""
    run = session.config.stash[RUN]
    if not run.settings.is_live:
        return
    from contract_tests import preflight

    run.preflight = preflight.run()
    _say(session.config, run.preflight.line(), red=not run.preflight.ok)
    run.not_run = run.preflight.problem


def pytest_collection(session: pytest.Session) -> bool | None:
    """A failed preflight collects nothing: the 1,100+ checks would each be refused or time out."""
    return True if session.config.stash[RUN].not_run else None


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
    failure = item.stash.get(_FAILURE, None)
    operation = operation_of(item) or (failure.operation if failure else None)
    record = report.TestRecord(
        nodeid=item.nodeid,
        operation=operation,
        area=area_of(item),
        outcome=outcome,
        requests=stats.requests_sent() - before,
        seconds=time.monotonic() - started,
        message=message,
        check=check_of(item, operation),
        failure=failure,
    )
    item.config.stash[RUN].records.append(record)
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
            block = console.failure_block(
                failure, record.message, operation=record.operation, check=record.check
            )
            for line in block:
                reporter.write_line(line, red=True)


@pytest.hookimpl(wrapper=True)
def pytest_report_teststatus(report: pytest.TestReport) -> Generator[None, Any, Any]:
    """Keep pytest's outcome categories but drop its progress letters (the lines above say it)."""
    result = yield
    if isinstance(result, tuple) and len(result) == 3:
        category, _, word = result
        return category, "", word
    return result


_OUTCOME = pytest.StashKey[tuple[str, str]]()
_FAILURE = pytest.StashKey[CheckFailure]()


def _redacted(failure: CheckFailure) -> CheckFailure:
    return CheckFailure(
        operation=failure.operation,
        check=failure.check,
        message=redact.redact(failure.message),
        reproduction=redact.redact(failure.reproduction) if failure.reproduction else None,
        expected=failure.expected,
        body=redact.redact(failure.body) if failure.body else None,
    )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, Any, None]:
    outcome = yield
    rep: pytest.TestReport = outcome.get_result()
    skipped_because = console.skip_reason(rep) if rep.skipped else ""  # before longrepr is text
    if rep.longrepr is not None:
        if rep.skipped and isinstance(rep.longrepr, tuple):
            path, line, reason = rep.longrepr
            rep.longrepr = (path, line, redact.redact(reason))
        else:
            rep.longrepr = redact.redact(str(rep.longrepr))
    rep.sections = [(title, redact.redact(text)) for title, text in rep.sections]
    if rep.failed:
        error = call.excinfo.value if call.excinfo is not None else None
        if isinstance(error, CheckFailure):
            item.stash[_FAILURE] = _redacted(error)
            item.stash[_OUTCOME] = ("failed", item.stash[_FAILURE].message)
        else:
            message = call.excinfo.exconly() if call.excinfo is not None else str(rep.longrepr)
            item.stash[_OUTCOME] = (
                "failed",
                redact.redact(message.removeprefix("AssertionError: ")),
            )
    elif rep.skipped and item.stash.get(_OUTCOME, ("passed", ""))[0] != "failed":
        item.stash[_OUTCOME] = ("skipped", redact.redact(skipped_because))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    run = session.config.stash[RUN]
    target = run.settings.target
    blocked = runtime.current().guard.blocked if runtime.started() else []
    if run.not_run is None and run.records and stats.requests_sent() == 0:
        unavailable = runtime.current().unavailable if runtime.started() else None
        run.not_run = "no check sent a request to the target" + (
            f" ({unavailable})" if unavailable else ""
        )
    if run.not_run is not None:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
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
    run.written = [run.reports / f"contract-{target}.md"]
    report.write(
        run.written[0],
        target=target,
        records=run.records,
        seconds=time.monotonic() - run.started,
        blocked=blocked,
        not_run=run.not_run,
        preflight=run.preflight.line() if run.preflight else None,
    )
    from contract_tests import probes

    if probes.results():
        run.written.append(run.reports / f"assumptions-{target}.md")
        probes.write_report(run.written[-1], target=target)
    from contract_tests import live_report, precision

    if precision.is_live() or run.settings.is_live:
        failed = [r for r in run.records if r.outcome == "failed"]
        run.written.append(run.reports / f"live-{target}.md")
        live_report.write(
            run.written[-1],
            target=target,
            failures=[live_report.Failure(r.nodeid, r.operation, r.message) for r in failed],
            blocked=len(blocked),
            not_run=run.not_run,
            preflight=run.preflight.line() if run.preflight else None,
        )
    xml = session.config.option.xmlpath
    if xml:
        run.written.append(Path(xml))


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    run = config.stash[RUN]
    blocked = runtime.current().guard.blocked if runtime.started() else []
    terminalreporter.write_sep("=", "contract summary")
    for line in report.console_summary(
        run.records,
        seconds=time.monotonic() - run.started,
        reports=run.written,
        blocked=len(blocked),
    ):
        terminalreporter.write_line(line)
    if run.not_run is not None:
        terminalreporter.write_line(f"NOT RUN, so red: {run.not_run}", red=True, bold=True)


def pytest_unconfigure(config: pytest.Config) -> None:
    runtime.close()
