"""pytest plugin of the contract run: one line per check (its family, operation, name, requests
and time) in place of pytest's dots, redaction of every failure text, a closing summary
(operations × check families, skips by reason, time, where the reports are) and the Markdown
reports. Loaded by `python -m contract_tests`.

`pytest_configure` plans the run's `RunState` (`contract_tests/run_state.py`) and keeps it in
`config.stash[RUN_STATE]`; every hook and report reads it there, and a failure's block, JUnit
text and properties are read from its failure object (`contract_tests/failures.py`).

A live run starts with the preflight read (`contract_tests/preflight.py`) before anything is
collected; if it fails, nothing is collected and the run ends red ("not run") at once. Any run
whose checks sent no request to the target ends the same way: a gate that tested nothing never
passes."""

from __future__ import annotations

import re
import time
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

import pracsuite_spec
from contract_tests import console, redact, report, run_state, runtime
from contract_tests.failures import GateFailure
from contract_tests.options import add_run_options
from contract_tests.run_state import RUN_STATE, RunState

_BRACKET = re.compile(r"\[(?P<inner>.*)\]$")
_METHOD = re.compile(r"^(GET|POST|PUT|PATCH|DELETE) /\S*")


def pytest_addoption(parser: pytest.Parser) -> None:
    add_run_options(parser.getgroup("contract", "PracSuite contract run").addoption)


def pytest_configure(config: pytest.Config) -> None:
    # Failures print as blocks (operation, check, expected, got, curl): no tracebacks unless
    # asked with -v (`python -m contract_tests` runs with -q, verbosity -1).
    if config.option.verbose < 0 and config.option.tbstyle == "auto":
        config.option.tbstyle = "no"
    record = config.getoption("record")
    state = RunState.plan(
        config.getoption("target"),
        probe=config.getoption("probe"),
        reports=Path(config.getoption("reports")),
        recording=runtime.Recording(record, config.getoption("redact")) if record else None,
    )
    config.stash[RUN_STATE] = state
    run_state.activate(state)


def _say(config: pytest.Config, line: str, *, red: bool) -> None:
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(line, red=red, bold=red)


@pytest.hookimpl(trylast=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    """Live: the preflight read, and its one line, before anything is collected."""
    run = session.config.stash[RUN_STATE]
    if not run.live:
        return
    from contract_tests import preflight

    run.preflight = preflight.run()
    _say(session.config, run.preflight.line(), red=not run.preflight.ok)
    run.not_run = run.preflight.problem


def pytest_collection(session: pytest.Session) -> bool | None:
    """A failed preflight collects nothing: the 1,100+ checks would each be refused or time out."""
    return True if session.config.stash[RUN_STATE].not_run else None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """`-k <operationId>` selects that operation's checks: its id is a keyword of each."""
    by_label = {op.label: op.operation_id for op in pracsuite_spec.load().operations}
    for item in items:
        operation_id = by_label.get(operation_of(item) or "")
        if operation_id:
            item.extra_keyword_matches.add(operation_id)


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
    counts = item.config.stash[RUN_STATE].counts
    before, started = counts.total, time.monotonic()
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
        requests=counts.total - before,
        seconds=time.monotonic() - started,
        message=message,
        check=check_of(item, operation),
        failure=failure,
    )
    item.config.stash[RUN_STATE].records.append(record)
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
            block = console.failure_block(record)
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
_FAILURE = pytest.StashKey[GateFailure]()


def gate_failure(error: BaseException | None) -> GateFailure | None:
    """The gate's failure object in what a test raised (hypothesis groups distinct bugs)."""
    if isinstance(error, GateFailure):
        return error
    if isinstance(error, BaseExceptionGroup):
        for inner in error.exceptions:
            found = gate_failure(inner)
            if found is not None:
                return found
    return None


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
        failure = gate_failure(call.excinfo.value if call.excinfo is not None else None)
        if failure is not None:
            failure = item.stash[_FAILURE] = failure.redacted()
            item.stash[_OUTCOME] = ("failed", failure.got)
            # JUnit and pytest's summary read the fields too; the traceback only with -v.
            lines = console.failure_lines(
                failure, operation=operation_of(item), check=check_of(item, operation_of(item))
            )
            traceback = f"\n\n{rep.longrepr}" if item.config.get_verbosity() > 0 else ""
            rep.longrepr = "\n".join(lines) + traceback
            item.user_properties += [
                (name, value)
                for name, value in (
                    ("operation", failure.operation),
                    ("check", failure.check),
                    ("kind", failure.kind),
                    ("request_id", failure.request_id),
                    ("curl", failure.curl),
                )
                if value
            ]
        else:
            message = call.excinfo.exconly() if call.excinfo is not None else str(rep.longrepr)
            item.stash[_OUTCOME] = (
                "failed",
                redact.redact(message.removeprefix("AssertionError: ")),
            )
    elif rep.skipped and item.stash.get(_OUTCOME, ("passed", ""))[0] != "failed":
        item.stash[_OUTCOME] = ("skipped", redact.redact(skipped_because))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    run = session.config.stash[RUN_STATE]
    target = run.settings.target
    blocked = run.runtime.guard.blocked if run.runtime.started else []
    if run.not_run is None and run.records and run.counts.total == 0:
        unavailable = run.runtime.unavailable if run.runtime.started else None
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
        counts=run.counts,
    )
    from contract_tests import probes

    if run.verdicts:
        run.written.append(run.reports / f"assumptions-{target}.md")
        probes.write_report(run.written[-1], target=target, verdicts=run.verdicts)
    from contract_tests import live_report

    if run.live:
        run.written.append(run.reports / f"live-{target}.md")
        live_report.write(run.written[-1], run, blocked=len(blocked))
    xml = session.config.option.xmlpath
    if xml:
        run.written.append(Path(xml))


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    run = config.stash[RUN_STATE]
    blocked = run.runtime.guard.blocked if run.runtime.started else []
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
    state = config.stash.get(RUN_STATE, None)
    if state is not None:
        state.runtime.close()
        run_state.deactivate(state)
